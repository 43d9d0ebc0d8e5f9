// The article archive page: the cleaned article (title, byline, lead, sections with anchors the emails link
// to, photo captions) as an accessible, fully escaped HTML page. No scripts; one inline stylesheet whose
// hash the CSP allows. Pure: the handler supplies the article and sends the result.
import { createHash } from 'node:crypto';
import { mj as html, htmlLang, SafeMarkup } from '../../shared/markup.ts';
import type { Article } from '../article/types.ts';
import type { PublishedSection } from '../delivery/types.ts';
import type { ArticleRecord } from '../desk/types.ts';
import type { Lang } from '../types.ts';

export interface ArticleViewSection {
  /** `lead` for the paragraphs before the first heading, then `s1`, `s2`, … (the email anchors). */
  id: string;
  heading: string;
  paragraphs: string[];
}

/** What the page shows; built from the parsed article, or reconstructed from its stored sections. */
export interface ArticleView {
  slug: string;
  title: string;
  lang: Lang;
  /** ISO date or timestamp of publication. */
  date?: string;
  byline?: string;
  sections: ArticleViewSection[];
  figures: { caption: string; credit?: string }[];
  /** ISO timestamp of the latest correction: the page says "updated <date>". */
  updatedAt?: string;
  /** The correction note of the latest version. */
  correction?: string;
  /** The editions that carried the article (ids, linked to their web versions in the archive). */
  editions?: { id: string; label: string; url: string }[];
}

export function articleViewFromArticle(article: Article): ArticleView {
  const sections = [article.lead, ...article.sections]
    .map((s) => ({ id: s.id, heading: s.heading, paragraphs: s.paragraphs.map((p) => p.text) }))
    .filter((s) => s.paragraphs.length > 0);
  return {
    slug: article.slug,
    title: article.title,
    lang: article.lang,
    date: article.date,
    byline: article.byline?.raw,
    sections,
    figures: article.figures.map((f) => ({ caption: f.caption, credit: f.credit })),
  };
}

/** Rebuilds the page data from the sections stored at publish time (one article's sections, any order). */
export function articleViewFromSections(sections: readonly PublishedSection[]): ArticleView | undefined {
  const first = sections[0];
  if (!first) return undefined;
  const order = (id: string): number =>
    id === 'lead' ? 0 : Number(/^s(\d+)$/.exec(id)?.[1] ?? Number.MAX_SAFE_INTEGER);
  const sorted = [...sections].sort((a, b) => order(a.sectionId) - order(b.sectionId));
  return {
    slug: first.articleSlug,
    title: first.articleTitle,
    lang: first.lang,
    date: first.publishedAt,
    sections: sorted.map((s) => ({ id: s.sectionId, heading: s.heading, paragraphs: s.paragraphs })),
    figures: [],
  };
}

/**
 * The page of a published article from its stored record and sections: the corrected text, its figures and
 * byline, "updated <date>" and the correction note. Undefined for a withdrawn article (or one never published).
 */
export function articleViewFromRecord(
  record: ArticleRecord | undefined,
  sections: readonly PublishedSection[],
): ArticleView | undefined {
  if (!record || record.state === 'withdrawn') return undefined;
  const view = articleViewFromSections(sections);
  if (!view) return undefined;
  view.title = record.title;
  view.date = record.date ?? record.publishedAt;
  view.figures = record.figures;
  if (record.byline) view.byline = record.byline;
  if (record.updatedAt) view.updatedAt = record.updatedAt;
  if (record.correction) view.correction = record.correction;
  return view;
}

const PAGE_STRINGS: Record<
  Lang,
  {
    siteName: string;
    skip: string;
    subscribe: string;
    photos: string;
    notFoundTitle: string;
    notFoundBody: string;
    errorTitle: string;
    errorBody: string;
    published: string;
    updated: string;
    correction: string;
    inEditions: string;
  }
> = {
  zh: {
    siteName: 'tidings 资讯订阅',
    skip: '跳到正文',
    subscribe: '按主题订阅资讯',
    photos: '图片说明',
    notFoundTitle: '文章不存在',
    notFoundBody: '找不到您要访问的文章，它可能尚未发布或链接有误。',
    errorTitle: '出错了',
    errorBody: '暂时无法显示这篇文章，请稍后再试。',
    published: '发布于',
    updated: '更新于',
    correction: '更正：',
    inEditions: '刊于：',
  },
  en: {
    siteName: 'tidings newsletter',
    skip: 'Skip to the article',
    subscribe: 'Subscribe to topics',
    photos: 'Photo captions',
    notFoundTitle: 'Article not found',
    notFoundBody: 'We cannot find this article: it may not be published yet, or the link is wrong.',
    errorTitle: 'Something went wrong',
    errorBody: 'This article cannot be shown right now. Please try again later.',
    published: 'Published',
    updated: 'Updated',
    correction: 'Correction:',
    inEditions: 'In: ',
  },
};

