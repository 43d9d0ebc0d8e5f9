// GET / — the subscribe page, in the reader's language; `?r=` (from the check-inbox page's "correct it" link)
// fills the form with what was asked.
import { subscribePage } from '../../../pages/subscription-pages.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import type { SubscriptionContext } from './context.ts';

export const home: HttpRoute<SubscriptionContext> = {
  method: 'GET',
  path: '/',
  async handle(ctx, event) {
    const ui = ctx.pageUi(event);
    const receipt = ctx.openReceipt(event.queryStringParameters?.r);
    const page = subscribePage({
      ui,
      site: ctx.site,
      topics: ctx.deps.taxonomy.topics,
      schedule: ctx.schedule(ui),
      ...(receipt
        ? {
            values: {
              email: receipt.email,
              topics: Object.keys(receipt.topics),
              own: receipt.topics,
              locale: receipt.locale,
              contentLangs: receipt.contentLangs,
            },
          }
        : {}),
    });
    // A filled form holds an address: not for shared caches.
    return ctx.page(200, page, receipt !== undefined);
  },
};
