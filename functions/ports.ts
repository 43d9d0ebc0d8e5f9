// Ports: what the core needs from the world. Adapters in functions/adapters implement them
// (dynamodb/, ses/, sqs/, s3/ for AWS and the local stand-ins; memory/ for unit tests and the benchmark).
// Handlers receive them from one composition root, so tests can swap any of them.

import type { HeldArticle } from './core/article/gate.ts';
import type {
  Delivery,
  DeliveryStatus,
  Edition,
  EditionCounts,
  EditionVariant,
  PreparedVariant,
  PublishedSection,
  SendJob,
} from './core/delivery/types.ts';
import type {
  ArticlePage,
  ArticleRecord,
  ArticleVersion,
  ScheduledArticle,
  ScheduledSummary,
  Withdrawal,
} from './core/desk/types.ts';
import type { RequestInput, Subscriber, SubscriberStatus } from './core/subscribers/types.ts';
import type { LimitCounter } from './core/subscriptions/limits.ts';
import type { Cadence, DigestCadence } from './core/types.ts';

export interface Clock {
  now(): Date;
}

export interface SubscriberStore {
  get(id: string): Promise<Subscriber | undefined>;
  /**
   * The stored subscribers among `ids`, by id (absent: none stored), read consistently in as few requests as the
   * store allows (DynamoDB: one BatchGetItem per 100): the sender re-checks a job's recipients at once.
   */
  getMany(ids: readonly string[]): Promise<Map<string, Subscriber>>;
  getByEmail(email: string): Promise<Subscriber | undefined>;
  /**
   * Conditional create: `false` when the address is already stored. Throws DuplicateSubscriberIdError when the
   * id is taken by another address.
   */
  create(subscriber: Subscriber): Promise<boolean>;
  /**
   * Optimistic write: stores `next` with version `read.version + 1` only if the stored version is still
   * `read.version`, and returns what was stored; `undefined` when someone wrote in between (then re-read and
   * re-apply the change: core/subscribers/update.ts). Throws SubscriberNotFoundError for an unknown id or a
   * changed address. Keeps the address claim's expiry in step with `deleteAfter`.
   */
  update(read: Subscriber, next: Subscriber): Promise<Subscriber | undefined>;
  /**
   * Feedback and operators: sets the status unconditionally (a bounce or complaint outranks every other change)
   * and increments the version, so any write computed from an earlier read fails and re-reads. Setting `active`
   * lifts a suppression (an operator's decision).
   */
  setStatus(id: string, status: SubscriberStatus, at: string): Promise<void>;
  /** Active subscribers following at least one topic at `cadence`, one page at a time (an index Query, never a Scan). */
  audience(cadence: Cadence, pageSize?: number): AsyncIterable<Subscriber[]>;
  /**
   * Subscribers with housekeeping due at or before `now` (a pause ending, a pending request expiring; see
   * core/subscribers/audience.ts dueAt), as ids, page by page: a sparse index Query, never a Scan.
   */
  due(now: Date, pageSize?: number): AsyncIterable<string[]>;
}

/**
 * Counters with a window (core/subscriptions/limits.ts), in the table with TTL and conditional updates, so they
 * hold across every Lambda instance.
 */
export interface SendLimits {
  /** Takes one from each counter; `false` (and nothing kept) when any is at its limit. */
  take(counters: LimitCounter[], now: Date): Promise<boolean>;
  /** Gives back what `take` took (the email could not be sent), so the reader may try again at once. */
  release(counters: LimitCounter[], now: Date): Promise<void>;
}

/** Data-safety operations on subscribers: export, erase (GDPR) and the suppression list that outlives an erase. */
export interface SubscriberArchive {
  /** Every subscriber, page by page (a full read: for exports, not for delivery). */
  all(pageSize?: number): AsyncIterable<Subscriber[]>;
  /**
   * Removes a subscriber's personal data and delivery records, keeping only a suppression entry (a hash of the
   * address). `false` when no such subscriber exists.
   */
  erase(id: string, at: string): Promise<boolean>;
  /** True when the address was erased, bounced or complained and must never be mailed again. */
  isSuppressed(email: string): Promise<boolean>;
  /** Rewrites suppression entries stored as an unsalted hash under the pepper (`tidings migrate`; safe to rerun). */
  rekeySuppressions(): Promise<{ rekeyed: number; current: number }>;
}

