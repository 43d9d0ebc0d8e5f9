import { beforeEach, describe, expect, it } from 'vitest';
import { MemorySendLimits } from '../../../functions/adapters/memory/send-limits.ts';
import { pauseEnd } from '../../../functions/core/subscribers/lifecycle.ts';
import type { Subscriber } from '../../../functions/core/subscribers/types.ts';
import type { SubscriptionDeps } from '../../../functions/core/subscriptions/types.ts';
import {
  confirmSubscription,
  pauseSubscription,
  requestSubscription,
  resumeSubscription,
  runHousekeeping,
  undoUnsubscribe,
  unsubscribe,
  updatePreferences,
} from '../../../functions/core/subscriptions/use-cases.ts';
import {
  CapturingMailer,
  FakeRenderer,
  FakeStore,
  fakePersonalize,
  makeTaxonomy,
  readMail,
  TestClock,
} from './fakes.ts';

let store: FakeStore;
let mailer: CapturingMailer;
let deps: SubscriptionDeps;
const taxonomy = makeTaxonomy();

beforeEach(() => {
  store = new FakeStore();
  mailer = new CapturingMailer();
  deps = {
    store,
    limits: new MemorySendLimits(),
    mailer,
    renderer: new FakeRenderer(taxonomy),
    personalize: fakePersonalize,
    taxonomy,
    links: {
      confirm: (s, nonce) => `https://s.example/confirm?token=c-${s.id}-${nonce}`,
      manage: (s) => `https://s.example/preferences?token=m-${s.id}`,
      unsubscribe: (s, list) =>
        `https://s.example/unsubscribe?token=u-${s.id}-${list ? (list.kind === 'digest' ? list.cadence : 'alerts') : 'all'}`,
    },
    clock: new TestClock(),
    sender: { address: 'news@example.org' },
    newId: () => 'id-1',
  };
});

function seed(
  topics: Subscriber['topics'],
  status: Subscriber['status'] = 'active',
  patch: Partial<Subscriber> = {},
): void {
  store.seed({
    id: 's',
    email: 's@example.org',
    status,
    topics,
    locale: 'en',
    contentLangs: ['en'],
    consent: { requestedAt: 'x', method: 'api', confirmedAt: 'y' },
    createdAt: 'x',
    updatedAt: 'x',
    version: 0,
    ...patch,
  });
}

const pendingRequest = (topics: Subscriber['topics'], nonce = 'n1') => ({
  nonce,
  topics,
  locale: 'zh-Hans' as const,
  contentLangs: ['zh' as const],
  requestedAt: '2026-01-10T07:00:00.000Z',
  expiresAt: '2026-01-17T07:00:00.000Z',
  method: 'web-form',
});

