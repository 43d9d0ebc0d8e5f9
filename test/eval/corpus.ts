// Loads the evaluation corpus: `<root>/<half>/<slug>.md` with `<slug>.labels.yaml` beside it.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Labels, parseLabels } from './labels.ts';

/**
 * `tuning` and `heldback` are the split of issue 11 (balanced; the budget is judged on heldback). `fresh`, `blind`
 * and `sealed` were written later, each blind, by someone who never saw the other halves or any results:
 * independent measures, reported but never budgeted, and not part of the split's balance. `fresh` was measured blind
 * and then opened for tuning; `blind` is never seen by whoever tunes (the lead measures it and may judge changes
 * by its figures); `sealed` to `sealed28` are measured only before and after a round of work (each was written
 * when the one before it was opened). Default runs leave out the last twenty-nine.
 */
export const HALVES = [
  'tuning',
  'heldback',
  'fresh',
  'blind',
  'sealed',
  'sealed2',
  'sealed3',
  'sealed4',
  'sealed5',
  'sealed6',
  'sealed7',
  'sealed8',
  'sealed9',
  'sealed10',
  'sealed11',
  'sealed12',
  'sealed13',
  'sealed14',
  'sealed15',
  'sealed16',
  'sealed17',
  'sealed18',
  'sealed19',
  'sealed20',
  'sealed21',
  'sealed22',
  'sealed23',
  'sealed24',
  'sealed25',
  'sealed26',
  'sealed27',
  'sealed28',
] as const;
export type Half = (typeof HALVES)[number];
/**
 * The halves opened for tuning (README): what the learned models (npm run train-themes, npm run train-page-lines)
 * may learn from. Never the held-back half (the budget), blind, or a sealed half still closed.
 */
export const OPENED_HALVES = [
  'tuning',
  'fresh',
  ...HALVES.filter(
    (h) => /^sealed\d*$/.test(h) && !(['sealed26', 'sealed27', 'sealed28'] as readonly Half[]).includes(h),
  ),
] as const satisfies readonly Half[];
/** The two halves of the original split, balanced against each other (`--half both`). */
export const SPLIT = ['tuning', 'heldback'] as const satisfies readonly Half[];
/** What a default run (`--half all`) measures: every half but the sealed ones. */
export const DEFAULT_HALVES = ['tuning', 'heldback', 'fresh'] as const satisfies readonly Half[];
/** Halves run and shown only when asked for by name. */
export const isSealed = (half: Half): boolean => !(DEFAULT_HALVES as readonly Half[]).includes(half);
export type SplitHalf = (typeof SPLIT)[number];
export const inSplit = (half: Half): half is SplitHalf => (SPLIT as readonly Half[]).includes(half);
/** Halves outside the split: reported beside it, never judged against the budget. */
export const isOutsideSplit = (half: Half): boolean => !inSplit(half);

export const DEFAULT_CORPUS = 'test/eval/corpus';

export interface CorpusArticle {
  half: Half;
  slug: string;
  /** Path of the article (`.md`). */
  file: string;
  labelsFile: string;
  source?: string;
  labels?: Labels;
  /** Problems with the pair itself (missing file, invalid labels); the article cannot be scored while any exist. */
  problems: string[];
}

/** Every article of the given halves, in half then slug order; a missing half directory is an empty half. */
export async function loadCorpus(root: string, halves: readonly Half[]): Promise<CorpusArticle[]> {
  const out: CorpusArticle[] = [];
  for (const half of halves) {
    const dir = join(root, half);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    const slugs = new Set<string>();
    for (const name of names) {
      if (name.startsWith('.')) continue;
      if (name.endsWith('.labels.yaml')) slugs.add(name.slice(0, -'.labels.yaml'.length));
      else if (name.endsWith('.md')) slugs.add(name.slice(0, -'.md'.length));
    }
    for (const slug of [...slugs].sort()) out.push(await loadOne(dir, half, slug));
  }
  return out;
}

async function loadOne(dir: string, half: Half, slug: string): Promise<CorpusArticle> {
  const file = join(dir, `${slug}.md`);
  const labelsFile = join(dir, `${slug}.labels.yaml`);
  const article: CorpusArticle = { half, slug, file, labelsFile, problems: [] };
  if (!/^(zh|en)-[a-z0-9][a-z0-9-]*$/u.test(slug)) {
    article.problems.push(
      `the slug "${slug}" must be zh-<short-name> or en-<short-name> (lower case, digits, -)`,
    );
  }
  try {
    article.source = await readFile(file, 'utf8');
  } catch {
    article.problems.push(`${slug}.md is missing: every labels file needs its article beside it`);
  }
  let yamlText: string | undefined;
  try {
    yamlText = await readFile(labelsFile, 'utf8');
  } catch {
    article.problems.push(`${slug}.labels.yaml is missing: write the labels before the article is evaluated`);
  }
  if (yamlText !== undefined) {
    const { labels, problems } = parseLabels(yamlText);
    article.labels = labels;
    article.problems.push(...problems.map((p) => `${slug}.labels.yaml: ${p}`));
    const prefix = slug.slice(0, 2);
    if (labels && (prefix === 'zh' || prefix === 'en') && labels.lang !== prefix) {
      article.problems.push(
        `${slug}.labels.yaml: lang is ${labels.lang} but the slug starts with ${prefix}-`,
      );
    }
  }
  return article;
}
