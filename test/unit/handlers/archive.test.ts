// The web archive on the in-memory stores: editions published and planned by the real core, answered by the
// article function's router — web versions, the archive list, topic pages, Atom feeds and article pages.
import { readFileSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import fc from 'fast-check';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../functions/core/article/parse.ts';
import { planDigest } from '../../../functions/core/delivery/plan.ts';
import { publishArticle } from '../../../functions/core/delivery/publish.ts';
import { classifyArticle } from '../../../functions/core/topics/classify.ts';
import type { TopicId } from '../../../functions/core/types.ts';
import { createArticleHandler, storedArticles } from '../../../functions/handlers/http-articles.ts';
import type { HttpHandler } from '../../../functions/shared/http.ts';
import { PREVIEW_TAXONOMY } from '../../../templates/preview-seed.ts';
import { SITE, subscriber, world } from '../delivery/world.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'long-title': 'off' },
});

function get(path: string, headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  const [rawPath, rawQueryString = ''] = path.split('?');
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: rawPath!,
    rawQueryString,
    queryStringParameters: Object.fromEntries(new URLSearchParams(rawQueryString)),
    headers,
    requestContext: { http: { method: 'GET', path: rawPath! }, requestId: 'r1' },
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
}

let handler: HttpHandler;
let healthArticle: string;

beforeAll(async () => {
  const w = Object.assign(world(new Date('2025-01-20T12:00:00.000Z')), { taxonomy: PREVIEW_TAXONOMY });
  const articles = ['ai-shanghai-2025.md', 'northbridge-ai-hospitals.md'].map(
    (file) => parseArticle(readFileSync(`content/articles/${file}`, 'utf8'), { file }).article!,
  );
  const themes = articles.map((a) => classifyArticle(a, PREVIEW_TAXONOMY));
  const topics = [
    ...new Set(themes.flatMap((t) => t.flatMap((s) => s.themes.map((m) => m.topic)))),
  ] as TopicId[];
  await w.subscribers.create(subscriber('i', Object.fromEntries(topics.map((t) => [t, 'instant']))));
  await w.subscribers.create(subscriber('d', Object.fromEntries(topics.map((t) => [t, 'daily']))));
  for (const [i, article] of articles.entries())
    await publishArticle(w, article, themes[i]!, `2025-01-20T0${2 + i}:00:00.000Z`);
  await planDigest(w, 'daily');
  healthArticle = 'northbridge-ai-hospitals';
  handler = createArticleHandler({
    siteUrl: SITE,
    getArticle: storedArticles(w.content),
    archive: {
      content: w.content,
      editions: w.editions,
      taxonomy: PREVIEW_TAXONOMY,
      timezone: 'Asia/Shanghai',
    },
    clock: () => new Date('2025-01-20T12:00:00.000Z'),
  });
});

async function page(path: string, headers: Record<string, string> = {}) {
  const res = await handler(get(path, headers));
  return { status: res.statusCode, headers: res.headers ?? {}, body: res.body ?? '' };
}

async function expectValidPage(html: string) {
  const report = await validator.validateString(html);
  expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  // Every link stays on the site (or is an anchor on the page).
  for (const [, href] of html.matchAll(/href="([^"]+)"/g)) {
    if (href!.startsWith('#')) expect(html).toContain(`id="${href!.slice(1)}"`);
    else expect(new URL(href!).origin).toBe(SITE);
  }
}

