// `tidings ingest <file|dir> [--json]`: parse articles, classify each section into themes, and print the
// result (JSON for tools, a short summary for people). Exit code 1 when any file had an error.
import type { Command } from 'commander';
import { readArticles } from '../../adapters/fs/articles.ts';
import type { Article, ParseResult } from '../../core/article/types.ts';
import type { SectionThemes, Taxonomy } from '../../core/topics/types.ts';
import type { Diagnostic } from '../../core/types.ts';
import type { Output } from './lint.ts';

export interface IngestDeps {
  /** Without a path: the project's content/topics.yaml. */
  loadTaxonomy(path?: string): Promise<Taxonomy>;
  classify(article: Article, taxonomy: Taxonomy): SectionThemes[];
}

export interface IngestOptions {
  json?: boolean;
  taxonomy?: string;
}

/** One file's outcome, as printed by `--json`. */
export interface IngestedFile {
  file: string;
  article?: Article;
  themes?: SectionThemes[];
  diagnostics: Diagnostic[];
}

const stdio: Output & { err(text: string): void } = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

// The classifier pulls in the segmenter and its dictionary: load it only when ingest runs.
async function realDeps(): Promise<IngestDeps> {
  const [{ loadTaxonomyFile }, { classifyArticle }] = await Promise.all([
    import('../../adapters/fs/taxonomy.ts'),
    import('../../core/topics/classify.ts'),
  ]);
  return { loadTaxonomy: loadTaxonomyFile, classify: classifyArticle };
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .argument('<path>', 'an article file or a directory of articles')
    .option('--json', 'print each parsed article as JSON')
    .option('--taxonomy <file>', 'the taxonomy of themes (default: content/topics.yaml)')
    .description('parse articles and classify their sections into themes')
    .action(async (path: string, opts: IngestOptions) => {
      let deps: IngestDeps;
      try {
        deps = await realDeps();
      } catch (err) {
        stdio.err(`ingest: the theme classifier could not be loaded (${(err as Error).message})`);
        process.exitCode = 2;
        return;
      }
      process.exitCode = await runIngest(path, opts, deps, stdio);
    });
}

/** Returns the exit code: 0 when every file parsed without errors, 1 otherwise, 2 when the taxonomy is unusable. */
export async function runIngest(
  path: string,
  opts: IngestOptions,
  deps: IngestDeps,
  io: Output & { err(text: string): void },
): Promise<number> {
  const taxonomyFile = opts.taxonomy ?? 'content/topics.yaml';
  let taxonomy: Taxonomy;
  try {
    taxonomy = await deps.loadTaxonomy(opts.taxonomy);
  } catch (err) {
    // Taxonomy errors already name the file and the path in it; a stack trace would only hide that.
    const message = (err as Error).message;
    io.err(
      `ingest: ${message.includes(taxonomyFile) ? message : `cannot load the taxonomy ${taxonomyFile}: ${message}`}`,
    );
    return 2;
  }

  const ingested = (await readArticles(path)).map(({ file, result }) =>
    ingestOne(file, result, taxonomy, deps),
  );
  if (opts.json) io.out(JSON.stringify(ingested, null, 2));
  else for (const f of ingested) io.out(summary(f, taxonomy));

  if (ingested.length === 0) {
    io.err(`ingest: no *.md files in ${path}`);
    return 1;
  }
  return ingested.some((f) => f.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function ingestOne(file: string, result: ParseResult, taxonomy: Taxonomy, deps: IngestDeps): IngestedFile {
  const diagnostics = [...result.diagnostics];
  const { article } = result;
  if (!article) return { file, diagnostics };

  // Front matter may name topics by hand; a typo there would silently route a section to nobody.
  for (const [section, topics] of Object.entries(article.themeOverrides ?? {})) {
    for (const topic of topics) {
      if (!taxonomy.byId.has(topic)) {
        diagnostics.push({
          severity: 'error',
          code: 'unknown-topic',
          message: `front matter themes.${section} names topic "${topic}", which is not in the taxonomy (known: ${[...taxonomy.byId.keys()].join(', ')})`,
          file,
          line: 2,
        });
      }
    }
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { file, diagnostics };
  return { file, article, themes: deps.classify(article, taxonomy), diagnostics };
}

function summary(f: IngestedFile, taxonomy: Taxonomy): string {
  const lines: string[] = [];
  const errors = f.diagnostics.filter((d) => d.severity === 'error');
  const warnings = f.diagnostics.filter((d) => d.severity === 'warning');
  const a = f.article;
  if (!a || errors.length > 0) {
    lines.push(`${f.file}  FAILED`);
  } else {
    lines.push(`${f.file}  ${a.slug} (${a.lang})  ${a.title}`);
    lines.push(
      `  ${[
        count(a.counts.sections, 'section'),
        count(a.counts.paragraphs, 'paragraph'),
        count(a.counts.characters, 'character'),
        count(a.counts.figures, 'figure'),
        count(a.repairs.length, 'repair'),
        count(warnings.length, 'warning'),
      ].join(', ')}`,
    );
    const bySection = new Map((f.themes ?? []).map((t) => [t.sectionId, t.themes]));
    for (const s of [a.lead, ...a.sections]) {
      const themes = (bySection.get(s.id) ?? [])
        .slice(0, 3)
        .map((t) => `${taxonomy.byId.get(t.topic)?.name[a.lang] ?? t.topic} ${t.score.toFixed(1)}`)
        .join(', ');
      lines.push(`  ${s.id.padEnd(4)} ${s.heading}  →  ${themes || '(no theme)'}`);
    }
  }
  for (const d of f.diagnostics) {
    lines.push(`  ${d.severity}  ${d.line ? `line ${d.line}  ` : ''}${d.code}  ${d.message}`);
  }
  return lines.join('\n');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
