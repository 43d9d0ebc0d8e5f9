// `tidings digest daily|weekly`: plan an edition on the local stand-ins and send it now through the
// in-process queue, printing planning and sending progress.
import { type Command, InvalidArgumentError } from 'commander';
import type { DigestCadence } from '../../core/types.ts';
import { count, runCommand } from '../run.ts';

function cadence(value: string): DigestCadence {
  if (value !== 'daily' && value !== 'weekly')
    throw new InvalidArgumentError('cadence must be daily or weekly');
  return value;
}

export function registerDigest(program: Command): void {
  program
    .command('digest')
    .argument('<cadence>', 'daily or weekly', cadence)
    .option(
      '--again',
      'send today’s edition once more (a new edition over the same window, e.g. daily-2025-01-20-again-1): for testing on the local stack',
    )
    .description('plan and send a digest edition locally (npm start must be running)')
    .action((which: DigestCadence, opts: { again?: boolean }) =>
      runCommand('digest', () => run(which, opts.again === true)),
    );
}

async function run(which: DigestCadence, again: boolean): Promise<void> {
  const [{ planDigest }, { startLocalDelivery }] = await Promise.all([
    import('../../core/delivery/plan.ts'),
    import('../../adapters/local/runtime.ts'),
  ]);
  const local = await startLocalDelivery();
  let progressShown = false;
  const result = await planDigest(local.coreDeps, which, {
    again,
    onProgress: (p) => {
      progressShown = true;
      process.stderr.write(
        `\rplanning: ${p.subscribers} subscribers, ${p.planned} planned, ${p.variants} variants`,
      );
    },
  });
  if (progressShown) process.stderr.write('\n');
  if (!result.created) {
    console.log(
      `${result.editionId}: already planned — nothing queued again (to send it again for a test: tidings digest ${which} --again)`,
    );
    return;
  }
  console.log(
    `${result.editionId}: ${count(result.sections, 'section')}, ${count(result.subscribers, 'subscriber')}, ` +
      `${result.planned} planned in ${count(result.jobs, 'job')} (${count(result.variants, 'variant')} compiled)`,
  );
  await local.queue.drain();
  const { sent, skipped, failed } = local.tally;
  console.log(`sent ${sent}, skipped ${skipped}, failed ${failed} — outbox: ${local.outboxUrl}`);
  if (local.queue.deadLetters.length > 0) {
    console.error(
      `${count(local.queue.deadLetters.length, 'send job')} failed repeatedly and were set aside`,
    );
    process.exitCode = 1;
  }
}
