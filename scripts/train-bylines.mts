// (session 16) Cross-validates the byline fallback (functions/core/article/byline-fallback.ts) over the opened halves
// (OPENED_HALVES in test/eval/corpus.ts), against a logistic regression trained on the same candidates. Every article
// whose labels give `byline` (names, or [] for none) yields its candidates — names in a credit's shape in the top and
// foot lines — each labelled 1 when every name it proposes is a labelled writer; the model learns from every such
// article of the other halves, also those whose byline the rules already read (credits' shapes carry across kinds of
// page). Only what the fallback changes is counted: a page whose rules found no byline, whose byline check it turns
// from fail to pass (fixed), from pass to fail (broken: a name where the labels have none), or leaves failing with
// another name (wrong). The held-back half, blind and the sealed halves still closed are never read.
//   npm run train-bylines            (prints the cross-validation: the model per threshold, the rule the parser uses)
//   npm run train-bylines -- --check (exits 1 when the rule breaks a byline check, or the model at a threshold that
//                                     breaks none fixes more than the rule: then the choice is to be made again)
//   --verbose                        (each page the rule or the model names someone on)

import { readBlocks } from '../functions/core/article/blocks.ts';
import {
  type BylineCandidate,
  bylineCandidates,
  bylineFallbackSettings,
  writingCredit,
} from '../functions/core/article/byline-fallback.ts';
import { splitFrontMatter } from '../functions/core/article/front-matter.ts';
import { parseArticle } from '../functions/core/article/parse.ts';
import { readAsSimplified } from '../functions/core/hans.ts';
import { loadCorpus, OPENED_HALVES } from '../test/eval/corpus.ts';

const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99];
const TRAINING = { epochs: 200, rate: 0.5, l2: 1e-3 };
const verbose = process.argv.includes('--verbose');

const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();
const sameSet = (a: string[], b: string[]) =>
  new Set(a).size === new Set(b).size && b.every((n) => a.includes(n));

interface Page {
  half: string;
  slug: string;
  want: string[];
  /** The rules' byline (read with the fallback off). */
  rules: string[];
  candidates: (BylineCandidate & { y: 0 | 1 })[];
}

async function pages(): Promise<Page[]> {
  bylineFallbackSettings.on = false;
  const out: Page[] = [];
  for (const a of await loadCorpus('test/eval/corpus', OPENED_HALVES)) {
    const want = a.labels?.byline;
    if (a.source === undefined || !a.labels || !want) continue;
    const parsed = parseArticle(a.source, { file: a.file }).article;
    // The blocks as the parser reads them (parse.ts), for the candidates.
    const fm = splitFrontMatter(a.source.replace(/\r\n?/g, '\n'), a.file);
    const hans = readAsSimplified(fm.body);
    const blocks = readBlocks(hans?.text ?? fm.body, fm.bodyLineOffset, a.file, []);
    const wanted = new Set(want.map(squash));
    out.push({
      half: a.half,
      slug: a.slug,
      want: want.map(squash),
      rules: (parsed?.byline?.names ?? []).map(squash),
      candidates: bylineCandidates(blocks, a.labels.lang, true).map((c) => ({
        ...c,
        y: wanted.size > 0 && c.names.every((n) => wanted.has(squash(n))) ? 1 : 0,
      })),
    });
  }
  bylineFallbackSettings.on = true;
  return out;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Logistic regression, full-batch gradient descent, classes weighted alike; deterministic. */
function train(examples: readonly { features: string[]; y: 0 | 1 }[]) {
  const ids = new Map<string, number>();
  const rows = examples.map((e) => ({
    f: [...new Set(e.features)].map((x) => {
      if (!ids.has(x)) ids.set(x, ids.size);
      return ids.get(x)!;
    }),
    y: e.y,
  }));
  const pos = rows.filter((r) => r.y === 1).length;
  const wy = (y: number) => rows.length / (2 * Math.max(1, y === 1 ? pos : rows.length - pos));
  const w = new Float64Array(ids.size);
  let bias = 0;
  const n = Math.max(1, rows.length);
  for (let epoch = 0; epoch < TRAINING.epochs; epoch++) {
    const g = new Float64Array(ids.size);
    let gb = 0;
    for (const r of rows) {
      let z = bias;
      for (const f of r.f) z += w[f]!;
      const d = (sigmoid(z) - r.y) * wy(r.y);
      gb += d;
      for (const f of r.f) g[f]! += d;
    }
    bias -= (TRAINING.rate * gb) / n;
    for (let k = 0; k < w.length; k++) w[k] = w[k]! - TRAINING.rate * (g[k]! / n + TRAINING.l2 * w[k]!);
  }
  return (c: BylineCandidate) => {
    let z = bias;
    for (const f of new Set(c.features)) z += ids.has(f) ? w[ids.get(f)!]! : 0;
    return sigmoid(z);
  };
}

type Tally = { fixed: number; broken: number; wrong: number };
const tally = (): Tally => ({ fixed: 0, broken: 0, wrong: 0 });
function count(t: Tally, p: Page, pick: BylineCandidate | undefined, what: string, score?: number) {
  if (!pick) return;
  const names = pick.names.map(squash);
  const verdict = sameSet(names, p.want) ? 'fixed' : p.want.length === 0 ? 'broken' : 'wrong';
  t[verdict]++;
  if (verbose)
    process.stderr.write(
      `  ${what} ${verdict} ${p.half}/${p.slug}${score === undefined ? '' : ` ${score.toFixed(3)}`} [${names}] want [${p.want}]: ${pick.raw.slice(0, 120)}\n`,
    );
}

const all = await pages();
const halves = [...new Set(all.map((p) => p.half))];
const model = THRESHOLDS.map((t) => ({ t, ...tally() }));
const rule = tally();
let asked = 0;
let named = 0;
for (const half of halves) {
  const score = train(all.filter((p) => p.half !== half).flatMap((p) => p.candidates));
  for (const p of all) {
    if (p.half !== half || p.rules.length > 0) continue;
    asked++;
    if (p.want.length > 0) named++;
    count(rule, p, writingCredit(p.candidates), 'rule');
    let best: { c: BylineCandidate; p: number } | undefined;
    for (const c of p.candidates) {
      const s = score(c);
      if (!best || s > best.p) best = { c, p: s };
    }
    for (const r of model) count(r, p, best && best.p >= r.t ? best.c : undefined, `model@${r.t}`, best?.p);
  }
}
const cvTable = [
  `cross-validated over ${halves.length} halves: ${asked} pages the rules leave without a byline, ${named} of them labelled with one`,
  ...model.map(
    (r) => `  model, p ≥ ${r.t.toFixed(2)}: fixed ${r.fixed}, broken ${r.broken}, wrong name ${r.wrong}`,
  ),
  `  rule (the parser's): a writing credit next to the name: fixed ${rule.fixed}, broken ${rule.broken}, wrong name ${rule.wrong}`,
].join('\n');
console.log(cvTable);
if (process.argv.includes('--check')) {
  const better = model.filter((r) => r.broken === 0 && r.wrong === 0 && r.fixed > rule.fixed);
  if (rule.broken > 0 || rule.wrong > 0) {
    console.error(
      'the byline fallback names a wrong writer on an opened half: see npm run train-bylines -- --verbose',
    );
    process.exit(1);
  }
  if (better.length > 0) {
    console.error(
      `the model at p ≥ ${better[0]!.t} fixes more byline checks than the rule with none broken: choose again (test/eval/README.md, "The byline fallback")`,
    );
    process.exit(1);
  }
  console.log('the byline fallback: the rule breaks no byline check and no model threshold does better');
}
