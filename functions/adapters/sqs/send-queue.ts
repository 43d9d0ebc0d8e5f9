// Adapter: SendQueue on SQS. Jobs go out in SendMessageBatch calls of at most 10 entries; entries SQS
// reports as failed are re-sent with backoff when the fault is on its side, and reported at once when the
// entry itself is bad (SenderFault), since resending it cannot help.
import {
  SendMessageBatchCommand,
  type SendMessageBatchRequestEntry,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { SendJob } from '../../core/delivery/types.ts';
import type { SendQueue } from '../../ports.ts';

const BATCH_LIMIT = 10;
/** SQS rejects messages over 256 KiB; a job of 50 subscriber ids is a few KB. */
const MAX_BODY_BYTES = 256 * 1024;

export class SendQueueError extends Error {
  override name = 'SendQueueError';
}

export interface SqsSendQueueOptions {
  client: SQSClient;
  queueUrl: string;
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
}

export function createSqsSendQueue(options: SqsSendQueueOptions): SendQueue {
  const maxAttempts = options.maxAttempts ?? 5;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  async function sendBatch(entries: SendMessageBatchRequestEntry[]): Promise<void> {
    let pending = entries;
    for (let attempt = 1; ; attempt++) {
      const result = await options.client.send(
        new SendMessageBatchCommand({ QueueUrl: options.queueUrl, Entries: pending }),
      );
      const failed = result.Failed ?? [];
      if (failed.length === 0) return;
      const fatal = failed.find((entry) => entry.SenderFault);
      if (fatal)
        throw new SendQueueError(`SQS refused a send job (${fatal.Code}): ${fatal.Message ?? ''}`.trim());
      if (attempt >= maxAttempts) {
        throw new SendQueueError(
          `SQS did not accept ${failed.length} send jobs after ${maxAttempts} attempts`,
        );
      }
      const retry = new Set(failed.map((entry) => entry.Id));
      pending = pending.filter((entry) => retry.has(entry.Id));
      await sleep(Math.min(5000, 100 * 2 ** attempt));
    }
  }

  return {
    async enqueue(jobs) {
      const entries = jobs.map((job, index): SendMessageBatchRequestEntry => {
        const body = JSON.stringify(job satisfies SendJob);
        if (Buffer.byteLength(body) > MAX_BODY_BYTES) {
          throw new SendQueueError(
            `send job for ${job.editionId} is over 256 KiB (${job.recipients.length} recipients)`,
          );
        }
        return { Id: `job-${index}`, MessageBody: body };
      });
      for (let start = 0; start < entries.length; start += BATCH_LIMIT) {
        await sendBatch(entries.slice(start, start + BATCH_LIMIT));
      }
    },
  };
}
