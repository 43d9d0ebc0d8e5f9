// The article lifecycle on the in-memory twins: first publication, corrections (no new alert, nothing mailed
// twice, every version kept), update alerts, scheduled publishing, the gate on every path, withdrawal.
import { describe, expect, it } from 'vitest';
import {
  MemoryArticleHistory,
  MemoryPublishScheduler,
  MemoryScheduledArticles,
} from '../../../functions/adapters/memory/desk-stores.ts';
import { parseArticle } from '../../../functions/core/article/parse.ts';
import type { Article } from '../../../functions/core/article/types.ts';
import { planDigest } from '../../../functions/core/delivery/plan.ts';
import type { DeskDeps } from '../../../functions/core/desk/publishing.ts';
import {
  listScheduled,
  publishScheduled,
  submitArticle,
  unscheduleArticle,
} from '../../../functions/core/desk/schedule.ts';
import { withdrawArticle } from '../../../functions/core/desk/withdraw.ts';
import type { SectionThemes } from '../../../functions/core/topics/types.ts';
import type { Diagnostic } from '../../../functions/core/types.ts';
import { subscriber, world } from '../delivery/world.ts';

function desk(now = '2025-01-20T08:00:00.000Z') {
  const w = world(new Date(now));
  const deps = {
    ...w,
    history: new MemoryArticleHistory(),
    scheduled: new MemoryScheduledArticles(),
    scheduler: new MemoryPublishScheduler(),
  } satisfies DeskDeps;
  return deps;
}

function article(extra: { front?: string; s1?: string; s2?: string | null } = {}): Article {
  const source = `---
slug: harbour-clinic
title: Harbour clinic opens
lang: en
${extra.front ?? ''}
---

# Harbour clinic opens

The harbour clinic opened on Monday with a new scanner.

## Patients

${extra.s1 ?? 'The clinic treats two hundred patients a week, most of them dock workers.'}
${
  extra.s2 === null
    ? ''
    : `
## Training

${extra.s2 ?? 'Nurses train on the scanner for six weeks before they use it alone.'}
`
}`;
  const { article: parsed, diagnostics } = parseArticle(source, { file: 'harbour-clinic.md' });
  if (!parsed) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return parsed;
}

/** Every section on health; the training section on talent too. */
const themesOf = (a: Article): SectionThemes[] =>
  [a.lead, ...a.sections].map((s) => ({
    sectionId: s.id,
    themes: [
      { topic: 'health', score: 10, paragraphs: [0], evidence: [] },
      ...(s.heading === 'Training' ? [{ topic: 'talent', score: 8, paragraphs: [0], evidence: [] }] : []),
    ],
  }));

const submit = (deps: DeskDeps, a: Article, by = 'alice', diagnostics: Diagnostic[] = []) =>
  submitArticle(deps, { article: a, themes: themesOf(a), diagnostics, source: 'harbour-clinic.md' }, { by });

async function readers(deps: ReturnType<typeof desk>) {
  await deps.subscribers.create(subscriber('instant-health', { health: 'instant' }, 'en'));
  await deps.subscribers.create(subscriber('daily-health', { health: 'daily' }, 'en'));
}

