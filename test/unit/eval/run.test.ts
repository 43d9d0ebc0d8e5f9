// `npm run eval -- --check` on a small corpus in a temporary directory, and the run's exit codes and output with a
// fake parser (the real one is measured by `npm run eval`, not asserted here).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseLabels } from '../../eval/labels.ts';
import { type EvalDeps, runCheck, runEval } from '../../eval/run.ts';
import type { Outcome } from '../../eval/score.ts';

const TOPICS = ['compute', 'models', 'industry', 'health', 'talent', 'governance', 'robotics', 'policy'];
const ARTICLE = `# Yard hires welders

By Ann Lee | Updated March 3, 2026 at 4:12 p.m. ET

## Training

*Welders at the yard. Photo: Tom Ray/Reuters*

The yard said it would train 40 apprentices this year.
`;
const LABELS = `lang: en
shape: [byline-pipe]
title: Yard hires welders
byline: [Ann Lee]
sections:
  - heading: Training
    themes: { required: [talent], acceptable: [industry], forbidden: [robotics] }
figures:
  - { caption: Welders at the yard, credit: "Photo: Tom Ray/Reuters" }
never_in_body: ["By Ann Lee | Updated March 3, 2026"]
`;

let root: string;
const lines: string[] = [];
const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`ERR ${l}`) };
const topicIds = async () => TOPICS;

