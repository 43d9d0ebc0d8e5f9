import type { Lang, TopicId } from '../types.ts';

export interface Topic {
  id: TopicId;
  name: Record<Lang, string>;
  description: Record<Lang, string>;
  /** Terms that signal the topic, per language. Chinese terms are also added to the segmenter's dictionary. */
  terms: Record<Lang, string[]>;
  /** Weight of each term (lower-cased key), default 1: how strongly it signals the topic. */
  weights?: Record<Lang, Record<string, number>>;
  /** Sense guards of some terms (lower-cased key), per language. */
  guards?: Record<Lang, Record<string, TermGuard>>;
}

/** When a term does not count: near one of `unless`, away from all of `near`, or in one of the `not` forms. */
export interface TermGuard {
  unless?: string[];
  near?: string[];
  not?: string[];
}

export interface Taxonomy {
  topics: Topic[];
  byId: ReadonlyMap<TopicId, Topic>;
}

export interface Evidence {
  term: string;
  /** Paragraph index within the section. */
  paragraph: number;
  count: number;
}

export interface ThemeMatch {
  topic: TopicId;
  /** Higher is stronger; comparable across sections of similar length. */
  score: number;
  /** Indexes of the paragraphs that carry this theme, strongest first. */
  paragraphs: number[];
  evidence: Evidence[];
  /** Terms of this topic in the section's heading (or its brief part), which count with the heading weight. */
  heading?: string[];
  /** True when set by front matter rather than by the classifier. */
  override?: boolean;
}

export interface SectionThemes {
  sectionId: string;
  themes: ThemeMatch[];
}
