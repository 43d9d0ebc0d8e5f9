// Counted nouns in both interface languages: English inflects (1 alert, 2 alerts); Chinese does not, and counts
// with a measure word instead (1 封提醒, 2 封提醒).
import type { Lang } from '../core/types.ts';

export interface Noun {
  en: readonly [one: string, other: string];
  /** Measure word and noun, e.g. `封提醒`. */
  zh: string;
}

const rules = new Intl.PluralRules('en');

export function counted(lang: Lang, n: number, noun: Noun): string {
  const number = n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  if (lang === 'zh') return `${number} ${noun.zh}`;
  return `${number} ${rules.select(n) === 'one' ? noun.en[0] : noun.en[1]}`;
}

/** English only (the CLI): `1 alert`, `2 alerts`; the plural given when it is not the noun + s. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return counted('en', n, { en: [noun, plural], zh: noun });
}
