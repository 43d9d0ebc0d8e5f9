// Streams recipients into send jobs of at most 50 (the SES recipients-per-call limit and a good SQS message
// size): one open batch per variant, flushed when full, so memory holds at most 50 ids per variant — never the
// whole audience.
import type { SendQueue } from '../../ports.ts';
import type { TopicId } from '../types.ts';
import type { MailingList, SendJob } from './types.ts';

export const MAX_RECIPIENTS_PER_JOB = 50;
/** SendMessageBatch takes 10 entries; queueing in tens keeps calls full. */
const ENQUEUE_CHUNK = 10;

export class JobBatcher {
  private readonly open = new Map<string, SendJob>();
  private ready: SendJob[] = [];
  jobs = 0;
  recipients = 0;

  constructor(private readonly queue: SendQueue) {}

  /** `topics`: an alert variant's topics (see SendJob), the same for every recipient of the variant. */
  async add(
    editionId: string,
    variantKey: string,
    list: MailingList,
    subscriberId: string,
    topics?: TopicId[],
  ): Promise<void> {
    const key = `${editionId}\u0000${variantKey}`;
    let job = this.open.get(key);
    if (!job) {
      job = { editionId, variantKey, list, ...(topics ? { topics } : {}), recipients: [] };
      this.open.set(key, job);
    }
    job.recipients.push(subscriberId);
    this.recipients++;
    if (job.recipients.length === MAX_RECIPIENTS_PER_JOB) {
      this.open.delete(key);
      this.ready.push(job);
      if (this.ready.length >= ENQUEUE_CHUNK) await this.send();
    }
  }

  /** Enqueues everything still held. */
  async flush(): Promise<void> {
    this.ready.push(...this.open.values());
    this.open.clear();
    await this.send();
  }

  private async send(): Promise<void> {
    const jobs = this.ready;
    this.ready = [];
    if (jobs.length === 0) return;
    await this.queue.enqueue(jobs);
    this.jobs += jobs.length;
  }
}
