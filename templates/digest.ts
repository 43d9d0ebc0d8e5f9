// Digest: sections grouped under theme headings; each item its heading (linked), the article it is from,
// a theme-focused excerpt and a "read the full article" link. Compact levels (see TrimLevel) list a theme's
// items as one linked list, since each MJML block costs about 700 bytes of table markup.

import type {
  DigestData,
  EmailItem,
  EmailTemplate,
  TemplateOutput,
  ThemeGroup,
} from '../functions/core/render/types.ts';
import type { Lang } from '../functions/core/types.ts';
import { langAttr, mj, type SafeMarkup } from '../functions/shared/markup.ts';
import * as z from '../functions/shared/validation.ts';
import { footer } from './_common/footer.ts';
import { header } from './_common/header.ts';
import { layout } from './_common/layout.ts';
import { httpUrl, item, lang, line, postalAddress, topic } from './_common/schema.ts';
import { EMAIL_STRINGS } from './strings.ts';
import { CAPPED_LINKS_PER_EDITION, TRIM_LEVELS, type TrimLevel } from './types.ts';

function source(lang: Lang, it: EmailItem): SafeMarkup | '' {
  // The lead's heading is the article title: naming the article again would repeat it.
  return it.heading === it.articleTitle
    ? ''
    : mj`<p class="source">${EMAIL_STRINGS[lang].fromArticle(it.articleTitle)}</p>`;
}

function fullItem(lang: Lang, it: EmailItem, paragraphs: string[]): SafeMarkup {
  const t = EMAIL_STRINGS[lang];
  return mj`
        <mj-text css-class="item"><div${langAttr(it.contentLang, lang)}><h3><a href="${it.url}">${it.heading}</a></h3>${source(lang, it)}${paragraphs.map((p) => mj`<p>${p}</p>`)}</div><p><a href="${it.url}">${t.readMore} →</a></p></mj-text>`;
}

function linkList(lang: Lang, items: EmailItem[]): SafeMarkup {
  return mj`
        <mj-text css-class="item"><ul style="margin:0;padding-left:20px">${items.map(
          (it) =>
            mj`<li style="margin:0 0 6px"${langAttr(it.contentLang, lang)}><a href="${it.url}">${it.heading}</a>${
              it.heading === it.articleTitle
                ? ''
                : mj` <span class="source">${EMAIL_STRINGS[lang].fromArticle(it.articleTitle)}</span>`
            }</li>`,
        )}</ul></mj-text>`;
}

function group(data: DigestData, g: ThemeGroup, trim: TrimLevel, cap: number): SafeMarkup {
  const t = EMAIL_STRINGS[data.lang];
  const shown = trim === 'capped' ? g.items.slice(0, cap) : g.items;
  const hidden = g.items.length - shown.length;
  const items =
    trim === 'full' || trim === 'first-paragraph'
      ? shown.map((it) => fullItem(data.lang, it, trim === 'full' ? it.excerpt : it.excerpt.slice(0, 1)))
      : linkList(data.lang, shown);
  return mj`
    <mj-section>
      <mj-column>
        <mj-text mj-class="theme"><h2 style="font-size:20px;margin:0">${g.topic.name}</h2></mj-text>${items}${
          hidden > 0
            ? mj`
        <mj-text mj-class="muted"><a href="${data.siteUrl}">${t.moreItems(hidden)}</a></mj-text>`
            : ''
        }
      </mj-column>
    </mj-section>`;
}

function render(data: DigestData, trim: TrimLevel = 'full'): TemplateOutput {
  const t = EMAIL_STRINGS[data.lang];
  const subject = t.digestSubject(data.cadence, data.editionDate, data.groups.length);
  const headings = data.groups.flatMap((g) => g.items.map((i) => i.heading));
  const preheader = t.digestPreheader(headings.slice(0, 3));
  // At the last level the edition's links are shared out between its themes, at least a few each.
  const cap = Math.max(3, Math.floor(CAPPED_LINKS_PER_EDITION / data.groups.length));
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
    </mj-section>${data.groups.map((g) => group(data, g, trim, cap))}`;
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
        postalAddress: data.postalAddress,
        why: t.whyDigest(data.cadence),
        listLinks: true,
      }),
    }),
  };
}

export const digestTemplate: EmailTemplate<DigestData> = {
  name: 'digest',
  schema: z.object({
    lang,
    cadence: z.enum(['daily', 'weekly']),
    editionDate: line,
    siteUrl: httpUrl,
    postalAddress,
    groups: z.array(z.object({ topic, items: z.array(item).check(z.minLength(1)) })).check(z.minLength(1)),
  }),
  levels: TRIM_LEVELS,
  render: (data, level) => render(data, (level as TrimLevel | undefined) ?? 'full'),
};
