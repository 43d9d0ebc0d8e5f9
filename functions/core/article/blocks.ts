// Markdown → flat blocks: headings and text paragraphs with their source lines. Uses markdown-it for the
// block structure (lists, quotes, code, tables) and keeps, for every paragraph, where each source line starts
// in its text so that repairs and warnings can point at file lines.
import type { Token } from 'markdown-it';
import MarkdownIt from 'markdown-it';
import cjkFriendly from 'markdown-it-cjk-friendly';
import type { Diagnostic } from '../types.ts';
import { joinSeparator, trimEndCheap } from './text.ts';
import type { ParagraphKind } from './types.ts';

// `html: false`: raw HTML in an article is shown as text, never passed through to emails or pages.
// The CJK-friendly emphasis rule: `**标题。**正文` is bold in Chinese exports, which CommonMark alone does not see.
const markdown = new MarkdownIt('default', { html: false, linkify: false, typographer: false }).use(
  cjkFriendly,
);

/** Where each source line starts inside a paragraph's text, so any offset maps back to a file line. */
export interface Piece {
  start: number;
  line: number;
}

export interface Para {
  text: string;
  pieces: Piece[];
  line: number;
  lastLine: number;
  kind?: ParagraphKind;
  image?: { src: string; alt: string };
  /** Emphasis as the source marked it: the whole text bold or italic, or a bold run that opens it. */
  emphasis?: Emphasis;
  /** The story starts here (its dateline was cut off): never the rest of the paragraph before it. */
  opensStory?: boolean;
  /** Offsets of lines that opened with a full-width indent: each starts a paragraph (read, then cut). */
  indents?: number[];
  /** Every letter of the text is a link's text (`[标题](url)`): a line of links to other pages, not prose. */
  linked?: boolean;
}

export interface Emphasis {
  /** Every letter of the text is inside `**…**`: a pseudo-heading (`**记者手记**`). */
  allBold?: boolean;
  /** Every letter is inside `*…*`: the shape of a caption in many exports. */
  allItalic?: boolean;
  /** End offset of a `**bold lead-in**` that opens a longer paragraph (a brief item's title). */
  boldLeadEnd?: number;
}

export type Block =
  | { type: 'heading'; level: number; text: string; line: number }
  | ({ type: 'para' } & Para);

export function readBlocks(
  body: string,
  lineOffset: number,
  file: string | undefined,
  diagnostics: Diagnostic[],
): Block[] {
  return readBlocksOf(markdown.parse(definitionFields(body), {}), lineOffset, file, diagnostics);
}

/**
 * (session 16) A definition list as Markdown Extra and pandoc export it (`When` over `: Thursday 12 March …`) is a
 * page's field and its value: read as the one line `When: Thursday 12 March …` on the term's line (the value's line
 * is left blank, so every other line keeps its number), as a record's fields are read.
 */
