// Publishing an article: its sections are stored with their themes and publication time, and every active
// subscriber who follows one of the article's themes at cadence `instant` gets one alert for the article, listing
// the sections on their topics.
import type { ContentStore, EditionStore, SendQueue, SubscriberStore, VariantStore } from '../../ports.ts';
import type { Article } from '../article/types.ts';
import { articleHash, pageOf } from '../desk/versions.ts';
import { buildAlertData, type ExcerptLength } from '../render/excerpt.ts';
import type { EditionRenderer } from '../render/types.ts';
import { runHousekeeping } from '../subscribers/housekeeping.ts';
import type { Subscriber } from '../subscribers/types.ts';
import type { SectionThemes, Taxonomy } from '../topics/types.ts';
import { type Lang, type Locale, type TopicId, templateLang } from '../types.ts';
import { JobBatcher } from './batching.ts';
import { alertEditionId, editionUrl, newEdition, startSending } from './editions.ts';
import type { PreparedVariant, PublishedSection } from './types.ts';
import { prepareVariant, type SenderIdentity } from './variant.ts';

export interface PublishDeps extends SenderIdentity {
  content: ContentStore;
  editions: EditionStore;
  variants: VariantStore;
  queue: SendQueue;
  subscribers: SubscriberStore;
  render: Pick<EditionRenderer, 'alert'>;
  taxonomy: Taxonomy;
  siteUrl: string;
  clock: { now(): Date };
  /** The sender's postal address, in every bulk email's footer (POSTAL_ADDRESS). */
  postalAddress?: string;
  /** Excerpt length per article language (default about 120 Chinese characters, 60 English words). */
  excerptLength?: ExcerptLength;
}

export interface PublishResult {
  slug: string;
  /** False when the article was published before: nothing is stored or sent again. */
  stored: boolean;
  sections: number;
  /** Alerts queued (one per subscriber with a matching instant topic). */
  alerts: number;
  /** Alert variants compiled (language × set of matching topics actually needed). */
  variants: number;
}

export function toPublishedSections(
  article: Article,
  themes: SectionThemes[],
  publishedAt: string,
): PublishedSection[] {
  const bySection = new Map(themes.map((t) => [t.sectionId, t.themes]));
  return [article.lead, ...article.sections]
    .filter((section) => section.paragraphs.length > 0)
    .map((section) => ({
      articleSlug: article.slug,
      articleTitle: article.title,
      sectionId: section.id,
      heading: section.heading,
      ...(section.group === undefined ? {} : { group: section.group }),
      lang: article.lang,
      paragraphs: section.paragraphs.map((p) => p.text),
      themes: bySection.get(section.id) ?? [],
      publishedAt,
    }));
}

/** The article's themes the subscriber follows at `instant`, sorted (the alert variant they get). */
function alertTopics(themes: ReadonlySet<TopicId>, subscriber: Pick<Subscriber, 'topics'>): TopicId[] {
  return [...themes].filter((topic) => subscriber.topics[topic] === 'instant').sort();
}

/** What decides who gets an article's alert: the themes of its sections and its language. */
export function alertScope(sections: readonly PublishedSection[]): {
  themes: ReadonlySet<TopicId>;
  lang?: Lang;
} {
  const themes = new Set(sections.flatMap((s) => s.themes.map((m) => m.topic)));
  const lang = sections[0]?.lang;
  return lang ? { themes, lang } : { themes };
}

/**
 * The topics of the alert a reader gets (their instant topics the article is about), or none when the article's
 * language is not one they read or no topic matches.
 */
export function alertAudience(
  scope: { themes: ReadonlySet<TopicId>; lang?: Lang },
  subscriber: Pick<Subscriber, 'topics' | 'contentLangs'>,
): TopicId[] {
  if (scope.lang && !subscriber.contentLangs.includes(scope.lang)) return [];
  return alertTopics(scope.themes, subscriber);
}

