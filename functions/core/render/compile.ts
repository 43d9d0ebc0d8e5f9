// Step 1 of rendering: MJML → HTML + plain text, once per content variant. This is the only module that
// imports mjml (a 3.5 MB bundle, ~15 ms a render): the sender imports personalize.ts, never this file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile as compileHtmlToText } from 'html-to-text';
import mjml2html from 'mjml';
import { alertTemplate } from '../../../templates/alert.ts';
import { confirmTemplate } from '../../../templates/confirm.ts';
import { digestTemplate } from '../../../templates/digest.ts';
import { type TemplateOutput, TRIM_LEVELS, type TrimLevel } from '../../../templates/types.ts';
import { checkTemplateData } from './schema.ts';
import {
  type CompiledEmail,
  type Personalization,
  PLACEHOLDERS,
  type TemplateData,
  type TemplateName,
} from './types.ts';

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
    readonly template: TemplateName,
    readonly bytes: number,
  ) {
    super(
      `${template} email is ${bytes} bytes of HTML even at its most compact; the limit is ${MAX_HTML_BYTES}.`,
    );
  }
}

/** Where templates/ lives; a Lambda bundle ships it beside the code and points TIDINGS_TEMPLATES_DIR at it. */
const TEMPLATES_DIR =
  process.env.TIDINGS_TEMPLATES_DIR ?? fileURLToPath(new URL('../../../templates/', import.meta.url));
// Fail at cold start, not on the first edition: without the head partial every email would lose its styles.
if (!existsSync(join(TEMPLATES_DIR, '_common', 'head.mjml'))) {
  throw new Error(
    `Email templates not found in ${TEMPLATES_DIR}: ship templates/ with the function and set TIDINGS_TEMPLATES_DIR.`,
  );
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

function render<T extends TemplateName>(template: T, data: TemplateData[T], trim: TrimLevel): TemplateOutput {
  switch (template) {
    case 'digest':
      return digestTemplate(data as TemplateData['digest'], trim);
    case 'alert':
      return alertTemplate(data as TemplateData['alert']);
    case 'confirm':
      return confirmTemplate(data as TemplateData['confirm']);
    default:
      throw new Error(`Unknown email template: ${String(template)}`);
  }
}

/** MJML → HTML with includes limited to templates/, strict validation, and no web fonts. */
export async function mjmlToHtml(mjml: string): Promise<string> {
  const result = await mjml2html(mjml, {
    validationLevel: 'strict',
    ignoreIncludes: false,
    filePath: TEMPLATES_DIR,
    includePath: TEMPLATES_DIR,
    // MJML links Google Fonts for some families by default; the system font stack needs none.
    fonts: {},
    keepComments: false,
  });
  // MJML indents its output; indentation is a fifth of a short email's bytes and renders as nothing (email HTML
  // has no <pre>), while Gmail clips messages over 102 KB. A line break stays, so words never run together.
  return result.html.replace(/\n\s+/g, '\n');
}

/**
 * Compiles one variant. Recipient-specific links appear as PLACEHOLDERS; personalize() fills them in.
 * Throws TemplateDataError naming missing fields, EmailTooLargeError if even the most compact form is too big.
 */
export async function compileEmail<T extends TemplateName>(
  template: T,
  data: TemplateData[T],
): Promise<CompiledEmail> {
  const checked = checkTemplateData(template, data);
  const levels: readonly TrimLevel[] = template === 'digest' ? TRIM_LEVELS : ['full'];
  const budget = MAX_HTML_BYTES - PERSONALIZATION_HEADROOM_BYTES;
  let bytes = 0;
  for (const level of levels) {
    const out = render(template, checked, level);
    const html = await mjmlToHtml(out.mjml);
    bytes = Buffer.byteLength(html, 'utf8');
    if (bytes > budget) continue;
    const text = toText(html);
    return {
      template,
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
  throw new EmailTooLargeError(template, bytes);
}
