// Sending one job (≤ 50 recipients of one variant): each email at most once, none lost, at the SES rate.
//
// Exactly-once rests on the delivery ledger: a conditional claim keyed by (edition, subscriber) is taken right
// before SES is called and settled right after. A redelivered SQS message finds the claim and skips. SES has no
// idempotency key, so a call whose outcome is unknown (sent, and no readable answer: a timeout, a reset, a 5xx)
// is never repeated: its claim stays `sending` with the reason, counted `ambiguous` (at most one email). The same
// holds when SES accepted and the settle failed, or the sender died in between. See docs/delivery.md.
import { randomUUID } from 'node:crypto';
import type {
  DeliveryLedger,
  EditionStore,
  Mailer,
  ParkedJobs,
  SubscriberStore,
  VariantStore,
} from '../../ports.ts';
import { MimeInputError } from '../mail/errors.ts';
import { renderMime } from '../mail/variant-mime.ts';
import { personalize } from '../render/personalize.ts';
import type { Subscriber } from '../subscribers/types.ts';
import { linkExpiry, listKey, signToken, type TokenKey } from '../tokens.ts';
import type { TopicId } from '../types.ts';
import { DELIVERY_HEADERS, isComplete } from './editions.ts';
import { MailerError } from './errors.ts';
import type { RateLimiter } from './rate.ts';
import type { EditionCounts, MailingList, SendJob } from './types.ts';

export interface SendEvents {
  sent?(editionId: string, subscriberId: string): void;
  skipped?(editionId: string, subscriberId: string, reason: string): void;
  /** Recorded `failed` for good (SES refused the message, address or sender; a value unfit for a header). */
  failed?(editionId: string, subscriberId: string, reason: string): void;
  /** Left `sending` and never resent: SES may have the message (its reply was lost), or took it unrecorded. */
  ambiguous?(editionId: string, subscriberId: string, reason: string): void;
  /** A transient store or SES error before acceptance: the recipient is tried again. */
  retrying?(editionId: string, subscriberId: string, reason: string): void;
  throttled?(editionId: string): void;
  paused?(editionId: string, reason: string): void;
}

export interface SendDeps {
  subscribers: SubscriberStore;
  editions: EditionStore;
  variants: VariantStore;
  ledger: DeliveryLedger;
  parked: ParkedJobs;
  mailer: Mailer;
  rate: RateLimiter;
  tokenKeys: readonly TokenKey[];
  siteUrl: string;
  /** The SES source identity (the From header itself is in the prepared variant). */
  sender: { address: string; name?: string };
  clock: { now(): Date };
  sleep?: (ms: number) => Promise<void>;
  /** Throttled sends retried in-process before the recipient is handed back to the queue. */
  throttleRetries?: number;
  /** Passes over the recipients left to retry (transient errors) before the job goes back to the queue (3). */
  passes?: number;
  events?: SendEvents;
  random?: () => number;
}

export interface SendOutcome {
  /** Recipients to try again (SQS redelivers the message; recipients already sent are skipped by the ledger). */
  retry: string[];
  /** Set when the edition is paused: the rest of the job was parked and resumes with the edition. */
  paused?: string;
}

/** Whether the subscriber still receives this list (for an alert: one of the alert's `topics` at instant). */
export function follows(subscriber: Subscriber, list: MailingList, topics?: readonly TopicId[]): boolean {
  if (subscriber.status !== 'active') return false;
  if (list.kind === 'alerts') {
    const instant = (topic: TopicId) => subscriber.topics[topic] === 'instant';
    return (topics ?? Object.keys(subscriber.topics)).some(instant);
  }
  return Object.values(subscriber.topics).includes(list.cadence);
}

export function quotaPauseReason(at: Date): string {
  return `SES daily sending quota exceeded at ${at.toISOString()}; the rest of the edition is parked. Resume it once the quota resets (tidings resume <edition>), or raise the quota in the SES console.`;
}

