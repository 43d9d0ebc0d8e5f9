// Every alarm, named with what it catches, fed the datapoints its failure produces and the ones a healthy system
// produces, through an evaluator that follows CloudWatch's rules: the last N periods, M of N breaching to alarm,
// missing data treated as the alarm says, metric math where a series missing at a timestamp drops it unless FILLed.
// Failure routing (destinations, DLQs, redrive) is asserted on the template; the heartbeat's log filter is run on
// the line the plan handler really prints.
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createPlanHandler } from '../../functions/handlers/plan.ts';
import { createLogger, createMetrics } from '../../functions/shared/logging.ts';
import {
  BOUNCE_RATE_THRESHOLD,
  COMPLAINT_RATE_THRESHOLD,
  HEARTBEAT_METRIC,
  PLANNED_LOG_MESSAGE,
} from '../../infra/constructs/alarms.ts';
import { synthTemplate } from './stack-fixture.ts';

// biome-ignore lint/suspicious/noExplicitAny: CloudFormation JSON read by path in assertions
type Json = Record<string, any>;
type Series = Record<string, Array<number | undefined>>; // metric id → value per period, oldest first

let prod: ReturnType<typeof synthTemplate>;
let alarms: Record<string, Json>;
beforeAll(() => {
  prod = synthTemplate();
  alarms = Object.fromEntries(
    Object.entries(prod.template.findResources('AWS::CloudWatch::Alarm')).map(([id, a]) => [
      id.replace(/^Alarms/, '').replace(/[0-9A-F]{8}$/, ''),
      (a as Json).Properties,
    ]),
  );
});

/** The value per period of what the alarm watches: a plain metric, or its metric-math expression. */
function watched(alarm: Json, series: Series, periods: number): Array<number | undefined> {
  if (!alarm.Metrics) return series.metric ?? Array(periods).fill(undefined);
  const expression = (alarm.Metrics as Json[]).find((m) => m.Expression)!.Expression as string;
  const terms = expression.split(' + ').map((t) => {
    const fill = /^FILL\((\w+), 0\)$/.exec(t);
    return { id: fill ? fill[1]! : t, filled: !!fill };
  });
  return Array.from({ length: periods }, (_, i) => {
    const values = terms.map(({ id, filled }) => series[id]?.[i] ?? (filled ? 0 : undefined));
    return values.some((v) => v === undefined) ? undefined : values.reduce((a, b) => a! + b!, 0);
  });
}

function breaching(alarm: Json, value: number): boolean {
  const t = alarm.Threshold as number;
  switch (alarm.ComparisonOperator) {
    case 'GreaterThanOrEqualToThreshold':
      return value >= t;
    case 'GreaterThanThreshold':
      return value > t;
    case 'LessThanThreshold':
      return value < t;
    case 'LessThanOrEqualToThreshold':
      return value <= t;
    default:
      throw new Error(alarm.ComparisonOperator);
  }
}

/** CloudWatch's state after the given periods (oldest first; only the last EvaluationPeriods count). */
function stateAfter(alarm: Json, series: Series): 'ALARM' | 'OK' | 'INSUFFICIENT_DATA' {
  const n = alarm.EvaluationPeriods as number;
  const m = (alarm.DatapointsToAlarm as number | undefined) ?? n;
  const longest = Math.max(n, ...Object.values(series).map((s) => s.length));
  const window = watched(alarm, series, longest).slice(-n);
  while (window.length < n) window.unshift(undefined);
  const missing = alarm.TreatMissingData as string;
  let bad = 0;
  let present = 0;
  for (const v of window) {
    if (v === undefined) {
      if (missing === 'breaching') bad++;
      continue;
    }
    present++;
    if (breaching(alarm, v)) bad++;
  }
  if (bad >= m) return 'ALARM';
  if (present === 0 && missing === 'missing') return 'INSUFFICIENT_DATA';
  return 'OK';
}

const quiet: Series = {};
const hours = (n: number, value?: number) => Array<number | undefined>(n).fill(value);

