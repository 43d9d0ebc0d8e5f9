// Subscription use cases over injected ports: double opt-in subscribe, confirm, preferences, pause and resume,
// unsubscribe and its undo, and the housekeeping sweep. The rules live in core/subscribers/lifecycle.ts (pure);
// here they are applied with the optimistic lock (core/subscribers/update.ts) and the emails are sent.

import { feedbackTags } from '../delivery/editions.ts';
import {
  applyConfirmation,
  applyPause,
  applyPreferences,
  applyResume,
  applyUndo,
  applyUnsubscribe,
  type ConfirmOutcome,
  decideRequest,
  type PauseOutcome,
  type PreferencesInput,
  type PreferencesOutcome,
  type RequestDecision,
  type ResumeOutcome,
  type UndoOutcome,
  type UnsubscribeOutcome,
  type UnsubscribeScope,
} from '../subscribers/lifecycle.ts';
import { LEGACY_NONCE } from '../subscribers/migrate.ts';
import { isSuppressed } from '../subscribers/suppression.ts';
import type { StoppedSubscription, Subscriber, TopicCadences } from '../subscribers/types.ts';
import { type Applied, changeSubscriber } from '../subscribers/update.ts';
import { type TopicId, templateLang } from '../types.ts';
import { MIN_CONFIRMATIONS_PER_HOUR, subscribeCounters } from './limits.ts';
import { mailSubscriber } from './mail.ts';
import type { SubscribeOutcome, SubscribeRequest, SubscriptionDeps } from './types.ts';

const randomNonce = () => crypto.randomUUID().replaceAll('-', '');
const nonceOf = (deps: SubscriptionDeps) => (deps.newNonce ?? randomNonce)();
const known = (deps: SubscriptionDeps) => (topic: TopicId) => deps.taxonomy.byId.has(topic);
const ids = (topics: TopicCadences) => Object.keys(topics).filter((t) => topics[t] !== undefined);

/**
 * A subscribe request: stores it as pending and sends one email — a double opt-in for a new, never-confirmed or
 * unsubscribed address; for an active or paused reader an "already subscribed" email, whose confirm link adds
 * the requested topics they do not follow yet. Bounced, complained and erased addresses get nothing, and at most
 * one email goes to an address per 10 minutes. The email carries only taxonomy names, never text from the request.
 */
export async function requestSubscription(
  deps: SubscriptionDeps,
  request: SubscribeRequest,
): Promise<SubscribeOutcome> {
  const now = deps.clock.now();
  const existing = await deps.store.getByEmail(request.email);
  if (existing ? isSuppressed(existing.status) : await deps.suppression?.isSuppressed(request.email))
    return 'suppressed';
  // Every limit (inbox, domain, network, hourly budget) is taken before anything is stored: over one, nothing is.
  const counters = subscribeCounters(
    request.email,
    request.source,
    deps.confirmationsPerHour ?? MIN_CONFIRMATIONS_PER_HOUR,
  );
  if (!(await deps.limits.take(counters, now))) return 'throttled';
  try {
    return await storeAndSend(deps, request, existing, now);
  } catch (error) {
    // Nothing reached the reader: give the counts back, so trying again later works (issue 16 #7).
    await deps.limits.release(counters, now);
    throw error;
  }
}

async function storeAndSend(
  deps: SubscriptionDeps,
  request: SubscribeRequest,
  existing: Subscriber | undefined,
  now: Date,
): Promise<SubscribeOutcome> {
  const ctx = { now, nonce: nonceOf(deps), newId: (deps.newId ?? (() => crypto.randomUUID()))() };
  let decision: RequestDecision = decideRequest(existing, request, ctx);
  let subscriber: Subscriber | undefined;
  if (decision.kind === 'confirm' && decision.create && (await deps.store.create(decision.next))) {
    subscriber = decision.next;
  } else {
    // The address is stored (or was created by a concurrent request since our read): apply to what is stored.
    const current = existing ?? (await deps.store.getByEmail(request.email));
    if (!current) throw new Error('subscriber vanished between create and read');
    const applied = await changeSubscriber(deps.store, current.id, (latest) => {
      const decided = decideRequest(latest, request, ctx);
      return {
        outcome: decided,
        ...(decided.kind !== 'suppressed' && decided.next ? { next: decided.next } : {}),
      };
    });
    if (applied.outcome === 'unknown-subscriber' || !applied.subscriber) return 'suppressed';
    decision = applied.outcome;
    subscriber = applied.subscriber;
  }

  if (decision.kind === 'suppressed') return 'suppressed';
  if (decision.kind === 'confirm') {
    await sendConfirmation(deps, subscriber, ctx.nonce, ids(subscriber.pending?.topics ?? {}));
    return 'confirmation-sent';
  }
  const added = ids(decision.added);
  if (deps.alreadySubscribed) {
    const compiled = await deps.alreadySubscribed.render(subscriber.locale, {
      topics: ids(subscriber.topics),
      added,
    });
    await send(deps, subscriber, compiled, added.length > 0 ? ctx.nonce : undefined, 'already-subscribed');
    return 'already-subscribed-sent';
  }
  if (added.length === 0) return 'already-subscribed-silent';
  // No already-subscribed email configured: the confirmation email for the added topics says the truth too.
  await sendConfirmation(deps, subscriber, ctx.nonce, added);
  return 'already-subscribed-sent';
}

