// Streams recipients into send jobs of at most 50 (the SES recipients-per-call limit and a good SQS message
// size): one open batch per variant, flushed when full, so memory holds at most 50 ids per variant — never the
// whole audience.
import type { SendQueue } from '../../ports.ts';
import type { TopicId } from '../types.ts';
import type { EditionVariant, MailingList, SendJob } from './types.ts';

export const MAX_RECIPIENTS_PER_JOB = 50;
/** SendMessageBatch takes 10 entries; queueing in tens keeps calls full. */
const ENQUEUE_CHUNK = 10;

export class JobBatcher {
  private readonly open = new Map<string, SendJob>();
  private ready: SendJob[] = [];
  jobs = 0;
  recipients = 0;
  /** Per variant: who it is for and how many recipients it got (what `tidings status` shows). */
  private readonly variantCounts = new Map<string, EditionVariant>();

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
    const counted = this.variantCounts.get(variantKey);
    if (counted) counted.planned++;
    if (job.recipients.length === MAX_RECIPIENTS_PER_JOB) {
      this.open.delete(key);
      this.ready.push(job);
      if (this.ready.length >= ENQUEUE_CHUNK) await this.send();
    }
  }

  /** Names a variant as it is compiled (before its first recipient is added). */
  describe(variantKey: string, about: Omit<EditionVariant, 'key' | 'planned'>): void {
    if (!this.variantCounts.has(variantKey))
      this.variantCounts.set(variantKey, { key: variantKey, ...about, planned: 0 });
  }

  /** The described variants with their planned recipients. */
  variants(): EditionVariant[] {
    return [...this.variantCounts.values()].map((v) => ({ ...v, topics: [...v.topics] }));
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
