// From published sections to template data: theme-focused excerpts cut at sentence boundaries, the digest as an
// edition (a top story, every article once under its strongest topic) and the alert for one article. A reader who
// follows `health` reads the sentences about rare diseases, not the opening of a section about AI policy.
import { sectionOrder } from '../delivery/sections.ts';
import type { PublishedSection } from '../delivery/types.ts';
import type { Taxonomy, ThemeMatch } from '../topics/types.ts';
import type { DigestCadence, Lang, TopicId } from '../types.ts';
import type {
  AlertData,
  AlertItem,
  DigestData,
  DigestGroup,
  DigestStory,
  EmailItem,
  SectionLink,
  TopicLabel,
} from './types.ts';

/**
 * How long an excerpt may be, by the article's language: Chinese in characters, English in words (a Chinese
 * character carries about a word's worth of reading).
 */
export interface ExcerptLength {
  zh: number;
  en: number;
}
/** About 120 Chinese characters or 60 English words: two or three sentences. */
export const DEFAULT_EXCERPT_LENGTH: ExcerptLength = { zh: 120, en: 60 };
/** The top story's one-line summary. */
export const SUMMARY_LENGTH: ExcerptLength = { zh: 80, en: 40 };

/** A story names at most this many other topics: the strongest; a longer list reads as noise. */
export const MAX_TAGS = 3;

const ELLIPSIS = '…';
const segmenters: Record<Lang, Intl.Segmenter> = {
  zh: new Intl.Segmenter('zh', { granularity: 'sentence' }),
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
};

/** Characters (Chinese, spaces left out) or words (English). */
export function textLength(text: string, lang: Lang): number {
  return lang === 'zh'
    ? Array.from(text.replace(/\s+/g, '')).length
    : text.split(/\s+/).filter(Boolean).length;
}

// ICU ends a sentence after any full stop; a title, an initial or a common abbreviation does not end one.
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Gen|Gov|Sen|Rep|Capt|Lt|Col|Inc|Ltd|Co|Corp|vs|No|Fig|e\.g|i\.e|[A-Z](?:\.[A-Z])*)\.$/;

