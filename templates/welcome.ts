// Welcome, sent once a subscription is confirmed: what the reader will get (each topic with its cadence and when
// the first email comes: lines made by the subscription pages, already in the reader's locale), that articles
// come in their original language, the manage link and the archive. On no list: its unsubscribe ends everything.
import { type EmailTemplate, PLACEHOLDERS, type TemplateOutput } from '../functions/core/render/types.ts';
import type { Lang } from '../functions/core/types.ts';
import { mj } from '../functions/shared/markup.ts';
import * as z from '../functions/shared/validation.ts';
import { footer } from './_common/footer.ts';
import { header } from './_common/header.ts';
import { layout } from './_common/layout.ts';
import { httpUrl, lang, line, postalAddress } from './_common/schema.ts';
import { READER_EMAIL_STRINGS } from './reader-strings.ts';

export interface WelcomeData {
  lang: Lang;
  siteUrl: string;
  postalAddress?: string;
  /** One line per followed topic (`Health: Daily digest`) and per first send, in the reader's words. */
  recap: string[];
}

function render(data: WelcomeData): TemplateOutput {
  const t = READER_EMAIL_STRINGS[data.lang];
  const subject = t.welcomeSubject;
  const preheader = t.welcomePreheader;
  const archive = `${data.siteUrl}/archive`;
  const body = mj`
    <mj-section>
      <mj-column>
        <mj-text><h2 style="font-size:22px;margin:0 0 8px">${t.welcomeTitle}</h2><p>${t.welcomeIntro}</p><p>${data.recap.map((l, i) => mj`${i > 0 ? mj`<br>` : ''}${l}`)}</p><p>${t.welcomeOriginal}</p></mj-text>
        <mj-button href="${PLACEHOLDERS.manageUrl}" align="left" padding="8px 24px 16px">${t.manageButton}</mj-button>
        <mj-text mj-class="muted"><p>${t.welcomeArchive} <a href="${archive}">${t.archiveLink}</a></p></mj-text>
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
        listLinks: true,
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
  }),
  render,
};
