// Subscription HTTP API (API Gateway HTTP API, payload v2): subscribe page and endpoint, double opt-in,
// preference center, RFC 8058 one-click unsubscribe. Edge only: each route is a module under
// http/subscriptions/ (listed in routes.ts); this file builds the Powertools Router over them from the deps, and
// answers misses and failures with the site's own pages.
import { SQSClient } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyEventV2, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createDynamoClient } from '../adapters/dynamodb/client.ts';
import { createDynamoContentStore } from '../adapters/dynamodb/content-store.ts';
import { DynamoSendLimits } from '../adapters/dynamodb/send-limits.ts';
import { DynamoSubscriberArchive } from '../adapters/dynamodb/subscriber-archive.ts';
import { DynamoSubscriberStore } from '../adapters/dynamodb/subscriber-store.ts';
import { loadConfirmationsFile } from '../adapters/fs/confirmations.ts';
import {
  loadReaderPack,
  localeConfirmationRenderer,
  precompiledAlreadySubscribed,
  precompiledWelcome,
} from '../adapters/fs/reader-pack.ts';
import { DEFAULT_TAXONOMY_FILE, loadTaxonomyJsonFile } from '../adapters/fs/taxonomy-json.ts';
import { loadTokenKeys, loadTokenSecret, reloadTokenKeys } from '../adapters/secrets/token-keys.ts';
import { createSesClient } from '../adapters/ses/client.ts';
import { createSesMailer, readMax24HourSend } from '../adapters/ses/mailer.ts';
import { createSqsSubscribeRequests } from '../adapters/sqs/subscribe-requests.ts';
import { personalize } from '../core/render/personalize.ts';
import { suppressionPepper } from '../core/subscribers/suppression.ts';
import { createCachedConfirmationRenderer } from '../core/subscriptions/confirmation-renderer.ts';
import { confirmationBudgetPerHour } from '../core/subscriptions/limits.ts';
import { precompiledConfirm } from '../core/subscriptions/precompiled-confirmation.ts';
import { processSubscribeRequest } from '../core/subscriptions/requests.ts';
import type { SubscribeRequest } from '../core/subscriptions/types.ts';
import type { Taxonomy } from '../core/topics/types.ts';
import { LANGS } from '../core/types.ts';
import { STYLE_HASH } from '../pages/layout.ts';
import { messagePage } from '../pages/subscription-pages.ts';
import { uiFor } from '../pages/ui.ts';
import type { Clock, SubscribeRequestQueue } from '../ports.ts';
import { dataConfig, mailConfig, type ReaderConfig, readerConfig, tokenConfig } from '../shared/config.ts';
import {
  HttpError,
  type HttpHandler,
  type HttpResult,
  header,
  htmlResponse,
  jsonResponse,
  negotiateLanguage,
  wantsJson,
} from '../shared/http.ts';
import { createHttpRouter, routeKeys } from '../shared/http-router.ts';
import { createLogger, redactEmail, redactEmails } from '../shared/logging.ts';
import { traced, withTracing } from '../shared/tracing.ts';
import {
  createSubscriptionContext,
  type SubscriptionApiDeps,
  type SubscriptionLogger,
} from './http/subscriptions/context.ts';
import { SUBSCRIPTION_ROUTES } from './http/subscriptions/routes.ts';

export type { SubscriptionApiDeps, SubscriptionLogger } from './http/subscriptions/context.ts';
export { truncateIp } from './http/subscriptions/subscribe.ts';

/** Routes this handler answers; the local server and the CDK HTTP API register exactly these. */
export const subscriptionRoutes = routeKeys(SUBSCRIPTION_ROUTES);

