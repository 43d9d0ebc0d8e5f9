// GET /check-inbox?r= — where a subscribe form post is redirected (303): the address typed, what was asked for,
// and help. The receipt holds only what was typed, so the page is the same for every state of the address.
import { checkInboxPage } from '../../../pages/subscription-pages.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import type { SubscriptionContext } from './context.ts';

export const checkInbox: HttpRoute<SubscriptionContext> = {
  method: 'GET',
  path: '/check-inbox',
  async handle(ctx, event) {
    const ui = ctx.pageUi(event);
    const sealed = event.queryStringParameters?.r;
    const receipt = ctx.openReceipt(sealed);
    const fixHref = receipt
      ? `/?r=${encodeURIComponent(sealed!)}&lang=${ui.locale}#email`
      : `/?lang=${ui.locale}`;
    return ctx.page(
      200,
      checkInboxPage({
        ui,
        site: ctx.site,
        topics: ctx.deps.taxonomy.topics,
        ...(receipt ? { receipt } : {}),
        fixHref,
      }),
      true,
    );
  },
};