function definitionFields(body: string): string {
  if (!body.includes('\n: ')) return body;
  return body.replace(
    /(^|\n)([^\n:#>*|`\-+\d\s][^\n:]{0,39}?)[ \t]*\n:[ \t]+(\S[^\n]*)/g,
    (whole, start: string, term: string, value: string) =>
      /[.!?。！？,，;；]$/u.test(term) ? whole : `${start}${term}: ${value}\n`,
  );
}

/** The blocks of a parsed body (or of part of one: a paragraph cut at a picture). */
function readBlocksOf(
  tokens: Token[],
  lineOffset: number,
  file: string | undefined,
  diagnostics: Diagnostic[],
): Block[] {
  const blocks: Block[] = [];
  const firstLine = (t: Token) => (t.map ? t.map[0] + 1 + lineOffset : lineOffset + 1);
  const lastLine = (t: Token) => (t.map ? t.map[1] + lineOffset : lineOffset + 1);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.level !== 0) continue;
    const end = t.nesting === 1 ? closeOf(tokens, i) : i;
    const inner = tokens.slice(i + 1, end);
    const numbered = t.type === 'ordered_list_open' ? numberedLine(inner, t, blocks, lineOffset) : undefined;
    if (numbered) {
      blocks.push(numbered);
      i = end;
      continue;
    }
    switch (t.type) {
      case 'heading_open': {
        const level = Number(t.tag.slice(1));
        const { text } = inlineText(inner[0], firstLine(t));
        // A bare `###` is a press release's end mark, and an empty heading heads nothing: neither is a section. The
        // mark is kept as a line, so the builder knows the story ended there (what follows is boilerplate).
        if (text.trim() === '') {
          const line = firstLine(t);
          if (level === 3)
            blocks.push({ type: 'para', text: '###', pieces: [{ start: 0, line }], line, lastLine: line });
          break;
        }
        // Every level is kept: the article builder decides what `### ` means from the outline around it.
        blocks.push({ type: 'heading', level, text: text.trim(), line: firstLine(t) });
        break;
      }
      case 'paragraph_open': {
        // (session 15) A picture alone on a line inside a paragraph (a CMS dropped it into the sentence it cut):
        // the text before it, then the picture with what follows, each read as below.
        const cut = pictureLineInside(inner[0]);
        if (cut !== undefined && inner[0] && t.map) {
          const [m0, m1] = t.map;
          const children = inner[0].children ?? [];
          const part = (from: number, to: number) =>
            Object.assign(Object.create(Object.getPrototypeOf(inner[0])), inner[0], {
              children: children.slice(from, to),
            }) as Token;
          blocks.push(
            textBlock(part(0, cut.before), { ...t, map: [m0, m0 + cut.line] } as Token, lineOffset),
          );
          // The picture with its caption line, when one in italics follows it; then the text after.
          const upTo = cut.caption ?? children.length;
          const captionLines = cut.caption === undefined ? m1 - m0 - cut.line : 2;
          const shown = [
            { ...t, map: [m0 + cut.line, m0 + cut.line + captionLines] } as Token,
            part(cut.from, upTo),
            tokens[end]!,
          ];
          blocks.push(...readBlocksOf(shown, lineOffset, file, diagnostics));
          if (cut.caption !== undefined)
            blocks.push(
              textBlock(
                part(cut.caption + 1, children.length),
                { ...t, map: [m0 + cut.line + 2, m1] } as Token,
                lineOffset,
              ),
            );
          break;
        }
        // (session 12) A picture alone on the paragraph's first line, its caption on the lines under it
        // (`![…](…)` then `*Caption.* Credit`): the picture, then a paragraph of its own.
        const children = inner[0]?.children ?? [];
        const brk = children.findIndex((c) => c.type === 'softbreak' || c.type === 'hardbreak');
        const first = children
          .slice(0, Math.max(0, brk))
          .filter((c) => !(c.type === 'text' && c.content.trim() === ''));
        if (brk > 0 && first.length === 1 && first[0]!.type === 'image' && inner[0]) {
          const line = (t.map ? t.map[0] + 1 : 1) + lineOffset;
          const image = pictureOf(first[0]!);
          blocks.push({
            type: 'para',
            text: image.alt,
            pieces: [{ start: 0, line }],
            line,
            lastLine: line,
            image,
          });
          const rest = Object.assign(Object.create(Object.getPrototypeOf(inner[0])), inner[0], {
            children: children.slice(brk + 1),
          }) as Token;
          blocks.push(
            textBlock(rest, { ...t, map: t.map ? [t.map[0] + 1, t.map[1]] : null } as Token, lineOffset),
          );
          break;
        }
        const para = textBlock(inner[0], t, lineOffset);
        const only = children.filter((c) => !(c.type === 'text' && c.content.trim() === ''));
        if (only.length === 1 && only[0]!.type === 'image') para.image = pictureOf(only[0]!);
        if (para.indents && !para.image) blocks.push(...splitIndented(para, para.indents));
        else blocks.push(para);
        delete para.indents;
        break;
      }
      case 'ordered_list_open':
      case 'bullet_list_open':
      case 'blockquote_open': {
        const kind: ParagraphKind = t.type === 'blockquote_open' ? 'quote' : 'list-item';
        // Each inline run sits right after the paragraph (or heading) token that carries its lines.
        inner.forEach((x, n) => {
          if (x.type === 'inline' && n > 0) blocks.push(textBlock(x, inner[n - 1]!, lineOffset, kind));
        });
        break;
      }
      case 'table_open': {
        diagnostics.push({
          severity: 'warning',
          code: 'table',
          message: 'tables are not supported in articles: each row is kept as a line of text; consider prose',
          file,
          line: firstLine(t),
        });
        let row: string[] = [];
        let rowLine = firstLine(t);
        for (const x of inner) {
          if (x.type === 'tr_open') {
            row = [];
            rowLine = firstLine(x);
          } else if (x.type === 'inline') row.push(inlineText(x, rowLine).text.trim());
          else if (x.type === 'tr_close') {
            const text = row.join(' | ');
            blocks.push({
              type: 'para',
              text,
              pieces: [{ start: 0, line: rowLine }],
              line: rowLine,
              lastLine: rowLine,
              kind: 'table-row',
            });
          }
        }
        break;
      }
      case 'code_block':
      case 'fence': {
        const text = t.content.replace(/\n+$/, '');
        // (session 15) Prose set in by four spaces (a forum's nested replies, a quoted mail, a PDF's indented
        // paragraphs) is the page's text, not code: read again as Markdown, each line where it stands, set flush
        // at every depth at once (a reply nested ten thousand levels deep is read once, not once a level).
        if (t.type === 'code_block' && indentedProse(text)) {
          blocks.push(...readBlocks(text.replace(/^[ \t]+/gmu, ''), firstLine(t) - 1, file, diagnostics));
          break;
        }
        if (text.trim() !== '') {
          blocks.push({
            type: 'para',
            text,
            pieces: [{ start: 0, line: firstLine(t) }],
            line: firstLine(t),
            lastLine: lastLine(t),
            kind: 'code',
          });
        }
        break;
      }
      default:
        // hr: a visual divider with no content of its own.
        break;
    }
    i = end;
  }
  return blocks;
}

