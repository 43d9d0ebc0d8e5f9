// Deploy rehearsal (issue 15 §10): each Lambda bundle exactly as `cdk synth` built it (cdk.out asset folder, the
// handler the template names, the environment of its template resource with Refs and GetAtts resolved to local
// stand-ins), run in a process of its own and driven through a reader's whole journey with the event shapes AWS
// sends: API Gateway v2 HTTP events, an S3 ObjectCreated event, the Scheduler's input, SQS batches of the event
// source mapping's size, SNS-wrapped SES notifications. It catches what `npm start` cannot: a wrong variable name,
// a handler path, a file missing beside a bundle, an event shape. Every AWS call each bundle makes is recorded.
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  SQSBatchResponse,
  SQSEvent,
} from 'aws-lambda';
import { createDynamoClient } from '../../functions/adapters/dynamodb/client.ts';
import { createDynamoEditionStore } from '../../functions/adapters/dynamodb/edition-store.ts';
import { createDynamoParkedJobs } from '../../functions/adapters/dynamodb/parked-jobs.ts';
import { DynamoSubscriberStore } from '../../functions/adapters/dynamodb/subscriber-store.ts';
import type { SdkCall } from '../../functions/shared/sdk-calls.ts';
import { RECORD_SDK_CALLS } from '../../functions/shared/sdk-calls.ts';
import { type Standins, startStandins } from '../../local/standins.ts';
import { outboxEntries, parsedEml } from '../helpers/outbox.ts';
import { type Env, physicalName, resolve } from '../infra/iam.ts';
import { type AwsStandin, startAwsStandin } from './aws-standin.ts';

const REPO = resolvePath(fileURLToPath(new URL('../..', import.meta.url)));
const HOST = join(REPO, 'test', 'rehearse', 'lambda-host.mjs');

type Resource = { Type: string; Properties?: Record<string, unknown>; Metadata?: Record<string, string> };
export interface Template {
  Resources: Record<string, Resource>;
}

export interface RehearsalFunction {
  /** subscriptions, articles, publish, plan, send, feedback (from POWERTOOLS_SERVICE_NAME tidings-<name>). */
  name: string;
  logicalId: string;
  asset: string;
  handler: string;
  environment: Record<string, string>;
}

export interface RehearsalOptions {
  /** A synthesized cloud assembly (default ./cdk.out). */
  cdkOut?: string;
  log?: (line: string) => void;
}

export interface RehearsalResult {
  template: Template;
  env: Env;
  functions: RehearsalFunction[];
  steps: { name: string; ms: number }[];
  durationMs: number;
  /** Every AWS call each bundle made, by function name. */
  calls: SdkCall[];
  emails: number;
}

/** The stack template holding the tidings functions, and the account/region it is synthesized for. */
export function findStack(cdkOut: string): { template: Template; env: Env; stack: string } {
  if (!existsSync(join(cdkOut, 'manifest.json')))
    throw new Error(`${cdkOut} has no cloud assembly: run \`npx cdk synth -c stage=<stage>\` first`);
  const manifest = JSON.parse(readFileSync(join(cdkOut, 'manifest.json'), 'utf8')) as {
    artifacts: Record<string, { type: string; environment?: string; properties?: { templateFile?: string } }>;
  };
  for (const [stack, artifact] of Object.entries(manifest.artifacts)) {
    if (artifact.type !== 'aws:cloudformation:stack' || !artifact.properties?.templateFile) continue;
    const template = JSON.parse(
      readFileSync(join(cdkOut, artifact.properties.templateFile), 'utf8'),
    ) as Template;
    if (!Object.keys(template.Resources).some((id) => id.startsWith('SubscriptionsFunction'))) continue;
    const [, account, region] = /^aws:\/\/([^/]+)\/(.+)$/.exec(artifact.environment ?? '') ?? [];
    if (!region || region.startsWith('unknown'))
      throw new Error(`${stack} has no region: set the stage's region in tidings.config.ts`);
    // A stage without an account (it comes from the AWS CLI profile at deploy) is rehearsed as a placeholder one.
    const known = account && !account.startsWith('unknown') ? account : '000000000000';
    return { template, env: { account: known, region }, stack };
  }
  throw new Error(`no tidings stack in ${cdkOut}`);
}

/** A queue of the template as the functions reach it on the SQS stand-in at `queueEndpoint`. */
export function queueUrlOf(template: Template, env: Env, queueEndpoint: string, queueId: string): string {
  const queue = template.Resources[queueId];
  if (queue?.Type !== 'AWS::SQS::Queue') throw new Error(`${queueId} is not a queue of the template`);
  return `${queueEndpoint}/${env.account}/${physicalName(queueId, 'AWS::SQS::Queue', queue.Properties)}`;
}

