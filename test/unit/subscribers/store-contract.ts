// The SubscriberStore contract, run against the memory twin (test/unit/subscribers) and the DynamoDB adapter on
// dynalite (test/integration): the twin is only useful to the other tests if it behaves like the real store.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Subscriber } from '../../../functions/core/subscribers/types.ts';
import {
  DuplicateSubscriberIdError,
  SubscriberNotFoundError,
} from '../../../functions/core/subscribers/types.ts';
import type { Cadence } from '../../../functions/core/types.ts';
import type { SubscriberStore } from '../../../functions/ports.ts';

const at = '2025-01-20T08:00:00.000Z';
export const subscriber = (id: string, patch: Partial<Subscriber> = {}): Subscriber => ({
  id,
  email: `${id}@example.org`,
  status: 'active',
  topics: { health: 'instant', talent: 'weekly' },
  locale: 'zh-Hans',
  contentLangs: ['zh', 'en'],
  consent: { requestedAt: at, method: 'web-form', confirmedAt: at },
  createdAt: at,
  updatedAt: at,
  version: 0,
  ...patch,
});

export async function collect(store: SubscriberStore, cadence: Cadence, pageSize?: number) {
  const pages: Subscriber[][] = [];
  for await (const page of store.audience(cadence, pageSize)) pages.push(page);
  return pages;
}

