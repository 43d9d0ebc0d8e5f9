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
  /**
   * The page's characters for every Simplified character the reading changed. Where one Simplified character stands
   * for several of the page's (系 for 系, 係 and 繫; 发 for 發 and 髮; 干 for 乾, 幹 and 干), the page's own spelling
   * next to the same neighbours decides, then the most frequent one on the page, the unchanged character counted too.
   */
  back(text: string): string;
}

/** Counts of the page's characters behind one Simplified character (or one character in one context). */
type Tally = Map<string, number>;

function add(tallies: Map<string, Tally>, key: string, original: string): void {
  const tally = tallies.get(key) ?? new Map<string, number>();
  tally.set(original, (tally.get(original) ?? 0) + 1);
  tallies.set(key, tally);
}

/** The most frequent character of a tally; a tie is no answer. */
function winner(tally: Tally | undefined): string | undefined {
  if (!tally) return undefined;
  const ranked = [...tally].sort((a, b) => b[1] - a[1]);
  if (ranked.length > 1 && ranked[0]![1] === ranked[1]![1]) return undefined;
  return ranked[0]![0];
}

/** The most frequent character of a tally, the unchanged one first on a tie. */
function mostFrequent(tally: Tally, unchanged: string): string {
  return [...tally].sort(
    (a, b) => b[1] - a[1] || Number(b[0] === unchanged) - Number(a[0] === unchanged),
  )[0]![0];
}

/** Two tallies added together. */
function merged(a: Tally | undefined, b: Tally | undefined): Tally | undefined {
  if (!a || !b) return a ?? b;
  const sum = new Map(a);
  for (const [c, n] of b) sum.set(c, (sum.get(c) ?? 0) + n);
  return sum;
}

/**
 * The page read as Simplified when it is written in Traditional characters (at least 5 characters, and 2 % of its Han
 * characters, change); otherwise undefined and the page is read as it is. A line the conversion would lengthen or
 * shorten (a phrase written differently) is kept as it is, so lines and offsets still point into the source.
 */
export function readAsSimplified(page: string): HansReading | undefined {
  const han = (page.match(/\p{Script=Han}/gu) ?? []).length;
  if (han < 20) return undefined;
  let changed = 0;
  // Each converted line's characters, page's and reading's, kept for the tallies below.
  const pairs: [from: string[], to: string[]][] = [];
  const lines = page.split('\n').map((line) => {
    if (!/\p{Script=Han}/u.test(line)) return line;
    const simplified = toSimplified(line);
    const from = Array.from(line);
    const to = Array.from(simplified);
    if (from.length !== to.length) return line;
    for (const [i, s] of to.entries()) if (s !== from[i]) changed++;
    pairs.push([from, to]);
    return simplified;
  });
  // (a page in Simplified, most Chinese pages, stops here, before any tally is built)
  if (changed < 5 || changed < han * 0.02) return undefined;
  // Every Simplified character of the reading with the page's character at that place: alone, and with its neighbour
  // on each side and on both (the word it is in).
  const alone = new Map<string, Tally>();
  const inContext = new Map<string, Tally>();
  for (const [from, to] of pairs)
    for (const [i, s] of to.entries()) {
      if (!/\p{Script=Han}/u.test(s)) continue;
      const t = from[i]!;
      add(alone, s, t);
      const before = to[i - 1] ?? '';
      const after = to[i + 1] ?? '';
      add(inContext, `${before}|${s}|${after}`, t);
      add(inContext, `|${s}|${after}`, t);
      add(inContext, `${before}|${s}|`, t);
    }
  // A character the reading changed only one way goes straight back; one behind several of the page's is read in context.
  const single = new Map<string, string>();
  const several = new Set<string>();
  for (const [s, tally] of alone) {
    if (tally.size === 1) {
      const t = [...tally.keys()][0]!;
      if (t !== s) single.set(s, t);
    } else several.add(s);
  }
  const backChar = (s: string, before: string, after: string): string => {
    if (!several.has(s)) return single.get(s) ?? s;
    return (
      winner(inContext.get(`${before}|${s}|${after}`)) ??
      winner(merged(inContext.get(`|${s}|${after}`), inContext.get(`${before}|${s}|`))) ??
      mostFrequent(alone.get(s)!, s)
    );
  };
  return {
    text: lines.join('\n'),
    back: (text) => {
      const chars = Array.from(text);
      return chars.map((c, i) => backChar(c, chars[i - 1] ?? '', chars[i + 1] ?? '')).join('');
    },
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
