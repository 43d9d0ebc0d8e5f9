// `tidings digest daily|weekly`: plan an edition on the local stand-ins and send it now through the
// in-process queue, printing planning and sending progress. With --stack: invoke the stack's plan function (the
// send queue and send function do the rest; `tidings editions --watch` follows it).
import { type Command, InvalidArgumentError } from 'commander';
import type { PlanResult } from '../../core/delivery/plan.ts';
import type { DigestCadence } from '../../core/types.ts';
import type { CliContext } from '../context.ts';
import { count, type Io, runCommand, stdio, UsageError } from '../run.ts';
import { type StackInfo, terminalConfirm } from '../stack.ts';

function cadence(value: string): DigestCadence {
  if (value !== 'daily' && value !== 'weekly')
    throw new InvalidArgumentError('cadence must be daily or weekly');
  return value;
}

export interface StackDigestOptions {
  again?: boolean;
  force?: boolean;
  confirm?: (question: string) => Promise<boolean>;
}

/**
 * Plans a digest on a deployed stack by invoking its plan function. `--again` would mail every reader of today's
 * edition a second time: refused unless --force, and then asked.
 */
export async function runStackDigest(
  stack: StackInfo,
  which: DigestCadence,
  options: StackDigestOptions,
  io: Io,
): Promise<void> {
  if (options.again && !options.force) {
    throw new UsageError(
      `--again on stack ${stack.name} mails every reader of today's ${which} edition a second time: it is for the local stack; add --force to do it anyway`,
    );
  }
  if (options.again) {
    const confirm = options.confirm ?? terminalConfirm(false);
    if (
      !(await confirm(
        `Send today's ${which} digest of stack ${stack.name} (${stack.region}) to every reader again?`,
      ))
    ) {
      throw new Error('nothing sent');
    }
  }
  const { InvokeCommand, LambdaClient } = await import('@aws-sdk/client-lambda');
  const lambda = new LambdaClient({ region: stack.region });
  const result = await lambda.send(
    new InvokeCommand({
      FunctionName: stack.outputs.PlanFunctionName,
      Payload: Buffer.from(JSON.stringify({ cadence: which, ...(options.again ? { again: true } : {}) })),
    }),
  );
  const text = result.Payload ? Buffer.from(result.Payload).toString('utf8') : '';
  if (result.FunctionError) {
    let reason = text;
    try {
      reason = (JSON.parse(text) as { errorMessage?: string }).errorMessage ?? text;
    } catch {}
    throw new Error(`the plan function failed: ${reason}`);
  }
  // What the plan function answers: its planDigest result.
  const planned = JSON.parse(text) as PlanResult;
  if (!planned.created) {
    io.out(`${planned.editionId}: already planned — nothing queued again`);
    return;
  }
  io.out(
    `${planned.editionId}: ${count(planned.sections, 'section')}, ${count(planned.subscribers, 'subscriber')}, ${planned.planned} planned in ${count(planned.jobs, 'job')} (${count(planned.variants, 'variant')} compiled) — the send function is sending; follow it with \`tidings --stack ${stack.name} editions --watch\``,
  );
}

export function registerDigest(program: Command, context?: CliContext): void {
  program
    .command('digest')
    .argument('<cadence>', 'daily or weekly', cadence)
    .option(
      '--again',
      'send today’s edition once more (a new edition over the same window, e.g. daily-2025-01-20-again-1): for testing on the local stack',
    )
    .option(
      '--force',
      'with --stack and --again: send it again on a deployed stack (asks first unless --yes)',
    )
    .option('-y, --yes', 'do not ask for confirmation')
    .description(
      'plan and send a digest edition now: locally (npm start must be running), or with --stack on AWS',
    )
    .action((which: DigestCadence, opts: { again?: boolean; force?: boolean; yes?: boolean }) =>
      runCommand('digest', async () => {
        const stack = context?.stack();
        if (stack) {
          await runStackDigest(stack, which, { ...opts, confirm: terminalConfirm(opts.yes) }, stdio);
          return;
        }
        await run(which, opts.again === true);
      }),
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