/** One alert variant, compiled and composed (the planner per variant; `tidings preview --persona` for one reader). */
export async function compileAlertVariant(
  deps: Pick<PublishDeps, 'render' | 'taxonomy' | 'siteUrl' | 'postalAddress' | 'excerptLength'> &
    SenderIdentity,
  sections: PublishedSection[],
  editionId: string,
  locale: Locale,
  topics: TopicId[],
  update?: { note: string },
): Promise<PreparedVariant> {
  const data = buildAlertData(sections, deps.taxonomy, {
    lang: templateLang(locale),
    siteUrl: deps.siteUrl,
    topics,
    webUrl: editionUrl(deps.siteUrl, editionId),
    ...(deps.postalAddress ? { postalAddress: deps.postalAddress } : {}),
    ...(deps.excerptLength ? { excerptLength: deps.excerptLength } : {}),
  });
  const email = await deps.render.alert(update ? { ...data, update } : data, locale);
  // Feedback-ID group: the alert's strongest topic.
  const feedback = { stream: 'alert', group: data.topics[0]!.id };
  return prepareVariant(deps, editionId, { kind: 'alerts' }, email, feedback);
}

export async function publishArticle(
  deps: PublishDeps,
  article: Article,
  themes: SectionThemes[],
  publishedAt: string,
): Promise<PublishResult> {
  const sections = toPublishedSections(article, themes, publishedAt);
  const result: PublishResult = {
    slug: article.slug,
    stored: false,
    sections: sections.length,
    alerts: 0,
    variants: 0,
  };
  // The page (title, byline, figures, correction note) and a content hash are stored with the sections: the
  // archive page shows them, and a later republish is compared against them (a correction, see core/desk).
  const page = pageOf(article);
  if (!(await deps.content.publish(article.slug, sections, { ...page, hash: articleHash(sections, page) })))
    return result;
  result.stored = true;
  const alerts = await queueAlerts(deps, sections, alertEditionId(article.slug), publishedAt);
  // Only now is the publish complete: a crash before this line is taken up again by the next attempt.
  await deps.content.finish(article.slug);
  result.alerts = alerts.alerts;
  result.variants = alerts.variants;
  return result;
}

/**
 * One alert per reader for the whole article, however many of its sections and of their topics match: the
 * variant is the set of the reader's instant topics the article is about (and the language). `update`: an update
 * alert after a correction (its own edition, so each reader gets it once), marked as such with the reason.
 */
export async function queueAlerts(
  deps: PublishDeps,
  sections: PublishedSection[],
  editionId: string,
  publishedAt: string,
  update?: { note: string },
): Promise<{ alerts: number; variants: number; created: boolean }> {
  const scope = alertScope(sections);
  const articleThemes = scope.themes;
  let created = false;
  if (articleThemes.size > 0) {
    const at = deps.clock.now().toISOString();
    created = await deps.editions.create(newEdition(editionId, 'instant', publishedAt, publishedAt, at));
  }
  const compiled = new Set<string>();
  const list = { kind: 'alerts' } as const;
  const batcher = new JobBatcher(deps.queue);
  if (articleThemes.size > 0) {
    // Readers whose pause has ended go back into the audience index first (the index leaves paused readers out).
    await runHousekeeping({ store: deps.subscribers, clock: deps.clock });
    for await (const page of deps.subscribers.audience('instant')) {
      for (const subscriber of page) {
        const topics = alertAudience(scope, subscriber);
        if (topics.length === 0) continue;
        const variantKey = `${editionId}/${subscriber.locale}/${topics.join('+')}`;
        if (!compiled.has(variantKey)) {
          await deps.variants.put(
            variantKey,
            await compileAlertVariant(deps, sections, editionId, subscriber.locale, topics, update),
          );
          compiled.add(variantKey);
          batcher.describe(variantKey, { locale: subscriber.locale, topics, sections: sections.length });
        }
        await batcher.add(editionId, variantKey, list, subscriber.id, topics);
      }
    }
  }
  await batcher.flush();
  if (articleThemes.size > 0) {
    if (batcher.recipients > 0) await deps.editions.recordVariants(editionId, batcher.variants());
    // Set, not added: a publish taken up again after a crash queues the same readers and counts them once.
    if (batcher.recipients > 0) await deps.editions.setCounts(editionId, { planned: batcher.recipients });
    await startSending(deps.editions, editionId, batcher.recipients);
  }
  return { alerts: batcher.recipients, variants: compiled.size, created };
}
