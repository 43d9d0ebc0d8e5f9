// The subscription API over the real DynamoDB subscriber store on an in-process dynalite: conditional create,
// the confirmation slot, the pending request and status/topic changes as the table really stores them.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DynamoSendLimits } from '../../functions/adapters/dynamodb/send-limits.ts';
import { DynamoSubscriberStore } from '../../functions/adapters/dynamodb/subscriber-store.ts';
import { loadTaxonomyFile, taxonomyJson } from '../../functions/adapters/fs/taxonomy.ts';
import { ensureLocalTokenKeys } from '../../functions/adapters/secrets/token-keys.ts';
import { signToken } from '../../functions/core/tokens.ts';
import {
  buildSubscriptionApi,
  createSubscriptionApi,
  handler,
  readSubscriptionConfig,
} from '../../functions/handlers/http-subscriptions.ts';
import type { HttpHandler } from '../../local/http.ts';
import { startStandins } from '../../local/standins.ts';
import { useDynalite } from '../helpers/dynalite.ts';
import { outboxEntries, parsedEml } from '../helpers/outbox.ts';
import {
  apiDeps,
  CapturingLogger,
  CapturingMailer,
  event,
  FORM,
  form,
  JSON_HEADERS,
  makeTaxonomy,
  readMail,
  SITE,
  TestClock,
} from '../unit/subscriptions/fakes.ts';
import { TEST_KEYS } from '../unit/subscriptions/keys.ts';

const db = useDynalite();
let store: DynamoSubscriberStore;
let api: HttpHandler;
const mailer = new CapturingMailer();
const clock = new TestClock(new Date());
const taxonomy = makeTaxonomy();

beforeAll(async () => {
  store = new DynamoSubscriberStore({ client: db.client, tableName: db.tableName });
  api = createSubscriptionApi(
    apiDeps({
      store,
      limits: new DynamoSendLimits({ client: db.client, tableName: db.tableName }),
      mailer,
      taxonomy,
      clock,
    }),
  );
});

const subscribe = (email: string, topics: string[], cadence = 'daily', lang = 'en') =>
  api(
    event({
      method: 'POST',
      path: '/api/subscriptions',
      headers: JSON_HEADERS,
      body: JSON.stringify({ email, topics, cadence, lang }),
    }),
  );

const post = (path: string, fields: [string, string][], query?: Record<string, string>) =>
  api(event({ method: 'POST', path, headers: FORM, body: form(fields), ...(query ? { query } : {}) }));

async function confirmLatest(): Promise<void> {
  const mail = await readMail(mailer.sent.at(-1)!);
  const res = await post('/confirm', [['token', mail.link('/confirm').searchParams.get('token')!]]);
  expect(res.statusCode).toBe(200);
}

