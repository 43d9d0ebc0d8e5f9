import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTaxonomyFile } from '../../../functions/adapters/fs/taxonomy.ts';
import { parseArticle } from '../../../functions/core/article/parse.ts';
import { applyFeedback, PAUSE_THRESHOLDS } from '../../../functions/core/delivery/feedback.ts';
import { publishArticle } from '../../../functions/core/delivery/publish.ts';
import { TokenBucket } from '../../../functions/core/delivery/rate.ts';
import type { AlertData } from '../../../functions/core/render/types.ts';
import { classifyArticle } from '../../../functions/core/topics/classify.ts';
import { subscriber, world } from './world.ts';

const SEED = 'content/articles/ai-shanghai-2025.md';

const bounce = (email: string, type: 'Permanent' | 'Transient', edition?: string, sub?: string) => ({
  notificationType: 'Bounce',
  bounce: { bounceType: type, bouncedRecipients: [{ emailAddress: email }] },
  mail: {
    messageId: 'm1',
    tags: { ...(edition ? { edition: [edition] } : {}), ...(sub ? { subscriber: [sub] } : {}) },
  },
});

describe('applyFeedback', () => {
  it('suppresses hard bounces and complaints, counts soft bounces without suppressing', async () => {
    const w = world();
    for (const id of ['a', 'b', 'c']) await w.subscribers.create(subscriber(id, { health: 'daily' }));
    await applyFeedback(w, bounce('a@example.org', 'Permanent'));
    expect((await w.subscribers.get('a'))?.status).toBe('bounced');
    const soft = await applyFeedback(w, bounce('b@example.org', 'Transient'));
    expect(soft[0]?.kind).toBe('soft-bounce');
    expect((await w.subscribers.get('b'))?.status).toBe('active');
    await applyFeedback(w, {
      notificationType: 'Complaint',
      complaint: { complainedRecipients: [{ emailAddress: 'C@Example.org' }] },
      mail: {},
    });
    expect((await w.subscribers.get('c'))?.status).toBe('complained');
    // Suppressed subscribers leave every audience at once.
    const audience = [];
    for await (const page of w.subscribers.audience('daily')) audience.push(...page.map((s) => s.id));
    expect(audience).toEqual(['b']);
  });

  it('finds the subscriber by tag even before any delivery record exists', async () => {
    const w = world();
    await w.subscribers.create(subscriber('tagged', { health: 'daily' }));
    await applyFeedback(w, bounce('alias@elsewhere.example', 'Permanent', 'daily-2025-01-20', 'tagged'));
    expect((await w.subscribers.get('tagged'))?.status).toBe('bounced');
  });

  it('pauses an edition whose bounce rate passes 5%, once the sample is large enough, and says why', async () => {
    const w = world();
    const id = 'daily-2025-01-20';
    await w.editions.create({
      id,
      cadence: 'daily',
      status: 'sending',
      from: '2025-01-19T00:00:00.000Z',
      until: '2025-01-20T00:00:00.000Z',
      counts: {
        planned: 1000,
        sent: PAUSE_THRESHOLDS.minBounceSample,
        skipped: 0,
        failed: 0,
        ambiguous: 0,
        bounced: 0,
        complained: 0,
      },
      createdAt: '2025-01-20T00:00:00.000Z',
      updatedAt: '2025-01-20T00:00:00.000Z',
    });
    for (let i = 0; i < 10; i++) await applyFeedback(w, bounce(`x${i}@example.org`, 'Permanent', id));
    expect((await w.editions.get(id))?.status).toBe('sending'); // 10 / 200 = 5%: not past it
    const last = await applyFeedback(w, bounce('x10@example.org', 'Permanent', id));
    expect(last[0]).toMatchObject({
      kind: 'hard-bounce',
      paused: expect.stringMatching(/bounce rate 5\.5%/),
    });
    expect(await w.editions.get(id)).toMatchObject({ status: 'paused', counts: { bounced: 11 } });
  });

  it('ignores other notification types', async () => {
    const w = world();
    expect(await applyFeedback(w, { notificationType: 'Delivery' })).toEqual([
      { kind: 'ignored', reason: 'not a bounce or complaint (Delivery)' },
    ]);
  });
});

