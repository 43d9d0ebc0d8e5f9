// The document every email shares: the static head partial (pulled in by mj-include, so MJML must be called
// with includes enabled and `filePath` at templates/), the title and preheader, header, body and footer.

import type { Lang } from '../../functions/core/types.ts';
import { htmlLang, mj, type SafeMarkup } from '../../functions/shared/markup.ts';

export interface LayoutInput {
  lang: Lang;
  subject: string;
  preheader: string;
  header: SafeMarkup;
  body: SafeMarkup;
  footer: SafeMarkup;
}

export function layout({ lang, subject, preheader, header, body, footer }: LayoutInput): string {
  return mj`<mjml lang="${htmlLang(lang)}">
  <mj-head>
    <mj-include path="./_common/head.mjml" />
    <mj-title>${subject}</mj-title>
    <mj-preview>${preheader}</mj-preview>
  </mj-head>
  <mj-body>
${header}
${body}
${footer}
  </mj-body>
</mjml>`.value;
}
