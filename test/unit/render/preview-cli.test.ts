import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = new URL('../../../', import.meta.url).pathname;

describe('tidings preview', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('writes the previews where --out says and lists them with their sizes', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'tidings-cli-')), 'preview');
    dirs.push(out);
    const { stdout } = await run(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['functions/cli/main.ts', 'preview', '--out', out, '--site-url', 'http://127.0.0.1:3000'],
      { cwd: ROOT },
    );
    expect(stdout).toMatch(/digest\.zh\.html\s+[\d.]+ KB {2}模塑申城.*等 2 篇 \| tidings 每日摘要/);
    expect(stdout).toContain('articles/ai-shanghai-2025.html');
    const text = await readFile(join(out, 'digest.zh.txt'), 'utf8');
    expect(text).toContain('[http://127.0.0.1:3000/articles/ai-shanghai-2025#s1]');
    expect(text).toContain('[http://127.0.0.1:3000/preferences?token=preview]');
    expect(text).not.toContain('news.example.org');
    const files = await readdir(out);
    expect(files).toEqual(
      expect.arrayContaining(['index.html', 'digest.zh.html', 'digest.zh.txt', 'confirm.en.txt']),
    );
  });
});
