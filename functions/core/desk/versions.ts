// Versions of a published article: what its page holds besides the sections, a content hash (a republish of the
// same text is no new version), and what a correction changed, section by section.
import { createHash } from 'node:crypto';
import type { Article } from '../article/types.ts';
import type { PublishedSection } from '../delivery/types.ts';
import type { ArticleChanges, ArticlePage } from './types.ts';

/** The page data of a parsed article (its correction note included). */
export function pageOf(article: Article): ArticlePage {
  const page: ArticlePage = {
    title: article.title,
    lang: article.lang,
    figures: article.figures.map((f) =>
      f.credit ? { caption: f.caption, credit: f.credit } : { caption: f.caption },
    ),
  };
  if (article.byline) page.byline = article.byline.raw;
  if (article.date) page.date = article.date;
  if (article.sourceUrl) page.sourceUrl = article.sourceUrl;
  if (article.correction) page.correction = article.correction;
  return page;
}

/** What a reader sees of a section, and where it is routed (its topics): a change to either is a correction. */
function sectionContent(section: PublishedSection) {
  return {
    heading: section.heading,
    paragraphs: section.paragraphs,
    topics: section.themes.map((t) => t.topic).sort(),
  };
}

function pageContent(page: ArticlePage) {
  return {
    title: page.title,
    byline: page.byline ?? null,
    date: page.date ?? null,
    source: page.sourceUrl ?? null,
    figures: page.figures,
    correction: page.correction ?? null,
  };
}

export function articleHash(sections: readonly PublishedSection[], page: ArticlePage): string {
  const content = {
    page: pageContent(page),
    sections: sections.map((s) => [s.sectionId, sectionContent(s)]),
  };
  return createHash('sha256').update(JSON.stringify(content)).digest('base64url').slice(0, 22);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What changed from one version to the next; empty lists when nothing did. */
export function diffArticle(
  before: { sections: readonly PublishedSection[]; page: ArticlePage },
  after: { sections: readonly PublishedSection[]; page: ArticlePage },
): ArticleChanges {
  const old = new Map(before.sections.map((s) => [s.sectionId, s]));
  const now = new Map(after.sections.map((s) => [s.sectionId, s]));
  const changes: ArticleChanges = { added: [], removed: [], changed: [], page: [] };
  for (const [id, section] of now) {
    const previous = old.get(id);
    if (!previous) changes.added.push(id);
    else if (!same(sectionContent(previous), sectionContent(section))) changes.changed.push(id);
  }
  for (const id of old.keys()) if (!now.has(id)) changes.removed.push(id);
  const a = pageContent(before.page);
  const b = pageContent(after.page);
  for (const field of ['title', 'byline', 'date', 'source', 'figures'] as const) {
    if (!same(a[field], b[field])) changes.page.push(field);
  }
  return changes;
}

export function describeChanges(changes: ArticleChanges): string {
  const parts: string[] = [];
  if (changes.changed.length > 0) parts.push(`changed ${changes.changed.join(', ')}`);
  if (changes.added.length > 0) parts.push(`added ${changes.added.join(', ')}`);
  if (changes.removed.length > 0) parts.push(`removed ${changes.removed.join(', ')}`);
  if (changes.page.length > 0) parts.push(`${changes.page.join(', ')} changed`);
  return parts.join('; ') || 'correction note only';
}
