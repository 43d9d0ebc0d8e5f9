import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { MemorySendLimits } from '../../../functions/adapters/memory/send-limits.ts';
import { MailerError } from '../../../functions/core/delivery/errors.ts';
import type { Subscriber } from '../../../functions/core/subscribers/types.ts';
import { type LatestArticle, WELCOME_LATEST_DAYS } from '../../../functions/core/subscriptions/welcome.ts';
import { signToken, type TokenKey, verifyToken } from '../../../functions/core/tokens.ts';
import type { Locale } from '../../../functions/core/types.ts';
import {
  createSubscriptionApi,
  type SubscriptionApiDeps,
  subscriptionRoutes,
} from '../../../functions/handlers/http-subscriptions.ts';
import type { HttpHandler } from '../../../local/http.ts';
import {
  apiDeps,
  CapturingLogger,
  CapturingMailer,
  event,
  FakeRenderer,
  FakeStore,
  FORM,
  form,
  JSON_HEADERS,
  makeTaxonomy,
  readMail,
  SITE,
  TestClock,
} from './fakes.ts';
import { TEST_KEYS } from './keys.ts';

let store: FakeStore;
let limits: MemorySendLimits;
let mailer: CapturingMailer;
let clock: TestClock;
let logger: CapturingLogger;
let renderer: FakeRenderer;
let api: HttpHandler;
const taxonomy = makeTaxonomy();

beforeEach(() => {
  store = new FakeStore();
  limits = new MemorySendLimits();
  mailer = new CapturingMailer();
  clock = new TestClock();
  logger = new CapturingLogger();
  renderer = new FakeRenderer(taxonomy);
  let n = 0;
  api = apiWith({ newId: () => `sub-${++n}` });
});

/** The API on this test's fakes, with some deps replaced. */
const apiWith = (changes: Partial<SubscriptionApiDeps> = {}) =>
  createSubscriptionApi(
    apiDeps({
      store,
      limits,
      mailer,
      renderer,
      taxonomy,
      clock,
      sender: { address: 'news@example.org', name: 'tidings' },
      logger,
      ...changes,
    }),
  );

const subscribeJson = (body: unknown, headers: Record<string, string> = {}) =>
  api(
    event({
      method: 'POST',
      path: '/api/subscriptions',
      headers: { ...JSON_HEADERS, ...headers },
      body: JSON.stringify(body),
    }),
  );

/** A form posted to `path`, as a browser sends it. */
const postForm = (path: string, fields: [string, string][], headers: Record<string, string> = FORM) =>
  api(event({ method: 'POST', path, headers, body: form(fields) }));
const subscribeForm = (fields: [string, string][], headers: Record<string, string> = FORM) =>
  postForm('/api/subscriptions', fields, headers);

function seed(partial: Partial<Subscriber> & { id: string; email: string }): Subscriber {
  const s: Subscriber = {
    status: 'active',
    topics: { health: 'daily' },
    locale: 'en',
    contentLangs: ['zh', 'en'],
    version: 0,
    consent: {
      requestedAt: '2026-01-01T00:00:00.000Z',
      method: 'web-form',
      confirmedAt: '2026-01-01T00:05:00.000Z',
    },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:05:00.000Z',
    ...partial,
  };
  store.seed(s);
  return s;
}

const token = (sub: string, purpose: 'confirm' | 'manage' | 'unsubscribe', list?: string) =>
  signToken(
    { sub, purpose, ...(list ? { list } : {}), exp: Math.floor(clock.now().getTime() / 1000) + 3600 },
    TEST_KEYS,
  );

async function subscribeAndConfirm(email: string, topics: string[], cadence = 'daily', lang = 'en') {
  const res = await subscribeJson({ email, topics, cadence, lang });
  expect(res.statusCode).toBe(202);
  const mail = await readMail(mailer.sent.at(-1)!);
  const confirmUrl = mail.link('/confirm');
  const confirmToken = confirmUrl.searchParams.get('token')!;
  const done = await api(
    event({ method: 'POST', path: '/confirm', headers: FORM, body: form([['token', confirmToken]]) }),
  );
  expect(done.statusCode).toBe(200);
  return { mail, confirmToken, done };
}

