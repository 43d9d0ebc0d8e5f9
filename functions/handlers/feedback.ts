// Lambda entry: SNS topic fed by the SES configuration set → applyFeedback per notification (bounces,
// complaints). Unparseable messages are logged and dropped (SNS would retry them forever); store errors
// throw so the Lambda retry policy tries again. SNS invokes with one notification at a time and has no partial
// batch response, so Powertools' batch processor (SQS, Kinesis, DynamoDB streams) has nothing to add here.
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { SNSEvent } from 'aws-lambda';
import { createDeliveryPorts, type DeliveryConfig, readDeliveryConfig } from '../adapters/delivery-ports.ts';
import { applyFeedback, type SesFeedback } from '../core/delivery/feedback.ts';
import { countDeliveries, createLogger, createMetrics } from '../shared/logging.ts';
import { withTracing } from '../shared/tracing.ts';

/** The part of an SES notification this handler reads itself; the core reads the rest. */
export interface SesNotification {
  notificationType?: string;
  eventType?: string;
  bounce?: { bounceType?: string };
  mail?: { messageId?: string };
  [key: string]: unknown;
}

export interface FeedbackHandlerDeps {
  /** One outcome per recipient named in the notification. */
  applyFeedback(notification: SesNotification): Promise<FeedbackResult[]>;
  logger: Logger;
  metrics: Metrics;
}

/** What the core reports per recipient (its FeedbackOutcome): only the parts the handler counts and logs. */
export interface FeedbackResult {
  kind: string;
  editionId?: string;
  paused?: string;
}

export interface FeedbackSummary {
  applied: number;
  ignored: number;
}

function parseNotification(message: string): SesNotification | undefined {
  try {
    const value: unknown = JSON.parse(message);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const notification = value as SesNotification;
    return typeof (notification.notificationType ?? notification.eventType) === 'string'
      ? notification
      : undefined;
  } catch {
    return undefined;
  }
}

export function createFeedbackHandler(
  deps: FeedbackHandlerDeps,
): (event: SNSEvent) => Promise<FeedbackSummary> {
  const { logger, metrics } = deps;
  return async (event) => {
    const summary: FeedbackSummary = { applied: 0, ignored: 0 };
    try {
      for (const record of event.Records) {
        const notification = parseNotification(record.Sns.Message);
        if (!notification) {
          logger.error('not an SES notification', { snsMessageId: record.Sns.MessageId });
          summary.ignored++;
          continue;
        }
        const outcomes = await deps.applyFeedback(notification);
        summary.applied++;
        for (const outcome of outcomes) {
          if (outcome.kind === 'hard-bounce') countDeliveries(metrics, { bounced: 1 });
          if (outcome.kind === 'complaint') countDeliveries(metrics, { complained: 1 });
          if (outcome.paused) {
            countDeliveries(metrics, { EditionPaused: 1 });
            logger.error('edition paused', { editionId: outcome.editionId, reason: outcome.paused });
          }
        }
      }
    } finally {
      metrics.publishStoredMetrics();
    }
    logger.info('feedback applied', { ...summary });
    return summary;
  };
}

const logger = createLogger('tidings-feedback');
const metrics = createMetrics('tidings-feedback');

/** Composition root: the stores from configuration, applyFeedback bound to them. */
export async function buildFeedbackHandler(config: DeliveryConfig) {
  const ports = await createDeliveryPorts(config);
  const deps = { subscribers: ports.subscribers, editions: ports.editions, clock: ports.clock };
  return createFeedbackHandler({
    applyFeedback: (notification) => applyFeedback(deps, notification as SesFeedback),
    logger,
    metrics,
  });
}

// Read at init on Lambda, so a missing variable fails the cold start with its name.
const lambdaConfig = process.env.AWS_LAMBDA_FUNCTION_NAME
  ? readDeliveryConfig(process.env, 'feedback')
  : undefined;
let wired: ReturnType<typeof buildFeedbackHandler> | undefined;

export const handler = withTracing('feedback', async (event: SNSEvent): Promise<FeedbackSummary> => {
  wired ??= buildFeedbackHandler(lambdaConfig ?? readDeliveryConfig(process.env, 'feedback'));
  wired.catch(() => {
    wired = undefined; // retried on the next invocation
  });
  return (await wired)(event);
});
