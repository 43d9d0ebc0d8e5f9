// The template set: every kind of email, by name. Composition roots hand it to the renderer (functions/core/render
// does not import templates); the email audit and `tidings preview` go through it, so a kind added here is
// rendered, previewed and audited without touching the core. Each entry needs a preview (templates/previews.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alertTemplate } from './alert.ts';
import { alreadySubscribedTemplate } from './already-subscribed.ts';
import { confirmTemplate } from './confirm.ts';
import { digestTemplate } from './digest.ts';
import { welcomeTemplate } from './welcome.ts';

export const EMAIL_TEMPLATES = {
  digest: digestTemplate,
  alert: alertTemplate,
  confirm: confirmTemplate,
  welcome: welcomeTemplate,
  alreadySubscribed: alreadySubscribedTemplate,
} as const;

export type EmailKind = keyof typeof EMAIL_TEMPLATES;

/**
 * Where MJML resolves the templates' `mj-include`s (the shared head partial): this folder, or in a Lambda bundle
 * the copy of templates/ shipped beside it (TIDINGS_TEMPLATES_DIR).
 */
export const TEMPLATES_DIR =
  process.env.TIDINGS_TEMPLATES_DIR ?? fileURLToPath(new URL('./', import.meta.url));
// Fail at cold start, not on the first edition: without the head partial every email would lose its styles.
if (!existsSync(join(TEMPLATES_DIR, '_common', 'head.mjml'))) {
  throw new Error(
    `Email templates not found in ${TEMPLATES_DIR}: ship templates/ with the function and set TIDINGS_TEMPLATES_DIR.`,
  );
}