/** Each function as the template defines it; Refs/GetAtts resolved, SQS queues pointed at `queueEndpoint`. */
export function functionsOf(template: Template, env: Env, cdkOut: string, queueEndpoint: string) {
  const resources = template.Resources;
  const functions: RehearsalFunction[] = [];
  for (const [id, r] of Object.entries(resources)) {
    if (r.Type !== 'AWS::Lambda::Function') continue;
    const variables = ((r.Properties?.Environment as { Variables?: Record<string, unknown> })?.Variables ??
      {}) as Record<string, unknown>;
    const service = variables.POWERTOOLS_SERVICE_NAME;
    if (typeof service !== 'string' || !service.startsWith('tidings-')) continue; // CDK's own helpers
    const assetPath = r.Metadata?.['aws:asset:path'];
    if (!assetPath) throw new Error(`${id} has no aws:asset:path: synthesize with bundling`);
    const asset = join(cdkOut, assetPath);
    const environment: Record<string, string> = {};
    for (const [name, value] of Object.entries(variables)) {
      const ref = (value as { Ref?: string })?.Ref;
      const resolved =
        ref && resources[ref]?.Type === 'AWS::SQS::Queue'
          ? queueUrlOf(template, env, queueEndpoint, ref)
          : String(resolve(value, resources as never, env));
      // Lambda unpacks the bundle in /var/task: the same files, here.
      environment[name] = resolved.startsWith('/var/task')
        ? asset + resolved.slice('/var/task'.length)
        : resolved;
    }
    functions.push({
      name: service.slice('tidings-'.length),
      logicalId: id,
      asset,
      handler: String(r.Properties?.Handler),
      environment,
    });
  }
  return functions;
}

interface Running {
  fn: RehearsalFunction;
  child: ChildProcess;
  output: string[];
  pending: Map<string, { ok: (v: unknown) => void; fail: (e: Error) => void }>;
}

