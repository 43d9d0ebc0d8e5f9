import { SendRawEmailCommand } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../functions/adapters/dynamodb/client.ts';
import { DynamoSubscriberStore } from '../../functions/adapters/dynamodb/subscriber-store.ts';
import { createSesClient } from '../../functions/adapters/ses/client.ts';
import { buildMime } from '../../functions/core/mail/mime.ts';
import { type Standins, startStandins } from '../../local/standins.ts';
import { outboxEntries, parsedEml } from '../helpers/outbox.ts';

let standins: Standins;
beforeAll(async () => {
  standins = await startStandins();
});
afterAll(async () => {
  await standins.stop();
});

describe('local stand-ins', () => {
  it('serve the production DynamoDB adapter with the real table, indexes included', async () => {
    const store = new DynamoSubscriberStore({
      client: createDynamoClient({ endpoint: standins.dynamoEndpoint }),
      tableName: standins.tableName,
    });
    const at = new Date().toISOString();
    await store.create({
      id: 'local-1',
      email: 'reader@example.org',
      status: 'active',
      topics: { health: 'daily' },
      lang: 'zh',
      consent: { requestedAt: at, method: 'web-form', confirmedAt: at },
      createdAt: at,
      updatedAt: at,
    });
    const pages = [];
    for await (const page of store.audience('daily')) pages.push(...page);
    expect(pages.map((s) => s.id)).toEqual(['local-1']);
  });

  it('accept a raw email through the SES API and show it in the outbox', async () => {
    const ses = createSesClient({ endpoint: standins.sesEndpoint, maxAttempts: 1 });
    const data = await buildMime({
      from: { address: 'news@tidings.example.org', name: '潮汐' },
      to: 'reader@example.org',
      subject: '每日摘要',
      html: '<p>你好</p>',
      text: '你好',
    });
    const { MessageId } = await ses.send(
      new SendRawEmailCommand({
        RawMessage: { Data: data },
        Source: 'news@tidings.example.org',
        Destinations: ['reader@example.org'],
      }),
    );
    const entries = await outboxEntries(standins.sesEndpoint);
    expect(entries.map((e) => e.messageId)).toContain(MessageId);
    expect((await parsedEml(standins.sesEndpoint, MessageId!)).subject).toBe('每日摘要');
    expect((await fetch(standins.outboxUrl)).status).toBe(200);
  });
});
