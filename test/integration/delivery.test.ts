// Delivery against real local endpoints: the SES mailer through aws-ses-v2-local and the DynamoDB delivery
// stores on dynalite, read back from the SES outbox (`GET /store`, `GET /get-emlContent`) with mailparser.

import { describe, expect, it } from 'vitest';
import { createDeliveryPorts, readDeliveryConfig } from '../../functions/adapters/delivery-ports.ts';
import { createSesClient } from '../../functions/adapters/ses/client.ts';
import { createSesMailer } from '../../functions/adapters/ses/mailer.ts';
import { buildMime } from '../../functions/core/mail/mime.ts';
import { deliveryEnv, useStandins } from '../helpers/local.ts';
import { clearOutbox, outboxEntries, parsedEml } from '../helpers/outbox.ts';
import { subscriberRecord } from '../helpers/subscribers.ts';

const stack = useStandins('delivery');
const sesEndpoint = () => stack.standins.sesEndpoint;
const outbox = () => outboxEntries(sesEndpoint());
const eml = (messageId: string) => parsedEml(sesEndpoint(), messageId);

describe('SES mailer on aws-ses-v2-local', () => {
  it('delivers a Chinese raw message to the outbox, to the right recipient only', async () => {
    await clearOutbox(sesEndpoint());
    const mailer = createSesMailer({ client: createSesClient({ endpoint: sesEndpoint(), maxAttempts: 1 }) });
    const data = await buildMime({
      from: { address: 'news@tidings.example.org', name: '新闻速递' },
      to: 'health@example.org',
      subject: '健康快讯：罕见病用药',
      html: '<p>罕见病药物进展</p>',
      text: '罕见病药物进展',
      unsubscribeUrl: 'https://tidings.example.org/unsubscribe?token=abc',
      listId: '<alerts.tidings.example.org>',
      headers: { 'X-Tidings-Edition': 'alert-ai-shanghai-2025', 'X-Tidings-Subscriber': 'sub-1' },
    });
    const { messageId } = await mailer.sendRaw({
      from: 'news@tidings.example.org',
      to: 'health@example.org',
      data,
    });
    expect(messageId).toBeTruthy();

    const emails = await outbox();
    expect(emails.map((e) => [e.messageId, e.destination.to])).toEqual([[messageId, ['health@example.org']]]);
    const parsed = await eml(messageId);
    expect(parsed.subject).toBe('健康快讯：罕见病用药');
    expect(parsed.text?.trim()).toBe('罕见病药物进展');
  });
});

describe('delivery ports from the environment', () => {
  const env = (extra: Record<string, string> = {}) =>
    deliveryEnv(stack, { SENDER_CONCURRENCY: '2', ...extra });

  it('wires the DynamoDB stores, the SES mailer and the sender rate share', async () => {
    const ports = await createDeliveryPorts(readDeliveryConfig(await env({ SEND_RATE: '20' }), 'send'));
    expect(await ports.senderRate()).toBe(10);
    expect(ports.queue).toBeUndefined();
    expect(ports.tokenKeys.length).toBeGreaterThan(0);
    expect(ports.taxonomy.byId.has('health')).toBe(true);
    expect(await ports.ledger.claim('e1', 'sub-1', '2025-01-20T00:00:00.000Z')).toBe(true);
    expect(await ports.ledger.claim('e1', 'sub-1', '2025-01-20T00:00:01.000Z')).toBe(false);
    expect(await ports.subscribers.get('nobody')).toBeUndefined();
  });

  it('refuses to start with a configuration error that names the variable', () => {
    expect(() =>
      readDeliveryConfig({
        TABLE_NAME: 'tidings',
        SENDER_EMAIL: 'a@b.org',
        SITE_URL: 'https://s.org',
      } as NodeJS.ProcessEnv),
    ).toThrow(/TOKEN_KEYS/);
    expect(() => readDeliveryConfig({})).toThrow(/TABLE_NAME/);
    // Digests and alerts carry the sender's postal address: the functions that render them need it.
    const mail = { TABLE_NAME: 'tidings', SENDER_EMAIL: 'a@b.org', SITE_URL: 'https://s.org' };
    expect(() => readDeliveryConfig(mail as NodeJS.ProcessEnv, 'plan')).toThrow(/POSTAL_ADDRESS is not set/);
    expect(
      readDeliveryConfig({ ...mail, POSTAL_ADDRESS: 'tidings, 1 Road, Town' } as NodeJS.ProcessEnv, 'plan')
        .mail,
    ).toMatchObject({ postalAddress: 'tidings, 1 Road, Town' });
    // The feedback function gets only the table: it must start without mail or token settings.
    expect(
      readDeliveryConfig({ TABLE_NAME: 'tidings' } as NodeJS.ProcessEnv, 'feedback').tokens,
    ).toBeUndefined();
  });
});

