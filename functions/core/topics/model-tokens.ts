// What the theme model (model.ts) reads of a section: the same tokens the classifier matches terms on.
import type { Section } from '../article/types.ts';
import type { Lang } from '../types.ts';
import { tokenize } from './segment.ts';

/** Words too common to say anything about a topic (the tokens as `tokenize` gives them: English stemmed). */
const STOP = new Set(
  [
    'the a an of and to in is it that for on as with by at be was are this from or has have its but not were had',
    'their they he she we which will can more than his her been also our who one would about said into there these',
    '所 的 了 和 是 在 与 及 等 也 对 将 为 都 就 中 上 这 一 有',
  ]
    .join(' ')
    .split(' '),
);

/**
 * What the model reads of a section: the distinct tokens of its heading (and a brief's part), also marked as
 * heading tokens (`h:`), and of its paragraphs (no bare numbers), prefixed with the language. The Chinese tokens
 * are jieba's after the taxonomy has taught it its terms (the classifier compiles its lexicon first).
 */
function modelTokens(heading: string, paragraphs: readonly string[], lang: Lang): string[] {
  const out = new Set<string>();
  for (const t of tokenize(heading, lang)) {
    if (STOP.has(t)) continue;
    out.add(t);
    out.add(`h:${t}`);
  }
  for (const p of paragraphs) {
    for (const t of tokenize(p, lang)) if (!STOP.has(t) && !/^\d+$/.test(t)) out.add(t);
  }
  return [...out].map((t) => `${lang}:${t}`);
}

/** What the model reads of an article's section (a brief's part and the item's heading, then its paragraphs): the
 * same for training (scripts/train-themes.mts) and for the classifier. */
export function sectionTokens(section: Section, lang: Lang): string[] {
  const heading = [section.group, section.heading].filter((h): h is string => !!h).join('\n');
  return modelTokens(
    heading,
    section.paragraphs.map((p) => p.text),
    lang,
  );
}
