// Digest: sections grouped under theme headings; each item its heading (linked), the article it is from,
// a theme-focused excerpt and a "read the full article" link.
import { mj, type SafeMarkup } from '../functions/core/render/markup.ts';
import type { DigestData, EmailItem } from '../functions/core/render/types.ts';
import type { Lang } from '../functions/core/types.ts';
import { footer } from './_common/footer.ts';
import { header } from './_common/header.ts';
import { layout } from './_common/layout.ts';
import { EMAIL_STRINGS } from './strings.ts';
import { CAPPED_ITEMS_PER_THEME, type TemplateOutput, type TrimLevel } from './types.ts';

function item(lang: Lang, it: EmailItem, trim: TrimLevel): SafeMarkup {
  const t = EMAIL_STRINGS[lang];
  const linksOnly = trim === 'links-only' || trim === 'capped';
  const excerpt = linksOnly ? [] : trim === 'first-paragraph' ? it.excerpt.slice(0, 1) : it.excerpt;
  return mj`
        <mj-text css-class="item"><h3><a href="${it.url}">${it.heading}</a></h3>${it.heading === it.articleTitle ? '' : mj`<p class="source">${t.fromArticle(it.articleTitle)}</p>`}${excerpt.map((p) => mj`<p>${p}</p>`)}${linksOnly ? '' : mj`<p><a href="${it.url}">${t.readMore} →</a></p>`}</mj-text>`;
}

export function digestTemplate(data: DigestData, trim: TrimLevel = 'full'): TemplateOutput {
  const t = EMAIL_STRINGS[data.lang];
  const subject = t.digestSubject(data.cadence, data.editionDate, data.groups.length);
  const headings = data.groups.flatMap((g) => g.items.map((i) => i.heading));
  const preheader = t.digestPreheader(headings.slice(0, 3));
  const groups = data.groups.map((group) => {
    const shown = trim === 'capped' ? group.items.slice(0, CAPPED_ITEMS_PER_THEME) : group.items;
    const hidden = group.items.length - shown.length;
    return mj`
    <mj-section>
      <mj-column>
        <mj-text mj-class="theme"><h2 style="font-size:20px;margin:0">${group.topic.name}</h2></mj-text>${shown.map((it) => item(data.lang, it, trim))}${
          hidden > 0
            ? mj`
        <mj-text mj-class="muted"><a href="${data.siteUrl}">${t.moreItems(hidden)}</a></mj-text>`
            : ''
        }
      </mj-column>
    </mj-section>`;
  });
  const body = mj`
    <mj-section>
      <mj-column>
        <mj-text>${t.digestIntro(data.cadence, data.editionDate)}</mj-text>${
          trim === 'full'
            ? ''
            : mj`
        <mj-text mj-class="muted">${t.digestTrimmedNote}</mj-text>`
        }
      </mj-column>
    </mj-section>${groups}`;
  return {
    subject,
    preheader,
    mjml: layout({
      lang: data.lang,
      subject,
      preheader,
      header: header(data.lang, data.siteUrl, `${t.digestName[data.cadence]} · ${data.editionDate}`),
      body,
      footer: footer({
        lang: data.lang,
        siteUrl: data.siteUrl,
        why: t.whyDigest(data.cadence),
        listLinks: true,
      }),
    }),
  };
}
