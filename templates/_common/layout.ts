// The document every email shares: the static head partial (pulled in by mj-include, so MJML must be called
// with includes enabled and `filePath` at templates/), the language's fonts, the title and the preheader,
// then header, body and footer. `emailDocument` is what every template returns: the document around its body.
import type { TemplateOutput } from '../../functions/core/render/types.ts';
import type { Lang } from '../../functions/core/types.ts';
import { htmlLang, SafeMarkup as Markup, mj, type SafeMarkup } from '../../functions/shared/markup.ts';
import { type FooterInput, footer } from './footer.ts';
import { header } from './header.ts';

/**
 * System fonts only (no web fonts). Chinese emails take their Latin letters from the CJK font too, so mixed text
 * looks of a piece; English emails use a Latin font first and fall back to CJK fonts for Chinese excerpts.
 */
export const FONT_STACKS: Record<Lang, string> = {
  zh: "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
  en: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
};

/**
 * After the preheader, inbox previews would run on into the masthead ("tidings newsletter Daily digest…"): a run
 * of invisible characters (zero-width non-joiner and non-breaking space) fills the preview instead.
 */
const PREHEADER_FILLER = new Markup('&zwnj;&nbsp;'.repeat(100));

export interface LayoutInput {
  lang: Lang;
  subject: string;
  preheader: string;
  header: SafeMarkup;
  body: SafeMarkup;
  footer: SafeMarkup;
}

export function layout({ lang, subject, preheader, header, body, footer }: LayoutInput): string {
  // The preheader is hidden by display and size, not by a colour matching the background (spam filters score
  // low-contrast text); it is skipped in the text part.
  return mj`<mjml lang="${htmlLang(lang)}">
  <mj-head>
    <mj-include path="./_common/head.mjml" />
    <mj-attributes>
      <mj-all font-family="${new Markup(FONT_STACKS[lang])}" />
    </mj-attributes>
    <mj-title>${subject}</mj-title>
  </mj-head>
  <mj-body css-class="page">
    <mj-raw><div class="preheader" aria-hidden="true" style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all">${preheader}${PREHEADER_FILLER}</div></mj-raw>
${header}
${body}
${footer}
  </mj-body>
</mjml>`.value;
}

/** A white card on the page: one section of an email's body, its blocks in one column. */
export function card(padding: string, blocks: SafeMarkup): SafeMarkup {
  return mj`
    <mj-section css-class="card" padding="${padding}">
      <mj-column>
        ${blocks}
      </mj-column>
    </mj-section>`;
}

/** What every email's data carries for the document around its body. */
export interface DocumentData {
  lang: Lang;
  siteUrl: string;
  postalAddress?: string;
}

export interface DocumentParts {
  subject: string;
  preheader: string;
  /** The masthead's label: what this email is. */
  label: string;
  /** The edition's web version: a "view in browser" line above the masthead. */
  webUrl?: string;
  body: SafeMarkup;
  /** The footer's line saying why the reader got this email. */
  why: string;
  links: FooterInput['links'];
}

export function emailDocument(
  { lang, siteUrl, postalAddress }: DocumentData,
  { subject, preheader, label, webUrl, body, why, links }: DocumentParts,
): TemplateOutput {
  return {
    subject,
    preheader,
    mjml: layout({
      lang,
      subject,
      preheader,
      header: header(lang, siteUrl, label, webUrl),
      body,
      footer: footer({ lang, siteUrl, postalAddress, why, links }),
    }),
  };
}
