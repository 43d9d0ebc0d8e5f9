// Render-time checks of template data: a missing or empty value fails loudly, naming the field, instead of
// leaving a blank in thousands of inboxes. Links must be http(s) so no `javascript:` href reaches an email.
import * as z from '../../shared/validation.ts';
import type { TemplateData, TemplateName } from './types.ts';

const text = z.string().check(z.trim(), z.minLength(1));
// Headings and names reach the Subject header and one-line layouts: no line breaks or control characters.
const line = z.string().check(
  z.trim(),
  z.minLength(1),
  z.refine((value) => !/\p{Cc}/u.test(value), 'expected a single line of text'),
);
const httpUrl = z.string().check(
  z.trim(),
  z.minLength(1),
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'expected an http(s) URL'),
);
const lang = z.enum(['zh', 'en']);
const postalAddress = z.optional(text);
const topic = z.object({ id: text, name: line });
const item = z.object({
  articleSlug: text,
  articleTitle: line,
  sectionId: text,
  heading: line,
  excerpt: z.array(text),
  url: httpUrl,
  contentLang: z.optional(lang),
});

const SCHEMAS: { [K in TemplateName]: z.ZodMiniType<TemplateData[K]> } = {
  digest: z.object({
    lang,
    cadence: z.enum(['daily', 'weekly']),
    editionDate: line,
    siteUrl: httpUrl,
    postalAddress,
    groups: z.array(z.object({ topic, items: z.array(item).check(z.minLength(1)) })).check(z.minLength(1)),
  }),
  alert: z.object({
    lang,
    siteUrl: httpUrl,
    postalAddress,
    article: z.object({ slug: text, title: line, url: httpUrl, contentLang: z.optional(lang) }),
    topics: z.array(topic).check(z.minLength(1)),
    items: z.array(z.extend(item, { topics: z.array(topic).check(z.minLength(1)) })).check(z.minLength(1)),
  }),
  confirm: z.object({
    lang,
    siteUrl: httpUrl,
    postalAddress,
    topicNames: z.array(line).check(z.minLength(1)),
  }),
};

export class TemplateDataError extends Error {
  override name = 'TemplateDataError';
  constructor(
    readonly template: TemplateName,
    /** Paths of the offending fields, e.g. `groups[0].items[1].heading`. */
    readonly fields: string[],
    message: string,
  ) {
    super(message);
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(root)';
}

/** Returns the data unchanged when complete; throws TemplateDataError naming every bad field otherwise. */
export function checkTemplateData<T extends TemplateName>(template: T, data: unknown): TemplateData[T] {
  const result = SCHEMAS[template].safeParse(data);
  if (result.success) return data as TemplateData[T];
  const problems = result.error.issues.map((issue) => ({
    field: fieldPath(issue.path),
    message: issue.message,
  }));
  throw new TemplateDataError(
    template,
    problems.map((p) => p.field),
    `${template} email: missing or invalid data: ${problems.map((p) => `${p.field} (${p.message})`).join('; ')}`,
  );
}
