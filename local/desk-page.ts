// The local desk (/dev): what an editor checks before and after publishing — the articles in the content folder
// (published, scheduled, held with the gate's diagnostics, lint status), the recent editions with their counts,
// active subscribers by topic and cadence, previews and the outbox. Server-rendered, no JavaScript: every action is
// a form POST, every view a GET. The look follows the subscription pages (same palette, type and card).

import type { PreviewEmail } from '../functions/adapters/render/previews.ts';
import { editionLabel, formatTime } from '../functions/cli/format.ts';
import type { Edition } from '../functions/core/delivery/types.ts';
import {
  editionProgress,
  editionTiming,
  formatDuration,
  formatRate,
  nextStep,
  progressBar,
  type VariantRow,
} from '../functions/core/desk/status.ts';
import type { SectionThemesView } from '../functions/core/desk/themes-view.ts';
import type { ArticleRecord, ScheduledSummary } from '../functions/core/desk/types.ts';
import type { Diagnostic } from '../functions/core/types.ts';
import { mj as html, type MarkupValue, SafeMarkup } from '../functions/shared/markup.ts';

const STYLE = `
:root{color-scheme:light;--ink:#1d2433;--muted:#5b6475;--line:#d5dae3;--accent:#0b5cad;--bg:#f6f7f9;--bad:#a4161a;--warn:#8a5a00;--good:#1e6b3a}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 -apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",Arial,sans-serif}
header,main{max-width:64rem;margin:0 auto;padding:1rem}
header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:.5rem 1rem}
header .brand{font-weight:700;color:var(--ink);text-decoration:none}
header nav a{margin-left:1rem}
main{background:#fff;border:1px solid var(--line);border-radius:8px;margin-bottom:2rem}
h1{font-size:1.5rem;line-height:1.3;margin:.25rem 0 1rem}
h2{font-size:1.15rem;margin:1.75rem 0 .5rem;padding-top:.75rem;border-top:1px solid var(--line)}
p{margin:.5rem 0 1rem}
a{color:var(--accent)}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.25rem 0 1rem}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600;color:var(--muted);font-size:.8rem;text-transform:uppercase;letter-spacing:.02em}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.scroll{overflow-x:auto}
form.inline{display:inline;margin:0}
button{font:inherit;font-weight:600;padding:.35rem .9rem;border-radius:6px;border:2px solid var(--accent);background:var(--accent);color:#fff;cursor:pointer;min-height:36px}
button.secondary{background:#fff;color:var(--accent)}
input,select{font:inherit;padding:.35rem .5rem;border:1px solid #8a93a3;border-radius:6px}
label{font-weight:600;margin-right:.25rem}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;margin:.5rem 0 1rem}
.state{display:inline-block;font-size:.8rem;font-weight:600;padding:.05rem .5rem;border-radius:999px;border:1px solid currentColor}
.published,.done{color:var(--good)}.scheduled,.sending,.planned{color:var(--accent)}.held,.paused,.withdrawn{color:var(--warn)}.error{color:var(--bad)}
.meta{color:var(--muted);font-size:.85rem}
.diag{margin:.25rem 0 0;padding-left:1.1rem;font-size:.85rem}
.bar{font-family:ui-monospace,Menlo,Consolas,monospace;white-space:pre}
mark{padding:0 .1rem;border-radius:3px}
mark.t0{background:#ffe58a}mark.t1{background:#a8e6ef}mark.t2{background:#b9ecb3}mark.t3{background:#f3c4f0}mark.t4{background:#e3e3e3}mark.t5{background:#c9d6ff}
:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
`;

