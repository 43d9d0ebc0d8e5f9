// On AWS the article page reads the sections stored at publication, so an article uploaded to the bucket has
// its page even though no Markdown file ships with the function.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { createDynamoContentStore } from '../../functions/adapters/dynamodb/content-store.ts';
import { createDynamoEditionStore } from '../../functions/adapters/dynamodb/edition-store.ts';
import { loadTaxonomyFile, taxonomyJson } from '../../functions/adapters/fs/taxonomy.ts';
import { parseArticle } from '../../functions/core/article/parse.ts';
import { EPOCH, newEdition } from '../../functions/core/delivery/editions.ts';
import { toPublishedSections } from '../../functions/core/delivery/publish.ts';
import { articleHash, pageOf } from '../../functions/core/desk/versions.ts';
import { classifyArticle } from '../../functions/core/topics/classify.ts';
import { useDynalite } from '../helpers/dynalite.ts';

const SEED = 'content/articles/ai-shanghai-2025.md';

const db = useDynalite();

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

describe('archive and feeds from the deployed function (DynamoDB, the taxonomy JSON beside the bundle)', () => {
  it('lists the edition, serves its web version and the Atom feed', async () => {
    const tableName = await db.freshTable();
    const options = { client: db.client, tableName };
    const { article } = parseArticle(readFileSync(SEED, 'utf8'), { file: SEED });
    const sections = toPublishedSections(
      article!,
      classifyArticle(article!, await loadTaxonomyFile()),
      '2025-01-20T02:00:00.000Z',
    );
    const page = pageOf(article!);
    const content = createDynamoContentStore(options);
    await content.publish(article!.slug, sections, { ...page, hash: articleHash(sections, page) });
    await content.finish(article!.slug);
    const editions = createDynamoEditionStore(options);
    await editions.create({
      ...newEdition(
        'daily-2025-01-20',
        'daily',
        EPOCH,
        '2025-01-20T10:00:00.000Z',
        '2025-01-20T10:00:00.000Z',
      ),
      status: 'done',
    });
    const taxonomyFile = join(tmpdir(), `tidings-topics-${process.pid}.json`);
    writeFileSync(taxonomyFile, taxonomyJson());
    Object.assign(process.env, {
      TABLE_NAME: tableName,
      DYNAMODB_ENDPOINT: db.endpoint,
      SITE_URL: 'https://news.example.org',
      TAXONOMY_FILE: taxonomyFile,
    });
    vi.resetModules(); // a fresh cold start with the archive's settings
    const { handler } = await import('../../functions/handlers/http-articles.ts');
    const archive = await handler(get('/archive'));
    expect(archive.statusCode).toBe(200);
    expect(archive.body).toContain('href="https://news.example.org/archive/daily-2025-01-20"');
    const edition = await handler(get('/archive/daily-2025-01-20'));
    expect(edition.statusCode).toBe(200);
    expect(edition.body).toContain('模塑申城，让AI向新向暖向未来');
    const feed = await handler(get('/feeds/all.xml'));
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toContain('<id>https://news.example.org/articles/ai-shanghai-2025</id>');
  });
});
