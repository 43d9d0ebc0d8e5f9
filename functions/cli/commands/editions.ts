// Operator commands on an edition: `tidings resume <edition>` after a pause (daily quota, bounce or complaint
// rate) puts its parked send jobs back on the queue; `tidings recount <edition>` sets its counts from the delivery
// ledger when a counts write was lost. Both work on AWS when TABLE_NAME is set (with the usual AWS credentials),
// otherwise on the stand-ins of a running `npm start`.
import type { Command } from 'commander';
import type { DeliveryLedger, EditionStore, ParkedJobs, SendQueue } from '../../ports.ts';
import { count, runCommand } from '../run.ts';

interface EditionOps {
  where: string;
  editions: EditionStore;
  ledger: DeliveryLedger;
  parked: ParkedJobs;
  /** The send queue; on AWS only when SEND_QUEUE_URL is set. */
  queue?: SendQueue;
  /** Locally: send what was queued, in this process; returns a summary line. */
  drain?: () => Promise<string>;
}

async function connect(): Promise<EditionOps> {
  if (process.env.TABLE_NAME) {
    const { createDeliveryPorts, readDeliveryConfig } = await import('../../adapters/delivery-ports.ts');
    const ports = await createDeliveryPorts(readDeliveryConfig(process.env, 'operator'));
    return {
      where: `table ${ports.config.data.tableName}`,
      editions: ports.editions,
      ledger: ports.ledger,
      parked: ports.parked,
      ...(ports.queue ? { queue: ports.queue } : {}),
    };
  }
  const { startLocalDelivery } = await import('../../adapters/local/runtime.ts');
  const local = await startLocalDelivery();
  return {
    where: 'the local stand-ins',
    editions: local.ports.editions,
    ledger: local.ports.ledger,
    parked: local.ports.parked,
    queue: local.queue,
    drain: async () => {
      await local.queue.drain();
      const { sent, skipped, failed } = local.tally;
      return `sent ${sent}, skipped ${skipped}, failed ${failed} — outbox: ${local.outboxUrl}`;
    },
  };
}

export function registerEditionCommands(program: Command): void {
  program
    .command('resume')
    .argument('<edition>', 'the paused edition, e.g. daily-2025-01-20')
    .description(
      'put a paused edition’s parked jobs back on the send queue (AWS with TABLE_NAME and SEND_QUEUE_URL, else npm start’s stand-ins, where they are sent at once)',
    )
    .action((editionId: string) =>
      runCommand('resume', async () => {
        const { resumeEdition } = await import('../../core/delivery/send.ts');
        const ops = await connect();
        const edition = await ops.editions.get(editionId);
        if (!edition) throw new Error(`no edition ${editionId} in ${ops.where}`);
        if (!ops.queue) {
          throw new Error('set SEND_QUEUE_URL (the stack output SendQueueUrl) to resume on AWS');
        }
        const result = await resumeEdition(
          { editions: ops.editions, parked: ops.parked, queue: ops.queue },
          editionId,
        );
        if (!result.resumed) {
          console.log(`${editionId} is ${edition.status}, with nothing parked: nothing to resume`);
          return;
        }
        console.log(`${editionId}: ${count(result.jobs, 'parked job')} queued again`);
        if (ops.drain) console.log(await ops.drain());
      }),
    );

  program
    .command('recount')
    .argument('<edition>', 'the edition, e.g. daily-2025-01-20')
    .description(
      'set an edition’s planned/sent/skipped/failed/ambiguous counts from its delivery ledger and finish it if complete; run it once no job of it is running or queued',
    )
    .action((editionId: string) =>
      runCommand('recount', async () => {
        const { recountEdition } = await import('../../core/delivery/recount.ts');
        const ops = await connect();
        const r = await recountEdition(ops, editionId);
        const line = (c: typeof r.after) =>
          `planned ${c.planned}, sent ${c.sent}, skipped ${c.skipped}, failed ${c.failed}, ambiguous ${c.ambiguous ?? 0}`;
        console.log(`${editionId} (${ops.where})`);
        console.log(`  before: ${line(r.before)}`);
        console.log(`  after:  ${line(r.after)} — ${r.status}`);
        if (r.ambiguous > 0) {
          console.log(
            `  ${count(r.ambiguous, 'ambiguous delivery', 'ambiguous deliveries')}: claimed with no outcome recorded (SES's reply was lost, or SES accepted and the record was not written) — each got at most one email and none is resent; the ledger item's reason says which (see docs/delivery.md)`,
          );
        }
        if (r.parked > 0)
          console.log(
            `  ${count(r.parked, 'recipient', 'recipients')} wait in parked jobs: \`tidings resume ${editionId}\``,
          );
      }),
    );
}
