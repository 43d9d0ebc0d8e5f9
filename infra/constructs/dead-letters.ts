// Where work that failed for good waits for a person: one encrypted, TLS-only queue per source, kept 14 days
// (SQS's maximum) and alarmed on depth (constructs/alarms.ts). Each names what lands in it.
import { Duration, Validations } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

export interface DeadLetterQueue {
  queue: Queue;
  /** What lands here, for the alarm description and the dashboard. */
  holds: string;
}

export function deadLetterQueue(scope: Construct, id: string, holds: string): DeadLetterQueue {
  const queue = new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  const reason = `This is a dead-letter queue (${holds}); its messages are inspected and redriven by hand, and its depth is alarmed.`;
  Validations.of(queue).acknowledge({ id: 'AwsSolutions-SQS3', reason });
  Validations.of(queue).acknowledge({ id: 'Serverless-SQSRedrivePolicy', reason });
  return { queue, holds };
}