export function deskShell(title: string, body: MarkupValue, status = ''): string {
  return `<!DOCTYPE html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title} · tidings desk</title>
<style>${new SafeMarkup(STYLE)}</style>
</head>
<body>
<header><a class="brand" href="/dev">tidings · local desk</a><nav><a href="/dev">Desk</a><a href="/?lang=en">Subscribe page</a></nav></header>
<main>
<h1>${title}</h1>
${status ? html`<p class="meta">${status}</p>` : ''}
${body}
</main>
</body>
</html>`}\n`;
}

/** A file in the content folder as the desk sees it: parsed now, with the publish gate's decision. */
export interface DeskFile {
  slug: string;
  title?: string;
  lang?: string;
  errors: Diagnostic[];
  /** Warnings the front matter does not accept: publishing would hold the article. */
  blocking: Diagnostic[];
  accepted: number;
  publishAt?: string;
}

export interface HeldEntry {
  slug: string;
  heldAt: string;
  diagnostics: Diagnostic[];
}

export interface DeskData {
  files: DeskFile[];
  records: ArticleRecord[];
  scheduled: ScheduledSummary[];
  held: HeldEntry[];
  editions: Edition[];
  /** Active subscribers following each topic at each cadence. */
  audience: { topic: string; name: string; instant: number; daily: number; weekly: number }[];
  /** Active subscribers per cadence (a reader with two daily topics counts once). */
  readers: { instant: number; daily: number; weekly: number };
  previews: PreviewEmail[];
  outboxUrl: string;
  timezone: string;
  now: Date;
}

const diagLine = (d: Diagnostic) =>
  `${d.severity} ${d.code}${d.line ? ` (line ${d.line})` : ''}: ${d.message}`;

function articleRow(file: DeskFile, data: DeskData): SafeMarkup {
  const record = data.records.find((r) => r.slug === file.slug);
  const scheduled = data.scheduled.find((s) => s.slug === file.slug);
  const held = data.held.find((h) => h.slug === file.slug);
  const tz = data.timezone;
  let state: SafeMarkup;
  if (file.errors.length > 0) state = html`<span class="state error">error</span>`;
  else if (held) state = html`<span class="state held">held</span>`;
  else if (scheduled) state = html`<span class="state scheduled">scheduled</span>`;
  else if (record) state = html`<span class="state ${record.state}">${record.state}</span>`;
  else state = html`<span class="meta">not published</span>`;
  const detail: MarkupValue[] = [];
  if (record) {
    detail.push(
      html`<div class="meta">version ${record.version} · published ${formatTime(record.publishedAt, tz)}${
        record.updatedAt ? ` · updated ${formatTime(record.updatedAt, tz)}` : ''
      }</div>`,
    );
  }
  if (scheduled) {
    detail.push(
      html`<div class="meta">publishes ${formatTime(scheduled.publishAt, tz)} (scheduled by ${scheduled.by})</div>`,
    );
  }
  const problems = [...file.errors, ...file.blocking];
  if (problems.length > 0) {
    detail.push(html`<ul class="diag">${problems.map((d) => html`<li>${diagLine(d)}</li>`)}</ul>`);
  }
  if (held && problems.length === 0) {
    detail.push(
      html`<div class="meta">held ${formatTime(held.heldAt, tz)}; the file is fine now: publish it again</div>`,
    );
  }
  const lint =
    file.errors.length > 0
      ? `${file.errors.length} error${file.errors.length === 1 ? '' : 's'}`
      : file.blocking.length > 0
        ? `${file.blocking.length} warning${file.blocking.length === 1 ? '' : 's'} to fix or accept`
        : file.accepted > 0
          ? `ok (${file.accepted} accepted)`
          : 'ok';
  const canPublish = file.errors.length === 0;
  return html`<tr>
<td><a href="/articles/${file.slug}">${file.title ?? file.slug}</a><div class="meta">${file.slug}.md${file.lang ? ` · ${file.lang}` : ''}</div>${detail}</td>
<td>${state}</td>
<td>${lint}</td>
<td>${
    canPublish
      ? html`<form method="post" action="/dev/publish" class="inline"><input type="hidden" name="slug" value="${file.slug}"><button type="submit">${record ? 'Publish correction' : file.publishAt ? 'Schedule' : 'Publish'}</button></form>`
      : ''
  } <a href="/dev/themes/${file.slug}">themes</a></td>
</tr>\n`;
}

function editionRows(editions: Edition[], now: Date): SafeMarkup {
  return html`${editions.map((e) => {
    const c = e.counts;
    const t = editionTiming(e, now);
    const step = nextStep(e);
    return html`<tr>
<td><a href="/dev/editions/${e.id}">${e.id}</a>${e.pauseReason ? html`<div class="meta">paused: ${e.pauseReason}</div>` : ''}${
      step ? html`<div class="meta">${step}</div>` : ''
    }</td>
<td>${editionLabel(e)}</td><td><span class="state ${e.status}">${e.status}</span></td>
<td class="n">${c.planned}</td><td class="n">${c.sent}</td><td class="n">${c.skipped}</td><td class="n">${c.failed}</td><td class="n">${c.ambiguous ?? 0}</td><td class="n">${c.bounced}</td><td class="n">${c.complained}</td>
<td class="n">${formatDuration(t.durationMs)}</td><td class="n">${formatRate(t.perMinute)}</td>
</tr>\n`;
  })}`;
}

const EDITION_HEAD = html`<tr><th>Edition</th><th>Kind</th><th>Status</th><th class="n">Planned</th><th class="n">Sent</th><th class="n">Skipped</th><th class="n">Failed</th><th class="n">Ambig.</th><th class="n">Bounced</th><th class="n">Compl.</th><th class="n">Duration</th><th class="n">Rate</th></tr>`;

export function deskIndexPage(data: DeskData): string {
  const orphans = data.records.filter((r) => !data.files.some((f) => f.slug === r.slug));
  const body = html`
