// Adapter: VariantStore on the single table. A prepared variant (HTML < 100 KB, its text part and its MIME
// template of a few KB) is gzipped into one binary attribute: CJK HTML compresses about 5×, which keeps every
// item far below DynamoDB's 400 KB item limit and makes each sender's read cheap.
import { gunzipSync, gzipSync } from 'node:zlib';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { PreparedVariant } from '../../core/delivery/types.ts';
import type { VariantStore } from '../../ports.ts';
import type { DynamoTableOptions } from './table.ts';

/** Leaves room for keys and attribute names under the 400 KB item limit. */
export const MAX_VARIANT_BYTES = 380 * 1024;
/** Long enough for an edition paused on the daily quota to resume days later. */
const VARIANT_TTL_SECONDS = 60 * 24 * 3600;

export class VariantTooLargeError extends Error {
  override name = 'VariantTooLargeError';
}

const variantKey = (key: string) => ({ pk: `VARIANT#${key}`, sk: 'VARIANT' });

export function createDynamoVariantStore(options: DynamoTableOptions): VariantStore {
  const { client, tableName } = options;
  return {
    async put(key, variant) {
      const body = gzipSync(Buffer.from(JSON.stringify(variant), 'utf8'));
      if (body.byteLength > MAX_VARIANT_BYTES) {
        throw new VariantTooLargeError(
          `variant ${key} is ${Math.round(body.byteLength / 1024)} KB compressed; the limit is ${MAX_VARIANT_BYTES / 1024} KB`,
        );
      }
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...variantKey(key),
            type: 'variant',
            encoding: 'gzip-json',
            body,
            expiresAt: Math.floor(Date.now() / 1000) + VARIANT_TTL_SECONDS,
          },
        }),
      );
    },

    async get(key) {
      const result = await client.send(new GetCommand({ TableName: tableName, Key: variantKey(key) }));
      const body = result.Item?.body;
      if (!(body instanceof Uint8Array)) return undefined;
      return JSON.parse(gunzipSync(body).toString('utf8')) as PreparedVariant;
    },
  };
}
