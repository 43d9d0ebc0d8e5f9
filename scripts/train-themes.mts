// Trains the theme model (functions/core/topics/model.ts) on the labelled sections of the evaluation corpus's
// opened halves and writes content/topic-model.json, which the classifier reads beside content/topics.yaml as a
// tie-breaker (docs/themes.md, "A second signal"). Deterministic: the same corpus, taxonomy and parser give the
// same file. Never trains on the held-back half (the budget), blind, or the sealed halves still closed.
//   npm run train-themes            (writes content/topic-model.json)
//   npm run train-themes -- --check (exits 1 when the committed file is not what training gives now)
import { readFileSync, writeFileSync } from 'node:fs';
import { readArticleFile } from '../functions/adapters/fs/articles.ts';
import { DEFAULT_TAXONOMY_FILE, TOPIC_MODEL_FILE } from '../functions/adapters/fs/taxonomy-json.ts';
import { findTerms } from '../functions/core/topics/classify.ts';
import { trainTopicModel } from '../functions/core/topics/model.ts';
import { loadTaxonomy } from '../functions/core/topics/taxonomy-yaml.ts';
import { OPENED_HALVES } from '../test/eval/corpus.ts';
import { parseCorpus, trainingSections } from '../test/eval/theme-training.ts';

const out = new URL(`../content/${TOPIC_MODEL_FILE}`, import.meta.url);
// The taxonomy without a model: the labels are what is learned, not the classifier's themes.
const taxonomy = loadTaxonomy(readFileSync(DEFAULT_TAXONOMY_FILE, 'utf8'), DEFAULT_TAXONOMY_FILE);
// Chinese is segmented as the classifier segments it: jieba taught the taxonomy's terms first.
findTerms('', 'zh', taxonomy);

const sections = trainingSections(await parseCorpus('test/eval/corpus', OPENED_HALVES, readArticleFile));

const model = trainTopicModel(
  sections,
  taxonomy.topics.map((t) => t.id),
  {
    about:
      'Theme model (docs/themes.md, "A second signal"): naive Bayes per topic, wink-naive-bayes-text-classifier. Written by npm run train-themes; do not edit.',
    trainedOn: [...OPENED_HALVES],
  },
);
const text = `${JSON.stringify(model)}\n`;
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(out, 'utf8');
  } catch {}
  if (committed !== text) {
    console.error(`content/${TOPIC_MODEL_FILE} is not what training gives now: run npm run train-themes`);
    process.exit(1);
  }
  console.log(`content/${TOPIC_MODEL_FILE} is up to date (${sections.length} sections)`);
} else {
  writeFileSync(out, text);
  console.log(
    `content/${TOPIC_MODEL_FILE}: ${sections.length} sections of ${OPENED_HALVES.length} halves, ${model.vocabulary.length} tokens, ${text.length} bytes`,
  );
}