export function createSubscriptionApi(deps: SubscriptionApiDeps): HttpHandler {
  const ctx = createSubscriptionContext(deps);
  // Every route signs or checks tokens with the keys as configured now.
  const routes = SUBSCRIPTION_ROUTES.map((route) => ({
    ...route,
    handle: async (c: typeof ctx, event: APIGatewayProxyEventV2) => {
      await c.refreshKeys();
      return route.handle(c, event);
    },
  }));
  return createHttpRouter(routes, ctx, {
    // A wrong method on a known path is a 404 too: the same page as any unknown address.
    notFound(event) {
      if (event.rawPath?.startsWith('/api/')) return jsonResponse(404, { error: 'not-found' });
      const ui = ctx.pageUi(event);
      return ctx.message(404, ui, ui.t.notFoundTitle, ui.t.notFoundBody);
    },
    onError(error, event) {
      if (error instanceof HttpError) {
        if (wantsJson(event))
          return jsonResponse(error.status, { error: error.problem, message: error.message });
        const ui = ctx.pageUi(event);
        const title = error.status === 413 ? ui.t.tooLargeTitle : ui.t.badRequestTitle;
        return ctx.message(error.status, ui, title, ui.t.problems.malformed);
      }
      const requestId = event.requestContext?.requestId;
      deps.logger.error('request failed', {
        requestId,
        route: `${event.requestContext?.http?.method} ${event.rawPath}`,
        error: { name: error.name, message: redactEmails(error.message) },
      });
      if (wantsJson(event)) return jsonResponse(500, { error: 'internal', requestId });
      const ui = ctx.pageUi(event);
      return ctx.message(500, ui, ui.t.errorTitle, ui.t.errorBody, requestId ? { requestId } : {});
    },
    logger: {
      warn: (message) => deps.logger.warn(message, {}),
      error: (message) => deps.logger.error(message, {}),
    },
  });
}

/**
 * The subscription function's SQS side: queued subscribe requests (issue 16 #4), each processed as the endpoint
 * once did before answering. A request whose email could not be sent (limits given back) is reported for
 * redelivery; one SES refused or may have taken is not.
 */
export function createSubscribeRequestHandler(
  deps: SubscriptionApiDeps,
): (event: SQSEvent) => Promise<SQSBatchResponse> {
  const ctx = createSubscriptionContext(deps);
  return async (event) => {
    await ctx.refreshKeys();
    const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      let request: SubscribeRequest;
      try {
        request = JSON.parse(record.body) as SubscribeRequest;
        if (typeof request?.email !== 'string') throw new Error('no email');
      } catch {
        // Only this function writes the queue: an unreadable message can never succeed, so it is not retried.
        deps.logger.error('unreadable subscribe request dropped', { messageId: record.messageId });
        continue;
      }
      const result = await processSubscribeRequest(ctx.core, request);
      const email = redactEmail(request.email);
      if (result.kind === 'done') deps.logger.info('subscribe request', { outcome: result.outcome, email });
      else if (result.kind === 'dropped')
        deps.logger.warn('subscribe email not sent', { reason: redactEmails(result.reason), email });
      else {
        deps.logger.warn('subscribe request retried', { reason: redactEmails(result.reason), email });
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    }
    return { batchItemFailures };
  };
}

// Composition root for the Lambda and for `npm start`: real adapters from the environment.
// Env: TABLE_NAME, DYNAMODB_ENDPOINT?, SENDER_EMAIL, SENDER_NAME?, CONFIGURATION_SET?, SITE_URL, SES_ENDPOINT?,
// TOKEN_KEYS_SECRET_ARN | TOKEN_KEYS_FILE, TAXONOMY_FILE? (the taxonomy's JSON form beside the bundle; default
// content/topics.yaml, which local runs read with a YAML-capable loader), CONFIRMATIONS_FILE? (the precompiled
// confirmation emails; default templates/compiled/confirm.json).
export interface SubscriptionConfig {
  data: ReturnType<typeof dataConfig>;
  mail: ReturnType<typeof mailConfig>;
  reader: ReaderConfig;
  /** READER_FILE: the precompiled reader emails and zh-Hant pages (default templates/compiled/reader.json). */
  readerFile?: string;
  tokens: ReturnType<typeof tokenConfig>;
  taxonomyFile: string;
  confirmationsFile?: string;
  /** SUBSCRIBE_QUEUE_URL: the queue subscribe requests wait in (issue 16 #4); set by the CDK stack. */
  subscribeQueueUrl?: string;
}

/** Throws ConfigError naming the missing or invalid variable. */
export function readSubscriptionConfig(env: NodeJS.ProcessEnv): SubscriptionConfig {
  return {
    data: dataConfig(env),
    mail: mailConfig(env),
    reader: readerConfig(env),
    ...(env.READER_FILE ? { readerFile: env.READER_FILE } : {}),
    tokens: tokenConfig(env),
    taxonomyFile: env.TAXONOMY_FILE || DEFAULT_TAXONOMY_FILE,
    ...(env.CONFIRMATIONS_FILE ? { confirmationsFile: env.CONFIRMATIONS_FILE } : {}),
    ...(env.SUBSCRIBE_QUEUE_URL ? { subscribeQueueUrl: env.SUBSCRIBE_QUEUE_URL } : {}),
  };
}

