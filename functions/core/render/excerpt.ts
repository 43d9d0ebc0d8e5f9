// Theme-focused excerpts and the builders that turn published sections into template data. A reader who
// follows `health` gets the paragraph about rare diseases, not a whole newspaper section about AI policy.

import { sectionOrder } from '../delivery/sections.ts';
import type { PublishedSection } from '../delivery/types.ts';
import type { Taxonomy, ThemeMatch } from '../topics/types.ts';
import type { DigestCadence, Lang, TopicId } from '../types.ts';
import type { AlertData, AlertItem, DigestData, EmailItem, ThemeGroup } from './types.ts';

/**
 * Default excerpt budget per item, in characters, by the article's language: a Chinese character carries
 * about a word's worth of reading, an English word five or six characters.
 */
export const DEFAULT_EXCERPT_CHARS: Readonly<Record<Lang, number>> = { zh: 220, en: 480 };

const ELLIPSIS = '…';
// Sentence ends in Chinese and Western punctuation, with any closing quotes or brackets that follow.
const SENTENCE_END = /[。！？!?；;…]+[”’」』）)]*|\.[”’"')]*(?=\s|$)/g;

/** Cuts `text` to at most `max` characters, at the last sentence end that fits, else hard, with an ellipsis. */
export function trimToSentence(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const limit = max - 1; // room for the ellipsis
  if (limit < 1) return ELLIPSIS;
  const head = chars.slice(0, limit).join('');
  let cut = -1;
  for (const m of head.matchAll(SENTENCE_END)) cut = m.index + m[0].length;
  // A sentence end in the first third would throw away most of the budget: cut hard instead, at a space
  // when the text has one near the end (Western text), never inside a word.
  if (cut >= head.length / 3) return `${head.slice(0, cut).trimEnd()}${ELLIPSIS}`;
  const space = head.lastIndexOf(' ');
  const midWord = !/\s/.test(chars[limit] ?? ' ');
  const hard = midWord && space >= head.length * 0.8 ? head.slice(0, space) : head;
  return `${hard.trimEnd()}${ELLIPSIS}`;
}

/**
 * The paragraphs that carry a theme, strongest first until the character budget is spent, shown in article
 * order. The last one taken is trimmed on a sentence boundary. With no paragraph evidence (a front-matter
 * override), the section's opening paragraph stands in.
 */
export function themeExcerpt(paragraphs: string[], match: ThemeMatch, maxChars: number): string[] {
  const candidates = match.paragraphs.filter((i) => i >= 0 && i < paragraphs.length && paragraphs[i]!.trim());
  const opening = paragraphs.findIndex((p) => p.trim());
  const ranked = candidates.length > 0 ? [...new Set(candidates)] : opening >= 0 ? [opening] : [];
  const chosen: { index: number; text: string }[] = [];
  let left = maxChars;
  for (const index of ranked) {
    if (left <= 0) break;
    const text = paragraphs[index]!.trim();
    const length = Array.from(text).length;
    if (length <= left) {
      chosen.push({ index, text });
      left -= length;
    } else if (chosen.length === 0 || left >= Math.max(40, maxChars / 4)) {
      // Trim the strongest paragraph always; a weaker one only when a useful part of it fits.
      chosen.push({ index, text: trimToSentence(text, left) });
      left = 0;
    }
  }
  return chosen.sort((a, b) => a.index - b.index).map((c) => c.text);
}

export function sectionUrl(
  siteUrl: string,
  section: Pick<PublishedSection, 'articleSlug' | 'sectionId'>,
): string {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return `${base}articles/${encodeURIComponent(section.articleSlug)}#${encodeURIComponent(section.sectionId)}`;
}

export function emailItem(
  section: PublishedSection,
  match: ThemeMatch,
  siteUrl: string,
  maxChars: number,
): EmailItem {
  return {
    articleSlug: section.articleSlug,
    articleTitle: section.articleTitle,
    sectionId: section.sectionId,
    heading: section.heading,
    excerpt: themeExcerpt(section.paragraphs, match, maxChars),
    url: sectionUrl(siteUrl, section),
    contentLang: section.lang,
  };
}

function topicName(taxonomy: Taxonomy, id: TopicId, lang: Lang): string {
  const topic = taxonomy.byId.get(id);
  if (!topic) throw new Error(`Unknown topic "${id}": it is not in the taxonomy.`);
  return topic.name[lang];
}

export interface DigestOptions {
  lang: Lang;
  cadence: DigestCadence;
  editionDate: string;
  siteUrl: string;
  /** The themes this variant's readers follow; sections on no followed theme are left out. */
  topics: readonly TopicId[];
  excerptChars?: number;
}

/**
 * Groups sections under theme headings (taxonomy order). A section on several followed themes appears once,
 * under its strongest one, with the excerpt for that theme. Sections keep publication order within a group.
 */
export function buildDigestData(
  sections: readonly PublishedSection[],
  taxonomy: Taxonomy,
  opts: DigestOptions,
): DigestData {
  const followed = new Set(opts.topics);
  const byTopic = new Map<TopicId, EmailItem[]>();
  const ordered = [...sections].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
  for (const section of ordered) {
    const best = section.themes.filter((m) => followed.has(m.topic)).sort((a, b) => b.score - a.score)[0];
    if (!best) continue;
    const list = byTopic.get(best.topic) ?? [];
    list.push(
      emailItem(section, best, opts.siteUrl, opts.excerptChars ?? DEFAULT_EXCERPT_CHARS[section.lang]),
    );
    byTopic.set(best.topic, list);
  }
  const groups: ThemeGroup[] = [];
  for (const topic of taxonomy.topics) {
    const items = byTopic.get(topic.id);
    if (items) groups.push({ topic: { id: topic.id, name: topic.name[opts.lang] }, items });
  }
  return {
    lang: opts.lang,
    cadence: opts.cadence,
    editionDate: opts.editionDate,
    siteUrl: opts.siteUrl,
    groups,
  };
}

export interface AlertOptions {
  lang: Lang;
  siteUrl: string;
  /** The reader's topics at `instant`: the alert covers the article's sections on any of them. */
  topics: readonly TopicId[];
  excerptChars?: number;
}

export function articleUrl(siteUrl: string, articleSlug: string): string {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return `${base}articles/${encodeURIComponent(articleSlug)}`;
}

/**
 * The alert one reader gets for one article: every section on one of their instant topics, in article order,
 * each with the excerpt for its strongest such topic and naming all of them. Throws when no section matches.
 */
export function buildAlertData(
  sections: readonly PublishedSection[],
  taxonomy: Taxonomy,
  opts: AlertOptions,
): AlertData {
  const followed = new Set(opts.topics);
  const strength = new Map<TopicId, number>();
  const items: AlertItem[] = [];
  const ordered = [...sections].sort((a, b) => sectionOrder(a.sectionId) - sectionOrder(b.sectionId));
  for (const section of ordered) {
    const matching = section.themes.filter((m) => followed.has(m.topic)).sort((a, b) => b.score - a.score);
    const best = matching[0];
    if (!best) continue;
    for (const m of matching) strength.set(m.topic, Math.max(strength.get(m.topic) ?? 0, m.score));
    items.push({
      ...emailItem(section, best, opts.siteUrl, opts.excerptChars ?? DEFAULT_EXCERPT_CHARS[section.lang]),
      topics: matching.map((m) => ({ id: m.topic, name: topicName(taxonomy, m.topic, opts.lang) })),
    });
  }
  const first = ordered[0];
  if (!first || items.length === 0) {
    throw new Error(
      `No section of ${first?.articleSlug ?? 'the article'} is about ${[...followed].join(', ') || 'any topic'}.`,
    );
  }
  const topics = [...strength.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id]) => ({ id, name: topicName(taxonomy, id, opts.lang) }));
  return {
    lang: opts.lang,
    siteUrl: opts.siteUrl,
    article: {
      slug: first.articleSlug,
      title: first.articleTitle,
      url: articleUrl(opts.siteUrl, first.articleSlug),
      contentLang: first.lang,
    },
    topics,
    items,
  };
}
