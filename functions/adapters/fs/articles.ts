// File-system adapter: reads article files (one file, or every *.md in a directory) and parses them.
// One bad file never stops the others: every problem becomes a diagnostic on that file's result.
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_ARTICLE_BYTES, parseArticleBytes } from '../../core/article/parse.ts';
import type { ParseResult } from '../../core/article/types.ts';

export interface ArticleFile {
  file: string;
  result: ParseResult;
}

/** Parse `path` (a Markdown file, or a directory whose `*.md` files are read in name order). */
export async function readArticles(path: string): Promise<ArticleFile[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (err) {
    return [{ file: path, result: unreadable(path, err) }];
  }
  if (!info.isDirectory()) return [{ file: path, result: await readArticleFile(path) }];

  let names: string[];
  try {
    names = await readdir(path);
  } catch (err) {
    return [{ file: path, result: unreadable(path, err) }];
  }
  const files = names
    .filter((n) => n.toLowerCase().endsWith('.md') && !n.startsWith('.'))
    .sort()
    .map((n) => join(path, n));
  const out: ArticleFile[] = [];
  // Sequential on purpose: a handful of small files, and a stable order in the output.
  for (const file of files) out.push({ file, result: await readArticleFile(file) });
  return out;
}

export async function readArticleFile(file: string): Promise<ParseResult> {
  try {
    const handle = await open(file, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) {
        return errorResult(file, 'not-a-file', 'not a regular file: give a Markdown file or a directory');
      }
      // Check the size before reading so a huge file is never loaded into memory.
      if (info.size > MAX_ARTICLE_BYTES) {
        return errorResult(
          file,
          'file-too-large',
          `the file is ${(info.size / 1024 / 1024).toFixed(1)} MB, over the 2 MB limit for an article: split it or remove embedded data`,
        );
      }
      const bytes = await handle.readFile();
      return parseArticleBytes(bytes, { file });
    } finally {
      await handle.close();
    }
  } catch (err) {
    return unreadable(file, err);
  }
}

function unreadable(file: string, err: unknown): ParseResult {
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'no such file or directory'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'is a directory'
          : (code ?? 'unknown error');
  return errorResult(
    file,
    'unreadable-file',
    `cannot read the file (${why}): check the path and its permissions`,
  );
}

function errorResult(file: string, code: string, message: string): ParseResult {
  return { diagnostics: [{ severity: 'error', code, message, file }] };
}
