// Lambda entry: SQS send queue → sendJob per record, through Powertools' batch processor. Records with
// recipients left to retry are reported as partial batch failures so SQS redelivers only them; recipients already sent are skipped on redelivery by the
// delivery ledger. A malformed record is logged and failed, so after maxReceiveCount it lands in the DLQ.

import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { type DeliveryConfig, readDeliveryConfig } from '../adapters/delivery-config.ts';
import { createSenderPorts, type SenderPorts } from '../adapters/sender-ports.ts';
import { TokenBucket } from '../core/delivery/rate.ts';
import { type SendDeps, type SendEvents, sendJob } from '../core/delivery/send.ts';
import type { SendJob } from '../core/delivery/types.ts';
import { countDeliveries, createLogger, createMetrics } from '../shared/logging.ts';
import { withTracing } from '../shared/tracing.ts';
import * as z from '../shared/validation.ts';

const MAX_RECIPIENTS = 50;

const id = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
export const sendJobSchema = z.object({
  editionId: id(200),
  variantKey: id(500),
  list: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('digest'), cadence: z.enum(['daily', 'weekly']) }),
    // `topic`: jobs queued before alerts became one list (one per topic); still read during a deploy.
    z.object({ kind: z.literal('alerts'), topic: z.optional(id(100)) }),
  ]),
  topics: z.optional(z.array(id(100)).check(z.minLength(1), z.maxLength(100))),
  recipients: z.array(id(100)).check(z.minLength(1), z.maxLength(MAX_RECIPIENTS)),
});

export interface SendOutcome {
  /** Recipients not sent yet that a redelivery should try again. */
  retry: string[];
  /** Set when the edition is paused (quota, bounce rate): resuming it re-enqueues what is left. */
  paused?: string;
}

export interface SendHandlerDeps {
  sendJob(job: SendJob): Promise<SendOutcome>;
  logger: Logger;
  metrics: Metrics;
}

/** Parses one record body; returns a reason instead of throwing so one bad record never fails the batch. */
export function parseSendJob(body: string): { ok: true; job: SendJob } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'body is not JSON' };
  }
  const parsed = sendJobSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `not a send job: ${issue?.path.join('.') || 'body'} ${issue?.message ?? ''}`.trim(),
    };
  }
  const { list, topics, ...rest } = parsed.data;
  if (list.kind === 'digest') return { ok: true, job: { ...rest, list, ...(topics ? { topics } : {}) } };
  const legacy = topics ?? (list.topic !== undefined ? [list.topic] : undefined);
  return { ok: true, job: { ...rest, list: { kind: 'alerts' }, ...(legacy ? { topics: legacy } : {}) } };
}

/** A record SQS should deliver again (the message stays); the batch processor reports it as a failure. */
class RedeliverRecord extends Error {
  override name = 'RedeliverRecord';
}

export function createSendHandler(
  deps: SendHandlerDeps,
): (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse> {
  const { logger, metrics } = deps;
  // Returns when the message is done with; throws when SQS should deliver it again.
  const sendRecord = async (record: SQSRecord): Promise<void> => {
    const parsed = parseSendJob(record.body);
    if (!parsed.ok) {
      logger.error('malformed send job', { messageId: record.messageId, reason: parsed.reason });
      metrics.addMetric('malformedJobs', 'Count', 1);
      throw new RedeliverRecord(parsed.reason); // after maxReceiveCount it lands in the DLQ
    }
    const { job } = parsed;
    let outcome: SendOutcome;
    try {
      outcome = await deps.sendJob(job);
    } catch (error) {
      logger.error('send job failed', { messageId: record.messageId, editionId: job.editionId, error });
      throw error;
    }
    if (outcome.paused) {
      // Not redelivered: a paused edition would only cycle the message into the DLQ; resumeEdition re-enqueues.
      logger.warn('edition paused', {
        editionId: job.editionId,
        reason: outcome.paused,
        left: outcome.retry.length,
      });
    } else if (outcome.retry.length > 0) {
      logger.info('recipients to retry', { editionId: job.editionId, retry: outcome.retry.length });
      throw new RedeliverRecord(`${outcome.retry.length} recipients to retry`);
    }
  };
  return async (event, context) => {
    try {
      // A processor per invocation: it holds the batch's state, and the local queue invokes concurrently.
      return await processPartialResponse(event, sendRecord, new BatchProcessor(EventType.SQS), {
        ...(context ? { context } : {}),
        // One record at a time: the sender's rate limiter paces the whole invocation.
        processInParallel: false,
        // A batch whose every record has recipients to retry (ordinary SES throttling, often a batch of one) is
        // answered like any partial failure, not as a function error: errors are for what is really broken.
        throwOnFullBatchFailure: false,
      });
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}

const logger = createLogger('tidings-send');
const metrics = createMetrics('tidings-send');

/**
 * Core send events → EMF counters (sent, skipped, throttled, and the alarmed PermanentSendFailures, AmbiguousSends,
 * EditionPaused) and a log line for each that an operator acts on.
 */
export function metricEvents(target: Metrics, log: Logger): SendEvents {
  return {
    sent: () => countDeliveries(target, { sent: 1 }),
    skipped: () => countDeliveries(target, { skipped: 1 }),
    failed: (editionId, _subscriberId, reason) => {
      countDeliveries(target, { PermanentSendFailures: 1 });
      log.warn('delivery failed for good', { editionId, reason });
    },
    ambiguous: (editionId, subscriberId, reason) => {
      countDeliveries(target, { AmbiguousSends: 1 });
      log.error('send outcome unknown: left `sending`, not resent', { editionId, subscriberId, reason });
    },
    retrying: (editionId, _subscriberId, reason) => log.info('recipient retried', { editionId, reason }),
    throttled: () => countDeliveries(target, { throttled: 1 }),
    paused: (editionId, reason) => {
      countDeliveries(target, { EditionPaused: 1 });
      log.error('edition paused', { editionId, reason });
    },
  };
}

/** The sender's deps from the production ports: sendJob bound to them with this sender's share of the rate. */
export async function sendDepsFrom(
  ports: SenderPorts,
  config: DeliveryConfig,
  events: SendDeps['events'],
): Promise<SendDeps> {
  const mail = config.mail!;
  return {
    subscribers: ports.subscribers,
    editions: ports.editions,
    variants: ports.variants,
    ledger: ports.ledger,
    parked: ports.parked,
    mailer: ports.mailer,
    rate: new TokenBucket({ ratePerSecond: await ports.senderRate() }),
    tokenKeys: ports.tokenKeys,
    siteUrl: mail.siteUrl,
    sender: { address: mail.senderEmail, name: mail.senderName },
    clock: ports.clock,
    ...(events ? { events } : {}),
  };
}

/** Composition root: the production ports from configuration. */
export async function buildSendHandler(config: DeliveryConfig) {
  const deps = await sendDepsFrom(await createSenderPorts(config), config, metricEvents(metrics, logger));
  return createSendHandler({ sendJob: (job) => sendJob(deps, job), logger, metrics });
}

// Read at init on Lambda, so a missing variable fails the cold start with its name.
const lambdaConfig = process.env.AWS_LAMBDA_FUNCTION_NAME
  ? readDeliveryConfig(process.env, 'send')
  : undefined;
let wired: ReturnType<typeof buildSendHandler> | undefined;

export const handler = withTracing(
  'send',
  async (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> => {
    wired ??= buildSendHandler(lambdaConfig ?? readDeliveryConfig(process.env, 'send'));
    wired.catch(() => {
      wired = undefined; // retried on the next invocation
    });
    return (await wired)(event, context);
  },
);
