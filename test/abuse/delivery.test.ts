// The red team's delivery findings (issue 16), each replayed end to end on the local stand-ins
// (dynalite, aws-ses-v2-local, the in-process SQS queue driving the real send handler). Finding 13 is replayed by
// the fault suite itself (test/hardening/faults.test.ts runs 20 consecutive seeds, 123 among them).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createDeliveryPorts,
  type DeliveryPorts,
  planningDeps,
  readDeliveryConfig,
} from '../../functions/adapters/delivery-ports.ts';
import { createLocalSendQueue, type LocalSendQueue } from '../../functions/adapters/local/send-queue.ts';
import { editionRenderer } from '../../functions/adapters/render/renderer.ts';
import { createSesClient } from '../../functions/adapters/ses/client.ts';
import { createSesMailer } from '../../functions/adapters/ses/mailer.ts';
import { parseArticle } from '../../functions/core/article/parse.ts';
import { planDigest } from '../../functions/core/delivery/plan.ts';
import { publishArticle } from '../../functions/core/delivery/publish.ts';
import { recountEdition } from '../../functions/core/delivery/recount.ts';
import { resumeEdition, sendJob } from '../../functions/core/delivery/send.ts';
import type { SendJob } from '../../functions/core/delivery/types.ts';
import { classifyArticle } from '../../functions/core/topics/classify.ts';
import { createSendHandler, sendDepsFrom } from '../../functions/handlers/send.ts';
import { createLogger, createMetrics } from '../../functions/shared/logging.ts';
import { deliveryEnv, useStandins } from '../helpers/local.ts';
import { clearOutbox, outboxEntries } from '../helpers/outbox.ts';
import { section, subscriber } from '../unit/delivery/world.ts';

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

const stack = useStandins('abuse');
beforeEach(() => clearOutbox(stack.standins.sesEndpoint));

/** A fresh table on the shared dynalite, the production delivery ports on it, mail through `sesEndpoint`. */
async function stand(sesEndpoint = stack.standins.sesEndpoint) {
  const config = readDeliveryConfig(
    await deliveryEnv(stack, {
      SES_ENDPOINT: sesEndpoint,
      SENDER_EMAIL: 'news@tidings.localhost.test',
      SITE_URL: 'http://localhost:3000',
      POSTAL_ADDRESS: 'tidings (example) · 1 Example Road · Shanghai 200000 · China',
      SEND_RATE: '100',
    }),
    'cli',
  );
  const ports = await createDeliveryPorts(config);
  /** The in-process SQS queue driving the real send handler over `over` (the ports, some replaced). */
  const queue = async (over: Partial<DeliveryPorts> = {}): Promise<LocalSendQueue> => {
    const deps = await sendDepsFrom({ ...ports, ...over }, config, undefined);
    const handle = createSendHandler({
      sendJob: (job) => sendJob(deps, job),
      logger: createLogger('abuse', 'SILENT'),
      metrics: createMetrics('abuse'),
    });
    return createLocalSendQueue({ handle, redeliveryDelayMs: 20 });
  };
  return { ports, queue, config };
}

