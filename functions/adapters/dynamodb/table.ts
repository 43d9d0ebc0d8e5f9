// The single DynamoDB table, defined once: local stand-ins, tests and the CDK stack all build it from here so
// they never drift. Items (see docs/access-patterns.md):
//   SUB#<id> / SUB                       subscriber; sparse audience index attributes when active, due index
//                                         attributes while a pause or a pending request will end
//   EMAIL#<email> / EMAIL                 the address, stored once, pointing at its subscriber id
//   LIMIT#<hash> / LIMIT                  anti list-bombing counter, expires with its window
//   CONFIRM#<email> / CONFIRM             the earlier per-address slot (expired; erase still removes it)
//   SUPPRESS#h1-<hmac> / SUPPRESS         an erased address: HMAC under the secret pepper (legacy: bare SHA-256)
//   ARTICLE#…, SECTIONS#…, EDITION#…, EDITIONS#…, VARIANT#…, DELIVERY#…   delivery items (pk/sk only)
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CADENCES, type Cadence } from '../../core/types.ts';

export const TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk' } as const;

/** Epoch seconds; DynamoDB's TTL deletes the item some time after (lazily: conditions must still compare). */
export const TTL_ATTRIBUTE = 'expiresAt';

/** Audience index partitions per cadence: millions of subscribers never share one hot partition. */
export const AUDIENCE_SHARDS = 16;

export interface GlobalIndex {
  indexName: string;
  partitionKey: string;
  sortKey: string;
  /** ALL: the planner reads whole subscribers (topics, lang, email) from the index, with no GetItem each. */
  projection: 'ALL';
}

/** One sparse index per cadence: only active subscribers following a topic at that cadence have its keys. */
export function audienceIndex(cadence: Cadence): GlobalIndex {
  return {
    indexName: `audience-${cadence}`,
    partitionKey: `aud_${cadence}_pk`,
    sortKey: `aud_${cadence}_sk`,
    projection: 'ALL',
  };
}

/**
 * Sparse index of subscribers with housekeeping due (a pause ending, a pending request expiring), sorted by when:
 * the sweep before each plan and publish Queries `due_at <= now` instead of reading every subscriber. One
 * partition: its keys are written only when a person pauses, resumes or asks to subscribe, far below a
 * partition's write limit.
 */
export const DUE_INDEX: GlobalIndex = {
  indexName: 'due',
  partitionKey: 'due_pk',
  sortKey: 'due_at',
  projection: 'ALL',
};
export const DUE_PARTITION = 'DUE';

export const GSIS: readonly GlobalIndex[] = [...CADENCES.map(audienceIndex), DUE_INDEX];

export function createTableInput(tableName: string): CreateTableCommandInput {
  const attributes = new Set<string>([TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey]);
  for (const gsi of GSIS) {
    attributes.add(gsi.partitionKey);
    attributes.add(gsi.sortKey);
  }
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attributes].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: GSIS.map((gsi) => ({
      IndexName: gsi.indexName,
      KeySchema: [
        { AttributeName: gsi.partitionKey, KeyType: 'HASH' },
        { AttributeName: gsi.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: gsi.projection },
    })),
  };
}

/** Keys of the subscriber-side items; the subscriber store and the archive (export, erase) share them. */
export const subscriberItemKeys = {
  subscriber: (id: string) => ({ pk: `SUB#${id}`, sk: 'SUB' }),
  email: (email: string) => ({ pk: `EMAIL#${email}`, sk: 'EMAIL' }),
  confirmation: (email: string) => ({ pk: `CONFIRM#${email}`, sk: 'CONFIRM' }),
  /** Outlives an erase: a hash, never the address. */
  suppression: (addressHash: string) => ({ pk: `SUPPRESS#${addressHash}`, sk: 'SUPPRESS' }),
} as const;

/** What every store adapter is built on: the shared client and the table's name. */
export interface DynamoTableOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
}

/** By name too: a second copy of the SDK in a bundle would defeat `instanceof`. */
export function isConditionFailure(error: unknown): boolean {
  return (error as { name?: string } | undefined)?.name === 'ConditionalCheckFailedException';
}