export interface SubscriptionApiOptions {
  /**
   * Reads TAXONOMY_FILE. The function reads the JSON form written at synth, so its bundle has no YAML parser;
   * local runs and tests pass `loadTaxonomyFile` (fs/taxonomy.ts) to read content/topics.yaml itself.
   */
  loadTaxonomy?: (path: string) => Promise<Taxonomy>;
  /** The clock (tests that move time); the system clock otherwise. */
  clock?: Clock;
  /** The queue subscribe requests wait in (`npm start`'s in-process one); else SUBSCRIBE_QUEUE_URL's, if set. */
  requests?: SubscribeRequestQueue;
}

export interface SubscriptionFunction {
  http: HttpHandler;
  /** Processes queued subscribe requests (the SQS event source). */
  requests: (event: SQSEvent) => Promise<SQSBatchResponse>;
}

export async function buildSubscriptionApi(
  config: SubscriptionConfig,
  logger: SubscriptionLogger = createLogger('tidings-subscriptions'),
  options: SubscriptionApiOptions = {},
): Promise<HttpHandler> {
  return (await buildSubscriptionFunction(config, logger, options)).http;
}

export async function buildSubscriptionFunction(
  config: SubscriptionConfig,
  logger: SubscriptionLogger = createLogger('tidings-subscriptions'),
  options: SubscriptionApiOptions = {},
): Promise<SubscriptionFunction> {
  const tokens = config.tokens;
  const [{ keys: tokenKeys, pepperSeed }, taxonomy, confirmations, pack] = await Promise.all([
    loadTokenSecret(tokens),
    (options.loadTaxonomy ?? loadTaxonomyJsonFile)(config.taxonomyFile),
    loadConfirmationsFile(config.confirmationsFile),
    loadReaderPack(config.readerFile),
  ]);
  const packOptions = {
    pack,
    taxonomy,
    siteUrl: config.mail.siteUrl,
    ...(config.reader.postalAddress ? { postalAddress: config.reader.postalAddress } : {}),
    zhHantVariant: config.reader.zhHantVariant,
  };
  const region = config.data.region ?? config.mail.region;
  const client = createDynamoClient({
    ...(config.data.dynamodbEndpoint ? { endpoint: config.data.dynamodbEndpoint } : {}),
    ...(region ? { region } : {}),
  });
  const store = new DynamoSubscriberStore({ client, tableName: config.data.tableName });
  const suppression = new DynamoSubscriberArchive({
    client,
    tableName: config.data.tableName,
    pepper: suppressionPepper(pepperSeed),
  });
  const ses = createSesClient({
    ...(config.mail.sesEndpoint ? { endpoint: config.mail.sesEndpoint } : {}),
    ...(config.mail.region ? { region: config.mail.region } : {}),
  });
  const mailer = createSesMailer({
    client: ses,
    ...(config.mail.configurationSet ? { configurationSet: config.mail.configurationSet } : {}),
  });
  const requests =
    options.requests ??
    (config.subscribeQueueUrl
      ? createSqsSubscribeRequests({
          client: traced(new SQSClient(config.mail.region ? { region: config.mail.region } : {})),
          queueUrl: config.subscribeQueueUrl,
        })
      : undefined);
  const deps: SubscriptionApiDeps = {
    store,
    ...(requests ? { requests } : {}),
    suppression,
    limits: new DynamoSendLimits({ client, tableName: config.data.tableName }),
    confirmationsPerHour: await confirmationsPerHour(ses, config.mail.sesEndpoint !== undefined, logger),
    mailer,
    renderer: localeConfirmationRenderer(
      createCachedConfirmationRenderer({
        compile: precompiledConfirm(confirmations),
        taxonomy,
        siteUrl: config.mail.siteUrl,
      }),
      packOptions,
    ),
    alreadySubscribed: precompiledAlreadySubscribed(packOptions),
    welcome: precompiledWelcome(packOptions),
    // The welcome email's newest articles on the reader's topics (a Query of the month's sections).
    content: createDynamoContentStore({ client, tableName: config.data.tableName }),
    reader: config.reader,
    // The archive of past editions (the article function's /archive, on the same site).
    archiveHref: `${config.mail.siteUrl.replace(/\/+$/, '')}/archive`,
    zhHantPages: pack.zhHant[config.reader.zhHantVariant],
    personalize,
    taxonomy,
    tokenKeys,
    // A key file (local runs) is read at start and on an unknown key only.
    ...(tokens.tokenKeysSecretArn ? { currentTokenKeys: () => loadTokenKeys(tokens) } : {}),
    reloadTokenKeys: () => reloadTokenKeys(tokens),
    clock: options.clock ?? { now: () => new Date() },
    siteUrl: config.mail.siteUrl,
    sender: { address: config.mail.senderEmail, name: config.mail.senderName },
    logger,
  };
  return { http: createSubscriptionApi(deps), requests: createSubscribeRequestHandler(deps) };
}

