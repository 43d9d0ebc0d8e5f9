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
//   npm run cv-themes -- --rules                    (pooled F1, all / en / zh, over the model's propose and veto
//                                                    rules, classify.ts `modelPropose`, `modelVeto`: session 12)
//   npm run cv-themes -- modelPropose=16 proposeTokens=60   (one setting of the classifier's rules)
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
// The classifier's model rules beside the margin (modelPropose, proposeTokens, proposeMax, modelVeto) are tuning.
const ruleKeys = [
  'modelPropose',
  'proposeTokens',
  'proposeMax',
  'modelVeto',
  'proposeBelow',
  'proposeSilent',
  'proposeWithTerms',
] as const;
const rules: Partial<ClassifyTuning> = Object.fromEntries(
  Object.entries(given).filter(([k]) => (ruleKeys as readonly string[]).includes(k)),
);
const current: Setting = {
  modelMargin: THRESHOLDS.modelMargin,
  smoothingFactor: 0.5,
  minSections: 1,
  headingMarks: true,
  ...(given.smoothing !== undefined ? { smoothingFactor: given.smoothing as number } : {}),
  ...Object.fromEntries(
    Object.entries(given).filter(([k]) => k !== 'smoothing' && !(ruleKeys as readonly string[]).includes(k)),
  ),
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
function sections(of: readonly ParsedArticle[], s: Setting): TrainingSection[] {
  const all = of.flatMap((a) => sectionsOf.get(a)!);
  return s.headingMarks
    ? all
    : all.map((x) => ({ ...x, tokens: x.tokens.filter((t) => !/^\w+:h:/.test(t)) }));
}

/** Each score's article language, for the per-language pools. */
const langOf = new WeakMap<ArticleScore, string>();

/** Scores per half: each half classified with the model trained without it (`null`: no model, terms only), under
 * each of these tunings (one model per fold, whatever the tunings). */
function crossValidateWith(
  s: Omit<Setting, 'modelMargin'> | null,
  tunings: readonly ClassifyTuning[],
): Map<Half, ArticleScore[]>[] {
  const out = tunings.map(() => new Map<Half, ArticleScore[]>());
  for (const fold of folds) {
    taxonomy.model = s
      ? topicModelFromDocument(
          trainTopicModel(sections(fold.train, s), topicIds, { about: 'cv', trainedOn: [] }, s),
        )
      : undefined;
    for (const [i, tuning] of tunings.entries()) {
      out[i]!.set(
        fold.half,
        fold.test.map((a) => {
          const score = scoreArticle(a.labels, a.source, {
            result: a.result,
            themes: a.result.article ? classifyArticle(a.result.article, taxonomy, tuning) : undefined,
          });
          langOf.set(score, a.result.article?.lang ?? '?');
          return score;
        }),
      );
    }
  }
  taxonomy.model = undefined;
  return out;
}
/** The same at each of these margins, the other rules as given. */
const crossValidateAt = (s: Omit<Setting, 'modelMargin'> | null, margins: readonly number[]) =>
  crossValidateWith(
    s,
    margins.map((modelMargin) => ({ ...THRESHOLDS, ...rules, modelMargin })),
  );
const crossValidate = (s: Setting | null) =>
  crossValidateAt(s, [s?.modelMargin ?? THRESHOLDS.modelMargin])[0]!;

type Figures = ThemeCounts & Prf;
const pooled = (scores: Map<Half, ArticleScore[]>, lang?: string): Figures =>
  summarize(
    [...scores.values()].flat().filter((x) => lang === undefined || langOf.get(x) === lang),
    topicIds,
  ).themes;
const f3 = (x: number) => x.toFixed(3);
const cell = (m: Figures) =>
  `${m.tp} / ${m.fp} / ${m.fn}  ${f3(m.precision)} / ${f3(m.recall)} / ${f3(m.f1)}`;
const describe = (s: Setting) =>
  `modelMargin=${s.modelMargin} smoothing=${s.smoothingFactor} minSections=${s.minSections} headingMarks=${s.headingMarks}${Object.entries(
    rules,
  )
    .map(([k, v]) => ` ${k}=${v}`)
    .join('')}`;

const termsOnly = crossValidate(null);
log(`cv-themes: terms only scored (${Date.now() - started} ms)`);

if (args.includes('--rules')) {
  // The propose and veto rules (session 12), each alone at the committed training, against today's (both off).
  const variants: [string, Partial<ClassifyTuning>][] = [['today (both off)', {}]];
  const only = (k: string) => args.some((a) => a === `--${k}`);
  if (!only('veto-only')) {
    for (const modelPropose of [8, 12, 16, 20, 24, 32, 40, 48, 64, 96, 128])
      variants.push([`modelPropose=${modelPropose}`, { modelPropose }]);
    for (const modelPropose of [8, 16, 24, 32, 48]) {
      for (const proposeTokens of [60, 150])
        variants.push([
          `modelPropose=${modelPropose} proposeTokens=${proposeTokens}`,
          { modelPropose, proposeTokens },
        ]);
      for (const proposeBelow of [30, 60, 100])
        variants.push([
          `modelPropose=${modelPropose} proposeBelow=${proposeBelow}`,
          { modelPropose, proposeBelow },
        ]);
      variants.push([`modelPropose=${modelPropose} proposeSilent`, { modelPropose, proposeSilent: true }]);
      variants.push([
        `modelPropose=${modelPropose} proposeWithTerms`,
        { modelPropose, proposeWithTerms: true },
      ]);
    }
    for (const modelPropose of [12, 20])
      variants.push([`modelPropose=${modelPropose} proposeMax=8`, { modelPropose, proposeMax: 8 }]);
  }
  if (!only('propose-only'))
    for (const modelVeto of [0, 4, 8, 12, 16, 24, 32, 40, 48, 64, 96, 128])
      variants.push([`modelVeto=${modelVeto}`, { modelVeto }]);
  if (!only('veto-only') && !only('propose-only'))
    for (const v of [
      { modelPropose: 32, modelVeto: 48 },
      { modelPropose: 48, modelVeto: 48 },
      { modelPropose: 64, modelVeto: 48 },
      { modelPropose: 32, proposeBelow: 60, modelVeto: 48 },
      { modelPropose: 32, proposeWithTerms: true, modelVeto: 48 },
      { modelPropose: 48, proposeWithTerms: true, modelVeto: 48 },
    ])
      variants.push([
        Object.entries(v)
          .map(([k, x]) => `${k}=${x}`)
          .join(' '),
        v,
      ]);
  // CV_RULES='[{"modelPropose":40}, …]' replaces the grid with these variants.
  if (process.env.CV_RULES)
    variants.splice(
      1,
      Infinity,
      ...(JSON.parse(process.env.CV_RULES) as Partial<ClassifyTuning>[]).map(
        (v) =>
          [
            Object.entries(v)
              .map(([k, x]) => `${k}=${x}`)
              .join(' '),
            v,
          ] as [string, Partial<ClassifyTuning>],
      ),
    );
  const scores = crossValidateWith(
    current,
    variants.map(([, v]) => ({ ...THRESHOLDS, modelMargin: current.modelMargin, ...v })),
  );
  console.log(`${'rule'.padEnd(48)}  ${'all TP / FP / FN'.padEnd(18)}  F1 all     en     zh`);
  for (const [i, [name]] of variants.entries()) {
    const all = pooled(scores[i]!);
    console.log(
      `${name.padEnd(48)}  ${`${all.tp} / ${all.fp} / ${all.fn}`.padEnd(18)}  ${f3(all.f1)}  ${f3(pooled(scores[i]!, 'en').f1)}  ${f3(pooled(scores[i]!, 'zh').f1)}`,
    );
  }
} else if (args.includes('--sweep')) {
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
  rows.push(['pooled en', cell(pooled(termsOnly, 'en')), cell(pooled(withModel, 'en'))]);
  rows.push(['pooled zh', cell(pooled(termsOnly, 'zh')), cell(pooled(withModel, 'zh'))]);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows)
    console.log(
      r
        .map((x, c) => x.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    );
}
