import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SendRawEmailCommand } from '@aws-sdk/client-ses';
import { describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../functions/adapters/dynamodb/client.ts';
import { DynamoSubscriberStore } from '../../functions/adapters/dynamodb/subscriber-store.ts';
import { createSesClient } from '../../functions/adapters/ses/client.ts';
import { buildMime } from '../../functions/core/mail/mime.ts';
import { startStandins } from '../../local/standins.ts';
import { useStandins } from '../helpers/local.ts';
import { outboxEntries, parsedEml } from '../helpers/outbox.ts';
import { subscriberRecord } from '../helpers/subscribers.ts';

const stack = useStandins('standins');

describe('local stand-ins', () => {
  it('serve the production DynamoDB adapter with the real table, indexes included', async () => {
    const store = new DynamoSubscriberStore({
      client: createDynamoClient({ endpoint: stack.standins.dynamoEndpoint }),
      tableName: stack.standins.tableName,
    });
    await store.create(
      subscriberRecord(
        'local-1',
        'reader@example.org',
        { health: 'daily' },
        {
          locale: 'zh-Hans',
          at: new Date().toISOString(),
        },
      ),
    );
    const pages = [];
    for await (const page of store.audience('daily')) pages.push(...page);
    expect(pages.map((s) => s.id)).toEqual(['local-1']);
  });

  it('accept a raw email through the SES API and show it in the outbox', async () => {
    const ses = createSesClient({ endpoint: stack.standins.sesEndpoint, maxAttempts: 1 });
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
    const entries = await outboxEntries(stack.standins.sesEndpoint);
    expect(entries.map((e) => e.messageId)).toContain(MessageId);
    expect((await parsedEml(stack.standins.sesEndpoint, MessageId!)).subject).toBe('每日摘要');
    expect((await fetch(stack.standins.outboxUrl)).status).toBe(200);
  });

  it('keep subscribers on disk across a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tidings-standins-'));
    const at = new Date().toISOString();
    try {
      const first = await startStandins({ dataDir });
      const client = createDynamoClient({ endpoint: first.dynamoEndpoint });
      await new DynamoSubscriberStore({ client, tableName: first.tableName }).create(
        subscriberRecord('kept-1', 'kept@example.org', { compute: 'weekly' }, { at }),
      );
      client.destroy();
      await first.stop();

      // The table exists already: starting again must reuse it, not fail or recreate it empty.
      const second = await startStandins({ dataDir });
      const again = createDynamoClient({ endpoint: second.dynamoEndpoint });
      try {
        const store = new DynamoSubscriberStore({ client: again, tableName: second.tableName });
        expect((await store.getByEmail('kept@example.org'))?.id).toBe('kept-1');
        const weekly = [];
        for await (const page of store.audience('weekly')) weekly.push(...page.map((s) => s.id));
        expect(weekly).toEqual(['kept-1']);
      } finally {
        again.destroy();
        await second.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('say which port is taken when the DynamoDB port is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      await expect(startStandins({ dynamoPort: port })).rejects.toThrow(
        new RegExp(`cannot start the local DynamoDB on port ${port}`),
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
