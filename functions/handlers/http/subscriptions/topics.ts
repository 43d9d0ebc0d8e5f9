// GET /api/topics — the taxonomy's topics for API clients.

import { jsonResponse } from '../../../shared/http.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import type { SubscriptionContext } from './context.ts';

export const topics: HttpRoute<SubscriptionContext> = {
  method: 'GET',
  path: '/api/topics',
  handle: async (ctx) =>
    jsonResponse(200, {
      topics: ctx.deps.taxonomy.topics.map((t) => ({ id: t.id, name: t.name, description: t.description })),
    }),
};