<p class="meta">The production handlers on this machine, with DynamoDB and SES replaced by local stand-ins. <a href="${data.outboxUrl}">Outbox</a>: every email sent (confirmations, alerts, digests).</p>

<h2 id="articles">Articles</h2>
<p class="meta">The files in the content folder, read now. Publishing a published article again is a correction (no new alert); a file with a future <code>publishAt</code> is scheduled. The publish gate holds an article with errors, or with warnings its front matter does not <code>accept:</code>.</p>
<div class="scroll"><table>
<tr><th>Article</th><th>State</th><th>Lint</th><th></th></tr>
${data.files.map((f) => articleRow(f, data))}
${orphans.map(
  (r) =>
    html`<tr><td><a href="/articles/${r.slug}">${r.title}</a><div class="meta">${r.slug} · no file in the content folder</div></td><td><span class="state ${r.state}">${r.state}</span></td><td></td><td></td></tr>\n`,
)}
</table></div>
${
  data.scheduled.length > 0
    ? html`<h3>Scheduled</h3><ul>${data.scheduled.map(
        (s) =>
          html`<li>${s.slug} — ${formatTime(s.publishAt, data.timezone)} <span class="meta">(${s.publishAtText}, by ${s.by})</span></li>`,
      )}</ul>`
    : ''
}
${
  data.held.length > 0
    ? html`<h3>Held by the publish gate</h3><ul>${data.held.map(
        (h) =>
          html`<li>${h.slug} — held ${formatTime(h.heldAt, data.timezone)}<ul class="diag">${h.diagnostics.map((d) => html`<li>${diagLine(d)}</li>`)}</ul></li>`,
      )}</ul>`
    : ''
}

<h2 id="editions">Editions</h2>
<div class="actions">
<form method="post" action="/dev/digest" class="inline"><input type="hidden" name="cadence" value="daily"><button type="submit">Send the daily digest now</button></form>
<form method="post" action="/dev/digest" class="inline"><input type="hidden" name="cadence" value="weekly"><button type="submit" class="secondary">Send the weekly digest now</button></form>
<form method="post" action="/dev/digest" class="inline"><input type="hidden" name="cadence" value="daily"><input type="hidden" name="again" value="1"><button type="submit" class="secondary">Send today’s daily again (test)</button></form>
</div>
${
  data.editions.length === 0
    ? html`<p>No edition yet: publish an article (its alerts) or send a digest.</p>`
    : html`<div class="scroll"><table>${EDITION_HEAD}${editionRows(data.editions, data.now)}</table></div>`
}

<h2 id="subscribers">Subscribers</h2>
<p class="meta">Active readers: ${data.readers.instant} with alerts, ${data.readers.daily} daily, ${data.readers.weekly} weekly.</p>
<div class="scroll"><table>
<tr><th>Topic</th><th class="n">Instant</th><th class="n">Daily</th><th class="n">Weekly</th></tr>
${data.audience.map(
  (a) =>
    html`<tr><td>${a.name} <span class="meta">${a.topic}</span></td><td class="n">${a.instant}</td><td class="n">${a.daily}</td><td class="n">${a.weekly}</td></tr>\n`,
)}
</table></div>

<h2 id="preview">What a reader gets</h2>
<form method="get" action="/dev/persona" class="actions">
<span><label for="persona">Topics</label><input id="persona" name="persona" value="health:daily,talent:instant" size="28"></span>
<span><label for="lang">Language</label><select id="lang" name="lang"><option value="en">en</option><option value="zh">zh</option><option value="zh-Hant">zh-Hant</option></select></span>
<span><label for="article">Article</label><select id="article" name="article"><option value="">— next digests —</option>${data.files.map(
    (f) => html`<option value="${f.slug}">${f.slug}</option>`,
  )}</select></span>
<button type="submit" class="secondary">Preview</button>
</form>
<p class="meta">The email that reader would get now, made by the planner (the same as <code>tidings preview --persona</code>).</p>

