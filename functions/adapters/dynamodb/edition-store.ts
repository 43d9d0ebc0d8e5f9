// Adapter: EditionStore on the single table. The edition item (pk `EDITION#<id>`) holds status and counts;
// a pointer item per cadence (pk `EDITIONS#<cadence>`, sk `<until>#<id>`) lets `latest` read one key in
// descending order instead of scanning. Counts are top-level numbers so UpdateItem ADD can bump them
// from many senders at once without a read-modify-write race.
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Edition, EditionCounts, EditionVariant } from '../../core/delivery/types.ts';
import type { Clock, EditionStore } from '../../ports.ts';
import { type DynamoTableOptions, isConditionFailure } from './table.ts';

const COUNT_NAMES = [
  'planned',
  'sent',
  'skipped',
  'failed',
  'ambiguous',
  'bounced',
  'complained',
] as const satisfies readonly (keyof EditionCounts)[];

const countAttribute = (name: keyof EditionCounts): string => `count_${name}`;
const editionKey = (id: string) => ({ pk: `EDITION#${id}`, sk: 'EDITION' });
const pointerKey = (edition: Pick<Edition, 'cadence' | 'until' | 'id'>) => ({
  pk: `EDITIONS#${edition.cadence}`,
  sk: `${new Date(edition.until).toISOString()}#${edition.id}`,
});

function toItem(edition: Edition): Record<string, unknown> {
  const item: Record<string, unknown> = {
    ...editionKey(edition.id),
    type: 'edition',
    id: edition.id,
    cadence: edition.cadence,
    status: edition.status,
    from: edition.from,
    until: edition.until,
    createdAt: edition.createdAt,
    updatedAt: edition.updatedAt,
  };
  if (edition.pauseReason !== undefined) item.pauseReason = edition.pauseReason;
  for (const name of COUNT_NAMES) item[countAttribute(name)] = edition.counts[name] ?? 0;
  return item;
}

function fromItem(item: Record<string, unknown>): Edition {
  const counts = Object.fromEntries(
    COUNT_NAMES.map((name) => [name, Number(item[countAttribute(name)] ?? 0)]),
  ) as unknown as EditionCounts;
  const edition: Edition = {
    id: String(item.id),
    cadence: item.cadence as Edition['cadence'],
    status: item.status as Edition['status'],
    from: String(item.from),
    until: String(item.until),
    counts,
    createdAt: String(item.createdAt),
    updatedAt: String(item.updatedAt),
  };
  if (typeof item.pauseReason === 'string') edition.pauseReason = item.pauseReason;
  return edition;
}

export class EditionNotFoundError extends Error {
  override name = 'EditionNotFoundError';
  constructor(readonly editionId: string) {
    super(`edition ${editionId} does not exist`);
  }
}

