// Writes every email template (both languages, preview data) and every article page to a directory, with
// an index linking them: what an editor opens to see exactly what readers will get.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PREVIEW_SITE_URL } from '../../../templates/preview-seed.ts';
import { EMAIL_PREVIEWS } from '../../../templates/previews.ts';
import { EMAIL_TEMPLATES, type EmailKind } from '../../../templates/registry.ts';
import { articleViewFromArticle, renderArticlePage } from '../../core/render/article-page.ts';
import { personalize } from '../../core/render/personalize.ts';
import type { CompiledEmail } from '../../core/render/types.ts';
import { LANGS, type Lang } from '../../core/types.ts';
import { mj as html } from '../../shared/markup.ts';
import { contentDirectory } from './content-dir.ts';
import { compileEmail } from './renderer.ts';

export interface PreviewEmail {
  name: EmailKind;
  lang: Lang;
  subject: string;
  /** Paths relative to the output directory. */
  htmlFile: string;
  textFile: string;
  /** Bytes of the personalized HTML. */
  bytes: number;
}

export interface PreviewArticle {
  slug: string;
  title: string;
  lang: Lang;
  file: string;
}

export interface PreviewOptions {
  /** Markdown articles to render pages for; defaults to content/articles. */
  contentDir?: string;
  siteUrl?: string;
}

const DEFAULT_CONTENT_DIR = fileURLToPath(new URL('../../../content/articles/', import.meta.url));

/** One kind of email in one language, compiled from its preview data through the registry. */
export function compilePreview<K extends EmailKind>(
  kind: K,
  lang: Lang,
  siteUrl: string,
): Promise<CompiledEmail> {
  const template = EMAIL_TEMPLATES[kind] as (typeof EMAIL_TEMPLATES)[EmailKind];
  const data = EMAIL_PREVIEWS[kind](lang, siteUrl);
  return compileEmail(template as never, data as never);
}

export async function renderPreviews(
  outDir: string,
  options: PreviewOptions = {},
): Promise<{ emails: PreviewEmail[]; articles: PreviewArticle[] }> {
  const siteUrl = options.siteUrl ?? PREVIEW_SITE_URL;
  await mkdir(join(outDir, 'articles'), { recursive: true });
  const emails: PreviewEmail[] = [];
  for (const name of Object.keys(EMAIL_TEMPLATES) as EmailKind[]) {
    for (const lang of LANGS) {
      const compiled = await compilePreview(name, lang, siteUrl);
      // Preview links show where a real recipient's token goes, without minting one.
      const email = personalize(compiled, {
        manageUrl: `${siteUrl}/preferences?token=preview`,
        unsubscribeUrl: `${siteUrl}/unsubscribe?token=preview`,
        confirmUrl: `${siteUrl}/confirm?token=preview`,
      });
      const base = `${name}.${lang}`;
      await writeFile(join(outDir, `${base}.html`), email.html);
      await writeFile(join(outDir, `${base}.txt`), email.text);
      emails.push({
        name,
        lang,
        subject: email.subject,
        htmlFile: `${base}.html`,
        textFile: `${base}.txt`,
        bytes: Buffer.byteLength(email.html),
      });
    }
  }
  const articles: PreviewArticle[] = [];
  for (const article of await contentDirectory(options.contentDir ?? DEFAULT_CONTENT_DIR).articles()) {
    const file = `articles/${article.slug}.html`;
    await writeFile(join(outDir, file), renderArticlePage(articleViewFromArticle(article), siteUrl));
    articles.push({ slug: article.slug, title: article.title, lang: article.lang, file });
  }
  await writeFile(join(outDir, 'index.html'), indexPage(emails, articles));
  return { emails, articles };
}

function indexPage(emails: PreviewEmail[], articles: PreviewArticle[]): string {
  return `<!DOCTYPE html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tidings previews</title>
</head>
<body>
<main>
<h1>tidings previews</h1>
<h2>Emails</h2>
<ul>
${emails.map(
  (e) =>
    html`<li><a href="${e.htmlFile}">${e.name} (${e.lang})</a> · <a href="${e.textFile}">text</a> · ${(e.bytes / 1024).toFixed(1)} KB · <span lang="${e.lang === 'zh' ? 'zh-CN' : 'en'}">${e.subject}</span></li>
`,
)}</ul>
<h2>Article pages</h2>
<ul>
${articles.map((a) => html`<li><a href="${a.file}" lang="${a.lang === 'zh' ? 'zh-CN' : 'en'}">${a.title}</a></li>\n`)}</ul>
</main>
</body>
</html>`}\n`;
}
