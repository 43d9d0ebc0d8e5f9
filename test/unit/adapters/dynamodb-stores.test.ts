import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { createDynamoContentStore } from '../../../functions/adapters/dynamodb/content-store.ts';
import { createDynamoDeliveryLedger } from '../../../functions/adapters/dynamodb/delivery-ledger.ts';
import {
  createDynamoEditionStore,
  EditionNotFoundError,
} from '../../../functions/adapters/dynamodb/edition-store.ts';
import { createDynamoParkedJobs } from '../../../functions/adapters/dynamodb/parked-jobs.ts';
import {
  createDynamoVariantStore,
  VariantTooLargeError,
} from '../../../functions/adapters/dynamodb/variant-store.ts';
import { useDynalite } from '../../helpers/dynalite.ts';
import { deliveryStoreContract } from './delivery-stores.contract.ts';

const local = useDynalite();

const on = async () => ({ client: local.client, tableName: await local.freshTable() });

deliveryStoreContract('DynamoDB', {
  content: async () => createDynamoContentStore(await on()),
  editions: async () => createDynamoEditionStore(await on()),
  variants: async () => createDynamoVariantStore(await on()),
  ledger: async () => createDynamoDeliveryLedger(await on()),
  parked: async () => createDynamoParkedJobs(await on()),
});

describe('DynamoDB adapters, storage details', () => {
  it('gives delivery records a TTL about 400 days after the delivery', async () => {
    const options = await on();
    const ledger = createDynamoDeliveryLedger(options);
    await ledger.claim('e1', 'sub-1', '2025-01-20T00:00:00.000Z');
    const { Item } = await options.client.send(
      new GetCommand({ TableName: options.tableName, Key: { pk: 'DELIVERY#e1', sk: 'sub-1' } }),
    );
    expect(Item?.expiresAt).toBe(Date.parse('2025-01-20T00:00:00.000Z') / 1000 + 400 * 86400);
  });

  it('a claim the SDK retried after its write landed (answer lost) is still the claimant’s own', async () => {
    const { tableName } = await on();
    // The first PutItem reaches DynamoDB, then the connection drops: the SDK retries the same request, which now
    // fails its condition. The claimant stored with the claim tells the adapter the claim is its own.
    const config = {
      endpoint: local.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    };
    const inner = new DynamoDBClient(config).config.requestHandler as {
      handle(request: { headers: Record<string, string> }, options?: unknown): Promise<unknown>;
    };
    let dropped = 0;
    const dropping = {
      handle: async (request: { headers: Record<string, string> }, options?: unknown) => {
        const response = await inner.handle(request, options);
        if (dropped === 0 && String(request.headers['x-amz-target']).endsWith('.PutItem')) {
          dropped++;
          throw Object.assign(new Error('socket hang up after the write'), { name: 'TimeoutError' });
        }
        return response;
      },
    };
    const client = DynamoDBDocumentClient.from(
      new DynamoDBClient({ ...config, requestHandler: dropping as never }),
    );
    const ledger = createDynamoDeliveryLedger({ client, tableName });
    expect(await ledger.claim('e1', 'sub-1', '2025-01-20T00:00:00.000Z', 'sender-A')).toBe(true);
    expect(dropped).toBe(1);
    expect(await ledger.claim('e1', 'sub-1', '2025-01-20T00:00:00.000Z', 'sender-B')).toBe(false);
  });

  it('refuses to update or count a missing edition', async () => {
    const store = createDynamoEditionStore(await on());
    await expect(store.update('nope', { status: 'done' })).rejects.toBeInstanceOf(EditionNotFoundError);
    await expect(store.addCounts('nope', { sent: 1 })).rejects.toBeInstanceOf(EditionNotFoundError);
  });

  it('refuses a variant that would not fit in one item', async () => {
    const store = createDynamoVariantStore(await on());
    // Random bytes do not compress: well over the limit after gzip.
    const noise = Buffer.from(
      Array.from({ length: 600_000 }, () => Math.floor(Math.random() * 256)),
    ).toString('base64');
    await expect(
      store.put('big', {
        email: {
          template: 'digest',
          lang: 'en',
          subject: 's',
          preheader: '',
          html: noise,
          text: '',
          placeholders: [],
        },
        mime: { parts: [''], slots: [], from: 'news@example.org' },
      }),
    ).rejects.toBeInstanceOf(VariantTooLargeError);
    expect(await store.get('big')).toBeUndefined();
  });

  it('writes more sections than one BatchWrite holds', async () => {
    const store = createDynamoContentStore(await on());
    const sections = Array.from({ length: 60 }, (_, i) => ({
      articleSlug: 'long',
      articleTitle: 'Long',
      sectionId: `s${i}`,
      heading: `H${i}`,
      lang: 'en' as const,
      paragraphs: ['p'],
      themes: [],
      publishedAt: '2025-01-20T08:00:00.000Z',
    }));
    expect(await store.publish('long', sections)).toBe(true);
    expect(await store.sectionsBetween('2025-01-20T00:00:00.000Z', '2025-01-21T00:00:00.000Z')).toHaveLength(
      60,
    );
  });
});