async function startFunction(
  fn: RehearsalFunction,
  base: Record<string, string>,
  env: Env,
  timeoutMs: number,
): Promise<Running> {
  const name = physicalName(fn.logicalId, 'AWS::Lambda::Function');
  const child = fork(HOST, [], {
    cwd: fn.asset,
    // Only what Lambda gives a function: its template environment and the runtime's own variables.
    env: {
      ...base,
      ...fn.environment,
      _HANDLER: fn.handler,
      LAMBDA_TASK_ROOT: fn.asset,
      AWS_LAMBDA_FUNCTION_NAME: name,
      REHEARSE_FUNCTION_ARN: `arn:aws:lambda:${env.region}:${env.account}:function:${name}`,
      REHEARSE_TIMEOUT_MS: String(timeoutMs),
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const running: Running = { fn, child, output: [], pending: new Map() };
  const keep = (chunk: Buffer) => {
    running.output.push(chunk.toString('utf8'));
    if (running.output.length > 200) running.output.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  await new Promise<void>((ok, fail) => {
    child.once('message', (m: { ready: boolean; error?: { message: string } }) =>
      m.ready
        ? ok()
        : fail(new Error(`${fn.name} (${fn.handler} in ${fn.asset}) failed to load: ${m.error?.message}`)),
    );
    child.once('exit', (code) =>
      fail(new Error(`${fn.name} exited (${code}) while loading:\n${running.output.join('')}`)),
    );
  });
  child.on('message', (m: { id: string; result?: unknown; error?: { name: string; message: string } }) => {
    const waiter = running.pending.get(m.id);
    if (!waiter) return;
    running.pending.delete(m.id);
    if (m.error) waiter.fail(new Error(`${fn.name}: ${m.error.name}: ${m.error.message}`));
    else waiter.ok(m.result);
  });
  child.on('exit', (code) => {
    for (const w of running.pending.values()) w.fail(new Error(`${fn.name} exited (${code})`));
    running.pending.clear();
  });
  return running;
}

function invoke<R>(running: Running, event: unknown, timeoutMs: number): Promise<R> {
  const id = randomUUID();
  return new Promise<R>((ok, fail) => {
    const timer = setTimeout(() => {
      running.pending.delete(id);
      fail(new Error(`${running.fn.name} did not answer in ${timeoutMs} ms:\n${running.output.join('')}`));
    }, timeoutMs);
    running.pending.set(id, {
      ok: (v) => {
        clearTimeout(timer);
        ok(v as R);
      },
      fail: (e) => {
        clearTimeout(timer);
        fail(new Error(`${e.message}\n--- ${running.fn.name} output ---\n${running.output.join('')}`));
      },
    });
    running.child.send({ id, event });
  });
}

/** An API Gateway HTTP API (payload 2.0) event, as CloudFront → API Gateway hands it to the function. */
export function httpEvent(
  method: 'GET' | 'POST',
  url: string,
  options: { body?: string; contentType?: string; routeKey?: string } = {},
): APIGatewayProxyEventV2 {
  const u = new URL(url, 'https://rehearsal.invalid');
  const headers: Record<string, string> = {
    host: u.host,
    'user-agent': 'tidings-rehearsal',
    'accept-language': 'zh-CN,zh;q=0.9',
    'cloudfront-viewer-address': '203.0.113.7:50000',
    ...(options.contentType ? { 'content-type': options.contentType } : {}),
  };
  const query: Record<string, string> = {};
  for (const key of new Set(u.searchParams.keys())) query[key] = u.searchParams.getAll(key).join(',');
  return {
    version: '2.0',
    routeKey: options.routeKey ?? '$default',
    rawPath: u.pathname,
    rawQueryString: u.search.slice(1),
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: '123456789012',
      apiId: 'rehearsal',
      domainName: u.host,
      domainPrefix: u.host.split('.')[0]!,
      http: {
        method,
        path: u.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: '198.51.100.9',
        userAgent: 'tidings',
      },
      requestId: randomUUID(),
      routeKey: options.routeKey ?? '$default',
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    ...(options.body !== undefined ? { body: options.body } : {}),
    isBase64Encoded: false,
  } as APIGatewayProxyEventV2;
}

/** Runs the rehearsal; throws naming the step and the function that failed. */
export async function rehearse(options: RehearsalOptions = {}): Promise<RehearsalResult> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const cdkOut = resolvePath(options.cdkOut ?? 'cdk.out');
  const { template, env, stack } = findStack(cdkOut);
  const resources = template.Resources;
  const idOf = (type: string) => Object.keys(resources).find((id) => resources[id]!.Type === type)!;
  const tableName = physicalName(
    idOf('AWS::DynamoDB::Table'),
    'AWS::DynamoDB::Table',
    resources[idOf('AWS::DynamoDB::Table')]!.Properties,
  );

  const work = mkdtempSync(join(tmpdir(), 'tidings-rehearsal-'));
  const callsFile = join(work, 'calls.jsonl');
  const steps: RehearsalResult['steps'] = [];
  const TOTAL = 15;
  let n = 0;
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    n++;
    const t = Date.now();
    log(`[${n}/${TOTAL}] ${name}…`);
    try {
      const value = await run();
      steps.push({ name, ms: Date.now() - t });
      log(`[${n}/${TOTAL}] ${name}: ok (${Date.now() - t} ms)`);
      return value;
    } catch (error) {
      throw new Error(`rehearsal step ${n} (${name}) failed: ${(error as Error).message}`);
    }
  };

  let standins: Standins | undefined;
  let aws: AwsStandin | undefined;
  const running = new Map<string, Running>();
  try {
    const functions = await step(`stand-ins for ${stack} (table ${tableName})`, async () => {
      standins = await startStandins({ tableName });
      aws = await startAwsStandin(standins.sesEndpoint);
      return functionsOf(template, env, cdkOut, aws.endpoint);
    });
    const fn = (name: string) => {
      const r = running.get(name);
      if (!r) throw new Error(`no ${name} function in the template`);
      return r;
    };

    const tokenKeysArn = functions.find((f) => f.environment.TOKEN_KEYS_SECRET_ARN)?.environment
      .TOKEN_KEYS_SECRET_ARN;
    // What the stack's generated secret holds before the first rotation: one {id, secret}.
    if (tokenKeysArn)
      aws!.secrets.set(
        tokenKeysArn,
        JSON.stringify({ id: 'k1', secret: randomBytes(32).toString('base64') }),
      );

    const timeoutMs = 60_000;
    await step(`load ${functions.length} bundles as synthesized`, async () => {
      const base: Record<string, string> = {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        // No developer profile, no shared config: only the dummy keys Lambda's role credentials stand for.
        HOME: work,
        AWS_CONFIG_FILE: join(work, 'no-config'),
        AWS_SHARED_CREDENTIALS_FILE: join(work, 'no-credentials'),
        AWS_ACCESS_KEY_ID: 'rehearsal',
        AWS_SECRET_ACCESS_KEY: 'rehearsal',
        AWS_SESSION_TOKEN: 'rehearsal',
        AWS_REGION: env.region,
        AWS_DEFAULT_REGION: env.region,
        TZ: 'UTC',
        // The SDK's endpoint override variables point every client at a stand-in; the code is not told.
        AWS_ENDPOINT_URL_DYNAMODB: standins!.dynamoEndpoint,
        AWS_ENDPOINT_URL_SES: aws!.endpoint, // GetSendQuota answered there, the rest passed to aws-ses-v2-local
        AWS_ENDPOINT_URL_S3: aws!.endpoint,
        AWS_ENDPOINT_URL_SQS: aws!.endpoint,
        AWS_ENDPOINT_URL_SECRETS_MANAGER: aws!.endpoint,
        AWS_ENDPOINT_URL_SCHEDULER: aws!.endpoint,
        // The bundle's word segmenter is Lambda's linux-arm64 build (test/arm64 loads it under qemu); here the
        // repository's build for this machine is found by the addon's own fallback require.
        NODE_PATH: join(REPO, 'node_modules'),
        [RECORD_SDK_CALLS]: callsFile,
      };
      await Promise.all(
        functions.map(async (f) => running.set(f.name, await startFunction(f, base, env, timeoutMs))),
      );
    });

    const site = fn('subscriptions').fn.environment.SITE_URL ?? 'https://rehearsal.invalid';
    // Through the API as deployed: the route the gateway matches decides the function, its key and path parameters.
    const http = async (
      method: 'GET' | 'POST',
      url: string,
      expect: number[],
      body?: { type: string; text: string },
    ) => {
      const u = new URL(url);
      const route = routeFor(template, method, u.pathname);
      const event = httpEvent(method, url, {
        routeKey: route.routeKey,
        ...(body ? { contentType: body.type, body: body.text } : {}),
      });
      if (route.pathParameters) event.pathParameters = route.pathParameters;
      const target = functions.find((f) => f.logicalId === route.functionId);
      if (!target) throw new Error(`${route.routeKey} invokes ${route.functionId}, not a tidings function`);
      const res = await invoke<APIGatewayProxyStructuredResultV2>(fn(target.name), event, timeoutMs);
      if (!expect.includes(Number(res.statusCode)))
        throw new Error(
          `${method} ${u.pathname} answered ${res.statusCode}: ${String(res.body).slice(0, 300)}`,
        );
      return res;
    };
    const reader = 'reader@example.org';
    const alerted = 'alerts@example.org';
    const mailTo = async (address: string, match: RegExp) => {
      const entries = (await outboxEntries(standins!.sesEndpoint)).filter((e) =>
        e.destination.to.includes(address),
      );
      for (const e of entries.reverse()) {
        const mail = await parsedEml(standins!.sesEndpoint, e.messageId);
        if (match.test(mail.text ?? '')) return mail;
      }
      throw new Error(`no email to ${address} matching ${match}`);
    };

    await step('GET / (API Gateway HTTP event → subscriptions)', () => http('GET', `${site}/`, [200]));
    await step(
      'POST /api/subscriptions: one reader asks for the daily health digest, one for health alerts',
      async () => {
        for (const [email, cadence] of [
          [reader, 'daily'],
          [alerted, 'instant'],
        ])
          await http('POST', `${site}/api/subscriptions`, [200, 201, 202], {
            type: 'application/json',
            text: JSON.stringify({ email, topics: ['health'], cadence, lang: 'zh' }),
          });
      },
    );
    // The subscription function's own queue: the POSTs above only queued the requests (accept and enqueue).
    const requests = queueSource(template, env, aws!.endpoint, fn('subscriptions').fn.logicalId);
    await step(`SQS → subscriptions: subscribe requests in batches of ${requests.batchSize}`, async () => {
      const delivery = await deliver(aws!, requests, fn('subscriptions'), timeoutMs, env);
      if (delivery.messages !== 2)
        throw new Error(`expected the 2 subscribe requests on the queue, delivered ${delivery.messages}`);
      if (delivery.failures.length > 0)
        throw new Error(`subscriptions reported batch item failures: ${delivery.failures.join(', ')}`);
    });
    await step('POST /confirm with the token from each confirmation email', async () => {
      for (const email of [reader, alerted]) {
        const mail = await mailTo(email, /\/confirm\?token=/);
        const token = /\/confirm\?token=([A-Za-z0-9._~%-]+)/.exec(mail.text ?? '')![1]!;
        await http('POST', `${site}/confirm`, [200, 303], {
          type: 'application/x-www-form-urlencoded',
          text: `token=${token}`,
        });
      }
    });
    const bucket = fn('publish').fn.environment.CONTENT_BUCKET!;
    await step('S3 ObjectCreated: articles/ai-shanghai-2025.md uploaded → publish', async () => {
      const key = 'articles/ai-shanghai-2025.md';
      aws!.objects.set(
        `${bucket}/${key}`,
        readFileSync(join(REPO, 'content', 'articles', 'ai-shanghai-2025.md'), 'utf8'),
      );
      const result = await invoke<{ reports: { status: string; key: string }[] }>(
        fn('publish'),
        s3Event(bucket, key, env),
        timeoutMs,
      );
      if (result.reports[0]?.status !== 'published')
        throw new Error(`publish reported ${JSON.stringify(result.reports).slice(0, 500)}`);
    });
    // The queue the send function's event source mapping reads (what publish and plan are meant to fill).
    const jobs = queueSource(template, env, aws!.endpoint, fn('send').fn.logicalId);
    await step(`SQS → send: alert jobs in batches of ${jobs.batchSize}`, async () => {
      await deliver(aws!, jobs, fn('send'), timeoutMs, env);
      await mailTo(alerted, /罕见病|ai-shanghai-2025/);
    });
    // The rehearsal's own reads and writes of the table (not recorded: only the bundles' calls are).
    const table = {
      client: createDynamoClient({ endpoint: standins!.dynamoEndpoint, region: env.region }),
      tableName,
    };
    const subscribers = new DynamoSubscriberStore(table);
    const editionId = await step(
      "Scheduler's input → plan (the daily schedule; its housekeeping first: a pause that ended, a request that expired)",
      async () => {
        // Two weekly readers the due index names: one whose pause ended an hour ago, one whose request to add a
        // topic expired an hour ago. Plan's housekeeping must settle both before it reads the audience.
        const past = new Date(Date.now() - 3_600_000).toISOString();
        const base = {
          status: 'active' as const,
          topics: { talent: 'weekly' as const },
          locale: 'en' as const,
          contentLangs: ['en' as const],
          consent: { requestedAt: past, method: 'web-form', confirmedAt: past },
          createdAt: past,
          updatedAt: past,
          version: 1,
        };
        const paused = { ...base, id: randomUUID(), email: 'paused@example.org', status: 'paused' as const };
        const requested = { ...base, id: randomUUID(), email: 'requested@example.org' };
        await subscribers.create({ ...paused, pause: { since: past, until: past } });
        await subscribers.create({
          ...requested,
          pending: {
            nonce: randomUUID(),
            topics: { health: 'weekly' },
            locale: 'en',
            contentLangs: ['en'],
            requestedAt: past,
            expiresAt: past,
            method: 'web-form',
          },
        });
        const input = scheduleInput(template, 'daily');
        const result = await invoke<{ planned?: number; editionId?: string }>(fn('plan'), input, timeoutMs);
        if (!result.planned) throw new Error(`plan planned nothing: ${JSON.stringify(result).slice(0, 300)}`);
        const resumed = await subscribers.get(paused.id);
        if (resumed?.status !== 'active' || resumed.pause)
          throw new Error(`housekeeping left the ended pause: ${JSON.stringify(resumed)}`);
        if ((await subscribers.get(requested.id))?.pending)
          throw new Error('housekeeping left the expired request');
        return result.editionId ?? '';
      },
    );
    const digest = await step(`SQS → send: digest jobs in batches of ${jobs.batchSize}`, async () => {
      await deliver(aws!, jobs, fn('send'), timeoutMs, env);
      return mailTo(reader, /ai-shanghai-2025|罕见病/);
    });
    await step('GET /articles/ai-shanghai-2025 → articles', () =>
      http('GET', `${site}/articles/ai-shanghai-2025`, [200]),
    );
    await step('GET the archive, the edition, the topic page and the feeds → articles', async () => {
      // Read from the table publish and plan wrote, with the taxonomy file beside the bundle (TAXONOMY_FILE).
      for (const path of [
        '/archive',
        `/archive/${encodeURIComponent(editionId)}`,
        '/archive/topics/health',
        '/feeds/all.xml',
        '/feeds/health.xml',
      ]) {
        const res = await http('GET', `${site}${path}`, [200]);
        if (!String(res.body).includes('ai-shanghai-2025'))
          throw new Error(`GET ${path} does not list the published article`);
      }
    });
    await step('POST one-click unsubscribe (RFC 8058) from the digest', async () => {
      // The SES stand-in keeps the text, not every header: the digest's unsubscribe link is the List-Unsubscribe URL.
      const link = /https?:\/\/\S+\/unsubscribe\?token=[A-Za-z0-9._~%-]+/.exec(digest.text ?? '')?.[0];
      if (!link) throw new Error(`the digest (${digest.subject}) has no unsubscribe link`);
      await http('POST', link, [200, 202, 204], {
        type: 'application/x-www-form-urlencoded',
        text: 'List-Unsubscribe=One-Click',
      });
    });

    await step('SNS-wrapped SES bounce → feedback', async () => {
      // Named by the sender's X-Tidings-Edition header (the SES stand-in's outbox does not keep it); the reader is
      // found by the bounced address.
      const notification = {
        eventType: 'Bounce',
        bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: reader }] },
        mail: {
          messageId: digest.messageId,
          destination: [reader],
          headers: [{ name: 'X-Tidings-Edition', value: editionId }],
        },
      };
      const result = await invoke<{ applied: number }>(
        fn('feedback'),
        snsEvent(notification, env),
        timeoutMs,
      );
      if (result.applied !== 1) throw new Error(`feedback applied ${JSON.stringify(result)}`);
    });
    await step(
      "SES's daily quota runs out on a second article's alert → send pauses the edition",
      async () => {
        // The same text under another key: a second article, so a second alert edition for the health reader.
        const key = 'articles/ai-shanghai-2025-quota.md';
        aws!.objects.set(
          `${bucket}/${key}`,
          readFileSync(join(REPO, 'content', 'articles', 'ai-shanghai-2025.md'), 'utf8'),
        );
        const result = await invoke<{ reports: { status: string }[] }>(
          fn('publish'),
          s3Event(bucket, key, env),
          timeoutMs,
        );
        if (result.reports[0]?.status !== 'published')
          throw new Error(`publish reported ${JSON.stringify(result.reports).slice(0, 500)}`);
        const editions = new Set(
          aws!
            .waiting()
            .filter((m) => m.queueUrl === jobs.queueUrl)
            .map((m) => /"editionId":"([^"]+)"/.exec(m.body)?.[1]),
        );
        const [alert] = editions;
        if (editions.size !== 1 || !alert)
          throw new Error(`expected the jobs of one alert edition, got ${[...editions]}`);
        aws!.refuseSends({ code: 'Throttling', message: 'Daily message quota exceeded.' });
        try {
          const delivery = await deliver(aws!, jobs, fn('send'), timeoutMs, env);
          // A paused edition's job is parked, not redelivered (it would only cycle into the dead-letter queue).
          if (delivery.failures.length > 0)
            throw new Error(`send reported batch item failures: ${delivery.failures.join(', ')}`);
        } finally {
          aws!.refuseSends(undefined);
        }
        if (aws!.refused() === 0) throw new Error('send never asked SES to send the alert');
        const edition = await createDynamoEditionStore(table).get(alert);
        if (edition?.status !== 'paused')
          throw new Error(`edition ${alert} is ${edition?.status ?? 'missing'}, not paused`);
        // The alarm on paused editions reads this metric: the bundle must emit it where the alarm looks.
        const metric = alarmMetric(template, 'EditionPaused', 'tidings-send');
        if (!emittedMetric(fn('send').output.join(''), metric))
          throw new Error(
            `send emitted no ${metric.name} in ${metric.namespace} (service ${metric.service}), which the alarm reads`,
          );
        // What is left of the job waits, parked, for `tidings resume`.
        if ((await createDynamoParkedJobs(table).list(alert)).length === 0)
          throw new Error(`edition ${alert} is paused with no parked job to resume`);
      },
    );
    // A message no event source mapping delivered is a request or a job that would wait (or expire) in AWS.
    const undelivered = aws!.waiting();
    if (undelivered.length > 0)
      throw new Error(
        `the journey left ${undelivered.length} message(s) on ${[...new Set(undelivered.map((m) => m.queueUrl))].join(', ')} that no step delivered`,
      );
    const calls = existsSync(callsFile)
      ? readFileSync(callsFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as SdkCall)
      : [];
    // Recorded under the Lambda function name; named here as the template's service names them.
    const byPhysical = new Map(
      functions.map((f) => [physicalName(f.logicalId, 'AWS::Lambda::Function'), f.name]),
    );
    for (const c of calls) c.function = byPhysical.get(c.function ?? '') ?? c.function;
    const emails = (await outboxEntries(standins!.sesEndpoint)).length;
    return { template, env, functions, steps, durationMs: Date.now() - started, calls, emails };
  } finally {
    for (const r of running.values()) r.child.kill();
    await aws?.stop();
    await standins?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

function s3Event(bucket: string, key: string, env: Env) {
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: env.region,
        eventTime: new Date().toISOString(),
        eventName: 'ObjectCreated:Put',
        userIdentity: { principalId: 'AWS:AIDAREHEARSAL' },
        requestParameters: { sourceIPAddress: '198.51.100.9' },
        responseElements: { 'x-amz-request-id': 'REHEARSAL', 'x-amz-id-2': 'rehearsal' },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'rehearsal',
          bucket: {
            name: bucket,
            ownerIdentity: { principalId: 'REHEARSAL' },
            arn: `arn:aws:s3:::${bucket}`,
          },
          // S3 URL-encodes keys in events (spaces as +).
          object: {
            key: encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+'),
            size: 1,
            eTag: 'x',
            sequencer: '0',
          },
        },
      },
    ],
  };
}