/** Each alarm: what it catches, the datapoints of that failure, and of a healthy system. */
const CASES: Record<string, { catches: RegExp; failure: Series; healthy: Series }> = {
  DeadLettersSendJobs: {
    catches: /send jobs that failed 5 receives/,
    failure: { metric: [0, 0, 3] },
    healthy: { metric: [0, 0, 0] },
  },
  DeadLettersPublishFailures: { catches: /publish failed/, failure: { metric: [1] }, healthy: quiet },
  DeadLettersPlanFailures: { catches: /digest plans that failed/, failure: { metric: [1] }, healthy: quiet },
  DeadLettersFeedbackFailures: {
    catches: /feedback function failed/,
    failure: { metric: [2] },
    healthy: { metric: [0] },
  },
  DeadLettersFeedbackDeliveryFailures: {
    catches: /SNS could not deliver/,
    failure: { metric: [1] },
    healthy: quiet,
  },
  DeadLettersScheduleFailures: {
    catches: /Scheduler could not deliver/,
    failure: { metric: [1] },
    healthy: quiet,
  },
  DeadLettersSubscribeRequests: {
    catches: /subscribe requests that failed/,
    failure: { metric: [1] },
    healthy: quiet,
  },
  SendErrors: { catches: /send function failed/, failure: { metric: [0, 2] }, healthy: { metric: [0, 0] } },
  PlanErrors: { catches: /plan function failed/, failure: { metric: [1] }, healthy: { metric: [0] } },
  PublishErrors: { catches: /publish function failed/, failure: { metric: [1] }, healthy: { metric: [0] } },
  FeedbackErrors: { catches: /feedback function failed/, failure: { metric: [1] }, healthy: quiet },
  ApiServerErrors: { catches: /5xx/, failure: { metric: [0, 4] }, healthy: { metric: [0, 0] } },
  // Only the sender was throttled; the other functions published nothing in that period.
  Throttles: { catches: /concurrency/, failure: { send: [3] }, healthy: { send: [0], plan: [0] } },
  PermanentSendFailures: {
    catches: /AccessDenied, MessageRejected/,
    failure: { metric: [1] },
    healthy: quiet,
  },
  AmbiguousSends: { catches: /recount/, failure: { metric: [1] }, healthy: quiet },
  // Paused by the feedback function (bounce rate): the sender published no EditionPaused that period.
  EditionPaused: { catches: /tidings resume/, failure: { m1: [1] }, healthy: quiet },
  BounceRate: { catches: /bounce rate/, failure: { metric: [0.045] }, healthy: { metric: [0.01] } },
  ComplaintRate: { catches: /complaint rate/, failure: { metric: [0.0009] }, healthy: { metric: [0.0002] } },
  // A digest planned 27 hours ago and none since / one planned 25 hours ago.
  HeartbeatDaily: {
    catches: /No daily digest planned for 26 hours/,
    failure: { metric: [1, ...hours(26)] },
    healthy: { metric: [1, ...hours(25)] },
  },
  // Weekly, in 6-hour periods: last Monday's run rolled out of the 7-day window / this Monday's came.
  HeartbeatWeekly: {
    catches: /No weekly digest planned for 7 days/,
    failure: { metric: [1, ...hours(28)] },
    healthy: { metric: [1, ...hours(27)] },
  },
};

describe('alarms', () => {
  it('every alarm in the stack has a case here, and every case an alarm', () => {
    expect(Object.keys(alarms).sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))('%s catches what it says, and stays quiet when healthy', (name, c) => {
    const alarm = alarms[name]!;
    expect(alarm.AlarmDescription).toMatch(c.catches);
    expect(stateAfter(alarm, c.failure)).toBe('ALARM');
    expect(stateAfter(alarm, c.healthy)).not.toBe('ALARM');
    // Someone is told: the alarm topic, mailed to the stage's alarmEmail.
    expect(JSON.stringify(alarm.AlarmActions)).toMatch(/AlarmsTopic/);
  });

  it('the metric-math sums really need FILL: without it a paused edition would never alarm', () => {
    const alarm = structuredClone(alarms.EditionPaused!);
    const expression = (alarm.Metrics as Json[]).find((m) => m.Expression)!;
    expression.Expression = 'm0 + m1';
    expect(stateAfter(alarm, CASES.EditionPaused!.failure)).toBe('OK');
  });

  it('custom metrics are read where the functions write them: Tidings/<stage>, by Powertools service', () => {
    const metric = (name: string) => {
      const a = alarms[name]!;
      return a.Metrics
        ? (a.Metrics as Json[]).filter((m) => m.MetricStat).map((m) => m.MetricStat.Metric)
        : [a];
    };
    expect(metric('PermanentSendFailures')).toEqual([
      expect.objectContaining({
        Namespace: 'Tidings/prod',
        MetricName: 'PermanentSendFailures',
        Dimensions: [{ Name: 'service', Value: 'tidings-send' }],
      }),
    ]);
    expect(
      metric('EditionPaused')
        .map((m: Json) => m.Dimensions[0].Value)
        .sort(),
    ).toEqual(['tidings-feedback', 'tidings-send']);
    // What Powertools really emits for the sender: the same namespace and dimension set.
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      return true;
    });
    try {
      const metrics = createMetrics('tidings-send', { POWERTOOLS_METRICS_NAMESPACE: 'Tidings/prod' });
      metrics.addMetric('PermanentSendFailures', 'Count', 1);
      metrics.publishStoredMetrics();
    } finally {
      spy.mockRestore();
    }
    const emf = lines.map((l) => JSON.parse(l)).find((r) => r._aws)!;
    expect(emf._aws.CloudWatchMetrics[0]).toMatchObject({
      Namespace: 'Tidings/prod',
      Dimensions: [['service']],
    });
    expect(emf.service).toBe('tidings-send');
  });

  it('a disabled cadence has no heartbeat', () => {
    const t = synthTemplate({ context: { weeklyDigestAt: 'false' } }).template;
    const names = Object.values(t.findResources('AWS::CloudWatch::Alarm')).map(
      (a) => (a as Json).Properties.AlarmDescription,
    );
    expect(names.filter((d: string) => /weekly digest planned/.test(d))).toEqual([]);
    expect(names.filter((d: string) => /daily digest planned/.test(d))).toHaveLength(1);
  });
});

