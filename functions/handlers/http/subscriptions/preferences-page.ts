// GET /preferences?token= — the preference center of the subscriber the manage token names.

import { isLang } from '../../../core/subscriptions/input.ts';
import { templateLang } from '../../../core/types.ts';
import { preferencesPage as page } from '../../../pages/subscription-pages.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import type { SubscriptionContext } from './context.ts';

export const preferencesPage: HttpRoute<SubscriptionContext> = {
  method: 'GET',
  path: '/preferences',
  async handle(ctx, event) {
    const lang = ctx.pageLang(event);
    const token = event.queryStringParameters?.token;
    const claims = await ctx.verify(token, 'manage');
    if (!claims) return ctx.invalidLink(lang);
    const subscriber = await ctx.deps.store.get(claims.sub);
    if (!subscriber) return ctx.invalidLink(lang);
    const shown =
      event.queryStringParameters?.lang && isLang(event.queryStringParameters.lang)
        ? lang
        : templateLang(subscriber.locale);
    if (subscriber.status !== 'active' && subscriber.status !== 'paused') return ctx.notActive(shown);
    return ctx.page(
      200,
      page({ lang: shown, token: token!, subscriber, topics: ctx.deps.taxonomy.topics }),
      true,
    );
  },
};
