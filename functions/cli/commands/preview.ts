import { resolve } from 'node:path';
import type { Command } from 'commander';
import { renderPreviews } from '../../adapters/render/previews.ts';

export { renderPreviews };

export function registerPreview(program: Command): void {
  program
    .command('preview')
    .option('--out <dir>', 'where to write the preview files', '.tidings/preview')
    .option('--content <dir>', 'directory of Markdown articles to render pages for')
    .option('--site-url <url>', 'site origin used in links (default https://news.example.org)')
    .description('render every email template (zh and en) and every article page to HTML and text files')
    .action(async (opts: { out: string; content?: string; siteUrl?: string }) => {
      const outDir = resolve(opts.out);
      const result = await renderPreviews(outDir, { contentDir: opts.content, siteUrl: opts.siteUrl });
      for (const e of result.emails) {
        console.log(`${e.htmlFile.padEnd(16)} ${(e.bytes / 1024).toFixed(1).padStart(6)} KB  ${e.subject}`);
      }
      for (const a of result.articles) console.log(`${a.file}  ${a.title}`);
      console.log(`\nOpen ${resolve(outDir, 'index.html')}`);
    });
}
