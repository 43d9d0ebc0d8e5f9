// The precompiled confirmation emails (templates/compiled/confirm.json), read once per cold start. A runtime
// file like the taxonomy: shipped beside the subscription function's bundle (CONFIRMATIONS_FILE), not in it.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { PrecompiledConfirmations } from '../../core/subscriptions/precompiled-confirmation.ts';
import * as z from '../../shared/validation.ts';

export const DEFAULT_CONFIRMATIONS_FILE = fileURLToPath(
  new URL('../../../templates/compiled/confirm.json', import.meta.url),
);

const compiled = (lang: 'zh' | 'en') =>
  z.object({
    template: z.literal('confirm'),
    lang: z.literal(lang),
    subject: z.string().check(z.minLength(1)),
    preheader: z.string(),
    html: z.string().check(z.minLength(1)),
    text: z.string().check(z.minLength(1)),
    placeholders: z.array(z.enum(['manageUrl', 'unsubscribeUrl', 'confirmUrl'])),
    topicSeparator: z.string().check(z.minLength(1)),
  });
const fileSchema = z.object({ zh: compiled('zh'), en: compiled('en') });

export async function loadConfirmationsFile(
  path: string = DEFAULT_CONFIRMATIONS_FILE,
): Promise<PrecompiledConfirmations> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'not JSON';
    throw new Error(`${path}: cannot read the precompiled confirmation emails (${code})`);
  }
  const parsed = fileSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `${path}: not precompiled confirmation emails (${issue.path.join('.')}: ${issue.message}); run npm run templates:compile`,
    );
  }
  return parsed.data;
}
