// Planning a digest edition: the sections published since the previous edition of the cadence, sent to every
// active subscriber who follows at least one of their themes at that cadence. Subscribers are grouped into
// variants by the content they will see (language + the edition themes they follow), each variant is compiled
// once, and recipients stream into send jobs page by page.
import { createHash } from 'node:crypto';
import type { ContentStore, EditionStore, SendQueue, SubscriberStore, VariantStore } from '../../ports.ts';
import { buildDigestData, type ExcerptLength } from '../render/excerpt.ts';
import type { EditionRenderer } from '../render/types.ts';
import { runHousekeeping } from '../subscribers/housekeeping.ts';
import type { Subscriber } from '../subscribers/types.ts';
import type { Taxonomy } from '../topics/types.ts';
import { type DigestCadence, type Locale, type TopicId, templateLang } from '../types.ts';
import { JobBatcher } from './batching.ts';
import { digestEditionId, EPOCH, editionDate, editionUrl, newEdition, startSending } from './editions.ts';
import type { PreparedVariant, PublishedSection } from './types.ts';
import { prepareVariant, type SenderIdentity } from './variant.ts';

export interface PlanDeps extends SenderIdentity {
  content: ContentStore;
  editions: EditionStore;
  variants: VariantStore;
  queue: SendQueue;
  subscribers: SubscriberStore;
  render: Pick<EditionRenderer, 'digest'>;
  taxonomy: Taxonomy;
  siteUrl: string;
  clock: { now(): Date };
  /** The sender's postal address, in every bulk email's footer (POSTAL_ADDRESS). */
  postalAddress?: string;
  /** Excerpt length per article language (default about 120 Chinese characters, 60 English words). */
  excerptLength?: ExcerptLength;
  /** IANA zone that decides the edition's date (default Asia/Shanghai). */
  timezone?: string;
}

export interface PlanProgress {
  subscribers: number;
  planned: number;
  variants: number;
}

export interface PlanOptions {
  until?: Date;
  pageSize?: number;
  onProgress?: (progress: PlanProgress) => void;
  /**
   * Testing on the local stack: when this edition was planned already, plan it once more over the same window under
   * a new id (`daily-2025-01-20-again-1`, …), so every reader gets it again. Never on a stage that mails people.
   */
  again?: boolean;
}

export interface PlanResult {
  editionId: string;
  /** False when this edition had been planned already (nothing was queued again). */
  created: boolean;
  sections: number;
  subscribers: number;
  planned: number;
  variants: number;
  jobs: number;
}

/**
 * What a subscriber receives in this edition. The rule for alerts: a section that matches any topic the
 * subscriber follows at `instant` already reached them as an alert when it was published, so the digest leaves
 * it out even when it also matches one of their digest topics.
 */
export function digestSelection(
  subscriber: Subscriber,
  cadence: DigestCadence,
  sections: readonly PublishedSection[],
): { topics: TopicId[]; sections: PublishedSection[] } {
  const followed = new Set<TopicId>();
  const instant = new Set<TopicId>();
  for (const [topic, c] of Object.entries(subscriber.topics)) {
    if (c === cadence) followed.add(topic);
    else if (c === 'instant') instant.add(topic);
  }
  const chosen: PublishedSection[] = [];
  const topics = new Set<TopicId>();
  for (const section of sections) {
    // Only articles in a language the reader asked for.
    if (!subscriber.contentLangs.includes(section.lang)) continue;
    if (section.themes.some((m) => instant.has(m.topic))) continue;
    const matching = section.themes.filter((m) => followed.has(m.topic));
    if (matching.length === 0) continue;
    chosen.push(section);
    for (const m of matching) topics.add(m.topic);
  }
  return { topics: [...topics].sort(), sections: chosen };
}