describe('publishing and correcting', () => {
  it('publishes once with alerts, then a correction replaces the text: no alert, no second digest, a version', async () => {
    const deps = desk();
    await readers(deps);
    const first = await submit(deps, article());
    expect(first).toMatchObject({ status: 'published', version: 1, sections: 3, alerts: 1 });
    expect(deps.queue.take().flatMap((j) => j.recipients)).toEqual(['instant-health']);

    // The daily digest goes out with the article.
    deps.clock.current = new Date('2025-01-21T00:00:00.000Z');
    const daily = await planDigest(deps, 'daily');
    expect(daily).toMatchObject({ sections: 3, planned: 1 });
    deps.queue.take();

    // A typo fixed the next morning, with a note.
    deps.clock.current = new Date('2025-01-21T09:30:00.000Z');
    const fixed = article({
      front: 'correction: The clinic treats two hundred patients a week, not two thousand.',
      s1: 'The clinic treats two hundred patients a week, most of them dock and ferry workers.',
    });
    const second = await submit(deps, fixed, 'bob');
    expect(second).toMatchObject({
      status: 'corrected',
      version: 2,
      changes: { changed: ['s1'], added: [], removed: [], page: [] },
    });
    expect(second).not.toHaveProperty('updateAlert');
    expect(deps.queue.take()).toEqual([]);

    const record = await deps.content.article('harbour-clinic');
    expect(record).toMatchObject({
      state: 'published',
      version: 2,
      publishedAt: '2025-01-20T08:00:00.000Z',
      updatedAt: '2025-01-21T09:30:00.000Z',
      correction: 'The clinic treats two hundred patients a week, not two thousand.',
    });
    const stored = await deps.content.sectionsOf('harbour-clinic');
    expect(stored.find((s) => s.sectionId === 's1')!.paragraphs[0]).toContain('ferry workers');
    expect(new Set(stored.map((s) => s.publishedAt))).toEqual(new Set(['2025-01-20T08:00:00.000Z']));

    // The next digest does not carry the corrected sections again.
    deps.clock.current = new Date('2025-01-22T00:00:00.000Z');
    expect(await planDigest(deps, 'daily')).toMatchObject({ sections: 0, planned: 0 });

    expect(await deps.history.versions('harbour-clinic')).toMatchObject([
      { version: 1, kind: 'published', by: 'alice', alerts: 1, sections: 3 },
      {
        version: 2,
        kind: 'corrected',
        by: 'bob',
        at: '2025-01-21T09:30:00.000Z',
        changes: { changed: ['s1'] },
        correction: 'The clinic treats two hundred patients a week, not two thousand.',
      },
    ]);
  });

  it('a republish of the same text changes nothing', async () => {
    const deps = desk();
    await submit(deps, article());
    expect(await submit(deps, article())).toMatchObject({ status: 'unchanged', version: 1 });
    expect(await deps.history.versions('harbour-clinic')).toHaveLength(1);
  });

  it('a correction that drops a section removes it from the archive and the record', async () => {
    const deps = desk();
    await submit(deps, article());
    const dropped = await submit(deps, article({ s2: null }));
    expect(dropped).toMatchObject({
      status: 'corrected',
      changes: { removed: ['s2'], changed: [], added: [] },
    });
    expect((await deps.content.sectionsOf('harbour-clinic')).map((s) => s.sectionId)).toEqual(['lead', 's1']);
    expect(await deps.content.article('harbour-clinic')).toMatchObject({ sectionCount: 2, version: 2 });
  });

  it('realert: true sends one update alert, marked with its reason, once per reason', async () => {
    const deps = desk();
    await readers(deps);
    await submit(deps, article());
    deps.queue.take();
    deps.compileCalls.length = 0;
    const reason = 'The scanner is an MRI scanner, not a CT scanner.';
    const update = await submit(
      deps,
      article({ front: `correction: ${reason}\nrealert: true`, s1: 'The MRI scanner arrived in March.' }),
    );
    expect(update).toMatchObject({ status: 'corrected', updateAlert: { sent: true, alerts: 1 } });
    const jobs = deps.queue.take();
    expect(jobs.flatMap((j) => j.recipients)).toEqual(['instant-health']);
    expect(jobs[0]!.editionId).toMatch(/^alert-harbour-clinic-update-/);
    expect(deps.compileCalls).toHaveLength(1);
    expect(deps.compileCalls[0]!.data).toMatchObject({ update: { note: reason } });

    // Another correction that keeps the same reason and flag sends nothing more.
    const again = await submit(
      deps,
      article({
        front: `correction: ${reason}\nrealert: true`,
        s1: 'The MRI scanner arrived in early March.',
      }),
    );
    expect(again).toMatchObject({ status: 'corrected', updateAlert: { sent: false } });
    expect(deps.queue.take()).toEqual([]);
    expect((await deps.history.versions('harbour-clinic')).map((v) => v.updateAlert)).toEqual([
      undefined,
      jobs[0]!.editionId,
      undefined,
    ]);
  });

  it('a front matter realert without a reason is refused by the parser', () => {
    const { article: parsed, diagnostics } = parseArticle('---\nrealert: true\n---\n# T\n\nText.\n', {
      file: 'x.md',
    });
    expect(parsed).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'realert-without-reason', line: 2 }),
    ]);
  });

  it('refuses a correction whose version moved meanwhile', async () => {
    const deps = desk();
    await submit(deps, article());
    const stale = (await deps.content.article('harbour-clinic'))!;
    await submit(deps, article({ s1: 'First correction.' }));
    const { correctArticle } = await import('../../../functions/core/desk/publishing.ts');
    const late = article({ s1: 'Second correction, written from the old version.' });
    const outcome = await correctArticle(deps, stale, late, themesOf(late), { by: 'carol' }, 'x');
    expect(outcome).toMatchObject({ status: 'conflict' });
    expect((await deps.content.sectionsOf('harbour-clinic'))[1]!.paragraphs[0]).toBe('First correction.');
  });
});

