// Subscription HTTP API (API Gateway HTTP API, payload v2): subscribe page and endpoint, double opt-in,
// preference center, RFC 8058 one-click unsubscribe. Edge only: parse, call the use cases, map to pages.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { HttpHandler } from '../../local/http.ts';
import { createDynamoClient } from '../adapters/dynamodb/client.ts';
import { DynamoSubscriberArchive } from '../adapters/dynamodb/subscriber-archive.ts';
import { DynamoSubscriberStore } from '../adapters/dynamodb/subscriber-store.ts';
import { loadConfirmationsFile } from '../adapters/fs/confirmations.ts';
import { DEFAULT_TAXONOMY_FILE, loadTaxonomyJsonFile } from '../adapters/fs/taxonomy-json.ts';
import { loadTokenKeys, reloadTokenKeys } from '../adapters/secrets/token-keys.ts';
import { createSesClient } from '../adapters/ses/client.ts';
import { createSesMailer } from '../adapters/ses/mailer.ts';
import type { MailingList } from '../core/delivery/types.ts';
import { personalize } from '../core/render/personalize.ts';
import type { Subscriber } from '../core/subscribers/types.ts';
import { createCachedConfirmationRenderer } from '../core/subscriptions/confirmation-renderer.ts';
import {
  checkPreferencesForm,
  checkSubscribeForm,
  checkSubscribeJson,
  isLang,
} from '../core/subscriptions/input.ts';
import { precompiledConfirm } from '../core/subscriptions/precompiled-confirmation.ts';
import type { ConfirmationRenderer, SubscriberLinks, SubscriptionDeps } from '../core/subscriptions/types.ts';
import {
  confirmSubscription,
  requestSubscription,
  unsubscribe,
  updatePreferences,
} from '../core/subscriptions/use-cases.ts';
import {
  listKey,
  parseListKey,
  signToken,
  type TokenKey,
  type TokenPurpose,
  verifyToken,
} from '../core/tokens.ts';
import type { Taxonomy } from '../core/topics/types.ts';
import { LANGS, type Lang } from '../core/types.ts';
import { STYLE_HASH } from '../pages/layout.ts';
import { STRINGS } from '../pages/strings.ts';
import {
  confirmedPage,
  confirmPage,
  messagePage,
  preferencesPage,
  subscribePage,
  unsubscribePage,
} from '../pages/subscription-pages.ts';
import type { Clock, Mailer, SubscriberStore } from '../ports.ts';
import { dataConfig, mailConfig, tokenConfig } from '../shared/config.ts';
import {
  HttpError,
  type HttpResult,
  header,
  htmlResponse,
  isCrossSite,
  jsonResponse,
  negotiateLanguage,
  type ParsedBody,
  parseBody,
  wantsJson,
} from '../shared/http.ts';
import { createLogger, redactEmail, redactEmails } from '../shared/logging.ts';

/** Routes this handler answers; the local server and the CDK HTTP API register exactly these. */
export const subscriptionRoutes = [
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/api/topics' },
  { method: 'POST', path: '/api/subscriptions' },
  { method: 'GET', path: '/confirm' },
  { method: 'POST', path: '/confirm' },
  { method: 'GET', path: '/preferences' },
  { method: 'POST', path: '/preferences' },
  { method: 'GET', path: '/unsubscribe' },
  { method: 'POST', path: '/unsubscribe' },
] as const satisfies readonly { method: 'GET' | 'POST'; path: string }[];

/** The few log calls this handler makes; Powertools' Logger satisfies it. */
export interface SubscriptionLogger {
  info(message: string, extra: Record<string, unknown>): void;
  warn(message: string, extra: Record<string, unknown>): void;
  error(message: string, extra: Record<string, unknown>): void;
}

