// `tidings --stack <StackName>` (or TIDINGS_STACK): the commands act on a deployed stack with the caller's own AWS
// credentials. The stack's outputs say where everything is (table, send queue, content bucket, plan function,
// schedule group); they are read once with CloudFormation DescribeStacks. Before anything is written the command
// says which stack, region and identity it acts as, and a change that cannot be undone asks first (--yes skips).
import { createInterface } from 'node:readline/promises';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { PublishScheduler } from '../ports.ts';
import type { Io } from './run.ts';
import { UsageError } from './run.ts';
import type { DeskStores } from './target.ts';

/** The outputs the CLI needs; the stack (infra/stack.ts) declares each. */
export const REQUIRED_OUTPUTS = [
  'TableName',
  'SendQueueUrl',
  'PlanFunctionName',
  'ContentBucketName',
] as const;

export interface StackInfo {
  name: string;
  region: string;
  outputs: Record<string, string>;
  /** The caller (STS), as versions and the statement before a write name it. */
  caller: string;
}

const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;

/** Reads the stack's outputs; a missing stack or output is one line saying what to do. */
export async function readStack(name: string, region: string | undefined): Promise<StackInfo> {
  if (!STACK_NAME.test(name)) throw new UsageError(`"${name}" is not a CloudFormation stack name`);
  const cfn = new CloudFormationClient(region ? { region } : {});
  const where = await cfn.config.region();
  let stack: { Outputs?: { OutputKey?: string; OutputValue?: string }[] } | undefined;
  try {
    stack = (await cfn.send(new DescribeStacksCommand({ StackName: name }))).Stacks?.[0];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/does not exist/.test(message)) {
      throw new Error(`no stack ${name} in ${where}: check the name, or the region (--region or AWS_REGION)`);
    }
    throw new Error(`cannot read stack ${name} in ${where}: ${message}`);
  }
  if (!stack) throw new Error(`no stack ${name} in ${where}`);
  const outputs = Object.fromEntries(
    (stack.Outputs ?? [])
      .filter((o) => o.OutputKey && o.OutputValue)
      .map((o) => [o.OutputKey!, o.OutputValue!]),
  );
  const missing = REQUIRED_OUTPUTS.filter((k) => !outputs[k]);
  if (missing.length > 0) {
    throw new Error(
      `stack ${name} has no output ${missing.join(', ')}: it is not a tidings stack, or an older one (cdk deploy this version)`,
    );
  }
  const sts = new STSClient({ region: where });
  const caller = (await sts.send(new GetCallerIdentityCommand({}))).Arn ?? 'unknown caller';
  return { name, region: where, outputs, caller };
}

/** The environment the operator adapters read (functions/adapters/delivery-config.ts), from the outputs. */
export function stackEnv(stack: StackInfo, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const { TOKEN_KEYS_FILE: _local, ...rest } = base;
  return {
    ...rest,
    AWS_REGION: stack.region,
    TABLE_NAME: stack.outputs.TableName,
    SEND_QUEUE_URL: stack.outputs.SendQueueUrl,
    // Erase, import and migrate key suppression entries with the pepper kept in the token keys secret.
    ...(stack.outputs.TokenKeysSecretArn ? { TOKEN_KEYS_SECRET_ARN: stack.outputs.TokenKeysSecretArn } : {}),
  };
}

/** Asks on the terminal; without one (a script, CI) the answer must be given with --yes. */
export function terminalConfirm(yes: boolean | undefined): (question: string) => Promise<boolean> {
  return async (question) => {
    if (yes) return true;
    if (!process.stdin.isTTY) throw new UsageError(`${question} — no terminal to ask: add --yes to confirm`);
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
    } finally {
      rl.close();
    }
  };
}

export interface StackTarget extends DeskStores {
  kind: 'stack';
  where: string;
  timezone: string;
  stack: StackInfo;
  confirm(question: string): Promise<boolean>;
}

/** One line, before the first write: what is about to be changed, and as whom. */
export function announce(stack: StackInfo, io: Io): void {
  io.err(`acting on stack ${stack.name} in ${stack.region} as ${stack.caller}`);
}

export async function stackTarget(
  stack: StackInfo,
  options: { yes?: boolean; confirm?: (q: string) => Promise<boolean> } = {},
): Promise<StackTarget> {
  const [
    { createDeliveryPorts, readDeliveryConfig },
    { SchedulerClient },
    { createEventBridgePublishScheduler },
  ] = await Promise.all([
    import('../adapters/delivery-ports.ts'),
    import('@aws-sdk/client-scheduler'),
    import('../adapters/scheduler/publish-scheduler.ts'),
  ]);
  const ports = await createDeliveryPorts(readDeliveryConfig(stackEnv(stack), 'operator'));
  // The CLI only cancels schedules (publishing with a publishAt goes through the content bucket and the publish
  // function, which schedules): no role or target is needed to delete one.
  const group = stack.outputs.PublishScheduleGroup;
  const scheduler: PublishScheduler = group
    ? createEventBridgePublishScheduler({
        client: new SchedulerClient({ region: stack.region }),
        groupName: group,
        roleArn: '',
        targetArn: '',
      })
    : {
        async schedule() {
          throw new Error(`stack ${stack.name} has no PublishScheduleGroup output`);
        },
        async cancel() {},
      };
  return {
    kind: 'stack',
    where: `stack ${stack.name} (${stack.region})`,
    timezone: ports.config.delivery.timezone,
    stack,
    confirm: options.confirm ?? terminalConfirm(options.yes),
    content: ports.content,
    history: ports.history,
    scheduled: ports.scheduled,
    scheduler,
    editions: ports.editions,
    ledger: ports.ledger,
    parked: ports.parked,
    subscribers: ports.subscribers,
    clock: ports.clock,
  };
}
