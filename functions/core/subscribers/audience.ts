// Which delivery audiences a subscriber belongs to, and when housekeeping must next look at them. Shared by every
// store so the memory twin and DynamoDB agree: a subscriber is in the audience of a cadence when active (not
// paused) and following at least one topic at it.
import { CADENCES, type Cadence } from '../types.ts';
import type { Subscriber } from './types.ts';

export function audiencesOf(subscriber: Pick<Subscriber, 'status' | 'topics'>): Cadence[] {
  // A paused reader has status `paused`: out of every audience index until the resume sweep writes `active`.
  if (subscriber.status !== 'active') return [];
  const cadences = new Set(Object.values(subscriber.topics));
  return CADENCES.filter((c) => cadences.has(c));
}

/** Stable shard of a subscriber id in [0, shards): spreads a cadence's audience over index partitions. */
export function audienceShard(id: string, shards: number): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) % shards;
}

/**
 * When housekeeping must next change this subscriber (ISO), or undefined: the end of a pause (resume), or the
 * expiry of a pending request on a record that stays (an active or unsubscribed reader's request; a
 * never-confirmed subscriber is deleted whole by TTL instead). Stores index it sparsely (the `due` index), so
 * the sweep reads only subscribers with something due, never the whole table.
 */
export function dueAt(
  subscriber: Pick<Subscriber, 'status' | 'pause' | 'pending' | 'deleteAfter'>,
): string | undefined {
  const times: string[] = [];
  if (subscriber.status === 'paused' && subscriber.pause) times.push(subscriber.pause.until);
  if (subscriber.pending && subscriber.deleteAfter === undefined) times.push(subscriber.pending.expiresAt);
  return times.sort()[0];
}
