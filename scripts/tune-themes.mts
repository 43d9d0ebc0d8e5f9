// Chooses the classifier's thresholds on the tuning and (spent) fresh halves of the evaluation corpus together
// (never the held-back or blind halves): a grid over ClassifyTuning, keeping only settings under which the seed
// articles keep their tested expectations (test/unit/topics/classify.test.ts), best theme F1 first. `show` prints
// the current THRESHOLDS' figures; `key=value` arguments change one setting (subject=false turns the article-subject rule off).
//   npx tsx scripts/tune-themes.mts [grid|show] [key=value …]
import { readFileSync } from 'node:fs';
import { readArticleFile } from '../functions/adapters/fs/articles.ts';
import { loadTaxonomyFile } from '../functions/adapters/fs/taxonomy.ts';
import { parseArticle } from '../functions/core/article/parse.ts';
import { type ClassifyTuning, classifyArticle, THRESHOLDS } from '../functions/core/topics/classify.ts';
import { loadCorpus } from '../test/eval/corpus.ts';
import { scoreArticle, summarize } from '../test/eval/score.ts';

const taxonomy = await loadTaxonomyFile();
const corpus = (await loadCorpus('test/eval/corpus', ['tuning', 'fresh'])).filter((a) => a.labels);
const overrides = Object.fromEntries(
  process.argv
    .slice(2)
    .filter((a) => a.includes('='))
    .map((a) => {
      const [key, value] = a.split('=');
      return [key, value === 'true' ? true : value === 'false' ? false : Number(value)];
    }),
) as Partial<ClassifyTuning>;
const base: ClassifyTuning = { ...THRESHOLDS, ...overrides };
const parsed = await Promise.all(corpus.map(async (a) => ({ a, result: await readArticleFile(a.file) })));
const ids = taxonomy.topics.map((t) => t.id);
const seed = (file: string) => parseArticle(readFileSync(file, 'utf8'), { file }).article!;
const zh = seed('content/articles/ai-shanghai-2025.md');
const en = seed('content/articles/northbridge-ai-hospitals.md');

/** The seed expectations of classify.test.ts, as a yes/no question. */
function seedHolds(t: ClassifyTuning): boolean {
  const of = (themes: ReturnType<typeof classifyArticle>, id: string) =>
    themes.find((s) => s.sectionId === id)!.themes;
  const has = (themes: ReturnType<typeof classifyArticle>, id: string, topic: string) =>
    of(themes, id).some((m) => m.topic === topic);
  const z = classifyArticle(zh, taxonomy, t);
  const e = classifyArticle(en, taxonomy, t);
  const paragraphs = (id: string, topic: string) =>
    JSON.stringify(of(z, id).find((m) => m.topic === topic)?.paragraphs);
  return (
    of(z, 'lead')[0]?.topic === 'compute' &&
    ['policy', 'models', 'industry'].every((x) => has(z, 'lead', x)) &&
    !has(z, 'lead', 'health') &&
    !has(z, 'lead', 'talent') &&
    has(z, 's1', 'industry') &&
    has(z, 's1', 'governance') &&
    !has(z, 's1', 'robotics') &&
    !has(z, 's1', 'health') &&
    paragraphs('s1', 'governance') === '[1]' &&
    ['health', 'industry', 'models'].every((x) => has(z, 's2', x)) &&
    paragraphs('s2', 'health') === '[1]' &&
    of(z, 's3')[0]?.topic === 'talent' &&
    !has(z, 's3', 'health') &&
    !has(z, 's3', 'governance') &&
    JSON.stringify([...(of(z, 's3')[0]?.paragraphs ?? [])].sort()) === '[0,1,2,3]' &&
    of(e, 's1')[0]?.topic === 'health' &&
    !has(e, 's1', 'compute') &&
    of(e, 's2')[0]?.topic === 'compute' &&
    has(e, 's2', 'robotics') &&
    of(e, 's3')[0]?.topic === 'talent' &&
    of(e, 's4')[0]?.topic === 'governance'
  );
}

function run(t: ClassifyTuning, half?: string) {
  const scores = parsed
    .filter(({ a }) => !half || a.half === half)
    .map(({ a, result }) =>
      scoreArticle(a.labels!, a.source!, {
        result,
        themes: result.article ? classifyArticle(result.article, taxonomy, t) : undefined,
      }),
    );
  return summarize(scores, ids) as unknown as {
    themes: { precision: number; recall: number; f1: number };
    perTheme: unknown;
  };
}

const grid: Partial<Record<keyof ClassifyTuning, number[]>> = {
  paragraphScore: [3, 4],
  paragraphShare: [0.3, 0.4, 0.5],
  carryShare: [0.2, 0.3, 0.4],
  density: [2, 3, 4],
  minShare: [0.2, 0.25, 0.3],
  paragraphLead: [5, 6, 8, Number.POSITIVE_INFINITY],
  richTerms: [3, 4, Number.POSITIVE_INFINITY],
};

const fmt = (m: { precision: number; recall: number; f1: number }) =>
  `P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} F1 ${m.f1.toFixed(3)}`;

if (process.argv[2] === 'show') {
  console.log('seed expectations hold:', seedHolds(base));
  for (const half of [undefined, 'tuning', 'fresh']) {
    const s = run(base, half);
    console.log(half ?? 'tuning+fresh', fmt(s.themes), JSON.stringify(s.perTheme));
  }
} else {
  let settings: ClassifyTuning[] = [base];
  for (const [key, values] of Object.entries(grid) as [keyof ClassifyTuning, number[]][]) {
    settings = settings.flatMap((t) => values.map((v) => ({ ...t, [key]: v })));
  }
  const results: [number, string][] = [];
  for (const t of settings) {
    if (!seedHolds(t)) continue;
    const m = run(t).themes;
    const changed = Object.fromEntries(Object.keys(grid).map((k) => [k, t[k as keyof ClassifyTuning]]));
    const [tuning, fresh] = [run(t, 'tuning').themes.f1, run(t, 'fresh').themes.f1];
    results.push([
      m.f1,
      `${JSON.stringify(changed)} ${fmt(m)} (tuning ${tuning.toFixed(3)}, fresh ${fresh.toFixed(3)})`,
    ]);
  }
  results.sort((x, y) => y[0] - x[0]);
  console.log(`${results.length} of ${settings.length} settings keep the seed expectations`);
  for (const [, line] of results.slice(0, 20)) console.log(line);
}