describe('GET /archive/{edition}: the web version', () => {
  it('shows the digest as an edition, every article once, in the reader’s language, with no personal link', async () => {
    const en = await page('/archive/daily-2025-01-20', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(en.status).toBe(200);
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Daily digest · Mon 20 Jan 2025');
    expect(en.body).toContain('Top story');
    expect(en.body).toContain('In this issue');
    for (const title of ['模塑申城，让AI向新向暖向未来', 'Northbridge bets on AI from the ward to the wafer'])
      expect(en.body.split(`>${title}</a>`).length - 1).toBe(1);
    expect(en.body).not.toMatch(/token|unsubscribe|manage|tidings\.invalid/i);
    await expectValidPage(en.body);
    const zh = await page('/archive/daily-2025-01-20?lang=zh');
    expect(zh.body).toContain('<html lang="zh-CN">');
    expect(zh.body).toContain('每日摘要 · 1月20日 周一');
    expect(zh.body).toContain('头条');
  });

  it('shows an alert edition: the article’s sections on their topics', async () => {
    const res = await page(`/archive/alert-${healthArticle}`, { 'accept-language': 'en' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('Northbridge bets on AI from the ward to the wafer');
    expect(res.body).toContain('Instant alerts · ');
    await expectValidPage(res.body);
  });

  it('answers 404 for an edition that does not exist or cannot be one', async () => {
    for (const path of [
      '/archive/daily-2025-01-21',
      '/archive/..%2Fsecret',
      '/archive/alert-nope',
      '/archive/%E0%A4%A',
    ])
      expect((await page(path)).status, path).toBe(404);
  });

  it('is cacheable: public for five minutes with an ETag, 304 when it has not changed', async () => {
    const first = await page('/archive/daily-2025-01-20?lang=en');
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    expect(first.headers.vary).toBe('accept-language');
    expect(first.headers.etag).toMatch(/^"[\w-]{27}"$/);
    const again = await page('/archive/daily-2025-01-20?lang=en', {
      'if-none-match': String(first.headers.etag),
    });
    expect(again).toMatchObject({ status: 304, body: '' });
    const other = await page('/archive/daily-2025-01-20?lang=zh', {
      'if-none-match': String(first.headers.etag),
    });
    expect(other.status).toBe(200);
  });
});

describe('GET /archive and /archive/topics/{topic}', () => {
  it('lists past editions by cadence and every topic with its page and feed', async () => {
    const res = await page('/archive', { 'accept-language': 'zh-CN' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('往期内容');
    expect(res.body).toContain(`href="${SITE}/archive/daily-2025-01-20"`);
    expect(res.body).toContain(`href="${SITE}/archive/alert-${healthArticle}"`);
    for (const topic of PREVIEW_TAXONOMY.topics) {
      expect(res.body).toContain(`href="${SITE}/archive/topics/${topic.id}"`);
      expect(res.body).toContain(`href="${SITE}/feeds/${topic.id}.xml"`);
    }
    await expectValidPage(res.body);
  });

  it('lists a topic’s articles with the editions that carried them; an unknown topic is 404', async () => {
    const health = PREVIEW_TAXONOMY.topics.find((t) => t.id === 'health')!;
    const res = await page('/archive/topics/health', { 'accept-language': 'en' });
    expect(res.status).toBe(200);
    expect(res.body).toContain(health.name.en.replace('&', '&amp;'));
    expect(res.body).toContain('Northbridge bets on AI from the ward to the wafer');
    expect(res.body).toContain(`href="${SITE}/archive/daily-2025-01-20">Daily digest · Mon 20 Jan 2025</a>`);
    await expectValidPage(res.body);
    expect((await page('/archive/topics/astrology')).status).toBe(404);
  });
});

describe('GET /feeds/{feed}', () => {
  it('serves valid Atom, parsed back: every article, newest first, with its page and excerpt', async () => {
    const res = await page('/feeds/all.xml', { 'accept-language': 'en' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = parseFeed(res.body);
    expect(feed.meta.type).toBe('atom');
    expect(feed.self).toBe(`${SITE}/feeds/all.xml`);
    expect(feed.title).toBe('tidings newsletter');
    expect(feed.items.map((i) => i.url)).toEqual([
      `${SITE}/articles/northbridge-ai-hospitals`,
      `${SITE}/articles/ai-shanghai-2025`,
    ]);
    for (const item of feed.items) {
      expect(item.id).toBe(item.url);
      expect(item.title).toBeTruthy();
      expect(item.description!.length).toBeGreaterThan(20);
      expect(item.updated?.getTime()).not.toBeNaN();
    }
    expect(feed.updated?.toISOString()).toBe('2025-01-20T03:00:00.000Z');
  });

  it('has one feed per topic; an unknown topic or another format is 404', async () => {
    const feed = parseFeed((await page('/feeds/health.xml', { 'accept-language': 'zh' })).body);
    expect(feed.title).toContain(PREVIEW_TAXONOMY.byId.get('health')!.name.zh);
    expect(feed.items.map((i) => i.url)).toContain(`${SITE}/articles/northbridge-ai-hospitals`);
    for (const path of ['/feeds/astrology.xml', '/feeds/all.json', '/feeds/all'])
      expect((await page(path)).status, path).toBe(404);
  });
});

describe('article pages', () => {
  it('link to the editions that carried the article', async () => {
    const res = await page(`/articles/${healthArticle}`);
    expect(res.status).toBe(200);
    expect(res.body).toContain(`href="${SITE}/archive/alert-${healthArticle}"`);
    expect(res.body).toContain(`href="${SITE}/archive/daily-2025-01-20"`);
  });
});

describe('hostile requests', () => {
  it('never a 5xx, a stack trace or unescaped input, whatever the path, query or language', async () => {
    const MARK = '<script>x7Q</script>';
    const nasty = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        MARK,
        '%ZZ',
        '%E0%A4%A',
        '..%2F..%2Fetc',
        'daily-2025-01-20',
        'alert-',
        'all.xml',
        'health.xml',
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/archive/', '/archive/topics/', '/feeds/'),
        nasty,
        nasty,
        nasty,
        async (prefix, segment, lang, accept) => {
          const path = `${prefix}${encodeURIComponent(segment).replace(/%25/g, '%')}`;
          const event = get(`${path}?lang=${encodeURIComponent(lang)}`, { 'accept-language': accept });
          const res = await handler(event);
          expect(res.statusCode).toBeLessThan(500);
          expect(res.body ?? '').not.toMatch(/\bat \S+ \(|\.ts:\d+|node_modules|Error: /);
          expect(res.body ?? '').not.toContain(MARK);
        },
      ),
      { seed: 20251130, numRuns: 300 },
    );
  });
});
