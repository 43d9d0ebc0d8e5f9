// `tidings resume <edition>`: after a pause (daily quota, bounce or complaint rate), put the edition's parked send
// jobs back on the queue; the delivery ledger keeps anyone from getting the edition twice.
import type { Command } from 'commander';

export function registerResume(program: Command): void {
  program
    .command('resume')
    .argument('<edition>', 'the paused edition, e.g. daily-2025-01-20')
    .description('resume a paused edition locally and send what was left (npm start must be running)')
    .action(async (editionId: string) => {
      try {
        const [{ resumeEdition }, { startLocalDelivery }] = await Promise.all([
          import('../../core/delivery/send.ts'),
          import('../../adapters/local/runtime.ts'),
        ]);
        const local = await startLocalDelivery();
        const edition = await local.ports.editions.get(editionId);
        if (!edition) {
          console.error(`tidings resume: no edition ${editionId}`);
          process.exitCode = 1;
          return;
        }
        const result = await resumeEdition(
          { editions: local.ports.editions, parked: local.ports.parked, queue: local.queue },
          editionId,
        );
        if (!result.resumed) {
          console.log(`${editionId} is ${edition.status}, not paused: nothing to resume`);
          return;
        }
        console.log(`${editionId}: ${result.jobs} parked jobs queued again`);
        await local.queue.drain();
        const { sent, skipped, failed } = local.tally;
        console.log(`sent ${sent}, skipped ${skipped}, failed ${failed} — outbox: ${local.outboxUrl}`);
      } catch (error) {
        console.error(`tidings resume: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      }
    });
}
