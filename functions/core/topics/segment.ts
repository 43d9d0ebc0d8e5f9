// Word segmentation. Chinese has no spaces, and counting substrings over-matches (安全 inside 安全性, 人才 inside
// 人才培养), so Chinese text goes through jieba's dictionary segmenter, taught every taxonomy term so that domain
// words such as 算力 stay whole. English is split on word characters with a light plural stemmer.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
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

/** Normal form of an English word: lower case, simple plurals folded (hospitals → hospital, policies → policy). */
export function stemEnglish(word: string): string {
  // Acronym plurals (GPUs, LLMs) before case folding loses the difference from words such as "campus".
  if (/^[A-Z][A-Z0-9]+s$/.test(word)) return word.slice(0, -1).toLowerCase();
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

const ENGLISH_WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Tokens of a text, in order, normalized for matching (lower case; English stemmed). */
export function tokenize(text: string, lang: Lang): string[] {
  if (lang === 'en') return (text.match(ENGLISH_WORD) ?? []).map(stemEnglish);
  return jieba()
    .cut(text, false)
    .map((t) => t.trim())
    .filter((t) => t.length > 0 && /[\p{L}\p{N}]/u.test(t))
    .map((t) => (/^[a-z]+$/i.test(t) ? stemEnglish(t) : t.toLowerCase()));
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
