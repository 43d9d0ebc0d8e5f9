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
import { COLORS, LINK } from './_common/style.ts';
import { EMAIL_STRINGS } from './strings.ts';

const P = 'margin:0 0 8px';

function render(data: ConfirmData): TemplateOutput {
  const t = EMAIL_STRINGS[data.lang];
  const subject = t.confirmSubject;
  const preheader = t.confirmPreheader;
  const body = mj`
    <mj-section css-class="card" padding="16px 0 8px">
      <mj-column>
        <mj-text><h1 class="headline" style="margin:0 0 8px;font-size:24px;line-height:1.35;color:${COLORS.ink}">${t.confirmTitle}</h1><p style="${P}">${t.confirmIntro}</p><p style="${P}">${t.confirmTopics}${data.topicNames.join(t.listSeparator)}</p></mj-text>
        <mj-button href="${PLACEHOLDERS.confirmUrl}" align="left" padding="8px 24px 16px" css-class="button">${t.confirmButton}</mj-button>
        <mj-text mj-class="muted" css-class="muted"><p style="${P}">${t.confirmFallback}<br><a href="${PLACEHOLDERS.confirmUrl}" style="${LINK};word-break:break-all">${PLACEHOLDERS.confirmUrl}</a></p><p style="${P}">${t.confirmIgnore}</p></mj-text>
      </mj-column>
    </mj-section>`;
  return {
    subject,
    preheader,
    mjml: layout({
      lang: data.lang,
      subject,
      preheader,
      header: header(data.lang, data.siteUrl, t.confirmLabel),
      body,
      footer: footer({
        lang: data.lang,
        siteUrl: data.siteUrl,
        postalAddress: data.postalAddress,
        why: t.whyConfirm,
        links: 'none',
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