function snsEvent(message: unknown, env: Env) {
  const topic = `arn:aws:sns:${env.region}:${env.account}:tidings-feedback`;
  return {
    Records: [
      {
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: `${topic}:${randomUUID()}`,
        Sns: {
          Type: 'Notification',
          MessageId: randomUUID(),
          TopicArn: topic,
          Subject: null,
          Message: JSON.stringify(message),
          Timestamp: new Date().toISOString(),
          SignatureVersion: '1',
          Signature: 'rehearsal',
          SigningCertUrl: 'https://sns.invalid/cert.pem',
          UnsubscribeUrl: 'https://sns.invalid/unsubscribe',
          MessageAttributes: {},
        },
      },
    ],
  };
}

/**
 * The HTTP API route API Gateway would match for `method path`, and the function its integration invokes: an event
 * on a path the API has no route for is a 404 at the gateway, never a function call.
 */
export function routeFor(
  template: Template,
  method: string,
  path: string,
): { routeKey: string; functionId: string; pathParameters?: Record<string, string> } {
  const resources = template.Resources;
  for (const r of Object.values(resources)) {
    if (r.Type !== 'AWS::ApiGatewayV2::Route') continue;
    const routeKey = String(r.Properties?.RouteKey);
    const [m, pattern] = routeKey.split(' ') as [string, string];
    if (m !== method) continue;
    const names: string[] = [];
    const regex = new RegExp(
      `^${pattern.replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      })}$`,
    );
    const match = regex.exec(path);
    if (!match) continue;
    const target = JSON.stringify(r.Properties?.Target ?? '');
    const integration = /"Ref":"([^"]+)"/.exec(target)?.[1] ?? '';
    const uri = resources[integration]?.Properties?.IntegrationUri as { 'Fn::GetAtt'?: string[] } | undefined;
    const functionId = uri?.['Fn::GetAtt']?.[0];
    if (!functionId) throw new Error(`route ${routeKey} has no Lambda integration`);
    return {
      routeKey,
      functionId,
      ...(names.length
        ? { pathParameters: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)])) }
        : {}),
    };
  }
  throw new Error(`the HTTP API has no route for ${method} ${path}`);
}

