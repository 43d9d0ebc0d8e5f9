// Article parser: Markdown (+ optional YAML front matter) → Article, repairing the layout damage that
// newspaper text picks up on its way into Markdown (paragraphs broken mid-sentence or mid-word, headings
// dropped into the middle of a sentence) and reporting what it cannot repair safely. Pure: no I/O.

import type { Diagnostic, Lang } from '../types.ts';
import { type Block, lineAt, type Para, readBlocks } from './blocks.ts';
import { SLUG_PATTERN, splitFrontMatter } from './front-matter.ts';
import { type FlowItem, repairLayout } from './repair.ts';
import { endsSentence, hanShare } from './text.ts';
import type { Article, Byline, Figure, FrontMatter, Paragraph, ParseResult, Section } from './types.ts';

/** Articles are a few thousand characters; anything over this is a mistake (an export, a dump, a binary). */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface ParseOptions {
  /** Shown in diagnostics and used for the slug when the front matter has none. */
  file?: string;
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

  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
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

  const blocks = readBlocks(fm.body, fm.bodyLineOffset, file, diagnostics);
  if (!blocks.some((b) => b.type === 'heading' && b.level <= 2)) {
    return fail({
      severity: 'error',
      code: 'no-headings',
      message:
        'no headings found: mark the title with "# " and each section with "## " at the start of a line',
      file,
    });
  }

  const article = buildArticle(blocks, fm.frontMatter ?? {}, file, diagnostics);
  return { article, diagnostics };
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

// ---------------------------------------------------------------------------------------------------------
// Blocks → Article

// Prefix, then names checked one by one: a single regex with nested repetition over the names backtracks
// exponentially on a long line that is not a byline.
const ZH_BYLINE = /^(?:本报记者|本报通讯员|本报特约记者|记者|新华社记者|通讯员)[\s\u3000]+(.{2,80})$/u;
const ZH_NAME = /^[\p{Script=Han}·]{2,6}$/u;
const EN_BYLINE = /^By\s+(.{2,200})$/;
const ZH_CREDIT = /^[（(]?[^。！？!?]{0,40}?(?:[\s\u3000]摄|供图|资料图片|图片来源[:：].+)[)）]?$/u;
const EN_CREDIT = /^(?:Photo(?:graph)?s?|Image|Picture|Credit)\s*(?::|by\b)\s*\S.{0,120}$/i;

function isCredit(text: string): boolean {
  const t = text.trim();
  return t.length <= 130 && (ZH_CREDIT.test(t) || EN_CREDIT.test(t));
}

function isCaption(p: Para): boolean {
  return !p.kind && p.text.trim().length > 0 && [...p.text].length <= 150;
}

export function parseByline(raw: string): Byline | undefined {
  const text = raw.trim();
  const zh = ZH_BYLINE.exec(text);
  if (zh) {
    const names = zh[1]!.split(/[\s\u3000、]+/).filter((n) => n !== '');
    if (names.length > 0 && names.every((n) => ZH_NAME.test(n))) return { raw: text, names };
  }
  const en = EN_BYLINE.exec(text);
  if (en && !/[.!?]$/.test(text)) {
    const names = en[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).filter((n) => n !== '');
    const looksLikeNames = names.every((n) => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(n));
    if (names.length > 0 && looksLikeNames) return { raw: text, names };
  }
  return undefined;
}

function buildArticle(
  blocks: Block[],
  fm: FrontMatter,
  file: string | undefined,
  diagnostics: Diagnostic[],
): Article {
  const warn = (code: string, message: string, line?: number) =>
    diagnostics.push({ severity: 'warning', code, message, file, line });

  // Title: the first `# ` heading wherever it sits (newspaper layouts put lead text and photos above it).
  let title: string | undefined;
  let titleLine: number | undefined;
  let byline: Byline | undefined;
  const figures: Figure[] = [];
  const flow: FlowItem[] = [];
  let inSections = false;

  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.type === 'heading') {
      if (b.level === 1 && title === undefined) {
        title = b.text;
        titleLine = b.line;
        continue;
      }
      if (b.level === 1) {
        warn(
          'extra-title',
          `a second "# " title "${b.text}": treated as a section; use "## " for sections`,
          b.line,
        );
      }
      inSections = true;
      flow.push({ type: 'heading', text: b.text, line: b.line });
      continue;
    }

    if (!b.kind) {
      // Figures: an image, or a short caption followed by a credit line (`本报记者 陈梦泽 摄`, `Photo: …`).
      const next = blocks[k + 1];
      if (b.image) {
        const figure: Figure = { caption: b.image.alt.trim(), image: b.image.src, line: b.line };
        if (next?.type === 'para' && !next.kind && isCredit(next.text)) {
          figure.credit = next.text.trim();
          k++;
        }
        figures.push(figure);
        continue;
      }
      if (isCaption(b) && next?.type === 'para' && !next.kind && isCredit(next.text) && !isCredit(b.text)) {
        figures.push({ caption: b.text.trim(), credit: next.text.trim(), line: b.line });
        k++;
        continue;
      }
      // Caption and credit on consecutive lines of one paragraph.
      const lastPiece = b.pieces.at(-1)!;
      if (b.pieces.length === 2 && isCredit(b.text.slice(lastPiece.start))) {
        const caption = b.text.slice(0, lastPiece.start).trim();
        if (caption !== '' && [...caption].length <= 150) {
          figures.push({ caption, credit: b.text.slice(lastPiece.start).trim(), line: b.line });
          continue;
        }
      }
      if (isCredit(b.text) && !endsSentence(b.text)) {
        warn(
          'credit-without-caption',
          `a photo credit "${b.text.trim()}" with no caption before it: add the caption line above it`,
          b.line,
        );
        figures.push({ caption: '', credit: b.text.trim(), line: b.line });
        continue;
      }
      if (!inSections && byline === undefined) {
        const found = parseByline(b.text);
        if (found) {
          byline = found;
          continue;
        }
      }
    }
    flow.push({ type: 'para', para: b, joinable: !b.kind });
  }

  const repairs = repairLayout(flow, file, diagnostics);

  // Lead = text before the first section heading; each heading opens a section s1, s2, ….
  const toParagraph = (p: Para, index: number): Paragraph => {
    const out: Paragraph = { index, text: p.text, line: p.line };
    if (p.kind) out.kind = p.kind;
    return out;
  };
  const leadParas: Para[] = [];
  const sectionParas: { heading: string; line: number; paras: Para[] }[] = [];
  for (const item of flow) {
    if (item.type === 'heading') sectionParas.push({ heading: item.text, line: item.line, paras: [] });
    else (sectionParas.at(-1)?.paras ?? leadParas).push(item.para);
  }

  if (title === undefined) {
    title = fm.title ?? sectionParas[0]?.heading ?? '';
    if (fm.title === undefined) {
      warn(
        'missing-title',
        `no "# " title: using "${title}"; add a "# " line or a title in the front matter`,
        1,
      );
    }
  } else if (fm.title !== undefined) {
    title = fm.title;
  }

  const lead: Section = {
    id: 'lead',
    heading: title,
    paragraphs: leadParas.map(toParagraph),
    line: leadParas[0]?.line ?? titleLine ?? 1,
  };
  const sections: Section[] = sectionParas.map((s, i) => {
    if (s.paras.length === 0)
      warn('empty-section', `section "${s.heading}" has no text: add text or remove the heading`, s.line);
    return { id: `s${i + 1}`, heading: s.heading, paragraphs: s.paras.map(toParagraph), line: s.line };
  });

  const allParas = [...leadParas, ...sectionParas.flatMap((s) => s.paras)];
  const allText = [title, ...allParas.map((p) => p.text)].join('\n');
  const detected: Lang = hanShare(allText) >= 0.3 ? 'zh' : 'en';
  const lang = fm.lang ?? detected;
  if (fm.lang && fm.lang !== detected) {
    warn(
      'lang-mismatch',
      `front matter says lang: ${fm.lang} but the text reads as ${detected}: check the lang field`,
      2,
    );
  }
  if (lang === 'zh') findMixedFragments(allParas, warn);

  if (fm.byline) byline = parseByline(fm.byline) ?? { raw: fm.byline, names: splitNames(fm.byline) };

  const slug = fm.slug ?? slugFromFile(file) ?? slugFromTitle(title);
  if (fm.slug === undefined && slugFromFile(file) === undefined) {
    warn(
      'slug-derived',
      `no slug in the front matter or file name: using "${slug}"; add slug: to the front matter`,
      1,
    );
  }

  const sectionIds = new Set(['*', 'lead', ...sections.map((s) => s.id)]);
  for (const key of Object.keys(fm.themes ?? {})) {
    if (!sectionIds.has(key)) {
      warn(
        'theme-override-unknown-section',
        `front matter themes name section "${key}", which this article does not have (it has ${[...sectionIds].join(', ')})`,
        2,
      );
    }
  }

  const article: Article = {
    slug,
    title,
    lang,
    lead,
    sections,
    figures,
    repairs,
    counts: {
      sections: sections.length,
      paragraphs: allParas.length,
      characters: allParas.reduce((n, p) => n + [...p.text].length, 0),
      figures: figures.length,
    },
  };
  if (fm.date) article.date = fm.date;
  if (fm.source) article.sourceUrl = fm.source;
  if (byline) article.byline = byline;
  if (fm.themes) article.themeOverrides = fm.themes;
  return article;
}

