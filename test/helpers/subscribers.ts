// A subscriber record as the tests seed it straight into a store: active, consent given and confirmed at `at`,
// unless `more` says otherwise.
import type { Subscriber, TopicCadences } from '../../functions/core/subscribers/types.ts';

export const SEEDED_AT = '2025-01-20T00:00:00.000Z';

export function subscriberRecord(
  id: string,
  email: string,
  topics: TopicCadences,
  {
    at = SEEDED_AT,
    method = 'web-form',
    ...more
  }: Partial<Subscriber> & { at?: string; method?: string } = {},
): Subscriber {
  return {
    id,
    email,
    status: 'active',
    topics,
    locale: 'en',
    contentLangs: ['zh', 'en'],
    version: 0,
    consent: { requestedAt: at, method, confirmedAt: at },
    createdAt: at,
    updatedAt: at,
    ...more,
  };
}
