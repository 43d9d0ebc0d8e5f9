// Lambda entry: SNS topic fed by the SES configuration set → applyFeedback per notification (bounces,
// complaints). Unparseable messages are logged and dropped (SNS would retry them forever); store errors
// throw so the Lambda retry policy tries again.
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { SNSEvent } from 'aws-lambda';
import { countDeliveries } from '../shared/logging.ts';

/** The part of an SES notification this handler reads itself; the core reads the rest. */
export interface SesNotification {
  notificationType?: string;
  eventType?: string;
  bounce?: { bounceType?: string };
  mail?: { messageId?: string };
  [key: string]: unknown;
}

export interface FeedbackHandlerDeps {
  applyFeedback(notification: SesNotification): Promise<unknown>;
  logger: Logger;
  metrics: Metrics;
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
        await deps.applyFeedback(notification);
        summary.applied++;
        const type = notification.notificationType ?? notification.eventType;
        if (type === 'Bounce' && notification.bounce?.bounceType === 'Permanent')
          countDeliveries(metrics, { bounced: 1 });
        if (type === 'Complaint') countDeliveries(metrics, { complained: 1 });
      }
    } finally {
      metrics.publishStoredMetrics();
    }
    logger.info('feedback applied', { ...summary });
    return summary;
  };
}

// Interim entry until the composition root (config + delivery core) lands; replaced in the next commit.
export const handler = async (): Promise<never> => {
  throw new Error('feedback: not wired yet');
};