export function subscriberStoreContract(name: string, make: () => Promise<SubscriberStore>) {
  describe(`SubscriberStore contract: ${name}`, () => {
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

    it('reads many subscribers at once (past one BatchGetItem of 100), leaving out ids not stored', async () => {
      const ids = Array.from({ length: 130 }, (_, i) => `m${i}`);
      for (const id of ids) await store.create(subscriber(id));
      const found = await store.getMany([...ids, 'missing', 'm0']);
      expect([...found.keys()].sort()).toEqual([...ids].sort());
      expect(found.get('m7')?.email).toBe('m7@example.org');
      expect((await store.getMany([])).size).toBe(0);
    });

    it('refuses a second subscriber under a stored id, leaving the new address unclaimed', async () => {
      await store.create(subscriber('a'));
      await expect(store.create(subscriber('a', { email: 'new@example.org' }))).rejects.toBeInstanceOf(
        DuplicateSubscriberIdError,
      );
      expect(await store.getByEmail('new@example.org')).toBeUndefined();
      expect(await store.create(subscriber('n', { email: 'new@example.org' }))).toBe(true);
      expect((await store.get('a'))?.email).toBe('a@example.org');
    });

    it('fills audience pages up to the page size', async () => {
      for (let i = 0; i < 25; i++) await store.create(subscriber(`f${i}`));
      const sizes = (await collect(store, 'weekly', 10)).map((p) => p.length);
      expect(sizes).toEqual([10, 10, 5]);
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
      await store.update(a, { ...a, topics: { health: 'daily' }, updatedAt: '2025-01-21T00:00:00.000Z' });
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

    it('never lets an update change the address of an existing subscriber, nor create by updating', async () => {
      await store.create(subscriber('a'));
      const a = (await store.get('a'))!;
      await expect(store.update(a, { ...a, email: 'other@example.org' })).rejects.toBeInstanceOf(
        SubscriberNotFoundError,
      );
      expect((await store.get('a'))?.email).toBe('a@example.org');
      await expect(store.update(subscriber('ghost'), subscriber('ghost'))).rejects.toBeInstanceOf(
        SubscriberNotFoundError,
      );
      expect(await store.get('ghost')).toBeUndefined();
    });

    it('keeps nested fields (consent, pending request) intact', async () => {
      const pending = {
        nonce: 'n1',
        topics: { robotics: 'weekly' as const },
        locale: 'en' as const,
        contentLangs: ['en' as const],
        requestedAt: at,
        expiresAt: '2025-01-27T08:00:00.000Z',
        method: 'web-form',
      };
      await store.create(subscriber('a', { status: 'pending', pending }));
      const stored = await store.get('a');
      expect(stored?.pending).toEqual(pending);
      expect(stored?.consent).toEqual(subscriber('a').consent);
    });
    it('never lets an update computed from a read before a complaint land after it', async () => {
      await store.create(subscriber('a'));
      const readBeforeComplaint = (await store.get('a'))!;
      await store.setStatus('a', 'complained', '2025-01-20T09:00:00.000Z');
      // A preference save (or confirmation) computed from the stale read arrives after the complaint.
      const written = await store.update(readBeforeComplaint, {
        ...readBeforeComplaint,
        topics: { compute: 'daily' },
        updatedAt: '2025-01-20T09:00:01.000Z',
      });
      expect(written).toBeUndefined();
      const stored = await store.get('a');
      expect(stored?.status).toBe('complained');
      expect(stored?.topics).toEqual({ health: 'instant', talent: 'weekly' });
      expect((await collect(store, 'daily')).flat()).toEqual([]);
      expect((await collect(store, 'instant')).flat()).toEqual([]);
    });

    it('writes on the version read and moves it on: a second writer from the same read loses', async () => {
      await store.create(subscriber('a'));
      const read = (await store.get('a'))!;
      expect(read.version).toBe(0);
      const first = await store.update(read, { ...read, topics: { compute: 'daily' } });
      expect(first?.version).toBe(1);
      expect(await store.update(read, { ...read, status: 'unsubscribed', topics: {} })).toBeUndefined();
      const stored = (await store.get('a'))!;
      expect(stored).toMatchObject({ version: 1, status: 'active', topics: { compute: 'daily' } });
      expect((await store.update(stored, { ...stored, topics: {} }))?.version).toBe(2);
      await store.setStatus('a', 'unsubscribed', at);
      expect((await store.get('a'))?.version).toBe(3);
    });

    it('keeps paused subscribers out of every audience and lists them as due when their pause ends', async () => {
      const pause = { since: at, until: '2025-02-01T00:00:00.000Z' };
      await store.create(subscriber('p', { status: 'paused', pause }));
      await store.create(subscriber('a'));
      expect((await collect(store, 'instant')).flat().map((s) => s.id)).toEqual(['a']);
      const due = async (when: string) => {
        const ids: string[] = [];
        for await (const page of store.due(new Date(when))) ids.push(...page);
        return ids;
      };
      expect(await due('2025-01-31T23:59:59.000Z')).toEqual([]);
      expect(await due('2025-02-01T00:00:00.000Z')).toEqual(['p']);
      const p = (await store.get('p'))!;
      const { pause: _ended, ...resumed } = p;
      await store.update(p, { ...resumed, status: 'active' });
      expect(await due('2025-03-01T00:00:00.000Z')).toEqual([]);
      expect(
        (await collect(store, 'instant'))
          .flat()
          .map((s) => s.id)
          .sort(),
      ).toEqual(['a', 'p']);
    });

    it('lifts a suppression only through an explicit status change', async () => {
      await store.create(subscriber('a'));
      await store.setStatus('a', 'bounced', at);
      expect((await collect(store, 'instant')).flat()).toEqual([]);
      await store.setStatus('a', 'active', '2025-01-22T00:00:00.000Z');
      const stored = await store.get('a');
      expect(stored?.status).toBe('active');
      expect(stored?.updatedAt).toBe('2025-01-22T00:00:00.000Z');
      expect((await collect(store, 'instant')).flat().map((s) => s.id)).toEqual(['a']);
      // Unknown ids are ignored rather than created.
      await store.setStatus('ghost', 'unsubscribed', at);
      await store.setStatus('ghost', 'active', at);
      expect(await store.get('ghost')).toBeUndefined();
    });

    it('returns copies: changing a returned subscriber changes nothing stored', async () => {
      await store.create(subscriber('a'));
      const got = (await store.get('a'))!;
      got.topics.compute = 'daily';
      got.consent.method = 'tampered';
      const again = await store.get('a');
      expect(again?.topics).toEqual({ health: 'instant', talent: 'weekly' });
      expect(again?.consent.method).toBe('web-form');
    });
  });
}
