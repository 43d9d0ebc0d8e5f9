// Welcome, sent once a subscription is confirmed: what the reader will get (each topic with its cadence and when
// the first email comes: lines made by the subscription pages, already in the reader's locale), that articles
// come in their original language, the newest articles on their topics and the manage link. On no list: its unsubscribe ends everything.
import { type EmailTemplate, PLACEHOLDERS, type TemplateOutput } from '../functions/core/render/types.ts';
import type { Lang } from '../functions/core/types.ts';
import { mj } from '../functions/shared/markup.ts';
import * as z from '../functions/shared/validation.ts';
import { footer } from './_common/footer.ts';
import { header } from './_common/header.ts';
import { layout } from './_common/layout.ts';
import { httpUrl, lang, line, postalAddress } from './_common/schema.ts';
import { COLORS, LINK } from './_common/style.ts';
import { READER_EMAIL_STRINGS } from './reader-strings.ts';

const P = 'margin:0 0 8px';

export interface WelcomeData {
  lang: Lang;
  siteUrl: string;
  postalAddress?: string;
  /** One line per followed topic (`Health: Daily digest`) and per first send, in the reader's words. */
  recap: string[];
  /** The newest articles on the reader's topics (titles as published, archive pages); none: no such part. */
  latest?: { title: string; url: string }[];
}

function render(data: WelcomeData): TemplateOutput {
  const t = READER_EMAIL_STRINGS[data.lang];
  const subject = t.welcomeSubject;
  const preheader = t.welcomePreheader;
  const latest = data.latest ?? [];
  const body = mj`
    <mj-section css-class="card" padding="16px 0 8px">
      <mj-column>
        <mj-text><h1 class="headline" style="margin:0 0 8px;font-size:24px;line-height:1.35;color:${COLORS.ink}">${t.welcomeTitle}</h1><p style="${P}">${t.welcomeIntro}</p><p style="${P}">${data.recap.map((l, i) => mj`${i > 0 ? mj`<br>` : ''}${l}`)}</p><p style="${P}">${t.welcomeOriginal}</p>${latest.length > 0 ? mj`<p style="${P}">${t.welcomeLatest}<br>${latest.map((a, i) => mj`${i > 0 ? mj`<br>` : ''}<a href="${a.url}" style="${LINK}">${a.title}</a>`)}</p>` : ''}</mj-text>
        <mj-button href="${PLACEHOLDERS.manageUrl}" align="left" padding="8px 24px 16px" css-class="button">${t.manageButton}</mj-button>
      </mj-column>
    </mj-section>`;
  return {
    subject,
    preheader,
    mjml: layout({
      lang: data.lang,
      subject,
      preheader,
      header: header(data.lang, data.siteUrl, t.welcomeSubject),
      body,
      footer: footer({
        lang: data.lang,
        siteUrl: data.siteUrl,
        postalAddress: data.postalAddress,
        why: t.welcomeWhy,
        links: 'list',
      }),
    }),
  };
}

export const welcomeTemplate: EmailTemplate<WelcomeData> = {
  name: 'welcome',
  schema: z.object({
    lang,
    siteUrl: httpUrl,
    postalAddress,
    recap: z.array(line).check(z.minLength(1)),
    latest: z.optional(z.array(z.object({ title: line, url: httpUrl }))),
  }),
  render,
};