async function readers(ports: DeliveryPorts, prefix: string, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(3, '0')}`);
  for (const id of ids)
    await ports.subscribers.create(subscriber(id, { health: 'daily', talent: 'instant' }));
  await ports.content.publish('abuse', [section('abuse', 's1', ['health'], '2025-01-19T02:00:00.000Z')]);
  await ports.content.finish('abuse');
  return ids;
}

/** Emails in the SES outbox per recipient address. */
async function outboxCounts(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const e of await outboxEntries(stack.standins.sesEndpoint))
    for (const to of e.destination.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
}

/**
 * An HTTP server in front of the SES stand-in that forwards each send, waits until SES has accepted (stored) it,
 * then drops the connection instead of answering: "accepted, reply lost".
 */
async function replyDroppingSes(
  target: string,
): Promise<{ url: string; dropped(): number; stop(): Promise<void> }> {
  let dropped = 0;
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name))
        headers[name] = value;
    const upstream = await fetch(`${target}${req.url}`, {
      method: req.method ?? 'GET',
      headers,
      ...(req.method === 'POST' ? { body } : {}),
    });
    const reply = Buffer.from(await upstream.arrayBuffer());
    const action = new URLSearchParams(body.toString('utf8')).get('Action');
    if (upstream.ok && (action === 'SendRawEmail' || action === 'SendEmail')) {
      dropped++;
      req.socket.destroy();
      return;
    }
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/xml' });
    res.end(reply);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    dropped: () => dropped,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('abuse: delivery', () => {
  it('finding 3: SES accepts and the reply is lost — nobody gets a second email, recount reports them', async () => {
    const proxy = await replyDroppingSes(stack.standins.sesEndpoint);
    try {
      const { ports, queue } = await stand(proxy.url);
      const ids = await readers(ports, 'lost', 4);
      const q = await queue();
      const plan = await planDigest(planningDeps(ports, q, editionRenderer), 'daily');
      await q.drain();

      const counts = await outboxCounts();
      // Each message reached SES once and was never sent again: no SDK retry, no pass, no redelivery.
      expect(Object.fromEntries(counts)).toEqual(
        Object.fromEntries(ids.map((id) => [`${id}@example.org`, 1])),
      );
      expect(proxy.dropped()).toBe(ids.length);
      for (const id of ids) expect((await ports.ledger.get(plan.editionId, id))?.status).toBe('sending');
      expect(q.deadLetters).toEqual([]);
      const recount = await recountEdition(ports, plan.editionId);
      expect(recount).toMatchObject({ ambiguous: ids.length, status: 'done' });
      expect(recount.after).toMatchObject({ planned: ids.length, sent: 0, ambiguous: ids.length });

      // SendEmail (the double opt-in) likewise: one attempt, reported as ambiguous.
      await clearOutbox(stack.standins.sesEndpoint);
      const mailer = createSesMailer({ client: createSesClient({ endpoint: proxy.url }) });
      const error = await mailer
        .send({
          from: { address: 'news@tidings.localhost.test' },
          to: 'confirm@example.org',
          subject: 'confirm',
          html: '<p>confirm</p>',
          text: 'confirm',
        })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'MailerError', kind: 'ambiguous' });
      expect(Object.fromEntries(await outboxCounts())).toEqual({ 'confirm@example.org': 1 });
    } finally {
      await proxy.stop();
    }
  }, 90_000);

  it('finding 8: a retried publish or plan counts its readers once and finishes; recount recomputes planned', async () => {
    const { ports, queue } = await stand();
    const q = await queue();
    const deps = planningDeps(ports, q, editionRenderer);

    // A digest plan whose status write is lost after its planned count was written, then run again.
    const ids = await readers(ports, 'plan', 3);
    const update = ports.editions.update;
    let lost = 0;
    const losing = {
      ...ports.editions,
      update: async (...args: Parameters<typeof update>) => {
        if (lost++ === 0) throw new Error('status write lost');
        return update(...args);
      },
    };
    await expect(planDigest({ ...deps, editions: losing }, 'daily')).rejects.toThrow(/lost/);
    const again = await planDigest(deps, 'daily');
    await q.drain();
    const digest = await ports.editions.get(again.editionId);
    expect(digest).toMatchObject({ status: 'done', counts: { planned: ids.length, sent: ids.length } });

    // A publish that dies after queueing its alerts (before it is marked finished) and is taken up again.
    const seed = 'content/articles/ai-shanghai-2025.md';
    const { article } = parseArticle(readFileSync(seed, 'utf8'), { file: seed });
    const themes = classifyArticle(article!, ports.taxonomy);
    const topic = themes.flatMap((t) => t.themes)[0]!.topic;
    for (const id of ['alert-a', 'alert-b'])
      await ports.subscribers.create(subscriber(id, { [topic]: 'instant' }));
    const finish = ports.content.finish;
    let died = 0;
    const dying = {
      ...ports.content,
      finish: async (slug: string) => {
        if (died++ === 0) throw new Error('publisher died');
        return finish(slug);
      },
    };
    const at = new Date().toISOString();
    await expect(publishArticle({ ...deps, content: dying }, article!, themes, at)).rejects.toThrow(/died/);
    const retried = await publishArticle(deps, article!, themes, at);
    expect(retried).toMatchObject({ stored: true });
    expect(retried.alerts).toBeGreaterThanOrEqual(2);
    await q.drain();
    const alert = await ports.editions.get(`alert-${article!.slug}`);
    const planned = retried.alerts;
    expect(alert).toMatchObject({ status: 'done', counts: { planned, sent: planned } });
    expect((await outboxCounts()).get('alert-a@example.org')).toBe(1);

    // A planned count written wrong (twice, by an older version) is put right from the ledger.
    await ports.editions.setCounts(again.editionId, { planned: 2 * ids.length });
    const recount = await recountEdition(ports, again.editionId);
    expect(recount.after.planned).toBe(ids.length);
  }, 90_000);

  /** A planned digest whose jobs are held back (not sent), then the edition paused as a quota pause does. */
  async function pausedDigest(prefix: string) {
    const { ports, queue } = await stand();
    const ids = await readers(ports, prefix, 3);
    const held: SendJob[] = [];
    const collector = { enqueue: async (jobs: SendJob[]) => void held.push(...jobs) };
    const plan = await planDigest(planningDeps(ports, collector, editionRenderer), 'daily');
    await ports.editions.update(plan.editionId, { status: 'paused', pauseReason: 'quota (test)' });
    return { ports, queue, ids, held, editionId: plan.editionId };
  }

  it('finding 6: a job that read the edition as paused, parking after the resume listed, is sent', async () => {
    const { ports, queue, ids, held, editionId } = await pausedDigest('race');
    let q: LocalSendQueue | undefined;
    let resumes = 0;
    // The resume runs to its end between the job's read of the edition (paused) and its park.
    const parked = {
      ...ports.parked,
      park: async (job: SendJob) => {
        if (resumes++ === 0)
          await resumeEdition({ editions: ports.editions, parked: ports.parked, queue: q! }, editionId);
        return ports.parked.park(job);
      },
    };
    q = await queue({ parked });
    await q.enqueue(held);
    await q.drain();
    expect(resumes).toBe(1);
    expect(Object.fromEntries(await outboxCounts())).toEqual(
      Object.fromEntries(ids.map((id) => [`${id}@example.org`, 1])),
    );
    expect(await ports.parked.list(editionId)).toEqual([]);
    expect(await ports.editions.get(editionId)).toMatchObject({
      status: 'done',
      counts: { sent: ids.length },
    });
  }, 90_000);

  it('finding 6: resume lists again until nothing is parked', async () => {
    const { ports, queue, ids, held, editionId } = await pausedDigest('loop');
    const q = await queue();
    // One job parked by the quota pause; another parks itself just after the resume's first listing (a sender whose
    // own re-check read the edition before the resume flipped it).
    const [job] = held;
    expect(held).toHaveLength(1);
    const first = { ...job!, recipients: job!.recipients.slice(0, 1) };
    const late = { ...job!, recipients: job!.recipients.slice(1) };
    await ports.parked.park(first);
    let listings = 0;
    const parked = {
      ...ports.parked,
      list: async (id: string) => {
        const found = await ports.parked.list(id);
        if (listings++ === 0) await ports.parked.park(late);
        return found;
      },
    };
    const result = await resumeEdition({ editions: ports.editions, parked, queue: q }, editionId);
    await q.drain();
    expect(result).toMatchObject({ resumed: true, jobs: 2 });
    expect(Object.fromEntries(await outboxCounts())).toEqual(
      Object.fromEntries(ids.map((id) => [`${id}@example.org`, 1])),
    );
    expect(await ports.parked.list(editionId)).toEqual([]);
    expect(await ports.editions.get(editionId)).toMatchObject({ status: 'done' });
  }, 90_000);
});
