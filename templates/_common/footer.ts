// Footer of every email: why the reader got it, and (for list mail) the preference and unsubscribe links.
// Those links are the PLACEHOLDERS, replaced per recipient by personalize(), so one compile serves everyone.

import { PLACEHOLDERS } from '../../functions/core/render/types.ts';
import type { Lang } from '../../functions/core/types.ts';
import { mj, type SafeMarkup } from '../../functions/shared/markup.ts';
import { EMAIL_STRINGS } from '../strings.ts';

export interface FooterInput {
  lang: Lang;
  siteUrl: string;
  why: string;
  postalAddress?: string;
  /** List mail carries manage + unsubscribe links; the confirmation email (no subscription yet) does not. */
  listLinks: boolean;
}

export function footer({ lang, siteUrl, why, listLinks, postalAddress }: FooterInput): SafeMarkup {
  const t = EMAIL_STRINGS[lang];
  const links = listLinks
    ? mj`<p><a href="${PLACEHOLDERS.manageUrl}">${t.managePreferences}</a> · <a href="${PLACEHOLDERS.unsubscribeUrl}">${t.unsubscribe}</a></p>`
    : '';
  return mj`    <mj-section mj-class="footer">
      <mj-column>
        <mj-text mj-class="fine"><p>${why}</p>${links}<p>${t.senderLine(new URL(siteUrl).host)}${postalAddress ? mj`<br>${postalAddress}` : ''}</p></mj-text>
      </mj-column>
    </mj-section>`;
}
