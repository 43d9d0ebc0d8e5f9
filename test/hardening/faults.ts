// Fault injectors for the in-memory twins: a wrapped store throws DynamoDB-like errors on chosen calls. `faulty`
// throws *before* the call reaches the store (the write did not happen: a throughput or connection error);
// `landing` throws *after* it (the write landed and its answer was lost: a timeout).

/**
 * The least a binomial count with mean `expected` reaches but for a 4-sigma fluke (its variance is at most its
 * mean): a coverage floor that scales with what a seed's scenarios inject instead of one fixed number.
 */
export function floorFor(expected: number): number {
  return Math.max(0, Math.floor(expected - 4 * Math.sqrt(expected) - 2));
}

/** Small seeded PRNG (mulberry32): the same seed replays the same faults. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class DynamoLikeError extends Error {
  constructor(
    override readonly name: string,
    message: string,
  ) {
    super(message);
  }
}

export function dynamoError(random: () => number, method: string): Error {
  const pick = random();
  if (pick < 0.5)
    return new DynamoLikeError(
      'ProvisionedThroughputExceededException',
      `${method}: The level of configured provisioned throughput for the table was exceeded`,
    );
  if (pick < 0.8) return new DynamoLikeError('TimeoutError', `${method}: Connection timed out after 1000 ms`);
  return new DynamoLikeError('ConditionalCheckFailedException', `${method}: The conditional request failed`);
}

export interface FaultLog {
  injected: number;
  /** Faults expected from the rates in force at each call (the sum of those rates): what the floors scale with. */
  expected: number;
}

/**
 * Wraps `target` so each call to one of `methods` throws with probability `rate` (before reaching the store).
 * Other methods pass through untouched.
 */
export function faulty<T extends object>(
  target: T,
  methods: readonly (keyof T & string)[],
  rate: () => number,
  random: () => number,
  log: FaultLog,
): T {
  return wrap(target, methods, rate, random, log, 'before');
}

/** Like `faulty`, but the call reaches the store first: its write lands, then the caller sees a timeout. */
export function landing<T extends object>(
  target: T,
  methods: readonly (keyof T & string)[],
  rate: () => number,
  random: () => number,
  log: FaultLog,
): T {
  return wrap(target, methods, rate, random, log, 'after');
}

function wrap<T extends object>(
  target: T,
  methods: readonly (keyof T & string)[],
  rate: () => number,
  random: () => number,
  log: FaultLog,
  when: 'before' | 'after',
): T {
  const chosen = new Set<string>(methods);
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof prop !== 'string' || typeof value !== 'function') return value;
      const bound = (value as (...args: unknown[]) => unknown).bind(obj);
      if (!chosen.has(prop)) return bound;
      return async (...args: unknown[]) => {
        log.expected += rate();
        if (when === 'after') {
          const result = await bound(...args);
          if (random() < rate()) {
            log.injected++;
            throw new DynamoLikeError('TimeoutError', `${prop}: answer lost after the write landed`);
          }
          return result;
        }
        if (random() < rate()) {
          log.injected++;
          throw dynamoError(random, prop);
        }
        return bound(...args);
      };
    },
  });
}
