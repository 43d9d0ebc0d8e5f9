// Page shell for the subscription pages: one inline stylesheet allowed by its CSP hash (no external requests, no
// scripts), light and dark colour schemes, system fonts — Latin-first for English (so quotes and punctuation keep
// their Latin shapes), CJK-first in the right script for Chinese — readable on a 390 px phone, visible focus.
import { createHash } from 'node:crypto';
import type { Locale } from '../core/types.ts';
import { html, SafeHtml } from './html.ts';
import { fill } from './strings.ts';
import type { Ui } from './ui.ts';

const LATIN = `-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial`;
const STYLE = `
:root{color-scheme:light dark;--ink:#1d2433;--muted:#556070;--line:#d5dae3;--accent:#0b5cad;--on-accent:#fff;--bg:#f6f7f9;--card:#fff;--bad:#a4161a;--note:#fff6db;--field:#fff;--edge:#7a8496}
@media (prefers-color-scheme:dark){:root{--ink:#e4e8ef;--muted:#aab3c2;--line:#39414f;--accent:#8cc0ff;--on-accent:#0b1424;--bg:#111519;--card:#1a1f27;--bad:#ff9b9b;--note:#2c2716;--field:#12161c;--edge:#8b95a7}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 ${LATIN},"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
html:lang(zh-CN) body{font-family:-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC",sans-serif}
html:lang(zh-TW) body{font-family:-apple-system,"PingFang TC","Microsoft JhengHei","Noto Sans CJK TC","Noto Sans TC",sans-serif}
html:lang(zh-HK) body{font-family:-apple-system,"PingFang HK","Microsoft JhengHei","Noto Sans CJK HK","Noto Sans HK",sans-serif}
html:lang(en) body{font-family:${LATIN},sans-serif}
.site,main,.foot{max-width:42rem;margin:0 auto;padding:.75rem 1rem}
.site{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:.25rem 1rem}
.brand{font-weight:700;color:var(--ink);text-decoration:none}
.langs{display:flex;gap:.75rem;font-size:.875rem}
.langs a[aria-current]{color:var(--ink);font-weight:600;text-decoration:none}
main{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem}
h1{font-size:1.45rem;line-height:1.3;margin:.1rem 0 .6rem}
h2{font-size:1.1rem;margin:1.4rem 0 .4rem}
p{margin:.4rem 0 .8rem}
ul{margin:.3rem 0 .8rem;padding-left:1.25rem}
a{color:var(--accent)}
fieldset{border:0;margin:0 0 .9rem;padding:0;min-width:0}
legend{font-weight:600;padding:0;margin-bottom:.2rem}
.hint,.choice small{display:block;color:var(--muted);font-size:.85rem}
input[type=email],input[type=date],select{font:inherit;padding:.5rem .6rem;border:1px solid var(--edge);border-radius:6px;background:var(--field);color:inherit;max-width:100%}
input[type=email]{width:100%}
input[type=checkbox],input[type=radio]{width:1.15rem;height:1.15rem;margin:.2rem 0 0;flex:none;accent-color:var(--accent)}
.field{margin:0 0 .9rem}
.field>label{display:block;font-weight:600;margin-bottom:.2rem}
.choice{display:flex;gap:.5rem;align-items:flex-start;padding:.2rem 0}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(10rem,1fr));gap:.1rem 1rem}
.inline{display:flex;flex-wrap:wrap;gap:.1rem 1.25rem}
details{border:1px solid var(--line);border-radius:6px;padding:.15rem .75rem;margin:0 0 .6rem}
summary{cursor:pointer;font-weight:600;padding:.35rem 0}
table{border-collapse:collapse;width:100%;margin:.3rem 0 .6rem}
th,td{text-align:left;padding:.4rem .3rem;border-bottom:1px solid var(--line);vertical-align:middle}
thead th{font-size:.85rem;color:var(--muted);font-weight:600}
td select{width:100%;min-width:11em}
button{font:inherit;font-weight:600;padding:.6rem 1.1rem;border-radius:6px;border:2px solid var(--accent);background:var(--accent);color:var(--on-accent);cursor:pointer;min-height:44px}
button.secondary{background:transparent;color:var(--accent)}
button.danger{background:transparent;color:var(--bad);border-color:var(--bad)}
.actions{display:flex;flex-wrap:wrap;gap:.6rem;align-items:center;margin:.8rem 0}
.actions form{margin:0}
:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
.problems{border:2px solid var(--bad);color:var(--bad);border-radius:6px;padding:.3rem 1rem;margin:0 0 1rem}
.banner{max-width:42rem;margin:0 auto .6rem;padding:.6rem 1rem;background:var(--note);border:1px solid var(--line);border-radius:8px}
.banner form{display:inline}
.banner button{min-height:36px;padding:.3rem .8rem;margin-left:.4rem}
.recap{background:var(--bg);border-radius:6px;padding:.5rem 1rem;margin:.5rem 0 1rem}
.recap ul{margin:.2rem 0}
.meta,.foot{color:var(--muted);font-size:.85rem}
.foot p{margin:.2rem 0}
section+section{border-top:1px solid var(--line);margin-top:1.2rem}
@media (max-width:30rem){main{border-radius:0;border-left:0;border-right:0;padding:.6rem 1rem}.site{padding:.4rem 1rem}h1{font-size:1.3rem}fieldset,.field{margin-bottom:.6rem}summary{font-size:.95rem}.choice small{display:none}.grid{gap:0 .75rem}}
`;

