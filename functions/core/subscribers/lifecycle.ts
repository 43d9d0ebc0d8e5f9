// Every change a subscriber can go through, as pure functions of the stored subscriber: (current, input, now) →
// the next record (or none when nothing changes) and an outcome. Stores write the result with an optimistic
// lock (see update.ts), and a lost race re-reads and applies the same function again, so a change always applies
// to the latest record: an unsubscribe that landed in between is seen, and wins, because these functions never
// re-activate an unsubscribed, bounced or complained reader except by a confirmed request or an undo.
// docs/subscribers.md draws the states and transitions.

import type { MailingList } from '../delivery/types.ts';
import { listKey } from '../tokens.ts';
import type { Cadence, Lang, Locale, TopicId } from '../types.ts';
import { isSuppressed } from './suppression.ts';
import {
  type Pause,
  PENDING_REQUEST_SECONDS,
  type PendingSubscription,
  type RequestInput,
  type StoppedSubscription,
  type Subscriber,
  type TopicCadences,
} from './types.ts';

/** The result of applying a change: `next` is what to store (absent: nothing to write). */
export interface Change<O> {
  next?: Subscriber;
  outcome: O;
}

const iso = (date: Date) => date.toISOString();
const plusSeconds = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);

function followed(topics: TopicCadences): [TopicId, Cadence][] {
  return Object.entries(topics).filter((entry): entry is [TopicId, Cadence] => entry[1] !== undefined);
}

function withoutPending(subscriber: Subscriber): Subscriber {
  const { pending: _dropped, ...rest } = subscriber;
  return rest;
}

// ─── Subscribe request ──────────────────────────────────────────────────────────────────────────────────────

/**
 * What a request leads to; the email it sends follows from the kind:
 * - `confirm`: a double opt-in for `subscriber.pending` (new, never-confirmed or unsubscribed address).
 * - `already-subscribed`: the address is active or paused. Nothing changes now; the email says so with a manage
 *   link, and when the request asks for topics the reader does not follow yet (`added`), a confirm link that
 *   adds exactly those (merged, never replacing what the reader has).
 * - `suppressed`: bounced or complained; nothing is stored or sent.
 */
export type RequestDecision =
  | { kind: 'suppressed' }
  | { kind: 'confirm'; next: Subscriber; create: boolean }
  | { kind: 'already-subscribed'; next?: Subscriber; current: Subscriber; added: TopicCadences };

export interface RequestContext {
  now: Date;
  /** A fresh random nonce for the pending request. */
  nonce: string;
  /** Id for a subscriber created by this request. */
  newId: string;
}

function pendingFrom(input: RequestInput, ctx: RequestContext, topics: TopicCadences): PendingSubscription {
  return {
    nonce: ctx.nonce,
    topics,
    locale: input.locale,
    contentLangs: [...input.contentLangs],
    requestedAt: iso(ctx.now),
    expiresAt: iso(plusSeconds(ctx.now, PENDING_REQUEST_SECONDS)),
    method: input.method,
    ...(input.source ? { source: input.source } : {}),
  };
}

