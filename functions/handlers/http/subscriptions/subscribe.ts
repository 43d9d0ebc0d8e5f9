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
import { subscribePage } from '../../../pages/subscription-pages.ts';
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
    const refused = ctx.refuseCrossSite(event, ctx.pageUi(event));
    if (refused) return refused;
    const body = parseBody(event);
    const ui = ctx.pageUi(event, body);
    const checked: Checked<SubscribeInput> =
      body.kind === 'json'
        ? checkSubscribeJson(body.value, taxonomy, ui.locale)
        : body.kind === 'form'
          ? checkSubscribeForm(body.fields, taxonomy, ui.locale)
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
      const own = ctx.formCadences(body, 'cadence.');
      const locale = parseLocale(ctx.formField(body, 'lang'));
      return ctx.page(
        400,
        subscribePage({
          ui,
          site: ctx.site,
          topics: taxonomy.topics,
          schedule: ctx.schedule(ui),
          problems: checked.problems.map((p) => p.code),
          values: {
            ...(email !== undefined ? { email } : {}),
            topics: (body.fields.topics ?? []).filter((id) => taxonomy.byId.has(id)),
            own,
            ...(cadence === 'instant' || cadence === 'daily' || cadence === 'weekly' ? { cadence } : {}),
            ...(locale ? { locale } : {}),
            contentLangs: (body.fields.contentLangs ?? []).filter(isLang),
          },
        }),
        true,
      );
    }
    const request = {
      ...checked.value,
      method: json ? 'api' : 'web-form',
      source: truncateIp(event.requestContext.http.sourceIp),
    } as const;
    const accepted = () => {
      if (json) return jsonResponse(202, { status: 'accepted', message: STRINGS.en.checkInboxBody });
      // Post/redirect/get: the check-inbox page shows what was typed, from a sealed receipt of the request alone,
      // so this answer is the same for every state of the address.
      const receipt = ctx.sealReceipt({
        email: checked.value.email,
        topics: checked.value.topics,
        locale: checked.value.locale,
        contentLangs: checked.value.contentLangs,
      });
      return {
        statusCode: 303,
        headers: {
          location: `/check-inbox?r=${encodeURIComponent(receipt)}&lang=${ui.locale}`,
          'cache-control': 'no-store',
          'content-type': 'text/plain; charset=utf-8',
        },
        body: '',
      };
    };
    if (ctx.deps.requests) {
      // Queued before any lookup: the same work and answer whatever the address's state (issue 16 #4).
      await ctx.deps.requests.enqueue([request]);
      return accepted();
    }
    let outcome: Awaited<ReturnType<typeof requestSubscription>>;
    try {
      outcome = await requestSubscription(ctx.core, request);
    } catch (error) {
      if (!isMailerError(error)) throw error;
      // The email could not be sent (its limits were given back): say so, and that a retry later will work.
      ctx.deps.logger.warn('subscribe email not sent', {
        kind: error.kind,
        email: redactEmail(checked.value.email),
      });
      if (json) return jsonResponse(503, { error: 'unavailable', message: STRINGS.en.unavailableBody });
      return ctx.message(503, ui, ui.t.errorTitle, ui.t.unavailableBody, { noStore: true });
    }
    ctx.deps.logger.info('subscribe request', { outcome, email: redactEmail(checked.value.email) });
    return accepted();
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