/** A function's SQS event source mapping as the template defines it, and the queue it reads on the stand-in. */
export interface QueueSource {
  queueId: string;
  queueUrl: string;
  queueArn: string;
  /** Lambda's default 10 when the mapping sets none. */
  batchSize: number;
  /** FunctionResponseTypes has ReportBatchItemFailures: the response's batchItemFailures are redelivered. */
  reportBatchItemFailures: boolean;
  /** The queue's redrive policy: receives before SQS moves a message to the dead-letter queue. */
  maxReceiveCount: number;
}

/** The one SQS event source mapping that invokes the function `functionId` (its logical id). */
export function queueSource(
  template: Template,
  env: Env,
  queueEndpoint: string,
  functionId: string,
): QueueSource {
  const found: QueueSource[] = [];
  for (const r of Object.values(template.Resources)) {
    const p = r.Properties ?? {};
    if (
      r.Type !== 'AWS::Lambda::EventSourceMapping' ||
      (p.FunctionName as { Ref?: string })?.Ref !== functionId
    )
      continue;
    const queueId = (p.EventSourceArn as { 'Fn::GetAtt'?: string[] })?.['Fn::GetAtt']?.[0];
    if (!queueId || template.Resources[queueId]?.Type !== 'AWS::SQS::Queue')
      throw new Error(`${functionId}'s event source is not a queue of this stack`);
    const redrive = template.Resources[queueId]!.Properties?.RedrivePolicy as
      | { maxReceiveCount?: number }
      | undefined;
    found.push({
      queueId,
      queueUrl: queueUrlOf(template, env, queueEndpoint, queueId),
      queueArn: String(resolve({ 'Fn::GetAtt': [queueId, 'Arn'] }, template.Resources as never, env)),
      batchSize: Number(p.BatchSize ?? 10),
      reportBatchItemFailures: ((p.FunctionResponseTypes ?? []) as string[]).includes(
        'ReportBatchItemFailures',
      ),
      maxReceiveCount: Number(redrive?.maxReceiveCount ?? Number.POSITIVE_INFINITY),
    });
  }
  if (found.length !== 1)
    throw new Error(
      `${functionId} has ${found.length} SQS event source mappings in the template, expected one`,
    );
  return found[0]!;
}

