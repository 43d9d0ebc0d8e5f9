// On AWS the article page reads the sections stored at publication, so an article uploaded to the bucket has
// its page even though no Markdown file ships with the function.
import { readFileSync } from 'node:fs';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoContentStore } from '../../functions/adapters/dynamodb/content-store.ts';
import { loadTaxonomyFile } from '../../functions/adapters/fs/taxonomy.ts';
import { parseArticle } from '../../functions/core/article/parse.ts';
import { toPublishedSections } from '../../functions/core/delivery/publish.ts';
import { classifyArticle } from '../../functions/core/topics/classify.ts';
import { startDynalite, type TestTable } from '../helpers/dynalite.ts';

const SEED = 'content/articles/ai-shanghai-2025.md';

let db: TestTable;
beforeAll(async () => {
  db = await startDynalite();
});
afterAll(async () => {
  await db.stop();
});

const get = (path: string) =>
  ({
    version: '2.0',
    rawPath: path,
    rawQueryString: '',
    headers: { 'accept-language': 'en' },
    requestContext: { http: { method: 'GET', path }, requestId: 'r1' },
  }) as unknown as APIGatewayProxyEventV2;

describe('article page on the published sections (DynamoDB)', () => {
  it('renders a published article from the table and 404s an unpublished one', async () => {
    const { article } = parseArticle(readFileSync(SEED, 'utf8'), { file: SEED });
    const themes = classifyArticle(article!, await loadTaxonomyFile());
    await createDynamoContentStore({ client: db.client, tableName: db.tableName }).publish(
      article!.slug,
      toPublishedSections(article!, themes, '2025-01-20T02:00:00.000Z'),
    );
    Object.assign(process.env, {
      TABLE_NAME: db.tableName,
      DYNAMODB_ENDPOINT: db.endpoint,
      SITE_URL: 'https://news.example.org',
      TIDINGS_CONTENT_DIR: '/nonexistent',
    });
    const { handler } = await import('../../functions/handlers/http-articles.ts');
    const page = await handler(get('/articles/ai-shanghai-2025'));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="zh-CN"');
    expect(page.body).toContain('模塑申城，让AI向新向暖向未来');
    expect(page.body).toContain('id="s2"');
    expect(page.body).toContain('算力节点分布不合理'); // the repaired text, not the layout damage
    expect((await handler(get('/articles/northbridge-ai-hospitals'))).statusCode).toBe(404);
  });
});
