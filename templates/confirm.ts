// Double opt-in: says which topics were chosen (names from the taxonomy, never user-typed text) and offers
// one button to the confirmation page. The link leads to a page with a POST form: a GET confirms nothing.

import {
  type ConfirmData,
  type EmailTemplate,
  PLACEHOLDERS,
  type TemplateOutput,
} from '../functions/core/render/types.ts';
import { mj } from '../functions/shared/markup.ts';
import * as z from '../functions/shared/validation.ts';
import { footer } from './_common/footer.ts';
import { header } from './_common/header.ts';
import { layout } from './_common/layout.ts';
import { httpUrl, lang, line, postalAddress } from './_common/schema.ts';
import { EMAIL_STRINGS } from './strings.ts';

function render(data: ConfirmData): TemplateOutput {
  const t = EMAIL_STRINGS[data.lang];
  const subject = t.confirmSubject;
  const preheader = t.confirmPreheader;
  const body = mj`
    <mj-section>
      <mj-column>
        <mj-text><h2 style="font-size:22px;margin:0 0 8px">${t.confirmTitle}</h2><p>${t.confirmIntro}</p><p>${t.confirmTopics}${data.topicNames.join(t.listSeparator)}</p></mj-text>
        <mj-button href="${PLACEHOLDERS.confirmUrl}" align="left" padding="8px 24px 16px">${t.confirmButton}</mj-button>
        <mj-text mj-class="muted"><p>${t.confirmFallback}<br><a href="${PLACEHOLDERS.confirmUrl}" style="word-break:break-all">${PLACEHOLDERS.confirmUrl}</a></p><p>${t.confirmIgnore}</p></mj-text>
      </mj-column>
    </mj-section>`;
  return {
    subject,
    preheader,
    mjml: layout({
      lang: data.lang,
      subject,
      preheader,
      header: header(data.lang, data.siteUrl, t.confirmTitle),
      body,
      footer: footer({
        lang: data.lang,
        siteUrl: data.siteUrl,
        postalAddress: data.postalAddress,
        why: t.whyConfirm,
        listLinks: false,
      }),
    }),
  };
}

export const confirmTemplate: EmailTemplate<ConfirmData> = {
  name: 'confirm',
  schema: z.object({
    lang,
    siteUrl: httpUrl,
    postalAddress,
    topicNames: z.array(line).check(z.minLength(1)),
  }),
  render,
};
