// Instant alert: one email per article and reader, sent as soon as the article is published. It names the
// reader's topics the article is about and shows each section on them once, in article order. An update alert
// (a correction published with `realert: true`) is the same email marked as an update, with the correction.

import type { AlertData, EmailTemplate, TemplateOutput } from '../functions/core/render/types.ts';
import { langAttr, mj } from '../functions/shared/markup.ts';
import * as z from '../functions/shared/validation.ts';
import { footer } from './_common/footer.ts';
import { header } from './_common/header.ts';
import { layout } from './_common/layout.ts';
import { httpUrl, item, lang, line, postalAddress, text, topic } from './_common/schema.ts';
import { EMAIL_STRINGS } from './strings.ts';

function render(data: AlertData): TemplateOutput {
  const t = EMAIL_STRINGS[data.lang];
  const topicNames = data.topics.map((topic) => topic.name);
  const { article } = data;
  const subject = `${data.update ? t.updateSubjectPrefix : ''}${t.alertSubject(topicNames, article.title)}`;
  const preheader = t.alertPreheader(
    topicNames,
    data.items.map((it) => it.heading).filter((h) => h !== article.title),
  );
  const lang = langAttr(article.contentLang, data.lang);
  const body = mj`
    <mj-section>
      <mj-column>
        ${
          data.update
            ? mj`<mj-text css-class="item"><p style="margin:0"><strong>${t.updateIntro}</strong> ${data.update.note}</p></mj-text>`
            : mj`<mj-text mj-class="muted">${t.alertIntro(topicNames)}</mj-text>`
        }
        <mj-text css-class="item"><h2 style="font-size:22px;line-height:1.35;margin:0"${lang}><a href="${article.url}">${article.title}</a></h2></mj-text>${data.items.map(
          (it) => mj`
        <mj-text css-class="item"><div${lang}>${it.heading === article.title ? '' : mj`<h3><a href="${it.url}">${it.heading}</a></h3>`}<p class="source">${it.topics.map((topic) => topic.name).join(t.listSeparator)}</p>${it.excerpt.map((p) => mj`<p>${p}</p>`)}</div></mj-text>`,
        )}
        <mj-button href="${article.url}" align="left" padding="8px 24px 16px">${t.readMore}</mj-button>
      </mj-column>
    </mj-section>`;
  return {
    subject,
    preheader,
    mjml: layout({
      lang: data.lang,
      subject,
      preheader,
      header: header(data.lang, data.siteUrl, data.update ? t.updateLabel : t.alertLabel),
      body,
      footer: footer({
        lang: data.lang,
        siteUrl: data.siteUrl,
        postalAddress: data.postalAddress,
        why: t.whyAlert(topicNames),
        listLinks: true,
      }),
    }),
  };
}

export const alertTemplate: EmailTemplate<AlertData> = {
  name: 'alert',
  schema: z.object({
    lang,
    siteUrl: httpUrl,
    postalAddress,
    article: z.object({ slug: text, title: line, url: httpUrl, contentLang: z.optional(lang) }),
    topics: z.array(topic).check(z.minLength(1)),
    items: z.array(z.extend(item, { topics: z.array(topic).check(z.minLength(1)) })).check(z.minLength(1)),
    update: z.optional(z.object({ note: line })),
  }),
  render,
};
