// The same contract against the memory twin and the DynamoDB adapter on dynalite: the twin is only useful
// to the other tests if it behaves like the real store.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DynamoSubscriberStore } from '../../functions/adapters/dynamodb/subscriber-store.ts';
import { MemorySubscriberStore } from '../../functions/adapters/memory/subscriber-store.ts';
import type { Subscriber } from '../../functions/core/subscribers/types.ts';
import type { Cadence } from '../../functions/core/types.ts';
import type { SubscriberStore } from '../../functions/ports.ts';
import { startDynalite, type TestTable } from '../helpers/dynalite.ts';

const at = '2025-01-20T08:00:00.000Z';
const subscriber = (id: string, patch: Partial<Subscriber> = {}): Subscriber => ({
  id,
  email: `${id}@example.org`,
  status: 'active',
  topics: { health: 'instant', talent: 'weekly' },
  lang: 'zh',
  consent: { requestedAt: at, method: 'web-form', confirmedAt: at },
  createdAt: at,
  updatedAt: at,
  ...patch,
});

async function collect(store: SubscriberStore, cadence: Cadence, pageSize?: number) {
  const pages: Subscriber[][] = [];
  for await (const page of store.audience(cadence, pageSize)) pages.push(page);
  return pages;
}

let table: TestTable;
beforeAll(async () => {
  table = await startDynalite();
});
afterAll(async () => {
  await table.stop();
});

describe.each([
  ['memory', async () => new MemorySubscriberStore()],
  [
    'dynamodb',
    async () =>
      new DynamoSubscriberStore({ client: table.client, tableName: await table.freshTable(), shards: 4 }),
  ],
] as const)('SubscriberStore contract: %s', (_name, make) => {
  let store: SubscriberStore;
  beforeEach(async () => {
    store = await make();
  });

  it('creates once per address and finds the subscriber by id and by address', async () => {
    expect(await store.create(subscriber('a'))).toBe(true);
    expect(await store.create(subscriber('b', { email: 'a@example.org' }))).toBe(false);
    expect((await store.get('a'))?.email).toBe('a@example.org');
    expect((await store.getByEmail('a@example.org'))?.id).toBe('a');
    expect(await store.get('b')).toBeUndefined();
    expect(await store.getByEmail('nobody@example.org')).toBeUndefined();
  });

  it('saves changes and keeps the audience of each cadence in step with status and topics', async () => {
    await store.create(subscriber('a'));
    await store.create(subscriber('b', { topics: { compute: 'daily' } }));
    await store.create(subscriber('c', { status: 'pending', pending: undefined }));
    const ids = async (c: Cadence) =>
      (await collect(store, c))
        .flat()
        .map((s) => s.id)
        .sort();
    expect(await ids('instant')).toEqual(['a']);
    expect(await ids('daily')).toEqual(['b']);
    expect(await ids('weekly')).toEqual(['a']);

    const a = (await store.get('a'))!;
    await store.save({ ...a, topics: { health: 'daily' }, updatedAt: '2025-01-21T00:00:00.000Z' });
    expect(await ids('instant')).toEqual([]);
    expect(await ids('daily')).toEqual(['a', 'b']);
    expect(await ids('weekly')).toEqual([]);

    await store.setStatus('b', 'unsubscribed', at);
    expect(await ids('daily')).toEqual(['a']);
    expect((await store.get('b'))?.status).toBe('unsubscribed');
    await store.setStatus('b', 'active', at);
    expect(await ids('daily')).toEqual(['a', 'b']);
    await store.setStatus('a', 'bounced', at);
    await store.setStatus('b', 'complained', at);
    expect(await ids('daily')).toEqual([]);
  });

  it('pages the audience without losing or repeating anyone', async () => {
    for (let i = 0; i < 57; i++) await store.create(subscriber(`s${String(i).padStart(3, '0')}`));
    const pages = await collect(store, 'instant', 10);
    expect(pages.every((p) => p.length <= 10)).toBe(true);
    const ids = pages.flat().map((s) => s.id);
    expect(new Set(ids).size).toBe(57);
    expect(ids).toHaveLength(57);
  });

  it('never lets a save change the address of an existing subscriber, nor create by saving', async () => {
    await store.create(subscriber('a'));
    await expect(store.save({ ...subscriber('a'), email: 'other@example.org' })).rejects.toThrow();
    await expect(store.save(subscriber('ghost'))).rejects.toThrow();
    expect(await store.get('ghost')).toBeUndefined();
  });

  it('grants one confirmation slot per address per window, again after it expires', async () => {
    const t0 = new Date('2025-01-20T08:00:00Z');
    expect(await store.claimConfirmationSlot('a@example.org', 600, t0)).toBe(true);
    expect(await store.claimConfirmationSlot('a@example.org', 600, new Date(t0.getTime() + 599_000))).toBe(
      false,
    );
    expect(await store.claimConfirmationSlot('b@example.org', 600, t0)).toBe(true);
    expect(await store.claimConfirmationSlot('a@example.org', 600, new Date(t0.getTime() + 600_000))).toBe(
      true,
    );
  });

  it('keeps nested fields (consent, pending request) intact', async () => {
    const pending = {
      topics: { robotics: 'weekly' as const },
      lang: 'en' as const,
      requestedAt: at,
      method: 'web-form',
    };
    await store.create(subscriber('a', { status: 'pending', pending }));
    const stored = await store.get('a');
    expect(stored?.pending).toEqual(pending);
    expect(stored?.consent).toEqual(subscriber('a').consent);
  });
});

describe('DynamoDB subscriber store specifics', () => {
  it('takes over an address claim left by a create that stopped half-way', async () => {
    const tableName = await table.freshTable();
    const store = new DynamoSubscriberStore({ client: table.client, tableName });
    const { PutCommand } = await import('@aws-sdk/lib-dynamodb');
    // The claim exists but its subscriber item was never written.
    await table.client.send(
      new PutCommand({
        TableName: tableName,
        Item: { pk: 'EMAIL#a@example.org', sk: 'EMAIL', subscriberId: 'lost' },
      }),
    );
    expect(await store.getByEmail('a@example.org')).toBeUndefined();
    expect(await store.create(subscriber('a'))).toBe(true);
    expect((await store.getByEmail('a@example.org'))?.id).toBe('a');
  });

  it('spreads one cadence over several index partitions', async () => {
    const tableName = await table.freshTable();
    const store = new DynamoSubscriberStore({ client: table.client, tableName, shards: 8 });
    for (let i = 0; i < 40; i++) await store.create(subscriber(`x${i}`));
    const { ScanCommand } = await import('@aws-sdk/lib-dynamodb');
    const { Items } = await table.client.send(new ScanCommand({ TableName: tableName }));
    const partitions = new Set(Items!.map((i) => i.aud_instant_pk).filter(Boolean));
    expect(partitions.size).toBeGreaterThan(4);
  });
});
