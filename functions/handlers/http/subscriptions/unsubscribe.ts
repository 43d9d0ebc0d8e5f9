// POST /unsubscribe?token= — the unsubscribe button, and RFC 8058 one-click from mail providers. The answer names
// what stopped and what still comes, with undo, stop everything and manage (docs/one-click.md).
import { unsubscribe as unsubscribeUseCase } from '../../../core/subscriptions/use-cases.ts';
import { parseListKey } from '../../../core/tokens.ts';
import { unsubscribedPage } from '../../../pages/subscription-pages.ts';
import { parseBody } from '../../../shared/http.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import type { SubscriptionContext } from './context.ts';

export const unsubscribe: HttpRoute<SubscriptionContext> = {
  method: 'POST',
  path: '/unsubscribe',
  async handle(ctx, event) {
    const body = parseBody(event);
    // RFC 8058: mail providers post `List-Unsubscribe=One-Click` cross-site, without cookies or Origin.
    const oneClick =
      body.kind === 'form' &&
      body.fields['List-Unsubscribe']?.length === 1 &&
      body.fields['List-Unsubscribe'][0] === 'One-Click';
    const formUi = ctx.pageUi(event, body);
    if (!oneClick) {
      const refused = ctx.refuseCrossSite(event, formUi);
      if (refused) return refused;
    }
    const token = event.queryStringParameters?.token;
    const claims = await ctx.verify(token, 'unsubscribe');
    if (!claims) return ctx.invalidLink(formUi);
    const list = claims.list === undefined ? undefined : parseListKey(claims.list);
    if (claims.list !== undefined && !list) return ctx.invalidLink(formUi);
    const all = !list || (!oneClick && ctx.formField(body, 'scope') === 'all');
    const { outcome, subscriber, stopped } = await unsubscribeUseCase(
      ctx.core,
      claims.sub,
      all ? { kind: 'all' } : list!,
    );
    ctx.deps.logger.info('unsubscribed', {
      outcome,
      oneClick,
      list: claims.list ?? 'all',
      subscriber: claims.sub,
    });
    const ui = subscriber ? ctx.ui(subscriber.locale) : formUi;
    const receiving = subscriber?.status === 'active' || subscriber?.status === 'paused';
    return ctx.page(
      200,
      unsubscribedPage({
        ui,
        site: ctx.site,
        topics: ctx.deps.taxonomy.topics,
        ...(stopped ? { stopped } : {}),
        ...(subscriber ? { subscriber } : {}),
        all,
        token: token!,
        ...(subscriber && receiving ? { manageHref: ctx.links.manage(subscriber) } : {}),
      }),
      true,
    );
  },
};