export interface SubscriptionApiDeps {
  store: SubscriberStore;
  suppression?: SubscriptionDeps['suppression'];
  mailer: Mailer;
  renderer: ConfirmationRenderer;
  personalize: SubscriptionDeps['personalize'];
  taxonomy: Taxonomy;
  tokenKeys: TokenKey[];
  /**
   * Reads the keys again. Called when a link names a key this instance does not know (a key added by a rotation
   * after it started), at most once a minute, so the new key works at once everywhere.
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

const DAY = 24 * 60 * 60;
/** Confirmation links are short-lived; manage and unsubscribe links must keep working in old emails. */
const TOKEN_TTL_SECONDS: Record<TokenPurpose, number | undefined> = {
  confirm: 7 * DAY,
  manage: 365 * DAY,
  unsubscribe: undefined,
};

/** A link with an unknown key id re-reads the keys at most this often (it costs a Secrets Manager call). */
const KEY_RELOAD_INTERVAL_MS = 60_000;

export function createSubscriptionApi(deps: SubscriptionApiDeps): HttpHandler {
  const siteOrigin = new URL(deps.siteUrl).origin;
  const fallbackLang = deps.defaultLang ?? 'zh';
  let tokenKeys = deps.tokenKeys;
  let keysReloadedAt = Number.NEGATIVE_INFINITY;

  const sign = (subscriber: Subscriber, purpose: TokenPurpose, list?: MailingList): string => {
    const ttl = TOKEN_TTL_SECONDS[purpose];
    const exp = ttl === undefined ? undefined : Math.floor(deps.clock.now().getTime() / 1000) + ttl;
    return signToken(
      {
        sub: subscriber.id,
        purpose,
        ...(list ? { list: listKey(list) } : {}),
        ...(exp !== undefined ? { exp } : {}),
      },
      tokenKeys,
    );
  };
  const links: SubscriberLinks = {
    confirm: (s) => `${siteOrigin}/confirm?token=${encodeURIComponent(sign(s, 'confirm'))}`,
    manage: (s) => `${siteOrigin}/preferences?token=${encodeURIComponent(sign(s, 'manage'))}`,
    unsubscribe: (s, list) =>
      `${siteOrigin}/unsubscribe?token=${encodeURIComponent(sign(s, 'unsubscribe', list))}`,
  };
  const core: SubscriptionDeps = {
    store: deps.store,
    ...(deps.suppression ? { suppression: deps.suppression } : {}),
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
  const invalidLink = (lang: Lang): HttpResult =>
    withSubscribeLink(400, lang, STRINGS[lang].invalidLinkTitle, STRINGS[lang].invalidLinkBody);
  const verify = async (token: string | undefined, purpose: TokenPurpose) => {
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
  };
  const formField = (body: ParsedBody, name: string): string | undefined =>
    body.kind === 'form' && body.fields[name]?.length === 1 ? body.fields[name][0] : undefined;
  const refuseCrossSite = (event: APIGatewayProxyEventV2, lang: Lang): HttpResult | undefined => {
    if (!isCrossSite(event, siteOrigin)) return undefined;
    deps.logger.warn('cross-site post refused', {
      path: event.rawPath,
      origin: header(event, 'origin') ?? null,
    });
    if (wantsJson(event))
      return jsonResponse(403, { error: 'cross-site', message: 'Cross-site requests are refused.' });
    const t = STRINGS[lang];
    return page(403, messagePage({ lang, title: t.forbiddenTitle, message: t.forbiddenBody }));
  };

  const routes: Record<string, (event: APIGatewayProxyEventV2) => Promise<HttpResult>> = {
    'GET /': async (event) => {
      const lang = pageLang(event);
      return page(200, subscribePage({ lang, topics: deps.taxonomy.topics }));
    },

    'GET /api/topics': async () =>
      jsonResponse(200, {
        topics: deps.taxonomy.topics.map((t) => ({ id: t.id, name: t.name, description: t.description })),
      }),

    'POST /api/subscriptions': async (event) => {
      const json = wantsJson(event);
      const queryLang = pageLang(event);
      const refused = refuseCrossSite(event, queryLang);
      if (refused) return refused;
      const body = parseBody(event);
      const lang = pageLang(event, body);
      const checked =
        body.kind === 'json'
          ? checkSubscribeJson(body.value, deps.taxonomy, lang)
          : body.kind === 'form'
            ? checkSubscribeForm(body.fields, deps.taxonomy, lang)
            : ({ ok: false, problems: ['malformed'] } as const);
      if (!checked.ok) {
        if (json || body.kind !== 'form') {
          return jsonResponse(400, {
            error: 'invalid-request',
            problems: checked.problems.map((code) => ({ code, message: STRINGS.en.problems[code] })),
          });
        }
        const email = formField(body, 'email');
        const cadence = formField(body, 'cadence');
        const mailLang = formField(body, 'lang');
        return page(
          400,
          subscribePage({
            lang,
            topics: deps.taxonomy.topics,
            problems: checked.problems,
            values: {
              ...(email !== undefined ? { email } : {}),
              topics: (body.fields.topics ?? []).filter((id) => deps.taxonomy.byId.has(id)),
              ...(cadence === 'instant' || cadence === 'daily' || cadence === 'weekly' ? { cadence } : {}),
              ...(mailLang && isLang(mailLang) ? { lang: mailLang } : {}),
            },
          }),
        );
      }
      const outcome = await requestSubscription(core, {
        ...checked.value,
        method: json ? 'api' : 'web-form',
        source: truncateIp(event.requestContext.http.sourceIp),
      });
      deps.logger.info('subscribe request', { outcome, email: redactEmail(checked.value.email) });
      // Identical answer for every outcome and every prior state of the address: no enumeration.
      if (json) return jsonResponse(202, { status: 'accepted', message: STRINGS.en.checkInboxBody });
      const t = STRINGS[lang];
      return page(202, messagePage({ lang, title: t.checkInboxTitle, message: t.checkInboxBody }));
    },

    'GET /confirm': async (event) => {
      const lang = pageLang(event);
      const token = event.queryStringParameters?.token;
      if (!(await verify(token, 'confirm'))) return invalidLink(lang);
      return page(200, confirmPage({ lang, token: token! }), true);
    },

    'POST /confirm': async (event) => {
      const refused = refuseCrossSite(event, pageLang(event));
      if (refused) return refused;
      const body = parseBody(event);
      const lang = pageLang(event, body);
      const claims = await verify(formField(body, 'token'), 'confirm');
      if (!claims) return invalidLink(lang);
      const outcome = await confirmSubscription(core, claims.sub);
      if (outcome === 'unknown-subscriber') return invalidLink(lang);
      if (outcome === 'suppressed') return notActive(lang);
      const subscriber = await deps.store.get(claims.sub);
      if (!subscriber) return invalidLink(lang);
      deps.logger.info('subscription confirmed', { outcome, subscriber: subscriber.id });
      return page(200, confirmedPage({ lang: subscriber.lang, manageUrl: links.manage(subscriber) }), true);
    },

    'GET /preferences': async (event) => {
      const lang = pageLang(event);
      const token = event.queryStringParameters?.token;
      const claims = await verify(token, 'manage');
      if (!claims) return invalidLink(lang);
      const subscriber = await deps.store.get(claims.sub);
      if (!subscriber) return invalidLink(lang);
      const shown =
        event.queryStringParameters?.lang && isLang(event.queryStringParameters.lang)
          ? lang
          : subscriber.lang;
      if (subscriber.status !== 'active') return notActive(shown);
      return page(
        200,
        preferencesPage({ lang: shown, token: token!, subscriber, topics: deps.taxonomy.topics }),
        true,
      );
    },

    'POST /preferences': async (event) => {
      const refused = refuseCrossSite(event, pageLang(event));
      if (refused) return refused;
      const body = parseBody(event);
      const token = formField(body, 'token');
      const claims = await verify(token, 'manage');
      if (!claims || body.kind !== 'form') return invalidLink(pageLang(event, body));
      const subscriber = await deps.store.get(claims.sub);
      if (!subscriber) return invalidLink(pageLang(event, body));
      if (formField(body, 'action') === 'unsubscribe-all') {
        await unsubscribe(core, subscriber.id, { kind: 'all' });
        deps.logger.info('unsubscribed from preferences', { subscriber: subscriber.id });
        return unsubscribed(subscriber.lang, true);
      }
      const checked = checkPreferencesForm(body.fields, deps.taxonomy);
      if (!checked.ok) {
        return page(
          400,
          preferencesPage({
            lang: subscriber.lang,
            token: token!,
            subscriber,
            topics: deps.taxonomy.topics,
            problems: checked.problems,
          }),
          true,
        );
      }
      const outcome = await updatePreferences(core, subscriber.id, checked.value);
      deps.logger.info('preferences saved', { outcome, subscriber: subscriber.id });
      const lang = checked.value.lang;
      const t = STRINGS[lang];
      if (outcome === 'not-active') return notActive(lang);
      if (outcome === 'unknown-subscriber') return invalidLink(lang);
      const manage = { href: `/preferences?token=${encodeURIComponent(token!)}`, label: t.managePreferences };
      return page(
        200,
        messagePage({
          lang,
          title: t.savedTitle,
          message: outcome === 'unsubscribed' ? t.savedNothingLeft : t.savedBody,
          ...(outcome === 'saved' ? { link: manage } : {}),
        }),
        true,
      );
    },

    'GET /unsubscribe': async (event) => {
      const lang = pageLang(event);
      const token = event.queryStringParameters?.token;
      const claims = await verify(token, 'unsubscribe');
      if (!claims) return invalidLink(lang);
      const list = claims.list === undefined ? undefined : parseListKey(claims.list);
      if (claims.list !== undefined && !list) return invalidLink(lang);
      const subscriber = await deps.store.get(claims.sub);
      const shown = event.queryStringParameters?.lang || !subscriber ? lang : subscriber.lang;
      return page(
        200,
        unsubscribePage({
          lang: shown,
          token: token!,
          ...(list ? { listLabel: listLabel(shown, list) } : {}),
        }),
        true,
      );
    },

    'POST /unsubscribe': async (event) => {
      const body = parseBody(event);
      // RFC 8058: mail providers post `List-Unsubscribe=One-Click` cross-site, without cookies or Origin.
      const oneClick =
        body.kind === 'form' &&
        body.fields['List-Unsubscribe']?.length === 1 &&
        body.fields['List-Unsubscribe'][0] === 'One-Click';
      const lang = pageLang(event, body);
      if (!oneClick) {
        const refused = refuseCrossSite(event, lang);
        if (refused) return refused;
      }
      const claims = await verify(event.queryStringParameters?.token, 'unsubscribe');
      if (!claims) return invalidLink(lang);
      const list = claims.list === undefined ? undefined : parseListKey(claims.list);
      if (claims.list !== undefined && !list) return invalidLink(lang);
      const scopeField = formField(body, 'scope');
      const all = !list || (!oneClick && scopeField === 'all');
      const outcome = await unsubscribe(core, claims.sub, all ? { kind: 'all' } : list);
      deps.logger.info('unsubscribed', {
        outcome,
        oneClick,
        list: claims.list ?? 'all',
        subscriber: claims.sub,
      });
      const subscriber = await deps.store.get(claims.sub);
      return unsubscribed(subscriber?.lang ?? lang, all);
    },
  };

  function listLabel(lang: Lang, list: MailingList): string {
    const t = STRINGS[lang];
    return list.kind === 'digest' ? t.listName.digest[list.cadence] : t.listName.alerts;
  }
  function unsubscribed(lang: Lang, all: boolean): HttpResult {
    const t = STRINGS[lang];
    return withSubscribeLink(
      200,
      lang,
      t.unsubscribedTitle,
      all ? t.unsubscribedAllBody : t.unsubscribedListBody,
    );
  }
  function notActive(lang: Lang): HttpResult {
    return withSubscribeLink(200, lang, STRINGS[lang].notActiveTitle, STRINGS[lang].notActiveBody);
  }

  return async (event) => {
    const method = event.requestContext.http.method === 'HEAD' ? 'GET' : event.requestContext.http.method;
    const route = routes[`${method} ${event.rawPath}`];
    const requestId = event.requestContext.requestId;
    try {
      if (!route) {
        const lang = pageLang(event);
        const t = STRINGS[lang];
        if (event.rawPath.startsWith('/api/')) return jsonResponse(404, { error: 'not-found' });
        return page(404, messagePage({ lang, title: t.notFoundTitle, message: t.notFoundBody }));
      }
      return await route(event);
    } catch (error) {
      if (error instanceof HttpError) {
        if (wantsJson(event))
          return jsonResponse(error.status, { error: error.problem, message: error.message });
        const lang = pageLang(event);
        const t = STRINGS[lang];
        const title = error.status === 413 ? t.tooLargeTitle : t.badRequestTitle;
        return page(error.status, messagePage({ lang, title, message: t.problems.malformed }));
      }
      deps.logger.error('request failed', {
        requestId,
        route: `${method} ${event.rawPath}`,
        error:
          error instanceof Error ? { name: error.name, message: redactEmails(error.message) } : 'unknown',
      });
      if (wantsJson(event)) return jsonResponse(500, { error: 'internal', requestId });
      const lang = pageLang(event);
      const t = STRINGS[lang];
      return page(500, messagePage({ lang, title: t.errorTitle, message: t.errorBody, requestId }));
    }
  };
}

/** Consent records keep the network, not the host: IPv4 /24, IPv6 /48. */
export function truncateIp(ip: string | undefined): string | undefined {
  if (!ip) return undefined;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/.exec(ip);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
  if (ip.includes(':')) return `${ip.split(':').slice(0, 3).join(':')}::/48`;
  return undefined;
}

// Composition root for the Lambda and for `npm start`: real adapters from the environment.
// Env: TABLE_NAME, DYNAMODB_ENDPOINT?, SENDER_EMAIL, SENDER_NAME?, CONFIGURATION_SET?, SITE_URL, SES_ENDPOINT?,
// TOKEN_KEYS_SECRET_ARN | TOKEN_KEYS_FILE, TAXONOMY_FILE? (the taxonomy's JSON form beside the bundle; default
// content/topics.yaml, which local runs read with a YAML-capable loader), CONFIRMATIONS_FILE? (the precompiled
// confirmation emails; default templates/compiled/confirm.json).
export interface SubscriptionConfig {
  data: ReturnType<typeof dataConfig>;
  mail: ReturnType<typeof mailConfig>;
  tokens: ReturnType<typeof tokenConfig>;
  taxonomyFile: string;
  confirmationsFile?: string;
}

/** Throws ConfigError naming the missing or invalid variable. */
export function readSubscriptionConfig(env: NodeJS.ProcessEnv): SubscriptionConfig {
  return {
    data: dataConfig(env),
    mail: mailConfig(env),
    tokens: tokenConfig(env),
    taxonomyFile: env.TAXONOMY_FILE || DEFAULT_TAXONOMY_FILE,
    ...(env.CONFIRMATIONS_FILE ? { confirmationsFile: env.CONFIRMATIONS_FILE } : {}),
  };
}

export interface SubscriptionApiOptions {
  /**
   * Reads TAXONOMY_FILE. The function reads the JSON form written at synth, so its bundle has no YAML parser;
   * local runs and tests pass `loadTaxonomyFile` (fs/taxonomy.ts) to read content/topics.yaml itself.
   */
  loadTaxonomy?: (path: string) => Promise<Taxonomy>;
}

export async function buildSubscriptionApi(
  config: SubscriptionConfig,
  logger: SubscriptionLogger = createLogger('tidings-subscriptions'),
  options: SubscriptionApiOptions = {},
): Promise<HttpHandler> {
  const [tokenKeys, taxonomy, confirmations] = await Promise.all([
    loadTokenKeys(config.tokens),
    (options.loadTaxonomy ?? loadTaxonomyJsonFile)(config.taxonomyFile),
    loadConfirmationsFile(config.confirmationsFile),
  ]);
  const region = config.data.region ?? config.mail.region;
  const client = createDynamoClient({
    ...(config.data.dynamodbEndpoint ? { endpoint: config.data.dynamodbEndpoint } : {}),
    ...(region ? { region } : {}),
  });
  const store = new DynamoSubscriberStore({ client, tableName: config.data.tableName });
  const suppression = new DynamoSubscriberArchive({ client, tableName: config.data.tableName });
  const mailer = createSesMailer({
    client: createSesClient({
      ...(config.mail.sesEndpoint ? { endpoint: config.mail.sesEndpoint } : {}),
      ...(config.mail.region ? { region: config.mail.region } : {}),
    }),
    ...(config.mail.configurationSet ? { configurationSet: config.mail.configurationSet } : {}),
  });
  return createSubscriptionApi({
    store,
    suppression,
    mailer,
    renderer: createCachedConfirmationRenderer({
      compile: precompiledConfirm(confirmations),
      taxonomy,
      siteUrl: config.mail.siteUrl,
    }),
    personalize,
    taxonomy,
    tokenKeys,
    reloadTokenKeys: () => reloadTokenKeys(config.tokens),
    clock: { now: () => new Date() },
    siteUrl: config.mail.siteUrl,
    sender: { address: config.mail.senderEmail, name: config.mail.senderName },
    logger,
  });
}

const logger = createLogger('tidings-subscriptions');
// On Lambda the configuration is read during init, so a missing variable fails the cold start, not a request.
const lambdaConfig = process.env.AWS_LAMBDA_FUNCTION_NAME ? readSubscriptionConfig(process.env) : undefined;
let wired: Promise<HttpHandler> | undefined;

export const handler = async (event: APIGatewayProxyEventV2): Promise<HttpResult> => {
  let api: HttpHandler;
  try {
    wired ??= buildSubscriptionApi(lambdaConfig ?? readSubscriptionConfig(process.env), logger);
    api = await wired;
  } catch (error) {
    // Configuration, keys or the taxonomy failed: answer with the error page, retry on the next request.
    wired = undefined;
    logger.error('subscription API wiring failed', {
      error: error instanceof Error ? error.message : 'unknown',
    });
    const lang = negotiateLanguage(header(event, 'accept-language'), LANGS, 'zh');
    const t = STRINGS[lang];
    const requestId = event.requestContext.requestId;
    return htmlResponse(
      500,
      messagePage({ lang, title: t.errorTitle, message: t.errorBody, requestId }),
      STYLE_HASH,
      {
        noStore: true,
      },
    );
  }
  return api(event);
};
