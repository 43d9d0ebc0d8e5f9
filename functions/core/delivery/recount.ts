// Counts of an edition recounted from the delivery ledger. The sender adds each job's counts after its sends; if
// that one write fails, the redelivered job finds every recipient claimed and adds nothing, so the edition never
// reaches `done`. The ledger holds one record per recipient and is the truth the counts summarize.
import type { DeliveryLedger, EditionStore } from '../../ports.ts';
import { isComplete } from './editions.ts';
import type { EditionCounts, EditionStatus } from './types.ts';

export interface RecountResult {
  editionId: string;
  before: EditionCounts;
  after: EditionCounts;
  /** Claims not settled: a job still running, or the crash window (SES accepted, no record written). */
  sending: number;
  status: EditionStatus;
}

export class EditionMissingError extends Error {
  override name = 'EditionMissingError';
}

/**
 * Sets the edition's sent, skipped and failed counts from its ledger, and marks it done when that completes it.
 * Run it once no job of the edition is running (its queue drained or the edition paused); bounced, complained
 * and planned are left as they are (they come from feedback and planning, not from the ledger).
 */
export async function recountEdition(
  deps: { editions: EditionStore; ledger: DeliveryLedger },
  editionId: string,
): Promise<RecountResult> {
  const edition = await deps.editions.get(editionId);
  if (!edition) throw new EditionMissingError(`no edition ${editionId}`);
  const tally = await deps.ledger.tally(editionId);
  const recounted = { sent: tally.sent, skipped: tally.skipped, failed: tally.failed };
  await deps.editions.setCounts(editionId, recounted);
  const after = { ...edition.counts, ...recounted };
  let status = edition.status;
  if (status === 'sending' && isComplete(after)) {
    await deps.editions.update(editionId, { status: 'done' });
    status = 'done';
  }
  return { editionId, before: edition.counts, after, sending: tally.sending, status };
}
