// Page shell for the subscription pages: one inline stylesheet allowed by its CSP hash (no external
// requests, no scripts), system fonts with CJK families, readable on a phone, visible keyboard focus.
import { createHash } from 'node:crypto';
import type { Lang } from '../core/types.ts';
import { html, SafeHtml } from './html.ts';
import { STRINGS } from './strings.ts';

const STYLE = `
:root{color-scheme:light;--ink:#1d2433;--muted:#5b6475;--line:#d5dae3;--accent:#0b5cad;--bg:#f6f7f9;--bad:#a4161a}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.6 -apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",Arial,sans-serif}
header,main,footer{max-width:40rem;margin:0 auto;padding:1rem}
header{display:flex;justify-content:space-between;align-items:center;gap:1rem}
header .brand{font-weight:700;color:var(--ink);text-decoration:none}
main{background:#fff;border:1px solid var(--line);border-radius:8px}
h1{font-size:1.5rem;line-height:1.3;margin:.25rem 0 1rem}
p{margin:.5rem 0 1rem}
a{color:var(--accent)}
fieldset{border:1px solid var(--line);border-radius:6px;margin:0 0 1rem;padding:.75rem 1rem}
legend{font-weight:600;padding:0 .25rem}
label{display:block}
.choice{display:flex;gap:.6rem;align-items:flex-start;padding:.35rem 0}
.choice input{margin-top:.35rem;width:1.1rem;height:1.1rem;flex:none}
.choice small,.hint{display:block;color:var(--muted);font-size:.875rem}
input[type=email],select{width:100%;font:inherit;padding:.55rem .6rem;border:1px solid #8a93a3;border-radius:6px;background:#fff;color:inherit}
.field{margin:0 0 1rem}
.field>label{font-weight:600;margin-bottom:.25rem}
.row{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem;padding:.4rem 0;border-bottom:1px solid var(--line)}
.row:last-child{border-bottom:0}
.row select{width:auto;min-width:10rem}
button{font:inherit;font-weight:600;padding:.65rem 1.2rem;border-radius:6px;border:2px solid var(--accent);background:var(--accent);color:#fff;cursor:pointer;min-height:44px}
button.secondary{background:#fff;color:var(--accent)}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1rem}
:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
.problems{border:2px solid var(--bad);color:var(--bad);border-radius:6px;padding:.5rem 1rem;margin:0 0 1rem}
.meta{color:var(--muted);font-size:.875rem}
footer{color:var(--muted);font-size:.875rem}
@media (max-width:30rem){main{border-radius:0;border-left:0;border-right:0}.row select{width:100%}}
`;

/** The CSP source for STYLE; pages need no other style or script. */
export const STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;

export interface LayoutOptions {
  lang: Lang;
  title: string;
  body: SafeHtml;
  /** Where the language switch points, e.g. `/?lang=en`; absent on pages reached by a POST. */
  switchHref?: string;
}

export function layout({ lang, title, body, switchHref }: LayoutOptions): string {
  const t = STRINGS[lang];
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return `<!DOCTYPE html>${html`<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${title} · ${t.siteName}</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
<header>
<a class="brand" href="/?lang=${lang}">${t.siteName}</a>
${switchHref ? html`<a href="${switchHref}" lang="${other === 'zh' ? 'zh-CN' : 'en'}" hreflang="${other}">${t.switchTo}</a>` : ''}
</header>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>`}`;
}