export function decideRequest(
  current: Subscriber | undefined,
  input: RequestInput,
  ctx: RequestContext,
): RequestDecision {
  const at = iso(ctx.now);
  if (!current) {
    const pending = pendingFrom(input, ctx, input.topics);
    return {
      kind: 'confirm',
      create: true,
      next: {
        id: ctx.newId,
        email: input.email,
        status: 'pending',
        topics: {},
        locale: input.locale,
        contentLangs: [...input.contentLangs],
        consent: {
          requestedAt: at,
          method: input.method,
          ...(input.source ? { source: input.source } : {}),
        },
        createdAt: at,
        updatedAt: at,
        version: 0,
        pending,
        // An address that never confirms is not kept: the record and its address claim expire with the request.
        deleteAfter: pending.expiresAt,
      },
    };
  }
  if (isSuppressed(current.status)) return { kind: 'suppressed' };
  if (current.status === 'pending' || current.status === 'unsubscribed') {
    // A new request replaces the older one: its nonce changes, so the older confirm link stops working.
    const pending = pendingFrom(input, ctx, input.topics);
    return {
      kind: 'confirm',
      create: false,
      next: {
        ...current,
        pending,
        updatedAt: at,
        ...(current.status === 'pending' ? { deleteAfter: pending.expiresAt } : {}),
      },
    };
  }
  // Active or paused: only topics not followed yet can be added, and only by the mailbox owner's confirmation.
  const added: TopicCadences = {};
  for (const [topic, cadence] of followed(input.topics)) {
    if (current.topics[topic] === undefined) added[topic] = cadence;
  }
  const adds = Object.keys(added).length > 0;
  if (!adds && !current.pending) return { kind: 'already-subscribed', current, added };
  // Every request voids the older pending request (and its link), also one that adds nothing.
  const next = adds
    ? { ...current, pending: pendingFrom(input, ctx, added), updatedAt: at }
    : { ...withoutPending(current), updatedAt: at };
  return { kind: 'already-subscribed', current, next, added };
}

// ─── Confirmation ───────────────────────────────────────────────────────────────────────────────────────────

/**
 * - `confirmed`: the pending request is applied (a new subscriber becomes active; an active or paused reader
 *   gets the requested topics added).
 * - `used`: this link's request was confirmed before (a second click, a link scanner after the reader).
 * - `expired`: the link's request is gone: replaced by a newer request, dropped by an unsubscribe, or expired.
 * - `suppressed`: bounced or complained since the request.
 */
export type ConfirmOutcome = 'confirmed' | 'used' | 'expired' | 'suppressed' | 'unknown-subscriber';

export function applyConfirmation(
  current: Subscriber,
  nonce: string,
  now: Date,
  known: (topic: TopicId) => boolean,
): Change<ConfirmOutcome> {
  if (isSuppressed(current.status)) return { outcome: 'suppressed' };
  const { pending } = current;
  if (!pending || pending.nonce !== nonce || pending.expiresAt <= iso(now)) {
    return { outcome: current.consent.request === nonce && nonce !== '' ? 'used' : 'expired' };
  }
  const at = iso(now);
  const requested: TopicCadences = {};
  for (const [topic, cadence] of followed(pending.topics)) if (known(topic)) requested[topic] = cadence;
  const consent = {
    requestedAt: pending.requestedAt,
    method: pending.method,
    ...(pending.source ? { source: pending.source } : {}),
    confirmedAt: at,
    request: pending.nonce,
  };
  const { pending: _applied, stopped: _superseded, deleteAfter: _kept, ...rest } = current;
  if (current.status === 'active' || current.status === 'paused') {
    // Merge: topics are added, never replaced; the reader's own cadences and languages stay.
    return {
      outcome: 'confirmed',
      next: { ...rest, topics: { ...requested, ...current.topics }, consent, updatedAt: at },
    };
  }
  return {
    outcome: 'confirmed',
    next: {
      ...rest,
      status: 'active',
      topics: requested,
      locale: pending.locale,
      contentLangs: [...pending.contentLangs],
      consent,
      updatedAt: at,
    },
  };
}

// ─── Preferences ────────────────────────────────────────────────────────────────────────────────────────────

export interface PreferencesInput {
  topics: TopicCadences;
  locale: Locale;
  contentLangs: Lang[];
}

/**
 * - `no-topics`: an empty form is an error, never an implied unsubscribe (the page suggests pause or unsubscribe).
 * - `no-languages`: at least one content language is needed.
 * - `not-active`: only an active or paused reader has preferences to save (a paused one stays paused).
 */
export type PreferencesOutcome = 'saved' | 'no-topics' | 'no-languages' | 'not-active' | 'unknown-subscriber';

