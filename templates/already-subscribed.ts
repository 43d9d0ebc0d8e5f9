// "You are already subscribed": the answer by email to a subscribe request for an active or paused address (the
// web answer is the same for every address, so only the mailbox owner learns it). A manage link, and when the
// request named topics the reader does not follow yet, a button whose confirm link adds exactly those.
import { type EmailTemplate, PLACEHOLDERS, type TemplateOutput } from '../functions/core/render/types.ts';
import type { Lang } from '../functions/core/types.ts';
import { mj } from '../functions/shared/markup.ts';
import * as z from '../functions/shared/validation.ts';
import { headline } from './_common/headline.ts';
import { card, emailDocument } from './_common/layout.ts';
import { httpUrl, lang, line, postalAddress } from './_common/schema.ts';
import { LINK, PARAGRAPH } from './_common/style.ts';
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
  const adds = data.addedNames.length > 0;
  const body = card(
    '16px 0 8px',
    mj`<mj-text>${headline({ level: 1, text: t.alreadyTitle })}<p style="${PARAGRAPH}">${t.alreadyIntro}</p><p style="${PARAGRAPH}">${t.alreadyTopics}${data.topicNames.join(sep)}</p>${adds ? mj`<p style="${PARAGRAPH}">${t.alreadyAdded}${data.addedNames.join(sep)}</p>` : ''}</mj-text>
        ${adds ? mj`<mj-button href="${PLACEHOLDERS.confirmUrl}" align="left" padding="8px 24px 8px" css-class="button">${t.alreadyAddButton}</mj-button>` : ''}
        <mj-text><p style="${PARAGRAPH}"><a href="${PLACEHOLDERS.manageUrl}" style="${LINK}">${t.manageButton}</a></p></mj-text>
        <mj-text mj-class="muted" css-class="muted"><p style="${PARAGRAPH}">${t.alreadyIgnore}</p></mj-text>`,
  );
  return emailDocument(data, {
    subject: t.alreadySubject,
    preheader: t.alreadyPreheader,
    label: t.alreadyTitle,
    body,
    why: t.alreadyWhy,
    links: 'list',
  });
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
