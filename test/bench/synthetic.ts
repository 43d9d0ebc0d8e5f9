// Synthetic subscribers for the benchmark: random topic sets, a cadence per topic and a language, from a seeded
// generator so runs are comparable.
import type { Subscriber } from '../../functions/core/subscribers/types.ts';
import type { Cadence, TopicId } from '../../functions/core/types.ts';

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CADENCES: Cadence[] = ['daily', 'daily', 'daily', 'weekly', 'instant'];
const AT = '2025-01-01T00:00:00.000Z';

export function syntheticSubscriber(i: number, topics: readonly TopicId[], random: () => number): Subscriber {
  const chosen: Partial<Record<TopicId, Cadence>> = {};
  const count = 1 + Math.floor(random() * 3);
  while (Object.keys(chosen).length < count) {
    chosen[topics[Math.floor(random() * topics.length)]!] = CADENCES[Math.floor(random() * CADENCES.length)]!;
  }
  return {
    id: `sub-${String(i).padStart(8, '0')}`,
    email: `reader${i}@bench.example.org`,
    status: 'active',
    topics: chosen,
    locale: random() < 0.7 ? 'zh-Hans' : 'en',
    contentLangs: ['zh', 'en'],
    version: 0,
    consent: { requestedAt: AT, method: 'import', confirmedAt: AT },
    createdAt: AT,
    updatedAt: AT,
  };
}
