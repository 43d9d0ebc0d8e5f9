// SES bounce and complaint notifications: suppress the address for good, count the event on its edition, and
// pause an edition whose rates approach the levels at which SES reviews (5% bounces, 0.1% complaints) the account.
import type { EditionStore, SubscriberStore } from '../../ports.ts';
import type { Subscriber } from '../subscribers/types.ts';
import { DELIVERY_HEADERS } from './editions.ts';
import type { Edition } from './types.ts';

/** The part of an SES notification (SNS or event publishing) that feedback reads. */
export interface SesFeedback {
  notificationType?: string;
  eventType?: string;
  bounce?: { bounceType?: string; bouncedRecipients?: { emailAddress?: string }[] };
  complaint?: { complainedRecipients?: { emailAddress?: string }[] };
  mail?: {
    messageId?: string;
    tags?: Record<string, string[] | undefined>;
    headers?: { name?: string; value?: string }[];
  };
}

export type FeedbackOutcome =
  | { kind: 'hard-bounce' | 'complaint'; subscriberId?: string; editionId?: string; paused?: string }
  | { kind: 'soft-bounce'; subscriberId?: string; editionId?: string }
  | { kind: 'ignored'; reason: string };

export interface FeedbackDeps {
  subscribers: SubscriberStore;
  editions: EditionStore;
  clock: { now(): Date };
}

export const PAUSE_THRESHOLDS = {
  bounceRate: 0.05,
  complaintRate: 0.001,
  /** Rates over fewer sends say little: one bounce in ten emails is not a 10% bounce rate yet. */
  minBounceSample: 200,
  minComplaintSample: 1000,
} as const;

function tagOrHeader(mail: SesFeedback['mail'], tag: string, header: string): string | undefined {
  const fromTag = mail?.tags?.[tag]?.[0];
  if (fromTag) return fromTag;
  return mail?.headers?.find((h) => h.name?.toLowerCase() === header.toLowerCase())?.value;
}

/** Why an edition should pause now, or undefined. */
export function pauseReasonFor(edition: Edition): string | undefined {
  const { sent, bounced, complained } = edition.counts;
  if (sent >= PAUSE_THRESHOLDS.minBounceSample && bounced / sent > PAUSE_THRESHOLDS.bounceRate) {
    return `bounce rate ${((bounced / sent) * 100).toFixed(1)}% over ${sent} sends passed 5% (the SES review level): check the list's source before resuming`;
  }
  if (sent >= PAUSE_THRESHOLDS.minComplaintSample && complained / sent > PAUSE_THRESHOLDS.complaintRate) {
    return `complaint rate ${((complained / sent) * 100).toFixed(2)}% over ${sent} sends passed 0.1% (the SES review level): check consent and content before resuming`;
  }
  return undefined;
}

export async function applyFeedback(
  deps: FeedbackDeps,
  notification: SesFeedback,
): Promise<FeedbackOutcome[]> {
  const type = notification.notificationType ?? notification.eventType;
  if (type !== 'Bounce' && type !== 'Complaint')
    return [{ kind: 'ignored', reason: `not a bounce or complaint (${type})` }];
  const hard = type === 'Bounce' && notification.bounce?.bounceType === 'Permanent';
  const recipients =
    type === 'Bounce'
      ? (notification.bounce?.bouncedRecipients ?? [])
      : (notification.complaint?.complainedRecipients ?? []);
  const editionId = tagOrHeader(notification.mail, 'edition', DELIVERY_HEADERS.edition);
  const taggedSubscriber = tagOrHeader(notification.mail, 'subscriber', DELIVERY_HEADERS.subscriber);
  const at = deps.clock.now().toISOString();

  const outcomes: FeedbackOutcome[] = [];
  const addresses = recipients
    .map((r) => r.emailAddress?.trim().toLowerCase())
    .filter((a): a is string => !!a);
  for (const address of addresses.length > 0 ? addresses : [undefined]) {
    // The tag names the subscriber even when the delivery record is not written yet (a bounce can outrun it);
    // the address is the fallback for notifications without tags.
    let subscriber: Subscriber | undefined =
      taggedSubscriber && addresses.length <= 1 ? await deps.subscribers.get(taggedSubscriber) : undefined;
    if (!subscriber && address) subscriber = await deps.subscribers.getByEmail(address);
    if (type === 'Bounce' && !hard) {
      outcomes.push({
        kind: 'soft-bounce',
        ...(subscriber ? { subscriberId: subscriber.id } : {}),
        ...(editionId ? { editionId } : {}),
      });
      continue;
    }
    if (subscriber) await deps.subscribers.setStatus(subscriber.id, hard ? 'bounced' : 'complained', at);
    let paused: string | undefined;
    if (editionId) {
      await deps.editions.addCounts(editionId, hard ? { bounced: 1 } : { complained: 1 });
      const edition = await deps.editions.get(editionId);
      if (edition && edition.status !== 'paused' && edition.status !== 'done') {
        paused = pauseReasonFor(edition);
        if (paused) await deps.editions.update(editionId, { status: 'paused', pauseReason: paused });
      }
    }
    outcomes.push({
      kind: hard ? 'hard-bounce' : 'complaint',
      ...(subscriber ? { subscriberId: subscriber.id } : {}),
      ...(editionId ? { editionId } : {}),
      ...(paused ? { paused } : {}),
    });
  }
  return outcomes;
}
