// "You are already subscribed": the answer by email to a subscribe request for an active or paused address (the
// web answer is the same for every address, so only the mailbox owner learns it). A manage link, and when the
// request named topics the reader does not follow yet, a button whose confirm link adds exactly those.
import { type EmailTemplate, PLACEHOLDERS, type TemplateOutput } from '../functions/core/render/types.ts';
import type { Lang } from '../functions/core/types.ts';
import { mj } from '../functions/shared/markup.ts';
import * as z from '../functions/shared/validation.ts';
import { footer } from './_common/footer.ts';
import { header } from './_common/header.ts';
import { layout } from './_common/layout.ts';
import { httpUrl, lang, line, postalAddress } from './_common/schema.ts';
import { READER_EMAIL_STRINGS } from './reader-strings.ts';
import { EMAIL_STRINGS } from './strings.ts';

export interface AlreadySubscribedData {
  lang: Lang;
  siteUrl: string;
  postalAddress?: string;
  /** Names of the topics the reader follows (taxonomy names, never request text). */
  topicNames: string[];
  /** Names of requested topics the reader does not follow yet; empty: nothing to add. */
  addedNames: string[];
}

function render(data: AlreadySubscribedData): TemplateOutput {
  const t = READER_EMAIL_STRINGS[data.lang];
  const sep = EMAIL_STRINGS[data.lang].listSeparator;
  const subject = t.alreadySubject;
  const preheader = t.alreadyPreheader;
  const adds = data.addedNames.length > 0;
  const body = mj`
    <mj-section>
      <mj-column>
        <mj-text><h2 style="font-size:22px;margin:0 0 8px">${t.alreadyTitle}</h2><p>${t.alreadyIntro}</p><p>${t.alreadyTopics}${data.topicNames.join(sep)}</p>${adds ? mj`<p>${t.alreadyAdded}${data.addedNames.join(sep)}</p>` : ''}</mj-text>
        ${adds ? mj`<mj-button href="${PLACEHOLDERS.confirmUrl}" align="left" padding="8px 24px 8px">${t.alreadyAddButton}</mj-button>` : ''}
        <mj-text><p><a href="${PLACEHOLDERS.manageUrl}">${t.manageButton}</a></p></mj-text>
        <mj-text mj-class="muted"><p>${t.alreadyIgnore}</p></mj-text>
      </mj-column>
    </mj-section>`;
  return {
    subject,
    preheader,
    mjml: layout({
      lang: data.lang,
      subject,
      preheader,
      header: header(data.lang, data.siteUrl, t.alreadyTitle),
      body,
      footer: footer({
        lang: data.lang,
        siteUrl: data.siteUrl,
        postalAddress: data.postalAddress,
        why: t.alreadyWhy,
        listLinks: true,
      }),
    }),
  };
}

export const alreadySubscribedTemplate: EmailTemplate<AlreadySubscribedData> = {
  name: 'already-subscribed',
  schema: z.object({
    lang,
    siteUrl: httpUrl,
    postalAddress,
    topicNames: z.array(line).check(z.minLength(1)),
    addedNames: z.array(line),
  }),
  render,
};
