import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { SendJob } from '../../../functions/core/delivery/types.ts';
import {
  createSendHandler,
  metricEvents,
  parseSendJob,
  type SendOutcome,
} from '../../../functions/handlers/send.ts';
import { captureObservability } from '../adapters/observability-fakes.ts';

const job = (variantKey: string, recipients = ['s1', 's2']): SendJob => ({
  editionId: 'daily-2025-01-20',
  variantKey,
  list: { kind: 'digest', cadence: 'daily' },
  recipients,
});

const record = (messageId: string, body: string): SQSRecord =>
  ({ messageId, body, attributes: { ApproximateReceiveCount: '1' } }) as unknown as SQSRecord;

const event = (...records: SQSRecord[]): SQSEvent => ({ Records: records });

describe('send handler', () => {
  it('reports only records with recipients to retry, and malformed records, as batch item failures', async () => {
    const obs = captureObservability();
    const outcomes: Record<string, SendOutcome> = {
      ok: { retry: [] },
      throttled: { retry: ['s2'] },
    };
    const seen: SendJob[] = [];
    const handler = createSendHandler({
      ...obs,
      sendJob: async (j) => {
        seen.push(j);
        return outcomes[j.variantKey]!;
      },
    });
    const result = await handler(
      event(
        record('m1', JSON.stringify(job('ok'))),
        record('m2', JSON.stringify(job('throttled'))),
        record('m3', '{not json'),
        record('m4', JSON.stringify({ ...job('ok'), recipients: [] })),
      ),
    );
    expect(result).toEqual({
      batchItemFailures: [{ itemIdentifier: 'm2' }, { itemIdentifier: 'm3' }, { itemIdentifier: 'm4' }],
    });
    expect(seen.map((j) => j.variantKey)).toEqual(['ok', 'throttled']);
    expect(obs.logs.filter((l) => l.message === 'malformed send job')).toHaveLength(2);
    expect(obs.published).toBe(1);
  });

  it('a job that throws fails its record only; the rest of the batch is still sent', async () => {
    const obs = captureObservability();
    const handler = createSendHandler({
      ...obs,
      sendJob: async (j) => {
        if (j.variantKey === 'boom') throw new Error('DynamoDB unavailable');
        return { retry: [] };
      },
    });
    const result = await handler(
      event(record('a', JSON.stringify(job('boom'))), record('b', JSON.stringify(job('fine')))),
    );
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'a' }]);
  });

  it('sends one record at a time, and answers a batch whose every record must come back without throwing', async () => {
    const obs = captureObservability();
    const order: string[] = [];
    const handler = createSendHandler({
      ...obs,
      sendJob: async (j) => {
        order.push(`start ${j.variantKey}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        order.push(`end ${j.variantKey}`);
        return { retry: ['s1'] };
      },
    });
    const result = await handler(
      event(record('x', JSON.stringify(job('x'))), record('y', JSON.stringify(job('y')))),
    );
    // The rate limiter paces the invocation: jobs never overlap.
    expect(order).toEqual(['start x', 'end x', 'start y', 'end y']);
    // Throttled recipients are routine, not a function error: both records come back, the invocation succeeds.
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'x' }, { itemIdentifier: 'y' }]);
    expect(obs.published).toBe(1);
  });

  it('does not redeliver a job whose edition is paused (resume re-enqueues it)', async () => {
    const obs = captureObservability();
    const handler = createSendHandler({
      ...obs,
      sendJob: async () => ({ retry: ['s1', 's2'], paused: 'daily quota exceeded' }),
    });
    const result = await handler(event(record('p', JSON.stringify(job('v')))));
    expect(result.batchItemFailures).toEqual([]);
    expect(obs.logs.some((l) => l.level === 'warn' && l.message === 'edition paused')).toBe(true);
  });
});

describe('send job parsing', () => {
  it('accepts a valid job and names what is wrong with an invalid one', () => {
    expect(parseSendJob(JSON.stringify(job('v')))).toEqual({ ok: true, job: job('v') });
    const tooMany = parseSendJob(
      JSON.stringify(
        job(
          'v',
          Array.from({ length: 51 }, (_, i) => `s${i}`),
        ),
      ),
    );
    expect(tooMany).toMatchObject({ ok: false, reason: expect.stringContaining('recipients') });
    const badList = parseSendJob(
      JSON.stringify({ ...job('v'), list: { kind: 'digest', cadence: 'hourly' } }),
    );
    expect(badList).toMatchObject({ ok: false, reason: expect.stringContaining('list.cadence') });
  });

  it('reads alert jobs with their topics, and per-topic alert jobs queued before alerts became one list', () => {
    const alert = { ...job('v'), list: { kind: 'alerts' }, topics: ['health', 'talent'] };
    expect(parseSendJob(JSON.stringify(alert))).toEqual({ ok: true, job: alert });
    const legacy = { ...job('v'), list: { kind: 'alerts', topic: 'health' } };
    expect(parseSendJob(JSON.stringify(legacy))).toEqual({
      ok: true,
      job: { ...job('v'), list: { kind: 'alerts' }, topics: ['health'] },
    });
  });

  it('counts what needs a person under the alarmed metric names, and logs it', () => {
    const obs = captureObservability();
    const events = metricEvents(obs.metrics, obs.logger);
    events.sent?.('e1', 's1');
    events.failed?.('e1', 's2', 'SES SendRawEmail failed (rejected): AccessDenied');
    events.ambiguous?.('e1', 's3', 'SES SendRawEmail failed (ambiguous): socket hang up');
    events.retrying?.('e1', 's4', 'TimeoutError');
    events.paused?.('e1', 'SES daily sending quota exceeded');
    expect(obs.counts).toEqual({ sent: 1, PermanentSendFailures: 1, AmbiguousSends: 1, EditionPaused: 1 });
    expect(obs.logs.filter((l) => l.level === 'error').map((l) => l.message)).toEqual([
      'send outcome unknown: left `sending`, not resent',
      'edition paused',
    ]);
  });
});