async function put(half: string, slug: string, md: string | undefined, labels: string | undefined) {
  await mkdir(join(root, half), { recursive: true });
  if (md !== undefined) await writeFile(join(root, half, `${slug}.md`), md);
  if (labels !== undefined) await writeFile(join(root, half, `${slug}.labels.yaml`), labels);
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tidings-eval-'));
  lines.length = 0;
  await put('tuning', 'en-yard', ARTICLE, LABELS);
  await put('heldback', 'en-dock', ARTICLE.replace('40', '50'), LABELS);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('eval --check', () => {
  it('accepts labels whose strings all occur in their article', async () => {
    expect(await runCheck({ corpus: root }, { topicIds }, io)).toBe(0);
    expect(lines.at(-1)).toMatch(/2 labels files consistent.*tuning: 1 \(en 1, zh 0\)/);
  });

  it('names a label string that does not occur in the article', async () => {
    await put(
      'tuning',
      'en-yard',
      undefined,
      LABELS.replace('Photo: Tom Ray/Reuters', 'Photo: Tom Roy/Reuters'),
    );
    expect(await runCheck({ corpus: root }, { topicIds }, io)).toBe(1);
    expect(lines).toContain(
      'tuning/en-yard.labels.yaml: figures.0.credit "Photo: Tom Roy/Reuters" does not occur in en-yard.md',
    );
  });

  it('finds strings across line breaks and emphasis, and a join whose B comes before A', async () => {
    await put(
      'tuning',
      'en-yard',
      undefined,
      `${LABELS}joins: [[said it, would train], [this year, The yard]]\ncut_off: ["train 40\\n  apprentices"]\n`,
    );
    expect(await runCheck({ corpus: root }, { topicIds }, io)).toBe(1);
    expect(lines.filter((l) => l.startsWith('tuning/'))).toEqual([
      'tuning/en-yard.labels.yaml: joins.1: "The yard" does not occur after "this year" in en-yard.md',
    ]);
  });

  it('rejects unknown keys, unknown topics, overlapping theme lists and a missing article', async () => {
    await put(
      'tuning',
      'en-yard',
      undefined,
      LABELS.replace('forbidden: [robotics]', 'forbidden: [talent, robots]'),
    );
    await put('heldback', 'en-orphan', undefined, `${LABELS}never_in_bdy: [x]\n`);
    expect(await runCheck({ corpus: root }, { topicIds }, io)).toBe(1);
    expect(lines).toEqual(
      expect.arrayContaining([
        'tuning/en-yard.labels.yaml: sections.0.themes: "talent" is both required and forbidden',
        'heldback/en-orphan.md is missing: every labels file needs its article beside it',
        expect.stringMatching(/^heldback\/en-orphan\.labels\.yaml: \(top level\): .*never_in_bdy/),
      ]),
    );
    const labels = parseLabels(LABELS.replace('forbidden: [robotics]', 'forbidden: [robots]')).labels!;
    expect(labels).toBeDefined();
    await put('tuning', 'en-yard', undefined, LABELS.replace('forbidden: [robotics]', 'forbidden: [robots]'));
    lines.length = 0;
    await rm(join(root, 'heldback', 'en-orphan.labels.yaml'));
    expect(await runCheck({ corpus: root }, { topicIds }, io)).toBe(1);
    expect(lines[0]).toMatch(/sections\.0\.themes\.forbidden: "robots" is not a topic id/);
  });

  it('requires both halves, balanced by language and shape', async () => {
    await put('tuning', 'en-extra', ARTICLE, LABELS.replace('[byline-pipe]', '[byline-pipe, table]'));
    await put('tuning', 'en-more', ARTICLE, LABELS);
    expect(await runCheck({ corpus: root }, { topicIds }, io)).toBe(1);
    expect(lines).toEqual(
      expect.arrayContaining([
        'en: 3 articles in tuning and 1 in heldback: split them evenly',
        'en: shapes only in tuning (add them to heldback): table',
      ]),
    );
    lines.length = 0;
    await rm(join(root, 'heldback'), { recursive: true });
    expect(await runCheck({ corpus: root }, { topicIds }, io)).toBe(1);
    expect(lines).toContain('the heldback half has no articles');
  });

  it('checks the fresh half like the others but leaves it out of the split’s balance', async () => {
    await put('fresh', 'en-quay', ARTICLE, LABELS.replace('[byline-pipe]', '[byline-pipe, only-fresh]'));
    await put('fresh', 'en-wharf', ARTICLE, LABELS);
    expect(await runCheck({ corpus: root }, { topicIds }, io)).toBe(0);
    expect(lines.at(-1)).toMatch(/4 labels files .*heldback: 1 \(en 1, zh 0\); fresh: 2 \(en 2, zh 0\)/);
    await put('fresh', 'en-wharf', undefined, LABELS.replace('Yard hires', 'Wharf hires'));
    lines.length = 0;
    expect(await runCheck({ corpus: root, half: 'fresh' }, { topicIds }, io)).toBe(1);
    expect(lines[0]).toBe(
      'fresh/en-wharf.labels.yaml: title "Wharf hires welders" does not occur in en-wharf.md',
    );
  });
});

describe('eval run', () => {
  // A fake parser that gets en-yard right and leaks the byline line in en-dock and en-quay.
  const outcome = (slug: string): Outcome => ({
    result: {
      article: {
        title: 'Yard hires welders',
        byline: { raw: '', names: ['Ann Lee'] },
        lead: { id: 'lead', heading: 'Yard hires welders', paragraphs: [] },
        sections: [
          {
            id: 's1',
            heading: 'Training',
            paragraphs: [
              {
                text:
                  slug === 'en-dock' || slug === 'en-quay'
                    ? 'By Ann Lee | Updated March 3, 2026 at 4:12 p.m. ET'
                    : 'Text.',
                line: 9,
              },
            ],
          },
        ],
        figures: [{ caption: 'Welders at the yard.', credit: 'Photo: Tom Ray/Reuters' }],
        repairs: [],
      },
      diagnostics: [],
    },
    themes: [{ sectionId: 's1', themes: [{ topic: 'talent' }] }],
  });
  const deps: EvalDeps = { topicIds, ingest: async (file) => outcome(file.split('/').pop()!.slice(0, -3)) };

  it('exits 1 below the held-back budget, prints what failed and the summary per half', async () => {
    const out = join(root, 'eval.json');
    expect(await runEval({ corpus: root, out }, deps, io)).toBe(1);
    expect(lines).toContain(
      'tuning/en-yard  structure 5/5  leaked 0  false joins 0  themes TP 1 FP 0 FN 0  ok',
    );
    expect(lines).toContain('  leaked: "By Ann Lee | Updated March 3, 2026" is in the body (s1 ¶1)');
    expect(lines.some((l) => l.startsWith('held-back budget missed: leaked 1 > 0'))).toBe(true);
    const report = JSON.parse(await readFile(out, 'utf8'));
    expect(report.halves.heldback).toMatchObject({ articles: 1, leaked: 1, themes: { f1: 1 } });
    expect(report.articles).toHaveLength(2);
  });

  it('judges only the held-back half: the tuning half alone exits 0', async () => {
    expect(await runEval({ corpus: root, out: join(root, 'e.json'), half: 'tuning' }, deps, io)).toBe(0);
    expect(lines.some((l) => l.includes('heldback'))).toBe(false);
  });

  it('--summary-only prints no per-article lines and keeps them out of the report', async () => {
    const out = join(root, 'eval.json');
    await runEval({ corpus: root, out, summaryOnly: true }, deps, io);
    expect(lines.some((l) => l.includes('en-dock') || l.includes('leaked:'))).toBe(false);
    expect(lines.some((l) => l.includes('== heldback =='))).toBe(true);
    expect(JSON.parse(await readFile(out, 'utf8')).articles).toBeUndefined();
  });

  it('reports fresh, blind and sealed without judging them; the last two only by name, failures only then', async () => {
    // A clean held-back half, and fresh and blind halves that leak: the budget is met, the others are only reported.
    await rm(join(root, 'heldback'), { recursive: true });
    await put('heldback', 'en-pier', ARTICLE, LABELS);
    await put('fresh', 'en-dock', ARTICLE, LABELS);
    await put('blind', 'en-quay', ARTICLE, LABELS);
    await put('sealed', 'en-jetty', ARTICLE, LABELS);
    const out = join(root, 'eval.json');
    expect(await runEval({ corpus: root, out }, deps, io)).toBe(0);
    expect(lines).toContain('held-back budget met');
    expect(lines.some((l) => l.includes('== fresh =='))).toBe(true);
    expect(lines).toContain(
      'fresh: reported only, not judged against the budget (the budget is the held-back half’s)',
    );
    // The fresh half has been opened for tuning: its failures are shown like the tuning half's.
    expect(lines).toContain('  leaked: "By Ann Lee | Updated March 3, 2026" is in the body (s1 ¶1)');
    // The blind and sealed halves: a default run neither measures nor names them.
    expect(lines.some((l) => /blind|sealed|en-quay|en-jetty/.test(l))).toBe(false);
    const report = JSON.parse(await readFile(out, 'utf8'));
    expect(report.halves.fresh).toMatchObject({ articles: 1, leaked: 1 });
    expect(report.halves.blind).toBeUndefined();
    expect(report.halves.sealed).toBeUndefined();
    expect(report.budget).toMatchObject({ judged: true, met: true });
    expect(report.articles.map((a: { slug: string }) => a.slug)).toEqual(['en-yard', 'en-pier', 'en-dock']);

    lines.length = 0;
    expect(await runEval({ corpus: root, out, half: 'blind', summaryOnly: true }, deps, io)).toBe(0);
    expect(lines.some((l) => l.includes('== blind =='))).toBe(true);
    expect(lines.some((l) => l.includes('leaked:') || l.includes('en-quay'))).toBe(false);
    expect(JSON.parse(await readFile(out, 'utf8')).halves.blind).toMatchObject({ articles: 1, leaked: 1 });
    expect(await runEval({ corpus: root, out, half: 'sealed' }, deps, io)).toBe(0);
    expect(lines.some((l) => l.includes('== sealed =='))).toBe(true);

    lines.length = 0;
    expect(await runEval({ corpus: root, out, half: 'blind' }, deps, io)).toBe(0);
    expect(lines).toContain('  leaked: "By Ann Lee | Updated March 3, 2026" is in the body (s1 ¶1)');
    expect(lines.some((l) => l.includes('held-back budget'))).toBe(false);

    lines.length = 0;
    await runEval({ corpus: root, out, half: 'both', summaryOnly: true }, deps, io);
    expect(lines.some((l) => l.includes('== heldback =='))).toBe(true);
    expect(lines.some((l) => l.includes('fresh') || l.includes('blind'))).toBe(false);
  });

  it('survives a parser that throws, and names an unknown --article', async () => {
    const throwing: EvalDeps = {
      topicIds,
      ingest: async () => {
        throw new Error('boom');
      },
    };
    expect(await runEval({ corpus: root, out: join(root, 'e.json') }, throwing, io)).toBe(1);
    expect(lines).toContain('  note: the parser gave no article: the parser threw: Error: boom');
    expect(await runEval({ corpus: root, article: 'en-nope' }, deps, io)).toBe(2);
    expect(lines.at(-1)).toMatch(/no article "en-nope"/);
  });
});
