// GET /unsubscribe?token= — the unsubscribe page (one list or everything); GET never unsubscribes.

import { parseListKey } from '../../../core/tokens.ts';
import { templateLang } from '../../../core/types.ts';
import { unsubscribePage as page } from '../../../pages/subscription-pages.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import type { SubscriptionContext } from './context.ts';

export const unsubscribePage: HttpRoute<SubscriptionContext> = {
  method: 'GET',
  path: '/unsubscribe',
  async handle(ctx, event) {
    const lang = ctx.pageLang(event);
    const token = event.queryStringParameters?.token;
    const claims = await ctx.verify(token, 'unsubscribe');
    if (!claims) return ctx.invalidLink(lang);
    const list = claims.list === undefined ? undefined : parseListKey(claims.list);
    if (claims.list !== undefined && !list) return ctx.invalidLink(lang);
    const subscriber = await ctx.deps.store.get(claims.sub);
    const shown = event.queryStringParameters?.lang || !subscriber ? lang : templateLang(subscriber.locale);
    return ctx.page(
      200,
      page({ lang: shown, token: token!, ...(list ? { listLabel: ctx.listLabel(shown, list) } : {}) }),
      true,
    );
  },
};