/**
 * Delivers what was sent to the source's queue the way Lambda's event source mapping does: SQS records in batches of
 * the mapping's size; with ReportBatchItemFailures, the items the response names are received again (a response
 * naming an item not in the batch fails the whole batch, as on Lambda), up to the queue's maxReceiveCount. An error
 * thrown by the function fails the step (on AWS the whole batch would come back). Returns what was delivered and
 * the item failures reported on the way.
 */
async function deliver(
  aws: AwsStandin,
  source: QueueSource,
  target: Running,
  timeoutMs: number,
  env: Env,
): Promise<{ messages: number; batches: number; failures: string[] }> {
  const receives = new Map<string, number>();
  const failures: string[] = [];
  let batches = 0;
  let waiting = aws.take(source.queueUrl);
  if (waiting.length === 0) throw new Error(`nothing was queued on ${source.queueUrl}`);
  const messages = new Set(waiting.map((m) => m.messageId));
  while (waiting.length > 0) {
    const batch = waiting.splice(0, source.batchSize);
    const received = Date.now();
    const event: SQSEvent = {
      Records: batch.map((m) => {
        const count = (receives.get(m.messageId) ?? 0) + 1;
        receives.set(m.messageId, count);
        return {
          messageId: m.messageId,
          receiptHandle: Buffer.from(`${m.messageId}#${count}`).toString('base64'),
          body: m.body,
          attributes: {
            ApproximateReceiveCount: String(count),
            SentTimestamp: String(m.sentAt),
            // The sending function's role session, as SQS names it.
            SenderId: 'AROAREHEARSAL:rehearsal',
            ApproximateFirstReceiveTimestamp: String(received),
          },
          messageAttributes: Object.fromEntries(
            Object.entries(m.messageAttributes).map(([name, a]) => [
              name,
              {
                dataType: a.DataType,
                ...(a.StringValue !== undefined ? { stringValue: a.StringValue } : {}),
                ...(a.BinaryValue !== undefined ? { binaryValue: a.BinaryValue } : {}),
                stringListValues: [],
                binaryListValues: [],
              },
            ]),
          ),
          md5OfBody: m.md5OfBody,
          eventSource: 'aws:sqs',
          eventSourceARN: source.queueArn,
          awsRegion: env.region,
        };
      }),
    };
    batches++;
    const response = await invoke<SQSBatchResponse | null>(target, event, timeoutMs);
    if (!source.reportBatchItemFailures) {
      // Without ReportBatchItemFailures Lambda ignores what the function returns: the whole batch succeeded.
      waiting = [...waiting, ...aws.take(source.queueUrl)];
      for (const m of waiting) messages.add(m.messageId);
      continue;
    }
    for (const failure of response?.batchItemFailures ?? []) {
      const message = batch.find((m) => m.messageId === failure.itemIdentifier);
      if (!message)
        throw new Error(
          `${target.fn.name} reported a batch item failure for ${JSON.stringify(failure.itemIdentifier)}, not in the batch (Lambda would fail the whole batch)`,
        );
      failures.push(message.messageId);
      if ((receives.get(message.messageId) ?? 0) >= source.maxReceiveCount)
        throw new Error(
          `${target.fn.name}: message ${message.messageId} failed ${source.maxReceiveCount} receives (it would go to the dead-letter queue)`,
        );
      waiting.push(message);
    }
    const more = aws.take(source.queueUrl);
    for (const m of more) messages.add(m.messageId);
    waiting = [...waiting, ...more];
  }
  return { messages: messages.size, batches, failures };
}

