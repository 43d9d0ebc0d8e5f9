// Domain vocabulary shared by every part of the core. Pure types: no I/O, no AWS.

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/**
 * A reader's language for pages and emails (UI and email text), apart from `Lang`, the language articles are
 * written in. zh-Hant output is the zh-Hans rendering converted with OpenCC; templates stay keyed by `Lang`.
 */
export type Locale = 'zh-Hans' | 'zh-Hant' | 'en';
export const LOCALES: readonly Locale[] = ['zh-Hans', 'zh-Hant', 'en'];

/** The template language a locale is rendered from (zh-Hant is converted from the zh rendering). */
export function templateLang(locale: Locale): Lang {
  return locale === 'en' ? 'en' : 'zh';
}

/** A taxonomy id from content/topics.yaml, e.g. `health`. Validated against the taxonomy at the edges. */
export type TopicId = string;

export type Cadence = 'instant' | 'daily' | 'weekly';
export const CADENCES: readonly Cadence[] = ['instant', 'daily', 'weekly'];

/** A digest cadence: the ones an edition is planned for. */
export type DigestCadence = Exclude<Cadence, 'instant'>;

export type Severity = 'error' | 'warning';

/** A problem found while reading an input file, located so an editor can fix it. */
export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `join-repaired`, `cut-off-sentence`, `front-matter-yaml`. */
  code: string;
  message: string;
  file?: string;
  /** 1-based line in the source file (including front matter). */
  line?: number;
}
