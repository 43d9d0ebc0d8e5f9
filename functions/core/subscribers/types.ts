import type { Cadence, Lang, TopicId } from '../types.ts';

export type SubscriberStatus = 'pending' | 'active' | 'unsubscribed' | 'bounced' | 'complained';

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
}

/**
 * A subscribe request awaiting double opt-in. Kept apart from `topics` so a request for an address that is
 * already active (possibly by someone else) changes nothing until the mailbox owner confirms.
 */
export interface PendingSubscription {
  topics: TopicCadences;
  lang: Lang;
  requestedAt: string;
  method: string;
  source?: string;
}

export interface Subscriber {
  id: string;
  /** Normalized (trimmed, domain lower-cased). */
  email: string;
  status: SubscriberStatus;
  topics: TopicCadences;
  lang: Lang;
  consent: Consent;
  createdAt: string;
  updatedAt: string;
  /** Set by a subscribe request, applied and cleared by its confirmation. */
  pending?: PendingSubscription;
}

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
