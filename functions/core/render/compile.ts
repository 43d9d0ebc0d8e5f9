// Step 1 of rendering: MJML → HTML + plain text, once per content variant. This is the only module that
// imports mjml (a 3.5 MB bundle, ~15 ms a render): the sender imports personalize.ts, never this file. The
// templates are handed in (EmailTemplate, from the registry in templates/): this module imports none of them.
import { compile as compileHtmlToText } from 'html-to-text';
import mjml2html from 'mjml';
import type { Lang } from '../types.ts';
import { checkTemplateData } from './schema.ts';
import { type CompiledEmail, type EmailTemplate, type Personalization, PLACEHOLDERS } from './types.ts';

/** Gmail clips messages over about 102 KB; every email stays under this many bytes of HTML. */
export const MAX_HTML_BYTES = 100_000;
/**
 * Room kept for personalization: each placeholder becomes a recipient URL with a signed token, longer than
 * the placeholder, so a compiled variant must leave space for that growth.
 */
export const PERSONALIZATION_HEADROOM_BYTES = 4_000;

export class EmailTooLargeError extends Error {
  override name = 'EmailTooLargeError';
  constructor(
    readonly template: string,
    readonly bytes: number,
  ) {
    super(
      `${template} email is ${bytes} bytes of HTML even at its most compact; the limit is ${MAX_HTML_BYTES}.`,
    );
  }
}

const toText = compileHtmlToText({
  wordwrap: 78,
  selectors: [
    // MJML's preheader is a hidden div right after <body>: it belongs to inbox lists, not the text part.
    { selector: 'div[style*="display:none"]', format: 'skip' },
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
  ],
});

const PLACEHOLDER_KEYS = Object.keys(PLACEHOLDERS) as (keyof Personalization)[];

/** MJML → HTML with includes limited to `includeDir`, strict validation, and no web fonts. */
export async function mjmlToHtml(mjml: string, includeDir: string): Promise<string> {
  const result = await mjml2html(mjml, {
    validationLevel: 'strict',
    ignoreIncludes: false,
    filePath: includeDir,
    includePath: includeDir,
    // MJML links Google Fonts for some families by default; the system font stack needs none.
    fonts: {},
    keepComments: false,
  });
  // MJML indents its output; indentation is a fifth of a short email's bytes and renders as nothing (email HTML
  // has no <pre>), while Gmail clips messages over 102 KB. A line break stays, so words never run together.
  return result.html.replace(/\n\s+/g, '\n');
}

export type CompileEmail = <D extends { lang: Lang }>(
  template: EmailTemplate<D>,
  data: D,
) => Promise<CompiledEmail>;

/**
 * The compiler for a template set whose MJML includes resolve in `includeDir`. It compiles one variant:
 * recipient-specific links appear as PLACEHOLDERS, which personalize() fills in. Throws TemplateDataError naming
 * missing fields, EmailTooLargeError if even the most compact form is too big.
 */
export function createEmailCompiler(options: { includeDir: string }): CompileEmail {
  return async (template, data) => {
    const checked = checkTemplateData(template, data);
    const levels: readonly (string | undefined)[] = template.levels ?? [undefined];
    const budget = MAX_HTML_BYTES - PERSONALIZATION_HEADROOM_BYTES;
    let bytes = 0;
    for (const level of levels) {
      const out = template.render(checked, level);
      const html = await mjmlToHtml(out.mjml, options.includeDir);
      bytes = Buffer.byteLength(html, 'utf8');
      if (bytes > budget) continue;
      const text = toText(html);
      return {
        template: template.name,
        lang: checked.lang,
        subject: out.subject,
        preheader: out.preheader,
        html,
        text,
        placeholders: PLACEHOLDER_KEYS.filter(
          (key) => html.includes(PLACEHOLDERS[key]) || text.includes(PLACEHOLDERS[key]),
        ),
      };
    }
    throw new EmailTooLargeError(template.name, bytes);
  };
}
