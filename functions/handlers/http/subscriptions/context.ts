// What every subscription route shares: the use cases' deps, token signing and checking, the page language, the
// cross-site refusal and the standard answers. Built once per function instance by createSubscriptionApi.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { MailingList } from '../../../core/delivery/types.ts';
import type { Subscriber, TopicCadences } from '../../../core/subscribers/types.ts';
import { isCadence, parseLocale } from '../../../core/subscriptions/input.ts';
import { openReceipt, type Receipt, sealReceipt } from '../../../core/subscriptions/receipt.ts';
import type {
  AlreadySubscribedRenderer,
  ConfirmationRenderer,
  SubscriberLinks,
  SubscriptionDeps,
} from '../../../core/subscriptions/types.ts';
import type { WelcomeRenderer } from '../../../core/subscriptions/welcome.ts';
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
import { LANGS, type Lang, type Locale } from '../../../core/types.ts';
import type { SafeHtml } from '../../../pages/html.ts';
import { type SiteInfo, STYLE_HASH } from '../../../pages/layout.ts';
import { expiredLinkPage, messagePage, type Schedule } from '../../../pages/subscription-pages.ts';
import {
  formatDay,
  formatWeekly,
  formatWhen,
  nextSendTime,
  type Ui,
  uiFor,
  type ZhHantPages,
} from '../../../pages/ui.ts';
import type { Clock, ContentStore, Mailer, SubscribeRequestQueue, SubscriberStore } from '../../../ports.ts';
import type { ReaderConfig } from '../../../shared/config.ts';
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
  /**
   * Where subscribe requests wait to be processed (SQS on AWS, in-process in `npm start`): the endpoint then
   * answers before any lookup (issue 16 #4). Without it, requests are processed before the answer (unit tests).
   */
  requests?: SubscribeRequestQueue;
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
  /**
   * What readers are told: postal address, digest send times and zone, the zh-Hant variant (readerConfig).
   * Defaults: no postal address, 07:00 daily, Monday 08:00 weekly, Asia/Shanghai, Taiwan phrasing.
   */
  reader?: ReaderConfig;
  /** The pages in Traditional Chinese for `reader.zhHantVariant` (reader.json); zh-Hant shows Simplified without. */
  zhHantPages?: ZhHantPages;
  /** The "you are already subscribed" email; see SubscriptionDeps.alreadySubscribed. */
  alreadySubscribed?: AlreadySubscribedRenderer;
  /** The welcome email sent after a confirmation; none is sent without it. */
  welcome?: WelcomeRenderer;
  /** Published sections, for the welcome email's newest articles on the reader's topics (none without it). */
  content?: Pick<ContentStore, 'sectionsBetween'>;
  /** The archive of past editions (path or URL), linked from every page; no link while the site has none. */
  archiveHref?: string;
  newId?: () => string;
}

/** A link with an unknown key id re-reads the keys at most this often (it costs a Secrets Manager call). */
const KEY_RELOAD_INTERVAL_MS = 60_000;

export type SubscriptionContext = ReturnType<typeof createSubscriptionContext>;

