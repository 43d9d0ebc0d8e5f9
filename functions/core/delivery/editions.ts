// Edition identity and bookkeeping shared by planning, sending and feedback.

import type { EditionStore } from '../../ports.ts';
import type { Cadence, DigestCadence } from '../types.ts';
import type { Edition, EditionCounts, MailingList } from './types.ts';

export const EPOCH = '1970-01-01T00:00:00.000Z';

export const zeroCounts = (): EditionCounts => ({
  planned: 0,
  sent: 0,
  skipped: 0,
  failed: 0,
  ambiguous: 0,
  bounced: 0,
  complained: 0,
});

/** The calendar date of an instant in a time zone, YYYY-MM-DD: what readers see and what names an edition. */
export function editionDate(at: Date, timezone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** One digest edition per cadence and local day: planning twice the same day finds the same id. */
export function digestEditionId(cadence: DigestCadence, at: Date, timezone: string): string {
  return `${cadence}-${editionDate(at, timezone)}`;
}

/**
 * One alert edition per published article: the delivery ledger, keyed by (edition, subscriber), then allows one
 * alert per article and reader however many of their topics or of its sections match.
 */
export function alertEditionId(articleSlug: string): string {
  return `alert-${articleSlug}`;
}

/** The edition's web version (the archive page): what "view in browser" opens. */
export function editionUrl(siteUrl: string, editionId: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/archive/${encodeURIComponent(editionId)}`;
}

export function newEdition(id: string, cadence: Cadence, from: string, until: string, at: string): Edition {
  return { id, cadence, status: 'planned', from, until, counts: zeroCounts(), createdAt: at, updatedAt: at };
}

/** Every recipient accounted for (an ambiguous send is never retried, so it is accounted for): the edition is done. */
export function isComplete(counts: EditionCounts): boolean {
  const settled = counts.sent + counts.skipped + counts.failed + (counts.ambiguous ?? 0);
  return counts.planned > 0 && settled >= counts.planned;
}

/**
 * Headers every delivered message carries (and SES tags with the same values), so bounce and complaint feedback
 * finds its edition and subscriber without looking the address up.
 */
export const DELIVERY_HEADERS = { edition: 'X-Tidings-Edition', subscriber: 'X-Tidings-Subscriber' } as const;

/**
 * SES message tags that SES turns into the Feedback-ID header, by which Gmail Postmaster Tools splits complaint
 * rates: `a` the stream (digest-daily, digest-weekly, alert, welcome, confirmation), `b` a cadence or topic group.
 * Never a per-subscriber value: Feedback-ID identifies campaigns, and one per person would split nothing.
 */
export function feedbackTags(stream: string, group?: string): Record<string, string> {
  return { 'ses:feedback-id-a': stream, ...(group ? { 'ses:feedback-id-b': group } : {}) };
}

/** The mailbox whose mail the inbound unsubscribe function reads (the token travels in the subject). */
export function unsubscribeMailbox(inboundDomain: string): string {
  return `unsubscribe@${inboundDomain}`;
}

/** RFC 2919 List-Id, one per list: `<daily.digest.example.org>`, `<weekly.digest.example.org>`, `<alerts.example.org>`. */
export function listId(list: MailingList, domain: string): string {
  return list.kind === 'digest' ? `<${list.cadence}.digest.${domain}>` : `<alerts.${domain}>`;
}

/**
 * After the planned count is written: a planned edition starts sending (done at once with nobody to mail), and
 * is done already if fast senders finished every job before the count was there. Another status (paused by a
 * sender, done) is left as it is, so a plan or publish taken up again never reopens an edition.
 */
export async function startSending(editions: EditionStore, id: string, planned: number): Promise<void> {
  const before = await editions.get(id);
  if (before?.status === 'planned') {
    const status: Edition['status'] = planned > 0 ? 'sending' : 'done';
    await editions.update(id, { status });
  }
  const stored = await editions.get(id);
  if (stored?.status === 'sending' && isComplete(stored.counts))
    await editions.update(id, { status: 'done' });
}
