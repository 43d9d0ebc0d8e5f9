import { describe, expect, it } from 'vitest';
import { planDigest } from '../../../functions/core/delivery/plan.ts';
import { section, subscriber, world } from './world.ts';

async function seeded() {
  const w = world(new Date('2025-01-20T00:00:00.000Z'));
  await w.content.publish('a', [
    section('a', 'lead', ['compute', 'industry'], '2025-01-19T02:00:00.000Z'),
    section('a', 's2', ['health', 'industry'], '2025-01-19T02:00:00.000Z'),
    section('a', 's3', ['talent'], '2025-01-19T02:00:00.000Z'),
  ]);
  return w;
}

describe('planDigest', () => {
  it('groups subscribers by the content they will see and compiles each variant once', async () => {
    const w = await seeded();
    // 120 health readers (zh), 30 health readers (en), 60 talent readers, 5 following both, 7 following nothing
    // in this edition, 4 weekly readers.
    let n = 0;
    const add = async (count: number, topics: Parameters<typeof subscriber>[1], lang: 'zh' | 'en' = 'zh') => {
      for (let i = 0; i < count; i++) await w.subscribers.create(subscriber(`s${n++}`, topics, lang));
    };
    await add(120, { health: 'daily' });
    await add(30, { health: 'daily' }, 'en');
    await add(60, { talent: 'daily' });
    await add(5, { health: 'daily', talent: 'daily' });
    await add(7, { robotics: 'daily' } as never);
    await add(4, { health: 'weekly' });
    const result = await planDigest(w, 'daily', { pageSize: 25 });

    expect(result).toMatchObject({ created: true, sections: 3, subscribers: 222, planned: 215, variants: 4 });
    expect(w.compileCalls).toHaveLength(4);
    const jobs = w.queue.jobs;
    expect(jobs.every((j) => j.recipients.length <= 50 && j.recipients.length > 0)).toBe(true);
    const recipients = jobs.flatMap((j) => j.recipients);
    expect(recipients).toHaveLength(215);
    expect(new Set(recipients).size).toBe(215);
    // Each job holds one variant only, and a variant's content matches its readers' themes.
    const headings = (key: string) => w.variants.variants.get(key)!.email.text.split('\n')[0];
    const health = jobs.find((j) => j.recipients.includes('s0'))!;
    expect(headings(health.variantKey)).toBe('a-s2');
    const both = jobs.find((j) => j.recipients.includes('s210'))!;
    expect(headings(both.variantKey)!.split('|').sort()).toEqual(['a-s2', 'a-s3']);
    const edition = await w.editions.get(result.editionId);
    expect(edition).toMatchObject({ status: 'sending', counts: { planned: 215, sent: 0 } });
    expect(result.editionId).toBe('daily-2025-01-20');
  });

  it('plans an edition once per cadence and day, and the next one starts where it ended', async () => {
    const w = await seeded();
    await w.subscribers.create(subscriber('x', { health: 'daily' }));
    const first = await planDigest(w, 'daily');
    expect(first.planned).toBe(1);
    const again = await planDigest(w, 'daily');
    expect(again).toMatchObject({ created: false, planned: 0 });
    expect(w.queue.jobs).toHaveLength(1);
    // Next day: nothing new was published, so nobody gets an empty digest.
    w.clock.current = new Date('2025-01-21T00:00:00.000Z');
    const next = await planDigest(w, 'daily');
    expect(next).toMatchObject({ created: true, sections: 0, planned: 0 });
    expect((await w.editions.get(next.editionId))?.status).toBe('done');
    expect(w.queue.jobs).toHaveLength(1);
  });

  it('leaves out of a digest what the subscriber already had as an instant alert', async () => {
    const w = await seeded();
    // Follows industry daily and health instantly: s2 (health+industry) was an alert, so only the lead remains.
    await w.subscribers.create(subscriber('mixed', { industry: 'daily', health: 'instant' }));
    const result = await planDigest(w, 'daily');
    expect(result.planned).toBe(1);
    const job = w.queue.jobs[0]!;
    expect(w.variants.variants.get(job.variantKey)!.email.text.split('\n')[0]).toBe('a-lead');
  });

  it('sends each reader only articles in the languages they chose; a zh-Hant reader gets their own variant', async () => {
    const w = await seeded();
    await w.content.publish('b', [
      { ...section('b', 'lead', ['health'], '2025-01-19T03:00:00.000Z'), lang: 'en' },
    ]);
    await w.subscribers.create({ ...subscriber('zh-only', { health: 'daily' }), contentLangs: ['zh'] });
    await w.subscribers.create({ ...subscriber('en-only', { health: 'daily' }, 'en'), contentLangs: ['en'] });
    await w.subscribers.create({
      ...subscriber('hant', { health: 'daily' }),
      locale: 'zh-Hant',
      contentLangs: ['zh'],
    });
    await planDigest(w, 'daily');
    const text = (id: string) => {
      const job = w.queue.jobs.find((j) => j.recipients.includes(id))!;
      return {
        key: job.variantKey,
        heading: w.variants.variants.get(job.variantKey)!.email.text.split('\n')[0],
      };
    };
    expect(text('zh-only').heading).toBe('a-s2');
    expect(text('en-only').heading).toBe('b-lead');
    expect(text('hant').heading).toBe('a-s2');
    expect(text('hant').key).not.toBe(text('zh-only').key);
  });

  it('leaves paused readers out through the index and brings them back when the pause ends', async () => {
    const w = await seeded();
    await w.subscribers.create({
      ...subscriber('away', { health: 'daily' }),
      status: 'paused',
      pause: { since: '2025-01-10T00:00:00.000Z', until: '2025-01-21T00:00:00.000Z' },
    });
    expect((await planDigest(w, 'daily')).planned).toBe(0);
    w.clock.current = new Date('2025-01-21T00:00:00.000Z');
    await w.content.publish('c', [section('c', 'lead', ['health'], '2025-01-20T12:00:00.000Z')]);
    expect((await planDigest(w, 'daily')).planned).toBe(1);
    expect((await w.subscribers.get('away'))?.status).toBe('active');
  });

  it('names the edition by the day in the configured time zone', async () => {
    const w = await seeded();
    w.clock.current = new Date('2025-01-19T17:00:00.000Z'); // 01:00 on the 20th in Shanghai
    expect((await planDigest(w, 'daily')).editionId).toBe('daily-2025-01-20');
    const ny = await seeded();
    ny.timezone = 'America/New_York';
    ny.clock.current = new Date('2025-01-19T17:00:00.000Z');
    expect((await planDigest(ny, 'daily')).editionId).toBe('daily-2025-01-19');
  });
});
