// POST /unsubscribe/undo?token= — reverses the unsubscribe named by `stop`: exactly what it ended comes back, with
// no new opt-in (the reader holds the unsubscribe link of their own email, valid as long as that link is).
import { undoUnsubscribe } from '../../../core/subscriptions/use-cases.ts';
import { restoredPage } from '../../../pages/subscription-pages.ts';
import { parseBody } from '../../../shared/http.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import type { SubscriptionContext } from './context.ts';

export const unsubscribeUndo: HttpRoute<SubscriptionContext> = {
  method: 'POST',
  path: '/unsubscribe/undo',
  async handle(ctx, event) {
    const body = parseBody(event);
    const formUi = ctx.pageUi(event, body);
    const refused = ctx.refuseCrossSite(event, formUi);
    if (refused) return refused;
    const claims = await ctx.verify(event.queryStringParameters?.token, 'unsubscribe');
    const stop = ctx.formField(body, 'stop');
    if (!claims || !stop) return ctx.invalidLink(formUi);
    const { outcome, subscriber } = await undoUnsubscribe(ctx.core, claims.sub, stop);
    ctx.deps.logger.info('unsubscribe undone', { outcome, subscriber: claims.sub });
    if (outcome === 'unknown-subscriber' || !subscriber) return ctx.invalidLink(formUi);
    const ui = ctx.ui(subscriber.locale);
    if (outcome === 'suppressed') return ctx.notActive(ui);
    const manageHref = ctx.links.manage(subscriber);
    if (outcome === 'nothing-to-undo')
      return ctx.message(200, ui, ui.t.nothingToUndoTitle, ui.t.nothingToUndoBody, {
        ...(subscriber.status === 'active' || subscriber.status === 'paused'
          ? { link: { href: manageHref, label: ui.t.managePreferences } }
          : {}),
        noStore: true,
      });
    return ctx.page(
      200,
      restoredPage({ ui, site: ctx.site, subscriber, topics: ctx.deps.taxonomy.topics, manageHref }),
      true,
    );
  },
};
