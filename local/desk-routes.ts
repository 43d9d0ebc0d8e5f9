// The read-only views of the local desk (GET only; the actions are the POSTs in delivery-routes.ts): the desk
// itself, one edition, an article's themes, and a persona preview. Each reads the stores and the content folder
// anew, so the desk shows what is true now.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { readArticleFile } from '../functions/adapters/fs/articles.ts';
import type { LocalDelivery } from '../functions/adapters/local/runtime.ts';
import type { PreviewEmail } from '../functions/adapters/render/previews.ts';
import { publishGate } from '../functions/core/article/gate.ts';
import { toPublishedSections } from '../functions/core/delivery/publish.ts';
import {
  PersonaError,
  parsePersona,
  personaLocale,
  personaSubscriber,
  previewAlert,
  previewDigest,
} from '../functions/core/desk/preview.ts';
import { CADENCES, newestFirst, variantRows } from '../functions/core/desk/status.ts';
import { themesView } from '../functions/core/desk/themes-view.ts';
import { classifyArticle } from '../functions/core/topics/classify.ts';
import type { Cadence, DigestCadence } from '../functions/core/types.ts';
import { mj as html } from '../functions/shared/markup.ts';
import {
  type DeskData,
  type DeskFile,
  deskIndexPage,
  deskShell,
  editionPage,
  themesPage,
} from './desk-page.ts';
import type { Route } from './http.ts';

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;
const EDITION = /^[a-z0-9][a-z0-9-]{0,199}$/;

function ok(body: string, status = 200): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body,
  };
}

/** `{id}` of `/dev/editions/{id}` (the local router matches patterns but does not fill pathParameters). */
const lastSegment = (path: string) => {
  const segment = path.replace(/\/+$/, '').split('/').pop() ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed escape is simply not a known id or slug (404)
  }
};

const notFound = (what: string) =>
  ok(deskShell('Not found', html`<p>${what}</p><p><a href="/dev">Back to the desk</a></p>`), 404);

async function deskFiles(contentDir: string): Promise<DeskFile[]> {
  const names = (await readdir(contentDir)).filter((n) => n.endsWith('.md')).sort();
  const files: DeskFile[] = [];
  for (const name of names) {
    const slug = name.slice(0, -3);
    if (!SLUG.test(slug)) continue; // the desk publishes by file name: only names that are slugs
    const parsed = await readArticleFile(join(contentDir, name));
    const gate = publishGate(parsed);
    const a = parsed.article;
    files.push({
      slug,
      ...(a ? { title: a.title, lang: a.lang } : {}),
      ...(a?.publishAt ? { publishAt: a.publishAt } : {}),
      errors: gate.errors,
      blocking: gate.blocking,
      accepted: gate.accepted.length,
    });
  }
  return files;
}

export async function gatherDesk(
  delivery: LocalDelivery,
  contentDir: string,
  previews: PreviewEmail[],
): Promise<DeskData> {
  const { ports } = delivery;
  const [files, records, scheduled, held, editionLists] = await Promise.all([
    deskFiles(contentDir),
    ports.content.articles(),
    ports.scheduled.list(),
    ports.content.held(),
    Promise.all(CADENCES.map((c) => ports.editions.recent(c, 10))),
  ]);
  const counts = new Map<string, Record<Cadence, number>>();
  const readers = { instant: 0, daily: 0, weekly: 0 };
  for (const cadence of CADENCES) {
    for await (const page of ports.subscribers.audience(cadence)) {
      for (const s of page) {
        readers[cadence]++;
        for (const [topic, c] of Object.entries(s.topics)) {
          if (c !== cadence) continue;
          const row = counts.get(topic) ?? { instant: 0, daily: 0, weekly: 0 };
          row[cadence]++;
          counts.set(topic, row);
        }
      }
    }
  }
  const audience = ports.taxonomy.topics.map((t) => ({
    topic: t.id,
    name: t.name.en,
    ...(counts.get(t.id) ?? { instant: 0, daily: 0, weekly: 0 }),
  }));
  return {
    files,
    records,
    scheduled,
    held,
    editions: newestFirst(editionLists.flat(), 10),
    audience,
    readers,
    previews,
    outboxUrl: delivery.outboxUrl,
    timezone: ports.config.delivery.timezone,
    now: ports.clock.now(),
  };
}

