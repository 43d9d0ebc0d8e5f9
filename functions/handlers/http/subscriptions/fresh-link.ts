// POST /fresh-link — the button on an expired manage or unsubscribe link's page (issue 16 #9: links expire after
// 13 months): emails the reader a fresh manage link. It goes in as a subscribe request for exactly what they
// follow, so the same rules hold as for any request — suppression, the anti list-bombing limits, the request queue —
// and the "already subscribed" email carries the new manage link. The answer is the same whatever happened.
import { isMailerError } from '../../../core/delivery/errors.ts';
import { requestSubscription } from '../../../core/subscriptions/use-cases.ts';
import { parseBody } from '../../../shared/http.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import { redactEmail } from '../../../shared/logging.ts';
import type { SubscriptionContext } from './context.ts';
import { truncateIp } from './subscribe.ts';

export const freshLink: HttpRoute<SubscriptionContext> = {
  method: 'POST',
  path: '/fresh-link',
  async handle(ctx, event) {
    const body = parseBody(event);
    const ui = ctx.pageUi(event, body);
    const refused = ctx.refuseCrossSite(event, ui);
    if (refused) return refused;
    const purpose = ctx.formField(body, 'purpose');
    const token = ctx.formField(body, 'token');
    if (purpose !== 'manage' && purpose !== 'unsubscribe') return ctx.invalidLink(ui);
    // Authentic and for a manage or unsubscribe link, expired or not: it names whom to mail, nothing more.
    const claims = ctx.expiredClaims(token, purpose) ?? (await ctx.verify(token, purpose));
    if (!claims) return ctx.invalidLink(ui);
    const subscriber = await ctx.deps.store.get(claims.sub);
    // Only someone who still receives our email gets one (an unsubscribed reader subscribes again instead).
    if (subscriber && (subscriber.status === 'active' || subscriber.status === 'paused')) {
      const request = {
        email: subscriber.email,
        topics: subscriber.topics,
        locale: subscriber.locale,
        contentLangs: subscriber.contentLangs,
        method: 'fresh-link',
        source: truncateIp(event.requestContext.http.sourceIp),
      };
      if (ctx.deps.requests) await ctx.deps.requests.enqueue([request]);
      else {
        try {
          const outcome = await requestSubscription(ctx.core, request);
          ctx.deps.logger.info('fresh link request', { outcome, email: redactEmail(subscriber.email) });
        } catch (error) {
          // The answer stays the same; the limits were given back, so the button works again later.
          if (!isMailerError(error)) throw error;
          ctx.deps.logger.warn('fresh link email not sent', {
            kind: error.kind,
            email: redactEmail(subscriber.email),
          });
        }
      }
    }
    return ctx.message(200, ui, ui.t.freshLinkSentTitle, ui.t.freshLinkSentBody, { noStore: true });
  },
};
