// `tidings digest daily|weekly`: plan an edition on the local stand-ins and send it now through the
// in-process queue, printing planning and sending progress.
import { type Command, InvalidArgumentError } from 'commander';
import type { DigestCadence } from '../../core/types.ts';

function cadence(value: string): DigestCadence {
  if (value !== 'daily' && value !== 'weekly')
    throw new InvalidArgumentError('cadence must be daily or weekly');
  return value;
}

export function registerDigest(program: Command): void {
  program
    .command('digest')
    .argument('<cadence>', 'daily or weekly', cadence)
    .description('plan and send a digest edition locally (npm start must be running)')
    .action(async (which: DigestCadence) => {
      try {
        await run(which);
      } catch (error) {
        fail(error);
      }
    });
}

async function run(which: DigestCadence): Promise<void> {
  // Versions are pinned by the lock file; the SDK's Node 22 notice is not for someone running the CLI.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const [{ planDigest }, { startLocalDelivery }] = await Promise.all([
    import('../../core/delivery/plan.ts'),
    import('../../adapters/local/runtime.ts'),
  ]);
  const local = await startLocalDelivery();
  let progressShown = false;
  const result = await planDigest(local.coreDeps, which, {
    onProgress: (p) => {
      progressShown = true;
      process.stderr.write(
        `\rplanning: ${p.subscribers} subscribers, ${p.planned} planned, ${p.variants} variants`,
      );
    },
  });
  if (progressShown) process.stderr.write('\n');
  if (!result.created) {
    console.log(`${result.editionId}: already planned — nothing queued again`);
    return;
  }
  console.log(
    `${result.editionId}: ${result.sections} sections, ${result.subscribers} subscribers, ` +
      `${result.planned} planned in ${result.jobs} jobs (${result.variants} variants compiled)`,
  );
  await local.queue.drain();
  const { sent, skipped, failed } = local.tally;
  console.log(`sent ${sent}, skipped ${skipped}, failed ${failed} — outbox: ${local.outboxUrl}`);
  if (local.queue.deadLetters.length > 0) {
    console.error(`${local.queue.deadLetters.length} send jobs failed repeatedly and were set aside`);
    process.exitCode = 1;
  }
}

/** The reason, never a stack trace: a missing stand-in or a bad setting is something the user can fix. */
function fail(error: unknown): void {
  console.error(`tidings digest: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
