// The local index: where a person trying tidings on their machine finds everything.

import type { PreviewArticle, PreviewEmail } from '../functions/adapters/render/previews.ts';
import { mj as html } from '../functions/shared/markup.ts';

export interface DevIndex {
  previews: { emails: PreviewEmail[]; articles: PreviewArticle[] };
  outboxUrl: string;
  siteUrl: string;
}

export function devIndexPage({ previews, outboxUrl }: DevIndex): string {
  return `<!DOCTYPE html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tidings · local</title>
<style>
body{font-family:-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",Arial,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1f2933}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}a{color:#0b5cad}li{margin:.3rem 0}.inline{display:inline;margin-left:.5rem}button{font:inherit;padding:.2rem .7rem}.inline{display:inline;margin-left:.5rem}button{font:inherit;padding:.2rem .7rem}.muted{color:#52606d}
</style>
</head>
<body>
<main>
<h1>tidings on this machine</h1>
<p class="muted">The production handlers, with DynamoDB and SES replaced by local stand-ins.</p>
<h2>Subscribers</h2>
<ul>
<li><a href="/?lang=zh">订阅页面 (中文)</a> · <a href="/?lang=en">Subscribe page (English)</a></li>
<li><a href="${outboxUrl}">Outbox</a>: every email the pipeline sent (confirmations, alerts, digests)</li>
</ul>
<h2>Articles</h2>
<p class="muted">Publishing stores an article's sections and sends its instant alerts at once; the next digest carries them.</p>
<ul>
${previews.articles.map(
  (a) =>
    html`<li><a href="/articles/${a.slug}" lang="${a.lang === 'zh' ? 'zh-CN' : 'en'}">${a.title}</a>
<form method="post" action="/dev/publish" class="inline"><input type="hidden" name="slug" value="${a.slug}"><button type="submit">Publish</button></form></li>\n`,
)}</ul>
<h2>Digests</h2>
<form method="post" action="/dev/digest" class="inline"><input type="hidden" name="cadence" value="daily"><button type="submit">Send the daily digest now</button></form>
<form method="post" action="/dev/digest" class="inline"><input type="hidden" name="cadence" value="weekly"><button type="submit">Send the weekly digest now</button></form>
<h2>Email previews</h2>
<ul>
${previews.emails.map(
  (e) =>
    html`<li><a href="/dev/preview/${e.htmlFile}">${e.name} (${e.lang})</a> · <a href="/dev/preview/${e.textFile}">text</a> · ${(e.bytes / 1024).toFixed(1)} KB</li>\n`,
)}</ul>
</main>
</body>
</html>`}\n`;
}
