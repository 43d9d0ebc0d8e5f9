// Subscribers as JSON lines: the export/import format (`tidings export`, `tidings import`) and the rules for
// erasing a person (GDPR art. 17) while never mailing their address again.
import * as z from '../../shared/validation.ts';
import { checkEmail } from '../mail/address.ts';
import { CADENCES, LANGS, LOCALES } from '../types.ts';
import { upgradeSubscriber } from './migrate.ts';
import { normalizedEmail } from './suppression.ts';
import { SUBSCRIBER_STATUSES, type Subscriber } from './types.ts';

const iso = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO timestamp'));
const topics = z.record(
  z.string().check(z.regex(/^[a-z][a-z0-9-]{0,31}$/)),
  z.enum(CADENCES as [string, ...string[]]),
);
const method = z.string().check(z.minLength(1), z.maxLength(40));
const source = z.optional(z.string().check(z.maxLength(60)));
const lang = z.enum(LANGS as [string, ...string[]]);
const locale = z.enum(LOCALES as [string, ...string[]]);
const contentLangs = z.array(lang).check(z.minLength(1), z.maxLength(LANGS.length));
const nonce = z.string().check(z.maxLength(40), z.regex(/^[A-Za-z0-9_-]*$/));
const consent = z.strictObject({
  requestedAt: iso,
  method,
  source,
  confirmedAt: z.optional(iso),
  request: z.optional(nonce),
});
const pause = z.strictObject({ since: iso, until: iso });

// Lines written before locales (`lang`, no version, pending without nonce) are still read: upgradeSubscriber
// turns them into the current model, as the stores do.
export const subscriberLine = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,100}$/)),
  email: z.string().check(z.refine((e) => checkEmail(e).ok, 'is not a valid address')),
  status: z.enum(SUBSCRIBER_STATUSES as [string, ...string[]]),
  topics,
  locale: z.optional(locale),
  lang: z.optional(lang),
  contentLangs: z.optional(contentLangs),
  consent,
  createdAt: iso,
  updatedAt: iso,
  version: z.optional(z.number().check(z.int(), z.gte(0))),
  pending: z.optional(
    z.strictObject({
      nonce: z.optional(nonce),
      topics,
      locale: z.optional(locale),
      lang: z.optional(lang),
      contentLangs: z.optional(contentLangs),
      requestedAt: iso,
      expiresAt: z.optional(iso),
      method,
      source,
    }),
  ),
  pause: z.optional(pause),
  stopped: z.optional(
    z.strictObject({
      id: nonce,
      at: iso,
      scope: z.string().check(z.maxLength(80)),
      topics,
      status: z.enum(['active', 'paused']),
      pause: z.optional(pause),
    }),
  ),
  deleteAfter: z.optional(iso),
});

export interface LineProblem {
  line: number;
  message: string;
}

/**
 * Reads a whole JSON-lines export. Every line is checked before anything is stored, so an import with one bad
 * line stores nothing: the caller gets every problem with its line number instead.
 */
export function parseSubscriberLines(
  text: string,
  knownTopics?: ReadonlySet<string>,
): { ok: true; subscribers: Subscriber[] } | { ok: false; problems: LineProblem[] } {
  const subscribers: Subscriber[] = [];
  const problems: LineProblem[] = [];
  const ids = new Set<string>();
  const emails = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      problems.push({ line, message: 'not valid JSON' });
      return;
    }
    const parsed = subscriberLine.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      problems.push({ line, message: `${issue.path.join('.') || 'line'} ${issue.message}` });
      return;
    }
    if (parsed.data.locale === undefined && parsed.data.lang === undefined) {
      problems.push({ line, message: 'locale is missing' });
      return;
    }
    const subscriber = upgradeSubscriber({ ...parsed.data, email: normalizedEmail(parsed.data.email) });
    const unknown = Object.keys(subscriber.topics).find((t) => knownTopics && !knownTopics.has(t));
    if (unknown) {
      problems.push({ line, message: `topics.${unknown} is not in the taxonomy` });
      return;
    }
    if (ids.has(subscriber.id)) problems.push({ line, message: `id ${subscriber.id} appears twice` });
    else if (emails.has(subscriber.email)) problems.push({ line, message: 'the same address appears twice' });
    else subscribers.push(subscriber);
    ids.add(subscriber.id);
    emails.add(subscriber.email);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, subscribers };
}

export function toLine(subscriber: Subscriber): string {
  return JSON.stringify(subscriber);
}