export function applyPreferences(
  current: Subscriber,
  input: PreferencesInput,
  now: Date,
  known: (topic: TopicId) => boolean,
): Change<PreferencesOutcome> {
  if (current.status !== 'active' && current.status !== 'paused') return { outcome: 'not-active' };
  const topics: TopicCadences = {};
  for (const [topic, cadence] of followed(input.topics)) if (known(topic)) topics[topic] = cadence;
  if (Object.keys(topics).length === 0) return { outcome: 'no-topics' };
  if (input.contentLangs.length === 0) return { outcome: 'no-languages' };
  return {
    outcome: 'saved',
    next: {
      ...current,
      topics,
      locale: input.locale,
      contentLangs: [...new Set(input.contentLangs)],
      updatedAt: iso(now),
    },
  };
}

// ─── Pause and resume ───────────────────────────────────────────────────────────────────────────────────────

/** The longest pause a reader can choose; longer is an unsubscribe. */
export const MAX_PAUSE_DAYS = 365;
export const PAUSE_WEEKS = [1, 2, 4] as const;

/** The end of a pause of `weeks` weeks starting now. */
export function pauseEnd(now: Date, weeks: (typeof PAUSE_WEEKS)[number]): string {
  return iso(plusSeconds(now, weeks * 7 * 24 * 60 * 60));
}

/**
 * - `paused`: no email until `until`; a pause can be changed while paused (`since` kept).
 * - `invalid-until`: `until` is not after now or is more than MAX_PAUSE_DAYS away.
 */
export type PauseOutcome = 'paused' | 'invalid-until' | 'not-active' | 'unknown-subscriber';

export function applyPause(current: Subscriber, until: string, now: Date): Change<PauseOutcome> {
  if (current.status !== 'active' && current.status !== 'paused') return { outcome: 'not-active' };
  const end = Date.parse(until);
  if (Number.isNaN(end) || end <= now.getTime() || end > now.getTime() + MAX_PAUSE_DAYS * 86_400_000) {
    return { outcome: 'invalid-until' };
  }
  const pause: Pause = { since: current.pause?.since ?? iso(now), until: iso(new Date(end)) };
  return { outcome: 'paused', next: { ...current, status: 'paused', pause, updatedAt: iso(now) } };
}

export type ResumeOutcome = 'resumed' | 'not-paused' | 'unknown-subscriber';

/** The reader ends a pause early. */
export function applyResume(current: Subscriber, now: Date): Change<ResumeOutcome> {
  if (current.status !== 'paused') return { outcome: 'not-paused' };
  const { pause: _ended, ...rest } = current;
  return { outcome: 'resumed', next: { ...rest, status: 'active', updatedAt: iso(now) } };
}

// ─── Unsubscribe and undo ───────────────────────────────────────────────────────────────────────────────────

/** What an unsubscribe ends: one list (a digest cadence, or all instant alerts), or every email. */
export type UnsubscribeScope = MailingList | { kind: 'all' };

/**
 * - `unsubscribed`: nothing is left (status unsubscribed).
 * - `list-ended`: the list is ended, other topics remain.
 * `stopped` is the record an undo needs (absent when the unsubscribe ended nothing new).
 */
export type UnsubscribeOutcome = 'unsubscribed' | 'list-ended' | 'unknown-subscriber';

