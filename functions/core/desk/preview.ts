// `tidings preview --persona "health:daily,talent:instant"`: the email(s) one imagined reader would get now, made
// by the planner's own steps — the same selection (digestSelection / alertAudience), the same compiled variant
// (compileDigestVariant / compileAlertVariant, hence the same excerpts and template), the same personalization and
// MIME message as the sender. Only the links carry a `preview` token instead of a signed one. Pure but for the
// stores it reads (content, editions).
import type { ContentStore, EditionStore } from '../../ports.ts';
import {
  DELIVERY_HEADERS,
  digestEditionId,
  EPOCH,
  editionDate,
  alertEditionId as nextAlertEditionId,
} from '../delivery/editions.ts';
import { compileDigestVariant, digestSelection, type PlanDeps } from '../delivery/plan.ts';
import { alertAudience, alertScope, compileAlertVariant } from '../delivery/publish.ts';
import type { PreparedVariant, PublishedSection } from '../delivery/types.ts';
import { renderMime } from '../mail/variant-mime.ts';
import { personalize } from '../render/personalize.ts';
import type { EditionRenderer } from '../render/types.ts';
import type { Subscriber, TopicCadences } from '../subscribers/types.ts';
import {
  type Cadence,
  type DigestCadence,
  LANGS,
  type Lang,
  LOCALES,
  type Locale,
  type TopicId,
} from '../types.ts';

export class PersonaError extends Error {
  override name = 'PersonaError';
}

const CADENCE_NAMES: readonly Cadence[] = ['instant', 'daily', 'weekly'];

/**
 * `health:daily,talent:instant` → topics with cadences. Unknown topics and cadences are named with what is
 * accepted, so a typo is not silently a reader who follows nothing.
 */
export function parsePersona(spec: string, topics: ReadonlySet<TopicId>): TopicCadences {
  const result: TopicCadences = {};
  const parts = spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0)
    throw new PersonaError('the persona follows no topic: give topic:cadence pairs, e.g. health:daily');
  for (const part of parts) {
    const [topic = '', cadence = '', ...rest] = part.split(':').map((p) => p.trim());
    if (rest.length > 0 || !topic || !cadence) {
      throw new PersonaError(`"${part}" is not topic:cadence (e.g. health:daily)`);
    }
    if (!topics.has(topic))
      throw new PersonaError(`unknown topic "${topic}" (topics: ${[...topics].join(', ')})`);
    if (!CADENCE_NAMES.includes(cadence as Cadence)) {
      throw new PersonaError(
        `unknown cadence "${cadence}" for ${topic} (cadences: ${CADENCE_NAMES.join(', ')})`,
      );
    }
    if (result[topic] && result[topic] !== cadence) {
      throw new PersonaError(`${topic} is given twice, as ${result[topic]} and ${cadence}`);
    }
    result[topic] = cadence as Cadence;
  }
  return result;
}

/** `--lang`: the reader's language (zh is zh-Hans). */
export function personaLocale(lang: string): Locale {
  if (lang === 'zh') return 'zh-Hans';
  if ((LOCALES as readonly string[]).includes(lang)) return lang as Locale;
  throw new PersonaError(
    `unknown language "${lang}" (en, zh, ${LOCALES.filter((l) => l !== 'en').join(', ')})`,
  );
}

export const PREVIEW_ADDRESS = 'reader@example.org';

/** The imagined reader, as the planner sees a subscriber. */
export function personaSubscriber(
  topics: TopicCadences,
  locale: Locale,
  contentLangs: readonly Lang[] = LANGS,
  at = EPOCH,
): Subscriber {
  return {
    id: 'preview',
    email: PREVIEW_ADDRESS,
    status: 'active',
    topics,
    locale,
    contentLangs: [...contentLangs],
    version: 0,
    consent: { requestedAt: at, method: 'preview', confirmedAt: at },
    createdAt: at,
    updatedAt: at,
  };
}

export type PreviewDeps = Pick<
  PlanDeps,
  | 'taxonomy'
  | 'siteUrl'
  | 'postalAddress'
  | 'excerptLength'
  | 'sender'
  | 'replyTo'
  | 'listIdDomain'
  | 'inboundDomain'
  | 'clock'
  | 'timezone'
