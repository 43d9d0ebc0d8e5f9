// The web archive, read from what publishing and planning stored: every edition's web version (the
// non-personalized variant: every topic, no personal links or tokens), the list of past editions by cadence, the
// articles of one topic with the editions that carried them, and the entries of the Atom feeds. Withdrawn
// articles are gone from all of them (their sections leave the store).
import type { ContentStore, EditionStore } from '../../ports.ts';
import { alertEditionId, editionDate } from '../delivery/editions.ts';
import type { Edition, PublishedSection } from '../delivery/types.ts';
import type { ArticleRecord } from '../desk/types.ts';
import { articleUrl, buildAlertData, buildDigestData, themeExcerpt } from '../render/excerpt.ts';
import type { AlertData, DigestData } from '../render/types.ts';
import type { Taxonomy } from '../topics/types.ts';
import type { Cadence, DigestCadence, Lang, TopicId } from '../types.ts';

export interface ArchiveDeps {
  content: Pick<ContentStore, 'sectionsBetween' | 'sectionsOf' | 'articles' | 'article'>;
  editions: Pick<EditionStore, 'get' | 'recent' | 'covering'>;
  taxonomy: Taxonomy;
  siteUrl: string;
  /** The zone that dates editions (TIMEZONE; default Asia/Shanghai). */
  timezone?: string;
}

/** How many editions per cadence the archive lists, and how many articles a topic page or feed reads. */
export const ARCHIVE_EDITIONS = 60;
export const ARCHIVE_ARTICLES = 50;
export const FEED_ENTRIES = 30;

const EDITION_ID = /^(?:(?:daily|weekly)-\d{4}-\d{2}-\d{2}|alert-[a-z0-9][a-z0-9-]{0,119})$/;

export type EditionView =
  | { kind: 'digest'; edition: Edition; data: DigestData }
  | { kind: 'alert'; edition: Edition; data: AlertData };

/** The date an edition is named by: its day in the edition's zone (a digest's id carries it). */
export function editionDay(edition: Edition, timezone = 'Asia/Shanghai'): string {
  return /\d{4}-\d{2}-\d{2}$/.exec(edition.id)?.[0] ?? editionDate(new Date(edition.createdAt), timezone);
}

function topicsOf(sections: readonly PublishedSection[]): TopicId[] {
  return [...new Set(sections.flatMap((s) => s.themes.map((t) => t.topic)))];
}

/**
 * An edition's web version in `lang`: what the edition carried, for every topic. Undefined for an unknown id,
 * an edition still being planned, or one whose articles were all withdrawn since.
 */
export async function editionView(
  deps: ArchiveDeps,
  id: string,
  lang: Lang,
): Promise<EditionView | undefined> {
  if (!EDITION_ID.test(id)) return undefined;
  const edition = await deps.editions.get(id);
  if (!edition || edition.status === 'planned') return undefined;
  const known = (s: PublishedSection) => s.themes.some((t) => deps.taxonomy.byId.has(t.topic));
  if (edition.cadence === 'instant') {
    const sections = (await deps.content.sectionsOf(id.slice('alert-'.length))).filter(known);
    const topics = topicsOf(sections).filter((t) => deps.taxonomy.byId.has(t));
    if (topics.length === 0) return undefined;
    const data = buildAlertData(sections, deps.taxonomy, { lang, siteUrl: deps.siteUrl, topics });
    return { kind: 'alert', edition, data: { ...data, web: true } };
  }
  const sections = (await deps.content.sectionsBetween(edition.from, edition.until)).filter(known);
  const topics = topicsOf(sections).filter((t) => deps.taxonomy.byId.has(t));
  if (topics.length === 0) return undefined;
  const data = buildDigestData(sections, deps.taxonomy, {
    lang,
    cadence: edition.cadence as DigestCadence,
    editionDate: editionDay(edition, deps.timezone),
    siteUrl: deps.siteUrl,
    topics,
  });
  return { kind: 'digest', edition, data: { ...data, web: true } };
}

export interface ArchiveListing {
  cadence: Cadence;
  editions: { id: string; day: string }[];
}

/** Past editions, newest first, per cadence (digests daily and weekly, then alerts); planned ones not yet. */
export async function archiveListing(deps: ArchiveDeps): Promise<ArchiveListing[]> {
  const cadences: Cadence[] = ['daily', 'weekly', 'instant'];
  return Promise.all(
    cadences.map(async (cadence) => ({
      cadence,
      editions: (await deps.editions.recent(cadence, ARCHIVE_EDITIONS))
        .filter((e) => e.status !== 'planned')
        .map((e) => ({ id: e.id, day: editionDay(e, deps.timezone) })),
    })),
  );
}

export interface ArchivedArticle {
  slug: string;
  title: string;
  url: string;
  lang: Lang;
  publishedAt: string;
  updatedAt?: string;
  /** The excerpt on the topic (topic pages and topic feeds) or of the opening (the feed of everything). */
  summary: string;
  topics: TopicId[];
  /** The editions that carried the article: its alert, and the daily and weekly digests covering it. */
  editions: string[];
}

/** The editions an article went out in, as far as the store knows them (those planned and sent). */
export async function editionsOf(
  deps: Pick<ArchiveDeps, 'editions'>,
  record: Pick<ArticleRecord, 'slug' | 'publishedAt'>,
): Promise<string[]> {
  const found = await Promise.all([
    deps.editions.get(alertEditionId(record.slug)),
    deps.editions.covering('daily', record.publishedAt),
    deps.editions.covering('weekly', record.publishedAt),
  ]);
  return found.filter((e): e is Edition => e !== undefined && e.status !== 'planned').map((e) => e.id);
}

/**
 * The newest published articles (about `topic` when given), each with its summary and editions. Reads the
 * newest ARCHIVE_ARTICLES records and their sections.
 */
export async function archivedArticles(
  deps: ArchiveDeps,
  options: { topic?: TopicId; limit: number; withEditions: boolean },
): Promise<ArchivedArticle[]> {
  const records = (await deps.content.articles())
    .filter((r) => r.state === 'published')
    .slice(0, ARCHIVE_ARTICLES);
  const out: ArchivedArticle[] = [];
  for (const record of records) {
    if (out.length >= options.limit) break;
    const sections = await deps.content.sectionsOf(record.slug);
    if (sections.length === 0) continue;
    const topics = topicsOf(sections).filter((t) => deps.taxonomy.byId.has(t));
    let summary: string;
    if (options.topic) {
      const best = sections
        .flatMap((s) => s.themes.filter((t) => t.topic === options.topic).map((m) => ({ s, m })))
        .sort((a, b) => b.m.score - a.m.score)[0];
      if (!best) continue;
      summary = themeExcerpt(best.s, best.m);
    } else {
      const first = sections[0]!;
      summary = themeExcerpt(first, { topic: '', score: 0, paragraphs: [], evidence: [] });
    }
    out.push({
      slug: record.slug,
      title: record.title,
      url: articleUrl(deps.siteUrl, record.slug),
      lang: record.lang,
      publishedAt: record.publishedAt,
      ...(record.updatedAt ? { updatedAt: record.updatedAt } : {}),
      summary,
      topics,
      editions: options.withEditions ? await editionsOf(deps, record) : [],
    });
  }
  return out;
}
