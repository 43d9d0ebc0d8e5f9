// Delivery against real local endpoints: the SES mailer through aws-ses-v2-local and the DynamoDB delivery
// stores on dynalite, read back from the SES outbox (`GET /store`, `GET /get-emlContent`) with mailparser.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSesClient } from '../../functions/adapters/ses/client.ts';
import { createSesMailer } from '../../functions/adapters/ses/mailer.ts';
import { buildMime } from '../../functions/core/mail/mime.ts';

interface OutboxEmail {
  messageId: string;
  destination: { to: string[] };
  subject: string;
}

let ses: Server;
let sesEndpoint: string;

async function outbox(): Promise<OutboxEmail[]> {
  const response = await fetch(`${sesEndpoint}/store`);
  return ((await response.json()) as { emails: OutboxEmail[] }).emails;
}

async function eml(messageId: string) {
  const response = await fetch(`${sesEndpoint}/get-emlContent?messageId=${encodeURIComponent(messageId)}`);
  // The stand-in answers `{ messageId, fileName, body }` with the .eml bytes as a JSON-serialized Buffer.
  const { body } = (await response.json()) as { body: { type: 'Buffer'; data: number[] } | string };
  return simpleParser(typeof body === 'string' ? body : Buffer.from(body.data));
}

beforeAll(async () => {
  // A CommonJS module: Node's ESM loader nests its default export one level deeper than vitest's interop.
  type Start = (config: { host: string; port: number }) => Promise<Server>;
  const mod = (await import('aws-ses-v2-local')) as unknown as { default: Start | { default: Start } };
  const start = typeof mod.default === 'function' ? mod.default : mod.default.default;
  ses = await start({ host: '127.0.0.1', port: 0 });
  sesEndpoint = `http://127.0.0.1:${(ses.address() as AddressInfo).port}`;
});

afterAll(async () => {
  ses?.closeAllConnections();
  await new Promise<void>((resolve) => (ses ? ses.close(() => resolve()) : resolve()));
});

describe('SES mailer on aws-ses-v2-local', () => {
  it('delivers a Chinese raw message to the outbox, to the right recipient only', async () => {
    await fetch(`${sesEndpoint}/clear-store`, { method: 'POST' });
    const mailer = createSesMailer({ client: createSesClient({ endpoint: sesEndpoint, maxAttempts: 1 }) });
    const data = await buildMime({
      from: { address: 'news@tidings.example.org', name: '新闻速递' },
      to: 'health@example.org',
      subject: '健康快讯：罕见病用药',
      html: '<p>罕见病药物进展</p>',
      text: '罕见病药物进展',
      unsubscribeUrl: 'https://tidings.example.org/unsubscribe?token=abc',
      listId: '<health.alerts.tidings.example.org>',
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
