// POST /preferences — save topics, cadences and language, or unsubscribe from everything.

import type { InputProblem } from '../../../core/subscriptions/input.ts';
import { checkPreferencesForm } from '../../../core/subscriptions/input.ts';
import { unsubscribe, updatePreferences } from '../../../core/subscriptions/use-cases.ts';
import { templateLang } from '../../../core/types.ts';
import { STRINGS } from '../../../pages/strings.ts';
import { messagePage, preferencesPage } from '../../../pages/subscription-pages.ts';
import { parseBody } from '../../../shared/http.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import type { SubscriptionContext } from './context.ts';

export const preferences: HttpRoute<SubscriptionContext> = {
  method: 'POST',
  path: '/preferences',
  async handle(ctx, event) {
    const refused = ctx.refuseCrossSite(event, ctx.pageLang(event));
    if (refused) return refused;
    const body = parseBody(event);
    const token = ctx.formField(body, 'token');
    const claims = await ctx.verify(token, 'manage');
    if (!claims || body.kind !== 'form') return ctx.invalidLink(ctx.pageLang(event, body));
    const subscriber = await ctx.deps.store.get(claims.sub);
    if (!subscriber) return ctx.invalidLink(ctx.pageLang(event, body));
    if (ctx.formField(body, 'action') === 'unsubscribe-all') {
      await unsubscribe(ctx.core, subscriber.id, { kind: 'all' });
      ctx.deps.logger.info('unsubscribed from preferences', { subscriber: subscriber.id });
      return ctx.unsubscribed(templateLang(subscriber.locale), true);
    }
    const refusedForm = (problems: InputProblem[]) =>
      ctx.page(
        400,
        preferencesPage({
          lang: templateLang(subscriber.locale),
          token: token!,
          subscriber,
          topics: ctx.deps.taxonomy.topics,
          problems,
        }),
        true,
      );
    // An empty choice is refused (`noTopics`), never taken as an unsubscribe.
    const checked = checkPreferencesForm(body.fields, ctx.deps.taxonomy);
    if (!checked.ok) return refusedForm(checked.problems.map((p) => p.code));
    const { outcome } = await updatePreferences(ctx.core, subscriber.id, {
      topics: checked.value.topics,
      locale: checked.value.locale,
      contentLangs: checked.value.contentLangs ?? subscriber.contentLangs,
    });
    ctx.deps.logger.info('preferences saved', { outcome, subscriber: subscriber.id });
    const lang = templateLang(checked.value.locale);
    const t = STRINGS[lang];
    if (outcome === 'not-active') return ctx.notActive(lang);
    if (outcome === 'unknown-subscriber') return ctx.invalidLink(lang);
    if (outcome === 'no-topics') return refusedForm(['noTopics']);
    if (outcome === 'no-languages') return refusedForm(['contentLangs']);
    const manage = { href: `/preferences?token=${encodeURIComponent(token!)}`, label: t.managePreferences };
    return ctx.page(
      200,
      messagePage({ lang, title: t.savedTitle, message: t.savedBody, link: manage }),
      true,
    );
  },
};
