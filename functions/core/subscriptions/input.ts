// Validation of subscribe and preference input against the taxonomy. Problems are stable codes that pages
// translate; nothing here echoes the submitted text.
import * as z from '../../shared/validation.ts';
import { checkEmail } from '../mail/address.ts';
import type { TopicCadences } from '../subscribers/types.ts';
import type { Taxonomy } from '../topics/types.ts';
import { CADENCES, type Cadence, LANGS, type Lang, type TopicId } from '../types.ts';

export type InputProblem = 'email' | 'topics' | 'unknownTopic' | 'cadence' | 'lang' | 'malformed';

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: InputProblem[] };

export interface SubscribeInput {
  email: string;
  topics: TopicId[];
  cadence: Cadence;
  lang: Lang;
}

/** JSON API shape; `strict` so a misspelt field is an error rather than silently ignored. */
const subscribeJson = z.strictObject({
  email: z.string().check(z.maxLength(320)),
  topics: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(200)),
  cadence: z.string().check(z.maxLength(16)),
  lang: z.optional(z.string().check(z.maxLength(8))),
});

export function checkSubscribeJson(
  value: unknown,
  taxonomy: Taxonomy,
  fallbackLang: Lang,
): Checked<SubscribeInput> {
  const parsed = subscribeJson.safeParse(value);
  if (!parsed.success) return { ok: false, problems: ['malformed'] };
  return checkSubscribe(
    {
      email: parsed.data.email,
      topics: parsed.data.topics,
      cadence: parsed.data.cadence,
      lang: parsed.data.lang ?? fallbackLang,
    },
    taxonomy,
  );
}

/** Form posts: repeated `topics` checkboxes, single-valued everything else (a repeated single field is malformed). */
export function checkSubscribeForm(
  fields: Record<string, string[]>,
  taxonomy: Taxonomy,
  fallbackLang: Lang,
): Checked<SubscribeInput> {
  const single = (name: string): string | undefined | null => {
    const values = fields[name];
    if (!values || values.length === 0) return undefined;
    return values.length === 1 ? values[0]! : null;
  };
  const email = single('email');
  const cadence = single('cadence');
  const lang = single('lang');
  if (email === null || cadence === null || lang === null) return { ok: false, problems: ['malformed'] };
  return checkSubscribe(
    { email: email ?? '', topics: fields.topics ?? [], cadence: cadence ?? '', lang: lang ?? fallbackLang },
    taxonomy,
  );
}

function checkSubscribe(
  input: { email: string; topics: string[]; cadence: string; lang: string },
  taxonomy: Taxonomy,
): Checked<SubscribeInput> {
  const problems: InputProblem[] = [];
  const email = checkEmail(input.email);
  if (!email.ok) problems.push('email');
  const topics = [...new Set(input.topics)];
  if (topics.length === 0) problems.push('topics');
  else if (input.topics.length > taxonomy.topics.length || topics.some((t) => !taxonomy.byId.has(t))) {
    problems.push('unknownTopic');
  }
  if (!isCadence(input.cadence)) problems.push('cadence');
  if (!isLang(input.lang)) problems.push('lang');
  if (problems.length > 0 || !email.ok) return { ok: false, problems };
  return {
    ok: true,
    value: { email: email.email, topics, cadence: input.cadence as Cadence, lang: input.lang as Lang },
  };
}

export function isCadence(value: string): value is Cadence {
  return (CADENCES as readonly string[]).includes(value);
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** Preference-center form: one `topic.<id>` field per topic with a cadence or `none`, plus `lang`. */
export function checkPreferencesForm(
  fields: Record<string, string[]>,
  taxonomy: Taxonomy,
): Checked<{ topics: TopicCadences; lang: Lang }> {
  const problems: InputProblem[] = [];
  const topics: TopicCadences = {};
  for (const [name, values] of Object.entries(fields)) {
    if (!name.startsWith('topic.')) continue;
    const id = name.slice('topic.'.length);
    if (!taxonomy.byId.has(id)) {
      problems.push('unknownTopic');
      continue;
    }
    if (values.length !== 1) {
      problems.push('malformed');
      continue;
    }
    const value = values[0]!;
    if (value === 'none') continue;
    if (!isCadence(value)) problems.push('cadence');
    else topics[id] = value;
  }
  const lang = fields.lang?.length === 1 ? fields.lang[0]! : '';
  if (!isLang(lang)) problems.push('lang');
  if (problems.length > 0) return { ok: false, problems: [...new Set(problems)] };
  return { ok: true, value: { topics, lang: lang as Lang } };
}