export async function sendJob(deps: SendDeps, job: SendJob): Promise<SendOutcome> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = deps.random ?? Math.random;
  const edition = await deps.editions.get(job.editionId);
  if (!edition) throw new Error(`edition ${job.editionId} does not exist`);
  if (edition.status === 'paused') {
    const stillPaused = await parkChecked(deps, job);
    if (stillPaused !== undefined) return { retry: [], paused: stillPaused };
    // Resumed while this job was parking: it is taken back and sent now.
  }
  // A job is one variant, whose MIME message the planner composed: only the recipients are filled in here.
  const variant = await deps.variants.get(job.variantKey);
  if (!variant) throw new Error(`variant ${job.variantKey} of edition ${job.editionId} does not exist`);
  if (!variant.mime)
    throw new Error(`variant ${job.variantKey} has no MIME template: plan the edition again`);
  const counts: Partial<EditionCounts> = {};
  const count = (name: keyof EditionCounts) => {
    counts[name] = (counts[name] ?? 0) + 1;
  };
  // Names this invocation's claims, so a claim whose write landed but whose answer was lost is still ours.
  const claimant = randomUUID();
  let paused: string | undefined;
  /** Whether the rest of the job reached the parked store: only then may the message be dropped from the queue. */
  let parked = false;
  const list = listKey(job.list);

  /** One pass over `pending`; returns the recipients to try again. */
  const pass = async (pending: readonly string[]): Promise<string[]> => {
    const retry: string[] = [];
    // Every recipient re-checked in one read (BatchGetItem), not one GetItem each (issue 15 §9). If it fails,
    // nobody was claimed: the whole pass is tried again.
    let stored: Map<string, Subscriber>;
    try {
      stored = await deps.subscribers.getMany(pending);
    } catch (error) {
      for (const subscriberId of pending) deps.events?.retrying?.(job.editionId, subscriberId, String(error));
      return [...pending];
    }
    for (const [index, subscriberId] of pending.entries()) {
      if (paused !== undefined) {
        retry.push(subscriberId);
        continue;
      }
      const at = deps.clock.now().toISOString();
      /** Set once SES may hold the message: from then on the claim is never given back. */
      let keepClaim = false;
      try {
        const subscriber = stored.get(subscriberId);
        // Claimed as late as possible: a claim that outlives its process without an email is a lost recipient.
        if (!(await deps.ledger.claim(job.editionId, subscriberId, at, claimant))) continue; // done earlier
        if (!subscriber || !follows(subscriber, job.list, job.topics)) {
          const reason = subscriber
            ? `status ${subscriber.status} or no longer on ${list}`
            : 'subscriber erased';
          await deps.ledger.settle({
            editionId: job.editionId,
            variant: job.variantKey,
            subscriberId,
            status: 'skipped',
            reason,
            at,
          });
          count('skipped');
          deps.events?.skipped?.(job.editionId, subscriberId, reason);
          continue;
        }
        const manage = signToken(
          {
            sub: subscriber.id,
            purpose: 'manage',
            exp: linkExpiry('manage', new Date(at)),
          },
          deps.tokenKeys,
        );
        // Links expire after 13 months (LINK_LIFETIME_SECONDS), so an old signing key can be retired.
        const unsubscribe = signToken(
          { sub: subscriber.id, purpose: 'unsubscribe', list, exp: linkExpiry('unsubscribe', new Date(at)) },
          deps.tokenKeys,
        );
        const unsubscribeUrl = `${deps.siteUrl}/unsubscribe?token=${unsubscribe}`;
        const email = personalize(variant.email, {
          manageUrl: `${deps.siteUrl}/preferences?token=${manage}`,
          unsubscribeUrl,
        });
        let data: Uint8Array;
        try {
          data = renderMime(variant.mime, {
            to: subscriber.email,
            html: email.html,
            text: email.text,
            unsubscribeUrl,
            unsubscribeToken: unsubscribe,
            headers: { [DELIVERY_HEADERS.subscriber]: subscriber.id },
          });
        } catch (error) {
          if (!(error instanceof MimeInputError)) throw error;
          await deps.ledger.settle({
            editionId: job.editionId,
            variant: job.variantKey,
            subscriberId,
            status: 'failed',
            reason: error.message,
            at,
          });
          count('failed');
          deps.events?.failed?.(job.editionId, subscriberId, error.message);
          continue;
        }

        for (let attempt = 0; ; attempt++) {
          await deps.rate.take();
          try {
            const { messageId } = await deps.mailer.sendRaw({
              from: deps.sender.address,
              to: subscriber.email,
              data,
              tags: { ...variant.tags, edition: job.editionId, subscriber: subscriber.id },
            });
            keepClaim = true;
            await deps.ledger.settle({
              editionId: job.editionId,
              variant: job.variantKey,
              subscriberId,
              status: 'sent',
              messageId,
              at: deps.clock.now().toISOString(),
            });
            count('sent');
            deps.events?.sent?.(job.editionId, subscriberId);
            break;
          } catch (error) {
            if (!(error instanceof MailerError)) throw error;
            if (error.kind === 'throttled') {
              deps.events?.throttled?.(job.editionId);
              if (attempt < (deps.throttleRetries ?? 4)) {
                // Exponential backoff with full jitter, bounded: 50 ms, 100 ms, 200 ms, … up to 2 s.
                await sleep(Math.min(2000, 50 * 2 ** attempt) * random());
                continue;
              }
              throw error;
            }
            if (error.kind === 'ambiguous') {
              // SES may have sent it: another attempt could be a second email. The claim stays `sending`.
              keepClaim = true;
              count('ambiguous');
              deps.events?.ambiguous?.(job.editionId, subscriberId, error.message);
              // The reason, for an operator; if this write fails the claim says `sending` all the same.
              await deps.ledger
                .settle({
                  editionId: job.editionId,
                  variant: job.variantKey,
                  subscriberId,
                  status: 'sending',
                  reason: `${error.message}; not resent`,
                  at: deps.clock.now().toISOString(),
                })
                .catch(() => {});
              break;
            }
            if (error.kind === 'rejected') {
              await deps.ledger.settle({
                editionId: job.editionId,
                variant: job.variantKey,
                subscriberId,
                status: 'failed',
                reason: error.message,
                at: deps.clock.now().toISOString(),
              });
              count('failed');
              deps.events?.failed?.(job.editionId, subscriberId, error.message);
              break;
            }
            if (error.kind === 'quota-exceeded') {
              const reason = quotaPauseReason(deps.clock.now());
              await deps.ledger.release(job.editionId, subscriberId, claimant);
              // Pause before parking: parked jobs are only ever resumed from a paused edition.
              await deps.editions.update(job.editionId, { status: 'paused', pauseReason: reason });
              paused = reason;
              deps.events?.paused?.(job.editionId, reason);
              // Everything left of the job waits for the resume, recipients that already failed retryably too.
              // If this write fails, the job is handed back to the queue instead and parked on redelivery.
              const rest = [...retry, ...pending.slice(index)];
              if ((await parkChecked(deps, { ...job, recipients: rest })) === undefined) {
                // Resumed before the rest was parked: the rest goes back to the queue (as when the park fails).
                retry.push(subscriberId);
                break;
              }
              parked = true;
              retry.length = 0;
              break;
            }
            throw error;
          }
        }
      } catch (error) {
        if (keepClaim) {
          // SES took the message but the ledger write failed. Releasing the claim would let a redelivery send it
          // again, so the claim stays at `sending` (at most one email), counted ambiguous for an operator.
          count('ambiguous');
          deps.events?.ambiguous?.(
            job.editionId,
            subscriberId,
            `SES accepted; not recorded: ${String(error)}`,
          );
          continue;
        }
        // Anything retryable (throttled past the in-process retries, transient SES or DynamoDB errors): give the
        // claim back so the redelivery may send, and report the recipient for retry.
        // Also when the claim call itself failed: its write may have landed, and only our own claim is released.
        await deps.ledger.release(job.editionId, subscriberId, claimant).catch(() => {});
        retry.push(subscriberId);
        deps.events?.retrying?.(job.editionId, subscriberId, String(error));
      }
    }
    return retry;
  };

  let retry = await pass(job.recipients);
  for (let n = 1; n < (deps.passes ?? 3) && retry.length > 0 && paused === undefined; n++) {
    // Transient store or SES errors: try only those recipients again after a short jittered pause, before
    // handing the job back to the queue, whose redelivery would go through every recipient of it again.
    await sleep(100 * 2 ** n * random());
    retry = await pass(retry);
  }

  if (Object.keys(counts).length > 0) await deps.editions.addCounts(job.editionId, counts);
  if (paused !== undefined && parked) return { retry: [], paused };
  const after = await deps.editions.get(job.editionId);
  if (after && after.status === 'sending' && isComplete(after.counts)) {
    await deps.editions.update(job.editionId, { status: 'done' });
  }
  return { retry };
}

