// Edition status: the real planner and sender on the in-memory twins, read back by `tidings status` and
// `tidings editions --watch` (their run functions, with captured output), and `digest --again`.
import { describe, expect, it } from 'vitest';
import { runEditions, runStatusDetail, runStatusList } from '../../../functions/cli/commands/status.ts';
import { planDigest } from '../../../functions/core/delivery/plan.ts';
import { sendJob } from '../../../functions/core/delivery/send.ts';
import {
  editionTiming,
  formatDuration,
  formatRate,
  nextStep,
  progressBar,
  variantRows,
} from '../../../functions/core/desk/status.ts';
import { section, subscriber, world } from '../delivery/world.ts';

function capture() {
  const out: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => out.push(`ERR ${l}`) }, out };
}

async function plannedWorld() {
  const w = world(new Date('2025-01-20T00:00:00.000Z'));
  await w.content.publish('a', [section('a', 's1', ['health'], '2025-01-19T10:00:00.000Z')]);
  await w.content.publish('b', [section('b', 's1', ['talent'], '2025-01-19T11:00:00.000Z')]);
  // Two variants: zh readers of health (3), en readers of health + talent (2).
  for (const id of ['z1', 'z2', 'z3']) await w.subscribers.create(subscriber(id, { health: 'daily' }));
  for (const id of ['e1', 'e2'])
    await w.subscribers.create(subscriber(id, { health: 'daily', talent: 'daily' }, 'en'));
  const target = { ...w, where: 'the test world', timezone: 'Asia/Shanghai' };
  return { w, target };
}

async function sendAll(w: Awaited<ReturnType<typeof plannedWorld>>['w'], after?: () => void) {
  while (w.queue.jobs.length > 0) {
    await sendJob(w, w.queue.jobs.shift()!);
    after?.();
  }
}

describe('edition status', () => {
  it('lists recent editions with counts, duration and rate, and one edition in detail per variant', async () => {
    const { w, target } = await plannedWorld();
    const plan = await planDigest(w, 'daily');
    expect(plan.variants).toBe(2);
    w.clock.current = new Date('2025-01-20T00:00:30.000Z');
    // One zh reader left before the send: skipped, in its variant.
    await w.subscribers.setStatus('z3', 'unsubscribed', '2025-01-20T00:00:10.000Z');
    await sendAll(w);

    const list = capture();
    await runStatusList(target, 10, list.io);
    expect(list.out[0]).toBe('1 edition in the test world, newest first:');
    expect(list.out[1]).toMatch(/^EDITION\s+KIND\s+STATUS\s+PLANNED\s+SENT/);
    expect(list.out[2]).toMatch(
      /^daily-2025-01-20\s+daily digest\s+done\s+5\s+4\s+1\s+0\s+0\s+0\s+0\s+30 s\s+8\.0\/min$/,
    );

    const detail = capture();
    await runStatusDetail(target, plan.editionId, detail.io);
    const text = detail.out.join('\n');
    expect(text).toContain('daily-2025-01-20 — daily digest, done (the test world)');
    expect(text).toContain('planned 5, sent 4, skipped 1, failed 0, ambiguous 0, bounced 0, complained 0');
    expect(text).toContain(`progress: ${progressBar(1)}  5 of 5`);
    expect(text).toContain('2 variants:');
    expect(text).toMatch(/zh-Hans · health · 1 section\s+planned 3, sent 2, skipped 1, failed 0/);
    expect(text).toMatch(/en · health\+talent · 2 sections\s+planned 2, sent 2, skipped 0, failed 0/);
  });

  it('says which edition is missing, and what to run when none exists', async () => {
    const { target } = await plannedWorld();
    const empty = capture();
    await runStatusList(target, 10, empty.io);
    expect(empty.out).toEqual([
      'no edition yet in the test world: publish an article or run `tidings digest daily`',
    ]);
    await expect(runStatusDetail(target, 'daily-1999-01-01', capture().io)).rejects.toThrow(
      /no edition daily-1999-01-01 in the test world: `tidings status` lists the recent ones/,
    );
  });

  it('shows a paused edition with its reason and the command that resumes it', async () => {
    const { w, target } = await plannedWorld();
    const plan = await planDigest(w, 'daily');
    await w.editions.update(plan.editionId, { status: 'paused', pauseReason: 'daily sending quota reached' });
    const list = capture();
    await runStatusList(target, 10, list.io);
    expect(list.out).toContain('  paused: daily sending quota reached');
    expect(list.out).toContain(`  → when the cause is fixed: tidings resume ${plan.editionId}`);
  });

  it('--again plans the same window once more under a new id, so everyone gets it again', async () => {
    const { w } = await plannedWorld();
    const first = await planDigest(w, 'daily');
    await sendAll(w);
    expect((await planDigest(w, 'daily')).created).toBe(false);
    const again = await planDigest(w, 'daily', { again: true });
    expect(again).toMatchObject({ editionId: 'daily-2025-01-20-again-1', created: true, planned: 5 });
    await sendAll(w);
    expect((await w.editions.get(again.editionId))?.counts.sent).toBe(5);
    const stored = await w.editions.get(again.editionId);
    const original = await w.editions.get(first.editionId);
    expect([stored?.from, stored?.until]).toEqual([original?.from, original?.until]);
    expect((await planDigest(w, 'daily', { again: true })).editionId).toBe('daily-2025-01-20-again-2');
    // The next regular edition still starts where the first one ended: nothing is left out or mailed twice.
    w.clock.current = new Date('2025-01-21T00:00:00.000Z');
    expect((await planDigest(w, 'daily')).sections).toBe(0);
  });
});

