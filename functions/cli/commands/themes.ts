// `tidings themes <file>`: per section, the themes the classifier finds (score, evidence terms, whether front
// matter set them) and the text with each theme's evidence marked — in colour on a terminal, as [text]{topic}
// otherwise — so an editor can decide on a `themes:` override before publishing. Reads the classifier's output
// (core/topics) through core/desk/themes-view; needs no running npm start.
import type { Command } from 'commander';
import type { SectionThemesView, TextRun } from '../../core/desk/themes-view.ts';
import { type Io, runCommand, stdio } from '../run.ts';

/** Background colours for up to six themes in a section, then they repeat (with the legend naming each). */
const PALETTE = ['\x1b[30;43m', '\x1b[30;46m', '\x1b[30;42m', '\x1b[30;45m', '\x1b[30;47m', '\x1b[97;44m'];
const RESET = '\x1b[0m';

function paint(runs: TextRun[], colours: Map<string, string> | undefined): string {
  return runs
    .map((run) => {
      if (!run.topic) return run.text;
      const colour = colours?.get(run.topic);
      return colour ? `${colour}${run.text}${RESET}` : `[${run.text}]{${run.topic}}`;
    })
    .join('');
}

export function printThemes(
  file: string,
  title: string,
  views: SectionThemesView[],
  io: Io,
  colour: boolean,
): void {
  io.out(`${file} — ${title}`);
  for (const view of views) {
    io.out('');
    io.out(`${view.sectionId} · ${view.heading}`);
    const colours = colour
      ? new Map(view.themes.map((t, i) => [t.topic, PALETTE[i % PALETTE.length]!]))
      : undefined;
    if (view.themes.length === 0) {
      io.out('  no theme: this section goes to no alert and no digest (a `themes:` override can add one)');
    }
    for (const t of view.themes) {
      const swatch = colours ? `${colours.get(t.topic)} ${t.topic} ${RESET}` : `{${t.topic}}`;
      const terms = t.terms.map((x) => `${x.term} ×${x.count}`).join(', ');
      io.out(
        `  ${swatch} ${t.name}  score ${t.score.toFixed(1)}${t.override ? '  (set by front matter)' : ''}${terms ? `  — ${terms}` : ''}`,
      );
    }
    if (view.themes.length === 0) continue;
    for (const paragraph of view.paragraphs) {
      // Only paragraphs that carry evidence: the rest adds length, not a reason.
      if (!paragraph.some((r) => r.topic)) continue;
      io.out(`    ${paint(paragraph, colours)}`);
    }
  }
}

export async function runThemes(file: string, io: Io, colour: boolean): Promise<void> {
  const [{ readArticleFile }, { loadTaxonomyFile }, { classifyArticle }, { themesView }] = await Promise.all([
    import('../../adapters/fs/articles.ts'),
    import('../../adapters/fs/taxonomy.ts'),
    import('../../core/topics/classify.ts'),
    import('../../core/desk/themes-view.ts'),
  ]);
  const parsed = await readArticleFile(file);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (!parsed.article || errors.length > 0) {
    throw new Error(
      `${file}: ${errors.map((d) => `${d.message} [${d.code}]`).join('; ') || 'not an article'} — \`tidings lint\` shows every problem`,
    );
  }
  const taxonomy = await loadTaxonomyFile();
  const article = parsed.article;
  const views = themesView(article, classifyArticle(article, taxonomy), taxonomy, article.lang);
  printThemes(file, article.title, views, io, colour);
}

export function registerThemes(program: Command): void {
  program
    .command('themes')
    .argument('<file>', 'a Markdown article')
    .option(
      '--no-color',
      'mark evidence as [text]{topic} instead of colours (the default when not on a terminal)',
    )
    .description('per section, the themes the classifier finds and their evidence highlighted in the text')
    .action((file: string, opts: { color: boolean }) =>
      runCommand('themes', () =>
        runThemes(file, stdio, opts.color && process.stdout.isTTY === true && !process.env.NO_COLOR),
      ),
    );
}