const STYLE = `
:root{color-scheme:light;--ink:#1d2433;--muted:#5b6475;--line:#d5dae3;--accent:#0b5cad;--bg:#f6f7f9}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:17px/1.8 -apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",Arial,sans-serif}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem}
header,main,footer{max-width:42rem;margin:0 auto;padding:1rem}
header a{font-weight:700;color:var(--ink);text-decoration:none}
main{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1.25rem 1.5rem}
h1{font-size:1.75rem;line-height:1.35;margin:.25rem 0 .5rem}
h2{font-size:1.3rem;line-height:1.4;margin:2rem 0 .5rem}
h2 a{color:inherit;text-decoration:none}
h2 a:hover,h2 a:focus-visible{text-decoration:underline}
p{margin:0 0 1rem}
.meta{color:var(--muted);font-size:.9rem}
.correction{background:#fff6d6;border-left:3px solid #f2a900;padding:.5rem .75rem;font-size:.95rem}
.lead p:first-child{font-size:1.1rem}
figure{margin:1rem 0;padding:.5rem 1rem;border-left:3px solid var(--line);color:var(--muted);font-size:.9rem}
a{color:var(--accent)}
:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
section:target h2{background:#fff6d6}
footer{color:var(--muted);font-size:.9rem}
.tags{color:var(--muted);font-size:.9rem}
.story{margin:0 0 1.5rem}
.story h3{font-size:1.15rem;line-height:1.45;margin:0 0 .35rem}
.story h3 a{color:var(--ink)}
.kicker{color:var(--accent);font-weight:700;font-size:.85rem;margin:0}
.editions{list-style:none;padding:0}
.editions li{display:inline-block;margin:0 .75rem .35rem 0}
@media (max-width:30rem){body{font-size:16px}main{border-radius:0;border-left:0;border-right:0;padding:1rem}h1{font-size:1.45rem}}
`;

/** The CSP source for the page's only stylesheet. */
export const ARTICLE_STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;

/** Browser tabs and search results show about 70 characters: shorten long headlines, keep the site name. */
function tabTitle(title: string, siteName: string): string {
  const room = 70 - Array.from(siteName).length - 3;
  const chars = Array.from(title);
  const shown = chars.length > room ? `${chars.slice(0, room - 1).join('')}…` : title;
  return `${shown} · ${siteName}`;
}

/** The site's page: header, main, footer and the one stylesheet (archive pages share it). */
export function pageShell(lang: Lang, title: string, body: SafeMarkup, siteUrl: string): string {
  const t = PAGE_STRINGS[lang];
  return `<!DOCTYPE html>\n${html`<html lang="${htmlLang(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${tabTitle(title, t.siteName)}</title>
<style>${new SafeMarkup(STYLE)}</style>
</head>
<body>
<a class="skip" href="#content">${t.skip}</a>
<header><a href="${siteUrl}">${t.siteName}</a></header>
<main id="content">
${body}
</main>
<footer><a href="${siteUrl}">${t.subscribe}</a></footer>
</body>
</html>`}\n`;
}

function displayDate(date: string | undefined): string | undefined {
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : undefined;
}

export function renderArticlePage(article: ArticleView, siteUrl: string): string {
  const t = PAGE_STRINGS[article.lang];
  const date = displayDate(article.date);
  const updated = displayDate(article.updatedAt);
  const meta = [
    article.byline ? html`<span>${article.byline}</span>` : '',
    article.byline && date ? ' · ' : '',
    date ? html`<span>${t.published} <time datetime="${date}">${date}</time></span>` : '',
    updated ? html` · <span>${t.updated} <time datetime="${article.updatedAt}">${updated}</time></span>` : '',
  ];
  const lead = article.sections.find((s) => s.id === 'lead');
  const rest = article.sections.filter((s) => s.id !== 'lead');
  const figures = article.figures.length
    ? html`<section aria-label="${t.photos}">${article.figures.map(
        (f) =>
          html`<figure><figcaption>${f.caption}${f.credit ? html` <small>（${f.credit}）</small>` : ''}</figcaption></figure>`,
      )}</section>`
    : '';
  const body = html`<article>
<h1>${article.title}</h1>
${article.byline || date ? html`<p class="meta">${meta}</p>` : ''}
${
  article.editions?.length
    ? html`<p class="meta">${t.inEditions}${article.editions.map((e, i) => html`${i > 0 ? ' · ' : ''}<a href="${e.url}">${e.label}</a>`)}</p>`
    : ''
}
${article.correction ? html`<p class="correction"><strong>${t.correction}</strong> ${article.correction}</p>` : ''}
${lead ? html`<div class="lead" id="lead">${lead.paragraphs.map((p) => html`<p>${p}</p>`)}</div>` : ''}
${figures}
${rest.map(
  (s) => html`<section id="${s.id}" aria-labelledby="${s.id}-h">
<h2 id="${s.id}-h"><a href="#${s.id}">${s.heading}</a></h2>
${s.paragraphs.map((p) => html`<p>${p}</p>`)}
</section>
`,
)}</article>`;
  return pageShell(article.lang, article.title, body, siteUrl);
}

export function renderArticleNotFound(lang: Lang, siteUrl: string): string {
  const t = PAGE_STRINGS[lang];
  return pageShell(lang, t.notFoundTitle, html`<h1>${t.notFoundTitle}</h1><p>${t.notFoundBody}</p>`, siteUrl);
}

export function renderArticleError(lang: Lang, siteUrl: string, requestId?: string): string {
  const t = PAGE_STRINGS[lang];
  const ref = requestId ? html`<p class="meta">${requestId}</p>` : '';
  return pageShell(lang, t.errorTitle, html`<h1>${t.errorTitle}</h1><p>${t.errorBody}</p>${ref}`, siteUrl);
}
