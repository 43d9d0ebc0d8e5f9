// Every `joined-paragraphs` repair on the opened halves, by the path that made it (its evidence kind, or a guess),
// and what the labels say of it: confirmed (a labelled `joins` pair spans it), false (a `never_join` pair it put in
// one paragraph, or furniture it joined: the eval's false-join check), or nothing. Opened halves only.
// Run: npx tsx test/eval/join-paths.ts [--list guess]   (test/eval/README.md, "The join repair's guesses")
import { DEFAULT_CORPUS, loadCorpus, OPENED_HALVES } from './corpus.ts';
import { projectDeps } from './run.ts';
import { scoreArticle } from './score.ts';
import { containsInOrder, fold, locate } from './text.ts';

type Sec = { paragraphs: { text: string }[] };
type Verdict = 'confirmed' | 'false' | 'silent';

/** The path a join repair took, read from its detail. */
export function joinPath(detail: string): string {
  const across = /across the (heading|footnote)/u.exec(detail)?.[1];
  const evidence = /\(([^()]*)\): joined/u.exec(detail)?.[1] ?? '';
  const kind = evidence.includes('no evidence')
    ? 'guess'
    : /^starts with “/u.test(evidence) || /; starts with “/u.test(evidence)
      ? 'continuation mark'
      : /lowercase/u.test(evidence)
        ? 'lowercase start'
        : /split word/u.test(evidence)
          ? 'split word'
          : /number cut/u.test(evidence)
            ? 'number cut from its unit'
            : /quotation/u.test(evidence)
              ? 'quotation closes after'
              : /stops on “[，,、]”/u.test(evidence)
                ? 'stops on a comma'
                : /stops on/u.test(evidence)
                  ? 'open word + continuing word'
                  : /runs on from the text already moved/u.test(evidence)
                    ? 'runs on past a moved heading'
                    : /cannot open a sentence/u.test(evidence)
                      ? 'bound start'
                      : /too short|short/u.test(evidence)
                        ? 'short first sentence'
                        : evidence.replace(/“[^”]*”/gu, '“…”').replace(/,.*$/u, '');
  return across ? `${kind} (across a ${across})` : kind;
}

const list = process.argv.includes('--list') ? process.argv[process.argv.indexOf('--list') + 1] : undefined;
const deps = await projectDeps();
const articles = await loadCorpus(DEFAULT_CORPUS, OPENED_HALVES);
const table = new Map<string, Record<Verdict, number>>();
const count = (key: string, v: Verdict) => {
  const row = table.get(key) ?? { confirmed: 0, false: 0, silent: 0 };
  row[v]++;
  table.set(key, row);
};
for (const a of articles) {
  if (!a.labels || a.source === undefined) continue;
  const lang = a.labels.lang;
  const outcome = await deps.ingest(a.file);
  const result = outcome.result as {
    article?: { repairs: { kind: string; line: number; detail: string }[]; sections: unknown[] };
  };
  const joins = (result.article?.repairs ?? []).filter((r) => r.kind === 'joined-paragraphs');
  if (joins.length === 0) continue;
  const score = scoreArticle(a.labels, a.source, outcome);
  const folded = fold(a.source, lang);
  const art = result.article as unknown as { lead?: Sec; sections: Sec[] };
  const body = [art.lead, ...art.sections]
    .flatMap((s) => s?.paragraphs ?? [])
    .map((p) => fold(p.text, lang).text);
  // The join(s) between where x ends and y starts: the paragraph break the pair spans.
  const spanned = (x: string, y: string) => {
    const lines = new Set<number>();
    for (const px of locate(folded, x, lang))
      for (const py of locate(folded, y, lang))
        for (const r of joins) if (px.end < r.line && r.line <= py.start) lines.add(r.line);
    return lines;
  };
  const confirmed = new Set<number>();
  for (const [x, y] of a.labels.joins ?? []) for (const l of spanned(x, y)) confirmed.add(l);
  const falseAt = new Set<number>();
  for (const [x, y] of a.labels.never_join ?? []) {
    if (!body.some((text) => containsInOrder(text, x, y, lang))) continue;
    for (const l of spanned(x, y)) falseAt.add(l);
  }
  for (const m of score.falseJoins) {
    const line = /the join repair at line (\d+)/u.exec(m)?.[1];
    if (line) falseAt.add(Number(line));
  }
  for (const r of joins) {
    const v: Verdict = falseAt.has(r.line) ? 'false' : confirmed.has(r.line) ? 'confirmed' : 'silent';
    const path = joinPath(r.detail);
    count(`${lang} ${path}`, v);
    if (list && path.startsWith(list)) console.log(`${a.half}/${a.slug} ${v}: ${r.detail}`);
  }
}
console.log('| lang | path | joins | confirmed | false | labels say nothing |');
console.log('|---|---|---:|---:|---:|---:|');
for (const [key, row] of [...table].sort()) {
  const [lang, ...path] = key.split(' ');
  const n = row.confirmed + row.false + row.silent;
  console.log(`| ${lang} | ${path.join(' ')} | ${n} | ${row.confirmed} | ${row.false} | ${row.silent} |`);
}
