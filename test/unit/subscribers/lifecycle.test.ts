// The subscriber rules as pure functions (core/subscribers/lifecycle.ts): merge, confirm-token binding, pause,
// unsubscribe and its undo, housekeeping. No store: each test is (record, input, time) → (record, outcome).
import { describe, expect, it } from 'vitest';
import {
  applyConfirmation,
  applyHousekeeping,
  applyPause,
  applyPreferences,
  applyResume,
  applyUndo,
  applyUnsubscribe,
  decideRequest,
  pauseEnd,
} from '../../../functions/core/subscribers/lifecycle.ts';
import type { RequestInput, Subscriber } from '../../../functions/core/subscribers/types.ts';

const now = new Date('2026-01-10T08:00:00.000Z');
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);
const known = (topic: string) => ['ai', 'health', 'talent'].includes(topic);

const reader = (patch: Partial<Subscriber> = {}): Subscriber => ({
  id: 's',
  email: 's@example.org',
  status: 'active',
  topics: { health: 'daily' },
  locale: 'en',
  contentLangs: ['en'],
  consent: {
    requestedAt: '2026-01-01T00:00:00.000Z',
    method: 'web-form',
    confirmedAt: '2026-01-01T00:05:00.000Z',
    request: 'first',
  },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:05:00.000Z',
  version: 3,
  ...patch,
});

const request = (patch: Partial<RequestInput> = {}): RequestInput => ({
  email: 's@example.org',
  topics: { talent: 'instant', health: 'weekly' },
  locale: 'zh-Hans',
  contentLangs: ['zh', 'en'],
  method: 'web-form',
  source: '203.0.113.0/24',
  ...patch,
});

const ctx = (nonce = 'n2') => ({ now, nonce, newId: 'new' });

describe('a subscribe request', () => {
  it('for a new address creates a pending subscriber that is deleted with its request after 7 days', () => {
    const d = decideRequest(undefined, request(), ctx());
    expect(d.kind).toBe('confirm');
    if (d.kind !== 'confirm') return;
    expect(d.create).toBe(true);
    expect(d.next).toMatchObject({ id: 'new', status: 'pending', topics: {}, version: 0 });
    expect(d.next.pending).toMatchObject({
      nonce: 'n2',
      topics: request().topics,
      expiresAt: '2026-01-17T08:00:00.000Z',
    });
    expect(d.next.deleteAfter).toBe('2026-01-17T08:00:00.000Z');
  });

  it('from an active reader changes nothing now and asks to add only the topics not followed yet', () => {
    const d = decideRequest(reader(), request(), ctx());
    expect(d.kind).toBe('already-subscribed');
    if (d.kind !== 'already-subscribed') return;
    expect(d.added).toEqual({ talent: 'instant' });
    expect(d.next?.topics).toEqual({ health: 'daily' });
    expect(d.next?.pending?.topics).toEqual({ talent: 'instant' });
    expect(d.next?.status).toBe('active');
  });

  it('from an active reader that adds nothing stores nothing, but voids an older pending request', () => {
    const same = request({ topics: { health: 'instant' } });
    const nothing = decideRequest(reader(), same, ctx());
    expect(nothing).toMatchObject({ kind: 'already-subscribed', added: {} });
    expect('next' in nothing).toBe(false);
    const d = decideRequest(reader({ pending: decideRequestPending() }), same, ctx());
    if (d.kind !== 'already-subscribed') throw new Error();
    expect(d.next).toBeDefined();
    expect(d.next?.pending).toBeUndefined();
  });

  it('replaces the request of a pending or unsubscribed address (a new nonce voids the older link)', () => {
    for (const status of ['pending', 'unsubscribed'] as const) {
      const current = reader({ status, topics: {}, pending: decideRequestPending() });
      const d = decideRequest(current, request(), ctx('n3'));
      expect(d.kind).toBe('confirm');
      if (d.kind === 'confirm') expect(d.next.pending?.nonce).toBe('n3');
    }
  });

  it('for a bounced or complained address does nothing', () => {
    expect(decideRequest(reader({ status: 'bounced' }), request(), ctx()).kind).toBe('suppressed');
    expect(decideRequest(reader({ status: 'complained' }), request(), ctx()).kind).toBe('suppressed');
  });
});

function decideRequestPending() {
  const d = decideRequest(undefined, request(), ctx('old'));
  if (d.kind !== 'confirm') throw new Error('expected a pending request');
  return d.next.pending!;
}