describe('heartbeat source', () => {
  /** CloudWatch Logs JSON filter `{ $.field = "value" }`, applied to one log event. */
  function filterMatches(pattern: string, event: Json): boolean {
    const m = /^\{ ?\$\.(\w+) ?= ?"?([^"}]*?)"? ?\}$/.exec(pattern.trim());
    if (!m) throw new Error(`pattern not modelled: ${pattern}`);
    return event[m[1]!] === m[2];
  }

  it("the plan function's log line turns into DigestEditionsPlanned{cadence} in Tidings/<stage>", async () => {
    const filter = Object.values(prod.template.findResources('AWS::Logs::MetricFilter'))[0] as Json;
    const {
      FilterPattern: pattern,
      MetricTransformations: [transform],
    } = filter.Properties;
    expect(transform).toMatchObject({
      MetricNamespace: 'Tidings/prod',
      MetricName: HEARTBEAT_METRIC,
      MetricValue: '1',
      Dimensions: [{ Key: 'cadence', Value: '$.cadence' }],
    });
    // On the plan function's own log group.
    expect(JSON.stringify(filter.Properties.LogGroupName)).toMatch(/PlanLogs/);

    // The line the real plan handler prints after planning (Powertools Logger, JSON to stdout).
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      return true;
    });
    try {
      const handler = createPlanHandler({
        planDigest: async () => ({ editionId: 'daily-2026-12-01', jobs: 0 }),
        logger: createLogger('tidings-plan'),
        metrics: createMetrics('tidings-plan'),
      });
      await handler({ cadence: 'weekly' });
    } finally {
      spy.mockRestore();
    }
    const events = lines.flatMap((l) => {
      try {
        return [JSON.parse(l) as Json];
      } catch {
        return [];
      }
    });
    const hits = events.filter((e) => filterMatches(pattern, e));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toBe(PLANNED_LOG_MESSAGE);
    expect(hits[0]!.cadence).toBe('weekly');
  });
});

describe('failures land somewhere', () => {
  it('publish, plan and feedback send failed async events to their own queue after 2 retries', () => {
    const configs = Object.values(prod.template.findResources('AWS::Lambda::EventInvokeConfig')).map(
      (r) => (r as Json).Properties,
    );
    expect(configs).toHaveLength(3);
    for (const c of configs) {
      expect(c.MaximumRetryAttempts).toBe(2);
      expect(JSON.stringify(c.DestinationConfig.OnFailure.Destination)).toMatch(
        /(Publish|Plan|Feedback)Failures/,
      );
    }
  });

  it('the SNS subscription of the feedback function has a redrive policy', () => {
    prod.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'lambda',
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('FeedbackDeliveryFailures'), 'Arn'] },
      },
    });
  });

  it('the digest schedules retry, then park undeliverable invocations', () => {
    for (const s of Object.values(prod.template.findResources('AWS::Scheduler::Schedule')) as Json[]) {
      expect(s.Properties.Target.RetryPolicy).toMatchObject({ MaximumRetryAttempts: 3 });
      expect(JSON.stringify(s.Properties.Target.DeadLetterConfig)).toMatch(/ScheduleFailures/);
    }
  });

  it('every function traces with X-Ray', () => {
    const fns = Object.entries(prod.template.findResources('AWS::Lambda::Function')).filter(
      ([id]) => !id.startsWith('BucketNotificationsHandler'),
    );
    for (const [, fn] of fns) expect((fn as Json).Properties.TracingConfig).toEqual({ Mode: 'Active' });
  });

  it('one dashboard, named after the stage', () => {
    prod.template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    prod.template.hasResourceProperties('AWS::CloudWatch::Dashboard', { DashboardName: 'tidings-prod' });
  });

  it('reputation thresholds sit under the SES review levels', () => {
    expect(BOUNCE_RATE_THRESHOLD).toBeLessThan(0.05);
    expect(COMPLAINT_RATE_THRESHOLD).toBeLessThan(0.001);
  });
});
