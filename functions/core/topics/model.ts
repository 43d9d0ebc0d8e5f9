// The theme model: the second signal of issue 11 §3 (docs/themes.md, "A second signal"). One naive Bayes text
// classifier per topic (wink-naive-bayes-text-classifier: presence of the section's tokens, is it about the topic
// or not), trained on the labelled sections of the evaluation corpus by `npm run train-themes`
// (scripts/train-themes.mts) and kept in content/topic-model.json, which the adapters load beside the taxonomy.
// The classifier asks it only about a topic the lexicon found telling evidence for but did not tag (classify.ts,
// `modelMargin`): the model breaks that tie, it never adds a topic the text has no word of. What it reads of a
// section is in model-tokens.ts (apart, so that loading the model never loads the segmenter).
import naiveBayes from 'wink-naive-bayes-text-classifier';
import * as z from '../../shared/validation.ts';
import type { TopicId } from '../types.ts';
import { TaxonomyError } from './taxonomy.ts';
import type { TopicModel } from './types.ts';

/** The library's settings: token presence (not counts), additive smoothing (checked out of sample by `npm run
 * cv-themes`, docs/themes.md "Cross-validation (session 12)"). */
const CONFIG = { considerOnlyPresence: true, smoothingFactor: 0.5 } as const;

/** What training may vary (scripts/cv-themes.mts compares them out of sample); the defaults are what is committed. */
export interface TrainOptions {
  /** The library's additive smoothing, in (0, 1]. */
  smoothingFactor?: number;
  /** Tokens held by fewer training sections than this are left out of the vocabulary (unknown tokens are ignored
   * when classifying). */
  minSections?: number;
}

const count = z.number().check(z.int(), z.nonnegative());
/** content/topic-model.json: one vocabulary, and per topic the sections it learned from and each token's count. */
const documentSchema = z.strictObject({
  about: z.string(),
  trainedOn: z.array(z.string()),
  sections: count,
  config: z.strictObject({ considerOnlyPresence: z.boolean(), smoothingFactor: z.number() }),
  vocabulary: z.array(z.string()),
  topics: z.record(
    z.string(),
    z.strictObject({
      samples: z.strictObject({ yes: count, no: count }),
      /** Sections about the topic that hold each vocabulary token: [index, count, index, count, …]. */
      yes: z.array(count),
      /** The same for the sections not about it. */
      no: z.array(count),
    }),
  ),
});
export type TopicModelDocument = z.infer<typeof documentSchema>;

/** One labelled section: its tokens (`sectionTokens`, model-tokens.ts) and the topics it is about or partly about. */
export interface TrainingSection {
  tokens: string[];
  required: readonly TopicId[];
  acceptable: readonly TopicId[];
}

/**
 * Trains one classifier per topic: a section is about the topic when its labels require it, not about it when
 * they neither require nor accept it (a section partly about it teaches nothing either way). Deterministic for
 * the same sections in the same order.
 */
export function trainTopicModel(
  sections: readonly TrainingSection[],
  topics: readonly TopicId[],
  meta: { about: string; trainedOn: string[] },
  options: TrainOptions = {},
): TopicModelDocument {
  const config = { ...CONFIG, smoothingFactor: options.smoothingFactor ?? CONFIG.smoothingFactor };
  const minSections = options.minSections ?? 1;
  const held = new Map<string, number>();
  for (const s of sections) for (const t of new Set(s.tokens)) held.set(t, (held.get(t) ?? 0) + 1);
  const vocabulary = [...held]
    .filter(([, n]) => n >= minSections)
    .map(([t]) => t)
    .sort();
  const index = new Map(vocabulary.map((t, i) => [t, i]));
  const out: TopicModelDocument = {
    ...meta,
    sections: sections.length,
    config,
    vocabulary,
    topics: {},
  };
  for (const topic of topics) {
    const nb = naiveBayes();
    nb.defineConfig({ ...config });
    for (const s of sections) {
      const tokens = minSections > 1 ? s.tokens.filter((t) => index.has(t)) : s.tokens;
      if (s.required.includes(topic)) nb.learn(tokens, 'yes');
      else if (!s.acceptable.includes(topic)) nb.learn(tokens, 'no');
    }
    nb.consolidate();
    const [, samples, counts] = JSON.parse(nb.exportJSON()) as [
      unknown,
      Record<string, number>,
      Record<string, Record<string, number>>,
    ];
    const pairs = (label: string) =>
      Object.entries(counts[label] ?? {})
        .map(([token, n]) => [index.get(token)!, n] as const)
        .sort((a, b) => a[0] - b[0])
        .flat();
    out.topics[topic] = {
      samples: { yes: samples.yes ?? 0, no: samples.no ?? 0 },
      yes: pairs('yes'),
      no: pairs('no'),
    };
  }
  return out;
}

/** The model from its document (content/topic-model.json); throws a TaxonomyError naming `source` and the place. */
export function topicModelFromDocument(document: unknown, source = 'topic-model.json'): TopicModel {
  const parsed = documentSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TaxonomyError(`${source}: ${issue.path.join('.') || 'document'} ${issue.message}`);
  }
  const doc = parsed.data;
  for (const [topic, t] of Object.entries(doc.topics)) {
    for (const label of ['yes', 'no'] as const) {
      const pairs = t[label];
      if (pairs.length % 2 !== 0 || pairs.some((n, i) => i % 2 === 0 && n >= doc.vocabulary.length)) {
        throw new TaxonomyError(
          `${source}: topics.${topic}.${label} must be [vocabulary index, count] pairs`,
        );
      }
    }
  }
  // The library's own form is built on first use: a function that never classifies pays nothing for it.
  const classifiers = new Map<TopicId, ReturnType<typeof naiveBayes>>();
  const classifier = (topic: TopicId) => {
    const t = doc.topics[topic];
    // A topic no labelled section was about (or every one was) cannot be told apart: no opinion.
    if (!t || t.samples.yes === 0 || t.samples.no === 0) return undefined;
    let nb = classifiers.get(topic);
    if (!nb) {
      const counts: Record<string, Record<string, number>> = { yes: {}, no: {} };
      const words: Record<string, number> = { yes: 0, no: 0 };
      const voc = new Set<string>();
      for (const label of ['yes', 'no'] as const) {
        const pairs = t[label];
        for (let i = 0; i < pairs.length; i += 2) {
          const token = doc.vocabulary[pairs[i]!]!;
          counts[label]![token] = pairs[i + 1]!;
          words[label]! += pairs[i + 1]!;
          voc.add(token);
        }
      }
      nb = naiveBayes();
      nb.importJSON(JSON.stringify([doc.config, t.samples, counts, words, [...voc]]));
      nb.consolidate();
      classifiers.set(topic, nb);
    }
    return nb;
  };
  return {
    logOdds(topic, tokens) {
      const nb = classifier(topic);
      if (!nb) return undefined;
      return nb.computeOdds([...tokens]).find(([label]) => label === 'yes')?.[1] ?? 0;
    },
  };
}