export function createSubscriptionContext(deps: SubscriptionApiDeps) {
  const siteOrigin = new URL(deps.siteUrl).origin;
  const fallbackLang = deps.defaultLang ?? 'zh';
  const reader: ReaderConfig = deps.reader ?? {
    postalAddress: undefined,
    daily: { time: '07:00' },
    weekly: { day: 'mon', time: '08:00' },
    timezone: 'Asia/Shanghai',
    zhHantVariant: 'tw',
  };
  const hant = deps.zhHantPages ? { variant: reader.zhHantVariant, pages: deps.zhHantPages } : undefined;
  const site: SiteInfo = {
    senderName: deps.sender.name ?? 'tidings',
    senderAddress: deps.sender.address,
    ...(reader.postalAddress ? { postalAddress: reader.postalAddress } : {}),
    ...(deps.archiveHref ? { archiveHref: deps.archiveHref } : {}),
  };
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
    ...(deps.alreadySubscribed ? { alreadySubscribed: deps.alreadySubscribed } : {}),
  };

  /** The page's locale: the form's page (`ui`), then `?lang=`, then Accept-Language (zh-TW/HK/Hant: zh-Hant). */
  const pageLocale = (event: APIGatewayProxyEventV2, body?: ParsedBody): Locale => {
    // `ui` is the locale of the page the form was on (the subscribe form's `lang` is the reader's locale).
    const fromBody = parseLocale(body?.kind === 'form' ? body.fields.ui?.[0] : undefined);
    if (fromBody) return fromBody;
    const fromQuery = parseLocale(event.queryStringParameters?.lang);
    if (fromQuery) return fromQuery;
    const accept = header(event, 'accept-language');
    const lang = negotiateLanguage(accept, LANGS, fallbackLang);
    if (lang === 'en') return 'en';
    const firstZh = /(?:^|,)\s*(zh[^,;]*)/i.exec(accept ?? '')?.[1]?.toLowerCase() ?? '';
    return /^zh-(tw|hk|mo|hant)/.test(firstZh) ? 'zh-Hant' : 'zh-Hans';
  };
  const ui = (locale: Locale): Ui => uiFor(locale, hant);
  const pageUi = (event: APIGatewayProxyEventV2, body?: ParsedBody): Ui => ui(pageLocale(event, body));
  /** When digests go out, in the reader's words. */
  const schedule = (u: Ui): Schedule => ({
    daily: reader.daily.time,
    weekly: formatWeekly(reader.weekly, u.tag),
    zone: reader.timezone,
  });
  /** The first daily and weekly send after now, formatted for the reader. */
  const firstSends = (u: Ui) => {
    const now = deps.clock.now();
    const format = (at: Date) => formatWhen(at, u.tag, reader.timezone);
    return {
      daily: `${format(nextSendTime(now, reader.daily, reader.timezone))} (${reader.timezone})`,
      weekly: `${format(nextSendTime(now, reader.weekly, reader.timezone))} (${reader.timezone})`,
    };
  };
  /** A pause end as the reader reads it. */
  const day = (u: Ui, iso: string) => formatDay(new Date(iso), u.tag, reader.timezone);
  const page = (status: number, body: string, noStore = false): HttpResult =>
    htmlResponse(status, body, STYLE_HASH, { noStore });
  /** A message page's HTML, for answers that add a banner. */
  const messageHtml = (
    u: Ui,
    title: string,
    text: string,
    extra: { link?: { href: string; label: string }; banner?: SafeHtml; requestId?: string } = {},
  ): string =>
    messagePage({
      ui: u,
      site,
      title,
      message: text,
      ...(extra.link ? { link: extra.link } : {}),
      ...(extra.banner ? { banner: extra.banner } : {}),
      ...(extra.requestId ? { requestId: extra.requestId } : {}),
    });
  /** A message page (errors and results). */
  const message = (
    status: number,
    u: Ui,
    title: string,
    text: string,
    extra: { link?: { href: string; label: string }; requestId?: string; noStore?: boolean } = {},
  ): HttpResult => page(status, messageHtml(u, title, text, extra), extra.noStore ?? false);
  /** A token page's answer: a message, with the way back to the subscribe page; never cached. */
  const withSubscribeLink = (status: number, u: Ui, title: string, text: string): HttpResult =>
    message(status, u, title, text, {
      link: { href: `/?lang=${u.locale}`, label: u.t.subscribeAgain },
      noStore: true,
    });

  return {
    deps,
    core,
    links,
    reader,
    site,
    ui,
    pageLocale,
    pageUi,
    schedule,
    firstSends,
    day,
    page,
    message,
    messageHtml,
    withSubscribeLink,
    invalidLink: (u: Ui): HttpResult => withSubscribeLink(400, u, u.t.invalidLinkTitle, u.t.invalidLinkBody),
    notActive: (u: Ui): HttpResult => withSubscribeLink(200, u, u.t.notActiveTitle, u.t.notActiveBody),
    listLabel: (u: Ui, list: MailingList): string =>
      list.kind === 'digest' ? u.t.listName.digest[list.cadence] : u.t.listName.alerts,

    /** A signed unsubscribe token (no list: everything), for the undo and stop-everything forms. */
    unsubscribeToken: (subscriber: Subscriber): string => sign(subscriber, 'unsubscribe'),
    /** The check-inbox receipt of a subscribe request (see core/subscriptions/receipt.ts). */
    sealReceipt: (receipt: Receipt): string => sealReceipt(receipt, tokenKeys, deps.clock.now()),
    openReceipt: (sealed: string | undefined): Receipt | undefined =>
      openReceipt(sealed, tokenKeys, deps.clock.now()),

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

    /**
     * The claims of an authentic `purpose` token past its expiry, else undefined: whom to email a fresh link
     * (issue 16 #9). Nothing else may act on them.
     */
    expiredClaims(token: string | undefined, purpose: 'manage' | 'unsubscribe'): TokenClaims | undefined {
      if (!token) return undefined;
      const result = verifyToken(token, purpose, tokenKeys, deps.clock.now());
      return !result.ok && result.reason === 'expired' ? result.claims : undefined;
    },

    /** The answer to a manage or unsubscribe page link: an offer of a fresh link when it expired, else invalid. */
    unusableLink(u: Ui, token: string | undefined, purpose: 'manage' | 'unsubscribe'): HttpResult {
      if (!this.expiredClaims(token, purpose)) return this.invalidLink(u);
      return page(200, expiredLinkPage({ ui: u, site, token: token!, purpose }), true);
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

    /** The cadences a form names per topic (`<prefix><topic id>`), ignoring anything else: to show it again. */
    formCadences(body: ParsedBody, prefix: string): TopicCadences {
      const out: TopicCadences = {};
      if (body.kind !== 'form') return out;
      for (const topic of deps.taxonomy.topics) {
        const value = body.fields[`${prefix}${topic.id}`];
        if (value?.length === 1 && isCadence(value[0])) out[topic.id] = value[0];
      }
      return out;
    },

    /** A form field sent exactly once. */
    formField: (body: ParsedBody, name: string): string | undefined =>
      body.kind === 'form' && body.fields[name]?.length === 1 ? body.fields[name][0] : undefined,

    /** The 403 answer to a cross-site browser post (instead of CSRF tokens), or undefined when same-site. */
    refuseCrossSite(event: APIGatewayProxyEventV2, u: Ui): HttpResult | undefined {
      if (!isCrossSite(event, siteOrigin)) return undefined;
      deps.logger.warn('cross-site post refused', {
        path: event.rawPath,
        origin: header(event, 'origin') ?? null,
      });
      if (wantsJson(event))
        return jsonResponse(403, { error: 'cross-site', message: 'Cross-site requests are refused.' });
      return message(403, u, u.t.forbiddenTitle, u.t.forbiddenBody);
    },
  };
}
