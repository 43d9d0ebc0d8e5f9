import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import type { ArticleView } from '../../../functions/core/render/article-page.ts';
import { createArticleHandler, handler as lambdaHandler } from '../../../functions/handlers/http-articles.ts';

const SITE = 'https://news.example.org';

const ARTICLE: ArticleView = {
  slug: 'ai-shanghai-2025',
  title: '模塑申城,让AI向新向暖向未来',
  lang: 'zh',
  date: '2025-01-20',
  byline: '本报记者 范洁 邵阳',
  sections: [
    {
      id: 'lead',
      heading: '模塑申城,让AI向新向暖向未来',
      paragraphs: ['2024年底,上海发布《关于人工智能“模塑申城”的实施方案》。'],
    },
    {
      id: 's1',
      heading: '夯实产业基础促进“飞轮闭环”',
      paragraphs: ['上海人工智能产业规模已超3800亿元。', '第二段。'],
    },
    {
      id: 's2',
      heading: '打通赋能产业链“最后一公里”',
      paragraphs: ['以罕见病为牵引打造医学人工智能创新高地。'],
    },
  ],
  figures: [{ caption: '18台人形机器人组成的“十八金刚”阵列“迎宾”', credit: '本报记者 陈梦泽 摄' }],
};

function event(
  path: string,
  init: { method?: string; headers?: Record<string, string>; slug?: string } = {},
) {
  return {
    version: '2.0',
    routeKey: 'GET /articles/{slug}',
    rawPath: path,
    rawQueryString: '',
    headers: init.headers ?? {},
    pathParameters: init.slug === undefined ? undefined : { slug: init.slug },
    requestContext: { http: { method: init.method ?? 'GET', path }, requestId: 'req-123' },
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
}

function setup(articles: ArticleView[] = [ARTICLE]) {
  const asked: string[] = [];
  const handler = createArticleHandler({
    siteUrl: SITE,
    getArticle: async (slug) => {
      asked.push(slug);
      return articles.find((a) => a.slug === slug);
    },
  });
  return { handler, asked };
}

// long-title is a search-snippet rule that counts entity-escaped characters (`&lt;` as four); the page
// shortens titles to 70 visible characters itself.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'long-title': 'off' },
});

async function expectValidHtml(html: string) {
  const report = await validator.validateString(html);
  const messages = report.results.flatMap((r) =>
    r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`),
  );
  expect(messages).toEqual([]);
}

describe('GET /articles/{slug}', () => {
  it('renders the article in its language with sections anchored for the email links', async () => {
    const { handler } = setup();
    const res = await handler(event('/articles/ai-shanghai-2025', { slug: 'ai-shanghai-2025' }));
    expect(res.statusCode).toBe(200);
    expect(res.headers?.['content-type']).toBe('text/html; charset=utf-8');
    const body = res.body!;
    expect(body).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(body).toContain('<h1>模塑申城,让AI向新向暖向未来</h1>');
    expect(body).toContain('本报记者 范洁 邵阳');
    expect(body).toContain('<time datetime="2025-01-20">2025-01-20</time>');
    expect(body).toContain('id="lead"');
    expect(body).toContain('<section id="s2" aria-labelledby="s2-h">');
    expect(body).toContain('<figcaption>18台人形机器人组成的“十八金刚”阵列“迎宾”');
    expect(body).toContain('"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC"');
    expect(body).not.toMatch(/<script|<link|@import|fonts\.googleapis/);
    await expectValidHtml(body);
  });

  it('sends a strict CSP that allows exactly the page stylesheet', async () => {
    const { handler } = setup();
    const res = await handler(event('/articles/ai-shanghai-2025'));
    const csp = String(res.headers?.['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("img-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const style = /<style>([\s\S]*?)<\/style>/.exec(res.body!)![1]!;
    const hash = `sha256-${createHash('sha256').update(style).digest('base64')}`;
    expect(csp).toContain(`style-src '${hash}'`);
    expect(res.headers?.['x-content-type-options']).toBe('nosniff');
  });

  it('finds the slug from rawPath when there is no path parameter', async () => {
    const { handler, asked } = setup();
    const res = await handler(event('/articles/ai-shanghai-2025/'));
    expect(res.statusCode).toBe(200);
    expect(asked).toEqual(['ai-shanghai-2025']);
  });

  it('escapes hostile article text', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(1)>';
    const { handler } = setup([
      {
        ...ARTICLE,
        title: hostile,
        byline: hostile,
        sections: [{ id: 's1', heading: hostile, paragraphs: [hostile] }],
        figures: [{ caption: hostile }],
      },
    ]);
    const res = await handler(event('/articles/ai-shanghai-2025'));
    expect(res.body).not.toContain('<script');
    expect(res.body).not.toContain('<img');
    expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    await expectValidHtml(res.body!);
  });

  it('answers an unknown slug with a valid 404 page in the reader language', async () => {
    const { handler } = setup();
    const res = await handler(event('/articles/nope', { headers: { 'accept-language': 'en-GB,en;q=0.9' } }));
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('Article not found');
    await expectValidHtml(res.body!);
  });

  it('does not look up slugs that cannot name an article', async () => {
    const { handler, asked } = setup();
    for (const path of [
      '/articles/..%2F..%2Fetc%2Fpasswd',
      '/articles/%3Cscript%3E',
      '/articles/',
      '/articles/a/b',
    ]) {
      const res = await handler(event(path));
      expect(res.statusCode, path).toBe(404);
      expect(res.body).not.toContain('<script>');
    }
    expect(asked).toEqual([]);
  });

  it('refuses other methods', async () => {
    const { handler, asked } = setup();
    const res = await handler(event('/articles/ai-shanghai-2025', { method: 'POST' }));
    expect(res.statusCode).toBe(405);
    expect(res.headers?.allow).toBe('GET, HEAD');
    expect(asked).toEqual([]);
  });

  it('shows an error page without internals when the store fails', async () => {
    const handler = createArticleHandler({
      siteUrl: SITE,
      getArticle: async () => {
        throw new Error('ProvisionedThroughputExceededException at table tidings-content');
      },
    });
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => errors.push(line);
    try {
      const res = await handler(event('/articles/ai-shanghai-2025'));
      expect(res.statusCode).toBe(500);
      expect(res.headers?.['cache-control']).toBe('no-store');
      expect(res.body).not.toContain('ProvisionedThroughput');
      expect(res.body).not.toMatch(/at .*\.ts/);
      expect(res.body).toContain('req-123');
    } finally {
      console.error = original;
    }
    expect(errors.join('\n')).toContain('ProvisionedThroughputExceededException');
  });
});

describe('handler wired from the environment', () => {
  it('refuses to start without SITE_URL, then serves the seed article from the content directory', async () => {
    const saved = { ...process.env };
    try {
      delete process.env.SITE_URL;
      await expect(lambdaHandler(event('/articles/ai-shanghai-2025'))).rejects.toThrow(/SITE_URL/);
      process.env.SITE_URL = SITE;
      process.env.TIDINGS_CONTENT_DIR = new URL('../../../content/articles/', import.meta.url).pathname;
      const res = await lambdaHandler(event('/articles/ai-shanghai-2025'));
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('罕见病');
      expect((await lambdaHandler(event('/articles/missing'))).statusCode).toBe(404);
    } finally {
      process.env = saved;
    }
  });
});
