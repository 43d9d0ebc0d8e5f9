// The subscriber store on dynalite: the shared contract (as the memory twin passes it), then what only the
// DynamoDB adapter has — recovery of a half-done create, sharded audience partitions.

import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import {
  DynamoSubscriberStore,
  ORPHAN_CLAIM_GRACE_SECONDS,
} from '../../functions/adapters/dynamodb/subscriber-store.ts';
import { TTL_ATTRIBUTE } from '../../functions/adapters/dynamodb/table.ts';
import { useDynalite } from '../helpers/dynalite.ts';
import { collect, subscriber, subscriberStoreContract } from '../unit/subscribers/store-contract.ts';

const table = useDynalite();

subscriberStoreContract(
  'dynamodb',
  async () =>
    new DynamoSubscriberStore({ client: table.client, tableName: await table.freshTable(), shards: 4 }),
);

describe('DynamoDB subscriber store specifics', () => {
  it('gives a never-confirmed subscriber and its address claim a TTL, and removes both on confirmation', async () => {
    const tableName = await table.freshTable();
    const store = new DynamoSubscriberStore({ client: table.client, tableName });
    const deleteAfter = '2025-01-27T08:00:00.000Z';
    await store.create(subscriber('n', { status: 'pending', topics: {}, deleteAfter }));
    const raw = async (pk: string, sk: string) =>
      (await table.client.send(new GetCommand({ TableName: tableName, Key: { pk, sk } }))).Item;
    const ttl = Date.parse(deleteAfter) / 1000;
    expect((await raw('SUB#n', 'SUB'))?.[TTL_ATTRIBUTE]).toBe(ttl);
    expect((await raw('EMAIL#n@example.org', 'EMAIL'))?.[TTL_ATTRIBUTE]).toBe(ttl);
    const read = (await store.get('n'))!;
    const { deleteAfter: _kept, ...confirmed } = read;
    await store.update(read, { ...confirmed, status: 'active', topics: { health: 'daily' } });
    expect((await raw('SUB#n', 'SUB'))?.[TTL_ATTRIBUTE]).toBeUndefined();
    expect((await raw('EMAIL#n@example.org', 'EMAIL'))?.[TTL_ATTRIBUTE]).toBeUndefined();
  });

  it('reads records written before locales as the current model and updates them on version 0', async () => {
    const tableName = await table.freshTable();
    const store = new DynamoSubscriberStore({ client: table.client, tableName });
    const { locale: _l, contentLangs: _c, version: _v, ...legacy } = subscriber('old');
    await table.client.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          pk: 'SUB#old',
          sk: 'SUB',
          ...legacy,
          lang: 'en',
          pending: { topics: { health: 'daily' }, lang: 'zh', requestedAt: legacy.createdAt, method: 'api' },
        },
      }),
    );
    await table.client.send(
      new PutCommand({
        TableName: tableName,
        Item: { pk: 'EMAIL#old@example.org', sk: 'EMAIL', subscriberId: 'old' },
      }),
    );
    const read = (await store.getByEmail('old@example.org'))!;
    expect(read).toMatchObject({ locale: 'en', contentLangs: ['zh', 'en'], version: 0 });
    expect(read.pending).toMatchObject({
      nonce: '',
      locale: 'zh-Hans',
      expiresAt: '2025-01-27T08:00:00.000Z',
    });
    expect('lang' in read).toBe(false);
    expect((await store.update(read, { ...read, topics: {} }))?.version).toBe(1);
    expect(await store.update(read, { ...read, topics: { health: 'weekly' } })).toBeUndefined();
  });

  it('takes over an address claim left by a create that stopped half-way, once it is stale', async () => {
    const tableName = await table.freshTable();
    const store = new DynamoSubscriberStore({ client: table.client, tableName });
    const now = Math.floor(Date.now() / 1000);
    // Claims exist but their subscriber items were never written: one stale, one possibly still in flight.
    for (const [email, claimedAt] of [
      ['a@example.org', now - ORPHAN_CLAIM_GRACE_SECONDS - 1],
      ['b@example.org', now],
    ] as const) {
      await table.client.send(
        new PutCommand({
          TableName: tableName,
          Item: { pk: `EMAIL#${email}`, sk: 'EMAIL', subscriberId: 'lost', claimedAt },
        }),
      );
    }
    expect(await store.getByEmail('a@example.org')).toBeUndefined();
    expect(await store.create(subscriber('a'))).toBe(true);
    expect((await store.getByEmail('a@example.org'))?.id).toBe('a');
    // A fresh claim may belong to a create that is about to write its subscriber: leave it alone.
    expect(await store.create(subscriber('b'))).toBe(false);
    expect(await store.get('b')).toBeUndefined();
  });

  it('removes its subscriber item when its claim was taken over while it was writing', async () => {
    const tableName = await table.freshTable();
    const store = new DynamoSubscriberStore({ client: table.client, tableName });
    // Simulate the takeover landing between the claim and the subscriber write: the claim names someone else.
    const slow = new DynamoSubscriberStore({ client: table.client, tableName });
    const original = table.client.send.bind(table.client);
    let tookOver = false;
    const client = {
      send: async (command: { input: { Item?: Record<string, unknown> } }) => {
        const result = await original(command as never);
        if (!tookOver && command.input.Item?.pk === 'EMAIL#slow@example.org') {
          tookOver = true;
          await original(
            new PutCommand({
              TableName: tableName,
              Item: { pk: 'EMAIL#slow@example.org', sk: 'EMAIL', subscriberId: 'fast' },
            }),
          );
        }
        return result;
      },
    };
    Object.assign(slow, { client });
    expect(await slow.create(subscriber('slow'))).toBe(false);
    expect(await store.get('slow')).toBeUndefined();
  });

  it('spreads one cadence over several index partitions', async () => {
    const tableName = await table.freshTable();
    const store = new DynamoSubscriberStore({ client: table.client, tableName, shards: 8 });
    for (let i = 0; i < 40; i++) await store.create(subscriber(`x${i}`));
    const { ScanCommand } = await import('@aws-sdk/lib-dynamodb');
    const { Items } = await table.client.send(new ScanCommand({ TableName: tableName }));
    const partitions = new Set(Items!.map((i) => i.aud_instant_pk).filter(Boolean));
    expect(partitions.size).toBeGreaterThan(4);
    // …and the audience Query reads every shard back.
    expect(new Set((await collect(store, 'instant', 7)).flat().map((s) => s.id)).size).toBe(40);
  });

  it('lets exactly one of two simultaneous creates for an address win', async () => {
    const store = new DynamoSubscriberStore({ client: table.client, tableName: await table.freshTable() });
    const results = await Promise.all(
      ['p', 'q', 'r'].map((id) => store.create(subscriber(id, { email: 'same@example.org' }))),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = ['p', 'q', 'r'][results.indexOf(true)];
    expect((await store.getByEmail('same@example.org'))?.id).toBe(winner);
  });
});
