// Theme classification: which taxonomy topics a section is about, how strongly, and which paragraphs carry each
// one — so a digest can show a health reader the paragraph on rare diseases rather than a whole newspaper section.
//
// Method (see docs/themes.md): tokenize each paragraph (jieba for Chinese), find taxonomy terms as whole token
// runs, longest match first and never overlapping, and add up the term weights per topic. A topic is tagged when
// its section score reaches an absolute floor AND a share of the section's strongest topic AND it rests on at
// least two distinct terms — one passing mention is not what a section is about.
import type { Article, Section } from '../article/types.ts';
import type { Lang, TopicId } from '../types.ts';
import { joinTokens, teachWords, termKey, tokenize } from './segment.ts';
import { TaxonomyError } from './taxonomy.ts';
import type { Evidence, SectionThemes, Taxonomy, ThemeMatch } from './types.ts';

/** Tuning; the values are explained in docs/themes.md and pinned by the seed-article tests. */
export const THRESHOLDS = {
  /** Minimum summed term weight for a section to carry a topic. */
  minScore: 10,
  /** Minimum share of the section's strongest topic. */
  minShare: 0.25,
  /** Minimum number of distinct terms behind a topic. */
  minDistinctTerms: 2,
  /** A paragraph carries a tagged topic when its own score reaches this. */
  minParagraphScore: 3,
} as const;

const MAX_TERM_TOKENS = 5;

interface Lexicon {
  /** term key → (topic → weight) */
  terms: Map<string, Map<TopicId, number>>;
  /** Original spelling of each term key, for evidence. */
  spelling: Map<string, string>;
}

const lexicons = new WeakMap<Taxonomy, Record<Lang, Lexicon>>();

function lexiconFor(taxonomy: Taxonomy): Record<Lang, Lexicon> {
  let cached = lexicons.get(taxonomy);
  if (cached) return cached;
  cached = { zh: { terms: new Map(), spelling: new Map() }, en: { terms: new Map(), spelling: new Map() } };
  for (const topic of taxonomy.topics) {
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'zh') teachWords(topic.terms.zh);
      for (const term of topic.terms[lang]) {
        const key = termKey(term, lang);
        if (!key) continue;
        const weight = topic.weights?.[lang]?.[term.toLowerCase()] ?? 1;
        const byTopic = cached[lang].terms.get(key) ?? new Map<TopicId, number>();
        byTopic.set(topic.id, weight);
        cached[lang].terms.set(key, byTopic);
        cached[lang].spelling.set(key, term);
      }
    }
  }
  lexicons.set(taxonomy, cached);
  return cached;
}

interface Hit {
  term: string;
  topics: Map<TopicId, number>;
}

const LATIN = /^[a-z0-9]/;

/** Finds taxonomy terms in a text as whole token runs, longest first, without overlaps. */
export function findTerms(text: string, lang: Lang, taxonomy: Taxonomy): Hit[] {
  const lexicons = lexiconFor(taxonomy);
  const tokens = tokenize(text, lang);
  const hits: Hit[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Chinese text quotes English terms as they are (GPU, data center): a run of Latin tokens is looked up in
    // the English terms, joined with spaces as English terms are.
    const tries: Lang[] = lang === 'zh' && LATIN.test(tokens[i]!) ? ['en', 'zh'] : [lang];
    let matched = 0;
    for (const termLang of tries) {
      const lexicon = lexicons[termLang];
      for (let n = Math.min(MAX_TERM_TOKENS, tokens.length - i); n >= 1 && !matched; n--) {
        const run = tokens.slice(i, i + n);
        if (termLang !== lang && !run.every((t) => LATIN.test(t))) continue;
        const key = joinTokens(run, termLang);
        const topics = lexicon.terms.get(key);
        if (topics) {
          hits.push({ term: lexicon.spelling.get(key) ?? key, topics });
          matched = n;
        }
      }
      if (matched) break;
    }
    i += matched || 1;
  }
  return hits;
}

