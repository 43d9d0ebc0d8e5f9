// Domain vocabulary shared by every part of the core. Pure types: no I/O, no AWS.

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

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