describe('subscribe page', () => {
  it('renders the form in Chinese by default: topics, a cadence for all and per topic, languages, no script', async () => {
    const res = await api(event({ path: '/' }));
    expect(res.statusCode).toBe(200);
    const body = String(res.body);
    expect(body).toContain('<html lang="zh-CN">');
    expect(body).toContain('action="/api/subscriptions"');
    expect(body).toMatch(/<label for="email">电子邮箱<\/label>/);
    for (const topic of taxonomy.topics) {
      expect(body).toContain(`id="topic-${topic.id}" name="topics" value="${topic.id}"`);
      expect(body).toContain(`name="cadence.${topic.id}"`);
      expect(body).toContain(topic.name.zh);
    }
    expect(body.match(/name="cadence"/g)).toHaveLength(3);
    expect(body.match(/name="contentLangs"/g)).toHaveLength(2);
    expect(body.match(/name="lang"/g)).toHaveLength(3);
    expect(body).toContain('href="/?lang=en"');
    expect(body).toContain('href="/?lang=zh-Hant"');
    // No archive route yet: no link to one (pages.test.ts shows it when configured).
    expect(body).not.toContain('/archive');
    expect(body).toContain('07:00');
    expect(body).not.toContain('<script');
  });

  it('follows Accept-Language q-values and a ?lang= switch', async () => {
    const en = await api(event({ path: '/', headers: { 'accept-language': 'fr;q=1, zh;q=0.5, en;q=0.8' } }));
    expect(String(en.body)).toContain('<html lang="en">');
    const zh = await api(event({ path: '/', headers: { 'accept-language': 'en;q=0.2, zh-CN' } }));
    expect(String(zh.body)).toContain('<html lang="zh-CN">');
    const forced = await api(
      event({ path: '/', query: { lang: 'en' }, headers: { 'accept-language': 'zh' } }),
    );
    expect(String(forced.body)).toContain('Subscribe to topics');
  });

  it('sends CSP and security headers that allow only its own inline style', async () => {
    const res = await api(event({ path: '/' }));
    const csp = String(res.headers?.['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
    const hash = /style-src '(sha256-[A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    const style = /<style>([\s\S]*?)<\/style>/.exec(String(res.body))?.[1];
    const { createHash } = await import('node:crypto');
    expect(hash).toBe(`sha256-${createHash('sha256').update(style!).digest('base64')}`);
    expect(res.headers?.['x-content-type-options']).toBe('nosniff');
    expect(res.headers?.['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(res.headers?.['referrer-policy']).toBe('no-referrer');
  });

  it('escapes taxonomy text', async () => {
    const evil = makeTaxonomy([
      {
        id: 'x',
        name: { zh: '<script>alert(1)</script>', en: '"><img src=x>' },
        description: { zh: 'a&b', en: 'a&b' },
        terms: { zh: [], en: [] },
      },
    ]);
    const evilApi = apiWith({ taxonomy: evil, sender: { address: 'news@example.org' } });
    const body =
      String((await evilApi(event({ path: '/' }))).body) +
      String((await evilApi(event({ path: '/', query: { lang: 'en' } }))).body);
    expect(body).not.toContain('<script>alert');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).toContain('&quot;&gt;&lt;img src=x&gt;');
  });

  it('lists its routes for the local server and the CDK API', () => {
    expect(subscriptionRoutes).toContainEqual({ method: 'POST', path: '/unsubscribe' });
    expect(subscriptionRoutes).toContainEqual({ method: 'GET', path: '/check-inbox' });
    expect(subscriptionRoutes).toContainEqual({ method: 'POST', path: '/unsubscribe/undo' });
    expect(subscriptionRoutes).toContainEqual({ method: 'POST', path: '/fresh-link' });
    expect(subscriptionRoutes).toHaveLength(12);
  });
});

describe('GET /api/topics', () => {
  it('returns the taxonomy as JSON', async () => {
    const res = await api(event({ path: '/api/topics' }));
    expect(res.statusCode).toBe(200);
    const body = JSON.parse(String(res.body));
    expect(body.topics.map((t: { id: string }) => t.id)).toEqual(['ai', 'health', 'talent']);
    expect(body.topics[1]).toEqual({
      id: 'health',
      name: { zh: '医疗健康', en: 'Health' },
      description: { zh: '医疗与健康', en: 'Medicine and health care' },
    });
  });
});

describe('POST /api/subscriptions', () => {
  it('stores a pending subscriber and sends one confirmation email with signed links', async () => {
    const res = await subscribeJson({
      email: 'Alice@Example.ORG',
      topics: ['health', 'ai'],
      cadence: 'weekly',
      lang: 'zh',
    });
    expect(res.statusCode).toBe(202);
    expect(JSON.parse(String(res.body)).status).toBe('accepted');
    const stored = await store.getByEmail('alice@example.org');
    expect(stored).toMatchObject({ status: 'pending', topics: {}, locale: 'zh-Hans', version: 0 });
    expect(stored?.pending).toMatchObject({
      topics: { health: 'weekly', ai: 'weekly' },
      locale: 'zh-Hans',
      contentLangs: ['zh', 'en'],
      method: 'api',
      expiresAt: '2026-01-17T08:00:00.000Z',
    });
    // Never confirmed → deleted with its address when the request expires.
    expect(stored?.deleteAfter).toBe('2026-01-17T08:00:00.000Z');
    expect(stored?.consent.source).toBe('203.0.113.0/24');
    expect(mailer.sent).toHaveLength(1);
    const mail = await readMail(mailer.sent[0]!);
    expect(mail.parsed.to).toMatchObject({ value: [{ address: 'alice@example.org' }] });
    expect(mail.parsed.subject).toBe('请确认订阅');
    expect(mail.text).toContain('医疗健康');
    expect(mail.link('/confirm').origin).toBe(SITE);
    expect(mail.link('/preferences').origin).toBe(SITE);
    expect(mail.link('/unsubscribe').origin).toBe(SITE);
    expect(renderer.calls).toEqual([{ lang: 'zh', topics: ['health', 'ai'] }]);
  });

  it('answers a form post with a 303 to a "check your inbox" page that shows what was asked', async () => {
    const res = await subscribeForm([
      ['email', 'bob@example.org'],
      ['topics', 'talent'],
      ['topics', 'health'],
      ['cadence', 'instant'],
      ['cadence.talent', 'weekly'],
      ['cadence.health', ''],
      ['lang', 'en'],
    ]);
    expect(res.statusCode).toBe(303);
    const location = new URL(String(res.headers?.location), SITE);
    expect(location.pathname).toBe('/check-inbox');
    // The address is sealed, not readable in the URL (access logs, history).
    expect(location.search).not.toContain('bob');
    const page = await api(event({ path: '/check-inbox', query: Object.fromEntries(location.searchParams) }));
    expect(page.statusCode).toBe(200);
    expect(page.headers?.['cache-control']).toBe('no-store');
    const body = String(page.body);
    expect(body).toContain('请查收确认邮件');
    expect(body).toContain('bob@example.org');
    expect(body).toContain('人才：每周摘要');
    expect(body).toContain('医疗健康：即时提醒');
    expect(body).toContain('news@example.org');
    // "Correct it" leads back to the form, filled in.
    const fix = /href="(\/\?r=[^"]+)"/.exec(body)![1]!.replaceAll('&amp;', '&');
    const fixUrl = new URL(fix, SITE);
    const form = String(
      (await api(event({ path: '/', query: Object.fromEntries(fixUrl.searchParams) }))).body,
    );
    expect(form).toContain('value="bob@example.org"');
    expect(form).toMatch(/name="cadence.talent">[\s\S]*?<option value="weekly" selected>/);
    // A tampered receipt shows the page without details.
    const tampered = await api(
      event({ path: '/check-inbox', query: { r: `${location.searchParams.get('r')}x` } }),
    );
    expect(String(tampered.body)).not.toContain('bob@example.org');
    expect((await store.getByEmail('bob@example.org'))?.pending?.topics).toEqual({
      talent: 'weekly',
      health: 'instant',
    });
    expect(mailer.sent).toHaveLength(1);
  });

  it('gives the same answer whether the address is new, pending, active, unsubscribed or suppressed', async () => {
    seed({ id: 'p', email: 'pending@example.org', status: 'pending', topics: {} });
    seed({ id: 'a', email: 'active@example.org', status: 'active' });
    seed({ id: 'u', email: 'gone@example.org', status: 'unsubscribed', topics: {} });
    seed({ id: 'b', email: 'bounced@example.org', status: 'bounced' });
    const answers = [];
    for (const email of [
      'new@example.org',
      'pending@example.org',
      'active@example.org',
      'gone@example.org',
      'bounced@example.org',
    ]) {
      const json = await subscribeJson({ email, topics: ['ai'], cadence: 'daily' });
      const page = await subscribeForm([
        ['email', email],
        ['topics', 'ai'],
        ['cadence', 'daily'],
      ]);
      // The redirect carries the request typed (sealed) and nothing else: take the address out, all else is equal.
      const location = new URL(String(page.headers?.location), SITE);
      const shown = await api(
        event({ path: '/check-inbox', query: Object.fromEntries(location.searchParams) }),
      );
      expect(String(shown.body)).toContain(email);
      answers.push(
        JSON.stringify([
          json.statusCode,
          json.body,
          json.headers,
          page.statusCode,
          page.body,
          { ...page.headers, location: location.pathname },
          String(shown.body)
            .replaceAll(email, 'EMAIL')
            .replaceAll(encodeURIComponent(location.searchParams.get('r')!), 'RECEIPT'),
        ]),
      );
    }
    expect(new Set(answers).size).toBe(1);
  });

  it('mails one confirmation to an inbox whatever its +tag and dot variants (issue 16 #1)', async () => {
    for (let i = 0; i < 60; i++) {
      const email = i % 2 ? `victim+t${i}@example.org` : `vic.tim+${i}@gmail.com`;
      const res = await subscribeJson({ email, topics: ['ai'] });
      expect(res.statusCode).toBe(202);
    }
    // One per inbox: victim@example.org and victim@gmail.com.
    expect(mailer.sent).toHaveLength(2);
  });

  it('caps confirmations per hour at the budget across many domains and networks, with the same answer', async () => {
    api = apiWith({ confirmationsPerHour: 10 });
    const answers = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const e = event({
        method: 'POST',
        path: '/api/subscriptions',
        headers: JSON_HEADERS,
        body: JSON.stringify({ email: `r${i}@d${i}.example`, topics: ['ai'] }),
      });
      e.requestContext.http.sourceIp = `198.51.${i}.9`;
      const res = await api(e);
      answers.add(`${res.statusCode} ${res.body}`);
    }
    expect(mailer.sent).toHaveLength(10);
    expect(answers.size).toBe(1);
    // Over the budget nothing is stored either.
    expect(store.all()).toHaveLength(10);
  });

  it('gives the limits back when the email cannot be sent, and says to try again later (issue 16 #7)', async () => {
    const failing = Object.create(mailer) as CapturingMailer;
    let fail = true;
    failing.send = async (email) => {
      if (fail) {
        fail = false;
        throw new MailerError('transient', 'SES timed out');
      }
      return mailer.send(email);
    };
    api = apiWith({ mailer: failing });
    const first = await subscribeForm([
      ['email', 'retry@example.org'],
      ['topics', 'ai'],
    ]);
    expect(first.statusCode).toBe(503);
    expect(String(first.body)).toContain('请稍后再试');
    const again = await subscribeForm([
      ['email', 'retry@example.org'],
      ['topics', 'ai'],
    ]);
    // A form's success is the redirect to the check-inbox page.
    expect(again.statusCode).toBe(303);
    expect(mailer.sent).toHaveLength(1);
  });

  it('answers byte for byte the same to one request whatever state its address is in', async () => {
    const request: [string, string][] = [
      ['email', 'same@example.org'],
      ['topics', 'ai'],
      ['topics', 'health'],
      ['cadence', 'weekly'],
      ['lang', 'zh-Hant'],
    ];
    const states: Partial<Subscriber>[] = [
      {},
      { status: 'pending', topics: {} },
      { status: 'active' },
      { status: 'paused', pause: { since: '2026-01-01T00:00:00.000Z', until: '2026-12-01T00:00:00.000Z' } },
      { status: 'unsubscribed', topics: {} },
      { status: 'bounced' },
      { status: 'complained' },
    ];
    const answers = new Set<string>();
    for (const [i, state] of states.entries()) {
      store = new FakeStore();
      api = apiWith({ store });
      if (i > 0) seed({ id: 's', email: 'same@example.org', ...state });
      const res = await subscribeForm(request);
      expect(res.statusCode).toBe(303);
      answers.add(JSON.stringify([res.statusCode, res.headers, res.body]));
    }
    expect(answers.size).toBe(1);
  });

  it('mails one confirmation for 20 requests within 10 minutes, and again after the window', async () => {
    for (let i = 0; i < 20; i++) {
      const res = await subscribeJson({ email: 'flood@example.org', topics: ['ai'], cadence: 'daily' });
      expect(res.statusCode).toBe(202);
      clock.advance(20);
    }
    expect(mailer.sent).toHaveLength(1);
    clock.advance(600);
    await subscribeJson({ email: 'flood@example.org', topics: ['ai'], cadence: 'daily' });
    expect(mailer.sent).toHaveLength(2);
  });

  it('adds the topics of a new request to an active subscription, only once the mailbox owner confirms', async () => {
    seed({ id: 'a', email: 'active@example.org', topics: { health: 'daily' } });
    await subscribeJson({ email: 'active@example.org', topics: ['talent'], cadence: 'instant', lang: 'zh' });
    const before = await store.get('a');
    expect(before).toMatchObject({ status: 'active', topics: { health: 'daily' }, locale: 'en' });
    const mail = await readMail(mailer.sent[0]!);
    const res = await postForm('/confirm', [['token', mail.link('/confirm').searchParams.get('token')!]]);
    expect(res.statusCode).toBe(200);
    const after = await store.get('a');
    // Merged, never replaced; the reader's own locale stays.
    expect(after).toMatchObject({
      status: 'active',
      topics: { health: 'daily', talent: 'instant' },
      locale: 'en',
    });
    expect(after?.pending).toBeUndefined();
    expect(after?.consent.confirmedAt).toBe(clock.now().toISOString());
  });

  it('sends nothing to bounced or complained addresses but answers the same', async () => {
    seed({ id: 'b', email: 'bounced@example.org', status: 'bounced' });
    const res = await subscribeJson({ email: 'bounced@example.org', topics: ['ai'], cadence: 'daily' });
    expect(res.statusCode).toBe(202);
    expect(mailer.sent).toHaveLength(0);
  });

  it('logs the outcome with a masked address only', async () => {
    await subscribeJson({ email: 'alice.secret@example.org', topics: ['ai'], cadence: 'daily' });
    const text = JSON.stringify(logger.lines);
    expect(text).toContain('a***@example.org');
    expect(text).not.toContain('alice.secret');
  });
});

