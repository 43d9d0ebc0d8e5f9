// GET / — the subscribe page, in the reader's language.
import { subscribePage } from '../../../pages/subscription-pages.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import type { SubscriptionContext } from './context.ts';

export const home: HttpRoute<SubscriptionContext> = {
  method: 'GET',
  path: '/',
  handle: async (ctx, event) =>
    ctx.page(200, subscribePage({ lang: ctx.pageLang(event), topics: ctx.deps.taxonomy.topics })),
};
