// The whole pipeline on one machine: the production handlers behind a Node HTTP server, backed by the local
// stand-ins for DynamoDB and SES. Used by `npm start` and by the end-to-end tests.

import { readFile } from 'node:fs/promises';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve } from 'node:path';
import type { APIGatewayProxyEventV2, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { loadTaxonomyFile } from '../functions/adapters/fs/taxonomy.ts';
import {
  createLocalPublishTimer,
  type LocalPublishTimer,
} from '../functions/adapters/local/publish-timer.ts';
import { type LocalDelivery, startLocalDelivery } from '../functions/adapters/local/runtime.ts';
import { createLocalSendQueue, type LocalQueue } from '../functions/adapters/local/send-queue.ts';
import { removeLocalState, writeLocalState } from '../functions/adapters/local/state.ts';
import { contentDirectory } from '../functions/adapters/render/content-dir.ts';
import { renderPreviews } from '../functions/adapters/render/previews.ts';
import { ensureLocalTokenKeys } from '../functions/adapters/secrets/token-keys.ts';
import { publishScheduled } from '../functions/core/desk/schedule.ts';
import type { SubscribeRequest } from '../functions/core/subscriptions/types.ts';
import { articleRoutes, createArticleHandler, storedArticles } from '../functions/handlers/http-articles.ts';
import {
  buildSubscriptionFunction,
  readSubscriptionConfig,
  subscriptionRoutes,
} from '../functions/handlers/http-subscriptions.ts';
import { asFunction } from '../functions/shared/sdk-calls.ts';
import { deliveryRoutes, serialQueue } from './delivery-routes.ts';
import { deskRoutes } from './desk-routes.ts';
import { matchRoute, type Route, sendResult, toEvent } from './http.ts';
import { type Standins, startStandins } from './standins.ts';

export interface LocalOptions {
  port?: number;
  /** Where subscribers (dynalite files), token keys and previews are kept between runs. */
  dataDir?: string;
  /** Keep dynalite in memory (tests). */
  inMemory?: boolean;
  dynamoPort?: number;
  sesPort?: number;
  contentDir?: string;
  log?: (line: string) => void;
  /**
   * Record this instance in `<dataDir>/local.json` (what `npm start` does) so the CLI finds it; removed on stop.
   * Tests that run the CLI against their instance set it too.
   */
  writeState?: boolean;
  /** How often the scheduled articles are read again (default 5 s; tests go faster). */
  schedulePollMs?: number;
  /**
   * A clock for the subscription pages, the planner, the desk and the publish timer (tests that move time: a pause
   * that ends, a scheduled article that falls due).
   */
  clock?: { now(): Date };
  /**
   * Queue subscribe requests and answer before processing them, as the deployed function does (`npm start`).
   * Off, each is processed before its answer, so a test reads the outbox right after.
   */
  queuedSubscriptions?: boolean;
}

export interface LocalPipeline {
  url: string;
  standins: Standins;
  /** Environment the production handlers were wired with; the CLI uses the same. */
  env: Record<string, string>;
  /** The delivery side (publish, plan, the in-process send queue), for tests that drive it directly. */
  delivery: LocalDelivery;
  /** With `queuedSubscriptions`: the in-process queue subscribe requests wait in (drain it to see their emails). */
  subscribeRequests?: LocalQueue<SubscribeRequest>;
  /**
   * The scheduled-publish timer: `idle()` resolves once the publish it has started (the article, then its sends)
   * is done. It does not wait for a timer that has not fired yet.
   */
  publishTimer: Pick<LocalPublishTimer, 'idle'>;
  stop(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

export async function startLocal(options: LocalOptions = {}): Promise<LocalPipeline> {
  const port = options.port ?? 3000;

  // Listen first, answering 503 with Retry-After until every stand-in and route is ready: a request made during
  // start-up gets an answer it can act on instead of an accepted connection that is never answered.
  let handle: RequestListener | undefined;
  const server = createServer((req, res) => {
    if (handle) return void handle(req, res);
    req.resume();
    res.writeHead(503, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'retry-after': '1',
      connection: 'close',
    });
    res.end('tidings is starting: try again in a moment.\ntidings 正在启动，请稍后再试。\n');
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} is in use: stop the other server or run with PORT=<free port>`)
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', () => ok());
  });
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  options.log?.(`listening on ${url} (503 until ready)`);
  let standins: Standins | undefined;
  try {
    options.log?.('starting local DynamoDB (dynalite) and SES (aws-ses-v2-local)…');
    standins = await startStandins({
      ...(options.inMemory ? {} : { dataDir: resolve(options.dataDir ?? '.tidings') }),
      dynamoPort: options.dynamoPort ?? 0,
      sesPort: options.sesPort ?? 0,
    });
    return await wire(server, url, options, standins, (listener) => {
      handle = listener;
    });
  } catch (error) {
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
    await standins?.stop();
    throw error;
  }
}

/** The handlers and routes over the running stand-ins; `serve` hands the server its handler once all is ready. */
async function wire(
  server: Server,
  url: string,
  options: LocalOptions,
  standins: Standins,
  serve: (listener: RequestListener) => void,
): Promise<LocalPipeline> {
  const log = options.log ?? (() => {});
  const dataDir = resolve(options.dataDir ?? '.tidings');
  const contentDir = resolve(options.contentDir ?? 'content/articles');

  const env: Record<string, string> = {
    TABLE_NAME: standins.tableName,
    DYNAMODB_ENDPOINT: standins.dynamoEndpoint,
    SES_ENDPOINT: standins.sesEndpoint,
    SENDER_EMAIL: process.env.SENDER_EMAIL ?? 'news@tidings.localhost.test',
    SENDER_NAME: process.env.SENDER_NAME ?? 'tidings',
    SITE_URL: url,
    TOKEN_KEYS_FILE: await ensureLocalTokenKeys(join(dataDir, 'token-keys.json')),
    TIDINGS_CONTENT_DIR: contentDir,
    AWS_REGION: 'us-east-1',
    // An example: a stage that mails real people sets its own (docs/deploy.md).
    POSTAL_ADDRESS: process.env.POSTAL_ADDRESS ?? 'tidings, 1 Example Road, 200000 Shanghai, China',
  };

  log('rendering email and article previews…');
  const previewDir = join(dataDir, 'preview');
  const previews = await renderPreviews(previewDir, { contentDir, siteUrl: url });

  // Subscribe requests: queued and processed after the answer, as on AWS (issue 16 #4), or before it (tests).
  let processRequests: (event: SQSEvent) => Promise<SQSBatchResponse | undefined> = async () => undefined;
  const subscribeRequests = options.queuedSubscriptions
    ? createLocalSendQueue<SubscribeRequest>({
        handle: (event) => processRequests(event),
        // As an SQS event source, a moment after the answer (and here: after it reached a client in this process).
        deliveryDelayMs: 50,
        redeliveryDelayMs: 1000,
        onError: (error) =>
          log(`subscribe request failed: ${error instanceof Error ? error.message : String(error)}`),
      })
    : undefined;
  const subscription = await buildSubscriptionFunction(
    readSubscriptionConfig({ ...process.env, ...env }),
    undefined,
    {
      loadTaxonomy: loadTaxonomyFile,
      ...(options.clock ? { clock: options.clock } : {}),
      ...(subscribeRequests ? { requests: subscribeRequests } : {}),
    },
  );
  processRequests = subscription.requests;
  const subscriptions = subscription.http;
  const { clock } = options;
  // Scheduled publishing: the local runtime's timer. It reads the scheduled articles again every few seconds
  // (so one scheduled by the CLI, in another process, is found) and publishes each when its time comes.
  let fireScheduled: (slug: string) => Promise<void> = async () => {};
  const timer = createLocalPublishTimer({
    list: () => delivery.ports.scheduled.list(),
    fire: (slug) => fireScheduled(slug),
    pollMs: options.schedulePollMs ?? 5000,
    // The instance's clock, the one publishScheduled judges "due" by (tests that move time move the timer too).
    ...(clock ? { now: () => clock.now().getTime() } : {}),
    onError: (error) =>
      log(`scheduled publish failed: ${error instanceof Error ? error.message : String(error)}`),
  });
  const delivery = await startLocalDelivery({
    env: { ...process.env, ...env },
    redeliveryDelayMs: 200,
    scheduler: timer,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  // One action at a time: the in-process queue and its tally are shared by the desk's buttons and the timer.
  const serial = serialQueue();
  fireScheduled = (slug) =>
    serial(async () => {
      const outcome = await asFunction('publish', () => publishScheduled(delivery.desk, slug));
      await delivery.queue.drain();
      log(`scheduled publish of ${slug}: ${outcome.status}`);
    });
  timer.start();

  // Article pages: a published article as stored (corrected text, "updated", none once withdrawn); an article
  // not published yet from its file, so the desk can show it before publishing.
  const files = contentDirectory(contentDir);
  const stored = storedArticles(delivery.ports.content);
  const articles = createArticleHandler({
    siteUrl: url,
    getArticle: async (slug) =>
      (await delivery.ports.content.article(slug)) ? stored(slug) : files.getArticle(slug),
    archive: {
      content: delivery.ports.content,
      editions: delivery.ports.editions,
      taxonomy: delivery.ports.taxonomy,
      timezone: delivery.ports.config.delivery.timezone,
    },
  });

  const asSubscriptions = (event: APIGatewayProxyEventV2) =>
    asFunction('subscriptions', () => subscriptions(event));
  const routes: Route[] = [
    // Each route runs as the Lambda function that serves it on AWS, so the SDK calls it makes are recorded as that
    // function's when the least-privilege test records them (functions/shared/sdk-calls.ts).
    ...subscriptionRoutes.map((r) => ({ ...r, handler: asSubscriptions })),
    ...articleRoutes.map((r) => ({
      ...r,
      handler: (e: APIGatewayProxyEventV2) => asFunction('articles', () => articles(e)),
    })),
    ...deliveryRoutes(delivery, contentDir, url, log, serial),
    ...deskRoutes(delivery, contentDir, () => previews.emails),
    {
      method: 'GET',
      path: '/dev/preview/*',
      handler: async (event) => {
        // Static preview files, confined to the preview folder.
        const relative = normalize(decodeURIComponent(event.rawPath.slice('/dev/preview/'.length)));
        const file = resolve(previewDir, relative);
        if (!file.startsWith(`${resolve(previewDir)}/`)) return { statusCode: 404, body: 'not found' };
        try {
          const body = await readFile(file, 'utf8');
          const type = CONTENT_TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
          return { statusCode: 200, headers: { 'content-type': type }, body };
        } catch {
          return { statusCode: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' };
        }
      },
    },
  ];

  const listener: RequestListener = async (req, res) => {
    try {
      const event = await toEvent(req);
      if (event === 'too-large') return sendResult(res, { statusCode: 413, body: 'request body too large' });
      const route = matchRoute(routes, event.requestContext.http.method, event.rawPath);
      const result = route ? await route.handler(event) : await asSubscriptions(event); // the subscription API answers unknown paths with its 404 page
      sendResult(res, result);
    } catch (error) {
      log(`request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendResult(res, { statusCode: 500, body: 'internal error' });
    }
  };

  serve(listener);
  if (options.writeState) {
    await writeLocalState(dataDir, {
      pid: process.pid,
      siteUrl: url,
      outboxUrl: standins.outboxUrl,
      startedAt: new Date().toISOString(),
      env,
    });
  }

  return {
    url,
    standins,
    env,
    delivery,
    ...(subscribeRequests ? { subscribeRequests } : {}),
    publishTimer: { idle: () => timer.idle() },
    async stop() {
      // A poll under way reads the table, a publish under way writes it and sends: both finish before the
      // stand-ins close under them.
      await timer.stop();
      await timer.idle();
      // Requests already answered are processed before the stand-ins go.
      await subscribeRequests?.drain();
      if (options.writeState) await removeLocalState(dataDir);
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await standins.stop();
    },
  };
}