/** The namespace of the alarm metric `name` of `service` (a MetricStat of an alarm in the template). */
export function alarmMetric(
  template: Template,
  name: string,
  service: string,
): { name: string; namespace: string; service: string } {
  for (const r of Object.values(template.Resources)) {
    if (r.Type !== 'AWS::CloudWatch::Alarm') continue;
    const stats = [
      ...((r.Properties?.Metrics ?? []) as { MetricStat?: { Metric?: Record<string, unknown> } }[]).map(
        (m) => m.MetricStat?.Metric,
      ),
      r.Properties,
    ];
    for (const m of stats) {
      const dimensions = (m?.Dimensions ?? []) as { Name: string; Value: unknown }[];
      if (m?.MetricName === name && dimensions.some((d) => d.Name === 'service' && d.Value === service))
        return { name, namespace: String(m.Namespace), service };
    }
  }
  throw new Error(`no alarm in the template reads ${name} of ${service}`);
}

/** Whether a function's output holds an embedded-metric-format record of `metric` (value ≥ 1). */
export function emittedMetric(output: string, metric: { name: string; namespace: string; service: string }) {
  for (const line of output.split('\n')) {
    if (!line.includes('"_aws"')) continue;
    try {
      const record = JSON.parse(line) as Record<string, unknown> & {
        _aws?: { CloudWatchMetrics?: { Namespace: string; Metrics: { Name: string }[] }[] };
      };
      const declared = record._aws?.CloudWatchMetrics?.some(
        (d) => d.Namespace === metric.namespace && d.Metrics.some((x) => x.Name === metric.name),
      );
      if (declared && record.service === metric.service && Number(record[metric.name]) >= 1) return true;
    } catch {
      // a partial line of a chunk: not a record
    }
  }
  return false;
}

/** The Scheduler's Input for the plan function's schedule of `cadence`, parsed as the event Lambda receives. */
export function scheduleInput(template: Template, cadence: string): unknown {
  for (const r of Object.values(template.Resources)) {
    if (r.Type !== 'AWS::Scheduler::Schedule') continue;
    const input = (r.Properties?.Target as { Input?: string })?.Input;
    if (input && (JSON.parse(input) as { cadence?: string }).cadence === cadence) return JSON.parse(input);
  }
  throw new Error(`no ${cadence} schedule in the template`);
}