async function sendConfirmation(
  deps: SubscriptionDeps,
  subscriber: Subscriber,
  nonce: string,
  topics: TopicId[],
): Promise<void> {
  const locale = subscriber.pending?.locale ?? subscriber.locale;
  const compiled = await deps.renderer.render(templateLang(locale), topics, locale);
  await send(deps, subscriber, compiled, nonce, 'confirmation');
}

async function send(
  deps: SubscriptionDeps,
  subscriber: Subscriber,
  compiled: Parameters<SubscriptionDeps['personalize']>[0],
  nonce: string | undefined,
  kind: string,
): Promise<void> {
  const confirmUrl = nonce === undefined ? '' : deps.links.confirm(subscriber, nonce);
  await mailSubscriber(deps, subscriber, compiled, confirmUrl, { kind, ...feedbackTags(kind) });
}

/** The subscriber as stored after a use case (absent when the id is unknown), for the page that follows. */
export interface Result<O> {
  outcome: O;
  subscriber?: Subscriber;
}

const result = <O>(applied: Applied<O>): Result<O | 'unknown-subscriber'> => ({
  outcome: applied.outcome,
  ...(applied.subscriber ? { subscriber: applied.subscriber } : {}),
});

/**
 * Applies the pending request the link was made for (its nonce): a new subscriber becomes active with the
 * requested topics and languages; an active or paused reader gets the requested topics added. A link whose
 * request was replaced, dropped by an unsubscribe or has expired confirms nothing; a used link says so.
 */
export async function confirmSubscription(
  deps: SubscriptionDeps,
  subscriberId: string,
  nonce: string | undefined,
): Promise<Result<ConfirmOutcome>> {
  const now = deps.clock.now();
  return result(
    await changeSubscriber(deps.store, subscriberId, (current) =>
      applyConfirmation(current, nonce ?? LEGACY_NONCE, now, known(deps)),
    ),
  );
}

/** Saves topics (each with its cadence), locale and content languages. An empty choice is refused. */
export async function updatePreferences(
  deps: Pick<SubscriptionDeps, 'store' | 'clock' | 'taxonomy'>,
  subscriberId: string,
  update: PreferencesInput,
): Promise<Result<PreferencesOutcome>> {
  const now = deps.clock.now();
  return result(
    await changeSubscriber(deps.store, subscriberId, (current) =>
      applyPreferences(current, update, now, (t) => deps.taxonomy.byId.has(t)),
    ),
  );
}

/** Pauses every email until `until` (ISO; see pauseEnd for 1, 2 or 4 weeks); resumes by itself then. */
export async function pauseSubscription(
  deps: Pick<SubscriptionDeps, 'store' | 'clock'>,
  subscriberId: string,
  until: string,
): Promise<Result<PauseOutcome>> {
  const now = deps.clock.now();
  return result(
    await changeSubscriber(deps.store, subscriberId, (current) => applyPause(current, until, now)),
  );
}

/** Ends a pause early. */
export async function resumeSubscription(
  deps: Pick<SubscriptionDeps, 'store' | 'clock'>,
  subscriberId: string,
): Promise<Result<ResumeOutcome>> {
  const now = deps.clock.now();
  return result(await changeSubscriber(deps.store, subscriberId, (current) => applyResume(current, now)));
}

/**
 * Ends one list (a digest cadence: every topic at that cadence; alerts: every topic at `instant`) or
 * everything, and records what it ended (`stopped`, with the id an undo names). Idempotent; drops any pending
 * request, so older confirm links stop working.
 */
export async function unsubscribe(
  deps: Pick<SubscriptionDeps, 'store' | 'clock'> & { newNonce?: () => string },
  subscriberId: string,
  scope: UnsubscribeScope,
): Promise<Result<UnsubscribeOutcome> & { stopped?: StoppedSubscription }> {
  const now = deps.clock.now();
  let stopped: StoppedSubscription | undefined;
  const applied = await changeSubscriber(
    deps.store,
    subscriberId,
    (current) => applyUnsubscribe(current, scope, now, (deps.newNonce ?? randomNonce)()),
    (change) => {
      stopped = change.stopped;
    },
  );
  return { ...result(applied), ...(stopped ? { stopped } : {}) };
}

/** Reverses the unsubscribe named by `stopId`: restores exactly what it ended, with no new opt-in. */
export async function undoUnsubscribe(
  deps: Pick<SubscriptionDeps, 'store' | 'clock'>,
  subscriberId: string,
  stopId: string,
): Promise<Result<UndoOutcome>> {
  const now = deps.clock.now();
  return result(
    await changeSubscriber(deps.store, subscriberId, (current) => applyUndo(current, stopId, now)),
  );
}

export { type HousekeepingReport, runHousekeeping } from '../subscribers/housekeeping.ts';
