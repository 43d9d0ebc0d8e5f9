import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildMime, MimeInputError } from '../../../functions/core/mail/mime.ts';
import { composeMimeTemplate } from '../../../functions/core/mail/mime-template.ts';
import { renderMime } from '../../../functions/core/mail/variant-mime.ts';

const variant = {
  from: { address: 'news@example.org', name: '潮汐 tidings' },
  subject: '每日摘要 · 2025-01-20 · 2 个主题',
  listId: '<daily.digest.example.org>',
  headers: { 'X-Tidings-Edition': 'daily-2025-01-20' },
};
const html = `<html lang="zh-CN"><body>${'<p>今年,王延峰代表带来一份“以罕见病为牵引打造医学人工智能创新高地”的建议。</p>'.repeat(200)}<a href="https://news.example.org/preferences?token=m.1">管理</a></body></html>`;
const text = `罕见病\n${'今年,王延峰代表带来一份建议。\n'.repeat(100)}https://news.example.org/unsubscribe?token=u.1`;
const recipient = {
  to: 'reader@example.org',
  html,
  text,
  unsubscribeUrl: 'https://news.example.org/unsubscribe?token=u.1',
  messageId: '<fixed-id@example.org>',
  date: new Date('2025-01-20T07:00:00Z'),
};

describe('MIME template per variant', () => {
  it('builds the same message as the composer, recipient by recipient', async () => {
    const template = await composeMimeTemplate({ ...variant, recipientHeaders: ['X-Tidings-Subscriber'] });
    // Stored as JSON between the planner and the senders.
    const fast = renderMime(JSON.parse(JSON.stringify(template)), {
      ...recipient,
      headers: { 'X-Tidings-Subscriber': 'sub-1' },
    });
    const slow = await buildMime({
      ...variant,
      to: recipient.to,
      html,
      text,
      unsubscribeUrl: recipient.unsubscribeUrl,
      headers: { ...variant.headers, 'X-Tidings-Subscriber': 'sub-1' },
      messageId: recipient.messageId,
      date: recipient.date,
    });
    const [a, b] = await Promise.all([simpleParser(fast), simpleParser(Buffer.from(slow))]);
    for (const field of ['subject', 'text', 'html', 'messageId', 'date'] as const)
      expect(a[field]).toEqual(b[field]);
    expect(a.from).toEqual(b.from);
    expect(a.to).toEqual(b.to);
    const headers = (m: typeof a) =>
      m.headerLines.filter((h) => !/^content-/.test(h.key)).map((h) => h.line.replace(/\r\n\s+/g, ' '));
    expect(headers(a)).toEqual(headers(b));
    const raw = fast.toString('latin1');
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
    const body = raw.slice(raw.indexOf('\r\n\r\n'));
    for (const line of body.split('\r\n'))
      if (/^[A-Za-z0-9+/=]{20,}$/.test(line)) expect(line.length).toBeLessThanOrEqual(76);
  });

  it('adds Reply-To and, with an inbound mailbox, a mailto: after the https URL in List-Unsubscribe', async () => {
    const template = await composeMimeTemplate({
      ...variant,
      replyTo: 'editors@example.org',
      unsubscribeMailbox: 'unsubscribe@in.example.org',
    });
    const raw = renderMime(template, { ...recipient, unsubscribeToken: 'k1.eyJzIjoieCJ9.sig_-' });
    const parsed = await simpleParser(raw);
    expect(parsed.replyTo?.value).toEqual([{ address: 'editors@example.org', name: '' }]);
    const line = parsed.headerLines.find((h) => h.key === 'list-unsubscribe')!.line.replace(/\r\n\s+/g, ' ');
    expect(line).toBe(
      'List-Unsubscribe: <https://news.example.org/unsubscribe?token=u.1>, <mailto:unsubscribe@in.example.org?subject=k1.eyJzIjoieCJ9.sig_->',
    );
    // The token fills a mailto: subject: nothing but URL-safe characters, and it is required.
    expect(() => renderMime(template, { ...recipient, unsubscribeToken: 'a b' })).toThrow(MimeInputError);
    expect(() => renderMime(template, recipient)).toThrow(/no value for unsubscribeToken/);
    // Without an inbound mailbox: the https URL alone.
    const plain = await simpleParser(renderMime(await composeMimeTemplate(variant), recipient));
    expect(plain.headerLines.find((h) => h.key === 'list-unsubscribe')!.line).toBe(
      'List-Unsubscribe: <https://news.example.org/unsubscribe?token=u.1>',
    );
    expect(plain.replyTo).toBeUndefined();
  });

  it('refuses values that would add a header or a recipient', async () => {
    const template = await composeMimeTemplate({ ...variant, recipientHeaders: ['X-Tidings-Subscriber'] });
    expect(() =>
      renderMime(template, { ...recipient, to: 'a@example.org,\r\nBcc: evil@example.net' }),
    ).toThrow(MimeInputError);
    expect(() => renderMime(template, { ...recipient, to: 'a@example.org, b@example.net' })).toThrow(
      MimeInputError,
    );
    expect(() =>
      renderMime(template, { ...recipient, unsubscribeUrl: 'https://x.example/u\r\nBcc: e@x.net' }),
    ).toThrow(MimeInputError);
    expect(() =>
      renderMime(template, { ...recipient, unsubscribeUrl: 'https://a.example/u>, <https://b.example' }),
    ).toThrow(MimeInputError);
    expect(() =>
      renderMime(template, { ...recipient, headers: { 'X-Tidings-Subscriber': 'x\r\nBcc: e@x.net' } }),
    ).toThrow(MimeInputError);
    expect(() => renderMime(template, { ...recipient })).toThrow(/no value for header:X-Tidings-Subscriber/);
  });
});
