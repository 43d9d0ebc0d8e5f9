// Validation of subscribe and preference input against the taxonomy. Each problem names the field and says what
// is wrong (`topics[2]: unknown topic`, `unknown field "language" (did you mean "lang"?)`) for API clients, with a
// stable code that pages translate. Nothing here reads stored state, so no answer depends on an address's state.
import type { AddressProblem } from '../mail/address.ts';
import { checkEmail } from '../mail/address.ts';
import type { RequestInput, TopicCadences } from '../subscribers/types.ts';
import type { Taxonomy } from '../topics/types.ts';
import { CADENCES, type Cadence, LANGS, type Lang, LOCALES, type Locale } from '../types.ts';

export type InputProblem =
  | 'email'
  | 'emailNonAscii'
  | 'topics'
  | 'unknownTopic'
  | 'cadence'
  | 'lang'
  | 'contentLangs'
  | 'noTopics'
  | 'unknownField'
  | 'malformed';

/** One problem: the field it concerns (a JSON path such as `topics[2]`), a code for pages, an English message. */
export interface FieldProblem {
  field: string;
  code: InputProblem;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** A subscribe request before the edge adds how it came (method) and from which network (source). */
export type SubscribeInput = Omit<RequestInput, 'method' | 'source'>;

const CADENCE_LIST = CADENCES.join(', ');
const LOCALE_LIST = LOCALES.join(', ');
const LANG_LIST = LANGS.join(', ');
/** The default cadence when a request names none. */
export const DEFAULT_CADENCE: Cadence = 'daily';

export function isCadence(value: unknown): value is Cadence {
  return typeof value === 'string' && (CADENCES as readonly string[]).includes(value);
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** A locale, also from the language codes of earlier forms and clients (`zh` is Simplified Chinese). */
export function parseLocale(value: unknown): Locale | undefined {
  if (value === 'zh' || value === 'zh-CN' || value === 'zh-Hans') return 'zh-Hans';
  if (value === 'zh-TW' || value === 'zh-HK' || value === 'zh-Hant') return 'zh-Hant';
  return value === 'en' ? 'en' : undefined;
}

const ADDRESS_MESSAGES: Record<AddressProblem, string> = {
  empty: 'required',
  'too-long': 'longer than 254 characters',
  'forbidden-character': 'contains a space, comma, semicolon, quote, bracket or control character',
  'not-one-at': 'must contain exactly one @',
  'local-part': 'the part before @ is not valid',
  'local-part-non-ascii':
    'the part before @ must use only ASCII letters, digits and . _ + - (mail to other characters cannot be delivered)',
  domain: 'the domain after @ is not valid',
};

function emailProblem(value: unknown): { email?: string; problem?: FieldProblem } {
  if (typeof value !== 'string') {
    return {
      problem: {
        field: 'email',
        code: 'email',
        message: value === undefined ? 'email: required' : 'email: must be a string',
      },
    };
  }
  const checked = checkEmail(value);
  if (checked.ok) return { email: checked.email };
  return {
    problem: {
      field: 'email',
      code: checked.problem === 'local-part-non-ascii' ? 'emailNonAscii' : 'email',
      message: `email: ${ADDRESS_MESSAGES[checked.problem]}`,
    },
  };
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known field a misspelt one most likely meant: a prefix either way, or at most two edits away. */
export function suggestField(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: { field: string; distance: number } | undefined;
  for (const field of known) {
    const f = field.toLowerCase();
    const distance = lower.startsWith(f) || f.startsWith(lower) ? 0 : levenshtein(lower, f);
    if (distance <= 2 && (!best || distance < best.distance)) best = { field, distance };
  }
  return best?.field;
}

/** Field names are echoed in JSON errors only, quoted by JSON.stringify and cut short. */
const quoted = (name: string) => JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name);

function unknownFields(value: Record<string, unknown>, known: readonly string[]): FieldProblem[] {
  return Object.keys(value)
    .filter((name) => !known.includes(name))
    .slice(0, 5)
    .map((name) => {
      const suggestion = suggestField(name, known);
      return {
        field: name,
        code: 'unknownField',
        message: `unknown field ${quoted(name)}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
      };
    });
}

/** `topics` as a list of ids (with one `cadence` for all) or an object of id → cadence. */
function checkTopics(
  value: unknown,
  cadence: Cadence | undefined,
  taxonomy: Taxonomy,
  problems: FieldProblem[],
): TopicCadences {
  const topics: TopicCadences = {};
  const unknown = (field: string) =>
    problems.push({ field, code: 'unknownTopic', message: `${field}: unknown topic (see GET /api/topics)` });
  if (Array.isArray(value)) {
    if (value.length > taxonomy.topics.length) {
      problems.push({
        field: 'topics',
        code: 'unknownTopic',
        message: `topics: more entries than there are topics (${taxonomy.topics.length})`,
      });
      return topics;
    }
    value.forEach((id, index) => {
      const field = `topics[${index}]`;
      if (typeof id !== 'string')
        problems.push({ field, code: 'topics', message: `${field}: must be a string` });
      else if (!taxonomy.byId.has(id)) unknown(field);
      else topics[id] = cadence ?? DEFAULT_CADENCE;
    });
  } else if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length > taxonomy.topics.length) {
      problems.push({ field: 'topics', code: 'topics', message: 'topics: too many entries' });
      return topics;
    }
    for (const [id, c] of entries) {
      const field = `topics.${/^[a-z][a-z0-9-]{0,31}$/.test(id) ? id : '?'}`;
      if (!taxonomy.byId.has(id)) unknown(field);
      else if (!isCadence(c))
        problems.push({ field, code: 'cadence', message: `${field}: must be one of ${CADENCE_LIST}` });
      else topics[id] = c;
    }
  } else if (value !== undefined) {
    problems.push({
      field: 'topics',
      code: 'topics',
      message: 'topics: must be a list of topic ids or an object of topic id → cadence',
    });
    return topics;
  }
  if (Object.keys(topics).length === 0 && !problems.some((p) => p.field.startsWith('topics'))) {
    problems.push({ field: 'topics', code: 'noTopics', message: 'topics: choose at least one topic' });
  }
  return topics;
}

function checkContentLangs(value: unknown, problems: FieldProblem[]): Lang[] {
  if (value === undefined) return [...LANGS];
  if (!Array.isArray(value) || value.length === 0) {
    problems.push({
      field: 'contentLangs',
      code: 'contentLangs',
      message: `contentLangs: a non-empty list of ${LANG_LIST}`,
    });
    return [];
  }
  const langs: Lang[] = [];
  value.slice(0, 10).forEach((lang, index) => {
    if (isLang(lang)) langs.push(lang);
    else
      problems.push({
        field: `contentLangs[${index}]`,
        code: 'contentLangs',
        message: `contentLangs[${index}]: must be one of ${LANG_LIST}`,
      });
  });
  return [...new Set(langs)];
}

const SUBSCRIBE_FIELDS = ['email', 'topics', 'cadence', 'lang', 'contentLangs'] as const;

/**
 * The JSON API: `{ email, topics: [ids] | { id: cadence }, cadence?, lang?: locale, contentLangs?: [zh, en] }`.
 * Unknown fields are errors (with a suggestion), so a misspelt field is never silently ignored.
 */
export function checkSubscribeJson(
  value: unknown,
  taxonomy: Taxonomy,
  fallbackLocale: Locale,
): Checked<SubscribeInput> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      problems: [{ field: 'body', code: 'malformed', message: 'body: must be a JSON object' }],
    };
  }
  const body = value as Record<string, unknown>;
  const problems = unknownFields(body, SUBSCRIBE_FIELDS);
  const { email, problem } = emailProblem(body.email);
  if (problem) problems.push(problem);
  let cadence: Cadence | undefined;
  if (body.cadence !== undefined) {
    if (isCadence(body.cadence)) cadence = body.cadence;
    else
      problems.push({
        field: 'cadence',
        code: 'cadence',
        message: `cadence: must be one of ${CADENCE_LIST}`,
      });
  }
  if (body.topics === undefined)
    problems.push({ field: 'topics', code: 'topics', message: 'topics: required' });
  const topics = checkTopics(body.topics, cadence, taxonomy, problems);
  const locale = body.lang === undefined ? fallbackLocale : parseLocale(body.lang);
  if (!locale) problems.push({ field: 'lang', code: 'lang', message: `lang: must be one of ${LOCALE_LIST}` });
  const contentLangs = checkContentLangs(body.contentLangs, problems);
  if (problems.length > 0 || !email || !locale) return { ok: false, problems };
  return { ok: true, value: { email, topics, locale, contentLangs } };
}

type FormFields = Record<string, string[]>;

/** A single-valued form field: undefined when absent, null when repeated (which no page sends). */
function single(fields: FormFields, name: string): string | undefined | null {
  const values = fields[name];
  if (!values || values.length === 0) return undefined;
  return values.length === 1 ? values[0]! : null;
}

/**
 * Form posts: `email`, repeated `topics` checkboxes, `cadence` for all and optional `cadence.<topic>` per topic
 * (empty: the one for all),
 * `lang` (the email locale) and repeated `contentLangs` (default: every language).
 */
export function checkSubscribeForm(
  fields: FormFields,
  taxonomy: Taxonomy,
  fallbackLocale: Locale,
): Checked<SubscribeInput> {
  const problems: FieldProblem[] = [];
  const malformed = (field: string) =>
    problems.push({ field, code: 'malformed', message: `${field}: sent more than once` });
  const rawEmail = single(fields, 'email');
  const rawCadence = single(fields, 'cadence');
  const rawLang = single(fields, 'lang');
  if (rawEmail === null) malformed('email');
  if (rawCadence === null) malformed('cadence');
  if (rawLang === null) malformed('lang');
  const { email, problem } = emailProblem(rawEmail ?? '');
  if (rawEmail !== null && problem) problems.push(problem);
  let cadence: Cadence = DEFAULT_CADENCE;
  if (typeof rawCadence === 'string') {
    if (isCadence(rawCadence)) cadence = rawCadence;
    else
      problems.push({
        field: 'cadence',
        code: 'cadence',
        message: `cadence: must be one of ${CADENCE_LIST}`,
      });
  }
  const chosen = [...new Set(fields.topics ?? [])];
  const topics: TopicCadences = {};
  if (chosen.length > taxonomy.topics.length) {
    problems.push({ field: 'topics', code: 'unknownTopic', message: 'topics: unknown topic' });
  } else {
    for (const id of chosen) {
      if (!taxonomy.byId.has(id)) {
        problems.push({ field: 'topics', code: 'unknownTopic', message: 'topics: unknown topic' });
        continue;
      }
      const given = single(fields, `cadence.${id}`);
      // Empty: the page's "same for all topics" choice.
      const own = given === '' ? undefined : given;
      if (own === null) malformed(`cadence.${id}`);
      else if (own !== undefined && !isCadence(own))
        problems.push({
          field: `cadence.${id}`,
          code: 'cadence',
          message: `cadence.${id}: must be one of ${CADENCE_LIST}`,
        });
      else topics[id] = own ?? cadence;
    }
    if (chosen.length === 0)
      problems.push({ field: 'topics', code: 'topics', message: 'topics: choose at least one topic' });
  }
  const locale = typeof rawLang === 'string' ? parseLocale(rawLang) : fallbackLocale;
  if (!locale && rawLang !== null)
    problems.push({ field: 'lang', code: 'lang', message: `lang: must be one of ${LOCALE_LIST}` });
  const contentLangs = checkContentLangs(fields.contentLangs, problems);
  if (problems.length > 0 || !email || !locale) return { ok: false, problems: dedupe(problems) };
  return { ok: true, value: { email, topics, locale, contentLangs } };
}

function dedupe(problems: FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.field}|${p.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface PreferencesForm {
  topics: TopicCadences;
  locale: Locale;
  /** Absent when the form has no content-language choice (then the stored one stays). */
  contentLangs?: Lang[];
}

/**
 * Preference-center form: one `topic.<id>` field per topic with a cadence or `none`, `lang` (locale) and repeated
 * `contentLangs`. Every topic at `none` is an error (`noTopics`), never an implied unsubscribe: the page offers
 * pause and unsubscribe instead.
 */
export function checkPreferencesForm(fields: FormFields, taxonomy: Taxonomy): Checked<PreferencesForm> {
  const problems: FieldProblem[] = [];
  const topics: TopicCadences = {};
  for (const [name, values] of Object.entries(fields)) {
    if (!name.startsWith('topic.')) continue;
    const id = name.slice('topic.'.length);
    if (!taxonomy.byId.has(id)) {
      problems.push({ field: 'topic', code: 'unknownTopic', message: 'topic: unknown topic' });
      continue;
    }
    if (values.length !== 1) {
      problems.push({ field: name, code: 'malformed', message: `${name}: sent more than once` });
      continue;
    }
    const value = values[0]!;
    if (value === 'none') continue;
    if (!isCadence(value))
      problems.push({
        field: name,
        code: 'cadence',
        message: `${name}: must be one of none, ${CADENCE_LIST}`,
      });
    else topics[id] = value;
  }
  const rawLang = single(fields, 'lang');
  const locale = typeof rawLang === 'string' ? parseLocale(rawLang) : undefined;
  if (!locale) problems.push({ field: 'lang', code: 'lang', message: `lang: must be one of ${LOCALE_LIST}` });
  const contentLangs =
    fields.contentLangs === undefined ? undefined : checkContentLangs(fields.contentLangs, problems);
  if (problems.length === 0 && Object.keys(topics).length === 0) {
    problems.push({
      field: 'topics',
      code: 'noTopics',
      message: 'topics: keep at least one topic (or pause, or unsubscribe from everything)',
    });
  }
  if (problems.length > 0 || !locale) return { ok: false, problems: dedupe(problems) };
  return { ok: true, value: { topics, locale, ...(contentLangs ? { contentLangs } : {}) } };
}
