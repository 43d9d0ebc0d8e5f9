// Local-only actions behind the buttons of the /dev index: publish an article, send a digest now. They run the
// same core and the same in-process queue as `tidings publish` and `tidings digest`, and answer with the counts.
// Each runs as the function that does it on AWS (publish, plan), for the recorded-calls test.
import { join } from 'node:path';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { readArticleFile } from '../functions/adapters/fs/articles.ts';
import type { LocalDelivery } from '../functions/adapters/local/runtime.ts';
import { describeOutcome } from '../functions/cli/format.ts';
import { gateAdvice, publishGate } from '../functions/core/article/gate.ts';
import { planDigest } from '../functions/core/delivery/plan.ts';
import { submitArticle } from '../functions/core/desk/schedule.ts';
import { classifyArticle } from '../functions/core/topics/classify.ts';
import { count } from '../functions/shared/count.ts';
import { isCrossSite, parseBody } from '../functions/shared/http.ts';
import { asFunction } from '../functions/shared/sdk-calls.ts';
import { resultPage } from './desk-page.ts';
import type { Route } from './http.ts';

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

const TITLES: Partial<Record<string, string>> = {
  published: 'Published',
  corrected: 'Corrected',
  restored: 'Restored',
  scheduled: 'Scheduled',
  unchanged: 'Unchanged:',
};

function page(
  status: number,
  title: string,
  lines: string[],
  outboxUrl: string,
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body: resultPage(title, lines, outboxUrl),
  };
}

function field(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const body = parseBody(event);
  return body.kind === 'form' ? body.fields[name]?.[0] : undefined;
}

export type Serial = <T>(work: () => Promise<T>) => Promise<T>;

/** Runs one piece of work at a time, in call order: the in-process queue and its tally are shared. */
export function serialQueue(): Serial {
  let busy: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>) => {
    const run = busy.then(work, work);
    busy = run.catch(() => {});
    return run;
  };
}

export function deliveryRoutes(
  delivery: LocalDelivery,
  contentDir: string,
  siteUrl: string,
  log: (l: string) => void,
  serial: Serial = serialQueue(),
): Route[] {
  const guard = (event: APIGatewayProxyEventV2) =>
    isCrossSite(event, siteUrl)
      ? page(403, 'Refused: cross-site request', [], delivery.outboxUrl)
      : undefined;

  return [
    {
      method: 'POST',
      path: '/dev/publish',
      handler: async (event) => {
        const refused = guard(event);
        if (refused) return refused;
        const slug = field(event, 'slug') ?? '';
        if (!SLUG.test(slug))
          return page(400, 'No such article', [`"${slug}" is not an article slug`], delivery.outboxUrl);
        return serial(() =>
          asFunction('publish', async () => {
            const parsed = await readArticleFile(join(contentDir, `${slug}.md`));
            // The publish gate: errors always, and warnings the front matter does not accept, stop the article.
            const gate = publishGate(parsed);
            if (!gate.publish || !parsed.article) {
              const problems = [...gate.errors, ...gate.blocking].map(
                (d) => `${d.severity} ${d.code}${d.line ? ` (line ${d.line})` : ''}: ${d.message}`,
              );
              return page(
                422,
                `${slug} was not published`,
                [...problems, gateAdvice(gate)],
                delivery.outboxUrl,
              );
            }
            const before = { ...delivery.tally };
            const themes = classifyArticle(parsed.article, delivery.ports.taxonomy);
            const outcome = await submitArticle(
              delivery.desk,
              { article: parsed.article, themes, diagnostics: parsed.diagnostics },
              { by: 'the local desk' },
            );
            log(describeOutcome(outcome));
            await delivery.queue.drain();
            const sent = delivery.tally.sent - before.sent;
            const refusedStatus = outcome.status === 'held' || outcome.status === 'conflict';
            return page(
              refusedStatus ? 409 : 200,
              refusedStatus
                ? `${slug} was not published`
                : `${TITLES[outcome.status] ?? ''} ${parsed.article.title}`.trim(),
              [
                describeOutcome(outcome),
                ...(sent > 0
                  ? [
                      `${sent} sent, ${delivery.tally.skipped - before.skipped} skipped, ${delivery.tally.failed - before.failed} failed`,
                    ]
                  : []),
              ],
              delivery.outboxUrl,
            );
          }),
        );
      },
    },
    {
      method: 'POST',
      path: '/dev/digest',
      handler: async (event) => {
        const refused = guard(event);
        if (refused) return refused;
        const cadence = field(event, 'cadence');
        if (cadence !== 'daily' && cadence !== 'weekly') {
          return page(400, 'Unknown cadence', ['cadence must be daily or weekly'], delivery.outboxUrl);
        }
        return serial(() =>
          asFunction('plan', async () => {
            const before = { ...delivery.tally };
            const result = await planDigest(delivery.coreDeps, cadence, {
              again: field(event, 'again') === '1',
              onProgress: (p) =>
                log(`planning ${cadence}: ${p.subscribers} subscribers, ${p.planned} planned`),
            });
            await delivery.queue.drain();
            const sent = delivery.tally.sent - before.sent;
            log(`${result.editionId}: ${sent} sent`);
            return page(
              200,
              result.created ? `Edition ${result.editionId}` : `${result.editionId} was planned before`,
              result.created
                ? [
                    `${count(result.sections, 'new section')}, ${count(result.subscribers, `${cadence} subscriber`)}`,
                    `${count(result.planned, 'email')} planned in ${count(result.jobs, 'job')} (${count(result.variants, 'variant')} compiled)`,
                    `${sent} sent, ${delivery.tally.skipped - before.skipped} skipped, ${delivery.tally.failed - before.failed} failed`,
                  ]
                : [
                    'An edition is planned once per cadence and day; nothing was queued again.',
                    'To send it once more for a test, use “Send today’s daily again” (a new edition over the same window).',
                  ],
              delivery.outboxUrl,
            );
          }),
        );
      },
    },
  ];
}
