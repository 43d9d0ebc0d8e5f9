// GET /unsubscribe?token= — the unsubscribe page (one list or everything); GET never unsubscribes.
import { parseLocale } from '../../../core/subscriptions/input.ts';
import { parseListKey } from '../../../core/tokens.ts';
import { unsubscribePage as page } from '../../../pages/subscription-pages.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import type { SubscriptionContext } from './context.ts';

export const unsubscribePage: HttpRoute<SubscriptionContext> = {
  method: 'GET',
  path: '/unsubscribe',
  async handle(ctx, event) {
    const asked = parseLocale(event.queryStringParameters?.lang);
    const token = event.queryStringParameters?.token;
    const claims = await ctx.verify(token, 'unsubscribe');
    // An expired link (13 months) offers a fresh one by email.
    if (!claims) return ctx.unusableLink(ctx.pageUi(event), token, 'unsubscribe');
    const list = claims.list === undefined ? undefined : parseListKey(claims.list);
    if (claims.list !== undefined && !list) return ctx.invalidLink(ctx.pageUi(event));
    const subscriber = await ctx.deps.store.get(claims.sub);
    const ui = asked || !subscriber ? ctx.pageUi(event) : ctx.ui(subscriber.locale);
    return ctx.page(
      200,
      page({ ui, site: ctx.site, token: token!, ...(list ? { listLabel: ctx.listLabel(ui, list) } : {}) }),
      true,
    );
  },
};
