// Pacing sends under the SES maximum send rate. Each sender holds a bucket sized to its share of the account
// rate (account rate / concurrent senders); with a capacity of one, sends are spaced 1/rate apart, so no window
// of one second ever holds more than the rate allows.

export interface RateLimiter {
  /** Resolves when the next send may start. */
  take(): Promise<void>;
}

export interface TokenBucketOptions {
  /** Messages per second for this sender. */
  ratePerSecond: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class TokenBucket implements RateLimiter {
  private readonly intervalMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private next = Number.NEGATIVE_INFINITY;

  constructor(options: TokenBucketOptions) {
    if (!(options.ratePerSecond > 0))
      throw new RangeError('send rate must be a positive number of messages per second');
    // Rounded up to the microsecond: floating-point spacing that is a hair short would fit rate + 1 sends in a second.
    this.intervalMs = Math.ceil((1000 / options.ratePerSecond) * 1000) / 1000;
    this.now = options.now ?? (() => performance.now());
    this.sleep = options.sleep ?? realSleep;
  }

  async take(): Promise<void> {
    const now = this.now();
    // Reserve the slot before waiting, so concurrent callers queue behind each other instead of bunching up.
    const at = Math.max(now, this.next);
    this.next = at + this.intervalMs;
    if (at > now) await this.sleep(at - now);
  }
}

/** This sender's share of the account's send rate. */
export function senderRate(accountRate: number, concurrentSenders: number): number {
  return accountRate / Math.max(1, concurrentSenders);
}
