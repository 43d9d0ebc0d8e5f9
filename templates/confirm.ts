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
import { headline } from './_common/headline.ts';
import { card, emailDocument } from './_common/layout.ts';
import { httpUrl, lang, line, postalAddress } from './_common/schema.ts';
import { LINK, PARAGRAPH } from './_common/style.ts';
import { EMAIL_STRINGS } from './strings.ts';

function render(data: ConfirmData): TemplateOutput {
  const t = EMAIL_STRINGS[data.lang];
  const body = card(
    '16px 0 8px',
    mj`<mj-text>${headline({ level: 1, text: t.confirmTitle })}<p style="${PARAGRAPH}">${t.confirmIntro}</p><p style="${PARAGRAPH}">${t.confirmTopics}${data.topicNames.join(t.listSeparator)}</p></mj-text>
        <mj-button href="${PLACEHOLDERS.confirmUrl}" align="left" padding="8px 24px 16px" css-class="button">${t.confirmButton}</mj-button>
        <mj-text mj-class="muted" css-class="muted"><p style="${PARAGRAPH}">${t.confirmFallback}<br><a href="${PLACEHOLDERS.confirmUrl}" style="${LINK};word-break:break-all">${PLACEHOLDERS.confirmUrl}</a></p><p style="${PARAGRAPH}">${t.confirmIgnore}</p></mj-text>`,
  );
  return emailDocument(data, {
    subject: t.confirmSubject,
    preheader: t.confirmPreheader,
    label: t.confirmLabel,
    body,
    why: t.whyConfirm,
    links: 'none',
  });
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