/** The CSP source for STYLE; pages need no other style or script. */
export const STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;

/** Who sends and where they are: shown in every page's footer. */
export interface SiteInfo {
  senderName: string;
  senderAddress: string;
  /** POSTAL_ADDRESS, when configured. */
  postalAddress?: string;
  /** Where past editions are (the archive); no archive link without it. */
  archiveHref?: string;
}

export interface LayoutOptions {
  ui: Ui;
  site: SiteInfo;
  title: string;
  body: SafeHtml;
  /** Where the language switch points for each locale; no switch when absent (pages reached by a POST). */
  switchHref?: (locale: Locale) => string;
  /** A notice above the page, e.g. that the subscription is paused. */
  banner?: SafeHtml;
}

const LOCALE_ORDER: readonly Locale[] = ['zh-Hans', 'zh-Hant', 'en'];
const LOCALE_TAG: Record<Locale, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-Hant', en: 'en' };

export function layout({ ui, site, title, body, switchHref, banner }: LayoutOptions): string {
  const { t } = ui;
  const switcher = switchHref
    ? html`<nav class="langs" aria-label="${t.localeSwitchLabel}">${LOCALE_ORDER.map((l) =>
        l === ui.locale
          ? html`<a href="${switchHref(l)}" aria-current="page" lang="${LOCALE_TAG[l]}">${t.localeName[l]}</a>`
          : html`<a href="${switchHref(l)}" lang="${LOCALE_TAG[l]}" hreflang="${LOCALE_TAG[l]}">${t.localeName[l]}</a>`,
      )}</nav>`
    : '';
  return `<!DOCTYPE html>${html`<html lang="${ui.tag}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${title} · ${t.siteName}</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
<header class="site">
<a class="brand" href="/?lang=${ui.locale}">${t.siteName}</a>
${switcher}
</header>
${banner ? html`<div class="banner" role="status">${banner}</div>` : ''}
<main>
<h1>${title}</h1>
${body}
</main>
<footer class="foot">
<p>${fill(t.senderLine, { name: site.senderName, address: site.senderAddress })}${site.archiveHref ? html` · <a href="${site.archiveHref}">${t.archiveLink}</a>` : ''}</p>
${site.postalAddress ? html`<p>${site.postalAddress}</p>` : ''}
</footer>
</body>
</html>`}`;
}
