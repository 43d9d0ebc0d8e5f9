// A page parsed as the unit tests of page shapes read it: the article, its body's paragraphs, the lines lifted as
// furniture and the editor's note, without the learned page-line model (each test names the rule it holds).
import { parseArticle } from '../../functions/core/article/parse.ts';

export function readPage(lines: string[]) {
  const { article, diagnostics } = parseArticle(lines.join('\n'), { file: 't.md', pageLines: null });
  const a = article!;
  return {
    a,
    diagnostics,
    body: [a.lead, ...a.sections].flatMap((s) => s.paragraphs.map((p) => p.text)),
    lifted: (a.furniture ?? []).map((f) => f.text),
    note: (a.note ?? []).map((p) => p.text),
  };
}
