import type { Cadence, Lang, Locale, TopicId } from '../types.ts';

/**
 * Where a subscriber stands (docs/subscribers.md draws every transition):
 * - `pending`: asked to subscribe, never confirmed; deleted with its address after `deleteAfter`.
 * - `active`: receives what `topics` says.
 * - `paused`: receives nothing until `pause.until`, then becomes active again by itself.
 * - `unsubscribed`: receives nothing; `stopped` keeps what the last unsubscribe ended, for an undo.
 * - `bounced`, `complained`: suppressed for good; only an operator lifts it.
 */
export type SubscriberStatus = 'pending' | 'active' | 'paused' | 'unsubscribed' | 'bounced' | 'complained';
export const SUBSCRIBER_STATUSES: readonly SubscriberStatus[] = [
  'pending',
  'active',
  'paused',
  'unsubscribed',
  'bounced',
  'complained',
];

/** Each followed topic has its own cadence: health at once, talent weekly. */
export type TopicCadences = Partial<Record<TopicId, Cadence>>;

export interface Consent {
  /** When the subscribe form was submitted (ISO). */
  requestedAt: string;
  /** How: `web-form`, `api`, `import`. */
  method: string;
  /** Hashed or truncated source IP, never the raw address. */
  source?: string;
  confirmedAt?: string;
  /** The nonce of the request this consent confirmed: a second click on its link is recognized as used. */
  request?: string;
}

/**
 * A subscribe request awaiting double opt-in. Kept apart from `topics` so a request for an address that is
 * already active (possibly by someone else) changes nothing until the mailbox owner confirms.
 */
export interface PendingSubscription {
  /**
   * Random id of this request. A confirm link carries it, so the link confirms this request and no other; every
   * new request and every unsubscribe replaces or drops it, which voids the older links.
   */
  nonce: string;
  topics: TopicCadences;
  locale: Locale;
  contentLangs: Lang[];
  requestedAt: string;
  /** After this (ISO) the request is void; housekeeping removes it (PENDING_REQUEST_SECONDS after the request). */
  expiresAt: string;
  method: string;
  source?: string;
}

/** No email between `since` and `until` (ISO); the subscriber becomes active again at `until`. */
export interface Pause {
  since: string;
  until: string;
}

/** What an unsubscribe ended, so an undo restores exactly that and nothing else. */
export interface StoppedSubscription {
  /** Random id: an undo names the unsubscribe it reverses, so a stale undo form cannot reverse a later one. */
  id: string;
  at: string;
  /** `all`, or the list key (`digest:daily`, `alerts:health`) of the one list ended. */
  scope: string;
  /** The topics (with their cadences) that the unsubscribe removed. */
  topics: TopicCadences;
  /** The status before: an undo goes back to it (a pause that has ended by then goes back to active). */
  status: 'active' | 'paused';
  pause?: Pause;
}

/** A validated request from the subscribe form or API (topics known to the taxonomy, locale and languages set). */
export interface RequestInput {
  email: string;
  topics: TopicCadences;
  locale: Locale;
  contentLangs: Lang[];
  /** `web-form` or `api`. */
  method: string;
  /** Truncated source network (never the full IP). */
  source?: string;
}

export interface Subscriber {
  id: string;
  /** Normalized: trimmed, lower-cased, the domain in punycode (ASCII). */
  email: string;
  status: SubscriberStatus;
  topics: TopicCadences;
  /** Language of pages and emails. */
  locale: Locale;
  /** Which article languages to receive (at least one). */
  contentLangs: Lang[];
  consent: Consent;
  createdAt: string;
  updatedAt: string;
  /**
   * Optimistic lock: every write stores version + 1 on the condition that the stored version is still the one
   * the writer read. 0 for a record never written since versions were introduced.
   */
  version: number;
  /** Set by a subscribe request, applied and cleared by its confirmation. */
  pending?: PendingSubscription;
  /** Present exactly while status is `paused`. */
  pause?: Pause;
  /** Set by an unsubscribe, cleared by its undo or by a later confirmation. */
  stopped?: StoppedSubscription;
  /**
   * A never-confirmed subscriber is deleted with its address claim after this time (ISO; DynamoDB TTL): an
   * address that never consented is not kept. Cleared on confirmation.
   */
  deleteAfter?: string;
}

/** A pending request (and a never-confirmed subscriber) lives this long: the life of its confirm link. */
export const PENDING_REQUEST_SECONDS = 7 * 24 * 60 * 60;

/** A save for a subscriber that is not stored, or whose stored address differs (an address never changes). */
export class SubscriberNotFoundError extends Error {
  override name = 'SubscriberNotFoundError';
  constructor(
    readonly subscriberId: string,
    readonly problem: 'missing' | 'address-mismatch',
  ) {
    super(
      problem === 'missing'
        ? `subscriber ${subscriberId} does not exist`
        : `subscriber ${subscriberId}: an address cannot change`,
    );
  }
}

/** A create whose id is already stored under another address (ids are random UUIDs: a bug, not a race). */
export class DuplicateSubscriberIdError extends Error {
  override name = 'DuplicateSubscriberIdError';
  constructor(readonly subscriberId: string) {
    super(`subscriber id ${subscriberId} is already in use`);
  }
}

/** A change that kept losing the optimistic-lock race (someone else kept writing the same subscriber). */
export class SubscriberContentionError extends Error {
  override name = 'SubscriberContentionError';
  constructor(readonly subscriberId: string) {
    super(`subscriber ${subscriberId} kept changing while being updated; try again`);
  }
}
