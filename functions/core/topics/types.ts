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

/** When a term does not count: near one of `unless`, away from all of `near`, in one of the `not` forms, or
 * anywhere in an article that has one of `unlessArticle` (one sense per article: where "student model" is said,
 * "the student" three paragraphs on is the model too). */
export interface TermGuard {
  unless?: string[];
  near?: string[];
  not?: string[];
  unlessArticle?: string[];
}

export interface Taxonomy {
  topics: Topic[];
  byId: ReadonlyMap<TopicId, Topic>;
  /** The trained theme model (content/topic-model.json, loaded beside the taxonomy file), when there is one. */
  model?: TopicModel;
}

/** The second signal (model.ts): how sure a trained classifier is that a section is about a topic. */
export interface TopicModel {
  /** Log (base 2) odds that a section with these tokens (`sectionTokens`) is about the topic; undefined when the
   * model knows nothing of the topic. */
  logOdds(topic: TopicId, tokens: readonly string[]): number | undefined;
}

export interface Evidence {
  term: string;
  /** Paragraph index within the section; -1 for the theme model's word (`model p=0.998`), which is no paragraph's. */
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
  /** The theme model's probability, when it tipped a topic the lexicon found evidence for but did not tag. */
  model?: number;
  /** True when set by front matter rather than by the classifier. */
  override?: boolean;
}

export interface SectionThemes {
  sectionId: string;
  themes: ThemeMatch[];
}
