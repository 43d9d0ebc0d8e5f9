// GET /confirm?token= — the confirmation page with its one button; GET never confirms (link scanners follow links).
import { confirmPage as page } from '../../../pages/subscription-pages.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import type { SubscriptionContext } from './context.ts';

export const confirmPage: HttpRoute<SubscriptionContext> = {
  method: 'GET',
  path: '/confirm',
  async handle(ctx, event) {
    const ui = ctx.pageUi(event);
    const token = event.queryStringParameters?.token;
    if (!(await ctx.verify(token, 'confirm'))) return ctx.invalidLink(ui);
    return ctx.page(200, page({ ui, site: ctx.site, token: token! }), true);
  },
};
