// POST /confirm — double opt-in: the subscription starts, and the page links to the preference center.
import { confirmSubscription } from '../../../core/subscriptions/use-cases.ts';
import { templateLang } from '../../../core/types.ts';
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
    // The link confirms the request whose nonce it carries, and no other.
    const { outcome, subscriber } = await confirmSubscription(ctx.core, claims.sub, claims.nonce);
    if (outcome === 'unknown-subscriber' || !subscriber) return ctx.invalidLink(lang);
    if (outcome === 'suppressed') return ctx.notActive(lang);
    ctx.deps.logger.info('subscription confirmed', { outcome, subscriber: subscriber.id });
    // A replaced, dropped or expired request confirms nothing: the link is as good as expired.
    if (outcome === 'expired') return ctx.invalidLink(lang);
    return ctx.page(
      200,
      confirmedPage({ lang: templateLang(subscriber.locale), manageUrl: ctx.links.manage(subscriber) }),
      true,
    );
  },
};