// ICU also counts an opening quote or bracket after a full stop (`。“`) as the end of that sentence: it opens the next.
const TRAILING_OPENERS = /[“‘「『（(《〈【[]+$/u;

function sentences(text: string, lang: Lang): string[] {
  const out: string[] = [];
  let pending = '';
  for (const { segment } of segmenters[lang].segment(text)) {
    pending += segment;
    if (lang === 'en' && ABBREVIATION.test(pending.trimEnd())) continue;
    const sentence = pending.trim();
    const opener = TRAILING_OPENERS.exec(sentence)?.[0] ?? '';
    if (sentence.length > opener.length)
      out.push(sentence.slice(0, sentence.length - opener.length).trimEnd());
    pending = opener;
  }
  if (pending.trim()) out.push(pending.trim());
  return out;
}

const CLAUSE_END = /[，、；：,;:]/gu;

/**
 * A sentence longer than the budget: cut after the last clause (a comma, colon or semicolon) that fits, when that
 * keeps at least half of the budget, else at a word (English) or character; with an ellipsis.
 */
function hardCut(sentence: string, max: number, lang: Lang): string {
  const head =
    lang === 'en'
      ? sentence.split(/\s+/).filter(Boolean).slice(0, Math.max(1, max)).join(' ')
      : Array.from(sentence.replace(/\s+/g, ' '))
          .slice(0, Math.max(1, max - 1))
          .join('');
  let clause = -1;
  for (const m of head.matchAll(CLAUSE_END)) clause = m.index;
  const cut = clause > 0 && textLength(head.slice(0, clause), lang) >= max / 2 ? head.slice(0, clause) : head;
  return `${cut.replace(/[，、；：,;:.\s]+$/u, '')}${ELLIPSIS}`;
}

/**
 * Whole sentences of `paragraphs`, in the order given, while they fit `max` (characters or words): the text ends
 * where a sentence ends. Only a first sentence longer than the budget is cut, with an ellipsis.
 */
export function cutAtSentence(paragraphs: readonly string[], lang: Lang, max: number): string {
  const taken: string[] = [];
  let used = 0;
  for (const paragraph of paragraphs) {
    for (const sentence of sentences(paragraph, lang)) {
      const n = textLength(sentence, lang);
      if (used + n > max) return taken.length > 0 ? join(taken, lang) : hardCut(sentence, max, lang);
      taken.push(sentence);
      used += n;
    }
  }
  return join(taken, lang);
}

/** One line: the first sentence of `paragraph`, cut after a clause when it is longer than `max`. */
export function firstSentence(paragraph: string, lang: Lang, max: number): string {
  const [first = ''] = sentences(paragraph, lang);
  return textLength(first, lang) <= max ? first : hardCut(first, max, lang);
}

function join(parts: string[], lang: Lang): string {
  return parts.join(lang === 'zh' ? '' : ' ');
}

/**
 * The paragraphs that carry a theme: the strongest first, then the others in article order. With no paragraph
 * evidence (a front-matter override), the section's opening paragraph stands in.
 */
export function themeParagraphs(paragraphs: readonly string[], match: ThemeMatch): string[] {
  const valid = match.paragraphs.filter((i) => i >= 0 && i < paragraphs.length && paragraphs[i]!.trim());
  const opening = paragraphs.findIndex((p) => p.trim());
  const ranked = valid.length > 0 ? [...new Set(valid)] : opening >= 0 ? [opening] : [];
  const [strongest, ...rest] = ranked;
  if (strongest === undefined) return [];
  return [strongest, ...rest.sort((a, b) => a - b)].map((i) => paragraphs[i]!.trim());
}

/** The excerpt of a section for one theme, at most `length` for the section's language. */
export function themeExcerpt(
  section: Pick<PublishedSection, 'paragraphs' | 'lang'>,
  match: ThemeMatch,
  length: ExcerptLength = DEFAULT_EXCERPT_LENGTH,
): string {
  return cutAtSentence(themeParagraphs(section.paragraphs, match), section.lang, length[section.lang]);
}

export function articleUrl(siteUrl: string, articleSlug: string): string {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return `${base}articles/${encodeURIComponent(articleSlug)}`;
}

export function sectionUrl(
  siteUrl: string,
  section: Pick<PublishedSection, 'articleSlug' | 'sectionId'>,
): string {
  return `${articleUrl(siteUrl, section.articleSlug)}#${encodeURIComponent(section.sectionId)}`;
}

export function emailItem(
  section: PublishedSection,
  match: ThemeMatch,
  siteUrl: string,
  length: ExcerptLength = DEFAULT_EXCERPT_LENGTH,
): EmailItem {
  return {
    articleSlug: section.articleSlug,
    articleTitle: section.articleTitle,
    sectionId: section.sectionId,
    heading: section.heading,
    excerpt: themeExcerpt(section, match, length),
    url: sectionUrl(siteUrl, section),
    contentLang: section.lang,
  };
}

function topicLabel(taxonomy: Taxonomy, id: TopicId, lang: Lang): TopicLabel {
  const topic = taxonomy.byId.get(id);
  if (!topic) throw new Error(`Unknown topic "${id}": it is not in the taxonomy.`);
  return { id, name: topic.name[lang] };
}

export interface DigestOptions {
  lang: Lang;
  cadence: DigestCadence;
  /** YYYY-MM-DD in the edition's time zone. */
  editionDate: string;
  siteUrl: string;
  /** The themes this variant's readers follow; sections on no followed theme are left out. */
  topics: readonly TopicId[];
  /** The edition's web version, linked as "view in browser"; left out for the web version itself. */
  webUrl?: string;
  postalAddress?: string;
  excerptLength?: ExcerptLength;
}

/** An article of the edition as the reader sees it: its sections on their topics, the strongest first. */
interface ArticleMatches {
  first: PublishedSection;
  /** Per followed topic, the strongest (section, match). */
  byTopic: Map<TopicId, { section: PublishedSection; match: ThemeMatch }>;
  sections: PublishedSection[];
  best: { section: PublishedSection; match: ThemeMatch };
}

function articlesOf(sections: readonly PublishedSection[], followed: ReadonlySet<TopicId>): ArticleMatches[] {
  const articles = new Map<string, ArticleMatches>();
  const ordered = [...sections].sort(
    (a, b) =>
      a.publishedAt.localeCompare(b.publishedAt) ||
      a.articleSlug.localeCompare(b.articleSlug) ||
      sectionOrder(a.sectionId) - sectionOrder(b.sectionId),
  );
  for (const section of ordered) {
    const matching = section.themes.filter((m) => followed.has(m.topic));
    if (matching.length === 0) continue;
    let article = articles.get(section.articleSlug);
    for (const match of matching) {
      if (!article) {
        article = { first: section, byTopic: new Map(), sections: [], best: { section, match } };
        articles.set(section.articleSlug, article);
      }
      const held = article.byTopic.get(match.topic);
      if (!held || match.score > held.match.score) article.byTopic.set(match.topic, { section, match });
      if (match.score > article.best.match.score) article.best = { section, match };
    }
    article!.sections.push(section);
  }
  return [...articles.values()];
}

function story(article: ArticleMatches, taxonomy: Taxonomy, opts: DigestOptions): DigestStory {
  const { section, match } = article.best;
  const tags = [...article.byTopic.entries()]
    .filter(([topic]) => topic !== match.topic)
    .sort((a, b) => b[1].match.score - a[1].match.score || a[0].localeCompare(b[0]))
    .slice(0, MAX_TAGS)
    .map(([topic]) => topicLabel(taxonomy, topic, opts.lang));
  const more: SectionLink[] = article.sections
    .filter((s) => s !== section && s.heading !== s.articleTitle)
    .map((s) => ({ heading: s.heading, url: sectionUrl(opts.siteUrl, s) }));
  return {
    articleSlug: section.articleSlug,
    title: section.articleTitle,
    url: sectionUrl(opts.siteUrl, section),
    contentLang: section.lang,
    topic: topicLabel(taxonomy, match.topic, opts.lang),
    tags,
    excerpt: themeExcerpt(section, match, opts.excerptLength),
    more,
  };
}

/**
 * The digest as an edition: the strongest article for these readers is the top story (with a one-line summary
 * from its strongest section); every other article appears once, under its strongest followed topic (taxonomy
 * order of topics, strongest first within one), with its other topics as tags and its other sections as links.
 */
export function buildDigestData(
  sections: readonly PublishedSection[],
  taxonomy: Taxonomy,
  opts: DigestOptions,
): DigestData {
  const articles = articlesOf(sections, new Set(opts.topics));
  const ranked = [...articles].sort((a, b) => b.best.match.score - a.best.match.score);
  const [top, ...rest] = ranked;
  if (!top) throw new Error('No section of the edition is about the topics of this digest.');
  const byTopic = new Map<TopicId, DigestStory[]>();
  for (const article of rest) {
    const s = story(article, taxonomy, opts);
    byTopic.set(s.topic.id, [...(byTopic.get(s.topic.id) ?? []), s]);
  }
  const groups: DigestGroup[] = [];
  for (const topic of taxonomy.topics) {
    const stories = byTopic.get(topic.id);
    if (stories) groups.push({ topic: { id: topic.id, name: topic.name[opts.lang] }, stories });
  }
  const topSection = top.best.section;
  return {
    lang: opts.lang,
    cadence: opts.cadence,
    editionDate: opts.editionDate,
    siteUrl: opts.siteUrl,
    ...(opts.webUrl ? { webUrl: opts.webUrl } : {}),
    ...(opts.postalAddress ? { postalAddress: opts.postalAddress } : {}),
    top: {
      ...story(top, taxonomy, opts),
      summary: firstSentence(
        themeParagraphs(topSection.paragraphs, top.best.match)[0] ?? '',
        topSection.lang,
        SUMMARY_LENGTH[topSection.lang],
      ),
    },
    groups,
  };
}

export interface AlertOptions {
  lang: Lang;
  siteUrl: string;
  /** The reader's topics at `instant`: the alert covers the article's sections on any of them. */
  topics: readonly TopicId[];
  webUrl?: string;
  postalAddress?: string;
  excerptLength?: ExcerptLength;
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
      ...emailItem(section, best, opts.siteUrl, opts.excerptLength),
      topics: matching.map((m) => topicLabel(taxonomy, m.topic, opts.lang)),
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
    .map(([id]) => topicLabel(taxonomy, id, opts.lang));
  return {
    lang: opts.lang,
    siteUrl: opts.siteUrl,
    ...(opts.webUrl ? { webUrl: opts.webUrl } : {}),
    ...(opts.postalAddress ? { postalAddress: opts.postalAddress } : {}),
    article: {
      slug: first.articleSlug,
      title: first.articleTitle,
      url: articleUrl(opts.siteUrl, first.articleSlug),
      contentLang: first.lang,
      publishedAt: first.publishedAt,
    },
    topics,
    items,
  };
}