function splitNames(raw: string): string[] {
  return raw
    .split(/[\s\u3000、,，]+|\s+and\s+/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

function slugFromFile(file: string | undefined): string | undefined {
  if (!file) return undefined;
  const base = file
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]*$/, '');
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return SLUG_PATTERN.test(slug) && slug.length <= 80 ? slug : undefined;
}

function slugFromTitle(title: string): string {
  const ascii = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  if (ascii.length >= 3) return ascii;
  // A Chinese title has no ASCII to slug: a stable hash keeps the slug deterministic.
  let h = 0x811c9dc5;
  for (const ch of title) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `article-${h.toString(16).padStart(8, '0')}`;
}

const FRAGMENT = /\p{Script=Han}[ \t]+(and|or|the|of|with|for|to|in)[ \t]+\p{Script=Han}/gu;

function findMixedFragments(
  paras: Para[],
  warn: (code: string, message: string, line?: number) => void,
): void {
  for (const p of paras) {
    for (const m of p.text.matchAll(FRAGMENT)) {
      const context = p.text.slice(Math.max(0, m.index - 6), m.index + m[0].length + 6);
      warn(
        'mixed-language-fragment',
        `English "${m[1]}" inside Chinese text ("…${context}…"): probably a leftover from editing; check the wording`,
        lineAt(p, m.index),
      );
    }
  }
}
