import { beforeEach, describe, expect, it } from 'vitest';
import type { Subscriber } from '../../../functions/core/subscribers/types.ts';
import type { SubscriptionDeps } from '../../../functions/core/subscriptions/types.ts';
import {
  confirmSubscription,
  requestSubscription,
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
    mailer,
    renderer: new FakeRenderer(taxonomy),
    personalize: fakePersonalize,
    taxonomy,
    links: {
      confirm: (s) => `https://s.example/confirm?token=c-${s.id}`,
      manage: (s) => `https://s.example/preferences?token=m-${s.id}`,
      unsubscribe: (s, list) =>
        `https://s.example/unsubscribe?token=u-${s.id}-${list ? (list.kind === 'digest' ? list.cadence : 'alerts') : 'all'}`,
    },
    clock: new TestClock(),
    sender: { address: 'news@example.org' },
    newId: () => 'id-1',
  };
});

function seed(topics: Subscriber['topics'], status: Subscriber['status'] = 'active'): void {
  store.byId.set('s', {
    id: 's',
    email: 's@example.org',
    status,
    topics,
    lang: 'en',
    consent: { requestedAt: 'x', method: 'api', confirmedAt: 'y' },
    createdAt: 'x',
    updatedAt: 'x',
  });
}

describe('subscription use cases', () => {
  it('a concurrent create for the same address falls back to updating the stored record', async () => {
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
      topics: ['health'],
      cadence: 'instant',
      lang: 'zh',
      method: 'api',
    });
    expect(outcome).toBe('sent');
    expect(store.byId.size).toBe(1);
    expect(await store.get('s')).toMatchObject({
      topics: { ai: 'daily' },
      pending: { topics: { health: 'instant' } },
    });
    const mail = await readMail(mailer.sent[0]!);
    expect(mail.text).toContain('https://s.example/confirm?token=c-s');
  });

  it('confirmation drops topics that left the taxonomy since the request', async () => {
    seed({}, 'pending');
    await store.save({
      ...(await store.get('s'))!,
      pending: {
        topics: { ai: 'daily', retired: 'daily' },
        lang: 'zh',
        requestedAt: 'r',
        method: 'web-form',
      },
    });
    expect(await confirmSubscription(deps, 's')).toBe('confirmed');
    expect(await store.get('s')).toMatchObject({ status: 'active', topics: { ai: 'daily' }, lang: 'zh' });
    expect(await confirmSubscription(deps, 's')).toBe('already-confirmed');
    expect(await confirmSubscription(deps, 'missing')).toBe('unknown-subscriber');
  });

  it('a bounce after the request wins over the confirmation link', async () => {
    seed({}, 'bounced');
    await store.save({
      ...(await store.get('s'))!,
      pending: { topics: { ai: 'daily' }, lang: 'en', requestedAt: 'r', method: 'api' },
    });
    expect(await confirmSubscription(deps, 's')).toBe('suppressed');
    expect(await store.get('s')).toMatchObject({ status: 'bounced', topics: {} });
  });

  it('ending the alerts list removes every instant topic, and only those', async () => {
    seed({ health: 'instant', talent: 'instant', ai: 'daily' });
    expect(await unsubscribe(deps, 's', { kind: 'alerts' })).toBe('list-ended');
    expect((await store.get('s'))?.topics).toEqual({ ai: 'daily' });
    expect(await unsubscribe(deps, 's', { kind: 'alerts' })).toBe('list-ended');
    expect((await store.get('s'))?.topics).toEqual({ ai: 'daily' });
    expect(await unsubscribe(deps, 's', { kind: 'digest', cadence: 'daily' })).toBe('unsubscribed');
    expect(await store.get('s')).toMatchObject({ status: 'unsubscribed', topics: {} });
  });

  it('unsubscribing leaves bounced and complained statuses alone', async () => {
    seed({ ai: 'daily' }, 'complained');
    await unsubscribe(deps, 's', { kind: 'all' });
    expect((await store.get('s'))?.status).toBe('complained');
  });

  it('preferences need an active subscriber and drop unknown topics', async () => {
    seed({ ai: 'daily' }, 'pending');
    expect(await updatePreferences(deps, 's', { topics: { health: 'weekly' }, lang: 'en' })).toBe(
      'not-active',
    );
    seed({ ai: 'daily' });
    expect(
      await updatePreferences(deps, 's', { topics: { health: 'weekly', gone: 'daily' }, lang: 'zh' }),
    ).toBe('saved');
    expect(await store.get('s')).toMatchObject({
      topics: { health: 'weekly' },
      lang: 'zh',
      status: 'active',
    });
    expect(await updatePreferences(deps, 'nobody', { topics: {}, lang: 'en' })).toBe('unknown-subscriber');
  });
});