describe('publishArticle', () => {
  it('sends each instant reader one alert for the article, naming every matching topic, and never again on republish', async () => {
    const w = world();
    const taxonomy = await loadTaxonomyFile();
    w.taxonomy = taxonomy;
    await w.subscribers.create(subscriber('h', { health: 'instant' }));
    await w.subscribers.create(subscriber('hi', { health: 'instant', industry: 'instant' }, 'en'));
    await w.subscribers.create(subscriber('d', { health: 'daily' }));
    await w.subscribers.create(subscriber('r', { robotics: 'instant' }));
    const { article } = parseArticle(readFileSync(SEED, 'utf8'), { file: SEED });
    const themes = classifyArticle(article!, taxonomy);
    const first = await publishArticle(w, article!, themes, '2025-01-20T02:00:00.000Z');
    expect(first).toMatchObject({ stored: true, sections: 4, alerts: 2, variants: 2 });
    const jobs = w.queue.take();
    const byRecipient = new Map<string, string[]>();
    for (const job of jobs)
      for (const r of job.recipients) byRecipient.set(r, [...(byRecipient.get(r) ?? []), job.editionId]);
    expect(byRecipient.get('h')).toEqual(['alert-ai-shanghai-2025']);
    // industry is in the lead, s1 and s2 and health in s2: still one alert, listing those three sections.
    expect(byRecipient.get('hi')).toEqual(['alert-ai-shanghai-2025']);
    expect(byRecipient.has('d')).toBe(false);
    expect(byRecipient.has('r')).toBe(false);
    expect(jobs.every((j) => j.list.kind === 'alerts')).toBe(true);
    expect(jobs.find((j) => j.recipients.includes('hi'))?.topics).toEqual(['health', 'industry']);
    const compiled = w.compileCalls.map((c) => c.data as AlertData);
    const both = compiled.find((d) => d.lang === 'en')!;
    expect(both.topics.map((t) => t.id).sort()).toEqual(['health', 'industry']);
    expect(both.items.map((i) => i.sectionId)).toEqual(['lead', 's1', 's2']);
    expect(
      both.items
        .find((i) => i.sectionId === 's2')
        ?.topics.map((t) => t.id)
        .sort(),
    ).toEqual(['health', 'industry']);
    expect(compiled.find((d) => d.lang === 'zh')!.items.map((i) => i.sectionId)).toEqual(['s2']);
    const again = await publishArticle(w, article!, themes, '2025-01-21T02:00:00.000Z');
    expect(again).toMatchObject({ stored: false, alerts: 0 });
    expect(w.queue.take()).toEqual([]);
  });
});

describe('publishArticle after a crash', () => {
  it('takes the publish up again: the alerts go out, once', async () => {
    const w = world();
    const taxonomy = await loadTaxonomyFile();
    w.taxonomy = taxonomy;
    await w.subscribers.create(subscriber('h', { health: 'instant' }));
    const { article } = parseArticle(readFileSync(SEED, 'utf8'), { file: SEED });
    const themes = classifyArticle(article!, taxonomy);
    const enqueue = w.queue.enqueue.bind(w.queue);
    w.queue.enqueue = async () => {
      throw new Error('the publisher died while queueing alerts');
    };
    await expect(publishArticle(w, article!, themes, '2025-01-20T02:00:00.000Z')).rejects.toThrow(/died/);
    w.queue.enqueue = enqueue;
    const retry = await publishArticle(w, article!, themes, '2025-01-20T03:00:00.000Z');
    expect(retry).toMatchObject({ stored: true, alerts: 1 });
    expect(w.queue.take().flatMap((j) => j.recipients)).toEqual(['h']);
    expect(await publishArticle(w, article!, themes, '2025-01-20T04:00:00.000Z')).toMatchObject({
      stored: false,
    });
  });
});

describe('TokenBucket', () => {
  it('never starts more sends in any one-second window than the rate', async () => {
    let now = 0;
    const starts: number[] = [];
    const bucket = new TokenBucket({
      ratePerSecond: 7,
      now: () => now,
      sleep: async (ms) => {
        now += ms;
      },
    });
    for (let i = 0; i < 50; i++) {
      await bucket.take();
      starts.push(now);
    }
    for (const t of starts)
      expect(starts.filter((s) => s >= t && s < t + 1000).length).toBeLessThanOrEqual(7);
    // …and keeps up with it: 50 sends take 49 intervals.
    expect(starts.at(-1)).toBeLessThan((49 * 1000) / 7 + 1);
  });
});