export function createDynamoEditionStore(options: DynamoTableOptions & { clock?: Clock }): EditionStore {
  const { client, tableName } = options;
  const now = () => (options.clock?.now() ?? new Date()).toISOString();

  async function get(id: string): Promise<Edition | undefined> {
    const result = await client.send(
      new GetCommand({ TableName: tableName, Key: editionKey(id), ConsistentRead: true }),
    );
    return result.Item ? fromItem(result.Item) : undefined;
  }

  return {
    async create(edition) {
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: toItem(edition),
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
      // Written after the edition so a pointer never names a missing edition (no transactions on dynalite).
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...pointerKey(edition), type: 'edition-pointer', editionId: edition.id },
        }),
      );
      return true;
    },

    get,

    async latest(cadence) {
      // A few pointers per page in case the newest one's edition item was deleted by hand.
      const result = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `EDITIONS#${cadence}` },
          ScanIndexForward: false,
          Limit: 5,
        }),
      );
      for (const pointer of result.Items ?? []) {
        const edition = await get(String(pointer.editionId));
        if (edition) return edition;
      }
      return undefined;
    },

    async recent(cadence, limit) {
      const editions: Edition[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': `EDITIONS#${cadence}` },
            ScanIndexForward: false,
            Limit: limit,
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        );
        for (const pointer of page.Items ?? []) {
          const edition = await get(String(pointer.editionId));
          // A pointer whose edition was deleted by hand is skipped.
          if (edition && editions.length < limit) editions.push(edition);
        }
        start = page.LastEvaluatedKey;
      } while (start && editions.length < limit);
      return editions;
    },

    async covering(cadence, at) {
      // Windows are contiguous: the first editions ending at or after `at` include the one that holds it.
      const result = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND sk >= :at',
          ExpressionAttributeValues: { ':pk': `EDITIONS#${cadence}`, ':at': new Date(at).toISOString() },
          Limit: 3,
        }),
      );
      const t = Date.parse(at);
      for (const pointer of result.Items ?? []) {
        const edition = await get(String(pointer.editionId));
        if (edition && Date.parse(edition.from) < t && t <= Date.parse(edition.until)) return edition;
      }
      return undefined;
    },

    async update(id, patch) {
      const before = await get(id);
      if (!before) throw new EditionNotFoundError(id);
      const set: string[] = ['#updatedAt = :updatedAt'];
      const remove: string[] = [];
      const names: Record<string, string> = { '#updatedAt': 'updatedAt' };
      const values: Record<string, unknown> = { ':updatedAt': now() };
      for (const field of ['status', 'pauseReason', 'until'] as const) {
        if (!(field in patch)) continue;
        names[`#${field}`] = field;
        const value = patch[field];
        if (value === undefined) remove.push(`#${field}`);
        else {
          set.push(`#${field} = :${field}`);
          values[`:${field}`] = value;
        }
      }
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: editionKey(id),
          UpdateExpression: `SET ${set.join(', ')}${remove.length > 0 ? ` REMOVE ${remove.join(', ')}` : ''}`,
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
      if (patch.until !== undefined && patch.until !== before.until) {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              ...pointerKey({ ...before, until: patch.until }),
              type: 'edition-pointer',
              editionId: id,
            },
          }),
        );
        await client.send(new DeleteCommand({ TableName: tableName, Key: pointerKey(before) }));
      }
    },

    async addCounts(id, delta) {
      const parts: string[] = [];
      const names: Record<string, string> = {};
      const values: Record<string, unknown> = {};
      for (const name of COUNT_NAMES) {
        const amount = delta[name];
        if (amount === undefined || amount === 0) continue;
        parts.push(`#${name} :${name}`);
        names[`#${name}`] = countAttribute(name);
        values[`:${name}`] = amount;
      }
      if (parts.length === 0) return;
      try {
        await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: editionKey(id),
            UpdateExpression: `ADD ${parts.join(', ')}`,
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new EditionNotFoundError(id);
        throw error;
      }
    },

    async setCounts(id, counts) {
      const entries = COUNT_NAMES.filter((name) => counts[name] !== undefined);
      if (entries.length === 0) return;
      try {
        await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: editionKey(id),
            UpdateExpression: `SET ${entries.map((name) => `#${name} = :${name}`).join(', ')}`,
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: Object.fromEntries(entries.map((n) => [`#${n}`, countAttribute(n)])),
            ExpressionAttributeValues: Object.fromEntries(entries.map((n) => [`:${n}`, counts[n]])),
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new EditionNotFoundError(id);
        throw error;
      }
    },

    async recordVariants(id, variants) {
      // One item per variant beside the edition item (a digest may have thousands: not one attribute of it).
      for (const v of variants) {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              pk: editionKey(id).pk,
              sk: `VARIANT#${v.key}`,
              type: 'edition-variant',
              key: v.key,
              locale: v.locale,
              topics: v.topics,
              sections: v.sections,
              planned: v.planned,
            },
          }),
        );
      }
    },

    async variants(id) {
      const variants: EditionVariant[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :variant)',
            ExpressionAttributeValues: { ':pk': editionKey(id).pk, ':variant': 'VARIANT#' },
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        );
        for (const item of page.Items ?? []) {
          variants.push({
            key: String(item.key),
            locale: String(item.locale),
            topics: Array.isArray(item.topics) ? item.topics.map(String) : [],
            sections: Number(item.sections ?? 0),
            planned: Number(item.planned ?? 0),
          });
        }
        start = page.LastEvaluatedKey;
      } while (start);
      return variants;
    },
  };
}