/** Marks of code, a shell or a log that prose never holds. */
const CODE_MARK =
  /[{};]\s*$|=>|==|!=|&&|\|\||\(\)|^\s*(?:[$#>%]\s|\/\/|def |function |import |from \S+ import|class |return\b|const |let |var |if \(|for \(|#include|SELECT |<\/?[a-z]+[ >])|\b\w+\([^)]*\)\s*$|^\s*\d{4}-\d\d-\d\d[T ]\d\d:\d\d/u;

/**
 * An indented block that reads as prose: no line with a mark of code, and most of its lines are runs of words (four at
 * least, or eight Han characters) with a sentence ending somewhere.
 */
function indentedProse(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0 || lines.some((l) => CODE_MARK.test(l))) return false;
  const prose = lines.filter((l) => {
    const t = l.trim();
    const letters = (t.match(/[\p{L}\s,'’"“”-]/gu) ?? []).length / t.length;
    const han = (t.match(/\p{Script=Han}/gu) ?? []).length;
    return letters >= 0.8 && (han >= 8 || (t.match(/\p{L}+/gu) ?? []).length >= 4);
  });
  return prose.length * 3 >= lines.length * 2 && /[.!?。！？](?:["”’」』]|\s|$)/mu.test(text);
}

/**
 * `3. Publish the errors` alone between paragraphs is a numbered subheading that Markdown reads as a list of one
 * item (a list may start at any number): kept as a line with its number, not as a list item. A list after a colon,
 * or an item that is a sentence, stays a list.
 */
function numberedLine(
  inner: Token[],
  open: Token,
  blocks: Block[],
  lineOffset: number,
): ({ type: 'para' } & Para) | undefined {
  const items = inner.filter((x) => x.type === 'list_item_open' && x.level === open.level + 1);
  const inlines = inner.filter((x) => x.type === 'inline');
  if (items.length !== 1 || inlines.length !== 1) return undefined;
  const para = textBlock(inlines[0], open, lineOffset);
  const label = para.text.trim();
  const before = blocks.at(-1);
  if (
    para.pieces.length !== 1 ||
    !/^[\p{Lu}\p{Script=Han}\d]/u.test(label) ||
    /[.。;；:：,，!?！？]$/u.test(label) ||
    (label.match(/[\p{L}\p{N}]+/gu) ?? []).length > 10 ||
    (before?.type === 'para' && /[:：]$/u.test(before.text.trim()))
  ) {
    return undefined;
  }
  const number = `${items[0]!.info}${items[0]!.markup} `;
  para.text = number + para.text;
  return para;
}

function closeOf(tokens: Token[], open: number): number {
  const { level } = tokens[open]!;
  for (let j = open + 1; j < tokens.length; j++) {
    if (tokens[j]!.level === level && tokens[j]!.nesting === -1) return j;
  }
  return tokens.length - 1;
}

/** A picture's address and alt text, from its inline `image` token. */
/**
 * The first line after a paragraph's first that holds a picture alone: its index among the paragraph's lines, where
 * its children start, and where the text before it ends (the line break before it).
 */
function pictureLineInside(
  inline: Token | undefined,
): { line: number; from: number; before: number; caption?: number } | undefined {
  const children = inline?.children ?? [];
  const starts = [0];
  children.forEach((c, k) => {
    if (c.type === 'softbreak' || c.type === 'hardbreak') starts.push(k + 1);
  });
  const alone = (from: number, to: number) => {
    const shown = children.slice(from, to).filter((c) => !(c.type === 'text' && c.content.trim() === ''));
    return shown.length === 1 && shown[0]!.type === 'image';
  };
  // (a picture on the first line is read as before, with the rest: one cut a paragraph, never one a picture)
  if (starts.length > 1 && alone(0, starts[1]! - 1)) return undefined;
  for (let j = 1; j < starts.length; j++) {
    const from = starts[j]!;
    const to = (starts[j + 1] ?? children.length + 1) - 1;
    if (!alone(from, to)) continue;
    // (the line under it in italics, with more text after it: its caption, up to the break that ends it)
    const next = starts[j + 1];
    const nextEnd = next === undefined ? undefined : starts[j + 2];
    const italic =
      next !== undefined &&
      nextEnd !== undefined &&
      children[next]?.type === 'em_open' &&
      children[nextEnd - 2]?.type === 'em_close';
    return italic
      ? { line: j, from, before: from - 1, caption: nextEnd - 1 }
      : { line: j, from, before: from - 1 };
  }
  return undefined;
}

function pictureOf(image: Token): { src: string; alt: string } {
  return { src: String(image.attrGet('src') ?? ''), alt: image.content };
}

function textBlock(
  inline: Token | undefined,
  open: Token,
  lineOffset: number,
  kind?: ParagraphKind,
): { type: 'para' } & Para {
  const line = (open.map ? open.map[0] + 1 : 1) + lineOffset;
  const { text, pieces, emphasis, indents, linked } = inlineText(inline, line);
  const block: { type: 'para' } & Para = {
    type: 'para',
    text,
    pieces,
    line: pieces[0]!.line,
    lastLine: pieces.at(-1)!.line,
  };
  if (kind) block.kind = kind;
  if (emphasis) block.emphasis = emphasis;
  if (indents) block.indents = indents;
  if (linked) block.linked = true;
  return block;
}

/**
 * A paragraph's text built line by line, its last characters kept apart: joining a line reads only those. (Reading
 * the end of a string built by `+=` makes V8 copy the whole of it, once a line: a paragraph of 20,000 lines took
 * minutes.)
 */
class JoinedText {
  text = '';
  /** Some character of it is not a space. */
  printed = false;
  private end = '';
  add(s: string): void {
    this.text += s;
    this.end = (this.end + s.slice(-64)).slice(-64);
    if (!this.printed && /\S/u.test(s)) this.printed = true;
  }
  /** The separator a soft break or a join puts before the next line (joinSeparator), read off the text's end. */
  separatorBefore(next: string): string {
    return joinSeparator(this.end, next);
  }
  /** The text's length without its trailing spaces. */
  trimmedLength(): number {
    return /\s$/u.test(this.end) ? trimEndCheap(this.text).length : this.text.length;
  }
  trimEnd(): void {
    if (!/\s$/u.test(this.end)) return;
    this.text = trimEndCheap(this.text);
    this.end = trimEndCheap(this.end);
  }
}

/** Plain text of an inline run (emphasis and link markup dropped), with a line per soft break. */
function inlineText(
  inline: Token | undefined,
  firstLine: number,
): { text: string; pieces: Piece[]; emphasis?: Emphasis; indents?: number[]; linked?: boolean } {
  let line = firstLine;
  const pieces: Piece[] = [{ start: 0, line }];
  let pendingBreak = false;
  const indents: number[] = [];
  // Letters written inside and outside bold / italic, and where the first bold run ends.
  let strong = 0;
  let em = 0;
  let lettersPlain = 0;
  let lettersBold = 0;
  let lettersItalic = 0;
  let lettersBeforeBold = 0;
  let boldLeadEnd: number | undefined;
  let boldRunOpen = false;
  let link = 0;
  let lettersLinked = 0;
  const letters = (s: string) => (s.match(/[\p{L}\p{N}]/gu) ?? []).length;
  const joined = new JoinedText();
  const append = (s: string) => {
    if (s === '') return;
    if (pendingBreak) {
      // A line that opens with a full-width indent (全角空格) starts a new paragraph in Chinese page exports.
      if (/^\u3000/u.test(s) && joined.printed) indents.push(joined.trimmedLength());
      // Soft line breaks inside a paragraph follow the same spacing rule as repaired joins.
      const separator = joined.separatorBefore(s);
      joined.trimEnd();
      joined.add(separator);
      s = s.trimStart();
      pieces.push({ start: joined.text.length, line });
      pendingBreak = false;
    }
    joined.add(s);
  };
  for (const c of inline?.children ?? []) {
    // `<br>` left in the text by a CMS export (raw HTML is not passed through): a line break, not text.
    if (c.type === 'text' && /<br\s*\/?>/i.test(c.content)) {
      c.content.split(/<br\s*\/?>/i).forEach((part, n) => {
        if (n > 0) pendingBreak = true;
        const k = letters(part);
        if (strong > 0) lettersBold += k;
        else if (em === 0) lettersPlain += k;
        if (em > 0) lettersItalic += k;
        append(part);
      });
      continue;
    }
    if (c.type === 'text' || c.type === 'code_inline' || c.type === 'image' || c.type === 'html_inline') {
      const n = letters(c.content);
      if (strong > 0) {
        lettersBold += n;
        if (lettersPlain === 0 && lettersBeforeBold === 0 && boldLeadEnd === undefined) boldRunOpen = true;
      } else if (n > 0) {
        if (boldRunOpen) boldRunOpen = false;
        if (lettersBold === 0) lettersBeforeBold += n;
      }
      if (em > 0) lettersItalic += n;
      if (strong === 0 && em === 0) lettersPlain += n;
      if (link > 0) lettersLinked += n;
      append(c.content);
    } else if (c.type === 'softbreak' || c.type === 'hardbreak') {
      line++;
      pendingBreak = true;
    } else if (c.type === 'strong_open') strong++;
    else if (c.type === 'strong_close') {
      strong--;
      if (strong === 0 && boldRunOpen && boldLeadEnd === undefined) boldLeadEnd = joined.text.length;
    } else if (c.type === 'em_open') em++;
    else if (c.type === 'em_close') em--;
    else if (c.type === 'link_open') link++;
    else if (c.type === 'link_close') link--;
  }
  const total = lettersPlain + lettersBold + (lettersItalic - Math.min(lettersItalic, lettersBold));
  const emphasis: Emphasis = {};
  if (lettersBold > 0 && lettersPlain === 0 && lettersItalic <= lettersBold) emphasis.allBold = true;
  else if (lettersItalic > 0 && lettersPlain === 0 && lettersBold === 0) emphasis.allItalic = true;
  else if (boldLeadEnd !== undefined && total > lettersBold) emphasis.boldLeadEnd = boldLeadEnd;
  const text = joined.text;
  const out: { text: string; pieces: Piece[]; emphasis?: Emphasis; indents?: number[]; linked?: boolean } = {
    text,
    pieces,
  };
  if (lettersLinked > 0 && lettersLinked === letters(text)) out.linked = true;
  if (Object.keys(emphasis).length > 0) out.emphasis = emphasis;
  // The offsets where indented lines start (after the separator the soft break added, if any).
  if (indents.length > 0)
    out.indents = pieces
      .filter((p) => indents.some((i) => p.start >= i && p.start <= i + 1))
      .map((p) => p.start);
  return out;
}

/** A paragraph cut at the starts of its full-width-indented lines: one paragraph per indented line group. */
function splitIndented(p: { type: 'para' } & Para, starts: number[]): ({ type: 'para' } & Para)[] {
  const lines = linesOf(p);
  const groups: Line[][] = [];
  p.pieces.forEach((piece, i) => {
    if (i === 0 || starts.includes(piece.start)) groups.push([]);
    groups.at(-1)!.push(lines[i]!);
  });
  return groups
    .map((group) => group.filter((l) => l.text !== ''))
    .filter((group) => group.length > 0)
    .map((group) => ({ type: 'para' as const, ...paraOf(group, { ...p, emphasis: undefined }) }));
}

export interface Line {
  text: string;
  line: number;
}

/** The source lines of a paragraph (its soft breaks), each trimmed. */
export function linesOf(p: Para): Line[] {
  return p.pieces.map((piece, i) => ({
    text: p.text.slice(piece.start, p.pieces[i + 1]?.start ?? p.text.length).trim(),
    line: piece.line,
  }));
}

/** A paragraph made of consecutive lines of one source paragraph (soft breaks joined as the reader does). */
export function paraOf(lines: Line[], from: Para): Para {
  const joined = new JoinedText();
  const pieces: Piece[] = [];
  for (const l of lines) {
    if (joined.text !== '') joined.add(joined.separatorBefore(l.text));
    pieces.push({ start: joined.text.length, line: l.line });
    joined.add(l.text);
  }
  const p: Para = { text: joined.text, pieces, line: lines[0]!.line, lastLine: lines.at(-1)!.line };
  if (from.kind) p.kind = from.kind;
  if (from.emphasis && lines.length === from.pieces.length) p.emphasis = from.emphasis;
  if (from.linked) p.linked = true;
  return p;
}

export function lineAt(p: Para, offset: number): number {
  let line = p.line;
  for (const piece of p.pieces) if (piece.start <= offset) line = piece.line;
  return line;
}
