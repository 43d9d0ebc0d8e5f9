// Adapter for `npm start` and the CLI: an in-process stand-in for the SQS send queue. It hands the sender
// handler the same SQS-shaped events Lambda would, honours partial batch failures, redelivers failed
// records after a visibility delay, and moves a record to a dead-letter list after `maxReceiveCount`
// receives — so the at-least-once paths run locally exactly as they do on AWS.
import { createHash, randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { SendJob } from '../../core/delivery/types.ts';
import type { SendQueue } from '../../ports.ts';

export type SqsBatchHandler = (event: SQSEvent) => Promise<SQSBatchResponse | undefined>;

export interface LocalSendQueueOptions {
  handle: SqsBatchHandler;
  /** Records per invocation, like the event source mapping's BatchSize. */
  batchSize?: number;
  /** Invocations in flight at once, like the function's maximum concurrency. */
  concurrency?: number;
  /** Receives before a record goes to the dead-letter list (the DLQ redrive policy). */
  maxReceiveCount?: number;
  /** How long a failed record stays invisible before redelivery (the visibility timeout). */
  redeliveryDelayMs?: number;
  /**
   * How long after enqueue a message is first delivered (an SQS event source polls; default 0). The subscribe
   * requests use it so their processing never runs in the moment their own answer is being written.
   */
  deliveryDelayMs?: number;
  /** Called when a handler invocation throws (the whole batch then counts as failed). */
  onError?: (error: unknown) => void;
}

interface Message {
  messageId: string;
  body: string;
  sentAt: number;
  firstReceivedAt?: number;
  receiveCount: number;
  visibleAt: number;
}

export interface DeadLetter<T = SendJob> {
  messageId: string;
  job: T;
  receiveCount: number;
}

export interface LocalSendQueueStats {
  enqueued: number;
  invocations: number;
  redelivered: number;
  deadLettered: number;
}

export interface LocalQueue<T> {
  enqueue(items: T[]): Promise<void>;
  /** Resolves when no message is waiting, invisible or in flight. */
  drain(): Promise<void>;
  readonly deadLetters: readonly DeadLetter<T>[];
  stats(): LocalSendQueueStats;
}

export interface LocalSendQueue extends LocalQueue<SendJob>, SendQueue {}

const QUEUE_ARN = 'arn:aws:sqs:local:000000000000:tidings-send';

function toRecord(message: Message): SQSRecord {
  return {
    messageId: message.messageId,
    receiptHandle: `${message.messageId}#${message.receiveCount}`,
    body: message.body,
    attributes: {
      ApproximateReceiveCount: String(message.receiveCount),
      SentTimestamp: String(message.sentAt),
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: String(message.firstReceivedAt ?? message.sentAt),
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(message.body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: QUEUE_ARN,
    awsRegion: 'local',
  };
}

/** The send queue; with another message type, any queue an SQS event source drains (subscribe requests). */
export function createLocalSendQueue<T = SendJob>(options: LocalSendQueueOptions): LocalQueue<T> {
  const batchSize = options.batchSize ?? 10;
  const concurrency = options.concurrency ?? 2;
  const maxReceiveCount = options.maxReceiveCount ?? 5;
  const redeliveryDelayMs = options.redeliveryDelayMs ?? 1000;

  const waiting: Message[] = [];
  const deadLetters: DeadLetter<T>[] = [];
  const stats: LocalSendQueueStats = { enqueued: 0, invocations: 0, redelivered: 0, deadLettered: 0 };
  let inFlight = 0;
  let timer: NodeJS.Timeout | undefined;
  let idleWaiters: (() => void)[] = [];

  const settleIdle = () => {
    if (waiting.length > 0 || inFlight > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  function schedule(): void {
    if (timer || waiting.length === 0) return;
    const next = Math.min(...waiting.map((m) => m.visibleAt));
    timer = setTimeout(
      () => {
        timer = undefined;
        pump();
      },
      Math.max(0, next - Date.now()),
    );
  }

  function pump(): void {
    while (inFlight < concurrency) {
      const now = Date.now();
      const batch: Message[] = [];
      for (let i = 0; i < waiting.length && batch.length < batchSize; ) {
        const message = waiting[i]!;
        if (message.visibleAt <= now) {
          batch.push(message);
          waiting.splice(i, 1);
        } else i++;
      }
      if (batch.length === 0) break;
      inFlight++;
      void invoke(batch).finally(() => {
        inFlight--;
        pump();
        settleIdle();
      });
    }
    schedule();
  }

  async function invoke(batch: Message[]): Promise<void> {
    const now = Date.now();
    for (const message of batch) {
      message.receiveCount++;
      message.firstReceivedAt ??= now;
    }
    stats.invocations++;
    let failedIds: Set<string>;
    try {
      const response = await options.handle({ Records: batch.map(toRecord) });
      failedIds = new Set((response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier));
    } catch (error) {
      options.onError?.(error);
      failedIds = new Set(batch.map((m) => m.messageId));
    }
    for (const message of batch) {
      if (!failedIds.has(message.messageId)) continue;
      if (message.receiveCount >= maxReceiveCount) {
        stats.deadLettered++;
        deadLetters.push({
          messageId: message.messageId,
          job: JSON.parse(message.body) as T,
          receiveCount: message.receiveCount,
        });
      } else {
        stats.redelivered++;
        message.visibleAt = Date.now() + redeliveryDelayMs;
        waiting.push(message);
      }
    }
  }

  return {
    async enqueue(jobs) {
      const now = Date.now();
      for (const job of jobs) {
        waiting.push({
          messageId: randomUUID(),
          body: JSON.stringify(job),
          sentAt: now,
          receiveCount: 0,
          visibleAt: now + (options.deliveryDelayMs ?? 0),
        });
        stats.enqueued++;
      }
      // Delivery starts on the next tick, as with SQS: enqueue never runs the sender inline.
      setImmediate(pump);
    },
    drain() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        setImmediate(settleIdle);
      });
    },
    deadLetters,
    stats: () => ({ ...stats }),
  };
}
