// Which delivery audiences a subscriber belongs to. Shared by every store so the memory twin and DynamoDB
// agree: a subscriber is in the audience of a cadence when active and following at least one topic at it.
import { CADENCES, type Cadence } from '../types.ts';
import type { Subscriber } from './types.ts';

export function audiencesOf(subscriber: Pick<Subscriber, 'status' | 'topics'>): Cadence[] {
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
