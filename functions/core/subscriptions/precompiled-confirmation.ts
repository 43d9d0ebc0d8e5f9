// The double opt-in email without MJML at run time. `npm run templates:compile` (templates/compile.ts) compiles
// the confirm template once per language, with marks where the deployment's site URL and the chosen topics go,
// into templates/compiled/confirm.json; the subscription function only fills those in, escaped. A test keeps
// the compiled file equal to a fresh compile and the filled email equal to a direct one.
import { escapeMarkup } from '../../shared/markup.ts';
import type { CompiledEmail, ConfirmData } from '../render/types.ts';
import type { Lang } from '../types.ts';
import type { CompileConfirm } from './confirmation-renderer.ts';

/** Values the confirm template is compiled with at build time; each stands for what a deployment fills in. */
export const CONFIRMATION_MARKS = {
  siteUrl: 'https://site.tidings.invalid',
  host: 'site.tidings.invalid',
  topic: 'TIDINGSTOPICSMARK',
} as const;

/** A language's precompiled email, and how that language joins topic names in running text (`、`, `, `). */
export type PrecompiledConfirmation = CompiledEmail & { topicSeparator: string };
export type PrecompiledConfirmations = Record<Lang, PrecompiledConfirmation>;

/** The data the build compiles each language with. */
export function markedConfirmData(lang: Lang): ConfirmData {
  return { lang, siteUrl: CONFIRMATION_MARKS.siteUrl, topicNames: [CONFIRMATION_MARKS.topic] };
}

function fill(source: string, values: [mark: string, value: string][]): string {
  let out = source;
  for (const [mark, value] of values) out = out.split(mark).join(value);
  return out;
}

/** One language's precompiled email with the deployment's site and the subscriber's topics put in. */
export function fillConfirmation(template: PrecompiledConfirmation, data: ConfirmData): CompiledEmail {
  const { topicSeparator, ...email } = template;
  const topics = data.topicNames.join(topicSeparator);
  const host = new URL(data.siteUrl).host;
  // The full URL first: the host mark is part of it.
  const raw: [string, string][] = [
    [CONFIRMATION_MARKS.siteUrl, data.siteUrl],
    [CONFIRMATION_MARKS.host, host],
    [CONFIRMATION_MARKS.topic, topics],
  ];
  return {
    ...email,
    html: fill(
      email.html,
      raw.map(([mark, value]) => [mark, escapeMarkup(value)]),
    ),
    text: fill(email.text, raw),
  };
}

/** A `compile` for createCachedConfirmationRenderer that fills precompiled emails instead of running MJML. */
export function precompiledConfirm(templates: PrecompiledConfirmations): CompileConfirm {
  return async (data) => {
    const template = templates[data.lang];
    if (!template) throw new Error(`no precompiled confirmation email for language ${data.lang}`);
    return fillConfirmation(template, data);
  };
}
