// Export, import and GDPR erase against the real DynamoDB adapters on dynalite.
import { GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoSendLimits } from '../../functions/adapters/dynamodb/send-limits.ts';
import { DynamoSubscriberArchive } from '../../functions/adapters/dynamodb/subscriber-archive.ts';
import { DynamoSubscriberStore } from '../../functions/adapters/dynamodb/subscriber-store.ts';
import {
  runExport,
  runImport,
  runMigrate,
  type SubscriberData,
} from '../../functions/cli/commands/subscribers.ts';
import { suppressionHash } from '../../functions/core/subscribers/suppression.ts';
import { useDynalite } from '../helpers/dynalite.ts';
import { subscriber } from '../unit/subscribers/store-contract.ts';

const at = '2025-01-20T08:00:00.000Z';
const TOPICS = new Set(['health', 'talent', 'compute']);
const person = subscriber;
/** A test pepper (configuration provides the real one). */
const PEPPER = Buffer.alloc(32, 9);

const db = useDynalite();

async function fresh(): Promise<SubscriberData & { tableName: string }> {
  const tableName = await db.freshTable();
  return {
    tableName,
    store: new DynamoSubscriberStore({ client: db.client, tableName }),
    archive: new DynamoSubscriberArchive({ client: db.client, tableName, pepper: PEPPER }),
  };
}

const quiet = () => {
  const err: string[] = [];
  return { io: { out: () => {}, err: (l: string) => err.push(l) }, err };
};

async function exportText(data: SubscriberData): Promise<string> {
  let text = '';
  await runExport(data, (line) => {
    text += line;
  });
  return text;
}

describe('export and import', () => {
  it('round-trip every subscriber exactly, in every status', async () => {
    const source = await fresh();
    const people = [
      person('a'),
      person('b', { status: 'unsubscribed', topics: {} }),
      person('c', { status: 'bounced', locale: 'en' }),
      person('d', {
        status: 'pending',
        topics: {},
        pending: {
          nonce: 'n1',
          topics: { compute: 'daily' },
          locale: 'en',
          contentLangs: ['en'],
          requestedAt: at,
          expiresAt: '2025-01-27T08:00:00.000Z',
          method: 'web-form',
        },
        deleteAfter: '2025-01-27T08:00:00.000Z',
      }),
      person('e', {
        status: 'paused',
        pause: { since: at, until: '2025-02-01T00:00:00.000Z' },
        stopped: {
          id: 'stop1',
          at,
          scope: 'digest:daily',
          topics: { compute: 'daily' },
          status: 'active',
        },
      }),
    ];
    for (const p of people) await source.store.create(p);
    const text = await exportText(source);
    expect(text.trim().split('\n')).toHaveLength(5);

    const target = await fresh();
    const { io } = quiet();
    expect(await runImport(target, text, TOPICS, io)).toEqual({ imported: 5, existing: 0, suppressed: 0 });
    for (const p of people) expect(await target.store.get(p.id)).toEqual(p);
    // Running it again is harmless.
    expect(await runImport(target, text, TOPICS, io)).toEqual({ imported: 0, existing: 5, suppressed: 0 });
    expect(await exportText(target)).toBe(text);
  });

  it('reports every invalid line with its number and imports nothing', async () => {
    const target = await fresh();
    const good = JSON.stringify(person('ok'));
    const lines = [
      good,
      '{not json',
      JSON.stringify(person('x', { email: 'a@b.org, c@evil.test' })),
      JSON.stringify({ ...person('y'), extra: 1 }),
      JSON.stringify(person('z', { topics: { astrology: 'daily' } })),
      JSON.stringify(person('ok2', { email: 'ok@example.org' })),
    ];
    const { io, err } = quiet();
    expect(await runImport(target, lines.join('\n'), TOPICS, io)).toBeUndefined();
    expect(err.slice(0, 5)).toEqual([
      'line 2: not valid JSON',
      'line 3: email is not a valid address',
      expect.stringMatching(/^line 4: .*extra/i),
      'line 5: topics.astrology is not in the taxonomy',
      'line 6: the same address appears twice',
    ]);
    expect(await target.store.get('ok')).toBeUndefined();
    expect(await exportText(target)).toBe('');
  });
});

