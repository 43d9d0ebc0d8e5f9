// Abuse suite, privacy and links (issue 16 #10 and the fresh-link offer of #9), end to end against the local
// stack (`npm start`'s server, dynalite, aws-ses-v2-local). Both failed on the code before the fix: the
// suppression entry an erase left was the unsalted SHA-256 of the address, so anyone who could read the table
// could test a guessed address against it; an expired manage or unsubscribe link only said "invalid link".
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../functions/adapters/dynamodb/client.ts';
import { loadTokenKeys } from '../../functions/adapters/secrets/token-keys.ts';
import { runMigrate, type SubscriberData, subscriberData } from '../../functions/cli/commands/subscribers.ts';
import type { Subscriber, SubscriberStatus } from '../../functions/core/subscribers/types.ts';
import { signToken, type TokenKey, verifyToken } from '../../functions/core/tokens.ts';
import { useLocalInstance } from '../helpers/local.ts';
import { clearOutbox, outboxEntries, parsedEml } from '../helpers/outbox.ts';
import { subscriberRecord } from '../helpers/subscribers.ts';

const local = useLocalInstance('privacy');
let data: SubscriberData;

beforeAll(async () => {
  data = await subscriberData(local.env);
});

const subscribe = async (email: string) => {
  const res = await fetch(`${local.url}/api/subscriptions`, {
    method: 'POST',
    body: JSON.stringify({ email, topics: ['health'] }),
    headers: { 'content-type': 'application/json', accept: 'application/json' },
  });
  return { status: res.status, text: await res.text() };
};
const mailsTo = async (address: string) =>
  (await outboxEntries(local.standins.sesEndpoint)).filter((e) => e.destination.to.includes(address));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function suppressionItems(): Promise<Record<string, unknown>[]> {
  const client = createDynamoClient({ endpoint: local.env.DYNAMODB_ENDPOINT! });
  const { Items } = await client.send(
    new ScanCommand({
      TableName: local.env.TABLE_NAME!,
      FilterExpression: 'begins_with(pk, :s)',
      ExpressionAttributeValues: { ':s': 'SUPPRESS#' },
    }),
  );
  return Items ?? [];
}

describe('abuse: erased addresses are not re-identifiable from the table (issue 16 #10)', () => {
  it('an erase keeps only an HMAC under the configured pepper, and still blocks the address', async () => {
    const email = 'erased-reader@example.org';
    expect((await subscribe(email)).status).toBe(202);
    const subscriber = (await data.store.getByEmail(email))!;
    expect(await data.archive.erase(subscriber.id, new Date().toISOString())).toBe(true);

    const entries = await suppressionItems();
    expect(entries).toHaveLength(1);
    const key = String(entries[0]!.pk);
    // Not the unsalted hash a table reader could compute from a guessed address, and nothing of the address.
    expect(key).not.toContain(sha256(email));
    expect(JSON.stringify(entries)).not.toContain('erased-reader');
    // The pepper is configuration (npm start generated it into its token-keys file), not a literal in the code.
    const secret = JSON.parse(await readFile(local.env.TOKEN_KEYS_FILE!, 'utf8')) as { pepper?: string };
    expect(Buffer.from(secret.pepper ?? '', 'base64').length).toBeGreaterThanOrEqual(32);

    await clearOutbox(local.standins.sesEndpoint);
    expect((await subscribe(email)).status).toBe(202);
    expect(await mailsTo(email)).toHaveLength(0);
    expect(await data.store.getByEmail(email)).toBeUndefined();
  });

  it('tidings migrate re-keys an entry an older version left unsalted; the address stays blocked throughout', async () => {
    const email = 'erased-long-ago@example.org';
    const client = createDynamoClient({ endpoint: local.env.DYNAMODB_ENDPOINT! });
    await client.send(
      new PutCommand({
        TableName: local.env.TABLE_NAME!,
        Item: { pk: `SUPPRESS#${sha256(email)}`, sk: 'SUPPRESS', reason: 'erased-active', at: '2025-01-01' },
      }),
    );
    await clearOutbox(local.standins.sesEndpoint);
    // Before the migration: blocked through the legacy entry.
    await subscribe(email);
    expect(await mailsTo(email)).toHaveLength(0);

    const io = { out: () => {}, err: () => {} };
    expect((await runMigrate(data, io)).suppressionsRekeyed).toBe(1);
    const keys = (await suppressionItems()).map((i) => String(i.pk));
    expect(keys.some((k) => k.includes(sha256(email)))).toBe(false);
    expect((await suppressionItems()).find((i) => i.at === '2025-01-01')).toMatchObject({
      reason: 'erased-active',
    });
    expect((await runMigrate(data, io)).suppressionsRekeyed).toBe(0);

    await subscribe(email);
    expect(await mailsTo(email)).toHaveLength(0);
    expect(await data.store.getByEmail(email)).toBeUndefined();
  });
});

