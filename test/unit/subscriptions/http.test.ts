import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from '../../../functions/pages/html.ts';
import {
  HttpError,
  isCrossSite,
  MAX_BODY_BYTES,
  negotiateLanguage,
  parseBody,
  parseMultipart,
} from '../../../functions/shared/http.ts';
import { event, SITE } from './fakes.ts';

const post = (headers: Record<string, string>, body?: string | Buffer) =>
  event({ method: 'POST', path: '/x', headers, ...(body !== undefined ? { body } : {}) });

function problem(fn: () => unknown): [number, string] | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof HttpError) return [error.status, error.problem];
    throw error;
  }
  return undefined;
}

describe('parseBody', () => {
  it('parses JSON, urlencoded (repeated fields) and multipart', () => {
    expect(parseBody(post({ 'content-type': 'application/json; charset=utf-8' }, '{"a":[1]}'))).toEqual({
      kind: 'json',
      value: { a: [1] },
    });
    const urlencoded = parseBody(
      post({ 'content-type': 'application/x-www-form-urlencoded' }, 'a=1&a=2&b=%E4%B8%AD'),
    );
    expect(urlencoded).toEqual({ kind: 'form', fields: { a: ['1', '2'], b: ['中'] } });
    const multipart = parseBody(
      post(
        { 'content-type': 'multipart/form-data; boundary="b0"' },
        Buffer.from(
          '--b0\r\nContent-Disposition: form-data; name="x"\r\n\r\n一\r\n--b0\r\ncontent-disposition: form-data; name="y"\r\n\r\n2\r\n--b0--\r\n',
        ),
      ),
    );
    expect(multipart).toEqual({ kind: 'form', fields: { x: ['一'], y: ['2'] } });
    expect(parseBody(post({}))).toEqual({ kind: 'empty' });
  });

  it('caps bodies at 8 KB (413) measured in bytes, not characters', () => {
    const ok = 'a='.concat('x'.repeat(MAX_BODY_BYTES - 2));
    expect(parseBody(post({ 'content-type': 'application/x-www-form-urlencoded' }, ok)).kind).toBe('form');
    // 2,731 three-byte characters are 8,193 bytes.
    const cjk = '中'.repeat(2731);
    expect(
      problem(() => parseBody(post({ 'content-type': 'application/x-www-form-urlencoded' }, cjk))),
    ).toEqual([413, 'too-large']);
  });

  it('refuses malformed JSON, invalid UTF-8, broken multipart, file parts and other media types', () => {
    expect(problem(() => parseBody(post({ 'content-type': 'application/json' }, '{"a"')))).toEqual([
      400,
      'malformed',
    ]);
    expect(
      problem(() => parseBody(post({ 'content-type': 'application/json' }, Buffer.from([0x7b, 0xff, 0x7d])))),
    ).toEqual([400, 'malformed']);
    expect(problem(() => parseBody(post({ 'content-type': 'multipart/form-data' }, 'x')))).toEqual([
      400,
      'malformed',
    ]);
    expect(
      problem(() => parseMultipart('--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nv\r\n', 'b')),
    ).toEqual([400, 'malformed']);
    expect(
      problem(() =>
        parseMultipart(
          '--b\r\nContent-Disposition: form-data; name="f"; filename="x.txt"\r\n\r\nv\r\n--b--',
          'b',
        ),
      ),
    ).toEqual([400, 'malformed']);
    expect(problem(() => parseBody(post({ 'content-type': 'text/xml' }, '<a/>')))).toEqual([
      415,
      'unsupported-media-type',
    ]);
  });

  it('does not let a field named like an Object prototype key break parsing', () => {
    const parsed = parseBody(
      post({ 'content-type': 'application/x-www-form-urlencoded' }, '__proto__=1&constructor=2'),
    );
    expect(parsed).toEqual({ kind: 'form', fields: { ['__proto__']: ['1'], constructor: ['2'] } });
  });
});

describe('isCrossSite', () => {
  const withHeaders = (headers: Record<string, string>) => event({ method: 'POST', path: '/x', headers });
  it('allows same-origin browsers and non-browser clients, refuses other sites', () => {
    expect(isCrossSite(withHeaders({ origin: SITE, 'sec-fetch-site': 'same-origin' }), SITE)).toBe(false);
    expect(isCrossSite(withHeaders({}), SITE)).toBe(false);
    expect(isCrossSite(withHeaders({ origin: 'https://evil.test' }), SITE)).toBe(true);
    expect(isCrossSite(withHeaders({ origin: 'null' }), SITE)).toBe(true);
    expect(isCrossSite(withHeaders({ 'sec-fetch-site': 'cross-site' }), SITE)).toBe(true);
    expect(isCrossSite(withHeaders({ 'sec-fetch-site': 'same-site', origin: SITE }), SITE)).toBe(true);
    expect(isCrossSite(withHeaders({ Origin: 'https://evil.test' }), SITE)).toBe(true);
    // Chromium under Referrer-Policy no-referrer: same-origin form post with `Origin: null`.
    expect(isCrossSite(withHeaders({ origin: 'null', 'sec-fetch-site': 'same-origin' }), SITE)).toBe(false);
    expect(isCrossSite(withHeaders({ origin: SITE, 'sec-fetch-site': 'cross-site' }), SITE)).toBe(true);
  });
});

describe('negotiateLanguage', () => {
  it('ranks by q-value, then order, and falls back', () => {
    const langs = ['zh', 'en'] as const;
    expect(negotiateLanguage('en-US,en;q=0.9,zh-CN;q=0.8', langs, 'zh')).toBe('en');
    expect(negotiateLanguage('en;q=0.5, zh-TW;q=0.6', langs, 'en')).toBe('zh');
    expect(negotiateLanguage('fr, de;q=0.9', langs, 'zh')).toBe('zh');
    expect(negotiateLanguage('en;q=0, zh;q=0.1', langs, 'en')).toBe('zh');
    expect(negotiateLanguage(undefined, langs, 'en')).toBe('en');
    expect(negotiateLanguage('garbage;;q=x', langs, 'en')).toBe('en');
  });
});

describe('html tag', () => {
  it('escapes interpolations but not nested html', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"x"'}">${inner}${['&', "'"]}</p>`.value).toBe(
      '<p title="&quot;x&quot;"><b>&lt;i&gt;</b>&amp;&#39;</p>',
    );
    expect(escapeHtml('<>&"\'')).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});
