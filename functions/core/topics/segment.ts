// Word segmentation. Chinese has no spaces, and counting substrings over-matches (安全 inside 安全性, 人才 inside
// 人才培养), so Chinese text goes through jieba's dictionary segmenter, taught every taxonomy term so that domain
// words such as 算力 stay whole. English words are folded by the Porter2 (Snowball English) stemmer, so
// "retraining", "retrained" and "retrain" are one word, as are "hospitals" and "hospital".

import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import porter2 from 'wink-porter2-stemmer';
import { simplifiedInPlace } from '../hans.ts';
import type { Lang } from '../types.ts';

let base: Jieba | undefined;
const taught = new Set<string>();

/** High enough that jieba prefers the whole term over any split of it. */
const TERM_FREQUENCY = 100_000;

function jieba(): Jieba {
  // The dictionary takes about 200 ms to load: once per process, on first use.
  base ??= Jieba.withDict(dict);
  return base;
}

/** Adds words to the Chinese dictionary (idempotent). */
export function teachWords(words: Iterable<string>): void {
  const fresh = [...words].filter((w) => !taught.has(w) && /\p{Script=Han}/u.test(w));
  if (fresh.length === 0) return;
  jieba().loadDict(Buffer.from(fresh.map((w) => `${w.replace(/\s+/g, '')} ${TERM_FREQUENCY} n`).join('\n')));
  for (const w of fresh) taught.add(w);
}

/** Normal form of an English word: lower case, Porter2 stem (hospitals → hospit, retraining → retrain). */
export function stemEnglish(word: string): string {
  // Acronym plurals (GPUs, LLMs) before case folding loses the difference from words such as "campus".
  if (/^[A-Z][A-Z0-9]+s$/.test(word)) return word.slice(0, -1).toLowerCase();
  const w = word.toLowerCase().replace(/’/g, "'");
  return /^[a-z][a-z'-]*$/.test(w) ? porter2(w) : w;
}

const ENGLISH_WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** A footnote marker set on a word (near misses¹, the report²) is no part of it (session 13). */
const FOOTNOTE_MARK = /(?<=\p{L})[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+$/u;

/** A token with where it stands in the text, so a match can be checked against its surroundings. */
export interface Token {
  key: string;
  start: number;
  end: number;
}

/** Tokens of a text, in order, normalized for matching (lower case; English stemmed), with their offsets. */
export function tokenSpans(text: string, lang: Lang): Token[] {
  if (lang === 'en') {
    return [...text.matchAll(ENGLISH_WORD)].map((m) => {
      const word = m[0].replace(FOOTNOTE_MARK, '');
      return { key: stemEnglish(word), start: m.index, end: m.index + word.length };
    });
  }
  const out: Token[] = [];
  let at = 0;
  // A Traditional-Chinese page is matched against the taxonomy's Simplified terms, offsets unchanged.
  for (const raw of jieba().cut(simplifiedInPlace(text), false)) {
    const start = at;
    at += raw.length;
    const t = raw.trim();
    if (t.length === 0 || !/[\p{L}\p{N}]/u.test(t)) continue;
    out.push({ key: /^[a-z]+$/i.test(t) ? stemEnglish(t) : t.toLowerCase(), start, end: at });
  }
  return out;
}

/** Tokens of a text, in order, normalized for matching (lower case; English stemmed). */
export function tokenize(text: string, lang: Lang): string[] {
  return tokenSpans(text, lang).map((t) => t.key);
}

/** How a term is compared with token runs: its tokens joined without separators. */
export function termKey(term: string, lang: Lang): string {
  return lang === 'en'
    ? (term.match(ENGLISH_WORD) ?? []).map(stemEnglish).join(' ')
    : term.replace(/\s+/g, '').toLowerCase();
}

export function joinTokens(tokens: readonly string[], lang: Lang): string {
  return tokens.join(lang === 'en' ? ' ' : '');
}
