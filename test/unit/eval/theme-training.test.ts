// What the theme model learns from (test/eval/theme-training.ts), shared by npm run train-themes and npm run
// cv-themes: the corpus parsed once, labelled sections paired with parsed ones, and leave-one-half-out folds.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../functions/adapters/fs/articles.ts';
import type { Half } from '../../eval/corpus.ts';
import { halfFolds, type ParsedArticle, parseCorpus, trainingSections } from '../../eval/theme-training.ts';

// One article per half, each with a word of its own (welders, nurses, chips), so a fold's training data shows
// which halves it came from.
const article = (title: string, heading: string, sentence: string) => `# ${title}

${sentence} The lead says so.

## ${heading}

${sentence} More follows in this section.
`;
const labels = (title: string, heading: string, required: string, acceptable: string) => `lang: en
title: ${title}
lead: { themes: { required: [industry], acceptable: [], forbidden: [] } }
sections:
  - heading: ${heading}
    themes: { required: [${required}], acceptable: [${acceptable}], forbidden: [] }
`;
const CORPUS: [Half, string, string, string, string, string, string][] = [
  [
    'tuning',
    'en-yard',
    'Yard hires welders',
    'Apprentices',
    'The yard trains welders.',
    'talent',
    'industry',
  ],
  ['fresh', 'en-ward', 'Ward hires nurses', 'Wards', 'The ward hires nurses.', 'health', ''],
  ['sealed', 'en-fab', 'Fab makes chips', 'Chips', 'The fab makes chips.', 'compute', 'industry'],
  ['heldback', 'en-dock', 'Dock hires pilots', 'Pilots', 'The dock hires pilots.', 'industry', ''],
];

let root: string;
let parsed: ParsedArticle[];
const HALVES: Half[] = ['tuning', 'fresh', 'sealed'];
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tidings-theme-training-'));
  for (const [half, slug, title, heading, sentence, required, acceptable] of CORPUS) {
    await mkdir(join(root, half), { recursive: true });
    await writeFile(join(root, half, `${slug}.md`), article(title, heading, sentence));
    await writeFile(join(root, half, `${slug}.labels.yaml`), labels(title, heading, required, acceptable));
  }
  // Labels that do not validate: the article cannot be scored, so it teaches nothing.
  await writeFile(join(root, 'fresh', 'en-bad.md'), article('Bad', 'Bad', 'Bad.'));
  await writeFile(join(root, 'fresh', 'en-bad.labels.yaml'), 'lang: en\ntitle: Bad\n');
  parsed = await parseCorpus(root, HALVES, readArticleFile);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('parseCorpus', () => {
  it('parses the usable articles of the halves asked for, once each, in half order; no other half', () => {
    expect(parsed.map((a) => `${a.half}/${a.slug}`)).toEqual([
      'tuning/en-yard',
      'fresh/en-ward',
      'sealed/en-fab',
    ]);
    for (const a of parsed) expect(a.result.article?.title).toBeDefined();
  });
});

describe('trainingSections', () => {
  it('pairs each labelled section with the parsed one the harness scores, with its themes', () => {
    const [lead, section] = trainingSections(parsed.slice(0, 1));
    expect(lead).toMatchObject({ required: ['industry'], acceptable: [] });
    expect(section).toMatchObject({ required: ['talent'], acceptable: ['industry'] });
    // The model's tokens of the parsed section: Porter2 stems, the heading's also marked.
    expect(section!.tokens).toEqual(expect.arrayContaining(['en:welder', 'en:h:apprentic', 'en:apprentic']));
    expect(lead!.tokens).toContain('en:welder');
  });

  it('gives the same sections in the same order for the same articles (deterministic training)', () => {
    expect(JSON.stringify(trainingSections(parsed))).toBe(JSON.stringify(trainingSections(parsed)));
    expect(trainingSections(parsed)).toHaveLength(6);
  });
});

describe('halfFolds', () => {
  // Built when the tests run, after the corpus is parsed.
  const foldsOf = () => halfFolds(parsed, HALVES);

  it('never trains on the half it scores, and scores every article exactly once', () => {
    const folds = foldsOf();
    expect(folds.map((f) => f.half)).toEqual(HALVES);
    for (const fold of folds) {
      expect(fold.test.length).toBeGreaterThan(0);
      expect(fold.test.every((a) => a.half === fold.half)).toBe(true);
      expect(fold.train.some((a) => a.half === fold.half)).toBe(false);
      expect([...fold.train, ...fold.test].sort((a, b) => a.slug.localeCompare(b.slug))).toEqual(
        [...parsed].sort((a, b) => a.slug.localeCompare(b.slug)),
      );
    }
    expect(folds.flatMap((f) => f.test)).toEqual(parsed);
  });

  it("keeps the scored half's words out of the fold's training sections", () => {
    const own: Record<string, string> = { tuning: 'en:welder', fresh: 'en:nurs', sealed: 'en:chip' };
    for (const fold of foldsOf()) {
      const tokens = new Set(trainingSections(fold.train).flatMap((s) => s.tokens));
      expect(tokens.has(own[fold.half]!)).toBe(false);
      for (const [half, word] of Object.entries(own))
        if (half !== fold.half) expect(tokens.has(word)).toBe(true);
    }
  });
});
