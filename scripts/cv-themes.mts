// Leave-one-half-out cross-validation of the theme model (docs/themes.md, "Cross-validation (session 12)"): for each
// opened half (test/eval/corpus.ts OPENED_HALVES), the model is trained on the other halves' labelled sections
// (test/eval/theme-training.ts, as npm run train-themes trains) and that half is classified with it — the classifier
// `npm run eval` runs, with the taxonomy's model swapped — and scored as the harness scores (test/eval/score.ts).
// Prints per half and pooled out-of-sample P/R/F1, beside the same with no model (terms only): what the model adds
// on sections it never learned from. Every article is parsed once. Deterministic; progress on stderr. The lexicon's
// figures stay in-sample (its terms and thresholds were written on these halves): only the model is out of sample.
// Never reads the held-back, blind or a closed sealed half.
//   npm run cv-themes                               (the committed settings: THRESHOLDS, model.ts defaults)
//   npm run cv-themes -- modelMargin=4 smoothing=0.25 minSections=2 headingMarks=false
//   npm run cv-themes -- --sweep                    (pooled F1 over a grid of the model's settings)
import { readArticleFile } from '../functions/adapters/fs/articles.ts';
import { loadTaxonomyFile } from '../functions/adapters/fs/taxonomy.ts';
import { type ClassifyTuning, classifyArticle, THRESHOLDS } from '../functions/core/topics/classify.ts';
import {
  type TrainingSection,
  type TrainOptions,
  topicModelFromDocument,
  trainTopicModel,
} from '../functions/core/topics/model.ts';
import type { Taxonomy } from '../functions/core/topics/types.ts';
import { DEFAULT_CORPUS, type Half, OPENED_HALVES } from '../test/eval/corpus.ts';
import {
  type ArticleScore,
  type Prf,
  scoreArticle,
  summarize,
  type ThemeCounts,
} from '../test/eval/score.ts';
import { halfFolds, type ParsedArticle, parseCorpus, trainingSections } from '../test/eval/theme-training.ts';

