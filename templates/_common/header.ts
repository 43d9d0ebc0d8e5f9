import type { Lang } from '../../functions/core/types.ts';
import { mj, type SafeMarkup } from '../../functions/shared/markup.ts';
import { EMAIL_STRINGS } from '../strings.ts';

/** Masthead: the site name linking home, and what this email is (edition name and date, or alert). */
export function header(lang: Lang, siteUrl: string, label: string): SafeMarkup {
  const t = EMAIL_STRINGS[lang];
  return mj`    <mj-section mj-class="masthead">
      <mj-group>
        <mj-column>
          <mj-text mj-class="brand" css-class="brand"><a href="${siteUrl}">${t.siteName}</a></mj-text>
        </mj-column>
        <mj-column>
          <mj-text mj-class="edition">${label}</mj-text>
        </mj-column>
      </mj-group>
    </mj-section>`;
}