describe('POST /api/subscriptions rejects bad input and stores nothing', () => {
  const cases: [string, () => Promise<{ statusCode?: number }>, number][] = [
    [
      'malformed JSON',
      () =>
        api(event({ method: 'POST', path: '/api/subscriptions', headers: JSON_HEADERS, body: '{"email":' })),
      400,
    ],
    [
      'unknown JSON field',
      () => subscribeJson({ email: 'x@example.org', topics: ['ai'], cadence: 'daily', admin: true }),
      400,
    ],
    [
      'unknown topic',
      () => subscribeJson({ email: 'x@example.org', topics: ['ai', 'crypto'], cadence: 'daily' }),
      400,
    ],
    [
      'more topics than exist',
      () => subscribeJson({ email: 'x@example.org', topics: ['ai', 'ai', 'ai', 'ai'], cadence: 'daily' }),
      400,
    ],
    ['no topic', () => subscribeJson({ email: 'x@example.org', topics: [], cadence: 'daily' }), 400],
    [
      'invalid email',
      () => subscribeJson({ email: 'x@example.org, y@evil.test', topics: ['ai'], cadence: 'daily' }),
      400,
    ],
    ['bad cadence', () => subscribeJson({ email: 'x@example.org', topics: ['ai'], cadence: 'hourly' }), 400],
    [
      'bad lang',
      () => subscribeJson({ email: 'x@example.org', topics: ['ai'], cadence: 'daily', lang: 'fr' }),
      400,
    ],
    ['wrong type', () => subscribeJson({ email: 42, topics: 'ai', cadence: 'daily' }), 400],
    ['empty body', () => api(event({ method: 'POST', path: '/api/subscriptions', headers: FORM })), 400],
    [
      'body over 8 KB',
      () =>
        subscribeJson({ email: 'x@example.org', topics: ['ai'], cadence: 'daily', pad: 'x'.repeat(9000) }),
      413,
    ],
    [
      'unsupported media type',
      () =>
        api(
          event({
            method: 'POST',
            path: '/api/subscriptions',
            headers: { 'content-type': 'text/plain' },
            body: 'hi',
          }),
        ),
      415,
    ],
    [
      'cross-site Origin',
      () =>
        subscribeJson(
          { email: 'x@example.org', topics: ['ai'], cadence: 'daily' },
          { origin: 'https://evil.test' },
        ),
      403,
    ],
    [
      'Sec-Fetch-Site cross-site',
      () =>
        subscribeForm(
          [
            ['email', 'x@example.org'],
            ['topics', 'ai'],
            ['cadence', 'daily'],
          ],
          { ...FORM, origin: SITE, 'sec-fetch-site': 'cross-site' },
        ),
      403,
    ],
  ];
  it.each(cases)('%s', async (_name, run, status) => {
    const before = store.snapshot();
    const res = await run();
    expect(res.statusCode).toBe(status);
    expect(store.snapshot()).toBe(before);
    expect(mailer.sent).toHaveLength(0);
  });

  it('re-renders the form with escaped values and clear problems', async () => {
    const res = await subscribeForm([
      ['email', '"><script>x</script>'],
      ['topics', 'health'],
      ['cadence', 'weekly'],
      ['lang', 'zh'],
      ['ui', 'en'],
    ]);
    expect(res.statusCode).toBe(400);
    const body = String(res.body);
    expect(body).toContain('role="alert"');
    expect(body).toContain('Enter a valid email address.');
    expect(body).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(body).not.toContain('<script>x');
    expect(body).toMatch(/value="health" checked/);
    expect(body).toMatch(/id="locale-zh-Hans" name="lang" value="zh-Hans" checked/);
  });

  it('names the field and the problem of each mistake in a JSON request', async () => {
    const res = await subscribeJson({
      email: 'nope',
      topics: ['ai', 'health', 'crypto'],
      cadence: 'daily',
      language: 'en',
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(String(res.body))).toEqual({
      error: 'invalid-request',
      problems: [
        {
          field: 'language',
          code: 'unknownField',
          message: 'unknown field "language" (did you mean "lang"?)',
        },
        { field: 'email', code: 'email', message: 'email: must contain exactly one @' },
        {
          field: 'topics[2]',
          code: 'unknownTopic',
          message: 'topics[2]: unknown topic (see GET /api/topics)',
        },
      ],
    });
    const more = await subscribeJson({
      email: '用户@example.org',
      topics: { ai: 'hourly' },
      lang: 'fr',
      contentLangs: ['zh', 'de'],
    });
    expect(JSON.parse(String(more.body)).problems.map((p: { message: string }) => p.message)).toEqual([
      'email: the part before @ must use only ASCII letters, digits and . _ + - (mail to other characters cannot be delivered)',
      'topics.ai: must be one of instant, daily, weekly',
      'lang: must be one of zh-Hans, zh-Hant, en',
      'contentLangs[1]: must be one of zh, en',
    ]);
    expect(store.all()).toEqual([]);
    expect(mailer.sent).toEqual([]);
  });

  it('accepts an internationalized domain, stores it in punycode and a topic → cadence object', async () => {
    const res = await subscribeJson({
      email: 'Reader@例子.中国',
      topics: { ai: 'weekly', health: 'instant' },
      lang: 'zh-Hant',
      contentLangs: ['zh'],
    });
    expect(res.statusCode).toBe(202);
    const stored = await store.getByEmail('reader@xn--fsqu00a.xn--fiqs8s');
    expect(stored?.pending).toMatchObject({
      topics: { ai: 'weekly', health: 'instant' },
      locale: 'zh-Hant',
      contentLangs: ['zh'],
    });
  });

  it('answers a malformed JSON body with a JSON error, no stack', async () => {
    const res = await api(
      event({ method: 'POST', path: '/api/subscriptions', headers: JSON_HEADERS, body: '{' }),
    );
    expect(JSON.parse(String(res.body))).toMatchObject({ error: 'malformed' });
    expect(String(res.body)).not.toMatch(/at .*\.ts/);
  });
});

describe('confirmation', () => {
  it('GET /confirm shows a button and changes nothing; POST /confirm activates', async () => {
    await subscribeJson({ email: 'c@example.org', topics: ['ai'], cadence: 'daily', lang: 'en' });
    const confirmUrl = (await readMail(mailer.sent[0]!)).link('/confirm');
    const before = store.snapshot();
    const page = await api(event({ path: '/confirm', query: Object.fromEntries(confirmUrl.searchParams) }));
    expect(page.statusCode).toBe(200);
    expect(page.headers?.['cache-control']).toBe('no-store');
    expect(String(page.body)).toContain('<form method="post" action="/confirm">');
    expect(store.snapshot()).toBe(before);

    const done = await postForm('/confirm', [['token', confirmUrl.searchParams.get('token')!]]);
    expect(done.statusCode).toBe(200);
    expect(String(done.body)).toContain('/preferences?token=');
    const s = await store.getByEmail('c@example.org');
    expect(s).toMatchObject({ status: 'active', topics: { ai: 'daily' } });
    expect(s?.consent.confirmedAt).toBeDefined();
    // A second click is harmless.
    const again = await postForm('/confirm', [['token', confirmUrl.searchParams.get('token')!]]);
    expect(again.statusCode).toBe(200);
  });

  it('the welcome email lists the newest articles on the reader’s topics and languages; a failed read leaves them out', async () => {
    const section = (slug: string, topic: string, lang: 'zh' | 'en', hoursAgo: number) => ({
      articleSlug: slug,
      articleTitle: `Title of ${slug}`,
      sectionId: 'lead',
      heading: 'h',
      lang,
      paragraphs: ['p'],
      themes: [{ topic, score: 1, paragraphs: [0], evidence: [] }],
      publishedAt: new Date(clock.now().getTime() - hoursAgo * 3_600_000).toISOString(),
    });
    const asked: [string, string][] = [];
    const content = {
      async sectionsBetween(from: string, until: string) {
        asked.push([from, until]);
        return [
          section('old-ai', 'ai', 'en', 48),
          section('new-ai', 'ai', 'en', 1),
          section('zh-ai', 'ai', 'zh', 2),
          section('health', 'health', 'en', 3),
        ];
      },
    };
    const welcomes: { locale: string; latest: unknown }[] = [];
    const welcome = {
      async render(locale: Locale, recap: readonly string[], latest: readonly LatestArticle[]) {
        welcomes.push({ locale, latest });
        return {
          template: 'welcome',
          lang: 'en' as const,
          subject: 'Welcome',
          preheader: '',
          html: `<p>${recap.join('')}</p>`,
          text: recap.join('\n'),
          placeholders: [],
        };
      },
    };
    api = apiWith({ content, welcome });
    // English articles only: the Chinese one on the same topic is left out.
    await subscribeJson({ email: 'w@example.org', topics: ['ai'], contentLangs: ['en'], lang: 'en' });
    const confirmToken = (await readMail(mailer.sent.at(-1)!)).link('/confirm').searchParams.get('token')!;
    await api(
      event({ method: 'POST', path: '/confirm', headers: FORM, body: form([['token', confirmToken]]) }),
    );
    expect(welcomes).toEqual([
      {
        locale: 'en',
        latest: [
          { title: 'Title of new-ai', url: `${SITE}/articles/new-ai` },
          { title: 'Title of old-ai', url: `${SITE}/articles/old-ai` },
        ],
      },
    ]);
    expect(Date.parse(asked[0]![1]) - Date.parse(asked[0]![0])).toBe(WELCOME_LATEST_DAYS * 86_400_000);
    expect((await readMail(mailer.sent.at(-1)!)).parsed.subject).toBe('Welcome');

    api = apiWith({
      content: {
        async sectionsBetween() {
          throw new Error('DynamoDB unavailable');
        },
      },
      welcome,
    });
    const { done } = await subscribeAndConfirm('w2@example.org', ['ai'], 'daily', 'en');
    expect(String(done.body)).toContain('/preferences?token=');
    expect(welcomes.at(-1)?.latest).toEqual([]);
    expect(logger.lines.some((e) => e.message === 'welcome: recent articles not read')).toBe(true);
  });

  it('a confirmation link expires after 7 days', async () => {
    await subscribeJson({ email: 'late@example.org', topics: ['ai'], cadence: 'daily' });
    const confirmToken = (await readMail(mailer.sent[0]!)).link('/confirm').searchParams.get('token')!;
    clock.advance(7 * 24 * 3600 + 1);
    const before = store.snapshot();
    const res = await api(
      event({ method: 'POST', path: '/confirm', headers: FORM, body: form([['token', confirmToken]]) }),
    );
    expect(res.statusCode).toBe(400);
    expect(store.snapshot()).toBe(before);
  });

  it('refuses a cross-site confirmation post', async () => {
    seed({
      id: 'p',
      email: 'p@example.org',
      status: 'pending',
      topics: {},
      pending: {
        nonce: 'n1',
        topics: { ai: 'daily' },
        locale: 'en',
        contentLangs: ['en'],
        requestedAt: '2026-01-10T07:00:00.000Z',
        expiresAt: '2026-01-17T07:00:00.000Z',
        method: 'api',
      },
    });
    const before = store.snapshot();
    const res = await api(
      event({
        method: 'POST',
        path: '/confirm',
        headers: { ...FORM, 'sec-fetch-site': 'cross-site', origin: 'https://evil.test' },
        body: form([['token', token('p', 'confirm')]]),
      }),
    );
    expect(res.statusCode).toBe(403);
    expect(store.snapshot()).toBe(before);
  });
});

describe('tokens that must be refused', () => {
  const good = () => token('a', 'manage');
  const cases: [string, () => string][] = [
    [
      'forged (same key id, other secret)',
      () => signToken({ sub: 'a', purpose: 'manage' }, [{ id: TEST_KEYS[0]!.id, secret: randomBytes(32) }]),
    ],
    [
      'unknown key id',
      () => signToken({ sub: 'a', purpose: 'manage' }, [{ id: 'other', secret: randomBytes(32) }]),
    ],
    [
      'tampered',
      () => {
        const t = good();
        const i = Math.floor(t.length / 2);
        return t.slice(0, i) + (t[i] === 'A' ? 'B' : 'A') + t.slice(i + 1);
      },
    ],
    ['truncated', () => good().slice(0, -5)],
    ['wrong purpose', () => token('a', 'unsubscribe', 'digest:daily')],
    ['garbage', () => 'not-a-token'],
  ];
  it.each(cases)('%s → 400 page on GET and POST, nothing changed', async (_name, make) => {
    seed({ id: 'a', email: 'a@example.org' });
    const before = store.snapshot();
    const t = make();
    const get = await api(event({ path: '/preferences', query: { token: t } }));
    expect(get.statusCode).toBe(400);
    expect(String(get.body)).toContain('链接无效');
    const post = await postForm('/preferences', [
      ['token', t],
      ['lang', 'en'],
      ['topic.ai', 'daily'],
    ]);
    expect(post.statusCode).toBe(400);
    expect(store.snapshot()).toBe(before);
  });

  it('expired: the page offers a fresh link by email (a POST), the form posted with it changes nothing', async () => {
    seed({ id: 'a', email: 'a@example.org' });
    const before = store.snapshot();
    const t = signToken(
      { sub: 'a', purpose: 'manage', exp: Math.floor(new Date('2020-01-01').getTime() / 1000) },
      TEST_KEYS,
    );
    const get = await api(event({ path: '/preferences', query: { token: t } }));
    expect(get.statusCode).toBe(200);
    expect(String(get.body)).toContain('链接已过期');
    expect(String(get.body)).toContain('action="/fresh-link"');
    const post = await postForm('/preferences', [
      ['token', t],
      ['lang', 'en'],
      ['topic.ai', 'daily'],
    ]);
    expect(post.statusCode).toBe(400);
    expect(store.snapshot()).toBe(before);
  });

  it('refuses a missing token', async () => {
    expect((await api(event({ path: '/confirm' }))).statusCode).toBe(400);
    expect((await api(event({ path: '/unsubscribe' }))).statusCode).toBe(400);
  });
});

describe('preference center', () => {
  it('shows current topics and saves new cadences per topic', async () => {
    seed({ id: 'a', email: 'a@example.org', topics: { health: 'daily', ai: 'instant' } });
    const t = token('a', 'manage');
    const before = store.snapshot();
    const page = await api(event({ path: '/preferences', query: { token: t } }));
    expect(store.snapshot()).toBe(before);
    expect(page.statusCode).toBe(200);
    expect(page.headers?.['cache-control']).toBe('no-store');
    const body = String(page.body);
    expect(body).toMatch(/name="topic.health">[\s\S]*?<option value="daily" selected>/);
    expect(body).toMatch(/name="topic.talent"><option value="none" selected>/);

    const saved = await postForm('/preferences', [
      ['token', t],
      ['topic.health', 'weekly'],
      ['topic.ai', 'none'],
      ['topic.talent', 'instant'],
      ['lang', 'zh'],
      ['action', 'save'],
    ]);
    expect(saved.statusCode).toBe(200);
    expect(String(saved.body)).toContain('偏好已保存');
    expect(await store.get('a')).toMatchObject({
      status: 'active',
      topics: { health: 'weekly', talent: 'instant' },
      locale: 'zh-Hans',
    });
  });

  it('refuses a form with no topic left (never an implied unsubscribe); the button unsubscribes from everything', async () => {
    seed({ id: 'a', email: 'a@example.org' });
    seed({ id: 'b', email: 'b@example.org' });
    const empty = await postForm('/preferences', [
      ['token', token('a', 'manage')],
      ['topic.health', 'none'],
      ['lang', 'en'],
    ]);
    expect(empty.statusCode).toBe(400);
    expect(String(empty.body)).toContain('Keep at least one topic');
    expect(await store.get('a')).toMatchObject({ status: 'active', topics: { health: 'daily' }, version: 0 });
    const res = await postForm('/preferences', [
      ['token', token('b', 'manage')],
      ['action', 'unsubscribe-all'],
    ]);
    expect(res.statusCode).toBe(200);
    expect(await store.get('b')).toMatchObject({ status: 'unsubscribed', topics: {} });
  });

  it('rejects unknown topics and cadences without saving', async () => {
    seed({ id: 'a', email: 'a@example.org' });
    const before = store.snapshot();
    for (const fields of [
      [
        ['topic.crypto', 'daily'],
        ['lang', 'en'],
      ],
      [
        ['topic.ai', 'hourly'],
        ['lang', 'en'],
      ],
      [
        ['topic.ai', 'daily'],
        ['lang', 'fr'],
      ],
    ] as [string, string][][]) {
      const res = await postForm('/preferences', [['token', token('a', 'manage')], ...fields]);
      expect(res.statusCode).toBe(400);
    }
    expect(store.snapshot()).toBe(before);
  });

  it('does not reactivate an unsubscribed address', async () => {
    seed({ id: 'u', email: 'u@example.org', status: 'unsubscribed', topics: {} });
    const before = store.snapshot();
    const res = await postForm('/preferences', [
      ['token', token('u', 'manage')],
      ['topic.ai', 'daily'],
      ['lang', 'en'],
    ]);
    expect(String(res.body)).toContain('not active');
    expect(store.snapshot()).toBe(before);
  });

  it('refuses a cross-site save', async () => {
    seed({ id: 'a', email: 'a@example.org' });
    const before = store.snapshot();
    const res = await api(
      event({
        method: 'POST',
        path: '/preferences',
        headers: { ...FORM, 'sec-fetch-site': 'cross-site', origin: 'https://evil.test' },
        body: form([
          ['token', token('a', 'manage')],
          ['action', 'unsubscribe-all'],
        ]),
      }),
    );
    expect(res.statusCode).toBe(403);
    expect(store.snapshot()).toBe(before);
  });
});

describe('unsubscribe', () => {
  it('GET shows the list and an everything button without changing state', async () => {
    seed({ id: 'a', email: 'a@example.org', topics: { health: 'instant', ai: 'daily' } });
    const before = store.snapshot();
    const res = await api(
      event({ path: '/unsubscribe', query: { token: token('a', 'unsubscribe', 'alerts') } }),
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers?.['cache-control']).toBe('no-store');
    expect(String(res.body)).toContain('All instant alerts');
    expect(String(res.body)).toContain('name="scope" value="all"');
    expect(store.snapshot()).toBe(before);
  });

  it('one-click (urlencoded, cross-site, no Origin) ends the digest list with 200 and is idempotent', async () => {
    seed({ id: 'a', email: 'a@example.org', topics: { health: 'daily', ai: 'daily', talent: 'weekly' } });
    const t = token('a', 'unsubscribe', 'digest:daily');
    for (let i = 0; i < 3; i++) {
      const res = await api(
        event({
          method: 'POST',
          path: '/unsubscribe',
          query: { token: t },
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
          body: 'List-Unsubscribe=One-Click',
        }),
      );
      expect(res.statusCode).toBe(200);
      expect(res.headers?.location).toBeUndefined();
      expect(await store.get('a')).toMatchObject({ status: 'active', topics: { talent: 'weekly' } });
    }
  });

  it('one-click as multipart/form-data (base64 body) ends all alerts, also from an old per-topic link; nothing left → unsubscribed', async () => {
    seed({ id: 'a', email: 'a@example.org', topics: { health: 'instant', talent: 'instant' } });
    const boundary = '----tidings42';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`;
    const res = await api(
      event({
        method: 'POST',
        path: '/unsubscribe',
        query: { token: token('a', 'unsubscribe', 'alerts:health') },
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: Buffer.from(body),
      }),
    );
    expect(res.statusCode).toBe(200);
    expect(await store.get('a')).toMatchObject({ status: 'unsubscribed', topics: {} });
  });

  it('the page buttons end one list or everything; cross-site page posts are refused', async () => {
    seed({ id: 'a', email: 'a@example.org', topics: { health: 'instant', ai: 'daily' } });
    const t = token('a', 'unsubscribe', 'alerts:health');
    const refused = await api(
      event({
        method: 'POST',
        path: '/unsubscribe',
        query: { token: t },
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.test' },
        body: form([['scope', 'all']]),
      }),
    );
    expect(refused.statusCode).toBe(403);
    await api(
      event({
        method: 'POST',
        path: '/unsubscribe',
        query: { token: t },
        headers: FORM,
        body: form([['scope', 'list']]),
      }),
    );
    expect(await store.get('a')).toMatchObject({ status: 'active', topics: { ai: 'daily' } });
    const all = await api(
      event({
        method: 'POST',
        path: '/unsubscribe',
        query: { token: t },
        headers: FORM,
        body: form([['scope', 'all']]),
      }),
    );
    expect(all.statusCode).toBe(200);
    expect(await store.get('a')).toMatchObject({ status: 'unsubscribed', topics: {} });
  });

  it('the confirmation email’s unsubscribe link (no list) ends everything and drops the pending request', async () => {
    await subscribeJson({ email: 'z@example.org', topics: ['ai'], cadence: 'daily' });
    const mail = await readMail(mailer.sent[0]!);
    const unsub = mail.link('/unsubscribe');
    const res = await api(
      event({
        method: 'POST',
        path: '/unsubscribe',
        query: Object.fromEntries(unsub.searchParams),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      }),
    );
    expect(res.statusCode).toBe(200);
    const s = await store.getByEmail('z@example.org');
    expect(s?.status).toBe('unsubscribed');
    expect(s?.pending).toBeUndefined();
    // The old confirmation link no longer brings the address back.
    const confirm = await postForm('/confirm', [['token', mail.link('/confirm').searchParams.get('token')!]]);
    expect(confirm.statusCode).toBe(400);
    expect((await store.getByEmail('z@example.org'))?.status).toBe('unsubscribed');
  });

  it('one-click with an invalid token is refused', async () => {
    const res = await api(
      event({
        method: 'POST',
        path: '/unsubscribe',
        query: { token: 'bogus' },
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      }),
    );
    expect(res.statusCode).toBe(400);
  });
});

describe('full flow and errors', () => {
  it('subscribe → confirm → change topics → one-click unsubscribe', async () => {
    const { mail } = await subscribeAndConfirm('flow@example.org', ['health', 'ai'], 'daily');
    const manage = mail.link('/preferences').searchParams.get('token')!;
    await postForm('/preferences', [
      ['token', manage],
      ['topic.health', 'daily'],
      ['topic.ai', 'weekly'],
      ['lang', 'en'],
    ]);
    const s = await store.getByEmail('flow@example.org');
    expect(s).toMatchObject({ status: 'active', topics: { health: 'daily', ai: 'weekly' } });
    await api(
      event({
        method: 'POST',
        path: '/unsubscribe',
        query: { token: token(s!.id, 'unsubscribe', 'digest:weekly') },
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      }),
    );
    expect((await store.get(s!.id))?.topics).toEqual({ health: 'daily' });
  });

  it('unknown route → 404 page', async () => {
    const res = await api(event({ path: '/nope' }));
    expect(res.statusCode).toBe(404);
    expect(String(res.body)).toContain('页面不存在');
    expect((await api(event({ method: 'POST', path: '/' }))).statusCode).toBe(404);
  });

  it('an unexpected failure → 500 page with the request id, no stack, logged without the address', async () => {
    store.failNext = new Error('DynamoDB exploded for boom@example.org');
    const res = await subscribeForm([
      ['email', 'boom@example.org'],
      ['topics', 'ai'],
      ['cadence', 'daily'],
    ]);
    expect(res.statusCode).toBe(500);
    const body = String(res.body);
    expect(body).toContain('req-123');
    expect(body).not.toContain('exploded');
    expect(body).not.toMatch(/\.ts:\d+/);
    const logged = JSON.stringify(logger.lines);
    expect(logged).toContain('exploded');
    expect(logged).toContain('req-123');
    expect(logged).not.toContain('boom@example.org');
  });
});

describe('key rotation', () => {
  it('learns a key added after it started from the first link that names it, at most once a minute', async () => {
    const rotated: TokenKey = { id: 'test-2', secret: randomBytes(32) };
    let reloads = 0;
    let secret = [rotated, ...TEST_KEYS];
    const rotating = apiWith({
      reloadTokenKeys: async () => {
        reloads++;
        return secret;
      },
    });
    seed({ id: 'a', email: 'a@example.org' });
    const manage = (key: TokenKey) =>
      signToken({ sub: 'a', purpose: 'manage', exp: Math.floor(clock.now().getTime() / 1000) + 3600 }, [key]);

    // A sender that started after the rotation signed with the new key; this instance has never seen it.
    const page = await rotating(event({ path: '/preferences', query: { token: manage(rotated) } }));
    expect(page.statusCode).toBe(200);
    expect(reloads).toBe(1);
    // Known keys never trigger a reload, and unknown ones at most once a minute.
    expect(
      (await rotating(event({ path: '/preferences', query: { token: manage(TEST_KEYS[0]!) } }))).statusCode,
    ).toBe(200);
    const stranger: TokenKey = { id: 'forged', secret: randomBytes(32) };
    secret = [stranger, rotated, ...TEST_KEYS];
    expect(
      (await rotating(event({ path: '/preferences', query: { token: manage(stranger) } }))).statusCode,
    ).toBe(400);
    expect(reloads).toBe(1);
    clock.advance(61);
    expect(
      (await rotating(event({ path: '/preferences', query: { token: manage(stranger) } }))).statusCode,
    ).toBe(200);
    expect(reloads).toBe(2);
  });

  it('signs new links with a key added since it started once the configured keys show it', async () => {
    const rotated: TokenKey = { id: 'test-2', secret: randomBytes(32) };
    let configured: TokenKey[] = TEST_KEYS;
    api = apiWith({ currentTokenKeys: async () => configured });
    const linkKey = async (email: string) => {
      await subscribeJson({ email, topics: ['ai'], cadence: 'daily', lang: 'en' });
      const token = (await readMail(mailer.sent.at(-1)!)).link('/confirm').searchParams.get('token')!;
      return verifyToken(token, 'confirm', [rotated], clock.now()).ok ? 'rotated' : 'old';
    };
    expect(await linkKey('before@example.org')).toBe('old');
    configured = [rotated, ...TEST_KEYS];
    expect(await linkKey('after@example.org')).toBe('rotated');
  });

  it('keeps its keys when reading the configured ones fails', async () => {
    api = apiWith({
      currentTokenKeys: async () => {
        throw new Error('ThrottlingException');
      },
    });
    expect(
      (await subscribeJson({ email: 'k@example.org', topics: ['ai'], cadence: 'daily', lang: 'en' }))
        .statusCode,
    ).toBe(202);
    expect(logger.lines.some((l) => l.level === 'warn' && l.message === 'token keys read failed')).toBe(true);
  });

  it('answers an unknown key as an invalid link when the reload itself fails', async () => {
    const rotating = apiWith({
      reloadTokenKeys: async () => {
        throw new Error('AccessDeniedException');
      },
    });
    seed({ id: 'a', email: 'a@example.org' });
    const token = signToken({ sub: 'a', purpose: 'unsubscribe' }, [
      { id: 'test-9', secret: randomBytes(32) },
    ]);
    const res = await rotating(event({ path: '/unsubscribe', query: { token } }));
    expect(res.statusCode).toBe(400);
    expect(logger.lines.some((l) => l.level === 'warn' && l.message === 'token keys reload failed')).toBe(
      true,
    );
  });
});
