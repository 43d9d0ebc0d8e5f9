// What `tidings themes <file>` and the desk's themes page show: per section, the themes the classifier found
// (strongest first, with score and whether front matter set them), and each paragraph cut into runs of text, the
// runs that are a theme's evidence marked with the theme. So an editor sees *why* a section is about a topic
// before deciding on a `themes:` override. Pure: the CLI paints the runs with terminal colours, the page with <mark>.
import type { Article } from '../article/types.ts';
import type { SectionThemes, Taxonomy } from '../topics/types.ts';
import type { Lang, TopicId } from '../types.ts';

export interface ThemeLabel {
  topic: TopicId;
  name: string;
  score: number;
  override: boolean;
  /** Evidence terms with their counts, strongest first. */
  terms: { term: string; count: number }[];
}

/** A run of paragraph text; `topic` set when it is evidence for that theme. */
export interface TextRun {
  text: string;
  topic?: TopicId;
}

export interface SectionThemesView {
  sectionId: string;
  heading: string;
  themes: ThemeLabel[];
  paragraphs: TextRun[][];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a term occurs in a paragraph: Chinese terms as written; English ones as words, in any case and with an
 * inflected ending (the classifier folds `hospitals` into `hospital`).
 */
function occurrences(text: string, term: string, lang: Lang): [number, number][] {
  const pattern =
    lang === 'zh' || /\P{ASCII}/u.test(term)
      ? new RegExp(escapeRegExp(term), 'gu')
      : new RegExp(`\\b${escapeRegExp(term)}\\w*`, 'giu');
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/** Cuts the text into runs; where two themes' evidence overlaps, the stronger theme (listed first) keeps it. */
export function markEvidence(
  text: string,
  marks: { topic: TopicId; terms: string[] }[],
  lang: Lang,
): TextRun[] {
  const owner: (TopicId | undefined)[] = new Array(text.length).fill(undefined);
  for (const { topic, terms } of marks) {
    // Longer terms first, so 医学人工智能 is marked whole before 医学 inside it.
    for (const term of [...terms].sort((a, b) => b.length - a.length)) {
      for (const [from, to] of occurrences(text, term, lang)) {
        if (owner.slice(from, to).some((o) => o !== undefined)) continue;
        owner.fill(topic, from, to);
      }
    }
  }
  const runs: TextRun[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = runs.at(-1);
    if (last && last.topic === owner[i]) last.text += text[i];
    else runs.push(owner[i] === undefined ? { text: text[i]! } : { text: text[i]!, topic: owner[i]! });
  }
  return runs;
}

export function themesView(
  article: Article,
  themes: SectionThemes[],
  taxonomy: Taxonomy,
  lang: Lang,
): SectionThemesView[] {
  const bySection = new Map(themes.map((t) => [t.sectionId, t.themes]));
  return [article.lead, ...article.sections]
    .filter((section) => section.paragraphs.length > 0)
    .map((section) => {
      const matches = bySection.get(section.id) ?? [];
      const labels: ThemeLabel[] = matches.map((m) => {
        const counts = new Map<string, number>();
        for (const e of m.evidence) counts.set(e.term, (counts.get(e.term) ?? 0) + e.count);
        return {
          topic: m.topic,
          name: taxonomy.byId.get(m.topic)?.name[lang] ?? m.topic,
          score: m.score,
          override: m.override === true,
          terms: [...counts].map(([term, count]) => ({ term, count })).sort((a, b) => b.count - a.count),
        };
      });
      const paragraphs = section.paragraphs.map((p, index) => {
        const marks = matches.map((m) => ({
          topic: m.topic,
          terms: [...new Set(m.evidence.filter((e) => e.paragraph === index).map((e) => e.term))],
        }));
        return markEvidence(p.text, marks, article.lang);
      });
      return { sectionId: section.id, heading: section.heading, themes: labels, paragraphs };
    });
}
