// POST /api/subscriptions — a subscribe request from the form (page answers) or the API (JSON answers). Every
// outcome gets the same answer, whatever the address's prior state: no enumeration.

import { isMailerError } from '../../../core/delivery/errors.ts';
import {
  type Checked,
  checkSubscribeForm,
  checkSubscribeJson,
  isLang,
  parseLocale,
  type SubscribeInput,
} from '../../../core/subscriptions/input.ts';
import { requestSubscription } from '../../../core/subscriptions/use-cases.ts';
import { STRINGS } from '../../../pages/strings.ts';
import { messagePage, subscribePage } from '../../../pages/subscription-pages.ts';
import { jsonResponse, parseBody, wantsJson } from '../../../shared/http.ts';
import type { HttpRoute } from '../../../shared/http-router.ts';
import { redactEmail } from '../../../shared/logging.ts';
import type { SubscriptionContext } from './context.ts';

export const subscribe: HttpRoute<SubscriptionContext> = {
  method: 'POST',
  path: '/api/subscriptions',
  async handle(ctx, event) {
    const { taxonomy } = ctx.deps;
    const json = wantsJson(event);
    const refused = ctx.refuseCrossSite(event, ctx.pageLang(event));
    if (refused) return refused;
    const body = parseBody(event);
    const lang = ctx.pageLang(event, body);
    const fallbackLocale = parseLocale(lang)!;
    const checked: Checked<SubscribeInput> =
      body.kind === 'json'
        ? checkSubscribeJson(body.value, taxonomy, fallbackLocale)
        : body.kind === 'form'
          ? checkSubscribeForm(body.fields, taxonomy, fallbackLocale)
          : {
              ok: false,
              problems: [
                { field: 'body', code: 'malformed', message: 'body: required (a JSON object or a form)' },
              ],
            };
    if (!checked.ok) {
      // Each problem names the field and what is wrong; nothing depends on the address's state.
      if (json || body.kind !== 'form')
        return jsonResponse(400, { error: 'invalid-request', problems: checked.problems });
      const email = ctx.formField(body, 'email');
      const cadence = ctx.formField(body, 'cadence');
      const mailLang = ctx.formField(body, 'lang');
      return ctx.page(
        400,
        subscribePage({
          lang,
          topics: taxonomy.topics,
          problems: checked.problems.map((p) => p.code),
          values: {
            ...(email !== undefined ? { email } : {}),
            topics: (body.fields.topics ?? []).filter((id) => taxonomy.byId.has(id)),
            ...(cadence === 'instant' || cadence === 'daily' || cadence === 'weekly' ? { cadence } : {}),
            ...(mailLang && isLang(mailLang) ? { lang: mailLang } : {}),
          },
        }),
      );
    }
    let outcome: Awaited<ReturnType<typeof requestSubscription>>;
    try {
      outcome = await requestSubscription(ctx.core, {
        ...checked.value,
        method: json ? 'api' : 'web-form',
        source: truncateIp(event.requestContext.http.sourceIp),
      });
    } catch (error) {
      if (!isMailerError(error)) throw error;
      // The email could not be sent (its limits were given back): say so, and that a retry later will work.
      ctx.deps.logger.warn('subscribe email not sent', {
        kind: error.kind,
        email: redactEmail(checked.value.email),
      });
      const t = STRINGS[lang];
      if (json) return jsonResponse(503, { error: 'unavailable', message: STRINGS.en.unavailableBody });
      return ctx.page(503, messagePage({ lang, title: t.errorTitle, message: t.unavailableBody }));
    }
    ctx.deps.logger.info('subscribe request', { outcome, email: redactEmail(checked.value.email) });
    if (json) return jsonResponse(202, { status: 'accepted', message: STRINGS.en.checkInboxBody });
    const t = STRINGS[lang];
    return ctx.page(202, messagePage({ lang, title: t.checkInboxTitle, message: t.checkInboxBody }));
  },
};

/** Consent records keep the network, not the host: IPv4 /24, IPv6 /48. */
export function truncateIp(ip: string | undefined): string | undefined {
  if (!ip) return undefined;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/.exec(ip);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
  if (ip.includes(':')) return `${ip.split(':').slice(0, 3).join(':')}::/48`;
  return undefined;
}
