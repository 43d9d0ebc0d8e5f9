// POST /confirm — double opt-in: the subscription starts, and the page links to the preference center.
import { confirmSubscription } from '../../../core/subscriptions/use-cases.ts';
import { confirmedPage } from '../../../pages/subscription-pages.ts';
import { parseBody } from '../../../shared/http.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import type { SubscriptionContext } from './context.ts';

export const confirm: HttpRoute<SubscriptionContext> = {
  method: 'POST',
  path: '/confirm',
  async handle(ctx, event) {
    const refused = ctx.refuseCrossSite(event, ctx.pageLang(event));
    if (refused) return refused;
    const body = parseBody(event);
    const lang = ctx.pageLang(event, body);
    const claims = await ctx.verify(ctx.formField(body, 'token'), 'confirm');
    if (!claims) return ctx.invalidLink(lang);
    const outcome = await confirmSubscription(ctx.core, claims.sub);
    if (outcome === 'unknown-subscriber') return ctx.invalidLink(lang);
    if (outcome === 'suppressed') return ctx.notActive(lang);
    const subscriber = await ctx.deps.store.get(claims.sub);
    if (!subscriber) return ctx.invalidLink(lang);
    ctx.deps.logger.info('subscription confirmed', { outcome, subscriber: subscriber.id });
    return ctx.page(
      200,
      confirmedPage({ lang: subscriber.lang, manageUrl: ctx.links.manage(subscriber) }),
      true,
    );
  },
};
