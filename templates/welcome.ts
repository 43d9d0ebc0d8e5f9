// Welcome, sent once a subscription is confirmed: what the reader will get (each topic with its cadence and when
// the first email comes: lines made by the subscription pages, already in the reader's locale), that articles
// come in their original language, the newest articles on their topics and the manage link. On no list: its unsubscribe ends everything.
import { type EmailTemplate, PLACEHOLDERS, type TemplateOutput } from '../functions/core/render/types.ts';
import type { Lang } from '../functions/core/types.ts';
import { mj } from '../functions/shared/markup.ts';
import * as z from '../functions/shared/validation.ts';
import { headline } from './_common/headline.ts';
import { card, emailDocument } from './_common/layout.ts';
import { httpUrl, lang, line, postalAddress } from './_common/schema.ts';
import { LINK, PARAGRAPH } from './_common/style.ts';
import { READER_EMAIL_STRINGS } from './reader-strings.ts';

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
  const latest = data.latest ?? [];
  const body = card(
    '16px 0 8px',
    mj`<mj-text>${headline({ level: 1, text: t.welcomeTitle })}<p style="${PARAGRAPH}">${t.welcomeIntro}</p><p style="${PARAGRAPH}">${data.recap.map((l, i) => mj`${i > 0 ? mj`<br>` : ''}${l}`)}</p><p style="${PARAGRAPH}">${t.welcomeOriginal}</p>${latest.length > 0 ? mj`<p style="${PARAGRAPH}">${t.welcomeLatest}<br>${latest.map((a, i) => mj`${i > 0 ? mj`<br>` : ''}<a href="${a.url}" style="${LINK}">${a.title}</a>`)}</p>` : ''}</mj-text>
        <mj-button href="${PLACEHOLDERS.manageUrl}" align="left" padding="8px 24px 16px" css-class="button">${t.manageButton}</mj-button>`,
  );
  return emailDocument(data, {
    subject: t.welcomeSubject,
    preheader: t.welcomePreheader,
    label: t.welcomeSubject,
    body,
    why: t.welcomeWhy,
    links: 'list',
  });
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
