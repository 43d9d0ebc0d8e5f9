// Text comparison for the evaluation: labels are written from the article source as an editor reads it, while the
// parser's output is cleaned text. Both sides are folded the same way before a "does it contain" question.
import type { Lang } from '../../functions/core/types.ts';

/** Whitespace collapsed to single spaces and trimmed: for exact comparisons (titles, headings, names). */
export function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Whether a title or heading the parser gave is the one labelled: whitespace collapsed and punctuation width and
 * quotes folded (FOLD below), as for containment, so `系统,让` labelled is `系统，让` normalised.
 */
export function sameText(got: string, want: string): boolean {
  const key = (t: string) => squash([...t].map((c) => FOLD[c] ?? c).join(''));
  return key(got) === key(want);
}

/** Join comparison key: en keeps exactly one space between words; zh drops spaces entirely (zh never needs them). */
export function joinKey(text: string, lang: Lang): string {
  return lang === 'zh' ? text.replace(/\s+/gu, '') : squash(text);
}

// Full-width punctuation and typographic quotes fold to one form, so a label typed in either width still finds
// the text (the parser may normalise half-width marks between Chinese characters, a label may predate that).
const FOLD: Record<string, string> = {
  '，': ',',
  '：': ':',
  '；': ';',
  '？': '?',
  '！': '!',
  '（': '(',
  '）': ')',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
};

export interface Folded {
  text: string;
  /** 1-based source line of each character of `text`. */
  lines: number[];
}

/**
 * Folds text for containment checks: Markdown emphasis markers and backslash escapes removed, punctuation width
 * and quotes folded, whitespace collapsed (en) or removed (zh), keeping each character's source line.
 */
export function fold(source: string, lang: Lang): Folded {
  const out: string[] = [];
  const lines: number[] = [];
  let line = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\n') line++;
    if (c === '\\' && /[!-/:-@[-`{-~]/u.test(source[i + 1] ?? '')) continue;
    if (c === '*' || c === '_') continue;
    if (/\s/u.test(c)) {
      if (lang === 'en' && out.length > 0 && out[out.length - 1] !== ' ') {
        out.push(' ');
        lines.push(line);
      }
      continue;
    }
    out.push(FOLD[c] ?? c);
    lines.push(line);
  }
  if (out[out.length - 1] === ' ') {
    out.pop();
    lines.pop();
  }
  return { text: out.join(''), lines };
}

/** The folded form of a short string (a label), for searching a folded text. */
export function foldNeedle(text: string, lang: Lang): string {
  return fold(text, lang).text;
}

/** Every occurrence of `needle` in `hay` (both folded), as source line ranges. */
export function locate(hay: Folded, needle: string, lang: Lang): { start: number; end: number }[] {
  const n = foldNeedle(needle, lang);
  if (n === '') return [];
  const found: { start: number; end: number }[] = [];
  for (let at = hay.text.indexOf(n); at >= 0; at = hay.text.indexOf(n, at + 1)) {
    found.push({ start: hay.lines[at]!, end: hay.lines[at + n.length - 1]! });
  }
  return found;
}

/** True when folded `hay` contains `a` and, after it, `b`. */
export function containsInOrder(hay: string, a: string, b: string, lang: Lang): boolean {
  const fa = foldNeedle(a, lang);
  const fb = foldNeedle(b, lang);
  const at = hay.indexOf(fa);
  return at >= 0 && hay.indexOf(fb, at + fa.length) >= 0;
}

/** A string cut to `max` characters for one-line messages. */
export function clip(text: string, max = 60): string {
  const s = squash(text);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