describe('publish and digest through the local pipeline', () => {
  it('alerts instant health subscribers only, then sends each digest subscriber their themes only', async () => {
    const { readArticleFile } = await import('../../functions/adapters/fs/articles.ts');
    const { classifyArticle } = await import('../../functions/core/topics/classify.ts');
    const { publishArticle } = await import('../../functions/core/delivery/publish.ts');
    const { planDigest } = await import('../../functions/core/delivery/plan.ts');
    const { startLocalDelivery } = await import('../../functions/adapters/local/runtime.ts');
    await clearOutbox(sesEndpoint());

    const local = await startLocalDelivery({
      env: await deliveryEnv(stack, { SEND_RATE: '200' }),
      redeliveryDelayMs: 10,
    });
    const subscriber = (id: string, email: string, topics: Record<string, 'instant' | 'daily'>) =>
      subscriberRecord(id, email, topics, { locale: 'zh-Hans' });
    for (const s of [
      subscriber('s-alert', 'alert@example.org', { health: 'instant' }),
      subscriber('s-health', 'health@example.org', { health: 'daily' }),
      subscriber('s-talent', 'talent@example.org', { talent: 'daily' }),
      subscriber('s-robots', 'robots@example.org', { robotics: 'daily' }),
    ]) {
      expect(await local.ports.subscribers.create(s)).toBe(true);
    }

    const parsed = await readArticleFile('content/articles/ai-shanghai-2025.md');
    const article = parsed.article!;
    const themes = classifyArticle(article, local.ports.taxonomy);
    const published = await publishArticle(local.coreDeps, article, themes, new Date().toISOString());
    expect(published.stored).toBe(true);
    await local.queue.drain();
    let emails = await outbox();
    expect(emails.length).toBeGreaterThan(0);
    expect(new Set(emails.flatMap((e) => e.destination.to))).toEqual(new Set(['alert@example.org']));
    expect(published.alerts).toBe(emails.length);

    await clearOutbox(sesEndpoint());
    const plan = await planDigest(local.coreDeps, 'daily', { until: new Date(Date.now() + 1000) });
    expect(plan.created).toBe(true);
    await local.queue.drain();
    emails = await outbox();
    const byRecipient = new Map(emails.map((e) => [e.destination.to[0], e]));
    expect([...byRecipient.keys()].sort()).toEqual(['health@example.org', 'talent@example.org']);
    expect(emails).toHaveLength(2);
    expect(local.queue.deadLetters).toEqual([]);

    const health = await eml(byRecipient.get('health@example.org')!.messageId);
    expect(health.text).toContain('罕见病');
    const healthSection = [article.lead, ...article.sections].find((s) =>
      s.paragraphs.some((p) => p.text.includes('罕见病')),
    )!;
    // A health-focused excerpt, not the whole section.
    const missing = healthSection.paragraphs.filter((p) => !health.text!.includes(p.text.slice(0, 30)));
    expect(missing.length).toBeGreaterThan(0);
    const talent = await eml(byRecipient.get('talent@example.org')!.messageId);
    expect(talent.text).toContain('人才');
    expect(talent.text).not.toContain('罕见病');
  });
});
