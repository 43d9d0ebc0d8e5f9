import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { startDynalite, type TestTable } from '../../helpers/dynalite.ts';
import { deliveryStoreContract } from './delivery-stores.contract.ts';

let local: TestTable;
beforeAll(async () => {
  local = await startDynalite();
});
afterAll(async () => {
  await local?.stop();
});

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
