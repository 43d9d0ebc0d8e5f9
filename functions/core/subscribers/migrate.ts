// Subscribers written before locales, content languages, versions and request nonces: read them as the current
// model. Stores apply this on every read, so a table is usable during and after a deploy before
// `tidings migrate` has rewritten each record; the migration then writes the same result back.
import type { Lang, Locale } from '../types.ts';
import { LANGS } from '../types.ts';
import { PENDING_REQUEST_SECONDS, type PendingSubscription, type Subscriber } from './types.ts';

/**
 * Nonce of a pending request made before requests had one. Confirm links of that time carry no nonce and match
 * only such a request, which expires within PENDING_REQUEST_SECONDS; a request made since always has a random
 * nonce, so an old link cannot confirm it.
 */
export const LEGACY_NONCE = '';

/** Before content languages were a choice every reader received every article: keep that. */
const LEGACY_CONTENT_LANGS: readonly Lang[] = LANGS;

export function localeFromLegacyLang(lang: unknown): Locale {
  return lang === 'en' ? 'en' : 'zh-Hans';
}

function upgradePending(raw: Record<string, unknown>): PendingSubscription {
  const requestedAt = String(raw.requestedAt);
  const { lang, locale, contentLangs, nonce, expiresAt, ...rest } = raw as Record<string, unknown> &
    Partial<PendingSubscription> & { lang?: unknown };
  const parsed = Date.parse(requestedAt);
  return {
    ...(rest as Omit<PendingSubscription, 'nonce' | 'locale' | 'contentLangs' | 'expiresAt'>),
    nonce: typeof nonce === 'string' ? nonce : LEGACY_NONCE,
    locale: (locale as Locale | undefined) ?? localeFromLegacyLang(lang),
    contentLangs: (contentLangs as Lang[] | undefined) ?? [...LEGACY_CONTENT_LANGS],
    expiresAt:
      typeof expiresAt === 'string'
        ? expiresAt
        : new Date((Number.isNaN(parsed) ? 0 : parsed) + PENDING_REQUEST_SECONDS * 1000).toISOString(),
  };
}

/** Whether a stored record predates the current model (and `tidings migrate` would rewrite it). */
export function isLegacySubscriber(raw: Record<string, unknown>): boolean {
  const pending = raw.pending as Record<string, unknown> | undefined;
  return (
    raw.locale === undefined ||
    raw.contentLangs === undefined ||
    raw.version === undefined ||
    'lang' in raw ||
    (pending !== undefined && (pending.nonce === undefined || 'lang' in pending))
  );
}

/** The current model of a stored or exported subscriber, whatever its age. Current records pass unchanged. */
export function upgradeSubscriber(raw: Record<string, unknown>): Subscriber {
  if (!isLegacySubscriber(raw)) return raw as unknown as Subscriber;
  const { lang, pending, ...rest } = raw as Record<string, unknown> & { lang?: unknown };
  const upgraded: Record<string, unknown> = {
    ...rest,
    locale: rest.locale ?? localeFromLegacyLang(lang),
    contentLangs: rest.contentLangs ?? [...LEGACY_CONTENT_LANGS],
    version: typeof rest.version === 'number' ? rest.version : 0,
  };
  if (pending !== undefined && pending !== null)
    upgraded.pending = upgradePending(pending as Record<string, unknown>);
  return upgraded as unknown as Subscriber;
}