describe('subscription API on DynamoDB (dynalite)', () => {
  it('stores a pending request, confirms it, and keeps one record per address', async () => {
    const res = await subscribe('Int.One@Example.org', ['health', 'ai'], 'weekly', 'zh');
    expect(res.statusCode).toBe(202);
    const pending = await store.getByEmail('int.one@example.org');
    expect(pending).toMatchObject({ status: 'pending', locale: 'zh-Hans' });
    expect(pending?.pending?.topics).toEqual({ health: 'weekly', ai: 'weekly' });
    await confirmLatest();
    const active = await store.get(pending!.id);
    expect(active).toMatchObject({
      status: 'active',
      topics: { health: 'weekly', ai: 'weekly' },
      locale: 'zh-Hans',
    });
    expect(active?.pending).toBeUndefined();
    expect(active?.consent.confirmedAt).toBeDefined();
  });

  it('sends one confirmation for 20 requests in the window (conditional slot in the table)', async () => {
    const before = mailer.sent.length;
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => subscribe('flood@example.org', ['ai'])),
    );
    expect(answers.every((r) => r.statusCode === 202)).toBe(true);
    expect(mailer.sent.length - before).toBe(1);
  });

  it('an active subscriber’s new topics are added only on confirmation; the audiences follow', async () => {
    await subscribe('int.two@example.org', ['health'], 'daily');
    await confirmLatest();
    clock.advance(601);
    await subscribe('int.two@example.org', ['talent'], 'instant');
    const s = await store.getByEmail('int.two@example.org');
    expect(s?.topics).toEqual({ health: 'daily' });
    const daily: string[] = [];
    for await (const page of store.audience('daily')) daily.push(...page.map((x) => x.email));
    expect(daily).toContain('int.two@example.org');
    await confirmLatest();
    expect((await store.get(s!.id))?.topics).toEqual({ health: 'daily', talent: 'instant' });
    const instantAfter: string[] = [];
    for await (const page of store.audience('instant')) instantAfter.push(...page.map((x) => x.email));
    expect(instantAfter).toContain('int.two@example.org');
  });

  it('preferences and one-click unsubscribe update the stored record and the audience', async () => {
    await subscribe('int.three@example.org', ['health', 'ai'], 'daily');
    await confirmLatest();
    const s = (await store.getByEmail('int.three@example.org'))!;
    const manage = signToken({ sub: s.id, purpose: 'manage' }, TEST_KEYS);
    const saved = await post('/preferences', [
      ['token', manage],
      ['topic.health', 'instant'],
      ['topic.ai', 'weekly'],
      ['lang', 'zh'],
    ]);
    expect(saved.statusCode).toBe(200);
    expect(await store.get(s.id)).toMatchObject({
      topics: { health: 'instant', ai: 'weekly' },
      locale: 'zh-Hans',
    });

    const unsub = signToken({ sub: s.id, purpose: 'unsubscribe', list: 'digest:weekly' }, TEST_KEYS);
    for (let i = 0; i < 2; i++) {
      const res = await api(
        event({
          method: 'POST',
          path: '/unsubscribe',
          query: { token: unsub },
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click',
        }),
      );
      expect(res.statusCode).toBe(200);
    }
    expect(await store.get(s.id)).toMatchObject({ status: 'active', topics: { health: 'instant' } });
    const alerts = signToken({ sub: s.id, purpose: 'unsubscribe', list: 'alerts:health' }, TEST_KEYS);
    await post('/unsubscribe', [['scope', 'list']], { token: alerts });
    expect(await store.get(s.id)).toMatchObject({ status: 'unsubscribed', topics: {} });
    const instant: string[] = [];
    for await (const page of store.audience('instant')) instant.push(...page.map((x) => x.email));
    expect(instant).not.toContain('int.three@example.org');
  });

  it('GET pages change nothing in the table', async () => {
    await subscribe('int.four@example.org', ['ai']);
    const mail = await readMail(mailer.sent.at(-1)!);
    const s = (await store.getByEmail('int.four@example.org'))!;
    const before = JSON.stringify(await store.get(s.id));
    for (const url of [mail.link('/confirm'), mail.link('/preferences'), mail.link('/unsubscribe')]) {
      const res = await api(event({ path: url.pathname, query: Object.fromEntries(url.searchParams) }));
      expect(res.statusCode).toBeLessThan(500);
    }
    expect(JSON.stringify(await store.get(s.id))).toBe(before);
  });
});