function classifyParagraphs(paragraphs: readonly string[], lang: Lang, taxonomy: Taxonomy) {
  // topic → paragraph index → { score, term counts }
  const perTopic = new Map<TopicId, Map<number, { score: number; terms: Map<string, number> }>>();
  paragraphs.forEach((text, index) => {
    for (const hit of findTerms(text, lang, taxonomy)) {
      for (const [topic, weight] of hit.topics) {
        const byParagraph = perTopic.get(topic) ?? new Map();
        const entry = byParagraph.get(index) ?? { score: 0, terms: new Map<string, number>() };
        entry.score += weight;
        entry.terms.set(hit.term, (entry.terms.get(hit.term) ?? 0) + 1);
        byParagraph.set(index, entry);
        perTopic.set(topic, byParagraph);
      }
    }
  });
  return perTopic;
}

/** Themes of one section (or the lead), strongest first. */
export function classifySection(section: Section, lang: Lang, taxonomy: Taxonomy): ThemeMatch[] {
  const perTopic = classifyParagraphs(
    section.paragraphs.map((p) => p.text),
    lang,
    taxonomy,
  );
  const candidates: { match: ThemeMatch; distinctTerms: number }[] = [];
  for (const [topic, byParagraph] of perTopic) {
    let score = 0;
    const evidence: Evidence[] = [];
    const distinct = new Set<string>();
    for (const [paragraph, entry] of byParagraph) {
      score += entry.score;
      for (const [term, count] of entry.terms) {
        evidence.push({ term, paragraph, count });
        distinct.add(term);
      }
    }
    const paragraphs = [...byParagraph.entries()]
      .filter(([, entry]) => entry.score >= THRESHOLDS.minParagraphScore)
      .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
      .map(([index]) => index);
    evidence.sort((a, b) => a.paragraph - b.paragraph || b.count - a.count || a.term.localeCompare(b.term));
    candidates.push({ match: { topic, score, paragraphs, evidence }, distinctTerms: distinct.size });
  }
  const top = Math.max(0, ...candidates.map((c) => c.match.score));
  return candidates
    .filter(
      ({ match, distinctTerms }) =>
        match.score >= THRESHOLDS.minScore &&
        match.score >= top * THRESHOLDS.minShare &&
        distinctTerms >= THRESHOLDS.minDistinctTerms &&
        match.paragraphs.length > 0,
    )
    .map(({ match }) => match)
    .sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic));
}

function applyOverride(
  sectionId: string,
  found: ThemeMatch[],
  overrides: Record<string, TopicId[]> | undefined,
  section: Section,
): ThemeMatch[] {
  const forced = overrides?.[sectionId] ?? overrides?.['*'];
  if (!forced) return found;
  // An editor's override replaces the classifier's choice for that section, keeping its evidence where it agrees.
  return forced.map((topic) => {
    const known = found.find((m) => m.topic === topic);
    return known
      ? { ...known, override: true }
      : { topic, score: 0, paragraphs: section.paragraphs.map((p) => p.index), evidence: [], override: true };
  });
}

/** Themes for the lead (sectionId `lead`) and every section, in article order. */
export function classifyArticle(article: Article, taxonomy: Taxonomy): SectionThemes[] {
  // A mistyped topic in front matter would silently route a section to nobody: refuse it, naming it.
  for (const [sectionId, topics] of Object.entries(article.themeOverrides ?? {})) {
    const unknown = topics.find((topic) => !taxonomy.byId.has(topic));
    if (unknown !== undefined) {
      throw new TaxonomyError(
        `${article.slug}: front matter themes.${sectionId} names topic "${unknown}", which is not in the taxonomy`,
      );
    }
  }
  return [article.lead, ...article.sections].map((section) => ({
    sectionId: section.id,
    themes: applyOverride(
      section.id,
      classifySection(section, article.lang, taxonomy),
      article.themeOverrides,
      section,
    ),
  }));
}
