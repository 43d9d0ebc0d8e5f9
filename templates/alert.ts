// Instant alert: one email per article and reader, sent as soon as the article is published. It names the
// reader's topics the article is about and shows each section on them once, in article order. An update alert
// (a correction published with `realert: true`) is the same email marked as an update, with the correction.
import type { AlertData, EmailTemplate, TemplateOutput } from '../functions/core/render/types.ts';
import { langAttr, mj } from '../functions/shared/markup.ts';
import * as z from '../functions/shared/validation.ts';
import { headline } from './_common/headline.ts';
import { card, emailDocument } from './_common/layout.ts';
import { httpUrl, item, lang, line, postalAddress, text, topic } from './_common/schema.ts';
import { COLORS, LINK, PARAGRAPH } from './_common/style.ts';
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
  const body = card(
    '8px 0 12px',
    mj`${
      data.update
        ? mj`<mj-text css-class="kicker" mj-class="kicker"><strong>${t.updateIntro}</strong> ${data.update.note}</mj-text>`
        : mj`<mj-text mj-class="kicker" css-class="kicker">${t.alertIntro(topicNames)}</mj-text>`
    }
        <mj-text padding="6px 24px 4px">${headline({ level: 1, text: article.title, href: article.url, margin: '0', lang })}</mj-text>${data.items.map(
          (it) => mj`
        <mj-text css-class="story" padding="10px 24px 4px">${
          it.heading === article.title ? '' : headline({ level: 2, text: it.heading, href: it.url, lang })
        }<p style="${PARAGRAPH}"${lang}>${it.excerpt}</p><p class="muted" style="${PARAGRAPH};font-size:14px;color:${COLORS.muted}">${it.topics.map((topic) => topic.name).join(t.listSeparator)} · <a href="${it.url}" style="${LINK}">${t.readMore} →</a></p></mj-text>`,
        )}
        <mj-button href="${article.url}" align="left" padding="8px 24px 8px" css-class="button">${t.readMore}</mj-button>`,
  );
  return emailDocument(data, {
    subject,
    preheader,
    label: data.update ? t.updateLabel : t.alertLabel,
    webUrl: data.webUrl,
    body,
    why: t.whyAlert(topicNames),
    links: data.web ? 'web' : 'list',
  });
}

export const alertTemplate: EmailTemplate<AlertData> = {
  name: 'alert',
  schema: z.object({
    lang,
    siteUrl: httpUrl,
    webUrl: z.optional(httpUrl),
    web: z.optional(z.boolean()),
    postalAddress,
    article: z.object({
      slug: text,
      title: line,
      url: httpUrl,
      contentLang: z.optional(lang),
      publishedAt: z.optional(text),
    }),
    topics: z.array(topic).check(z.minLength(1)),
    items: z.array(z.extend(item, { topics: z.array(topic).check(z.minLength(1)) })).check(z.minLength(1)),
    update: z.optional(z.object({ note: line })),
  }),
  render,
};
