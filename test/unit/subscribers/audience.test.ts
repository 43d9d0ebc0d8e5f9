import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audienceShard, audiencesOf, dueAt } from '../../../functions/core/subscribers/audience.ts';

describe('audiencesOf', () => {
  it('lists each cadence an active subscriber follows a topic at, once', () => {
    expect(
      audiencesOf({ status: 'active', topics: { health: 'weekly', talent: 'instant', compute: 'weekly' } }),
    ).toEqual(['instant', 'weekly']);
    expect(audiencesOf({ status: 'active', topics: {} })).toEqual([]);
  });

  it('is empty for every status other than active', () => {
    for (const status of ['pending', 'paused', 'unsubscribed', 'bounced', 'complained'] as const) {
      expect(audiencesOf({ status, topics: { health: 'daily' } })).toEqual([]);
    }
  });
});

describe('audienceShard', () => {
  it('is stable and within range for any id and shard count', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 64 }), (id, shards) => {
        const shard = audienceShard(id, shards);
        expect(Number.isInteger(shard) && shard >= 0 && shard < shards).toBe(true);
        expect(audienceShard(id, shards)).toBe(shard);
      }),
    );
  });

  it('spreads random subscriber ids evenly over 16 shards', () => {
    const counts = new Array<number>(16).fill(0);
    for (let i = 0; i < 16_000; i++) counts[audienceShard(crypto.randomUUID(), 16)]! += 1;
    // 1,000 expected per shard; a hot shard would defeat the sharding.
    expect(Math.min(...counts)).toBeGreaterThan(800);
    expect(Math.max(...counts)).toBeLessThan(1200);
  });
});

describe('dueAt', () => {
  const pause = { since: '2026-01-01T00:00:00.000Z', until: '2026-01-15T00:00:00.000Z' };
  const pending = {
    nonce: 'n',
    topics: { health: 'daily' as const },
    locale: 'en' as const,
    contentLangs: ['en' as const],
    requestedAt: '2026-01-01T00:00:00.000Z',
    expiresAt: '2026-01-08T00:00:00.000Z',
    method: 'api',
  };
  it('is the end of a pause while paused, or the expiry of a request on a record that stays', () => {
    expect(dueAt({ status: 'paused', pause })).toBe(pause.until);
    expect(dueAt({ status: 'active', pending })).toBe(pending.expiresAt);
    expect(dueAt({ status: 'paused', pause, pending })).toBe(pending.expiresAt);
    expect(dueAt({ status: 'active' })).toBeUndefined();
  });
  it('leaves never-confirmed subscribers to their TTL', () => {
    expect(dueAt({ status: 'pending', pending, deleteAfter: pending.expiresAt })).toBeUndefined();
  });
});
