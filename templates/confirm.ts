// Double opt-in: says which topics were chosen (names from the taxonomy, never user-typed text) and offers
// one button to the confirmation page. The link leads to a page with a POST form: a GET confirms nothing.
import { mj } from '../functions/core/render/markup.ts';
import { type ConfirmData, PLACEHOLDERS } from '../functions/core/render/types.ts';
import { footer } from './_common/footer.ts';
import { header } from './_common/header.ts';
import { layout } from './_common/layout.ts';
import { EMAIL_STRINGS } from './strings.ts';
import type { TemplateOutput } from './types.ts';

export function confirmTemplate(data: ConfirmData): TemplateOutput {
  const t = EMAIL_STRINGS[data.lang];
  const subject = t.confirmSubject;
  const preheader = t.confirmPreheader;
  const body = mj`
    <mj-section>
      <mj-column>
        <mj-text><h2 style="font-size:22px;margin:0 0 8px">${t.confirmTitle}</h2><p>${t.confirmIntro}</p><p>${t.confirmTopics}${t.list(data.topicNames)}</p></mj-text>
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