export interface ContentStore {
  /**
   * Stores an article's sections (and its page: title, byline, figures, content hash); `false` when that article
   * was published before (no second alert: a republish is a correction, see `correct`). A publish that stopped
   * before `finish` is taken up again (`true`, with the first attempt's publication time kept), so a crash between
   * storing and alerting loses nothing; the delivery ledger keeps alerts from repeating.
   */
  publish(
    articleSlug: string,
    sections: PublishedSection[],
    page?: ArticlePage & { hash: string },
  ): Promise<boolean>;
  /** Marks a publish complete (sections stored, alerts queued): from now on a republish is refused. */
  finish(articleSlug: string): Promise<void>;
  sectionsBetween(fromExclusive: string, untilInclusive: string): Promise<PublishedSection[]>;
  /** Every stored section of one article, in article order (empty when it was never published). */
  sectionsOf(articleSlug: string): Promise<PublishedSection[]>;
  /**
   * Records an article the publish gate held (warnings nobody accepted), with its diagnostics; a later hold of
   * the same slug replaces it. Nothing of a held article is stored as sections or sent.
   */
  hold(held: HeldArticle): Promise<void>;
  /** Held articles, most recently held first. */
  held(): Promise<HeldArticle[]>;
  /** Clears a hold (the article was fixed and published); a slug that was not held is fine. */
  release(articleSlug: string): Promise<void>;
  /** The article's record (state, version, page); undefined when it was never published. */
  article(articleSlug: string): Promise<ArticleRecord | undefined>;
  /** Every published (or withdrawn) article's record, newest publication first: for the desk. */
  articles(): Promise<ArticleRecord[]>;
  /**
   * A correction: replaces the article's sections (each keeps the first publication time; sections no longer in
   * the article are removed), its page and hash, and raises its version by one; a withdrawn article is restored.
   * Only when the stored version is `expectedVersion`, else `false` (another correction came first). A correction
   * that stopped half-way is taken up again by the same correction.
   */
  correct(
    articleSlug: string,
    sections: PublishedSection[],
    page: ArticlePage & { hash: string },
    expectedVersion: number,
    at: string,
  ): Promise<boolean>;
  /**
   * Withdraws a published article: its sections leave the archive and every digest not yet planned, the record
   * keeps who, when and why, and the version goes up by one. `false` when the version is not `expectedVersion`.
   * Idempotent: withdrawing again removes any section left by an interrupted withdrawal.
   */
  withdraw(articleSlug: string, withdrawal: Withdrawal, expectedVersion: number): Promise<boolean>;
}

/** Every version of every article: who published, corrected or withdrew it, when, and what changed. */
export interface ArticleHistory {
  /** Conditional: `false` when that version of the article is already recorded. */
  add(version: ArticleVersion): Promise<boolean>;
  /** Oldest first. */
  versions(articleSlug: string): Promise<ArticleVersion[]>;
}

/** Articles waiting for their `publishAt`: the stored, checked article the scheduler publishes. */
export interface ScheduledArticles {
  /** Stores (or replaces) the scheduled article of its slug. */
  put(entry: ScheduledArticle): Promise<void>;
  get(articleSlug: string): Promise<ScheduledArticle | undefined>;
  /** Soonest first. */
  list(): Promise<ScheduledSummary[]>;
  /**
   * Removes it; with `publishAt`, only while it is still that schedule (a fire racing a reschedule leaves the new
   * one). `false` when there was nothing (or another schedule) to remove.
   */
  remove(articleSlug: string, publishAt?: string): Promise<boolean>;
}

/**
 * The clock that fires scheduled publishes: EventBridge Scheduler one-time schedules on AWS, a timer of the local
 * runtime (`npm start`) locally. It only wakes the publisher; what is published is in ScheduledArticles.
 */
export interface PublishScheduler {
  /** Creates or moves the one schedule of the article. */
  schedule(articleSlug: string, at: Date): Promise<void>;
  /** Cancels it; nothing when there is none. */
  cancel(articleSlug: string): Promise<void>;
}

