// Every failure that needs a person raises an alarm on one SNS topic (mailed to the stage's alarmEmail), and one
// dashboard shows the pipeline. Each alarm says what it catches; test/infra/alarms.test.ts has a case for each.
// Custom metrics are the functions' own EMF counters in Tidings/<stage> with Powertools' `service` dimension, and
// the digest heartbeat comes from the plan function's "edition planned" log line.
import { Duration, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { DeadLetterQueue } from './dead-letters.ts';
import type { TidingsFunction } from './function.ts';

/** AWS reviews an account at 5% bounces / 0.1% complaints: we alarm at 4% / 0.08%. */
export const BOUNCE_RATE_THRESHOLD = 0.04;
export const COMPLAINT_RATE_THRESHOLD = 0.0008;

/** The plan function logs this (Powertools Logger `message`) with `cadence` after each digest it planned. */
export const PLANNED_LOG_MESSAGE = 'edition planned';
export const HEARTBEAT_METRIC = 'DigestEditionsPlanned';

/**
 * How long without a planned digest before the heartbeat fires: 26 hours for the daily digest; for the weekly
 * one 7 days in 6-hour periods, the longest window CloudWatch evaluates (period × periods ≤ 7 days), so it fires
 * at most 6 hours after a missed Monday run.
 */
export const HEARTBEATS = {
  daily: { period: Duration.hours(1), periods: 26 },
  weekly: { period: Duration.hours(6), periods: 28 },
} as const;

/** Delivery's EMF counters that need a person (functions/shared/logging.ts DeliveryMetric), by emitting service. */
export const DELIVERY_ALARM_METRICS = {
  PermanentSendFailures: ['tidings-send'],
  AmbiguousSends: ['tidings-send'],
  EditionPaused: ['tidings-send', 'tidings-feedback'],
} as const;

/**
 * Sum of series where any may have no datapoint in a period (a metric is only published when counted): CloudWatch
 * arithmetic drops a timestamp missing from any operand, so each is filled with 0 first.
 */
export function sumFilled(ids: string[]): string {
  return ids.map((id) => `FILL(${id}, 0)`).join(' + ');
}

export interface AlarmsProps {
  namespace: string;
  /** One per stage, e.g. tidings-prod. */
  dashboardName: string;
  alarmEmail?: string;
  /** Every dead-letter queue of the stack. */
  deadLetters: Record<string, DeadLetterQueue>;
  /** Functions whose errors need a person (the HTTP ones show as API 5xx). */
  erroring: Record<string, TidingsFunction>;
  /** All functions: throttles anywhere mean lost or late work. */
  all: Record<string, TidingsFunction>;
  api: HttpApi;
  plan: TidingsFunction;
  cadences: ReadonlyArray<'daily' | 'weekly'>;
}

export class Alarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Record<string, Alarm> = {};
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { enforceSSL: true });
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm notifications carry only alarm names and states; CloudWatch publishing to a KMS topic needs a customer key policy for no gain here.',
    });
    if (props.alarmEmail) {
      this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
      Validations.of(this.topic).acknowledge({
        id: 'Serverless-SNSRedrivePolicy',
        reason:
          'The alarm mail subscription: a dead-letter queue behind it would hold alarm notices nobody reads; the alarm state stays visible on the dashboard and in CloudWatch.',
      });
    }

    const add = (
      name: string,
      catches: string,
      metric: IMetric,
      options: {
        threshold?: number;
        comparison?: ComparisonOperator;
        periods?: number;
        missing?: TreatMissingData;
      } = {},
    ) => {
      const alarm = new Alarm(this, name, {
        alarmDescription: catches,
        metric,
        threshold: options.threshold ?? 1,
        comparisonOperator: options.comparison ?? ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: options.periods ?? 1,
        datapointsToAlarm: options.periods ?? 1,
        treatMissingData: options.missing ?? TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(new SnsAction(this.topic));
      this.alarms[name] = alarm;
    };
    const five = Duration.minutes(5);
    const custom = (metricName: string, service: string) =>
      new Metric({
        namespace: props.namespace,
        metricName,
        dimensionsMap: { service },
        statistic: 'Sum',
        period: five,
      });

    for (const [name, dlq] of Object.entries(props.deadLetters)) {
      add(
        `DeadLetters${name}`,
        `Work failed for good and waits in a dead-letter queue: ${dlq.holds}`,
        dlq.queue.metricApproximateNumberOfMessagesVisible({ period: five, statistic: 'Maximum' }),
      );
    }
    for (const [name, fn] of Object.entries(props.erroring)) {
      add(
        `${name}Errors`,
        `The ${name.toLowerCase()} function failed (an invocation threw)`,
        fn.fn.metricErrors({ period: five }),
      );
    }
    add(
      'ApiServerErrors',
      'The site answered 5xx: a page or subscription request failed',
      props.api.metricServerError({ period: five, statistic: 'Sum' }),
    );
    const throttles = Object.fromEntries(
      Object.entries(props.all).map(([name, fn]) => [
        name.toLowerCase(),
        fn.fn.metricThrottles({ period: five }),
      ]),
    );
    add(
      'Throttles',
      'Lambda refused invocations for lack of concurrency: requests failed or events wait',
      new MathExpression({
        expression: sumFilled(Object.keys(throttles)),
        usingMetrics: throttles,
        period: five,
        label: 'throttles',
      }),
    );
    for (const [metricName, services] of Object.entries(DELIVERY_ALARM_METRICS)) {
      const catches = {
        PermanentSendFailures:
          'SES refused recipients for good (AccessDenied, MessageRejected): they get nothing',
        AmbiguousSends:
          'SES may have taken a message without answering: left "sending", run `tidings recount`',
        EditionPaused:
          'An edition paused (SES daily quota, or bounce/complaint rate): `tidings resume <edition>` after the cause is fixed',
      }[metricName]!;
      const byService = Object.fromEntries(services.map((s, i) => [`m${i}`, custom(metricName, s)]));
      add(
        metricName,
        catches,
        services.length === 1
          ? byService.m0!
          : new MathExpression({
              expression: sumFilled(Object.keys(byService)),
              usingMetrics: byService,
              period: five,
              label: metricName,
            }),
      );
    }
    const reputation = (metricName: string) =>
      new Metric({ namespace: 'AWS/SES', metricName, statistic: 'Maximum', period: Duration.hours(1) });
    add(
      'BounceRate',
      'SES bounce rate near the 5% at which AWS reviews the account',
      reputation('Reputation.BounceRate'),
      {
        threshold: BOUNCE_RATE_THRESHOLD,
      },
    );
    add(
      'ComplaintRate',
      'SES complaint rate near the 0.1% at which AWS reviews the account',
      reputation('Reputation.ComplaintRate'),
      { threshold: COMPLAINT_RATE_THRESHOLD },
    );

    // Heartbeat: the plan's log line becomes a metric per cadence; no data for the window = no digest = alarm.
    new MetricFilter(this, 'Planned', {
      logGroup: props.plan.logGroup,
      filterPattern: FilterPattern.stringValue('$.message', '=', PLANNED_LOG_MESSAGE),
      metricNamespace: props.namespace,
      metricName: HEARTBEAT_METRIC,
      metricValue: '1',
      dimensions: { cadence: '$.cadence' },
    });
    for (const cadence of props.cadences) {
      const { period, periods } = HEARTBEATS[cadence];
      add(
        `Heartbeat${cadence === 'daily' ? 'Daily' : 'Weekly'}`,
        `No ${cadence} digest planned for ${(period.toHours() * periods) / (cadence === 'daily' ? 1 : 24)} ${cadence === 'daily' ? 'hours' : 'days'}: the schedule or the plan function is broken`,
        new Metric({
          namespace: props.namespace,
          metricName: HEARTBEAT_METRIC,
          dimensionsMap: { cadence },
          statistic: 'Sum',
          period,
        }),
        {
          threshold: 1,
          comparison: ComparisonOperator.LESS_THAN_THRESHOLD,
          periods,
          missing: TreatMissingData.BREACHING,
        },
      );
    }

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: props.dashboardName,
      defaultInterval: Duration.days(7),
    });
    const sum = (metricName: string, service: string) =>
      custom(metricName, service).with({ period: Duration.hours(1) });
    this.dashboard.addWidgets(
      new AlarmStatusWidget({ title: 'Alarms', alarms: Object.values(this.alarms), width: 24 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Deliveries per hour',
        left: ['sent', 'skipped', 'throttled', 'PermanentSendFailures', 'AmbiguousSends'].map((m) =>
          sum(m, 'tidings-send'),
        ),
        width: 12,
      }),
      new GraphWidget({
        title: 'Bounces and complaints per hour',
        left: [sum('bounced', 'tidings-feedback'), sum('complained', 'tidings-feedback')],
        right: [reputation('Reputation.BounceRate'), reputation('Reputation.ComplaintRate')],
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Dead-letter queues',
        left: Object.values(props.deadLetters).map((d) => d.queue.metricApproximateNumberOfMessagesVisible()),
        width: 12,
      }),
      new GraphWidget({
        title: 'Function errors',
        left: Object.values(props.all).map((f) => f.fn.metricErrors()),
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Site requests and 5xx',
        left: [props.api.metricCount(), props.api.metricServerError()],
        right: [props.api.metricLatency({ statistic: 'p99' })],
        width: 12,
      }),
      new GraphWidget({
        title: 'Digests planned',
        left: props.cadences.map(
          (cadence) =>
            new Metric({
              namespace: props.namespace,
              metricName: HEARTBEAT_METRIC,
              dimensionsMap: { cadence },
              statistic: 'Sum',
              period: Duration.hours(1),
            }),
        ),
        width: 12,
      }),
    );
  }
}
