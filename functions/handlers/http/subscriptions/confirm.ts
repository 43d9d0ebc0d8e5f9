// POST /confirm — double opt-in: the subscription starts; the page recaps it (topics, cadences, languages, first
// send) and links to the preference center; the welcome email follows. A used link says so.
import type { Subscriber } from '../../../core/subscribers/types.ts';
import { confirmSubscription } from '../../../core/subscriptions/use-cases.ts';
import {
  type LatestArticle,
  latestForReader,
  sendWelcome,
  WELCOME_LATEST_DAYS,
} from '../../../core/subscriptions/welcome.ts';
import type { Cadence } from '../../../core/types.ts';
import { confirmedPage, firstSendLines, topicLines } from '../../../pages/subscription-pages.ts';
import type { Ui } from '../../../pages/ui.ts';
import { parseBody } from '../../../shared/http.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import { redactEmails } from '../../../shared/logging.ts';
import type { SubscriptionContext } from './context.ts';

/** When the first email of each of the reader's cadences comes, in their words. */
function firstSends(ctx: SubscriptionContext, ui: Ui, subscriber: Subscriber): string[] {
  const cadences = new Set(Object.values(subscriber.topics).filter((c): c is Cadence => c !== undefined));
  return firstSendLines(ui, cadences, ctx.firstSends(ui));
}

export const confirm: HttpRoute<SubscriptionContext> = {
  method: 'POST',
  path: '/confirm',
  async handle(ctx, event) {
    const refused = ctx.refuseCrossSite(event, ctx.pageUi(event));
    if (refused) return refused;
    const body = parseBody(event);
    const formUi = ctx.pageUi(event, body);
    const claims = await ctx.verify(ctx.formField(body, 'token'), 'confirm');
    if (!claims) return ctx.invalidLink(formUi);
    // The link confirms the request whose nonce it carries, and no other.
    const { outcome, subscriber } = await confirmSubscription(ctx.core, claims.sub, claims.nonce);
    if (outcome === 'unknown-subscriber' || !subscriber) return ctx.invalidLink(formUi);
    if (outcome === 'suppressed') return ctx.notActive(formUi);
    ctx.deps.logger.info('subscription confirmed', { outcome, subscriber: subscriber.id });
    // A replaced, dropped or expired request confirms nothing: the link is as good as expired.
    if (outcome === 'expired') return ctx.invalidLink(formUi);
    const ui = ctx.ui(subscriber.locale);
    const manageUrl = ctx.links.manage(subscriber);
    if (outcome === 'used') {
      return ctx.message(200, ui, ui.t.usedLinkTitle, ui.t.usedLinkBody, {
        link: { href: manageUrl, label: ui.t.managePreferences },
        noStore: true,
      });
    }
    const sends = firstSends(ctx, ui, subscriber);
    if (ctx.deps.welcome) {
      try {
        await sendWelcome(
          ctx.core,
          ctx.deps.welcome,
          subscriber,
          [...topicLines(ui, ctx.deps.taxonomy.topics, subscriber.topics), ...sends],
          await latest(ctx, subscriber),
        );
      } catch (error) {
        // The subscription stands; a lost welcome is logged, not shown as a failed confirmation.
        ctx.deps.logger.warn('welcome email not sent', {
          subscriber: subscriber.id,
          error: redactEmails(error instanceof Error ? error.message : 'unknown'),
        });
      }
    }
    return ctx.page(
      200,
      confirmedPage({
        ui,
        site: ctx.site,
        subscriber,
        topics: ctx.deps.taxonomy.topics,
        manageUrl,
        firstSends: sends,
      }),
      true,
    );
  },
};

/** The newest articles on the reader's topics; a failed read costs the welcome that part, not the welcome. */
async function latest(ctx: SubscriptionContext, subscriber: Subscriber): Promise<LatestArticle[]> {
  if (!ctx.deps.content) return [];
  const now = ctx.deps.clock.now();
  const since = new Date(now.getTime() - WELCOME_LATEST_DAYS * 86_400_000);
  try {
    const sections = await ctx.deps.content.sectionsBetween(since.toISOString(), now.toISOString());
    return latestForReader(sections, subscriber, ctx.deps.siteUrl);
  } catch (error) {
    ctx.deps.logger.warn('welcome: recent articles not read', {
      error: error instanceof Error ? error.message : 'unknown',
    });
    return [];
  }
}
