// POST /preferences — save topics × cadence, content languages and locale; pause (1, 2, 4 weeks or until a date)
// and resume; unsubscribe from everything after a confirmation step. An empty topic choice is refused with a
// pointer to pause and unsubscribe, never taken as an unsubscribe.

import { PAUSE_WEEKS, pauseEnd } from '../../../core/subscribers/lifecycle.ts';
import type { Subscriber } from '../../../core/subscribers/types.ts';
import { checkPreferencesForm, parseLocale } from '../../../core/subscriptions/input.ts';
import {
  pauseSubscription,
  resumeSubscription,
  unsubscribe,
  updatePreferences,
} from '../../../core/subscriptions/use-cases.ts';
import { fill } from '../../../pages/strings.ts';
import {
  pauseBanner,
  savedPage,
  unsubscribeAllConfirmPage,
  unsubscribedPage,
} from '../../../pages/subscription-pages.ts';
import { startOfDay, type Ui } from '../../../pages/ui.ts';
import { type HttpResult, parseBody } from '../../../shared/http.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import type { SubscriptionContext } from './context.ts';
import { preferencesAnswer } from './preferences-page.ts';

const manageHref = (token: string) => `/preferences?token=${encodeURIComponent(token)}`;

/** A result page of the preference center, with the pause banner while paused. */
function result(
  ctx: SubscriptionContext,
  ui: Ui,
  token: string,
  subscriber: Subscriber,
  title: string,
  message: string,
): HttpResult {
  return ctx.page(
    200,
    ctx.messageHtml(ui, title, message, {
      link: { href: manageHref(token), label: ui.t.managePreferences },
      ...(subscriber.status === 'paused' && subscriber.pause
        ? { banner: pauseBanner(ui, ctx.day(ui, subscriber.pause.until), { token }) }
        : {}),
    }),
    true,
  );
}

export const preferences: HttpRoute<SubscriptionContext> = {
  method: 'POST',
  path: '/preferences',
  async handle(ctx, event) {
    const refused = ctx.refuseCrossSite(event, ctx.pageUi(event));
    if (refused) return refused;
    const body = parseBody(event);
    const token = ctx.formField(body, 'token');
    const claims = await ctx.verify(token, 'manage');
    if (!claims || body.kind !== 'form') return ctx.invalidLink(ctx.pageUi(event, body));
    const subscriber = await ctx.deps.store.get(claims.sub);
    if (!subscriber) return ctx.invalidLink(ctx.pageUi(event, body));
    const ui = ctx.ui(subscriber.locale);
    const action = ctx.formField(body, 'action') ?? 'save';
    const pausedUntil =
      subscriber.status === 'paused' && subscriber.pause ? ctx.day(ui, subscriber.pause.until) : undefined;

    if (action === 'unsubscribe-all-ask') {
      return ctx.page(
        200,
        unsubscribeAllConfirmPage({
          ui,
          site: ctx.site,
          token: token!,
          ...(pausedUntil ? { pausedUntil } : {}),
        }),
        true,
      );
    }
    if (action === 'unsubscribe-all') {
      const done = await unsubscribe(ctx.core, subscriber.id, { kind: 'all' });
      ctx.deps.logger.info('unsubscribed from preferences', { subscriber: subscriber.id });
      return ctx.page(
        200,
        unsubscribedPage({
          ui,
          site: ctx.site,
          topics: ctx.deps.taxonomy.topics,
          ...(done.stopped ? { stopped: done.stopped } : {}),
          ...(done.subscriber ? { subscriber: done.subscriber } : {}),
          all: true,
          token: ctx.unsubscribeToken(subscriber),
        }),
        true,
      );
    }
    if (action === 'pause') {
      const weeks = Number(ctx.formField(body, 'weeks'));
      const date = ctx.formField(body, 'until');
      const now = ctx.deps.clock.now();
      // A date wins over the weeks (the radio always has a value); it ends at the start of that day.
      const until = date
        ? /^\d{4}-\d{2}-\d{2}$/.test(date)
          ? startOfDay(date, ctx.reader.timezone).toISOString()
          : 'invalid'
        : (PAUSE_WEEKS as readonly number[]).includes(weeks)
          ? pauseEnd(now, weeks as (typeof PAUSE_WEEKS)[number])
          : 'invalid';
      const paused = await pauseSubscription(ctx.core, subscriber.id, until);
      if (paused.outcome === 'invalid-until')
        return preferencesAnswer(ctx, ui, token!, subscriber, { status: 400, pauseProblem: true });
      if (paused.outcome !== 'paused' || !paused.subscriber) return ctx.notActive(ui);
      ctx.deps.logger.info('subscription paused', { subscriber: subscriber.id, until });
      return result(
        ctx,
        ui,
        token!,
        paused.subscriber,
        ui.t.pausedTitle,
        fill(ui.t.pausedBody, { until: ctx.day(ui, paused.subscriber.pause!.until) }),
      );
    }
    if (action === 'resume') {
      const resumed = await resumeSubscription(ctx.core, subscriber.id);
      if (!resumed.subscriber) return ctx.invalidLink(ui);
      if (resumed.subscriber.status !== 'active' && resumed.subscriber.status !== 'paused')
        return ctx.notActive(ui);
      return result(ctx, ui, token!, resumed.subscriber, ui.t.resumedTitle, ui.t.resumedBody);
    }

    // Save. An empty choice is refused (`noTopics`), never taken as an unsubscribe.
    const checked = checkPreferencesForm(body.fields, ctx.deps.taxonomy);
    const sent = {
      topics: ctx.formCadences(body, 'topic.'),
      locale: parseLocale(ctx.formField(body, 'lang')) ?? subscriber.locale,
      contentLangs: (body.fields.contentLangs ?? []).filter(
        (l): l is 'zh' | 'en' => l === 'zh' || l === 'en',
      ),
    };
    // The page's form offers the article languages (and says so): none ticked sends none, a choice to refuse.
    const langsOffered = ctx.formField(body, 'contentLangsOffered') === '1';
    if (!checked.ok || (langsOffered && body.fields.contentLangs === undefined))
      return preferencesAnswer(ctx, ui, token!, subscriber, {
        status: 400,
        problems: checked.ok ? ['contentLangs'] : checked.problems.map((p) => p.code),
        values: sent,
      });
    const { outcome, subscriber: saved } = await updatePreferences(ctx.core, subscriber.id, {
      topics: checked.value.topics,
      locale: checked.value.locale,
      contentLangs: checked.value.contentLangs ?? subscriber.contentLangs,
    });
    ctx.deps.logger.info('preferences saved', { outcome, subscriber: subscriber.id });
    if (outcome === 'not-active') return ctx.notActive(ui);
    if (outcome === 'unknown-subscriber' || !saved) return ctx.invalidLink(ui);
    if (outcome === 'no-topics' || outcome === 'no-languages')
      return preferencesAnswer(ctx, ui, token!, subscriber, {
        status: 400,
        problems: [outcome === 'no-topics' ? 'noTopics' : 'contentLangs'],
        values: sent,
      });
    const savedUi = ctx.ui(saved.locale);
    return ctx.page(
      200,
      savedPage({
        ui: savedUi,
        site: ctx.site,
        subscriber: saved,
        topics: ctx.deps.taxonomy.topics,
        manageHref: manageHref(token!),
        ...(saved.status === 'paused' && saved.pause
          ? { pausedUntil: ctx.day(savedUi, saved.pause.until) }
          : {}),
      }),
      true,
    );
  },
};