export function applyUnsubscribe(
  current: Subscriber,
  scope: UnsubscribeScope,
  now: Date,
  stopId: string,
): Change<UnsubscribeOutcome> & { stopped?: StoppedSubscription } {
  const at = iso(now);
  // Any unsubscribe voids a pending request, so an old confirm link cannot bring the address back.
  const base = withoutPending(current);
  const dropsPending = current.pending !== undefined;
  const receiving = current.status === 'active' || current.status === 'paused';
  if (!receiving) {
    // Bounced and complained say more than "unsubscribed" and stay; a never-confirmed address becomes
    // unsubscribed (and is still deleted at deleteAfter); an unsubscribed one keeps the undo it has.
    const status = current.status === 'pending' ? 'unsubscribed' : current.status;
    const changes = dropsPending || status !== current.status;
    return {
      outcome: 'unsubscribed',
      ...(changes ? { next: { ...base, status, topics: {}, updatedAt: at } } : {}),
    };
  }
  const ended: TopicCadences = {};
  const kept: TopicCadences = {};
  for (const [topic, cadence] of followed(current.topics)) {
    // The alerts list is every instant topic (one alert email per article, docs/one-click.md).
    const ends =
      scope.kind === 'all' || (scope.kind === 'digest' ? cadence === scope.cadence : cadence === 'instant');
    if (ends) ended[topic] = cadence;
    else kept[topic] = cadence;
  }
  const nothingLeft = Object.keys(kept).length === 0;
  const outcome = nothingLeft ? 'unsubscribed' : 'list-ended';
  if (Object.keys(ended).length === 0) {
    return { outcome, ...(dropsPending ? { next: { ...base, updatedAt: at } } : {}) };
  }
  const stopped: StoppedSubscription = {
    id: stopId,
    at,
    scope: scope.kind === 'all' ? 'all' : listKey(scope),
    topics: ended,
    status: current.status as 'active' | 'paused',
    ...(current.pause ? { pause: current.pause } : {}),
  };
  if (nothingLeft) {
    const { pause: _ended, ...rest } = base;
    return {
      outcome,
      stopped,
      next: { ...rest, status: 'unsubscribed', topics: {}, stopped, updatedAt: at },
    };
  }
  return { outcome, stopped, next: { ...base, topics: kept, stopped, updatedAt: at } };
}

/**
 * - `restored`: exactly the topics the named unsubscribe ended are back, with the status before it (a pause that
 *   has ended meanwhile comes back as active). No new opt-in: the reader holds the link that unsubscribed.
 * - `nothing-to-undo`: no such unsubscribe (already undone, superseded by a later one or by a confirmation).
 */
export type UndoOutcome = 'restored' | 'nothing-to-undo' | 'suppressed' | 'unknown-subscriber';

export function applyUndo(current: Subscriber, stopId: string, now: Date): Change<UndoOutcome> {
  if (isSuppressed(current.status)) return { outcome: 'suppressed' };
  const { stopped } = current;
  if (!stopped || stopped.id !== stopId) return { outcome: 'nothing-to-undo' };
  const { stopped: _undone, ...rest } = current;
  const topics = { ...current.topics, ...stopped.topics };
  const at = iso(now);
  if (current.status === 'paused') return { outcome: 'restored', next: { ...rest, topics, updatedAt: at } };
  const pauseGoesOn = stopped.status === 'paused' && stopped.pause && stopped.pause.until > at;
  if (pauseGoesOn) {
    return {
      outcome: 'restored',
      next: { ...rest, status: 'paused', pause: stopped.pause!, topics, updatedAt: at },
    };
  }
  const { pause: _over, ...active } = rest;
  return { outcome: 'restored', next: { ...active, status: 'active', topics, updatedAt: at } };
}

// ─── Housekeeping ───────────────────────────────────────────────────────────────────────────────────────────

export type HousekeepingOutcome = 'resumed' | 'request-expired' | 'nothing-due';

/**
 * What the sweep does to a subscriber whose due time has come (see dueAt): a pause that has ended becomes
 * active again; a pending request past its expiry is removed with its personal data.
 */
export function applyHousekeeping(current: Subscriber, now: Date): Change<HousekeepingOutcome> {
  const at = iso(now);
  let next = current;
  let outcome: HousekeepingOutcome = 'nothing-due';
  if (next.pending && next.pending.expiresAt <= at && next.deleteAfter === undefined) {
    next = withoutPending(next);
    outcome = 'request-expired';
  }
  if (next.pause && (next.status !== 'paused' || next.pause.until <= at)) {
    const { pause: _ended, ...rest } = next;
    next = next.status === 'paused' ? { ...rest, status: 'active' } : rest;
    if (current.status === 'paused') outcome = 'resumed';
  }
  return next === current ? { outcome } : { outcome, next: { ...next, updatedAt: at } };
}