/** A setting of the model: how it is trained, what it reads, and the margin the classifier tips topics at. */
interface Setting extends TrainOptions {
  modelMargin: number;
  /** false: the heading tokens' `h:` marks are left out of training (so the classifier's are unknown, ignored). */
  headingMarks: boolean;
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const args = process.argv.slice(2);
const given = Object.fromEntries(
  args
    .filter((a) => a.includes('='))
    .map((a) => {
      const [key, value] = a.split('=') as [string, string];
      return [key, value === 'true' ? true : value === 'false' ? false : Number(value)];
    }),
);
const current: Setting = {
  modelMargin: THRESHOLDS.modelMargin,
  smoothingFactor: 0.5,
  minSections: 1,
  headingMarks: true,
  ...(given.smoothing !== undefined ? { smoothingFactor: given.smoothing as number } : {}),
  ...Object.fromEntries(Object.entries(given).filter(([k]) => k !== 'smoothing')),
};

// The taxonomy as `npm run eval` loads it; its model is what each fold swaps (one object: the lexicon compiles once).
const taxonomy: Taxonomy = await loadTaxonomyFile();
const topicIds = taxonomy.topics.map((t) => t.id);
taxonomy.model = undefined;
// Chinese tokens are jieba's after the taxonomy has taught it its terms, for training as for classifying.
classifyArticle({ ...(await readArticleFile('content/articles/ai-shanghai-2025.md')).article! }, taxonomy);

const started = Date.now();
const articles = await parseCorpus(DEFAULT_CORPUS, OPENED_HALVES, readArticleFile, (done, total) => {
  if (done % 50 === 0 || done === total)
    log(`cv-themes: ${done}/${total} articles parsed (${Date.now() - started} ms)`);
});
const sectionsOf = new Map(articles.map((a) => [a, trainingSections([a])]));
const folds = halfFolds(articles, OPENED_HALVES);

/** The labelled sections of these articles, as training reads them under this setting. */
function sections(of: readonly ParsedArticle[], s: Omit<Setting, 'modelMargin'>): TrainingSection[] {
  const all = of.flatMap((a) => sectionsOf.get(a)!);
  return s.headingMarks
    ? all
    : all.map((x) => ({ ...x, tokens: x.tokens.filter((t) => !/^\w+:h:/.test(t)) }));
}

/** Scores per half: each half classified with the model trained without it (`null`: no model, terms only), at
 * each of these margins (one model per fold, whatever the margins). */
function crossValidateAt(
  s: Omit<Setting, 'modelMargin'> | null,
  margins: readonly number[],
): Map<Half, ArticleScore[]>[] {
  const out = margins.map(() => new Map<Half, ArticleScore[]>());
  for (const fold of folds) {
    taxonomy.model = s
      ? topicModelFromDocument(
          trainTopicModel(sections(fold.train, s), topicIds, { about: 'cv', trainedOn: [] }, s),
        )
      : undefined;
    for (const [i, modelMargin] of margins.entries()) {
      const tuning: ClassifyTuning = { ...THRESHOLDS, modelMargin };
      out[i]!.set(
        fold.half,
        fold.test.map((a) =>
          scoreArticle(a.labels, a.source, {
            result: a.result,
            themes: a.result.article ? classifyArticle(a.result.article, taxonomy, tuning) : undefined,
          }),
        ),
      );
    }
  }
  taxonomy.model = undefined;
  return out;
}
const crossValidate = (s: Setting | null) =>
  crossValidateAt(s, [s?.modelMargin ?? THRESHOLDS.modelMargin])[0]!;

type Figures = ThemeCounts & Prf;
const pooled = (scores: Map<Half, ArticleScore[]>): Figures =>
  summarize([...scores.values()].flat(), topicIds).themes;
const f3 = (x: number) => x.toFixed(3);
const cell = (m: Figures) =>
  `${m.tp} / ${m.fp} / ${m.fn}  ${f3(m.precision)} / ${f3(m.recall)} / ${f3(m.f1)}`;
const describe = (s: Setting) =>
  `modelMargin=${s.modelMargin} smoothing=${s.smoothingFactor} minSections=${s.minSections} headingMarks=${s.headingMarks}`;

const termsOnly = crossValidate(null);
log(`cv-themes: terms only scored (${Date.now() - started} ms)`);

if (args.includes('--sweep')) {
  const base = pooled(termsOnly);
  console.log(
    `terms only (no model): pooled TP / FP / FN ${base.tp} / ${base.fp} / ${base.fn} F1 ${f3(base.f1)}`,
  );
  const margins = [0, 2, 4, 6, 8, 10, 12, 16, 20];
  const grid: Omit<Setting, 'modelMargin'>[] = [];
  for (const headingMarks of [true, false]) {
    for (const minSections of [1, 2, 3]) {
      for (const smoothingFactor of [0.1, 0.25, 0.5, 0.75, 1])
        grid.push({ smoothingFactor, minSections, headingMarks });
    }
  }
  console.log(
    `${'setting'.padEnd(48)}  ${margins.map((m) => `m=${m}`.padStart(6)).join(' ')}   (pooled CV F1 per modelMargin)`,
  );
  for (const [i, g] of grid.entries()) {
    const row = crossValidateAt(g, margins).map((scores) => pooled(scores).f1);
    console.log(
      `${`smoothing=${g.smoothingFactor} minSections=${g.minSections} headingMarks=${g.headingMarks}`.padEnd(48)}  ${row.map((f) => f3(f).padStart(6)).join(' ')}`,
    );
    log(`cv-themes: setting ${i + 1}/${grid.length} (${Date.now() - started} ms)`);
  }
} else {
  const withModel = crossValidate(current);
  log(`cv-themes: model scored (${Date.now() - started} ms)`);
  console.log(`Leave-one-half-out over ${OPENED_HALVES.length} opened halves (${articles.length} articles)`);
  console.log(`model: ${describe(current)}`);
  console.log('');
  const rows = [
    ['left-out half', 'terms only TP / FP / FN  P / R / F1', 'with the model TP / FP / FN  P / R / F1'],
  ];
  for (const half of OPENED_HALVES) {
    const t = summarize(termsOnly.get(half)!, topicIds).themes;
    const m = summarize(withModel.get(half)!, topicIds).themes;
    rows.push([half, cell(t), cell(m)]);
  }
  rows.push(['pooled', cell(pooled(termsOnly)), cell(pooled(withModel))]);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows)
    console.log(
      r
        .map((x, c) => x.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    );
}
