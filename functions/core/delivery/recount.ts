// Counts of an edition recounted from the delivery ledger. The sender adds each job's counts after its sends; if
// that one write fails, the redelivered job finds every recipient claimed and adds nothing, so the edition never
// reaches `done`. The ledger holds one record per recipient and is the truth the counts summarize; together with
// the parked jobs it also says how many recipients were planned (a planned count written twice by an older
// version, or by hand, is put right).
import type { DeliveryLedger, EditionStore, ParkedJobs } from '../../ports.ts';
import { isComplete } from './editions.ts';
import type { EditionCounts, EditionStatus } from './types.ts';

export interface RecountResult {
  editionId: string;
  before: EditionCounts;
  after: EditionCounts;
  /**
   * Claims without an outcome: SES's reply was lost, or SES accepted and the ledger write failed or the sender
   * died (or a job is still running). Each got at most one email and none is resent.
   */
  ambiguous: number;
  /** Recipients in parked jobs with no delivery record yet: they are sent when the edition resumes. */
  parked: number;
  status: EditionStatus;
}

export class EditionMissingError extends Error {
  override name = 'EditionMissingError';
}

/**
 * Sets the edition's planned, sent, skipped, failed and ambiguous counts from its ledger (and parked jobs), and
 * marks it done when that completes it. Run it once no job of the edition is running or waiting in the queue or its
 * dead-letter queue (the queue drained, or the edition paused): a recipient whose job is still queued has no
 * record yet. Bounced and complained come from feedback and are left as they are.
 */
export async function recountEdition(
  deps: { editions: EditionStore; ledger: DeliveryLedger; parked: ParkedJobs },
  editionId: string,
): Promise<RecountResult> {
  const edition = await deps.editions.get(editionId);
  if (!edition) throw new EditionMissingError(`no edition ${editionId}`);
  const tally = await deps.ledger.tally(editionId);
  let parked = 0;
  const seen = new Set<string>();
  for (const { job } of await deps.parked.list(editionId)) {
    for (const subscriberId of job.recipients) {
      if (seen.has(subscriberId)) continue;
      seen.add(subscriberId);
      if (!(await deps.ledger.get(editionId, subscriberId))) parked++;
    }
  }
  const recorded = tally.sent + tally.skipped + tally.failed + tally.sending;
  const recounted: Partial<EditionCounts> = {
    sent: tally.sent,
    skipped: tally.skipped,
    failed: tally.failed,
    ambiguous: tally.sending,
    // Nothing recorded and nothing parked says nothing about the plan (its jobs may all be queued): keep it.
    ...(recorded + parked > 0 ? { planned: recorded + parked } : {}),
  };
  await deps.editions.setCounts(editionId, recounted);
  const after = { ...edition.counts, ...recounted };
  let status = edition.status;
  if (status === 'sending' && isComplete(after)) {
    await deps.editions.update(editionId, { status: 'done' });
    status = 'done';
  }
  return { editionId, before: edition.counts, after, ambiguous: tally.sending, parked, status };
}
