// The delivery pipeline in one process for the CLI: production ports on the local stand-ins, with the
// in-process send queue driving the real send handler (partial batch failures and redelivery included).
import { sendJob } from '../../core/delivery/send.ts';
import type { DeskDeps } from '../../core/desk/publishing.ts';
import { createSendHandler, sendDepsFrom } from '../../handlers/send.ts';
import type { PublishScheduler } from '../../ports.ts';
import { createLogger, createMetrics } from '../../shared/logging.ts';
import { asFunction } from '../../shared/sdk-calls.ts';
import {
  createDeliveryPorts,
  type DeliveryPorts,
  deskDeps,
  planningDeps,
  readDeliveryConfig,
} from '../delivery-ports.ts';
import { editionRenderer } from '../render/renderer.ts';
import { assertReachable, localDeliveryEnv } from './environment.ts';
import { createLocalSendQueue, type LocalSendQueue } from './send-queue.ts';

export interface SendTally {
  sent: number;
  skipped: number;
  failed: number;
  /** Sends whose outcome is unknown (SES reply lost), left `sending` and never resent. */
  ambiguous: number;
  throttled: number;
}

export interface LocalDelivery {
  ports: DeliveryPorts;
  queue: LocalSendQueue;
  tally: SendTally;
  /** Deps for publishArticle / planDigest (same shape). */
  coreDeps: ReturnType<typeof planningDeps<LocalSendQueue>>;
  /** The same, plus versions, scheduled articles and the local scheduler: publish, correct, schedule, withdraw. */
  desk: ReturnType<typeof planningDeps<LocalSendQueue>> & DeskDeps;
  outboxUrl: string;
}

/**
 * The CLI's scheduler: a scheduled article is stored in the stand-ins, where the running `npm start`'s timer
 * (which re-reads them every few seconds) finds it; nothing to wake.
 */
export const storeOnlyScheduler: PublishScheduler = {
  async schedule() {},
  async cancel() {},
};

export async function startLocalDelivery(
  options: {
    env?: NodeJS.ProcessEnv;
    onSend?: (tally: SendTally) => void;
    redeliveryDelayMs?: number;
    /** npm start's timer; the CLI's default only stores (npm start's timer picks it up). */
    scheduler?: PublishScheduler;
    /** A clock for publishing and planning (tests that move time: a pause that ends); the system clock otherwise. */
    clock?: { now(): Date };
  } = {},
): Promise<LocalDelivery> {
  // EMF lines would drown the CLI's own progress output.
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  const env = await localDeliveryEnv(options.env ?? process.env);
  const config = readDeliveryConfig(env, 'cli');
  const mail = config.mail!;
  await assertReachable([
    { name: 'the local DynamoDB', url: config.data.dynamodbEndpoint ?? '' },
    { name: 'the local SES', url: `${mail.sesEndpoint ?? ''}/health-check` },
  ]);
  const ports = await createDeliveryPorts(config);
  const tally: SendTally = { sent: 0, skipped: 0, failed: 0, ambiguous: 0, throttled: 0 };
  const logger = createLogger('tidings-cli', 'ERROR');
  const bump = (name: keyof SendTally) => () => {
    tally[name]++;
    options.onSend?.(tally);
  };
  const sendDeps = await sendDepsFrom(ports, config, {
    sent: bump('sent'),
    skipped: bump('skipped'),
    failed: bump('failed'),
    ambiguous: bump('ambiguous'),
    throttled: bump('throttled'),
  });
  const send = createSendHandler({
    sendJob: (job) => sendJob(sendDeps, job),
    logger,
    metrics: createMetrics('tidings-cli'),
  });
  const queue = createLocalSendQueue({
    // The send function's calls, whoever enqueued the job (recorded as its own by the least-privilege test).
    handle: (event) => asFunction('send', () => send(event)),
    concurrency: config.delivery.senderConcurrency,
    redeliveryDelayMs: options.redeliveryDelayMs ?? 500,
  });
  const planning = planningDeps(ports, queue, editionRenderer);
  const coreDeps = options.clock ? { ...planning, clock: options.clock } : planning;
  return {
    ports,
    queue,
    tally,
    coreDeps,
    desk: deskDeps(coreDeps, ports, options.scheduler ?? storeOnlyScheduler),
    outboxUrl: `${mail.sesEndpoint}/`,
  };
}
