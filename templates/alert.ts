// Instant alert: one section on one followed theme, sent as soon as the article is published.
import { langAttr, mj } from '../functions/core/render/markup.ts';
import type { AlertData } from '../functions/core/render/types.ts';
import { footer } from './_common/footer.ts';
import { header } from './_common/header.ts';
import { layout } from './_common/layout.ts';
import { EMAIL_STRINGS } from './strings.ts';
import type { TemplateOutput } from './types.ts';

export function alertTemplate(data: AlertData): TemplateOutput {
  const t = EMAIL_STRINGS[data.lang];
  const { item } = data;
  const subject = t.alertSubject(data.topic.name, item.heading);
  const preheader = t.alertPreheader(data.topic.name, item.articleTitle);
  const body = mj`
    <mj-section>
      <mj-column>
        <mj-text mj-class="muted">${t.alertIntro(data.topic.name)}</mj-text>
        <mj-text css-class="item"><div${langAttr(item.contentLang, data.lang)}><h3><a href="${item.url}">${item.heading}</a></h3>${item.heading === item.articleTitle ? '' : mj`<p class="source">${t.fromArticle(item.articleTitle)}</p>`}${item.excerpt.map((p) => mj`<p>${p}</p>`)}</div></mj-text>
        <mj-button href="${item.url}" align="left" padding="8px 24px 16px">${t.readMore}</mj-button>
      </mj-column>
    </mj-section>`;
  return {
    subject,
    preheader,
    mjml: layout({
      lang: data.lang,
      subject,
      preheader,
      header: header(data.lang, data.siteUrl, `${t.alertLabel} · ${data.topic.name}`),
      body,
      footer: footer({
        lang: data.lang,
        siteUrl: data.siteUrl,
        postalAddress: data.postalAddress,
        why: t.whyAlert(data.topic.name),
        listLinks: true,
      }),
    }),
  };
}
