// Build-time compile of the emails that functions send without MJML (today: the double opt-in confirmation).
import { EMAIL_TEMPLATES } from '../../../templates/registry.ts';
import { EMAIL_STRINGS } from '../../../templates/strings.ts';
import {
  markedConfirmData,
  type PrecompiledConfirmations,
} from '../../core/subscriptions/precompiled-confirmation.ts';
import { LANGS } from '../../core/types.ts';
import { compileEmail } from './renderer.ts';

export async function compileConfirmations(): Promise<PrecompiledConfirmations> {
  const entries = await Promise.all(
    LANGS.map(async (lang) => {
      const email = await compileEmail(EMAIL_TEMPLATES.confirm, markedConfirmData(lang));
      return [lang, { ...email, topicSeparator: EMAIL_STRINGS[lang].listSeparator }] as const;
    }),
  );
  return Object.fromEntries(entries) as PrecompiledConfirmations;
}

/** The file's text: stable JSON, so an unchanged template gives an unchanged file. */
export function confirmationsJson(compiled: PrecompiledConfirmations): string {
  return `${JSON.stringify(compiled, null, 2)}\n`;
}