> & {
  render: Pick<EditionRenderer, 'digest' | 'alert'>;
  content: Pick<ContentStore, 'sectionsBetween'>;
  editions: Pick<EditionStore, 'latest'>;
};

export interface PreviewedEmail {
  kind: 'alert' | 'digest';
  editionId: string;
  subject: string;
  html: string;
  text: string;
  /** The whole message as the sender would hand it to SES. */
  eml: Buffer;
  topics: TopicId[];
  /** `slug#section` of each section it carries. */
  sections: string[];
}

/** What the sender does per recipient, with `preview` in place of the signed tokens. */
function asSent(
  deps: Pick<PreviewDeps, 'siteUrl' | 'clock'>,
  variant: PreparedVariant,
  meta: Omit<PreviewedEmail, 'subject' | 'html' | 'text' | 'eml'>,
): PreviewedEmail {
  const unsubscribeUrl = `${deps.siteUrl}/unsubscribe?token=preview`;
  const email = personalize(variant.email, {
    manageUrl: `${deps.siteUrl}/preferences?token=preview`,
    unsubscribeUrl,
  });
  const eml = renderMime(variant.mime, {
    to: PREVIEW_ADDRESS,
    html: email.html,
    text: email.text,
    unsubscribeUrl,
    unsubscribeToken: 'preview',
    headers: { [DELIVERY_HEADERS.subscriber]: 'preview' },
    date: deps.clock.now(),
  });
  return { ...meta, subject: email.subject, html: email.html, text: email.text, eml };
}

const sectionRefs = (sections: readonly PublishedSection[]) =>
  sections.map((s) => `${s.articleSlug}#${s.sectionId}`);

/**
 * The next digest of `cadence` for this reader: the sections published since the last edition of the cadence
 * (what the planner would take if it ran now). `undefined` with the reason when they would get none.
 */
export async function previewDigest(
  deps: PreviewDeps,
  reader: Subscriber,
  cadence: DigestCadence,
): Promise<{ email?: PreviewedEmail; reason?: string; from: string; sections: number }> {
  const now = deps.clock.now();
  const timezone = deps.timezone ?? 'Asia/Shanghai';
  const from = (await deps.editions.latest(cadence))?.until ?? EPOCH;
  const sections = await deps.content.sectionsBetween(from, now.toISOString());
  const base = { from, sections: sections.length };
  if (!Object.values(reader.topics).includes(cadence)) {
    return { ...base, reason: `the persona follows no topic at ${cadence}` };
  }
  const selection = digestSelection(reader, cadence, sections);
  if (selection.sections.length === 0) {
    return {
      ...base,
      reason:
        sections.length === 0
          ? `nothing was published since the last ${cadence} edition`
          : `none of the ${sections.length} sections published since the last ${cadence} edition is on the persona's ${cadence} topics (in their languages, and not already sent as an alert)`,
    };
  }
  const id = digestEditionId(cadence, now, timezone);
  const variant = await compileDigestVariant(
    deps,
    id,
    cadence,
    editionDate(now, timezone),
    reader.locale,
    selection,
  );
  return {
    ...base,
    email: asSent(deps, variant, {
      kind: 'digest',
      editionId: id,
      topics: selection.topics,
      sections: sectionRefs(selection.sections),
    }),
  };
}

/** The alert this reader gets for an article's sections, or the reason they get none. */
export async function previewAlert(
  deps: PreviewDeps,
  reader: Subscriber,
  slug: string,
  sections: PublishedSection[],
): Promise<{ email?: PreviewedEmail; reason?: string }> {
  const scope = alertScope(sections);
  if (scope.themes.size === 0)
    return { reason: `${slug} has no theme: it is in digests only by an override` };
  const topics = alertAudience(scope, reader);
  if (topics.length === 0) {
    const lang = scope.lang && !reader.contentLangs.includes(scope.lang);
    return {
      reason: lang
        ? `${slug} is in ${scope.lang}, which the persona does not read`
        : `the persona follows none of ${slug}'s themes (${[...scope.themes].join(', ')}) at instant: no alert; its sections go to their digests`,
    };
  }
  const id = nextAlertEditionId(slug);
  const variant = await compileAlertVariant(deps, sections, id, reader.locale, topics);
  return {
    email: asSent(deps, variant, { kind: 'alert', editionId: id, topics, sections: sectionRefs(sections) }),
  };
}