describe('subscription API wired from the environment (dynalite + aws-ses-v2-local)', () => {
  it('names the missing variable when configuration is incomplete', () => {
    expect(() => readSubscriptionConfig({})).toThrow(/TABLE_NAME/);
    expect(() => readSubscriptionConfig({ TABLE_NAME: 'tidings', SENDER_EMAIL: 'news@example.org' })).toThrow(
      /SITE_URL/,
    );
  });

  it('sends the real MJML confirmation through SES and confirms from its link', async () => {
    const standins = await startStandins({ tableName: 'tidings-wired' });
    const dir = await mkdtemp(join(tmpdir(), 'tidings-keys-'));
    try {
      const keysFile = await ensureLocalTokenKeys(join(dir, 'token-keys.json'));
      const config = readSubscriptionConfig({
        TABLE_NAME: standins.tableName,
        DYNAMODB_ENDPOINT: standins.dynamoEndpoint,
        SES_ENDPOINT: standins.sesEndpoint,
        SENDER_EMAIL: 'news@example.org',
        SENDER_NAME: 'tidings 资讯',
        SITE_URL: SITE,
        TOKEN_KEYS_FILE: keysFile,
        AWS_REGION: 'us-east-1',
      });
      const wired = await buildSubscriptionApi(config, new CapturingLogger(), {
        loadTaxonomy: loadTaxonomyFile,
      });
      const res = await wired(
        event({
          method: 'POST',
          path: '/api/subscriptions',
          headers: JSON_HEADERS,
          body: JSON.stringify({
            email: 'wired@example.org',
            topics: ['health'],
            cadence: 'daily',
            lang: 'zh',
          }),
        }),
      );
      expect(res.statusCode).toBe(202);
      const entries = await outboxEntries(standins.sesEndpoint);
      expect(entries).toHaveLength(1);
      const mail = await parsedEml(standins.sesEndpoint, entries[0]!.messageId);
      expect(mail.to).toMatchObject({ value: [{ address: 'wired@example.org' }] });
      const html = typeof mail.html === 'string' ? mail.html : '';
      const link = /https:\/\/news\.example\.org\/confirm\?token=[A-Za-z0-9._~%-]+/.exec(html)?.[0];
      expect(link).toBeDefined();
      const token = new URL(link!).searchParams.get('token')!;
      const done = await wired(
        event({ method: 'POST', path: '/confirm', headers: FORM, body: form([['token', token]]) }),
      );
      expect(done.statusCode).toBe(200);
      expect(String(done.body)).toContain('订阅已确认');
    } finally {
      await standins.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('Lambda handler', () => {
  it('answers a 500 page while configuration is missing, then serves once it is set', async () => {
    for (const name of [
      'TABLE_NAME',
      'SENDER_EMAIL',
      'SITE_URL',
      'TOKEN_KEYS_FILE',
      'TOKEN_KEYS_SECRET_ARN',
    ]) {
      vi.stubEnv(name, '');
    }
    const standins = await startStandins({ tableName: 'tidings-handler' });
    const dir = await mkdtemp(join(tmpdir(), 'tidings-keys-'));
    try {
      const broken = await handler(event({ path: '/' }));
      expect(broken.statusCode).toBe(500);
      expect(String(broken.body)).toContain('req-123');
      expect(String(broken.body)).not.toContain('TABLE_NAME');

      vi.stubEnv('TABLE_NAME', standins.tableName);
      vi.stubEnv('DYNAMODB_ENDPOINT', standins.dynamoEndpoint);
      vi.stubEnv('SES_ENDPOINT', standins.sesEndpoint);
      vi.stubEnv('SENDER_EMAIL', 'news@example.org');
      vi.stubEnv('SITE_URL', SITE);
      vi.stubEnv('TOKEN_KEYS_FILE', await ensureLocalTokenKeys(join(dir, 'keys.json')));
      vi.stubEnv('AWS_REGION', 'us-east-1');
      // As deployed: the JSON form of content/topics.yaml beside the bundle.
      await writeFile(join(dir, 'topics.json'), taxonomyJson());
      vi.stubEnv('TAXONOMY_FILE', join(dir, 'topics.json'));
      const page = await handler(event({ path: '/', headers: { 'accept-language': 'en' } }));
      expect(page.statusCode).toBe(200);
      // The real taxonomy from content/topics.yaml.
      expect(String(page.body)).toContain('value="health"');
      const topics = JSON.parse(String((await handler(event({ path: '/api/topics' }))).body));
      expect(topics.topics.length).toBeGreaterThan(3);
    } finally {
      vi.unstubAllEnvs();
      await standins.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
