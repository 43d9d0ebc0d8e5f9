// Test doubles for the subscription API: an in-memory store, a capturing mailer, a fake confirmation
// renderer that emits the real placeholders, a small taxonomy, and an API Gateway v2 event builder.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { simpleParser } from 'mailparser';
import { composeSimpleEmail } from '../../../functions/adapters/memory/mailer.ts';
import { MemorySendLimits } from '../../../functions/adapters/memory/send-limits.ts';
import { MemorySubscriberStore } from '../../../functions/adapters/memory/subscriber-store.ts';
import type { CompiledEmail } from '../../../functions/core/render/types.ts';
import { PLACEHOLDERS } from '../../../functions/core/render/types.ts';
import type { Subscriber } from '../../../functions/core/subscribers/types.ts';
import type { ConfirmationRenderer } from '../../../functions/core/subscriptions/types.ts';
import type { Taxonomy, Topic } from '../../../functions/core/topics/types.ts';
import type { Lang, TopicId } from '../../../functions/core/types.ts';
import type { SubscriptionApiDeps } from '../../../functions/handlers/http-subscriptions.ts';
import type { Clock, Mailer, RawEmail, SimpleEmail } from '../../../functions/ports.ts';
import { TEST_KEYS } from './keys.ts';

export function makeTaxonomy(extra: Topic[] = []): Taxonomy {
  const topics: Topic[] = [
    {
      id: 'ai',
      name: { zh: '人工智能', en: 'Artificial intelligence' },
      description: { zh: '大模型与算力', en: 'Models and compute' },
      terms: { zh: ['人工智能'], en: ['AI'] },
    },
    {
      id: 'health',
      name: { zh: '医疗健康', en: 'Health' },
      description: { zh: '医疗与健康', en: 'Medicine and health care' },
      terms: { zh: ['医疗'], en: ['health'] },
    },
    {
      id: 'talent',
      name: { zh: '人才', en: 'Talent' },
      description: { zh: '人才与教育', en: 'People and education' },
      terms: { zh: ['人才'], en: ['talent'] },
    },
    ...extra,
  ];
  return { topics, byId: new Map(topics.map((t) => [t.id, t])) };
}

/** The memory twin of the DynamoDB store, with one injectable failure for error-path tests. */
export class FakeStore extends MemorySubscriberStore {
  failNext?: Error;

  private check(): void {
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = undefined;
      throw error;
    }
  }
  override async get(id: string) {
    this.check();
    return super.get(id);
  }
  override async getByEmail(email: string) {
    this.check();
    return super.getByEmail(email);
  }
  override async create(subscriber: Subscriber) {
    this.check();
    return super.create(subscriber);
  }
  override async update(read: Subscriber, next: Subscriber) {
    this.check();
    return super.update(read, next);
  }
}

export class CapturingMailer implements Mailer {
  readonly sent: RawEmail[] = [];
  async sendRaw(email: RawEmail) {
    this.sent.push(email);
    return { messageId: `m-${this.sent.length}` };
  }
  async send(email: SimpleEmail) {
    return this.sendRaw(await composeSimpleEmail(email));
  }
}

export async function readMail(email: RawEmail) {
  const parsed = await simpleParser(Buffer.from(email.data));
  const html = typeof parsed.html === 'string' ? parsed.html : '';
  const link = (path: string) => {
    const match = new RegExp(`https?://[^"'\\s<>]+${path}\\?token=[A-Za-z0-9._~%-]+`).exec(html);
    if (!match) throw new Error(`no ${path} link in email`);
    return new URL(match[0].replaceAll('&amp;', '&'));
  };
  return { parsed, html, text: parsed.text ?? '', link };
}

