// Subscription use cases over injected ports: double opt-in subscribe, confirm, preferences, unsubscribe.
import type { Subscriber, TopicCadences } from '../subscribers/types.ts';
import type { TopicId } from '../types.ts';
import {
  CONFIRMATION_WINDOW_SECONDS,
  type ConfirmOutcome,
  type PreferencesOutcome,
  type PreferencesUpdate,
  type SubscribeOutcome,
  type SubscribeRequest,
  type SubscriptionDeps,
  type UnsubscribeOutcome,
  type UnsubscribeScope,
} from './types.ts';

/** Statuses we never mail again from a web form: the address bounced or its owner reported us as spam. */
const SUPPRESSED = new Set<Subscriber['status']>(['bounced', 'complained']);

/**
 * Records the request as pending and sends one confirmation email — unless one went to this address in the
 * last 10 minutes (then nothing is stored or sent). An active subscriber's topics stay as they are until the
 * owner confirms; the email carries only taxonomy names, never text from the request.
 */
export async function requestSubscription(
  deps: SubscriptionDeps,
  request: SubscribeRequest,
): Promise<SubscribeOutcome> {
  const now = deps.clock.now();
  const at = now.toISOString();
  let existing = await deps.store.getByEmail(request.email);
  if (existing && SUPPRESSED.has(existing.status)) return 'suppressed';
  if (!existing && (await deps.suppression?.isSuppressed(request.email))) return 'suppressed';
  if (!(await deps.store.claimConfirmationSlot(request.email, CONFIRMATION_WINDOW_SECONDS, now)))
    return 'throttled';

  const topics: TopicCadences = {};
  for (const id of request.topics) topics[id] = request.cadence;
  const pending = {
    topics,
    lang: request.lang,
    requestedAt: at,
    method: request.method,
    ...(request.source ? { source: request.source } : {}),
  };

  let subscriber: Subscriber | undefined;
  if (!existing) {
    const created: Subscriber = {
      id: (deps.newId ?? (() => crypto.randomUUID()))(),
      email: request.email,
      status: 'pending',
      topics: {},
      lang: request.lang,
      consent: {
        requestedAt: at,
        method: request.method,
        ...(request.source ? { source: request.source } : {}),
      },
      createdAt: at,
      updatedAt: at,
      pending,
    };
    if (await deps.store.create(created)) subscriber = created;
    // Lost a race with a concurrent request for the same address: fall back to updating that record.
    else existing = await deps.store.getByEmail(request.email);
  }
  if (!subscriber) {
    if (!existing) throw new Error('subscriber vanished between create and read');
    subscriber = { ...existing, pending, updatedAt: at };
    await deps.store.save(subscriber);
  }

  const compiled = await deps.renderer.render(request.lang, request.topics);
  const email = deps.personalize(compiled, {
    confirmUrl: deps.links.confirm(subscriber),
    manageUrl: deps.links.manage(subscriber),
    unsubscribeUrl: deps.links.unsubscribe(subscriber),
  });
  // Transactional and on no list: SES composes it, so the subscription function carries no MIME composer.
  await deps.mailer.send({
    from: deps.sender,
    to: subscriber.email,
    subject: email.subject,
    html: email.html,
    text: email.text,
    tags: { kind: 'confirmation' },
  });
  return 'sent';
}

/** Applies the pending request: topics, language and consent; the subscriber becomes active. */
export async function confirmSubscription(
  deps: SubscriptionDeps,
  subscriberId: string,
): Promise<ConfirmOutcome> {
  const subscriber = await deps.store.get(subscriberId);
  if (!subscriber) return 'unknown-subscriber';
  // A bounce or complaint that arrived after the request wins over the old confirmation link.
  if (SUPPRESSED.has(subscriber.status)) return 'suppressed';
  const { pending } = subscriber;
  // Clicking an old link twice, or after a later confirmation already applied it, is harmless.
  if (!pending) return subscriber.status === 'active' ? 'already-confirmed' : 'unknown-subscriber';
  const at = deps.clock.now().toISOString();
  const { pending: _applied, ...rest } = subscriber;
  await deps.store.save({
    ...rest,
    status: 'active',
    topics: knownTopics(deps, pending.topics),
    lang: pending.lang,
    consent: {
      requestedAt: pending.requestedAt,
      method: pending.method,
      ...(pending.source ? { source: pending.source } : {}),
      confirmedAt: at,
    },
    updatedAt: at,
  });
  return 'confirmed';
}

/** Topics removed from the taxonomy since the request are dropped rather than stored. */
function knownTopics(deps: SubscriptionDeps, topics: TopicCadences): TopicCadences {
  const kept: TopicCadences = {};
  for (const [id, cadence] of Object.entries(topics)) {
    if (cadence && deps.taxonomy.byId.has(id)) kept[id] = cadence;
  }
  return kept;
}

/** Saves topics (each with its cadence) and language; keeping no topic means unsubscribing from everything. */
export async function updatePreferences(
  deps: SubscriptionDeps,
  subscriberId: string,
  update: PreferencesUpdate,
): Promise<PreferencesOutcome> {
  const subscriber = await deps.store.get(subscriberId);
  if (!subscriber) return 'unknown-subscriber';
  if (subscriber.status !== 'active') return 'not-active';
  const topics = knownTopics(deps, update.topics);
  const at = deps.clock.now().toISOString();
  const nothingLeft = Object.keys(topics).length === 0;
  await deps.store.save({
    ...subscriber,
    topics,
    lang: update.lang,
    status: nothingLeft ? 'unsubscribed' : 'active',
    updatedAt: at,
  });
  return nothingLeft ? 'unsubscribed' : 'saved';
}

/**
 * Ends one list (a digest cadence: every topic at that cadence; alerts: every topic at `instant`) or everything. Idempotent; when no topic remains the subscriber is unsubscribed.
 */
export async function unsubscribe(
  deps: SubscriptionDeps,
  subscriberId: string,
  scope: UnsubscribeScope,
): Promise<UnsubscribeOutcome> {
  const subscriber = await deps.store.get(subscriberId);
  if (!subscriber) return 'unknown-subscriber';
  const at = deps.clock.now().toISOString();
  if (scope.kind === 'all') {
    // Bounced/complained stay as they are: those statuses say more than "unsubscribed". A pending request is
    // dropped so an old confirmation link cannot bring the address back.
    const { pending: _dropped, ...rest } = subscriber;
    const status =
      subscriber.status === 'active' || subscriber.status === 'pending' ? 'unsubscribed' : subscriber.status;
    const changed =
      status !== subscriber.status || Object.keys(subscriber.topics).length > 0 || subscriber.pending;
    if (changed) await deps.store.save({ ...rest, status, topics: {}, updatedAt: at });
    return 'unsubscribed';
  }
  const topics: TopicCadences = {};
  for (const [id, cadence] of Object.entries(subscriber.topics) as [TopicId, TopicCadences[string]][]) {
    if (!cadence) continue;
    const ended = scope.kind === 'digest' ? cadence === scope.cadence : cadence === 'instant';
    if (!ended) topics[id] = cadence;
  }
  const nothingLeft = Object.keys(topics).length === 0;
  const status = nothingLeft && subscriber.status === 'active' ? 'unsubscribed' : subscriber.status;
  if (status !== subscriber.status || Object.keys(topics).length !== Object.keys(subscriber.topics).length) {
    await deps.store.save({ ...subscriber, topics, status, updatedAt: at });
  }
  return nothingLeft ? 'unsubscribed' : 'list-ended';
}
