import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSqsSendQueue, SendQueueError } from '../../../functions/adapters/sqs/send-queue.ts';
import type { SendJob } from '../../../functions/core/delivery/types.ts';

const sqs = mockClient(SQSClient);
const queueUrl = 'https://sqs.eu-west-1.amazonaws.com/123456789012/tidings-send';
const noWait = async () => {};

const job = (i: number): SendJob => ({
  editionId: 'daily-2025-01-20',
  variantKey: `daily-2025-01-20/v${i}`,
  list: { kind: 'digest', cadence: 'daily' },
  recipients: [`sub-${i}-a`, `sub-${i}-b`],
});

beforeEach(() => sqs.reset());

describe('SQS send queue', () => {
  it('sends 23 jobs in batches of at most 10 with the job JSON as body', async () => {
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
    const queue = createSqsSendQueue({
      client: new SQSClient({ region: 'eu-west-1' }),
      queueUrl,
      sleep: noWait,
    });
    const jobs = Array.from({ length: 23 }, (_, i) => job(i));
    await queue.enqueue(jobs);

    const calls = sqs.commandCalls(SendMessageBatchCommand);
    expect(calls.map((call) => call.args[0].input.Entries?.length)).toEqual([10, 10, 3]);
    expect(calls.every((call) => call.args[0].input.QueueUrl === queueUrl)).toBe(true);
    const bodies = calls
      .flatMap((call) => call.args[0].input.Entries ?? [])
      .map((e) => JSON.parse(e.MessageBody ?? ''));
    expect(bodies).toEqual(jobs);
  });

  it('re-sends only the entries SQS failed on its side', async () => {
    sqs
      .on(SendMessageBatchCommand)
      .resolvesOnce({ Failed: [{ Id: 'job-1', Code: 'InternalError', SenderFault: false }] })
      .resolves({ Failed: [] });
    const queue = createSqsSendQueue({
      client: new SQSClient({ region: 'eu-west-1' }),
      queueUrl,
      sleep: noWait,
    });
    await queue.enqueue([job(0), job(1), job(2)]);
    const calls = sqs.commandCalls(SendMessageBatchCommand);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.args[0].input.Entries?.map((e) => JSON.parse(e.MessageBody ?? '').variantKey)).toEqual([
      'daily-2025-01-20/v1',
    ]);
  });

  it('gives up with a clear error when entries keep failing, and at once on a sender fault', async () => {
    sqs
      .on(SendMessageBatchCommand)
      .resolves({ Failed: [{ Id: 'job-0', Code: 'ServiceUnavailable', SenderFault: false }] });
    const client = new SQSClient({ region: 'eu-west-1' });
    const queue = createSqsSendQueue({ client, queueUrl, sleep: noWait, maxAttempts: 3 });
    await expect(queue.enqueue([job(0)])).rejects.toThrow(/after 3 attempts/);
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(3);

    sqs.reset();
    sqs
      .on(SendMessageBatchCommand)
      .resolves({ Failed: [{ Id: 'job-0', Code: 'InvalidMessageContents', SenderFault: true }] });
    await expect(queue.enqueue([job(0)])).rejects.toBeInstanceOf(SendQueueError);
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(1);
  });

  it('sends nothing for no jobs', async () => {
    const queue = createSqsSendQueue({
      client: new SQSClient({ region: 'eu-west-1' }),
      queueUrl,
      sleep: noWait,
    });
    await queue.enqueue([]);
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(0);
  });
});