function variantKey(
  editionId: string,
  lang: Locale,
  selection: { topics: TopicId[]; sections: PublishedSection[] },
) {
  const content = `${lang}|${selection.topics.join(',')}|${selection.sections
    .map((s) => `${s.articleSlug}#${s.sectionId}`)
    .join(',')}`;
  return `${editionId}/${createHash('sha256').update(content).digest('base64url').slice(0, 22)}`;
}

/**
 * One digest variant, compiled and composed: what every reader of this locale and selection gets. The planner
 * calls it once per variant; `tidings preview --persona` calls it for one imagined reader, so a preview is the
 * same email.
 */
export async function compileDigestVariant(
  deps: Pick<PlanDeps, 'render' | 'taxonomy' | 'siteUrl' | 'postalAddress' | 'excerptLength'> &
    SenderIdentity,
  editionId: string,
  cadence: DigestCadence,
  date: string,
  locale: Locale,
  selection: { topics: TopicId[]; sections: PublishedSection[] },
): Promise<PreparedVariant> {
  const data = buildDigestData(selection.sections, deps.taxonomy, {
    lang: templateLang(locale),
    cadence,
    editionDate: date,
    siteUrl: deps.siteUrl,
    topics: selection.topics,
    webUrl: editionUrl(deps.siteUrl, editionId),
    ...(deps.postalAddress ? { postalAddress: deps.postalAddress } : {}),
    ...(deps.excerptLength ? { excerptLength: deps.excerptLength } : {}),
  });
  const list = { kind: 'digest', cadence } as const;
  const email = await deps.render.digest(data, locale);
  const feedback = { stream: `digest-${cadence}`, group: cadence };
  return prepareVariant(deps, editionId, list, email, feedback);
}

export async function planDigest(
  deps: PlanDeps,
  cadence: DigestCadence,
  options: PlanOptions = {},
): Promise<PlanResult> {
  const timezone = deps.timezone ?? 'Asia/Shanghai';
  const now = deps.clock.now();
  let until = (options.until ?? now).toISOString();
  const previous = await deps.editions.latest(cadence);
  let from = previous?.until ?? EPOCH;
  let id = digestEditionId(cadence, new Date(until), timezone);
  const result: PlanResult = {
    editionId: id,
    created: false,
    sections: 0,
    subscribers: 0,
    planned: 0,
    variants: 0,
    jobs: 0,
  };
  if (!(await deps.editions.create(newEdition(id, cadence, from, until, now.toISOString())))) {
    // A plan that failed before anything was counted (store error, crash) is taken up again over the same
    // window; recipients queued by the first attempt are kept from a second email by the delivery ledger.
    const existing = await deps.editions.get(id);
    if (existing && options.again) {
      from = existing.from;
      until = existing.until;
      const first = id;
      let n = 1;
      while (
        !(await deps.editions.create(
          newEdition(`${first}-again-${n}`, cadence, from, until, now.toISOString()),
        ))
      )
        n++;
      id = `${first}-again-${n}`;
      result.editionId = id;
    } else {
      if (existing?.status !== 'planned') return result;
      if (existing.counts.planned > 0) {
        // Every job was queued and counted; only the status write was lost: finish that, queue nothing again.
        result.planned = existing.counts.planned;
        await startSending(deps.editions, id, existing.counts.planned);
        return result;
      }
      from = existing.from;
      until = existing.until;
    }
  }
  result.created = true;

  const sections = await deps.content.sectionsBetween(from, until);
  result.sections = sections.length;
  const date = editionDate(new Date(until), timezone);
  const compiled = new Set<string>();
  const batcher = new JobBatcher(deps.queue);
  if (sections.length > 0) {
    // Readers whose pause has ended go back into the audience index first (the index leaves paused readers out).
    await runHousekeeping({ store: deps.subscribers, clock: deps.clock });
    for await (const page of deps.subscribers.audience(cadence, options.pageSize)) {
      for (const subscriber of page) {
        result.subscribers++;
        const selection = digestSelection(subscriber, cadence, sections);
        if (selection.sections.length === 0) continue;
        const key = variantKey(id, subscriber.locale, selection);
        if (!compiled.has(key)) {
          await deps.variants.put(
            key,
            await compileDigestVariant(deps, id, cadence, date, subscriber.locale, selection),
          );
          compiled.add(key);
          batcher.describe(key, {
            locale: subscriber.locale,
            topics: selection.topics,
            sections: selection.sections.length,
          });
        }
        await batcher.add(id, key, { kind: 'digest', cadence }, subscriber.id);
      }
      options.onProgress?.({
        subscribers: result.subscribers,
        planned: batcher.recipients,
        variants: compiled.size,
      });
    }
  }
  await batcher.flush();
  result.planned = batcher.recipients;
  result.variants = compiled.size;
  result.jobs = batcher.jobs;
  if (result.planned > 0) await deps.editions.recordVariants(id, batcher.variants());
  // Set, not added: a plan taken up again after a failure counts its recipients once (the ledger sends once).
  if (result.planned > 0) await deps.editions.setCounts(id, { planned: result.planned });
  await startSending(deps.editions, id, result.planned);
  return result;
}
