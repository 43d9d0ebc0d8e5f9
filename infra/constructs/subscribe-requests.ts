// Subscribe requests between the endpoint and their processing (issue 16 #4): the subscription function checks
// the input, queues the request and answers, so the answer takes as long for every address state; the same
// function processes the queue (lookups, limits, the stored request, the email) through its SQS event source.
import { Duration, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { type DeadLetterQueue, deadLetterQueue } from './dead-letters.ts';
import type { TidingsFunction } from './function.ts';

export interface SubscribeRequestsProps {
  subscriptions: TidingsFunction;
}

export class SubscribeRequests extends Construct {
  readonly queue: Queue;
  readonly deadLetters: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: SubscribeRequestsProps) {
    super(scope, id);
    const fn = props.subscriptions;
    this.deadLetters = deadLetterQueue(this, 'DeadLetters', 'subscribe requests that failed 5 receives');
    const timeout = fn.fn.timeout ?? Duration.seconds(3);
    this.queue = new Queue(this, 'Requests', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(timeout.toSeconds() * 6),
      // A request holds an address: it is processed in seconds, or waits out an SES outage of hours, not days.
      retentionPeriod: Duration.days(1),
      deadLetterQueue: { queue: this.deadLetters.queue, maxReceiveCount: 5 },
    });
    fn.fn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        // Confirmation emails are few; two pollers at most keep sign-up bursts off the newsletters' SES rate.
        maxConcurrency: 2,
      }),
    );
    Validations.of(fn.fn).acknowledge({
      id: 'Serverless-LambdaEventSourceMappingDestination',
      reason:
        "An SQS event source takes no on-failure destination: requests that keep failing go to the subscribe-request queue's dead-letter queue after 5 receives (alarmed).",
    });
    // Queueing only (SendMessage); receiving is the event source mapping's own grant.
    fn.fn.addToRolePolicy(
      new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [this.queue.queueArn] }),
    );
    fn.setEnv('SUBSCRIBE_QUEUE_URL', this.queue.queueUrl);
  }
}
