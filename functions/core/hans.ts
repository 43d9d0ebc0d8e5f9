// Traditional Chinese read as Simplified: the parser's and the classifier's Chinese rules (labels such as 记者/责任编辑,
// credits such as 摄/供图, the taxonomy's terms) are written once, in Simplified; a page from Taiwan or Hong Kong is
// read through an OpenCC Traditional → Simplified conversion (characters and Taiwan variants, no regional phrasing,
// so that every line keeps its length and each character its place) and what the parser gives back is put back into
// the page's own characters. Pure: the dictionaries are static data (about 60 KB), built into a converter once.
import { ConverterFactory, type ConverterFunction } from 'opencc-js/core';
import * as t2cn from 'opencc-js/preset/t2cn';

let converter: ConverterFunction | undefined;
/** Traditional (and Taiwan variant) characters to Simplified; text that is Simplified already passes unchanged. */
export function toSimplified(text: string): string {
  converter ??= ConverterFactory(...t2cn.from.tw!, ...t2cn.to.cn!);
  return converter(text);
}

/**
 * The same text in Simplified characters, character for character (the classifier's offsets point into it); text the
 * conversion would lengthen or shorten is returned as it is.
 */
export function simplifiedInPlace(text: string): string {
  if (!/\p{Script=Han}/u.test(text)) return text;
  const simplified = toSimplified(text);
  return simplified.length === text.length ? simplified : text;
}

/** A page read in Simplified, and the way back to the page's own characters. */
export interface HansReading {
  text: string;
  /** The page's characters for every Simplified character the reading changed (the most frequent, when several). */
  back(text: string): string;
}

/**
 * The page read as Simplified when it is written in Traditional characters (at least 5 characters, and 2 % of its Han
 * characters, change); otherwise undefined and the page is read as it is. A line the conversion would lengthen or
 * shorten (a phrase written differently) is kept as it is, so lines and offsets still point into the source.
 */
export function readAsSimplified(page: string): HansReading | undefined {
  const han = (page.match(/\p{Script=Han}/gu) ?? []).length;
  if (han < 20) return undefined;
  const counts = new Map<string, Map<string, number>>();
  let changed = 0;
  const lines = page.split('\n').map((line) => {
    if (!/\p{Script=Han}/u.test(line)) return line;
    const simplified = toSimplified(line);
    const from = Array.from(line);
    const to = Array.from(simplified);
    if (from.length !== to.length) return line;
    for (const [i, s] of to.entries()) {
      const t = from[i]!;
      if (s === t) continue;
      changed++;
      const seen = counts.get(s) ?? new Map<string, number>();
      seen.set(t, (seen.get(t) ?? 0) + 1);
      counts.set(s, seen);
    }
    return simplified;
  });
  if (changed < 5 || changed < han * 0.02) return undefined;
  const reverse = new Map<string, string>();
  for (const [s, seen] of counts) reverse.set(s, [...seen].sort((a, b) => b[1] - a[1])[0]![0]);
  return {
    text: lines.join('\n'),
    back: (text) => Array.from(text, (c) => reverse.get(c) ?? c).join(''),
  };
}

/** Every string in a value (an article, a diagnostic) mapped with `f`; objects and arrays copied, the rest kept. */
export function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)])) as T;
  }
  return value;
}
