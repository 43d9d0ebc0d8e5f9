// The signals that need a human: stuck deliveries, a failing sender, and SES reputation before AWS acts on it
// (review at 5% bounces / 0.1% complaints — we alarm at 4% / 0.08%).
import { Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export const BOUNCE_RATE_THRESHOLD = 0.04;
export const COMPLAINT_RATE_THRESHOLD = 0.0008;

export interface AlarmsProps {
  deadLetters: IQueue;
  sender: IFunction;
  alarmEmail?: string;
}

export class Alarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { enforceSSL: true });
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm notifications carry only alarm names and states; CloudWatch publishing to a KMS topic needs a customer key policy for no gain here.',
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    const add = (id: string, alarm: Omit<ConstructorParameters<typeof Alarm>[2], never>) => {
      const a = new Alarm(this, id, { treatMissingData: TreatMissingData.NOT_BREACHING, ...alarm });
      a.addAlarmAction(new SnsAction(this.topic));
      this.alarms.push(a);
    };
    add('DeadLetters', {
      alarmDescription: 'Send jobs failed 5 times and sit in the dead-letter queue',
      metric: props.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
    });
    add('SenderErrors', {
      alarmDescription: 'The sender function is failing',
      metric: props.sender.metricErrors({ period: Duration.minutes(5) }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
    });
    const reputation = (metricName: string) =>
      new Metric({ namespace: 'AWS/SES', metricName, statistic: 'Maximum', period: Duration.hours(1) });
    add('BounceRate', {
      alarmDescription: 'SES bounce rate near the 5% review threshold',
      metric: reputation('Reputation.BounceRate'),
      threshold: BOUNCE_RATE_THRESHOLD,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
    });
    add('ComplaintRate', {
      alarmDescription: 'SES complaint rate near the 0.1% review threshold',
      metric: reputation('Reputation.ComplaintRate'),
      threshold: COMPLAINT_RATE_THRESHOLD,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
    });
  }
}