describe('subscription use cases', () => {
  it('a concurrent create for the same address falls back to the stored record (its topics merge on confirm)', async () => {
    const racing = Object.create(store) as FakeStore;
    let first = true;
    racing.getByEmail = async (email) => {
      if (first) {
        first = false;
        // Another request creates the address between our read and our create.
        seed({ ai: 'daily' });
        return undefined;
      }
      return store.getByEmail(email);
    };
    deps.store = racing;
    const outcome = await requestSubscription(deps, {
      email: 's@example.org',
      topics: { health: 'instant' },
      locale: 'zh-Hans',
      contentLangs: ['zh'],
      method: 'api',
    });
    expect(outcome).toBe('already-subscribed-sent');
    expect(store.all()).toHaveLength(1);
    expect(await store.get('s')).toMatchObject({
      topics: { ai: 'daily' },
      pending: { topics: { health: 'instant' } },
    });
    const mail = await readMail(mailer.sent[0]!);
    expect(mail.text).toContain('https://s.example/confirm?token=c-s-');
  });

  it('confirmation drops topics that left the taxonomy since the request', async () => {
    seed({}, 'pending', { pending: pendingRequest({ ai: 'daily', retired: 'daily' }) });
    expect((await confirmSubscription(deps, 's', 'n1')).outcome).toBe('confirmed');
    expect(await store.get('s')).toMatchObject({
      status: 'active',
      topics: { ai: 'daily' },
      locale: 'zh-Hans',
    });
    expect((await confirmSubscription(deps, 's', 'n1')).outcome).toBe('used');
    expect((await confirmSubscription(deps, 'missing', 'n1')).outcome).toBe('unknown-subscriber');
  });

  it('a bounce after the request wins over the confirmation link', async () => {
    seed({}, 'bounced', { pending: pendingRequest({ ai: 'daily' }) });
    expect((await confirmSubscription(deps, 's', 'n1')).outcome).toBe('suppressed');
    expect(await store.get('s')).toMatchObject({ status: 'bounced', topics: {} });
  });

  it('ending the alerts list removes every instant topic, and only those; undo restores the last stop', async () => {
    seed({ health: 'instant', talent: 'instant', ai: 'daily' });
    expect((await unsubscribe(deps, 's', { kind: 'alerts' })).outcome).toBe('list-ended');
    expect((await store.get('s'))?.topics).toEqual({ ai: 'daily' });
    expect((await unsubscribe(deps, 's', { kind: 'alerts' })).outcome).toBe('list-ended');
    expect((await store.get('s'))?.topics).toEqual({ ai: 'daily' });
    const last = await unsubscribe(deps, 's', { kind: 'digest', cadence: 'daily' });
    expect(last.outcome).toBe('unsubscribed');
    expect(last.stopped).toMatchObject({ scope: 'digest:daily', topics: { ai: 'daily' } });
    expect(await store.get('s')).toMatchObject({ status: 'unsubscribed', topics: {} });
    expect((await undoUnsubscribe(deps, 's', last.stopped!.id)).outcome).toBe('restored');
    expect(await store.get('s')).toMatchObject({ status: 'active', topics: { ai: 'daily' } });
  });

  it('unsubscribing leaves bounced and complained statuses alone', async () => {
    seed({ ai: 'daily' }, 'complained');
    await unsubscribe(deps, 's', { kind: 'all' });
    expect((await store.get('s'))?.status).toBe('complained');
  });

  it('preferences need an active or paused subscriber, drop unknown topics and refuse an empty choice', async () => {
    seed({ ai: 'daily' }, 'pending');
    const input = {
      topics: { health: 'weekly' as const },
      locale: 'en' as const,
      contentLangs: ['en' as const],
    };
    expect((await updatePreferences(deps, 's', input)).outcome).toBe('not-active');
    seed({ ai: 'daily' });
    const saved = await updatePreferences(deps, 's', {
      topics: { health: 'weekly', gone: 'daily' },
      locale: 'zh-Hant',
      contentLangs: ['zh'],
    });
    expect(saved.outcome).toBe('saved');
    expect(saved.subscriber).toMatchObject({
      topics: { health: 'weekly' },
      locale: 'zh-Hant',
      status: 'active',
    });
    expect((await updatePreferences(deps, 's', { ...input, topics: {} })).outcome).toBe('no-topics');
    expect((await updatePreferences(deps, 'nobody', input)).outcome).toBe('unknown-subscriber');
  });

  it('a one-click unsubscribe between a save’s read and its write wins: the save re-reads and re-applies', async () => {
    seed({ ai: 'daily' });
    const racing = Object.create(store) as FakeStore;
    let raced = false;
    racing.update = async (read, next) => {
      if (!raced) {
        raced = true;
        // The reader's mail provider posts the one-click unsubscribe while the preference save is in flight.
        await unsubscribe({ ...deps, store }, 's', { kind: 'all' });
      }
      return store.update(read, next);
    };
    const saved = await updatePreferences({ ...deps, store: racing }, 's', {
      topics: { ai: 'weekly', health: 'daily' },
      locale: 'en',
      contentLangs: ['en'],
    });
    expect(saved.outcome).toBe('not-active');
    expect(await store.get('s')).toMatchObject({ status: 'unsubscribed', topics: {}, version: 1 });
  });

  it('pause keeps a reader out of the audience; the sweep before planning brings them back when it ends', async () => {
    seed({ ai: 'daily' });
    const clock = deps.clock as TestClock;
    expect((await pauseSubscription(deps, 's', pauseEnd(clock.now(), 1))).outcome).toBe('paused');
    const audience = async () => {
      const ids: string[] = [];
      for await (const page of store.audience('daily')) ids.push(...page.map((s) => s.id));
      return ids;
    };
    expect(await audience()).toEqual([]);
    clock.advance(6 * 86_400);
    expect(await runHousekeeping({ store, clock })).toEqual({ resumed: 0, requestsExpired: 0 });
    expect(await audience()).toEqual([]);
    clock.advance(86_400);
    expect(await runHousekeeping({ store, clock })).toEqual({ resumed: 1, requestsExpired: 0 });
    expect(await audience()).toEqual(['s']);
    expect((await resumeSubscription(deps, 's')).outcome).toBe('not-paused');
  });
});
