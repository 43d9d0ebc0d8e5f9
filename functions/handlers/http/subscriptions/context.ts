// What every subscription route shares: the use cases' deps, token signing and checking, the page language, the
// cross-site refusal and the standard answers. Built once per function instance by createSubscriptionApi.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { MailingList } from '../../../core/delivery/types.ts';
import type { Subscriber } from '../../../core/subscribers/types.ts';
import { isLang } from '../../../core/subscriptions/input.ts';
import type {
  ConfirmationRenderer,
  SubscriberLinks,
  SubscriptionDeps,
} from '../../../core/subscriptions/types.ts';
import {
  linkExpiry,
  listKey,
  signToken,
  type TokenClaims,
  type TokenKey,
  type TokenPurpose,
  verifyToken,
} from '../../../core/tokens.ts';
import type { Taxonomy } from '../../../core/topics/types.ts';
import { LANGS, type Lang } from '../../../core/types.ts';
import { STYLE_HASH } from '../../../pages/layout.ts';
import { STRINGS } from '../../../pages/strings.ts';
import { messagePage } from '../../../pages/subscription-pages.ts';
import type { Clock, Mailer, SubscriberStore } from '../../../ports.ts';
import {
  type HttpResult,
  header,
  htmlResponse,
  isCrossSite,
  jsonResponse,
  negotiateLanguage,
  type ParsedBody,
  wantsJson,
} from '../../../shared/http.ts';

/** The few log calls the subscription API makes; Powertools' Logger satisfies it. */
export interface SubscriptionLogger {
  info(message: string, extra: Record<string, unknown>): void;
  warn(message: string, extra: Record<string, unknown>): void;
  error(message: string, extra: Record<string, unknown>): void;
}

export interface SubscriptionApiDeps {
  store: SubscriberStore;
  suppression?: SubscriptionDeps['suppression'];
  limits: SubscriptionDeps['limits'];
  confirmationsPerHour?: number;
  mailer: Mailer;
  renderer: ConfirmationRenderer;
  personalize: SubscriptionDeps['personalize'];
  taxonomy: Taxonomy;
  tokenKeys: TokenKey[];
  /**
   * The keys as configured now, from a cache with a max age (Powertools Parameters): read before each request,
   * so a warm instance signs with a newly added key within minutes.
   */
  currentTokenKeys?: () => Promise<TokenKey[]>;
  /**
   * Reads the keys past the cache. Called when a link names a key this instance does not know (a key added by a
   * rotation after it started), at most once a minute, so the new key works at once everywhere.
   */
  reloadTokenKeys?: () => Promise<TokenKey[]>;
  clock: Clock;
  /** Public origin of the pages and links, e.g. `https://news.example.org`. */
  siteUrl: string;
  sender: { address: string; name?: string };
  logger: SubscriptionLogger;
  /** Language of pages when neither `?lang=` nor Accept-Language decides. */
  defaultLang?: Lang;
  newId?: () => string;
}

/** A link with an unknown key id re-reads the keys at most this often (it costs a Secrets Manager call). */
const KEY_RELOAD_INTERVAL_MS = 60_000;

export type SubscriptionContext = ReturnType<typeof createSubscriptionContext>;

