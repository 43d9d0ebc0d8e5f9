import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile, readArticles } from '../../../functions/adapters/fs/articles.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tidings-articles-'));
  await writeFile(join(dir, 'b-good.md'), '# B\n\n## S\n\nText.\n');
  await writeFile(join(dir, 'a-good.md'), '# A\n\n## S\n\nText.\n');
  // 5 MB: rejected from its size alone.
  await writeFile(join(dir, 'c-huge.md'), Buffer.alloc(5 * 1024 * 1024, 0x61));
  await writeFile(
    join(dir, 'd-binary.md'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  );
  await writeFile(join(dir, 'notes.txt'), 'not an article');
  await writeFile(join(dir, '.hidden.md'), '# Hidden\n\n## S\n\nText.');
  await mkdir(join(dir, 'e-folder.md'));
  await symlink(join(dir, 'missing-target.md'), join(dir, 'f-dangling.md'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readArticles', () => {
  it('reads every *.md in a directory in name order, skipping other and hidden files', async () => {
    const results = await readArticles(dir);
    expect(results.map((r) => r.file)).toEqual(
      ['a-good.md', 'b-good.md', 'c-huge.md', 'd-binary.md', 'e-folder.md', 'f-dangling.md'].map((n) =>
        join(dir, n),
      ),
    );
  });

  it('keeps going past bad files: each gets its own error and the good ones parse', async () => {
    const byName = Object.fromEntries(
      (await readArticles(dir)).map((r) => [r.file.slice(dir.length + 1), r.result]),
    );
    expect(byName['a-good.md']!.article!.title).toBe('A');
    expect(byName['b-good.md']!.article!.title).toBe('B');
    const errorCode = (name: string) => {
      const r = byName[name]!;
      expect(r.article).toBeUndefined();
      expect(r.diagnostics[0]!.file).toBe(join(dir, name));
      return r.diagnostics[0]!.code;
    };
    expect(errorCode('c-huge.md')).toBe('file-too-large');
    expect(errorCode('d-binary.md')).toBe('binary-content');
    expect(errorCode('e-folder.md')).toBe('not-a-file');
    expect(errorCode('f-dangling.md')).toBe('unreadable-file');
  });

  it('reads a single file given directly, whatever its extension', async () => {
    const results = await readArticles(join(dir, 'a-good.md'));
    expect(results).toHaveLength(1);
    expect(results[0]!.result.article!.slug).toBe('a-good');
  });

  it('reports a path that does not exist instead of throwing', async () => {
    const missing = join(dir, 'nope');
    const results = await readArticles(missing);
    expect(results).toEqual([
      {
        file: missing,
        result: {
          diagnostics: [
            expect.objectContaining({ severity: 'error', code: 'unreadable-file', file: missing }),
          ],
        },
      },
    ]);
    expect(results[0]!.result.diagnostics[0]!.message).toContain('no such file');
  });

  it('parses the real content directory without errors', async () => {
    const results = await readArticles('content/articles');
    expect(results.map((r) => r.result.article?.slug)).toEqual([
      'ai-shanghai-2025',
      'northbridge-ai-hospitals',
    ]);
    expect(results.flatMap((r) => r.result.diagnostics).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('readArticleFile rejects a huge file from its size', async () => {
    const r = await readArticleFile(join(dir, 'c-huge.md'));
    expect(r.diagnostics[0]!.message).toContain('5.0 MB');
  });
});