describe('scheduled publishing', () => {
  const later = 'publishAt: 2025-01-21T08:00:00+08:00';

  it('stores a future publishAt, lists it, and publishes it when the schedule fires', async () => {
    const deps = desk('2025-01-20T08:00:00.000Z');
    await readers(deps);
    expect(await submit(deps, article({ front: later }))).toEqual({
      status: 'scheduled',
      slug: 'harbour-clinic',
      publishAt: '2025-01-21T08:00:00+08:00',
    });
    expect(await deps.content.article('harbour-clinic')).toBeUndefined();
    expect(deps.queue.take()).toEqual([]);
    expect(deps.scheduler.schedules.get('harbour-clinic')).toEqual(new Date('2025-01-21T00:00:00.000Z'));
    expect(await listScheduled(deps)).toMatchObject([
      { slug: 'harbour-clinic', publishAt: '2025-01-21T00:00:00.000Z', by: 'alice', overdue: false },
    ]);

    // Fired too early (a moved schedule): nothing happens.
    expect(await publishScheduled(deps, 'harbour-clinic')).toMatchObject({ status: 'not-due' });
    deps.clock.current = new Date('2025-01-21T00:00:05.000Z');
    const fired = await publishScheduled(deps, 'harbour-clinic');
    expect(fired).toMatchObject({ status: 'published', alerts: 1 });
    expect(await deps.content.article('harbour-clinic')).toMatchObject({
      publishedAt: '2025-01-21T00:00:05.000Z',
    });
    expect(await deps.history.versions('harbour-clinic')).toMatchObject([
      { version: 1, by: 'alice', scheduled: { at: '2025-01-20T08:00:00.000Z', by: 'alice' } },
    ]);
    expect(await listScheduled(deps)).toEqual([]);
    // A second firing (a retry) finds nothing to do.
    expect(await publishScheduled(deps, 'harbour-clinic')).toMatchObject({ status: 'nothing-scheduled' });
  });

  it('a publishAt already past publishes at once', async () => {
    const deps = desk('2025-01-22T08:00:00.000Z');
    expect(await submit(deps, article({ front: later }))).toMatchObject({ status: 'published' });
    expect(deps.scheduler.schedules.size).toBe(0);
  });

  it('unschedule cancels it; publishing now drops a pending schedule', async () => {
    const deps = desk();
    await submit(deps, article({ front: later }));
    expect(await unscheduleArticle(deps, 'harbour-clinic')).toMatchObject({ slug: 'harbour-clinic' });
    expect(deps.scheduler.schedules.size).toBe(0);
    expect(await publishScheduled(deps, 'harbour-clinic')).toMatchObject({ status: 'nothing-scheduled' });
    expect(await unscheduleArticle(deps, 'harbour-clinic')).toBeUndefined();

    await submit(deps, article({ front: later }));
    expect(await submit(deps, article())).toMatchObject({
      status: 'published',
      unscheduled: '2025-01-21T08:00:00+08:00',
    });
    expect(await listScheduled(deps)).toEqual([]);
  });

  it('a scheduled correction replaces the text when it fires, without an alert', async () => {
    const deps = desk();
    await readers(deps);
    await submit(deps, article());
    deps.queue.take();
    await submit(deps, article({ front: later, s1: 'Corrected tomorrow morning.' }));
    expect((await deps.content.sectionsOf('harbour-clinic'))[1]!.paragraphs[0]).not.toBe(
      'Corrected tomorrow morning.',
    );
    deps.clock.current = new Date('2025-01-21T00:00:00.000Z');
    expect(await publishScheduled(deps, 'harbour-clinic')).toMatchObject({ status: 'corrected', version: 2 });
    expect((await deps.content.sectionsOf('harbour-clinic'))[1]!.paragraphs[0]).toBe(
      'Corrected tomorrow morning.',
    );
    expect(deps.queue.take()).toEqual([]);
  });
});