/**
 * Parks a job of a paused edition, then reads the edition again: a resume that listed the parked jobs between
 * this job's read of the edition and its park would leave it parked until the item expires (30 days). Returns the
 * pause reason when the edition is still paused (the job stays parked for the resume), else removes the job from
 * the parked store again and returns undefined (the caller sends it; a resume that did see it enqueued a copy whose
 * recipients the ledger skips).
 */
async function parkChecked(
  deps: Pick<SendDeps, 'editions' | 'parked'>,
  job: SendJob,
): Promise<string | undefined> {
  const id = await deps.parked.park(job);
  const edition = await deps.editions.get(job.editionId);
  if (edition?.status === 'paused') return edition.pauseReason ?? 'edition paused';
  await deps.parked.remove(job.editionId, id);
  return undefined;
}

/**
 * Puts a paused edition's parked jobs back on the queue. Safe to run again after any failure: the edition is set
 * sending first, jobs are removed only after they were enqueued, and an edition left `sending` with jobs still
 * parked (a failed or raced earlier resume) is resumed too.
 */
export async function resumeEdition(
  deps: { editions: EditionStore; parked: ParkedJobs; queue: { enqueue(jobs: SendJob[]): Promise<void> } },
  editionId: string,
): Promise<{ resumed: boolean; jobs: number }> {
  const edition = await deps.editions.get(editionId);
  if (edition?.status !== 'paused' && edition?.status !== 'sending') return { resumed: false, jobs: 0 };
  if (edition.status === 'paused') {
    await deps.editions.update(editionId, { status: 'sending', pauseReason: undefined });
  }
  // Until nothing is parked: a job that read the edition as paused may park itself after a listing. Only while the
  // edition is sending: once it is paused again (the quota ran out again), what parks waits for the next resume.
  let jobs = 0;
  for (;;) {
    const parked = await deps.parked.list(editionId);
    if (parked.length === 0) break;
    await deps.queue.enqueue(parked.map((p) => p.job));
    for (const { id } of parked) await deps.parked.remove(editionId, id);
    jobs += parked.length;
    // A failed read ends the loop rather than the resume: what was listed is back on the queue.
    const now = await deps.editions.get(editionId).catch(() => undefined);
    if (now?.status !== 'sending') break;
  }
  return { resumed: edition.status === 'paused' || jobs > 0, jobs };
}