/** The local SES stand-in has no quota: its budget is what a production account of 240,000 a day would allow. */
const LOCAL_CONFIRMATIONS_PER_HOUR = 1000;
/** When GetSendQuota cannot be read: 10% of a 24,000-a-day account. */
const FALLBACK_CONFIRMATIONS_PER_HOUR = 100;

/** The hourly confirmation budget from the account's SES quota, read once per cold start. */
async function confirmationsPerHour(
  ses: Parameters<typeof readMax24HourSend>[0],
  local: boolean,
  logger: SubscriptionLogger,
): Promise<number> {
  if (local) return LOCAL_CONFIRMATIONS_PER_HOUR;
  try {
    return confirmationBudgetPerHour(await readMax24HourSend(ses));
  } catch (error) {
    logger.warn('SES quota unreadable; confirmation budget falls back', {
      perHour: FALLBACK_CONFIRMATIONS_PER_HOUR,
      error: error instanceof Error ? error.message : 'unknown',
    });
    return FALLBACK_CONFIRMATIONS_PER_HOUR;
  }
}

const logger = createLogger('tidings-subscriptions');
// On Lambda the configuration is read during init, so a missing variable fails the cold start, not a request.
const lambdaConfig = process.env.AWS_LAMBDA_FUNCTION_NAME ? readSubscriptionConfig(process.env) : undefined;
let wired: Promise<SubscriptionFunction> | undefined;

function wire(): Promise<SubscriptionFunction> {
  wired ??= buildSubscriptionFunction(lambdaConfig ?? readSubscriptionConfig(process.env), logger);
  return wired;
}

/** HTTP API events get pages and JSON; SQS events (queued subscribe requests) a partial batch response. */
type SubscriptionHandler = {
  (event: APIGatewayProxyEventV2, context?: unknown): Promise<HttpResult>;
  (event: SQSEvent, context?: unknown): Promise<SQSBatchResponse>;
};

export const handler = withTracing(
  'http-subscriptions',
  async (event: APIGatewayProxyEventV2 | SQSEvent): Promise<HttpResult | SQSBatchResponse> => {
    if ('Records' in event) {
      // The subscribe-request queue's event source: a wiring failure fails the batch, which SQS redelivers.
      try {
        return (await wire()).requests(event);
      } catch (error) {
        wired = undefined;
        throw error;
      }
    }
    let api: HttpHandler;
    try {
      api = (await wire()).http;
    } catch (error) {
      // Configuration, keys or the taxonomy failed: answer with the error page, retry on the next request.
      wired = undefined;
      logger.error('subscription API wiring failed', {
        error: error instanceof Error ? error.message : 'unknown',
      });
      const ui = uiFor(
        negotiateLanguage(header(event, 'accept-language'), LANGS, 'zh') === 'en' ? 'en' : 'zh-Hans',
      );
      const requestId = event.requestContext.requestId;
      const site = {
        senderName: 'tidings',
        senderAddress: process.env.SENDER_EMAIL ?? '',
      };
      return htmlResponse(
        500,
        messagePage({ ui, site, title: ui.t.errorTitle, message: ui.t.errorBody, requestId }),
        STYLE_HASH,
        { noStore: true },
      );
    }
    return api(event);
  },
) as SubscriptionHandler;