describe('the publish gate on every path', () => {
  const cut: Diagnostic = { severity: 'warning', code: 'cut-off-sentence', message: 'cut', line: 9 };

  it('holds an article instead of publishing or scheduling it, records the hold, and a later publish clears it', async () => {
    const deps = desk();
    expect(await submit(deps, article(), 'alice', [cut])).toMatchObject({
      status: 'held',
      blocking: [{ code: 'cut-off-sentence' }],
    });
    const later = article({ front: 'publishAt: 2025-01-21T08:00:00+08:00' });
    expect(await submit(deps, later, 'alice', [cut])).toMatchObject({ status: 'held' });
    expect(await deps.content.article('harbour-clinic')).toBeUndefined();
    expect(await listScheduled(deps)).toEqual([]);
    expect(await deps.content.held()).toMatchObject([
      { slug: 'harbour-clinic', source: 'harbour-clinic.md', diagnostics: [{ code: 'cut-off-sentence' }] },
    ]);

    // Accepted in the front matter: scheduled, and the hold is gone.
    const accepted = article({ front: 'publishAt: 2025-01-21T08:00:00+08:00\naccept: [cut-off-sentence]' });
    expect(await submit(deps, accepted, 'alice', [cut])).toMatchObject({ status: 'scheduled' });
    expect(await deps.content.held()).toEqual([]);
  });

  it('a schedule firing goes through the gate again', async () => {
    const deps = desk();
    await submit(deps, article({ front: 'publishAt: 2025-01-21T08:00:00+08:00' }));
    // What was stored now carries a warning nobody accepted (the parser learned something since).
    const entry = (await deps.scheduled.get('harbour-clinic'))!;
    await deps.scheduled.put({ ...entry, diagnostics: [cut] });
    deps.clock.current = new Date('2025-01-21T00:00:00.000Z');
    expect(await publishScheduled(deps, 'harbour-clinic')).toMatchObject({ status: 'held' });
    expect(await deps.content.article('harbour-clinic')).toBeUndefined();
    expect(await listScheduled(deps)).toEqual([]);
    expect((await deps.content.held()).map((h) => h.slug)).toEqual(['harbour-clinic']);
  });
});

describe('withdrawing', () => {
  it('takes the article out of the archive and later digests, records why, and lists what mailed it', async () => {
    const deps = desk();
    await readers(deps);
    await submit(deps, article());
    deps.clock.current = new Date('2025-01-21T00:00:00.000Z');
    await planDigest(deps, 'daily');
    deps.clock.current = new Date('2025-01-21T10:00:00.000Z');
    const outcome = await withdrawArticle(
      deps,
      'harbour-clinic',
      'Sources retracted the figures',
      'editor-in-chief',
    );
    expect(outcome).toMatchObject({ status: 'withdrawn', version: 2, sections: 3 });
    if (outcome.status !== 'withdrawn') throw new Error('not withdrawn');
    expect(outcome.mailed.map((m) => [m.kind, m.edition.id])).toEqual([
      ['alert', 'alert-harbour-clinic'],
      ['digest', 'daily-2025-01-21'],
    ]);
    expect(await deps.content.sectionsOf('harbour-clinic')).toEqual([]);
    expect(
      await deps.content.sectionsBetween('2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z'),
    ).toEqual([]);
    expect(await deps.content.article('harbour-clinic')).toMatchObject({
      state: 'withdrawn',
      withdrawn: { by: 'editor-in-chief', reason: 'Sources retracted the figures' },
    });
    expect((await deps.history.versions('harbour-clinic')).at(-1)).toMatchObject({
      kind: 'withdrawn',
      reason: 'Sources retracted the figures',
    });

    // Again: nothing more to do, same answer.
    expect(await withdrawArticle(deps, 'harbour-clinic', 'again', 'x')).toMatchObject({
      status: 'already-withdrawn',
      version: 2,
    });
    // Publishing it again restores it, without alerting.
    deps.queue.take();
    expect(await submit(deps, article({ s1: 'Figures checked again.' }))).toMatchObject({
      status: 'restored',
      version: 3,
    });
    expect(deps.queue.take()).toEqual([]);
    expect(await deps.content.sectionsOf('harbour-clinic')).toHaveLength(3);
  });

  it('needs a reason, and says when the article is only scheduled', async () => {
    const deps = desk();
    await expect(withdrawArticle(deps, 'harbour-clinic', '  ', 'x')).rejects.toThrow(/reason/);
    await submit(deps, article({ front: 'publishAt: 2025-01-21T08:00:00+08:00' }));
    expect(await withdrawArticle(deps, 'harbour-clinic', 'no', 'x')).toEqual({
      status: 'not-published',
      slug: 'harbour-clinic',
      scheduled: '2025-01-21T08:00:00+08:00',
    });
  });
});
