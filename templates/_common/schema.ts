// Building blocks of the templates' data schemas (see EmailTemplate.schema): text is never blank, anything that
// can reach a header or a one-line layout is one line, and every link is http(s), so no `javascript:` href
// reaches an email.
import * as z from '../../functions/shared/validation.ts';

export const text = z.string().check(z.trim(), z.minLength(1));
/** Headings and names reach the Subject header and one-line layouts: no line breaks or control characters. */
export const line = z.string().check(
  z.trim(),
  z.minLength(1),
  z.refine((value) => !/\p{Cc}/u.test(value), 'expected a single line of text'),
);
export const httpUrl = z.string().check(
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
export const lang = z.enum(['zh', 'en']);
/** A calendar date, YYYY-MM-DD. */
export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'));
/** The sender's postal address, shown in the footer of list mail. */
export const postalAddress = z.optional(line);
export const topic = z.object({ id: text, name: line });
export const item = z.object({
  articleSlug: text,
  articleTitle: line,
  sectionId: text,
  heading: line,
  excerpt: text,
  url: httpUrl,
  contentLang: z.optional(lang),
});
