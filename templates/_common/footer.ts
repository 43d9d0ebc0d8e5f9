// Footer of every email: why the reader got it, the preference and unsubscribe links (list mail; they are the
// PLACEHOLDERS, filled per recipient by personalize(), so one compile serves everyone), the sender and its postal
// address. The web version of an edition has no personal links: it says what it is and links to the subscribe page.
import { PLACEHOLDERS } from '../../functions/core/render/types.ts';
import type { Lang } from '../../functions/core/types.ts';
import { mj, type SafeMarkup } from '../../functions/shared/markup.ts';
import { EMAIL_STRINGS } from '../strings.ts';
import { COLORS } from './style.ts';

export interface FooterInput {
  lang: Lang;
  siteUrl: string;
  why: string;
  postalAddress?: string;
  /** `list`: manage + unsubscribe; `web`: the web version's subscribe link; `none`: the confirmation email. */
  links: 'list' | 'web' | 'none';
}

export function footer({ lang, siteUrl, why, links, postalAddress }: FooterInput): SafeMarkup {
  const t = EMAIL_STRINGS[lang];
  const style = `color:${COLORS.muted};text-decoration:underline`;
  const line =
    links === 'list'
      ? mj`<p><a href="${PLACEHOLDERS.manageUrl}" style="${style}">${t.managePreferences}</a> · <a href="${PLACEHOLDERS.unsubscribeUrl}" style="${style}">${t.unsubscribe}</a></p>`
      : links === 'web'
        ? mj`<p><a href="${siteUrl}" style="${style}">${t.subscribe}</a></p>`
        : '';
  return mj`    <mj-section mj-class="footer" css-class="footer">
      <mj-column>
        <mj-text mj-class="fine"><p>${links === 'web' ? t.webVersion : why}</p>${line}<p>${t.senderLine(new URL(siteUrl).host)}${postalAddress ? mj`<br>${postalAddress}` : ''}</p></mj-text>
      </mj-column>
    </mj-section>`;
}
