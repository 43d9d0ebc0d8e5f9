import type { Diagnostic, Lang, TopicId } from '../types.ts';

export interface Paragraph {
  /** 0-based index within its section (or the lead). */
  index: number;
  /** Clean text after layout repair. */
  text: string;
  /** 1-based source line where the paragraph starts. */
  line: number;
  /** Absent for ordinary body text; set for Markdown constructs kept as text and never joined by repair. */
  kind?: ParagraphKind;
}

export type ParagraphKind = 'list-item' | 'quote' | 'code' | 'subheading' | 'table-row';

export interface Section {
  /** Stable within the article: `lead` for the lead, then `s1`, `s2`, … in order. */
  id: string;
  /** The heading; for the lead, the article title; for an article without headings, the title too. */
  heading: string;
  /** A brief's `## ` part that this `### ` (or bold) item sits under: shown to readers as context. */
  group?: string;
  paragraphs: Paragraph[];
  line: number;
}

export interface Figure {
  caption: string;
  /** The credit line, e.g. `本报记者 陈梦泽 摄`. */
  credit?: string;
  /** Image URL when the figure came from Markdown image syntax `![caption](url)`. */
  image?: string;
  line: number;
}

export interface Byline {
  raw: string;
  /** Person names only: roles (记者, 通讯员, Staff Writer) and agencies stay in `raw`. */
  names: string[];
}

/** Article metadata read from page furniture (来源, 发布时间, 责任编辑, `Updated …`, `Originally published on …`). */
export interface ArticleMeta {
  source?: string;
  /** `YYYY-MM-DD`. */
  published?: string;
  editor?: string;
}

/** A line of page furniture the parser kept out of the body: what it was taken for, and the text. */
export interface LiftedLine {
  line: number;
  what: string;
  text: string;
}

/** Something the parser repaired; kept so an editor can review every change it made. */
export interface Repair {
  kind:
    | 'joined-paragraphs'
    | 'moved-heading'
    | 'punctuation'
    | 'title-from-first-line'
    | 'title-from-subject';
  line: number;
  detail: string;
}

export interface FrontMatter {
  slug?: string;
  title?: string;
  date?: string;
  lang?: Lang;
  source?: string;
  byline?: string;
  /** Theme overrides keyed by section id (`lead`, `s1`, …) or `*` for the whole article. */
  themes?: Record<string, TopicId[]>;
  /** Warning codes the editor has reviewed and accepts: the publish gate lets them through. */
  accept?: string[];
  /** `keep`: leave half-width punctuation in Chinese text as it is (default: normalise to full width). */
  punctuation?: 'normalize' | 'keep';
  /** ISO date-time with a time zone: publish then (scheduled publishing). */
  publishAt?: string;
  correction?: string;
  realert?: boolean;
}

export interface Article {
  slug: string;
  title: string;
  /** ISO date (YYYY-MM-DD) when known. */
  date?: string;
  lang: Lang;
  sourceUrl?: string;
  byline?: Byline;
  /** Metadata from page furniture; absent when the page had none. */
  meta?: ArticleMeta;
  /** An editor's note (编者按): content, but not the lead. */
  note?: Paragraph[];
  /** Page furniture kept out of the body (credits, bylines, source and date lines …), with its evidence. */
  furniture?: LiftedLine[];
  /** Warning codes accepted in front matter (`accept:`), for the publish gate. */
  accept?: string[];
  /** The paragraphs before the first `## ` heading, as a section with id `lead`. */
  lead: Section;
  sections: Section[];
  figures: Figure[];
  themeOverrides?: Record<string, TopicId[]>;
  repairs: Repair[];
  counts: { sections: number; paragraphs: number; characters: number; figures: number };
  /** Front matter `publishAt`: publish at this instant (ISO with its time zone) instead of at once. */
  publishAt?: string;
  /** Front matter `correction`: the note a corrected article shows, and the reason of an update alert. */
  correction?: string;
  /** Front matter `realert: true`: a correction that sends one update alert (the `correction` is its reason). */
  realert?: boolean;
}

export interface ParseResult {
  /** Absent when the file could not be read as an article at all. */
  article?: Article;
  diagnostics: Diagnostic[];
}
