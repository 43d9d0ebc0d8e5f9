// `npm run eval -- --check`: the labels checked against their articles without running the parser, so a label
// that could never pass (a typo, a string edited out of the article, an unknown topic) is found before it counts.
import type { Lang } from '../../functions/core/types.ts';
import { type CorpusArticle, inSplit, type SplitHalf } from './corpus.ts';
import { topicsNamed } from './labels.ts';
import { clip, fold, foldNeedle } from './text.ts';

/** Problems with one article's labels, each one line naming the file and the key. */
export function checkArticle(article: CorpusArticle, topicIds: ReadonlySet<string>): string[] {
  const problems = [...article.problems];
  const { labels, source, slug } = article;
  if (!labels || source === undefined) return problems;
  const lang: Lang = labels.lang;
  const where = `${slug}.labels.yaml`;
  const folded = fold(source, lang).text;
  const at = (needle: string) => folded.indexOf(foldNeedle(needle, lang));
  const occurs = (key: string, needle: string): void => {
    if (at(needle) < 0) problems.push(`${where}: ${key} "${clip(needle)}" does not occur in ${slug}.md`);
  };
  const inOrder = (key: string, [a, b]: [string, string]): void => {
    const ia = at(a);
    if (ia < 0) occurs(`${key}[0]`, a);
    else if (at(b) < 0) occurs(`${key}[1]`, b);
    else if (folded.indexOf(foldNeedle(b, lang), ia + foldNeedle(a, lang).length) < 0) {
      problems.push(`${where}: ${key}: "${clip(b)}" does not occur after "${clip(a)}" in ${slug}.md`);
    }
  };

  for (const { where: key, topic } of topicsNamed(labels)) {
    if (!topicIds.has(topic)) {
      problems.push(`${where}: ${key}: "${topic}" is not a topic id (known: ${[...topicIds].join(', ')})`);
    }
  }
  occurs('title', labels.title);
  for (const [i, name] of (labels.byline ?? []).entries()) occurs(`byline.${i}`, name);
  if (labels.meta?.source) occurs('meta.source', labels.meta.source);
  if (labels.meta?.editor) occurs('meta.editor', labels.meta.editor);
  for (const [i, s] of labels.sections.entries()) {
    occurs(`sections.${i}.heading`, s.heading);
    if (s.group) occurs(`sections.${i}.group`, s.group);
  }
  for (const [i, f] of (labels.figures ?? []).entries()) {
    occurs(`figures.${i}.caption`, f.caption);
    if (f.credit) occurs(`figures.${i}.credit`, f.credit);
  }
  for (const [i, s] of (labels.never_in_body ?? []).entries()) occurs(`never_in_body.${i}`, s);
  for (const [i, pair] of (labels.joins ?? []).entries()) inOrder(`joins.${i}`, pair);
  for (const [i, pair] of (labels.never_join ?? []).entries()) inOrder(`never_join.${i}`, pair);
  for (const [i, s] of (labels.cut_off ?? []).entries()) occurs(`cut_off.${i}`, s);
  return problems;
}

/**
 * The split itself: per language, both halves present, article counts within one (or 10 %) of each other, and
 * every shape tag used in one half also used in the other (EVAL-LABELS.md: balanced by shape). The `fresh` and
 * `blind` halves are not part of the split: each is written on its own and balanced against nothing.
 */
export function checkBalance(articles: CorpusArticle[]): string[] {
  const problems: string[] = [];
  const byLang = new Map<Lang, Record<SplitHalf, CorpusArticle[]>>();
  for (const a of articles) {
    const half = a.half;
    if (!a.labels || !inSplit(half)) continue;
    const entry = byLang.get(a.labels.lang) ?? { tuning: [], heldback: [] };
    entry[half].push(a);
    byLang.set(a.labels.lang, entry);
  }
  if (articles.every((a) => a.half !== 'heldback')) problems.push('the heldback half has no articles');
  if (articles.every((a) => a.half !== 'tuning')) problems.push('the tuning half has no articles');
  for (const [lang, halves] of byLang) {
    const t = halves.tuning.length;
    const h = halves.heldback.length;
    if (Math.abs(t - h) > Math.max(1, Math.round((t + h) / 10))) {
      problems.push(`${lang}: ${t} articles in tuning and ${h} in heldback: split them evenly`);
    }
    const shapes = (list: CorpusArticle[]) => new Set(list.flatMap((a) => a.labels?.shape ?? []));
    const st = shapes(halves.tuning);
    const sh = shapes(halves.heldback);
    const onlyT = [...st].filter((s) => !sh.has(s));
    const onlyH = [...sh].filter((s) => !st.has(s));
    if (onlyT.length > 0)
      problems.push(`${lang}: shapes only in tuning (add them to heldback): ${onlyT.join(', ')}`);
    if (onlyH.length > 0)
      problems.push(`${lang}: shapes only in heldback (add them to tuning): ${onlyH.join(', ')}`);
  }
  return problems;
}
