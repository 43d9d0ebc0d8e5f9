// Bad inputs: each is rejected with an error that names the file, the problem and what to do, and no article.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, parseArticle, parseArticleBytes } from '../../../functions/core/article/parse.ts';
import type { ParseResult } from '../../../functions/core/article/types.ts';

const fixture = (name: string) => {
  const file = `test/fixtures/articles/bad/${name}`;
  return parseArticle(readFileSync(file, 'utf8'), { file });
};

function onlyError(result: ParseResult, code: string) {
  expect(result.article).toBeUndefined();
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => d.code)).toContain(code);
  return errors.find((d) => d.code === code)!;
}

describe('bad article files', () => {
  it('rejects an empty file', () => {
    const d = onlyError(fixture('empty.md'), 'empty-file');
    expect(d.file).toBe('test/fixtures/articles/bad/empty.md');
    expect(d.message).toMatch(/empty.*# title/);
  });

  it('rejects a file of blank lines as empty', () => {
    onlyError(fixture('whitespace-only.md'), 'empty-file');
  });

  it('rejects front matter with no article after it', () => {
    const d = onlyError(fixture('front-matter-only.md'), 'empty-article');
    expect(d.line).toBe(3);
  });

  it('rejects text with no title: no # heading, no front matter title, and a first line that is a sentence', () => {
    const d = onlyError(fixture('no-headings.md'), 'missing-title');
    expect(d.message).toContain('"# "');
    expect(d.line).toBe(1);
  });

  it('rejects broken front matter YAML and names the file line', () => {
    const d = onlyError(fixture('broken-yaml.md'), 'front-matter-yaml');
    // The unterminated quote opens on line 3 and yaml notices it on line 4: either is a useful pointer.
    expect([3, 4]).toContain(d.line);
    expect(d.message).toMatch(/not valid YAML.*line \d/);
  });

  it('rejects front matter that never closes', () => {
    expect(onlyError(fixture('unclosed-front-matter.md'), 'front-matter-unclosed').line).toBe(1);
  });

  it('names every invalid front matter field with its line', () => {
    const result = fixture('invalid-front-matter.md');
    expect(result.article).toBeUndefined();
    const byField = Object.fromEntries(
      result.diagnostics.map((d) => [/field "([^"]+)"/.exec(d.message)?.[1], [d.code, d.line]]),
    );
    expect(byField).toEqual({
      slug: ['front-matter-invalid', 2],
      lang: ['front-matter-invalid', 3],
      date: ['front-matter-invalid', 4],
      source: ['front-matter-invalid', 5],
      'themes.intro': ['front-matter-invalid', 8],
    });
  });

  it('rejects a string over 2 MB before parsing it (the 5 MB case)', () => {
    const big = `# Big\n\n## Section\n\n${'x'.repeat(5 * 1024 * 1024)}`;
    const d = onlyError(parseArticle(big, { file: 'big.md' }), 'file-too-large');
    expect(d.message).toContain('5.0 MB');
    expect(d.message).toContain('2 MB');
  });

  it('counts bytes, not characters, against the limit', () => {
    // 800k Chinese characters are 2.4 MB of UTF-8.
    const big = `# 大\n\n## 节\n\n${'字'.repeat(800_000)}`;
    expect(big.length).toBeLessThan(MAX_ARTICLE_BYTES);
    onlyError(parseArticle(big, { file: 'big.md' }), 'file-too-large');
  });

  it('rejects bytes over 2 MB without decoding them', () => {
    onlyError(
      parseArticleBytes(new Uint8Array(5 * 1024 * 1024).fill(0x61), { file: 'big.md' }),
      'file-too-large',
    );
  });

  it('rejects binary garbage with NUL bytes', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    onlyError(parseArticleBytes(bytes, { file: 'photo.jpg.md' }), 'binary-content');
    onlyError(parseArticle('# T\n\n## S\n\nText\u0000more', { file: 'x.md' }), 'binary-content');
  });

  it('rejects bytes that are not UTF-8 (a GBK export)', () => {
    // “人工智能” in GBK.
    const gbk = Uint8Array.from([0x23, 0x20, 0xc8, 0xcb, 0xb9, 0xa4, 0xd6, 0xc7, 0xc4, 0xdc, 0x0a]);
    const d = onlyError(parseArticleBytes(gbk, { file: 'gbk.md' }), 'invalid-utf8');
    expect(d.message).toContain('UTF-8');
    expect(d.file).toBe('gbk.md');
  });

  it('rejects text that was already mis-decoded (replacement characters)', () => {
    const d = onlyError(
      parseArticle('# T\n\n## S\n\nbad \uFFFD\uFFFD here', { file: 'x.md' }),
      'invalid-utf8',
    );
    expect(d.line).toBe(5);
  });

  it('rejects text with a high share of control characters', () => {
    const noisy = `# T\n\n## S\n\n${'a\u0001\u0002b\u0003'.repeat(100)}`;
    onlyError(parseArticle(noisy, { file: 'x.md' }), 'binary-content');
  });

  it('only warns about a stray control character in otherwise normal text', () => {
    const result = parseArticle('# T\n\n## S\n\nA form\u000cfeed in a sentence.', { file: 'x.md' });
    expect(result.article).toBeDefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'control-characters', line: 5 }),
    ]);
  });

  it('accepts valid UTF-8 bytes with a BOM and CRLF line ends', () => {
    const text = '\uFEFF# 标题\r\n\r\n## 小节\r\n\r\n正文内容。\r\n';
    const result = parseArticleBytes(new TextEncoder().encode(text), { file: 'crlf.md' });
    expect(result.diagnostics).toEqual([]);
    expect(result.article!.title).toBe('标题');
    expect(result.article!.sections[0]!.paragraphs[0]).toMatchObject({ text: '正文内容。', line: 5 });
  });

  it('reads web copy’s no-break spaces and zero-width marks as layout, not text', () => {
    const plain = [
      '# Assembly passes audit law',
      '',
      'By Ada Roe',
      '',
      'ORLUND BAY, Vessia (Reuters) - The assembly on Tuesday passed a law requiring audits of hiring software.',
    ].join('\n');
    const web = plain.replace('ORLUND BAY', 'ORLUND\u00a0BAY').replace('By Ada Roe', 'By\u00a0Ada\u202fRoe');
    const a = parseArticle(web).article!;
    expect(a.meta?.source).toBe('Reuters');
    expect(a.byline?.names).toEqual(['Ada Roe']);
    const first = (x: typeof a) => [x.lead, ...x.sections].flatMap((s) => s.paragraphs)[0]!.text;
    expect(first(a)).toMatch(/^The assembly on Tuesday/);
    const zh = parseArticle('# 标\u200b题\n\n本报记者\u200b 王芳\n\n正\u200b文内容。\n').article!;
    expect(zh.title).toBe('标题');
    expect(zh.byline?.names).toEqual(['王芳']);
    expect(first(zh)).toBe('正文内容。');
  });
});
