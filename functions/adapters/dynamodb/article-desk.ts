// Adapters of the desk's stores on the single table, beside the article record (pk `ARTICLE#<slug>`):
//   ARTICLE#<slug> / VERSION#<000001>   one item per version (who, when, what changed)
//   ARTICLE#<slug> / SCHEDULE           the checked article waiting for its publishAt (gzip'd JSON)
//   SCHEDULED / <slug>                  its summary, in one partition the desk lists
import { gunzipSync, gzipSync } from 'node:zlib';
import { DeleteCommand, GetCommand, PutCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import type { ArticleVersion, ScheduledArticle, ScheduledSummary } from '../../core/desk/types.ts';
import type { ArticleHistory, ScheduledArticles } from '../../ports.ts';
import { type DynamoTableOptions, isConditionFailure } from './table.ts';

const versionKey = (slug: string, version: number) => ({
  pk: `ARTICLE#${slug}`,
  sk: `VERSION#${String(version).padStart(6, '0')}`,
});

/** Drops `undefined` members that the document marshaller would reject. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function createDynamoArticleHistory(options: DynamoTableOptions): ArticleHistory {
  const { client, tableName } = options;
  return {
    async add(version) {
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              ...versionKey(version.slug, version.version),
              type: 'article-version',
              version: plain(version),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
    async versions(slug) {
      const versions: ArticleVersion[] = [];
      for await (const page of paginateQuery(
        { client },
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': `ARTICLE#${slug}`, ':prefix': 'VERSION#' },
          ConsistentRead: true,
        },
      )) {
        for (const item of page.Items ?? []) versions.push(item.version as ArticleVersion);
      }
      return versions;
    },
  };
}

/** DynamoDB items stop at 400 KB: the scheduled article is stored compressed, and refused when still too big. */
const MAX_SCHEDULED_BYTES = 350_000;

export class ScheduledArticleTooLargeError extends Error {
  override name = 'ScheduledArticleTooLargeError';
}

const bodyKey = (slug: string) => ({ pk: `ARTICLE#${slug}`, sk: 'SCHEDULE' });
const summaryKey = (slug: string) => ({ pk: 'SCHEDULED', sk: slug });

function summaryOf(entry: ScheduledArticle): ScheduledSummary {
  const { article: _article, themes: _themes, diagnostics: _diagnostics, ...summary } = entry;
  return summary;
}

export function createDynamoScheduledArticles(options: DynamoTableOptions): ScheduledArticles {
  const { client, tableName } = options;
  return {
    async put(entry) {
      const body = gzipSync(
        JSON.stringify({ article: entry.article, themes: entry.themes, diagnostics: entry.diagnostics }),
      );
      if (body.length > MAX_SCHEDULED_BYTES) {
        throw new ScheduledArticleTooLargeError(
          `${entry.slug} is too large to schedule (${Math.round(body.length / 1024)} KB compressed; the limit is ${MAX_SCHEDULED_BYTES / 1000} KB): publish it without publishAt`,
        );
      }
      const summary = plain(summaryOf(entry));
      // The body first: the summary the desk lists never names a missing article.
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...bodyKey(entry.slug), type: 'scheduled-article', summary, body },
        }),
      );
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...summaryKey(entry.slug), type: 'scheduled', ...summary },
        }),
      );
    },

    async get(slug) {
      const [{ Item: summary }, { Item: body }] = await Promise.all([
        client.send(new GetCommand({ TableName: tableName, Key: summaryKey(slug), ConsistentRead: true })),
        client.send(new GetCommand({ TableName: tableName, Key: bodyKey(slug), ConsistentRead: true })),
      ]);
      if (!summary || !body) return undefined;
      const stored = body.summary as ScheduledSummary;
      // The summary decides which schedule is current: a body left by an interrupted reschedule is not it.
      if (stored.publishAt !== summary.publishAt) return undefined;
      const content = JSON.parse(gunzipSync(body.body as Uint8Array).toString('utf8')) as Pick<
        ScheduledArticle,
        'article' | 'themes' | 'diagnostics'
      >;
      return { ...stored, ...content };
    },

    async list() {
      const entries: ScheduledSummary[] = [];
      for await (const page of paginateQuery(
        { client },
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': 'SCHEDULED' },
          ConsistentRead: true,
        },
      )) {
        for (const item of page.Items ?? []) {
          const { pk: _pk, sk: _sk, type: _type, ...summary } = item;
          entries.push(summary as ScheduledSummary);
        }
      }
      return entries.sort((a, b) => a.publishAt.localeCompare(b.publishAt) || a.slug.localeCompare(b.slug));
    },

    async remove(slug, publishAt) {
      // The summary first and conditionally: a fire racing a reschedule leaves the new schedule alone.
      try {
        await client.send(
          new DeleteCommand({
            TableName: tableName,
            Key: summaryKey(slug),
            ConditionExpression:
              publishAt === undefined ? 'attribute_exists(pk)' : 'attribute_exists(pk) AND publishAt = :at',
            ...(publishAt === undefined ? {} : { ExpressionAttributeValues: { ':at': publishAt } }),
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
      await client.send(new DeleteCommand({ TableName: tableName, Key: bodyKey(slug) }));
      return true;
    },
  };
}