describe('tidings editions --watch', () => {
  it('without a terminal prints a line each time a running edition changes, until it is done', async () => {
    const { w, target } = await plannedWorld();
    await planDigest(w, 'daily');
    const watched = capture();
    // Each poll sends one job: the watcher sees the edition move, then finish.
    await runEditions(target, watched.io, {
      tty: false,
      intervalMs: 1000,
      sleep: async () => {
        const job = w.queue.jobs.shift();
        if (job) await sendJob(w, job);
      },
    });
    expect(watched.out.length).toBeGreaterThanOrEqual(2);
    expect(watched.out[0]).toMatch(/^daily-2025-01-20 0% 0\/5 .* sending$/);
    expect(watched.out.at(-1)).toMatch(/^daily-2025-01-20 100% 5\/5 {2}sent 5, skipped 0, failed 0 .* done$/);
    expect(watched.out.every((l) => !l.includes('\x1b'))).toBe(true);
  });

  it('on a terminal redraws the bars in place', async () => {
    const { w, target } = await plannedWorld();
    await planDigest(w, 'daily');
    let drawn = '';
    await runEditions(target, capture().io, {
      tty: true,
      intervalMs: 1000,
      write: (t) => {
        drawn += t;
      },
      sleep: async () => sendAll(w),
    });
    expect(drawn).toContain(`\x1b[2Kdaily-2025-01-20`);
    expect(drawn).toContain(progressBar(0));
    expect(drawn).toContain('\x1b[1A'); // moved up over the first drawing
    expect(drawn).toContain(progressBar(1));
  });

  it('without --watch lists the newest when nothing is sending', async () => {
    const { w, target } = await plannedWorld();
    await planDigest(w, 'daily');
    await sendAll(w);
    const out = capture();
    await runEditions(target, out.io, undefined);
    expect(out.out[0]).toBe('no edition is sending in the test world; the newest:');
    expect(out.out[1]).toMatch(/^daily-2025-01-20\s+\[█+\] 100% 5\/5/);
  });
});

describe('status arithmetic', () => {
  const counts = { planned: 100, sent: 60, skipped: 0, failed: 0, ambiguous: 0, bounced: 0, complained: 0 };
  it('a running edition is timed to now, a finished one to its last change', () => {
    const now = new Date('2025-01-20T00:02:00.000Z');
    const base = { createdAt: '2025-01-20T00:00:00.000Z', updatedAt: '2025-01-20T00:01:00.000Z', counts };
    expect(editionTiming({ ...base, status: 'sending' }, now)).toEqual({
      durationMs: 120_000,
      perMinute: 30,
    });
    expect(editionTiming({ ...base, status: 'done' }, now)).toEqual({ durationMs: 60_000, perMinute: 60 });
    expect(
      editionTiming({ ...base, status: 'done', counts: { ...counts, sent: 0 } }, now).perMinute,
    ).toBeUndefined();
  });

  it('formats durations, rates and bars', () => {
    expect([
      formatDuration(850),
      formatDuration(42_000),
      formatDuration(200_000),
      formatDuration(7_500_000),
    ]).toEqual(['850 ms', '42 s', '3 min 20 s', '2 h 5 min']);
    expect([formatRate(undefined), formatRate(0.5), formatRate(1234.4)]).toEqual([
      '–',
      '0.5/min',
      '1,234/min',
    ]);
    expect(progressBar(0.5, 10)).toBe('[█████░░░░░]  50%');
  });

  it('joins variants with the ledger; deliveries of unknown variants are shown apart', () => {
    const v = { key: 'k1', locale: 'en', topics: ['health'], sections: 1, planned: 2 };
    const { rows, unrecorded } = variantRows([v], {
      k1: { sending: 0, sent: 2, skipped: 0, failed: 0 },
      '': { sending: 1, sent: 0, skipped: 0, failed: 0 },
    });
    expect(rows).toEqual([{ ...v, sending: 0, sent: 2, skipped: 0, failed: 0 }]);
    expect(unrecorded).toEqual({ sending: 1, sent: 0, skipped: 0, failed: 0 });
  });

  it('a sending edition with every outcome in asks for a recount', () => {
    expect(nextStep({ id: 'e', status: 'sending', counts: { ...counts, sent: 100 } })).toMatch(
      /tidings recount e/,
    );
    expect(nextStep({ id: 'e', status: 'done', counts })).toBeUndefined();
  });
});
