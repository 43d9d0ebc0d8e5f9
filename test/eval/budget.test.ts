// Issue 11: `npm run eval` in CI. The real parser and classifier on both halves of the evaluation corpus, summaries
// only (the held-back half's per-article failures stay unread). The held-back half is held at the budget
// (structure ≥ 98 %, leaked 0, false joins 0, theme F1 ≥ 0.90), met since session 3 (docs/themes.md has the figures);
// the tuning half at its measured figures.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectDeps, runEval } from './run.ts';
import { BUDGET, type Summary } from './score.ts';

/** The budget for the held-back half, which it meets (theme F1 0.908 measured, docs/themes.md). */
const heldbackFloor = { structurePercent: 98, leaked: 0, falseJoins: 0, themeF1: 0.9 };
/** Measured on the tuning half, which the thresholds were chosen on (theme F1 0.961). */
const tuningFloor = { structurePercent: 100, leaked: 0, falseJoins: 0, themeF1: 0.96 };

let dir: string;
let report: { budget: { met: boolean; misses: string[] }; halves: Record<'tuning' | 'heldback', Summary> };
let code: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tidings-eval-budget-'));
  const out = join(dir, 'eval.json');
  const quiet = { out: () => {}, err: () => {} };
  code = await runEval({ half: 'both', summaryOnly: true, out }, await projectDeps(), quiet);
  report = JSON.parse(await readFile(out, 'utf8'));
}, 240_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const within = (s: Summary, floor: typeof heldbackFloor) => {
  expect(s.structure.percent).toBeGreaterThanOrEqual(floor.structurePercent);
  expect(s.leaked).toBeLessThanOrEqual(floor.leaked);
  expect(s.falseJoins).toBeLessThanOrEqual(floor.falseJoins);
  expect(s.themes.f1).toBeGreaterThanOrEqual(floor.themeF1);
};

describe('the evaluation corpus (npm run eval)', () => {
  it('scores every article of both halves', () => {
    expect(code).not.toBe(2); // 2: broken labels, nothing measured
    expect(report.halves.tuning.articles).toBeGreaterThanOrEqual(20);
    expect(report.halves.heldback.articles).toBeGreaterThanOrEqual(20);
  });

  it('keeps the tuning half at its measured figures', () => {
    within(report.halves.tuning, tuningFloor);
  });

  it('keeps the held-back half at or above its measured floor, and reports the budget honestly', () => {
    within(report.halves.heldback, heldbackFloor);
    // The exit code and the report agree with the budget; when it is met, the floor above must be raised to it.
    expect(code).toBe(report.budget.met ? 0 : 1);
    if (report.budget.met) expect(heldbackFloor).toEqual(BUDGET);
  });
});