<h2>Email templates</h2>
<ul>
${data.previews.map(
  (e) =>
    html`<li><a href="/dev/preview/${e.htmlFile}">${e.name} (${e.lang})</a> · <a href="/dev/preview/${e.textFile}">text</a> · ${(e.bytes / 1024).toFixed(1)} KB</li>\n`,
)}</ul>`;
  return deskShell('The local desk', body, `as of ${formatTime(data.now.toISOString(), data.timezone)}`);
}

export function editionPage(
  edition: Edition,
  rows: VariantRow[],
  unsettled: number,
  timezone: string,
  now: Date,
): string {
  const c = edition.counts;
  const t = editionTiming(edition, now);
  const p = editionProgress(edition);
  const step = nextStep(edition);
  const body = html`
<p><span class="state ${edition.status}">${edition.status}</span> ${editionLabel(edition)}${
    edition.cadence !== 'instant'
      ? html` · window ${formatTime(edition.from, timezone)} → ${formatTime(edition.until, timezone)}`
      : ''
  }</p>
<p class="bar">${progressBar(p.fraction)}  ${p.settled} of ${p.planned}</p>
<p>Started ${formatTime(edition.createdAt, timezone)}, ${edition.status === 'sending' ? 'running for' : 'took'} ${formatDuration(t.durationMs)}, ${formatRate(t.perMinute)}.</p>
${edition.pauseReason ? html`<p class="held">Paused: ${edition.pauseReason}</p>` : ''}
${step ? html`<p class="meta">${step}</p>` : ''}
<div class="scroll"><table>${EDITION_HEAD}${editionRows([edition], now)}</table></div>
<h2>Variants</h2>
${
  rows.length === 0
    ? html`<p>No variant recorded.</p>`
    : html`<div class="scroll"><table><tr><th>Locale</th><th>Topics</th><th class="n">Sections</th><th class="n">Planned</th><th class="n">Sent</th><th class="n">Skipped</th><th class="n">Failed</th></tr>
${rows.map(
  (v) =>
    html`<tr><td>${v.locale}</td><td>${v.topics.join(' + ')}</td><td class="n">${v.sections}</td><td class="n">${v.planned}</td><td class="n">${v.sent}</td><td class="n">${v.skipped}</td><td class="n">${v.failed}</td></tr>\n`,
)}</table></div>`
}
${unsettled > 0 ? html`<p class="meta">${unsettled} claimed without an outcome yet.</p>` : ''}
<p class="meta">Counts: planned ${c.planned}, sent ${c.sent}, skipped ${c.skipped}, failed ${c.failed}, ambiguous ${c.ambiguous ?? 0}, bounced ${c.bounced}, complained ${c.complained}. The same as <code>tidings status ${edition.id}</code>.</p>`;
  return deskShell(`Edition ${edition.id}`, body);
}

export function themesPage(slug: string, title: string, views: SectionThemesView[]): string {
  const body = html`<p class="meta">${slug}: the themes the classifier finds per section, strongest first, with the words that are their evidence marked. A front matter <code>themes:</code> override replaces them for a section.</p>
${views.map((v) => {
  const index = new Map(v.themes.map((t, i) => [t.topic, i % 6]));
  return html`<h2>${v.heading} <span class="meta">${v.sectionId}</span></h2>
${
  v.themes.length === 0
    ? html`<p class="meta">No theme: this section goes to no alert and no digest.</p>`
    : html`<ul>${v.themes.map(
        (t) =>
          html`<li><mark class="t${index.get(t.topic) ?? 0}">${t.name}</mark> <span class="meta">${t.topic} · score ${t.score.toFixed(1)}${t.override ? ' · set by front matter' : ''}</span> — ${t.terms.map((x) => `${x.term} ×${x.count}`).join(', ')}</li>`,
      )}</ul>
${v.paragraphs
  .filter((p) => p.some((r) => r.topic))
  .map(
    (p) =>
      html`<p>${p.map((r) => (r.topic ? html`<mark class="t${index.get(r.topic) ?? 0}" title="${r.topic}">${r.text}</mark>` : r.text))}</p>\n`,
  )}`
}`;
})}`;
  return deskShell(`Themes: ${title}`, body);
}

/** The result of a desk action (publish, digest): what happened, in lines. */
export function resultPage(title: string, lines: string[], outboxUrl: string): string {
  return deskShell(
    title,
    html`<ul>${lines.map((l) => html`<li>${l}</li>`)}</ul>
<p><a href="${outboxUrl}">Open the outbox</a> · <a href="/dev">Back to the desk</a></p>`,
  );
}