describe('abuse: an expired link offers a fresh one (issue 16 #9)', () => {
  async function reader(email: string, status: SubscriberStatus): Promise<Subscriber> {
    const subscriber = subscriberRecord(
      crypto.randomUUID(),
      email,
      { health: 'daily' },
      { status, at: new Date().toISOString(), method: 'test' },
    );
    await data.store.create(subscriber);
    return subscriber;
  }
  /** A link signed 14 months ago: authentic, past its 13 months. */
  const expired = (keys: TokenKey[], sub: string, purpose: 'manage' | 'unsubscribe') =>
    signToken({ sub, purpose, exp: Math.floor(Date.now() / 1000) - 30 * 86_400 }, keys);
  const freshLink = (fields: [string, string][]) =>
    fetch(`${local.url}/fresh-link`, {
      method: 'POST',
      body: new URLSearchParams(fields).toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: local.url,
        'sec-fetch-site': 'same-origin',
      },
    }).then(async (res) => ({ status: res.status, text: await res.text() }));

  it('the page offers to email a new link; the POST mails a working one once, under the same limits', async () => {
    const keys = await loadTokenKeys({ tokenKeysFile: local.env.TOKEN_KEYS_FILE! });
    const active = await reader('long-time-reader@example.org', 'active');
    const bounced = await reader('gone-away@example.org', 'bounced');
    await clearOutbox(local.standins.sesEndpoint);

    for (const [path, purpose] of [
      ['/preferences', 'manage'],
      ['/unsubscribe', 'unsubscribe'],
    ] as const) {
      const page = await fetch(`${local.url}${path}?token=${expired(keys, active.id, purpose)}&lang=en`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('action="/fresh-link"');
      expect(html).toContain('Email me a new link');
    }
    // A forged or malformed link is still just invalid.
    expect((await fetch(`${local.url}/preferences?token=x.y.z`)).status).toBe(400);

    const answers = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const res = await freshLink([
        ['purpose', 'manage'],
        ['token', expired(keys, active.id, 'manage')],
        ['ui', 'en'],
      ]);
      answers.add(`${res.status} ${res.text}`);
    }
    const bouncedAnswer = await freshLink([
      ['purpose', 'unsubscribe'],
      ['token', expired(keys, bounced.id, 'unsubscribe')],
      ['ui', 'en'],
    ]);
    answers.add(`${bouncedAnswer.status} ${bouncedAnswer.text}`);
    // One answer whatever the reader's state; one email for five clicks (the inbox limit), none to the bounced.
    expect([...answers]).toHaveLength(1);
    expect([...answers][0]).toMatch(/^200 [\s\S]*Check your inbox/);
    const mails = await mailsTo(active.email);
    expect(mails).toHaveLength(1);
    expect(await mailsTo(bounced.email)).toHaveLength(0);
    const mail = await parsedEml(local.standins.sesEndpoint, mails[0]!.messageId);
    const html = typeof mail.html === 'string' ? mail.html : '';
    const link = /https?:\/\/[^"'\s<>]+\/preferences\?token=([A-Za-z0-9._~%-]+)/.exec(html);
    expect(link).not.toBeNull();
    const fresh = verifyToken(decodeURIComponent(link![1]!), 'manage', keys, new Date());
    expect(fresh.ok && fresh.claims.sub).toBe(active.id);

    // A forged token mails nothing.
    expect(
      (
        await freshLink([
          ['purpose', 'manage'],
          ['token', 'k.x.y'],
        ])
      ).status,
    ).toBe(400);
  });
});
