// POST /unsubscribe?token= — the unsubscribe button, and RFC 8058 one-click from mail providers.

import { unsubscribe as unsubscribeUseCase } from '../../../core/subscriptions/use-cases.ts';
import { parseListKey } from '../../../core/tokens.ts';
import { templateLang } from '../../../core/types.ts';
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
    const lang = ctx.pageLang(event, body);
    if (!oneClick) {
      const refused = ctx.refuseCrossSite(event, lang);
      if (refused) return refused;
    }
    const claims = await ctx.verify(event.queryStringParameters?.token, 'unsubscribe');
    if (!claims) return ctx.invalidLink(lang);
    const list = claims.list === undefined ? undefined : parseListKey(claims.list);
    if (claims.list !== undefined && !list) return ctx.invalidLink(lang);
    const all = !list || (!oneClick && ctx.formField(body, 'scope') === 'all');
    const { outcome, subscriber } = await unsubscribeUseCase(
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
    return ctx.unsubscribed(subscriber ? templateLang(subscriber.locale) : lang, all);
  },
};