export function deskRoutes(
  delivery: LocalDelivery,
  contentDir: string,
  previews: () => PreviewEmail[],
): Route[] {
  const { ports } = delivery;
  const timezone = ports.config.delivery.timezone;
  return [
    {
      method: 'GET',
      path: '/dev',
      handler: async () => ok(deskIndexPage(await gatherDesk(delivery, contentDir, previews()))),
    },
    {
      method: 'GET',
      path: '/dev/editions/{id}',
      handler: async (event) => {
        const id = lastSegment(event.rawPath);
        const edition = EDITION.test(id) ? await ports.editions.get(id) : undefined;
        if (!edition) return notFound(`No edition “${id}”.`);
        const [variants, tally] = await Promise.all([
          ports.editions.variants(id),
          ports.ledger.variantTally(id),
        ]);
        const { rows, unrecorded } = variantRows(variants, tally);
        return ok(editionPage(edition, rows, unrecorded.sending, timezone, ports.clock.now()));
      },
    },
    {
      method: 'GET',
      path: '/dev/themes/{slug}',
      handler: async (event) => {
        const slug = lastSegment(event.rawPath);
        if (!SLUG.test(slug)) return notFound(`“${slug}” is not an article slug.`);
        const parsed = await readArticleFile(join(contentDir, `${slug}.md`)).catch(() => undefined);
        const article = parsed?.article;
        if (!article) return notFound(`No readable article ${slug}.md in the content folder.`);
        const views = themesView(
          article,
          classifyArticle(article, ports.taxonomy),
          ports.taxonomy,
          article.lang,
        );
        return ok(themesPage(slug, article.title, views));
      },
    },
    {
      method: 'GET',
      path: '/dev/persona',
      handler: async (event) => {
        const q = event.queryStringParameters ?? {};
        let reader: ReturnType<typeof personaSubscriber>;
        try {
          const topics = parsePersona(q.persona ?? '', new Set(ports.taxonomy.byId.keys()));
          reader = personaSubscriber(topics, personaLocale(q.lang ?? 'en'));
        } catch (error) {
          if (!(error instanceof PersonaError)) throw error;
          return ok(
            deskShell(
              'No preview',
              html`<p class="error">${error.message}</p><p><a href="/dev#preview">Back</a></p>`,
            ),
            400,
          );
        }
        const deps = { ...delivery.coreDeps, timezone };
        const emails: { title: string; html: string }[] = [];
        const reasons: string[] = [];
        const article = q.article ?? '';
        if (article) {
          if (!SLUG.test(article)) return notFound(`“${article}” is not an article slug.`);
          let sections = await ports.content.sectionsOf(article);
          if (sections.length === 0) {
            const parsed = await readArticleFile(join(contentDir, `${article}.md`)).catch(() => undefined);
            if (!parsed?.article) return notFound(`No article ${article}.`);
            const themes = classifyArticle(parsed.article, ports.taxonomy);
            sections = toPublishedSections(parsed.article, themes, ports.clock.now().toISOString());
          }
          const alert = await previewAlert(deps, reader, article, sections);
          if (alert.email) emails.push({ title: `Alert: ${alert.email.subject}`, html: alert.email.html });
          else reasons.push(`No alert: ${alert.reason}`);
        } else {
          for (const cadence of ['daily', 'weekly'] as DigestCadence[]) {
            if (!Object.values(reader.topics).includes(cadence)) continue;
            const digest = await previewDigest(deps, reader, cadence);
            if (digest.email)
              emails.push({ title: `${cadence} digest: ${digest.email.subject}`, html: digest.email.html });
            else reasons.push(`No ${cadence} digest: ${digest.reason}`);
          }
          if (emails.length === 0 && reasons.length === 0)
            reasons.push('This reader follows topics at instant only: choose an article to see its alert.');
        }
        const described = Object.entries(reader.topics)
          .map(([t, c]) => `${t}:${c}`)
          .join(', ');
        return ok(
          deskShell(
            'What this reader gets now',
            html`<p class="meta">${described} · ${reader.locale}</p>
${reasons.map((r) => html`<p>${r}</p>`)}
${emails.map(
  (e) =>
    html`<h2>${e.title}</h2><iframe title="${e.title}" srcdoc="${e.html}" sandbox="" width="100%" height="900"></iframe>`,
)}
<p><a href="/dev#preview">Back to the desk</a></p>`,
          ),
        );
      },
    },
  ];
}