/** Emits the same placeholders as the MJML confirm template, with the topic names it was given. */
export class FakeRenderer implements ConfirmationRenderer {
  calls: { lang: Lang; topics: TopicId[] }[] = [];
  constructor(private readonly taxonomy: Taxonomy) {}
  async render(lang: Lang, topicIds: TopicId[]): Promise<CompiledEmail> {
    this.calls.push({ lang, topics: topicIds });
    const names = topicIds.map((id) => this.taxonomy.byId.get(id)!.name[lang]).join(', ');
    return {
      template: 'confirm',
      lang,
      subject: lang === 'zh' ? '请确认订阅' : 'Confirm your subscription',
      preheader: '',
      html: `<p>${names}</p><a href="${PLACEHOLDERS.confirmUrl}">confirm</a><a href="${PLACEHOLDERS.manageUrl}">manage</a><a href="${PLACEHOLDERS.unsubscribeUrl}">unsubscribe</a>`,
      text: `${names}\n${PLACEHOLDERS.confirmUrl}\n${PLACEHOLDERS.manageUrl}\n${PLACEHOLDERS.unsubscribeUrl}`,
      placeholders: ['confirmUrl', 'manageUrl', 'unsubscribeUrl'],
    };
  }
}

export function fakePersonalize(
  compiled: CompiledEmail,
  values: { confirmUrl: string; manageUrl: string; unsubscribeUrl: string },
) {
  const fill = (s: string) =>
    s
      .replaceAll(PLACEHOLDERS.confirmUrl, values.confirmUrl)
      .replaceAll(PLACEHOLDERS.manageUrl, values.manageUrl)
      .replaceAll(PLACEHOLDERS.unsubscribeUrl, values.unsubscribeUrl);
  return { subject: compiled.subject, html: fill(compiled.html), text: fill(compiled.text) };
}

export class TestClock implements Clock {
  constructor(public current = new Date('2026-01-10T08:00:00Z')) {}
  now() {
    return new Date(this.current);
  }
  advance(seconds: number) {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }
}

export const SITE = 'https://news.example.org';

export interface EventInit {
  method?: 'GET' | 'POST' | 'HEAD';
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string | Buffer;
  base64?: boolean;
}

export function event(init: EventInit): APIGatewayProxyEventV2 {
  const method = init.method ?? 'GET';
  const query = init.query ?? {};
  const body =
    init.body === undefined
      ? undefined
      : Buffer.isBuffer(init.body) || init.base64
        ? Buffer.from(init.body).toString('base64')
        : init.body;
  return {
    version: '2.0',
    routeKey: `${method} ${init.path}`,
    rawPath: init.path,
    rawQueryString: new URLSearchParams(query).toString(),
    headers: { host: 'news.example.org', ...init.headers },
    queryStringParameters: Object.keys(query).length ? query : undefined,
    requestContext: {
      accountId: 'test',
      apiId: 'test',
      domainName: 'news.example.org',
      domainPrefix: 'news',
      http: { method, path: init.path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.77', userAgent: 'vitest' },
      requestId: 'req-123',
      routeKey: `${method} ${init.path}`,
      stage: '$default',
      time: '',
      timeEpoch: 0,
    },
    body,
    isBase64Encoded: body !== undefined && (Buffer.isBuffer(init.body) || init.base64 === true),
  };
}

export function form(fields: [string, string][]): string {
  return new URLSearchParams(fields).toString();
}

export const FORM = {
  'content-type': 'application/x-www-form-urlencoded',
  origin: SITE,
  'sec-fetch-site': 'same-origin',
};
export const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

export class CapturingLogger {
  readonly lines: { level: string; message: string; extra?: Record<string, unknown> }[] = [];
  info(message: string, extra?: Record<string, unknown>) {
    this.lines.push({ level: 'info', message, ...(extra ? { extra } : {}) });
  }
  warn(message: string, extra?: Record<string, unknown>) {
    this.lines.push({ level: 'warn', message, ...(extra ? { extra } : {}) });
  }
  error(message: string, extra?: Record<string, unknown>) {
    this.lines.push({ level: 'error', message, ...(extra ? { extra } : {}) });
  }
}

/** The subscription API's deps on fakes (limits far above what a test sends), with some replaced. */
export function apiDeps(changes: Partial<SubscriptionApiDeps> = {}): SubscriptionApiDeps {
  const taxonomy = changes.taxonomy ?? makeTaxonomy();
  return {
    store: new FakeStore(),
    limits: new MemorySendLimits(),
    confirmationsPerHour: 1000,
    mailer: new CapturingMailer(),
    renderer: new FakeRenderer(taxonomy),
    personalize: fakePersonalize,
    taxonomy,
    tokenKeys: TEST_KEYS,
    clock: new TestClock(),
    siteUrl: SITE,
    sender: { address: 'news@example.org' },
    logger: new CapturingLogger(),
    ...changes,
  };
}
