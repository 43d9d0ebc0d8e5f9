import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audienceShard, audiencesOf } from '../../../functions/core/subscribers/audience.ts';
import { saveKeepsSuppression } from '../../../functions/core/subscribers/suppression.ts';

describe('audiencesOf', () => {
  it('lists each cadence an active subscriber follows a topic at, once', () => {
    expect(
      audiencesOf({ status: 'active', topics: { health: 'weekly', talent: 'instant', compute: 'weekly' } }),
    ).toEqual(['instant', 'weekly']);
    expect(audiencesOf({ status: 'active', topics: {} })).toEqual([]);
  });

  it('is empty for every status other than active', () => {
    for (const status of ['pending', 'unsubscribed', 'bounced', 'complained'] as const) {
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

describe('suppression', () => {
  it('lets a save change anything except lift a bounce or complaint', () => {
    expect(saveKeepsSuppression('complained', 'active')).toBe(false);
    expect(saveKeepsSuppression('complained', 'pending')).toBe(false);
    expect(saveKeepsSuppression('bounced', 'unsubscribed')).toBe(false);
    expect(saveKeepsSuppression('bounced', 'complained')).toBe(true);
    expect(saveKeepsSuppression('complained', 'complained')).toBe(true);
    expect(saveKeepsSuppression('unsubscribed', 'active')).toBe(true);
    expect(saveKeepsSuppression('active', 'bounced')).toBe(true);
    expect(saveKeepsSuppression('pending', 'active')).toBe(true);
  });
});
