// The editor's desk: what an article is after publication (its record, its versions), what waits to be
// published at a set time, and what was withdrawn. Pure types.
import type { Article } from '../article/types.ts';
import type { SectionThemes } from '../topics/types.ts';
import type { Diagnostic, Lang } from '../types.ts';

/** What the archive page shows besides the sections; stored with the article and replaced by a correction. */
export interface ArticlePage {
  title: string;
  lang: Lang;
  byline?: string;
  /** The article's own date (front matter), YYYY-MM-DD. */
  date?: string;
  sourceUrl?: string;
  figures: { caption: string; credit?: string }[];
  /** The correction note of the latest version, shown on the archive page ("Correction: …"). */
  correction?: string;
}

/** `storing`: a first publish under way (sections being written, alerts being queued). */
export type ArticleState = 'storing' | 'published' | 'withdrawn';

export interface Withdrawal {
  at: string;
  by: string;
  reason: string;
}

export interface ArticleRecord extends ArticlePage {
  slug: string;
  state: ArticleState;
  /** First publication: every section keeps it, so a correction never puts a section into a later digest. */
  publishedAt: string;
  /** The latest correction. */
  updatedAt?: string;
  /** The current version: 1 at first publication, one more per correction, withdrawal or restore. */
  version: number;
  /** Content hash of the current version (sections and page): a republish of the same text changes nothing. */
  hash: string;
  sectionCount: number;
  withdrawn?: Withdrawal;
}

/** What a correction changed, by section id (`lead`, `s1`, …). */
export interface ArticleChanges {
  added: string[];
  removed: string[];
  changed: string[];
  /** Title, byline, figures, date or source: what changed outside the sections. */
  page: string[];
}

export type VersionKind = 'published' | 'corrected' | 'withdrawn' | 'restored';

/** One entry of `tidings history <slug>`: who changed what, when. */
export interface ArticleVersion {
  slug: string;
  version: number;
  kind: VersionKind;
  at: string;
  by: string;
  hash: string;
  title: string;
  sections: number;
  changes?: ArticleChanges;
  /** The correction note given with this version. */
  correction?: string;
  /** Withdrawals: the reason. */
  reason?: string;
  /** Alerts queued by this version (the first publication, or an update alert). */
  alerts?: number;
  /** Set when this version sent an update alert (`realert: true`). */
  updateAlert?: string;
  /** Published by a schedule: when it was scheduled, and by whom. */
  scheduled?: { at: string; by: string };
}

/** An article stored to be published at `publishAt`: parsed, classified and checked when it was scheduled. */
export interface ScheduledArticle {
  slug: string;
  title: string;
  lang: Lang;
  /** ISO instant (UTC) at which it is published. */
  publishAt: string;
  /** As the editor wrote it, with its time zone (shown back to them). */
  publishAtText: string;
  scheduledAt: string;
  by: string;
  article: Article;
  themes: SectionThemes[];
  /** The parser's diagnostics, for the publish gate when it fires. */
  diagnostics: Diagnostic[];
}

/** The list view of a scheduled article (no body). */
export type ScheduledSummary = Omit<ScheduledArticle, 'article' | 'themes' | 'diagnostics'>;