export function createSubscriptionContext(deps: SubscriptionApiDeps) {
  const siteOrigin = new URL(deps.siteUrl).origin;
  const fallbackLang = deps.defaultLang ?? 'zh';
  let tokenKeys = deps.tokenKeys;
  let keysReloadedAt = Number.NEGATIVE_INFINITY;

  // Every link expires (LINK_LIFETIME_SECONDS): confirm links with their request, manage and unsubscribe links
  // after 13 months, when the page offers a fresh one.
  const sign = (
    subscriber: Subscriber,
    purpose: TokenPurpose,
    extra: { list?: MailingList; nonce?: string } = {},
  ): string =>
    signToken(
      {
        sub: subscriber.id,
        purpose,
        ...(extra.list ? { list: listKey(extra.list) } : {}),
        ...(extra.nonce !== undefined ? { nonce: extra.nonce } : {}),
        exp: linkExpiry(purpose, deps.clock.now()),
      },
      tokenKeys,
    );
  const links: SubscriberLinks = {
    confirm: (s, nonce) => `${siteOrigin}/confirm?token=${encodeURIComponent(sign(s, 'confirm', { nonce }))}`,
    manage: (s) => `${siteOrigin}/preferences?token=${encodeURIComponent(sign(s, 'manage'))}`,
    unsubscribe: (s, list) =>
      `${siteOrigin}/unsubscribe?token=${encodeURIComponent(sign(s, 'unsubscribe', list ? { list } : {}))}`,
  };
  const core: SubscriptionDeps = {
    store: deps.store,
    ...(deps.suppression ? { suppression: deps.suppression } : {}),
    limits: deps.limits,
    ...(deps.confirmationsPerHour !== undefined ? { confirmationsPerHour: deps.confirmationsPerHour } : {}),
    mailer: deps.mailer,
    renderer: deps.renderer,
    personalize: deps.personalize,
    taxonomy: deps.taxonomy,
    links,
    clock: deps.clock,
    sender: deps.sender,
    ...(deps.newId ? { newId: deps.newId } : {}),
  };

  const pageLang = (event: APIGatewayProxyEventV2, body?: ParsedBody): Lang => {
    // `ui` is the language of the page the form was on (the subscribe form's `lang` is the email language).
    const fromBody = body?.kind === 'form' ? body.fields.ui?.[0] : undefined;
    if (fromBody && isLang(fromBody)) return fromBody;
    const fromQuery = event.queryStringParameters?.lang;
    if (fromQuery && isLang(fromQuery)) return fromQuery;
    return negotiateLanguage(header(event, 'accept-language'), LANGS, fallbackLang);
  };
  const page = (status: number, body: string, noStore = false): HttpResult =>
    htmlResponse(status, body, STYLE_HASH, { noStore });
  /** A token page's answer: a message, with the way back to the subscribe page; never cached. */
  const withSubscribeLink = (status: number, lang: Lang, title: string, message: string): HttpResult =>
    page(
      status,
      messagePage({
        lang,
        title,
        message,
        link: { href: `/?lang=${lang}`, label: STRINGS[lang].subscribeAgain },
      }),
      true,
    );

  return {
    deps,
    core,
    links,
    pageLang,
    page,
    withSubscribeLink,
    invalidLink: (lang: Lang): HttpResult =>
      withSubscribeLink(400, lang, STRINGS[lang].invalidLinkTitle, STRINGS[lang].invalidLinkBody),
    notActive: (lang: Lang): HttpResult =>
      withSubscribeLink(200, lang, STRINGS[lang].notActiveTitle, STRINGS[lang].notActiveBody),
    unsubscribed: (lang: Lang, all: boolean): HttpResult => {
      const t = STRINGS[lang];
      return withSubscribeLink(
        200,
        lang,
        t.unsubscribedTitle,
        all ? t.unsubscribedAllBody : t.unsubscribedListBody,
      );
    },
    listLabel: (lang: Lang, list: MailingList): string => {
      const t = STRINGS[lang];
      return list.kind === 'digest' ? t.listName.digest[list.cadence] : t.listName.alerts;
    },

    /** Picks up keys added since the last request (a cache hit but every few minutes); keeps the old on failure. */
    async refreshKeys(): Promise<void> {
      if (!deps.currentTokenKeys) return;
      try {
        tokenKeys = await deps.currentTokenKeys();
      } catch (error) {
        deps.logger.warn('token keys read failed', {
          error: error instanceof Error ? error.message : 'unknown',
        });
      }
    },

    /** The token's claims when it is valid for `purpose`; re-reads the keys once a minute at most on an unknown key. */
    async verify(token: string | undefined, purpose: TokenPurpose): Promise<TokenClaims | undefined> {
      if (!token) return undefined;
      const now = deps.clock.now();
      let result = verifyToken(token, purpose, tokenKeys, now);
      const reloadDue = now.getTime() - keysReloadedAt >= KEY_RELOAD_INTERVAL_MS;
      if (!result.ok && result.reason === 'unknown-key' && deps.reloadTokenKeys && reloadDue) {
        keysReloadedAt = now.getTime();
        try {
          tokenKeys = await deps.reloadTokenKeys();
        } catch (error) {
          deps.logger.warn('token keys reload failed', {
            error: error instanceof Error ? error.message : 'unknown',
          });
        }
        result = verifyToken(token, purpose, tokenKeys, now);
      }
      return result.ok ? result.claims : undefined;
    },

    /** A form field sent exactly once. */
    formField: (body: ParsedBody, name: string): string | undefined =>
      body.kind === 'form' && body.fields[name]?.length === 1 ? body.fields[name][0] : undefined,

    /** The 403 answer to a cross-site browser post (instead of CSRF tokens), or undefined when same-site. */
    refuseCrossSite(event: APIGatewayProxyEventV2, lang: Lang): HttpResult | undefined {
      if (!isCrossSite(event, siteOrigin)) return undefined;
      deps.logger.warn('cross-site post refused', {
        path: event.rawPath,
        origin: header(event, 'origin') ?? null,
      });
      if (wantsJson(event))
        return jsonResponse(403, { error: 'cross-site', message: 'Cross-site requests are refused.' });
      const t = STRINGS[lang];
      return page(403, messagePage({ lang, title: t.forbiddenTitle, message: t.forbiddenBody }));
    },
  };
}
