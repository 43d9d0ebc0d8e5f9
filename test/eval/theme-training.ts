// What the theme model learns from (docs/themes.md, "A second signal"), shared by `npm run train-themes`
// (scripts/train-themes.mts: every opened half) and `npm run cv-themes` (scripts/cv-themes.mts: every opened half
// but the one it scores): the opened halves' articles parsed once, and each labelled section paired with the parsed
// section the harness scores it against.
import type { ParseResult } from '../../functions/core/article/types.ts';
import type { TrainingSection } from '../../functions/core/topics/model.ts';
import { sectionTokens } from '../../functions/core/topics/model-tokens.ts';
import { type CorpusArticle, type Half, loadCorpus } from './corpus.ts';
import type { Labels } from './labels.ts';
import { scoreArticle } from './score.ts';

/** One corpus article with valid labels, parsed once. */
export interface ParsedArticle {
  half: Half;
  slug: string;
  labels: Labels;
  source: string;
  result: ParseResult;
}

/**
 * The articles of these halves that can be scored (labels valid, source read), each parsed once with `parse`
 * (readArticleFile, as the harness parses), in half then slug order. `progress` is told after each article.
 */
export async function parseCorpus(
  root: string,
  halves: readonly Half[],
  parse: (file: string) => Promise<ParseResult>,
  progress?: (done: number, total: number) => void,
): Promise<ParsedArticle[]> {
  const usable = (await loadCorpus(root, halves)).filter(
    (a): a is CorpusArticle & { labels: Labels; source: string } =>
      a.labels !== undefined && a.source !== undefined && a.problems.length === 0,
  );
  const out: ParsedArticle[] = [];
  for (const [i, a] of usable.entries()) {
    out.push({ half: a.half, slug: a.slug, labels: a.labels, source: a.source, result: await parse(a.file) });
    progress?.(i + 1, usable.length);
  }
  return out;
}

/**
 * The labelled sections of parsed articles as the model learns them: each labelled section's themes, with the
 * tokens of the parsed section the harness compares it with (`scoreArticle`'s pairing); a labelled section with no
 * parsed counterpart, or an article the parser gave nothing for, teaches nothing. In article then section order.
 */
export function trainingSections(articles: readonly ParsedArticle[]): TrainingSection[] {
  const out: TrainingSection[] = [];
  for (const a of articles) {
    const article = a.result.article;
    if (!article) continue;
    const parsed = [article.lead, ...article.sections];
    for (const scored of scoreArticle(a.labels, a.source, { result: a.result }).sections) {
      const section = parsed.find((s) => s.id === scored.matched);
      if (!section) continue;
      const want =
        scored.label === 'lead'
          ? a.labels.lead?.themes
          : a.labels.sections[Number(scored.label.slice('section '.length)) - 1]?.themes;
      out.push({
        tokens: sectionTokens(section, article.lang),
        required: want?.required ?? [],
        acceptable: want?.acceptable ?? [],
      });
    }
  }
  return out;
}

/** One fold of leave-one-half-out cross-validation: learn from `train`, score `test` (the half left out). */
export interface Fold<T> {
  half: Half;
  train: T[];
  test: T[];
}

/** Leave-one-half-out folds, one per half in `halves` order: every item of the other halves trains, and the left-out
 * half's items are only scored — never trained on. Order within each list is the items' order. */
export function halfFolds<T extends { half: Half }>(items: readonly T[], halves: readonly Half[]): Fold<T>[] {
  return halves.map((half) => ({
    half,
    train: items.filter((i) => i.half !== half),
    test: items.filter((i) => i.half === half),
  }));
}
