// Article parser: Markdown (+ optional YAML front matter) → Article, repairing the layout damage that
// newspaper text picks up on its way into Markdown (paragraphs broken mid-sentence or mid-word, headings
// dropped into the middle of a sentence) and reporting what it cannot repair safely. Pure: no I/O.

import { mapStrings, readAsSimplified } from '../hans.ts';
import type { Diagnostic } from '../types.ts';
import { readBlocks } from './blocks.ts';
import { buildArticle } from './build.ts';
import { splitFrontMatter } from './front-matter.ts';
import { parseBylineLine } from './furniture.ts';
import { withLineMemo } from './line-memo.ts';
import { PAGE_LINE_MODEL, type PageLineModel } from './page-lines.ts';
import type { Byline, ParseResult } from './types.ts';

/** Articles are a few thousand characters; anything over this is a mistake (an export, a dump, a binary). */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** A Pandoc review comment's start (with its note) or its end mark, on one line: `[…]{.comment-start …}`, `[]{.comment-end …}`. */
const REVIEW_COMMENT =
  /\[[^\]\n]{0,2000}\]\{\.comment-start[^}\n]{0,300}\}|\[\]\{\.comment-end[^}\n]{0,100}\}/g;

export interface ParseOptions {
  /** Shown in diagnostics and used for the slug when the front matter has none. */
  file?: string;
  /**
   * The learned second opinion on lines no rule read (page-lines.ts): the trained model by default
   * (content/page-line-model.json); `null` reads with the rules alone.
   */
  pageLines?: PageLineModel | null;
}

/** Decode raw file bytes (an upload, a file on disk) and parse them; rejects oversize and non-text input first. */
export function parseArticleBytes(bytes: Uint8Array, opts: ParseOptions = {}): ParseResult {
  const { file } = opts;
  if (bytes.byteLength > MAX_ARTICLE_BYTES) return fail(tooLarge(bytes.byteLength, file));
  if (bytes.includes(0)) return fail(binary('it contains NUL bytes', file));
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail({
      severity: 'error',
      code: 'invalid-utf8',
      message: 'the file is not valid UTF-8 text: save it as UTF-8 (it may be a binary file or a GBK export)',
      file,
    });
  }
  return parseArticle(source, opts);
}

export function parseArticle(source: string, opts: ParseOptions = {}): ParseResult {
  const { file } = opts;
  // A UTF-16 code unit is at most 3 UTF-8 bytes: only long strings need the exact count.
  if (source.length * 3 > MAX_ARTICLE_BYTES) {
    const bytes = new TextEncoder().encode(source).byteLength;
    if (bytes > MAX_ARTICLE_BYTES) return fail(tooLarge(bytes, file));
  }
  const contentProblem = checkContent(source, file);
  if (contentProblem?.severity === 'error') return fail(contentProblem);

  // Web copy brings no-break and thin spaces (`KESTREL&nbsp;BAY (Reuters)`) and zero-width marks (WeChat's U+200B):
  // layout, not text, so rules read them as a space or nothing. (U+3000 stays: Chinese pages use it as a separator.)
  const text = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' ')
    .replace(/[\u200b\u2060\ufeff]/g, '')
    // Full-width digits and Latin letters (２０２６年３月, ＧＰＵ) from older newspaper systems: GB/T 15834 sets them
    // half-width, and dates, amounts and names are read from them. Full-width punctuation stays.
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/(?<=\d)\uff0e(?=\d)/g, '.')
    // (session 13) A Word file's review comments as Pandoc exports them, `[the reviewer's note]{.comment-start id="0"
    // author="…" date="…"}the text commented on[]{.comment-end id="0"}`: the reviewers' talk, never the text; the
    // text commented on stays where it stood.
    .replace(REVIEW_COMMENT, '');
  if (text.trim() === '') {
    return fail({
      severity: 'error',
      code: 'empty-file',
      message: 'the file is empty: write the article in Markdown with a # title and ## sections',
      file,
    });
  }

  const fm = splitFrontMatter(text, file);
  const diagnostics: Diagnostic[] = [...fm.diagnostics];
  if (contentProblem) diagnostics.push(contentProblem);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  if (fm.body.trim() === '') {
    return fail({
      severity: 'error',
      code: 'empty-article',
      message: 'the file has front matter but no article text after it: add the # title and the body',
      file,
      line: fm.bodyLineOffset,
    });
  }

  // A page in Traditional characters is read as Simplified, so the Chinese rules apply, and given back in its own.
  const hans = readAsSimplified(fm.body);
  const found: Diagnostic[] = [];
  const blocks = readBlocks(hans?.text ?? fm.body, fm.bodyLineOffset, file, found);
  // (the line readers' answers are remembered while this article is built, and only then: line-memo.ts)
  const built = withLineMemo(() =>
    buildArticle(
      blocks,
      fm.frontMatter ?? {},
      file,
      found,
      opts.pageLines === undefined ? PAGE_LINE_MODEL : opts.pageLines,
    ),
  );
  const article = hans && built ? mapStrings(built, hans.back) : built;
  diagnostics.push(...(hans ? mapStrings(found, hans.back) : found));
  return article ? { article, diagnostics } : { diagnostics };
}

function fail(d: Diagnostic): ParseResult {
  return { diagnostics: [d] };
}

function tooLarge(bytes: number, file: string | undefined): Diagnostic {
  return {
    severity: 'error',
    code: 'file-too-large',
    message: `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the 2 MB limit for an article: split it or remove embedded data`,
    file,
  };
}

function binary(why: string, file: string | undefined): Diagnostic {
  return {
    severity: 'error',
    code: 'binary-content',
    message: `the file looks binary, not Markdown (${why}): check that the right file was given`,
    file,
  };
}

/** NUL bytes, replacement characters or many control characters mean this is not an editor's text file. */
function checkContent(source: string, file: string | undefined): Diagnostic | undefined {
  if (source.includes('\0')) return binary('it contains NUL characters', file);
  if (source.includes('\uFFFD')) {
    return {
      severity: 'error',
      code: 'invalid-utf8',
      message:
        'the text contains U+FFFD replacement characters, so it was decoded from something that is not UTF-8: re-save the source as UTF-8',
      file,
      line: lineOfOffset(source, source.indexOf('\uFFFD')),
    };
  }
  // Tab, LF and CR are text; every other C0 control (and DEL) is not.
  let controls = 0;
  let first = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f) {
      controls++;
      if (first < 0) first = i;
    }
  }
  // A few strays come from copy-paste; many (over 1% of the text) mean the file is not text at all.
  if (controls > 3 && controls / source.length > 0.01) {
    return binary(`${controls} control characters in ${source.length}`, file);
  }
  if (controls > 0) {
    const line = lineOfOffset(source, first);
    return {
      severity: 'warning',
      code: 'control-characters',
      message: `${controls} invisible control character(s), first at line ${line}: remove them`,
      file,
      line,
    };
  }
  return undefined;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The byline of one line (`本报记者 范洁 邵阳`, `By Jane Doe and John Roe`): names only, or undefined. */
export function parseByline(raw: string): Byline | undefined {
  return parseBylineLine(raw)?.byline;
}
