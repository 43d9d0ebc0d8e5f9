// Shared by the shape tests: an article from Markdown lines, and its body text (lead and sections) to assert
// what was lifted out of it.
import { parseArticle } from '../../../functions/core/article/parse.ts';
import type { Article } from '../../../functions/core/article/types.ts';

/** The parse result (article and diagnostics) of a file made of these lines. */
export const parseLines = (lines: string[]) => parseArticle(lines.join('\n'), { file: 'f.md' });

/** The article of a file made of these lines (the tests' files always have a title). */
export const articleOf = (lines: string[]) => parseLines(lines).article as Article;

/** The text of every body paragraph, lead and sections, in order. */
export const paragraphsOf = (a: Article) =>
  [a.lead, ...a.sections].flatMap((s) => s.paragraphs.map((p) => p.text));

/** Every body paragraph, lead and sections, one per line. */
export const bodyOf = (a: Article) => paragraphsOf(a).join('\n');