describe('confirmation', () => {
  it('applies exactly the request its nonce names, once', () => {
    const d = decideRequest(undefined, request(), ctx('n2'));
    if (d.kind !== 'confirm') throw new Error();
    const wrong = applyConfirmation(d.next, 'other', now, known);
    expect(wrong).toEqual({ outcome: 'expired' });
    const done = applyConfirmation(d.next, 'n2', now, known);
    expect(done.outcome).toBe('confirmed');
    expect(done.next).toMatchObject({
      status: 'active',
      topics: { talent: 'instant', health: 'weekly' },
      locale: 'zh-Hans',
      contentLangs: ['zh', 'en'],
      consent: { request: 'n2', confirmedAt: now.toISOString(), source: '203.0.113.0/24' },
    });
    expect(done.next?.pending).toBeUndefined();
    expect(done.next?.deleteAfter).toBeUndefined();
    expect(applyConfirmation(done.next!, 'n2', now, known)).toEqual({ outcome: 'used' });
  });

  it('merges into an active reader: adds, never replaces, keeps their cadences and languages', () => {
    const d = decideRequest(reader(), request(), ctx('n2'));
    if (d.kind !== 'already-subscribed') throw new Error();
    const done = applyConfirmation(d.next!, 'n2', now, known);
    expect(done.next).toMatchObject({
      topics: { health: 'daily', talent: 'instant' },
      locale: 'en',
      contentLangs: ['en'],
    });
  });

  it('a replayed link after unsubscribe and a third party’s new request confirms nothing (issue 16 #2)', () => {
    const first = decideRequest(undefined, request(), ctx('mine'));
    if (first.kind !== 'confirm') throw new Error();
    const active = applyConfirmation(first.next, 'mine', now, known).next!;
    const gone = applyUnsubscribe(active, { kind: 'all' }, now, 'stop1').next!;
    const third = decideRequest(gone, request({ topics: { ai: 'daily' } }), ctx('theirs'));
    if (third.kind !== 'confirm') throw new Error();
    expect(applyConfirmation(third.next, 'mine', now, known)).toEqual({ outcome: 'used' });
    expect(applyConfirmation(third.next, 'theirs', now, known).outcome).toBe('confirmed');
  });

  it('an unsubscribe drops the pending request: its link then confirms nothing', () => {
    const d = decideRequest(reader(), request(), ctx('n2'));
    if (d.kind !== 'already-subscribed') throw new Error();
    const after = applyUnsubscribe(d.next!, { kind: 'digest', cadence: 'daily' }, now, 'stop').next!;
    expect(applyConfirmation(after, 'n2', now, known)).toEqual({ outcome: 'expired' });
  });

  it('an expired request confirms nothing; a bounce wins over the link', () => {
    const d = decideRequest(undefined, request(), ctx('n2'));
    if (d.kind !== 'confirm') throw new Error();
    expect(applyConfirmation(d.next, 'n2', later(7), known)).toEqual({ outcome: 'expired' });
    expect(applyConfirmation({ ...d.next, status: 'bounced' }, 'n2', now, known)).toEqual({
      outcome: 'suppressed',
    });
  });
});

describe('preferences', () => {
  it('refuses an empty choice instead of unsubscribing', () => {
    expect(
      applyPreferences(reader(), { topics: {}, locale: 'en', contentLangs: ['en'] }, now, known),
    ).toEqual({ outcome: 'no-topics' });
    expect(
      applyPreferences(
        reader(),
        { topics: { gone: 'daily' }, locale: 'en', contentLangs: ['en'] },
        now,
        known,
      ),
    ).toEqual({ outcome: 'no-topics' });
    expect(
      applyPreferences(reader(), { topics: { ai: 'daily' }, locale: 'en', contentLangs: [] }, now, known),
    ).toEqual({ outcome: 'no-languages' });
  });

  it('saves topics, locale and content languages; a paused reader stays paused', () => {
    const paused = applyPause(reader(), pauseEnd(now, 2), now).next!;
    const saved = applyPreferences(
      paused,
      { topics: { ai: 'weekly' }, locale: 'zh-Hant', contentLangs: ['zh'] },
      now,
      known,
    );
    expect(saved.next).toMatchObject({
      status: 'paused',
      topics: { ai: 'weekly' },
      locale: 'zh-Hant',
      contentLangs: ['zh'],
    });
    expect(
      applyPreferences(
        reader({ status: 'unsubscribed' }),
        { topics: { ai: 'daily' }, locale: 'en', contentLangs: ['en'] },
        now,
        known,
      ),
    ).toEqual({ outcome: 'not-active' });
  });
});

