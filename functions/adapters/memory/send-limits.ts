// In-memory twin of the DynamoDB send limits (same windows and conditions), for unit tests.
import type { LimitCounter } from '../../core/subscriptions/limits.ts';
import type { SendLimits } from '../../ports.ts';

export class MemorySendLimits implements SendLimits {
  private readonly counters = new Map<string, { n: number; until: number }>();

  async take(counters: LimitCounter[], now: Date): Promise<boolean> {
    const t = Math.floor(now.getTime() / 1000);
    const live = (c: LimitCounter) => {
      const found = this.counters.get(c.key);
      return found && found.until > t ? found : undefined;
    };
    if (counters.some((c) => c.limit < 1 || (live(c)?.n ?? 0) >= c.limit)) return false;
    for (const c of counters) {
      const found = live(c);
      if (found) found.n++;
      else this.counters.set(c.key, { n: 1, until: t + c.windowSeconds });
    }
    return true;
  }

  async release(counters: LimitCounter[], now: Date): Promise<void> {
    const t = Math.floor(now.getTime() / 1000);
    for (const c of counters) {
      const found = this.counters.get(c.key);
      if (found && found.until > t && found.n > 0) found.n--;
    }
  }

  /** Test helper: what is counted now. */
  snapshot(): string {
    return JSON.stringify([...this.counters.entries()]);
  }
}
