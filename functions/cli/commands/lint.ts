// `tidings lint [dir]`: check article files before publishing. Prints one line per problem and per repair
// the parser would make, so an editor can fix the source instead of trusting the repair.
import type { Command } from 'commander';
import { readArticles } from '../../adapters/fs/articles.ts';
import { count } from '../run.ts';

export interface Output {
  out(text: string): void;
}

const stdout: Output = { out: (text) => process.stdout.write(`${text}\n`) };

export function registerLint(program: Command): void {
  program
    .command('lint')
    .argument('[path]', 'an article file or a directory of articles', 'content/articles')
    .option('-q, --quiet', 'only errors and warnings: leave out the repairs (info lines)')
    .description('check articles: errors, warnings and the layout repairs the parser makes')
    .action(async (path: string, opts: LintOptions) => {
      process.exitCode = await runLint(path, stdout, opts);
    });
}

interface LintLine {
  file: string;
  line: number;
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
}

export interface LintOptions {
  quiet?: boolean;
}

/** Returns the exit code: 1 when any file has an error, else 0. */
export async function runLint(path: string, io: Output, opts: LintOptions = {}): Promise<number> {
  const results = await readArticles(path);
  if (results.length === 0) {
    io.out(`${path}: no *.md files found`);
    return 1;
  }
  const lines: LintLine[] = [];
  for (const { file, result } of results) {
    for (const d of result.diagnostics) {
      lines.push({
        file: d.file ?? file,
        line: d.line ?? 1,
        severity: d.severity,
        code: d.code,
        message: d.message,
      });
    }
    for (const r of result.article?.repairs ?? []) {
      lines.push({ file, line: r.line, severity: 'info', code: r.kind, message: r.detail });
    }
  }
  const order = results.map((r) => r.file);
  lines.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file) || a.line - b.line);
  for (const l of lines) {
    if (opts.quiet && l.severity === 'info') continue;
    io.out(`${l.file}:${l.line}  ${l.severity}  ${l.code}  ${oneLine(l.message)}`);
  }

  const of = (s: LintLine['severity']) => lines.filter((l) => l.severity === s).length;
  const failed = results.filter((r) => r.result.diagnostics.some((d) => d.severity === 'error')).length;
  io.out(
    `${count(results.length, 'file')} checked: ${failed} with errors; ${count(of('error'), 'error')}, ${count(of('warning'), 'warning')}, ${count(of('info'), 'repair')}`,
  );
  return failed > 0 ? 1 : 0;
}

/** A message never spans lines: one finding, one line, greppable. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
