import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createLocalSendQueue } from '../../../functions/adapters/local/send-queue.ts';
import type { SendJob } from '../../../functions/core/delivery/types.ts';

const job = (i: number): SendJob => ({
  editionId: 'daily-2025-01-20',
  variantKey: `v${i}`,
  list: { kind: 'digest', cadence: 'daily' },
  recipients: [`sub-${i}`],
});

describe('local send queue', () => {
  it('delivers every job in SQS-shaped batches of at most batchSize, never more than `concurrency` at once', async () => {
    const seen: string[] = [];
    let running = 0;
    let maxRunning = 0;
    const queue = createLocalSendQueue({
      batchSize: 4,
      concurrency: 2,
      handle: async (event: SQSEvent) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        expect(event.Records.length).toBeLessThanOrEqual(4);
        for (const record of event.Records) {
          expect(record.eventSource).toBe('aws:sqs');
          expect(record.attributes.ApproximateReceiveCount).toBe('1');
          seen.push((JSON.parse(record.body) as SendJob).variantKey);
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
        return { batchItemFailures: [] };
      },
    });
    await queue.enqueue(Array.from({ length: 10 }, (_, i) => job(i)));
    await queue.drain();
    expect(seen.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `v${i}`).sort());
    expect(maxRunning).toBe(2);
    expect(queue.stats()).toMatchObject({ enqueued: 10, invocations: 3, redelivered: 0 });
  });

  it('redelivers only the records reported as batch item failures, with a growing receive count', async () => {
    const receives = new Map<string, string[]>();
    const queue = createLocalSendQueue({
      redeliveryDelayMs: 1,
      handle: async (event) => {
        const failures = [];
        for (const record of event.Records) {
          const key = (JSON.parse(record.body) as SendJob).variantKey;
          receives.set(key, [...(receives.get(key) ?? []), record.attributes.ApproximateReceiveCount]);
          if (key === 'v1' && record.attributes.ApproximateReceiveCount !== '3') {
            failures.push({ itemIdentifier: record.messageId });
          }
        }
        return { batchItemFailures: failures };
      },
    });
    await queue.enqueue([job(0), job(1), job(2)]);
    await queue.drain();
    expect(receives.get('v0')).toEqual(['1']);
    expect(receives.get('v1')).toEqual(['1', '2', '3']);
    expect(queue.deadLetters).toEqual([]);
    expect(queue.stats().redelivered).toBe(2);
  });

  it('a thrown handler fails the whole batch; after maxReceiveCount receives the job is dead-lettered', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const queue = createLocalSendQueue({
      redeliveryDelayMs: 1,
      maxReceiveCount: 3,
      onError: (error) => errors.push(error),
      handle: async () => {
        calls++;
        throw new Error('sender crashed');
      },
    });
    await queue.enqueue([job(7)]);
    await queue.drain();
    expect(calls).toBe(3);
    expect(errors).toHaveLength(3);
    expect(queue.deadLetters).toEqual([expect.objectContaining({ job: job(7), receiveCount: 3 })]);
  });

  it('drain resolves at once when nothing was queued', async () => {
    const queue = createLocalSendQueue({ handle: async () => undefined });
    await queue.drain();
    expect(queue.stats().invocations).toBe(0);
  });
});
