// Publishing an article: its sections are stored with their themes and publication time, and every active
// subscriber who follows one of a section's themes at cadence `instant` gets one alert for that section.
import type { ContentStore, EditionStore, SendQueue, SubscriberStore, VariantStore } from '../../ports.ts';
import type { Article } from '../article/types.ts';
import { buildAlertData } from '../render/excerpt.ts';
import type { AlertData, CompiledEmail } from '../render/types.ts';
import type { Subscriber } from '../subscribers/types.ts';
import type { SectionThemes, Taxonomy } from '../topics/types.ts';
import type { TopicId } from '../types.ts';
import { JobBatcher } from './batching.ts';
import { alertEditionId, newEdition } from './editions.ts';
import type { PublishedSection } from './types.ts';
import { prepareVariant, type SenderIdentity } from './variant.ts';

export interface PublishDeps extends SenderIdentity {
  content: ContentStore;
  editions: EditionStore;
  variants: VariantStore;
  queue: SendQueue;
  subscribers: SubscriberStore;
  compile: (template: 'alert', data: AlertData) => Promise<CompiledEmail>;
  taxonomy: Taxonomy;
  siteUrl: string;
  clock: { now(): Date };
}

export interface PublishResult {
  slug: string;
  /** False when the article was published before: nothing is stored or sent again. */
  stored: boolean;
  sections: number;
  /** Alerts queued (one per matching section and subscriber). */
  alerts: number;
  /** Alert variants compiled (section × topic × language actually needed). */
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
      lang: article.lang,
      paragraphs: section.paragraphs.map((p) => p.text),
      themes: bySection.get(section.id) ?? [],
      publishedAt,
    }));
}

/** The strongest theme of a section that the subscriber follows at `instant`, if any. */
function alertTopic(section: PublishedSection, subscriber: Subscriber): TopicId | undefined {
  return section.themes.find((m) => subscriber.topics[m.topic] === 'instant')?.topic;
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
  if (!(await deps.content.publish(article.slug, sections))) return result;
  result.stored = true;

  const alerting = sections.filter((s) => s.themes.length > 0);
  const at = deps.clock.now().toISOString();
  for (const section of alerting) {
    await deps.editions.create(
      newEdition(
        alertEditionId(section.articleSlug, section.sectionId),
        'instant',
        publishedAt,
        publishedAt,
        at,
      ),
    );
  }
  const compiled = new Set<string>();
  const planned = new Map<string, number>();
  const batcher = new JobBatcher(deps.queue);
  for await (const page of deps.subscribers.audience('instant')) {
    for (const subscriber of page) {
      for (const section of alerting) {
        const topic = alertTopic(section, subscriber);
        if (!topic) continue;
        const editionId = alertEditionId(section.articleSlug, section.sectionId);
        const variantKey = `${editionId}/${topic}/${subscriber.lang}`;
        if (!compiled.has(variantKey)) {
          const data = buildAlertData(section, deps.taxonomy, {
            lang: subscriber.lang,
            siteUrl: deps.siteUrl,
            topic,
          });
          const email = await deps.compile('alert', data);
          const list = { kind: 'alerts', topic } as const;
          await deps.variants.put(variantKey, await prepareVariant(deps, editionId, list, email));
          compiled.add(variantKey);
        }
        await batcher.add(editionId, variantKey, { kind: 'alerts', topic }, subscriber.id);
        planned.set(editionId, (planned.get(editionId) ?? 0) + 1);
      }
    }
  }
  await batcher.flush();
  for (const section of alerting) {
    const id = alertEditionId(section.articleSlug, section.sectionId);
    const count = planned.get(id) ?? 0;
    if (count > 0) await deps.editions.addCounts(id, { planned: count });
    await deps.editions.update(id, { status: count > 0 ? 'sending' : 'done' });
  }
  // Only now is the publish complete: a crash before this line is taken up again by the next attempt.
  await deps.content.finish(article.slug);
  result.alerts = batcher.recipients;
  result.variants = compiled.size;
  return result;
}
