// GET /preferences?token= — the preference center of the subscriber the manage token names.
import type { Subscriber, TopicCadences } from '../../../core/subscribers/types.ts';
import type { InputProblem } from '../../../core/subscriptions/input.ts';
import { parseLocale } from '../../../core/subscriptions/input.ts';
import type { Lang, Locale } from '../../../core/types.ts';
import { preferencesPage as page } from '../../../pages/subscription-pages.ts';
import { dayIn, type Ui } from '../../../pages/ui.ts';
import type { HttpResult } from '../../../shared/http.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import { redactEmail } from '../../../shared/logging.ts';
import type { SubscriptionContext } from './context.ts';

const DAY_MS = 86_400_000;

/** The preference center, as first shown or again with a refused form's problems and values. */
export function preferencesAnswer(
  ctx: SubscriptionContext,
  ui: Ui,
  token: string,
  subscriber: Subscriber,
  refused: {
    status?: number;
    problems?: readonly InputProblem[];
    pauseProblem?: boolean;
    values?: { topics: TopicCadences; locale: Locale; contentLangs?: readonly Lang[] };
  } = {},
): HttpResult {
  const now = ctx.deps.clock.now();
  const zone = ctx.reader.timezone;
  return ctx.page(
    refused.status ?? 200,
    page({
      ui,
      site: ctx.site,
      token,
      subscriber,
      maskedEmail: redactEmail(subscriber.email),
      topics: ctx.deps.taxonomy.topics,
      ...(refused.problems ? { problems: refused.problems } : {}),
      ...(refused.pauseProblem ? { pauseProblem: true } : {}),
      ...(refused.values ? { values: refused.values } : {}),
      ...(subscriber.status === 'paused' && subscriber.pause
        ? { pausedUntil: ctx.day(ui, subscriber.pause.until) }
        : {}),
      pauseDates: {
        min: dayIn(new Date(now.getTime() + DAY_MS), zone),
        max: dayIn(new Date(now.getTime() + 365 * DAY_MS), zone),
      },
    }),
    true,
  );
}

export const preferencesPage: HttpRoute<SubscriptionContext> = {
  method: 'GET',
  path: '/preferences',
  async handle(ctx, event) {
    const asked = parseLocale(event.queryStringParameters?.lang);
    const token = event.queryStringParameters?.token;
    const claims = await ctx.verify(token, 'manage');
    // An expired link (13 months) offers a fresh one by email.
    if (!claims) return ctx.unusableLink(ctx.pageUi(event), token, 'manage');
    const subscriber = await ctx.deps.store.get(claims.sub);
    if (!subscriber) return ctx.invalidLink(ctx.pageUi(event));
    // The reader's own locale unless the page's language switch asked for another.
    const ui = ctx.ui(asked ?? subscriber.locale);
    if (subscriber.status !== 'active' && subscriber.status !== 'paused') return ctx.notActive(ui);
    return preferencesAnswer(ctx, ui, token!, subscriber);
  },
};
