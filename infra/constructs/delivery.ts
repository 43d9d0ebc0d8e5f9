// Editions on a schedule, and the send queue between planning and sending. The sender's concurrency cap and
// its SENDER_CONCURRENCY env come from one number, so the token buckets together never exceed the SES rate.
import { type CfnElement, Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { digestCron, senderConcurrency } from '../config.ts';
import { type DeadLetterQueue, deadLetterQueue } from './dead-letters.ts';
import type { TidingsFunction } from './function.ts';

export const DLQ_MAX_RECEIVE_COUNT = 5;

export interface DeliveryProps {
  plan: TidingsFunction;
  send: TidingsFunction;
  timezone: string;
  sendRate: number;
  /** `HH:MM`, or false: no daily schedule. */
  dailyDigestAt: string | false;
  /** `ddd HH:MM`, or false: no weekly schedule. */
  weeklyDigestAt: string | false;
}

export class Delivery extends Construct {
  readonly queue: Queue;
  readonly deadLetters: Queue;
  readonly scheduleFailures: DeadLetterQueue;
  readonly concurrency: number;
  /** One schedule per enabled digest cadence. */
  readonly schedules: Partial<Record<'daily' | 'weekly', Schedule>>;

  constructor(scope: Construct, id: string, props: DeliveryProps) {
    super(scope, id);
    this.deadLetters = deadLetterQueue(this, 'DeadLetters', 'send jobs that failed 5 receives').queue;
    const senderTimeout = props.send.fn.timeout ?? Duration.seconds(3);
    this.queue = new Queue(this, 'Send', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS guidance for Lambda consumers: at least 6 × the function timeout, so retries don't overlap.
      visibilityTimeout: Duration.seconds(senderTimeout.toSeconds() * 6),
      deadLetterQueue: { queue: this.deadLetters, maxReceiveCount: DLQ_MAX_RECEIVE_COUNT },
    });

    this.concurrency = senderConcurrency(props.sendRate);
    props.send.setEnv('SEND_RATE', String(props.sendRate));
    props.send.setEnv('SENDER_CONCURRENCY', String(this.concurrency));
    const sendJobs = new SqsEventSource(this.queue, {
      // One job (≤ 50 recipients) per invocation keeps a batch well inside the timeout at any rate share.
      batchSize: 1,
      reportBatchItemFailures: true,
      maxConcurrency: this.concurrency,
    });
    props.send.fn.addEventSource(sendJobs);
    Validations.of(props.send.fn).acknowledge({
      id: 'Serverless-LambdaEventSourceMappingDestination',
      reason:
        "An SQS event source takes no on-failure destination (only stream and Kafka sources do): failed jobs go to the send queue's dead-letter queue after 5 receives (alarmed).",
    });
    // The sender only consumes (its event source mapping's own grant); the planner queues jobs.
    props.plan.bindQueue(this.queue);

    this.scheduleFailures = deadLetterQueue(
      this,
      'ScheduleFailures',
      'digest schedules the Scheduler could not deliver to the plan function',
    );
    const timeZone = TimeZone.of(props.timezone);
    this.schedules = {};
    for (const [cadence, at] of [
      ['daily', props.dailyDigestAt],
      ['weekly', props.weeklyDigestAt],
    ] as const) {
      if (at === false) continue;
      this.schedules[cadence] = new Schedule(this, cadence === 'daily' ? 'Daily' : 'Weekly', {
        description: `tidings ${cadence} digest at ${at} ${props.timezone}`,
        schedule: ScheduleExpression.cron({ ...digestCron(at), timeZone }),
        target: new LambdaInvoke(props.plan.fn, {
          input: ScheduleTargetInput.fromObject({ cadence }),
          // The Scheduler retries an invocation it could not hand to Lambda, then parks it here.
          deadLetterQueue: this.scheduleFailures.queue,
          retryAttempts: 3,
          maxEventAge: Duration.hours(2),
        }),
      });
    }
    // The scheduler target role (a stack-level singleton) may invoke the plan function and its versions only.
    const stack = Stack.of(this);
    const planLogicalId = stack.getLogicalId(props.plan.fn.node.defaultChild as CfnElement);
    for (const role of stack.node.children.filter((c) => c.node.id.startsWith('SchedulerRoleForTarget'))) {
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${planLogicalId}.Arn>:*]`,
        reason:
          'lambda:InvokeFunction on the plan function and its version/alias qualifiers only (CDK scheduler target grant).',
      });
    }
  }
}