export interface EditionStore {
  /** Conditional create: `false` when the edition exists (planning twice does not send twice). */
  create(edition: Edition): Promise<boolean>;
  get(id: string): Promise<Edition | undefined>;
  /** The most recent edition of a cadence, to know where the next one starts. */
  latest(cadence: DigestCadence): Promise<Edition | undefined>;
  /** The newest editions of a cadence (alerts: `instant`), newest first: for status and the desk. */
  recent(cadence: Cadence, limit: number): Promise<Edition[]>;
  /** The edition of a digest cadence whose window (from, until] holds `at`: the one that mailed what was published then. */
  covering(cadence: DigestCadence, at: string): Promise<Edition | undefined>;
  update(id: string, patch: Partial<Pick<Edition, 'status' | 'pauseReason' | 'until'>>): Promise<void>;
  addCounts(id: string, delta: Partial<EditionCounts>): Promise<void>;
  /** Overwrites counts with values recounted from the ledger (`tidings recount`). */
  setCounts(id: string, counts: Partial<EditionCounts>): Promise<void>;
  /** The planner's variants with their planned recipients, written once when planning ends. */
  recordVariants(id: string, variants: EditionVariant[]): Promise<void>;
  variants(id: string): Promise<EditionVariant[]>;
}

/** Compiled variants of an edition, written once by the planner and read by every sender. */
export interface VariantStore {
  put(key: string, variant: PreparedVariant): Promise<void>;
  get(key: string): Promise<PreparedVariant | undefined>;
}

export interface DeliveryLedger {
  /**
   * Conditional write keyed by (edition, subscriber): `true` when this caller may send, `false` when a delivery
   * was already recorded — the idempotency guard against SQS redelivery. A `claimant` (one per send invocation)
   * is stored with the claim, so a claim whose write landed but whose answer was lost (a timeout, the SDK's retry)
   * is recognized as the caller's own when it claims again, instead of blocking its only email.
   */
  claim(editionId: string, subscriberId: string, at: string, claimant?: string): Promise<boolean>;
  /** Record the outcome of a claimed delivery. */
  settle(delivery: Delivery): Promise<void>;
  /**
   * Give a claim back after a retryable failure, so a redelivery may send. Only an unsettled claim, and with a
   * `claimant` only that claimant's.
   */
  release(editionId: string, subscriberId: string, claimant?: string): Promise<void>;
  get(editionId: string, subscriberId: string): Promise<Delivery | undefined>;
  /** How many deliveries of the edition are in each status: the ledger is the record the counts summarize. */
  tally(editionId: string): Promise<Record<DeliveryStatus, number>>;
  /** The same per variant (settled deliveries record theirs; a claim not settled yet has none: key ''). */
  variantTally(editionId: string): Promise<Record<string, Record<DeliveryStatus, number>>>;
}

/**
 * Send jobs set aside while their edition is paused (daily quota, bounce or complaint rate), so nothing is lost and
 * nothing spins in a retry loop; resuming the edition puts them back on the queue.
 */
export interface ParkedJobs {
  /** Stores the job; returns the id that removes it (a sender takes its job back when the edition resumed meanwhile). */
  park(job: SendJob): Promise<string>;
  /** Every parked job of the edition, each with the id that removes it. */
  list(editionId: string): Promise<{ id: string; job: SendJob }[]>;
  /**
   * Removes one job once it is back on the queue. Listing and removing are separate so that a failure between
   * them re-enqueues a job twice (the ledger skips its recipients) rather than losing it.
   */
  remove(editionId: string, id: string): Promise<void>;
}

/** Subscribe requests waiting to be processed (issue 16 #4: the endpoint answers before any lookup). */
export interface SubscribeRequestQueue {
  enqueue(requests: RequestInput[]): Promise<void>;
}

export interface SendQueue {
  enqueue(jobs: SendJob[]): Promise<void>;
}

/** A complete MIME message ready for SES SendRawEmail. */
export interface RawEmail {
  from: string;
  to: string;
  data: Uint8Array;
  /** Provider message tags (SES: edition, subscriber) so feedback events map back without an address lookup. */
  tags?: Record<string, string>;
}

/** A message the provider composes itself (SES SendEmail): transactional mail such as the double opt-in. */
export interface SimpleEmail {
  from: { address: string; name?: string };
  to: string;
  subject: string;
  html: string;
  text: string;
  tags?: Record<string, string>;
}

export interface Mailer {
  /** Returns the provider's message id. Throws a MailerError (see core/delivery/errors) on failure. */
  sendRaw(email: RawEmail): Promise<{ messageId: string }>;
  /** As sendRaw, for a message the provider composes: no MIME composer in the caller's bundle. */
  send(email: SimpleEmail): Promise<{ messageId: string }>;
}