describe('GDPR erase', () => {
  it('removes personal data and delivery records, keeps a suppression hash, and blocks re-import', async () => {
    const data = await fresh();
    await data.store.create(person('gone'));
    await data.store.create(person('stays'));
    for (const [edition, sub] of [
      ['daily-2025-01-20', 'gone'],
      ['daily-2025-01-21', 'gone'],
      ['daily-2025-01-20', 'stays'],
    ]) {
      await db.client.send(
        new PutCommand({
          TableName: data.tableName,
          Item: { pk: `DELIVERY#${edition}`, sk: sub, status: 'sent' },
        }),
      );
    }
    const before = await exportText(data);

    expect(await data.archive.erase('gone', at)).toBe(true);

    const { Items } = await db.client.send(new ScanCommand({ TableName: data.tableName }));
    const dump = JSON.stringify(Items);
    expect(dump).not.toContain('gone@example.org');
    expect(Items!.filter((i) => i.sk === 'gone')).toEqual([]);
    expect(Items!.filter((i) => i.sk === 'stays')).toHaveLength(1);
    expect(await data.store.getByEmail('gone@example.org')).toBeUndefined();
    const { Item } = await db.client.send(
      new GetCommand({
        TableName: data.tableName,
        Key: { pk: `SUPPRESS#${suppressionHash('gone@example.org', PEPPER)}`, sk: 'SUPPRESS' },
      }),
    );
    expect(Item).toMatchObject({ reason: 'erased-active' });
    expect(await data.archive.isSuppressed('Gone@Example.org')).toBe(true);
    expect(await data.archive.isSuppressed('stays@example.org')).toBe(false);

    // An old export never brings the person back.
    const { io } = quiet();
    expect(await runImport(data, before, TOPICS, io)).toEqual({ imported: 0, existing: 1, suppressed: 1 });
    expect(await data.store.getByEmail('gone@example.org')).toBeUndefined();
    expect(await data.archive.erase('gone', at)).toBe(false);
  });
});

describe('after an erase, the subscription API', () => {
  it('answers a new subscribe for the address like any other, but stores and sends nothing', async () => {
    const { createSubscriptionApi } = await import('../../functions/handlers/http-subscriptions.ts');
    const fakes = await import('../unit/subscriptions/fakes.ts');
    const { TEST_KEYS } = await import('../unit/subscriptions/keys.ts');
    const data = await fresh();
    await data.store.create(person('gone'));
    await data.archive.erase('gone', at);
    const taxonomy = fakes.makeTaxonomy();
    const mailer = new fakes.CapturingMailer();
    const make = (suppression?: SubscriberData['archive']) =>
      createSubscriptionApi({
        store: data.store,
        ...(suppression ? { suppression } : {}),
        limits: new DynamoSendLimits({ client: db.client, tableName: data.tableName }),
        mailer,
        renderer: new fakes.FakeRenderer(taxonomy),
        personalize: fakes.fakePersonalize,
        taxonomy,
        tokenKeys: TEST_KEYS,
        clock: new fakes.TestClock(new Date()),
        siteUrl: fakes.SITE,
        sender: { address: 'news@example.org' },
        logger: new fakes.CapturingLogger(),
      });
    const subscribe = (api: ReturnType<typeof make>, email: string) =>
      api(
        fakes.event({
          method: 'POST',
          path: '/api/subscriptions',
          headers: fakes.JSON_HEADERS,
          body: JSON.stringify({ email, topics: ['health'], cadence: 'daily', lang: 'en' }),
        }),
      );
    const api = make(data.archive);
    const erased = await subscribe(api, 'gone@example.org');
    const other = await subscribe(api, 'new@example.org');
    expect(erased.statusCode).toBe(202);
    expect(erased.body).toBe(other.body);
    expect(mailer.sent.map((m) => m.to)).toEqual(['new@example.org']);
    expect(await data.store.getByEmail('gone@example.org')).toBeUndefined();
  });
});

describe('migrate', () => {
  it('rewrites records stored before locales in the current shape, once', async () => {
    const data = await fresh();
    const { locale: _l, contentLangs: _c, version: _v, ...legacy } = person('old');
    await db.client.send(
      new PutCommand({
        TableName: data.tableName,
        Item: { pk: 'SUB#old', sk: 'SUB', ...legacy, lang: 'zh' },
      }),
    );
    await data.store.create(person('new', { version: 4 }));
    const { io } = quiet();
    expect(await runMigrate(data, io)).toEqual({ rewritten: 1, current: 1, suppressionsRekeyed: 0 });
    const raw = await db.client.send(
      new GetCommand({ TableName: data.tableName, Key: { pk: 'SUB#old', sk: 'SUB' } }),
    );
    expect(raw.Item).toMatchObject({ locale: 'zh-Hans', contentLangs: ['zh', 'en'], version: 1 });
    expect(raw.Item?.lang).toBeUndefined();
    expect(await runMigrate(data, io)).toEqual({ rewritten: 0, current: 2, suppressionsRekeyed: 0 });
  });
});