describe('pause', () => {
  it('pauses for 1, 2 or 4 weeks or until a date, and resumes by itself once the time has come', () => {
    const paused = applyPause(reader(), pauseEnd(now, 4), now);
    expect(paused.next).toMatchObject({
      status: 'paused',
      pause: { since: now.toISOString(), until: '2026-02-07T08:00:00.000Z' },
    });
    expect(applyHousekeeping(paused.next!, later(27))).toEqual({ outcome: 'nothing-due' });
    const resumed = applyHousekeeping(paused.next!, later(28));
    expect(resumed.outcome).toBe('resumed');
    expect(resumed.next).toMatchObject({ status: 'active', topics: { health: 'daily' } });
    expect(resumed.next?.pause).toBeUndefined();
  });

  it('refuses a date in the past or more than a year away; only active or paused readers pause', () => {
    expect(applyPause(reader(), '2026-01-01T00:00:00.000Z', now)).toEqual({ outcome: 'invalid-until' });
    expect(applyPause(reader(), later(366).toISOString(), now)).toEqual({ outcome: 'invalid-until' });
    expect(applyPause(reader(), 'soon', now)).toEqual({ outcome: 'invalid-until' });
    expect(applyPause(reader({ status: 'unsubscribed' }), pauseEnd(now, 1), now)).toEqual({
      outcome: 'not-active',
    });
  });

  it('can be ended early; changing it keeps when it began', () => {
    const paused = applyPause(reader(), pauseEnd(now, 1), now).next!;
    expect(applyPause(paused, pauseEnd(later(1), 2), later(1)).next?.pause?.since).toBe(now.toISOString());
    expect(applyResume(paused, later(2)).next).toMatchObject({ status: 'active' });
    expect(applyResume(reader(), now)).toEqual({ outcome: 'not-paused' });
  });
});

describe('unsubscribe and undo', () => {
  it('records what it stopped; undo restores exactly that, once', () => {
    const r = reader({ topics: { health: 'daily', ai: 'instant', talent: 'weekly' } });
    const ended = applyUnsubscribe(r, { kind: 'digest', cadence: 'daily' }, now, 'stop1');
    expect(ended.outcome).toBe('list-ended');
    expect(ended.stopped).toMatchObject({
      id: 'stop1',
      scope: 'digest:daily',
      topics: { health: 'daily' },
      status: 'active',
    });
    expect(ended.next?.topics).toEqual({ ai: 'instant', talent: 'weekly' });
    const all = applyUnsubscribe(ended.next!, { kind: 'all' }, now, 'stop2');
    expect(all.next).toMatchObject({ status: 'unsubscribed', topics: {} });
    expect(applyUndo(all.next!, 'stop1', now)).toEqual({ outcome: 'nothing-to-undo' });
    const undone = applyUndo(all.next!, 'stop2', now);
    expect(undone.next).toMatchObject({ status: 'active', topics: { ai: 'instant', talent: 'weekly' } });
    expect(undone.next?.stopped).toBeUndefined();
    expect(applyUndo(undone.next!, 'stop2', now)).toEqual({ outcome: 'nothing-to-undo' });
  });

  it('an undo brings a pause back while it lasts, and active once it has ended', () => {
    const paused = applyPause(reader(), pauseEnd(now, 1), now).next!;
    const gone = applyUnsubscribe(paused, { kind: 'all' }, now, 'stop').next!;
    expect(gone.pause).toBeUndefined();
    expect(applyUndo(gone, 'stop', later(3)).next).toMatchObject({ status: 'paused', pause: paused.pause });
    expect(applyUndo(gone, 'stop', later(8)).next).toMatchObject({ status: 'active' });
  });

  it('leaves bounced and complained alone; a repeated unsubscribe keeps the undo', () => {
    expect(applyUnsubscribe(reader({ status: 'complained' }), { kind: 'all' }, now, 'x')).toEqual({
      outcome: 'unsubscribed',
    });
    const gone = applyUnsubscribe(reader(), { kind: 'all' }, now, 'stop').next!;
    expect(applyUnsubscribe(gone, { kind: 'all' }, now, 'again')).toEqual({ outcome: 'unsubscribed' });
    expect(applyUndo({ ...gone, status: 'bounced' }, 'stop', now)).toEqual({ outcome: 'suppressed' });
  });
});

describe('housekeeping', () => {
  it('removes an expired pending request from a reader who stays', () => {
    const d = decideRequest(reader(), request(), ctx());
    if (d.kind !== 'already-subscribed') throw new Error();
    expect(applyHousekeeping(d.next!, later(6))).toEqual({ outcome: 'nothing-due' });
    const swept = applyHousekeeping(d.next!, later(7));
    expect(swept.outcome).toBe('request-expired');
    expect(swept.next?.pending).toBeUndefined();
    expect(swept.next?.topics).toEqual({ health: 'daily' });
  });
});
