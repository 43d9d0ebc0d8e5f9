// Above every email: a "view in browser" line (edition emails) and the masthead — the site name linking home and
// what this email is. Brand and label stand on lines of their own, so the masthead never wraps mid-date at 320 px.

import type { Lang } from '../../functions/core/types.ts';
import { mj, type SafeMarkup } from '../../functions/shared/markup.ts';
import { EMAIL_STRINGS } from '../strings.ts';
import { COLORS } from './style.ts';

export function header(lang: Lang, siteUrl: string, label: string, webUrl?: string): SafeMarkup {
  const t = EMAIL_STRINGS[lang];
  const browser = webUrl
    ? mj`    <mj-section mj-class="bar" css-class="bar">
      <mj-column>
        <mj-text mj-class="fine" align="right" padding="0 24px 6px"><a href="${webUrl}" style="color:${COLORS.muted};text-decoration:underline">${t.viewInBrowser}</a></mj-text>
      </mj-column>
    </mj-section>
`
    : '';
  return mj`${browser}    <mj-section mj-class="masthead">
      <mj-column>
        <mj-text mj-class="brand"><a href="${siteUrl}" style="color:${COLORS.onDark};text-decoration:none">${t.siteName}</a></mj-text>
        <mj-text mj-class="edition">${label}</mj-text>
      </mj-column>
    </mj-section>`;
}
