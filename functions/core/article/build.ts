// Blocks → Article. In order:
// 1. page furniture is lifted out of the text by shape (furniture.ts): credits and captions become figures;
//    source, date, editor and byline lines become metadata; datelines are cut off the first paragraph;
// 2. the title: the `# ` heading, else front matter `title`, else an unmistakable first-line title; else an error;
// 3. the outline: `## ` sections, or a brief's `## ` parts holding `### ` (or bold one-paragraph) items, which
//    become the sections with the part as their group; deeper headings and `**bold lines**` are subheadings;
// 4. layout repair (repair.ts): joins and moved headings, only on evidence;
// 5. Chinese punctuation normalised, one repair recorded with the count.
import type { Diagnostic, Lang } from '../types.ts';
import type { Block, Line, Para } from './blocks.ts';
import { lineAt, linesOf, paraOf } from './blocks.ts';
import { bylineFallback } from './byline-fallback.ts';
import { SLUG_PATTERN } from './front-matter.ts';
import { readMailHeaders } from './furniture/mail.ts';
import { readSignOff } from './furniture/sign-off.ts';
import { ZH_BRACKET_PART_HEAD } from './furniture/words.ts';
import { zhLetterRecordRow, zhMoreAnalysts, zhShortOutlet } from './furniture/zh-page.ts';
import { zhHandleOverFollow } from './furniture/zh-platforms.ts';
import { zhEditionTitleDate, zhScriptCue, zhTitleField } from './furniture/zh-records.ts';
import { zhHandlingNoteLead } from './furniture/zh-tools.ts';
import {
  zhAuthorTitle,
  zhCutLine,
  zhDottedPageNumber,
  zhNameOverBio,
  zhTableRowDate,
} from './furniture/zh-widgets.ts';
import {
  bareEnglishName,
  closesSentence,
  edgeFurniture,
  type FurnitureLine,
  type FurnitureList,
  findDateline,
  furnitureLine,
  furnitureList,
  hanCount,
  headlineShaped,
  INSTITUTION,
  isAuthorTitleLine,
  isBareMonth,
  isCaptionShape,
  isCredit,
  isEditorsNote,
  isLinkTitle,
  nameAndRole,
  PUBLICATION,
  parseBylineLine,
  parseDate,
  siteHeaderName,
  splitCaptionCredit,
  splitJump,
  storyLine,
  wordCount,
  zhDocumentEdge,
} from './furniture.ts';
import {
  askableShape,
  askPageLineModel,
  type PageLineModel,
  pageLineProbability,
  shapeCounts,
  shapeKey,
} from './page-lines.ts';
import { normalizeZhPunctuation, type PunctuationCount } from './punctuation.ts';
import { type FlowItem, repairLayout } from './repair.ts';
import { continuationEvidence, hanShare, headingCutEvidence, officeSignOff, submittedBy } from './text.ts';
import type {
  Article,
  ArticleMeta,
  Byline,
  Figure,
  FrontMatter,
  LiftedLine,
  Paragraph,
  Repair,
  Section,
} from './types.ts';
import { zhBracketHeadlines } from './zh-briefs.ts';

type Warn = (code: string, message: string, line?: number) => void;

/** What is left of the page after the furniture is lifted: headings and paragraphs in reading order. */
type Unit =
  | { type: 'heading'; level: number; text: string; line: number }
  | { type: 'para'; para: Para }
  | { type: 'caption'; text: string; line: number; figure: Figure };

/** A writer's e-mail address or handle alone on its line, as a byline box prints it under the name. */
const WRITER_ADDRESS =
  /^(?:(?:e-?mail|contact)\s*:\s*)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30}|@\w[\w-]{1,30}(?:\.[\w-]+)+|@\w{2,30}@[\w-]+(?:\.[\w-]+)+)$/i;
/** A press release's own marks: a wire in its dateline, the wire's header, its `SOURCE` line, its release line. */
const RELEASE_MARK =
  /\/\s*(?:PR ?Newswire|Business ?Wire|GLOBE ?NEWSWIRE|ACCESSWIRE|EIN ?Presswire|PRWeb|Newsfile)\b[^/]{0,30}\/|\((?:GLOBE NEWSWIRE|BUSINESS WIRE|ACCESSWIRE|Newsfile Corp\.)\)|^(?:news )?(?:provided|distributed) by\s*:?$|^SOURCE\s+\p{Lu}|^for immediate release\b/iu;
/** The bold lines over a release's standing text: `About Acme Inc.`, `Forward-Looking Statements`, `Safe Harbor …`. */
const RELEASE_BOILERPLATE =
  /^(?:About\s+(?:the\s+)?\p{Lu}[^!?:;]{0,70}(?:[^.!?:;]|(?:Inc|Ltd|Corp|Co|LLC|plc)\.)|(?:Cautionary (?:Note|Statement)s? (?:Regarding|Concerning|on) )?Forward[- ]Looking Statements?|Safe Harbou?r(?: Statement)?|Cautionary (?:Note|Statement)s?|Notes? (?:to|for) (?:[Ee]ditors|[Jj]ournalists))\s*:?$/u;
/** Furniture that closes a story: what follows it (short lines, no new heading) is page furniture too. */
const STORY_END = new Set(['end mark', 'reporting credits', 'editor line']);
const FOOT_ONLY = new Set([
  'author bio',
  'reporter location',
  'legal notice or contact prompt',
  'postal address',
  'site footer fields',
]);
/** Furniture that an export may set as a heading (`### Issue #42`); a heading that reads like other furniture heads a part. */
const HEADING_FURNITURE = new Set(['issue number', 'counters', 'share links', 'answer form']);
/** Furniture that a page also prints as list items: buttons, share and sign-up rows, counters. */
const BUTTONS = new Set([
  'page links',
  'share links',
  'share, sign-up or navigation line',
  'newsletter furniture',
  'links or counters',
  'counters',
  // (session 14: a page's documents, `- Notice of Intent to Award (PDF, 96 KB)`; a wiki talk page's rules, `- Put new
  // text under old text.`; a thread's and a record's own lines)
  'attached file',
  'wiki page line',
  'code review line',
  'Q&A site line',
  'answer form',
  'record field',
  // (`- END -`: a post's end mark that the export turned into a list item)
  'end mark',
]);

const MAX_CAPTION = 200;

/** The label a page sets over an advertisement. */
const AD_LABEL =
  /^(?:sponsored|sponsored content|advertisement|advert|ad|promoted|promotion|paid (?:post|content|partnership)|partner content)$/i;
/** An advertisement's call to act at its end: a button in brackets, an arrow, `Learn more`, `Enrol now`. */
const AD_CALL =
  /(?:\[[^\]]{2,30}\]|[→»]|\b(?:learn more|shop now|enrol now|enroll now|sign up (?:today|now)|book now|get started|buy now|order now|try (?:it )?(?:free|now)|apply now|find out more)\b[^.!?]{0,10}[.!]?)\s*$/i;

/**
 * A wire's desk slug before its headline (`UPDATE 2-Regulator orders audit …`, `EXCLUSIVE-…`, `RPT-…`): the wire's
 * bookkeeping, not the headline a reader sees.
 */
function withoutWireSlug(title: string): string {
  const rest = title.replace(
    /^(?:(?:UPDATE|CORRECTED|REFILE|RPT|EXCLUSIVE|ANALYSIS|FACTBOX|EXPLAINER|INSIGHT|BREAKINGVIEWS|WRAPUP|FOCUS|INTERVIEW|GRAPHIC)(?:\s\d{1,2})?-)+(?=\p{Lu}|\d)/u,
    '',
  );
  return rest.length >= 8 ? rest : title;
}

/**
 * (session 15) A link aggregator's domain of the story after its headline (`… port ends (kessingrobotics.com)`) and a
 * social thread's label and mark around its opener (`THREAD: … taught us 🧵`): the site's, not the headline's. (A
 * tracker's number, `… evals #2213`, stays: two editors labelled it each way.)
 */
/** A headline without what a wire or a site prints around it (withoutWireSlug, withoutSiteMarks). */
const headlineOf = (title: string): string => withoutSiteMarks(withoutWireSlug(title));

function withoutSiteMarks(title: string): string {
  const rest = title
    .replace(/\s+\((?:[a-z0-9-]+\.)+[a-z]{2,12}(?:\/[\w./-]*)?\)$/iu, '')
    // (session 16) a calendar invitation's subject: `Invitation: Budget review @ Thu 12 Mar 2026 14:00 - 15:30 (GMT)
    // (team@example.org)` is the event's name, with the service's word before it and the time after it
    .replace(
      /^(?:(?:updated )?invitation|invitation updated|updated event|new event|accepted|declined|tentatively accepted|tentative|cancell?ed event)\s*:\s*(.+?)\s+@\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d.*$/iu,
      '$1',
    )
    // (a social thread's opener, `THREAD: What six weeks … taught us 🧵`: the label and the thread mark)
    .replace(
      /^(?:🧵\s*)?(?:thread|a thread|long thread)\s*[:：]\s*(.+?)(?:\s*(?:🧵|👇|⬇️?|\(?\d{1,2}\s*\/\s*\d{1,2}\)?))*$/iu,
      '$1',
    );
  return rest.split(/\s+/).length >= 3 ? rest : title;
}

/** One to four bare English names on a line (`Jane Roe`, `Jane Roe and Sam Lee`), as blogs and live pages set them. */
function bareNames(text: string): string[] | undefined {
  const names = text
    .trim()
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)
    .map((part) => bareEnglishName(part));
  return names.length <= 4 && names.every((n) => n !== undefined) ? (names as string[]) : undefined;
}

/** A press release, by its own marks (a wire in the dateline, `NEWS PROVIDED BY`, `SOURCE …`). */
function isRelease(blocks: Block[]): boolean {
  return blocks.some((x) => x.type === 'para' && linesOf(x).some((l) => RELEASE_MARK.test(l.text)));
}

/** One to three words without punctuation: a label (`Education`, `Health & science`), never a sentence. */
function shortLabel(text: string): boolean {
  const t = text.trim();
  return /^[\p{L}&' -]{2,40}$/u.test(t) && t.split(/\s+/).length <= 3 && !/\p{Script=Han}/u.test(t);
}

function mergeMeta(into: ArticleMeta, from: ArticleMeta): void {
  if (from.source && !into.source) into.source = from.source;
  if (from.published && !into.published) into.published = from.published;
  if (from.editor && !into.editor) into.editor = from.editor;
}

// ---------------------------------------------------------------------------------------------------------
// 1. Furniture

interface Lifted {
  units: Unit[];
  figures: Figure[];
  meta: ArticleMeta;
  byline?: Byline;
  lifted: LiftedLine[];
  /** The account and writer of a post header: used only when no other line names a source or a byline. */
  posted?: { source?: string; byline?: Byline };
  /** The page is a press release (isRelease). */
  release: boolean;
}

/** Text compared as a reader sees it: runs of whitespace as one space. */
const norm = (t: string) => t.trim().replace(/\s+/g, ' ');

/**
 * (session 16) A prompt to scan a code (扫码预约探视, 扫一扫关注我们, 长按识别二维码报名), alone under a picture with no alt
 * text: the picture is the code, and the prompt its caption (set on the figure here).
 */
function zhCodePromptCaption(text: string, shown: Figure | undefined, lines: Line[]): boolean {
  const prompt = text.trim();
  if (!shown?.image || shown.caption.trim() !== '') return false;
  if (
    !/^(?:扫码|扫一扫|微信扫一扫|扫描二维码|长按识别二维码|长按二维码|识别二维码)[^。！？，,]{0,16}$/u.test(
      prompt,
    )
  )
    return false;
  // (counted only for a prompt's line: counting a long paragraph's lines for each of its lines was quadratic)
  if (lines.filter((x) => x.text !== '').length !== 1) return false;
  shown.caption = prompt;
  return true;
}

/**
 * (session 16) Under a picture, its alt text printed again with the credit after a space (园区入口处的闸机　园区管理处供图):
 * the caption and its credit, though the whole line also reads as one credit (a ten-character holder).
 */
function zhCaptionThenCredit(text: string, shown: Figure | undefined): boolean {
  if (!shown || !/\p{Script=Han}/u.test(text)) return false;
  const both = splitCaptionCredit(text.trim());
  return both !== undefined && norm(both.caption) === norm(shown.caption);
}

function liftFurniture(blocks: Block[], warn: Warn, fmByline?: string, title?: string): Lifted {
  const units: Unit[] = [];
  const figures: Figure[] = [];
  const meta: ArticleMeta = {};
  const lifted: LiftedLine[] = [];
  let byline: Byline | undefined;
  let posted: Lifted['posted'];
  let sectionsSeen = 0;
  const record = (line: number, what: string, text: string) => lifted.push({ line, what, text });
  // The page's owner in its copyright line names the source only when no other line of the page (a dateline, a
  // source line) does: kept with a post header's, as the fallback. True when the line was that.
  const ownerOnly = (found: FurnitureLine): boolean => {
    if (found.kind !== 'meta' || found.what !== 'copyright line') return false;
    posted ??= {};
    posted.source ??= found.meta.source;
    return true;
  };

  /** The last figure, when the block just above block k is its picture and no credit has been given to it yet. */
  /** The block read as the caption under the picture above it (a credit may follow it). */
  let captionedBlock = -1;
  const uncreditedPictureAbove = (k: number): Figure | undefined => {
    // (session 11) Past the one-sentence caption read under the picture (某某在夜间巡视。 / （记者某某摄）).
    const image = blocks[captionedBlock === k - 1 ? k - 2 : k - 1];
    const shown = figures.at(-1);
    return image?.type === 'para' &&
      image.image &&
      shown?.image === image.image.src &&
      shown.credit === undefined
      ? shown
      : undefined;
  };

  /** The caption a credit belongs to: the unit just before it, when that is a short paragraph or a caption. */
  const takeCaption = (): { caption: string; line: number; figure?: Figure } | undefined => {
    const prev = units.at(-1);
    if (prev?.type === 'caption') {
      units.pop();
      // `照片说明（资料图）` then `东方IC`: the bracket was a note in the caption, the next line is the credit.
      if (prev.figure.credit !== undefined) prev.figure.caption = prev.text;
      return { caption: prev.text, line: prev.line, figure: prev.figure };
    }
    if (prev?.type === 'para' && !prev.para.kind && [...prev.para.text].length <= MAX_CAPTION) {
      if (/[：:]$/u.test(prev.para.text.trim())) return undefined;
      units.pop();
      return { caption: prev.para.text.trim(), line: prev.para.line };
    }
    return undefined;
  };

  const addCredit = (credit: string, line: number) => {
    // `文字：某某` then `图片：某某中心`: who wrote the post and who made its pictures, a credit for the whole article —
    // the paragraph above is the story's, not a caption.
    const before = lifted.at(-1);
    const prev = units.at(-1);
    if (
      before &&
      before.line < line &&
      prev?.type === 'para' &&
      prev.para.line < before.line &&
      // (a paragraph of several sentences is the story's; a short line above them may still be a caption)
      (prev.para.text.match(/[。！？!?]/gu) ?? []).length >= 2 &&
      /^(?:文字|文|撰文|采写|文稿|text|words)\s*[:：/／]/iu.test(before.text.trim())
    ) {
      record(line, 'credit', credit);
      return;
    }
    const caption = takeCaption();
    if (caption?.figure) {
      caption.figure.credit = credit;
      return;
    }
    if (caption) {
      figures.push({ caption: caption.caption, credit, line: caption.line });
      record(line, 'credit', credit);
      return;
    }
    // A credit right after an image belongs to it.
    const last = figures.at(-1);
    if (last?.image && last.credit === undefined && last.line < line && lastWasFigure) {
      last.credit = credit;
      return;
    }
    warn(
      'credit-without-caption',
      `a photo credit “${credit}” with no caption before it: kept out of the body as a figure; add the caption line above it`,
      line,
    );
    figures.push({ caption: '', credit, line });
  };
  let lastWasFigure = false;
  // The line after a byline at the top (in its block or the next) may be the author's job title.
  let afterByline = false;
  /** A credit printed above the picture it belongs to, waiting for that picture. */
  let creditAbove: string | undefined;
  let storyEnded = false;
  // A press release closes with the issuer's standing text under a bold `About Acme` or `Forward-Looking
  // Statements` line: not the news. Only in a release (its wire, `NEWS PROVIDED BY` or `SOURCE` line says so);
  // a `## About …` heading stays a section, as an editor wrote it.
  const release = isRelease(blocks);
  let releaseBoilerplate = false;
  /** Under `Written by …` at the foot: the author's box (followers, a tagline, buttons), whatever its lines' length. */
  let authorBox = false;
  /**
   * (sealed13) Under a reply's header (沙发　某某　发表于 …, or a poster's header below the post's text): a forum
   * thread's or a blog's replies, to the end of the page or the next heading. The post is the article; the replies are
   * what readers wrote under it, whatever their length.
   */
  let replies = false;
  /** (session 13, zh) Under a tear-off line (✂ 请沿此线剪下): the slip to hand back, to the end or the next heading. */
  let slip = false;
  let tableDate: string | undefined;
  // Without a header, a page's foot may still list other stories: lines that are each a whole link with a headline's
  // shape, two or more, with only furniture after them. Blocks before this index are such a list.
  let footLinksEnd = 0;
  const linkTitles = (b: Block) =>
    b.type === 'para' &&
    b.linked === true &&
    !b.image &&
    !b.emphasis?.allBold &&
    linesOf(b).every(
      (l) =>
        l.text === '' ||
        ((/\p{Script=Han}/u.test(l.text) ? isLinkTitle(l.text) : headlineShaped(l.text)) &&
          !furnitureLine(l.text)),
    );
  // A body paragraph of whole sentences has been read: the top of the page (byline, dateline) is over.
  let storyBegun = false;
  // Block k stands in the page's foot when nothing after it is text: only furniture and credits follow.
  // (session 14: with `lists`, also a list the page adds under its header, `**Most read**` over other stories' titles;
  // not for a signature, which a letters page's last letter has above its `More from Opinion`)
  const inFoot = (k: number, lists = false) => {
    let under: FurnitureList | undefined;
    const pageLine = (text: string) => {
      if (text === '' || under?.fits(text)) return true;
      under = lists ? furnitureList(text) : undefined;
      return under !== undefined || furnitureLine(text) !== undefined || isCredit(text);
    };
    return blocks
      .slice(k + 1)
      .every((b) => b.type !== 'heading' && (!('pieces' in b) || linesOf(b).every((l) => pageLine(l.text))));
  };

  // Under a `Read more:` / `相关阅读` / `Media contact:` header: the page's lines follow (other stories'
  // headlines, a press office's phone), one per line or list item, until a heading or the story's own prose.
  let list: FurnitureList | undefined;
  /** Lifts a line of the list; false (and the list is over) when the text is the story's. */
  const listed = (text: string, line: number): boolean => {
    if (!list) return false;
    // Page furniture among the links (`【打印】【关闭】`, `责任编辑：…`) is lifted as what it is; the list goes on.
    if (furnitureLine(text)) return false;
    if (list.fits(text)) {
      record(line, list.item, text);
      if (list.meta) mergeMeta(meta, list.meta(text));
      if (list.max !== undefined && --list.max <= 0) list = undefined;
      return true;
    }
    list = undefined;
    return false;
  };

  // What the page prints before the story's first sentence and after its last (a kicker, a date, a row of
  // buttons, other stories) is furniture when it has furniture's shape, even in a form no rule below names.
  const { firstStory, footFrom } = storySpan(blocks);
  // The block of the `# ` headline, when the story's text comes under it.
  const headlineBlock = blocks.findIndex((x) => x.type === 'heading' && x.level === 1);
  const headlineAt =
    headlineBlock >= 0 && (blocks[headlineBlock]?.line ?? 0) < firstStory ? headlineBlock : -1;
  // A printed report's page furniture: the running header or footer on every page (the document's name, its
  // year, the page number), which an export leaves between the paragraphs, often in the middle of a sentence.
  const running = runningLines(blocks);
  // A report's issuing bodies and its month (某某医院 信息中心　医务处 / 2026年3月). A month that recurs as a line is
  // a timeline's label (2025年3月 / 2025年6月 over what happened), which is text.
  const months = blocks.flatMap((x) =>
    x.type === 'para' ? linesOf(x).filter((l) => isBareMonth(l.text)) : [],
  ).length;
  const documentEdge = (text: string) => zhDocumentEdge(text) && (!isBareMonth(text) || months === 1);
  // (whether block b is a record's fields is the block's answer, asked once for it, not once for each of its lines)
  let fieldsOf: { b: Para; fields: boolean } | undefined;
  const isFieldBlock = (b: Para) => {
    if (fieldsOf?.b !== b) fieldsOf = { b, fields: fieldBlock(b) };
    return fieldsOf.fields;
  };
  const edgeOf = (b: Para, l: Line, lines: Line[], li: number): 'top' | 'foot' | undefined => {
    if (b.emphasis?.allBold) return undefined;
    // A line that goes on with the one above it (a sentence wrapped by the export) is that sentence's.
    // (looked for from the line up, not by copying the lines above it: once a line, that was quadratic)
    let above: Line | undefined;
    for (let j = li - 1; j >= 0 && !above; j--) if (lines[j]!.text !== '') above = lines[j];
    if (above && storyLine(above.text) && !closesSentence(above.text)) return undefined;
    // The top ends at the first sentence or the first part's heading, whichever comes first.
    if (l.line < firstStory && sectionsSeen === 0 && !b.kind)
      return edgeFurniture(l.text) || documentEdge(l.text) || isFieldBlock(b) ? 'top' : undefined;
    if (l.line > footFrom && b.kind !== 'quote')
      return edgeFurniture(l.text) || documentEdge(l.text) ? 'foot' : undefined;
    return undefined;
  };

  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.type === 'heading') {
      // A tear-off slip ends at the next heading, whatever the heading turns out to be.
      slip = false;
      // A heading that only holds page furniture (`### Issue #42`, `## 2026年3月5日`) heads nothing.
      const furniture = b.level >= 2 ? furnitureLine(b.text) : undefined;
      if (furniture && HEADING_FURNITURE.has(furniture.what) && !list) {
        record(b.line, furniture.what, b.text);
        continue;
      }
      // `### Related news` over a list of other stories: the page's list, not a part of the story.
      const header = b.level >= 2 ? furnitureList(b.text) : undefined;
      // (only over what such a list holds: `## Timeline` over prose is a part of the story)
      const under = blocks[k + 1];
      const listed =
        under?.type !== 'para' ||
        linesOf(under).some((x) => x.text.trim() !== '' && header?.fits(x.text)) ||
        header?.max !== undefined;
      // (session 12) A transcript's `## Call participants` part is the transcript's: who spoke is its text there.
      if (header && listed && header.header !== 'participants list') {
        record(b.line, header.header, b.text);
        list = header;
        continue;
      }
      // A heading right under the `# ` title that sits deeper than the parts after it heads none of them: the
      // title's subtitle (a newsletter's `### Six stories in five minutes` over its `## ` parts).
      const prev = blocks[k - 1];
      if (
        b.level >= 2 &&
        prev?.type === 'heading' &&
        prev.level === 1 &&
        blocks.slice(k + 1).some((x) => x.type === 'heading' && x.level >= 2 && x.level < b.level)
      ) {
        record(b.line, 'subtitle', b.text);
        continue;
      }
      // `## Written by Jane Roe` after the story (a blog platform's author box): the byline, and the box's lines.
      const writer = b.level >= 2 && sectionsSeen > 0 ? writtenBy(b.text) : undefined;
      if (writer) {
        if (!byline) byline = writer;
        record(b.line, 'byline', b.text);
        storyEnded = true;
        authorBox = true;
        continue;
      }
      if (b.level >= 2) sectionsSeen++;
      storyEnded = false;
      replies = false;
      releaseBoilerplate = false;
      authorBox = false;
      list = undefined;
      units.push(b);
      lastWasFigure = false;
      continue;
    }
    if (k >= footLinksEnd && linkTitles(b)) {
      let end = k;
      let titles = 0;
      for (; end < blocks.length && linkTitles(blocks[end]!); end++)
        titles += linesOf(blocks[end] as Para).filter((l) => l.text !== '').length;
      // After the story's last sentence the links need nothing more (tags, other posts, before an author's box).
      if (titles >= 2 && (inFoot(end - 1) || b.line > footFrom)) footLinksEnd = end;
    }
    if (replies) {
      for (const l of linesOf(b)) if (l.text !== '') record(l.line, 'reply', l.text);
      continue;
    }
    if (b.type === 'para' && (slip || (!b.image && zhCutLine(b.text)))) {
      zhSlipLines(b, meta, record);
      slip = true;
      continue;
    }
    if (k < footLinksEnd) {
      for (const l of linesOf(b as Para)) if (l.text !== '') record(l.line, 'related link', l.text);
      continue;
    }
    if (b.kind === 'list-item' && listed(b.text, b.line)) continue;
    if (release && b.emphasis?.allBold && storyBegun && RELEASE_BOILERPLATE.test(b.text.trim())) {
      releaseBoilerplate = true;
      list = undefined;
      record(b.line, 'release boilerplate', b.text);
      continue;
    }
    if (releaseBoilerplate) {
      // Its contact block, `SOURCE` line or another bold line ends it; those are read as what they are.
      const first = linesOf(b as Para)[0]?.text ?? '';
      if (b.emphasis?.allBold || furnitureLine(first) || furnitureList(first)) releaseBoilerplate = false;
      else {
        for (const l of linesOf(b as Para)) if (l.text !== '') record(l.line, 'release boilerplate', l.text);
        continue;
      }
    }
    // A bold line (a subheading) is the story again, unless it heads another list or is the one line a header
    // names (a wire's issuer printed in bold under `NEWS PROVIDED BY`).
    if (b.emphasis?.allBold && !furnitureList(b.text) && !(list?.max !== undefined && list.fits(b.text)))
      list = undefined;
    // A button exported as a list item (`+ Follow`, `- Share on X`) is the page's, not a point of the story.
    const button = b.kind === 'list-item' ? furnitureLine(b.text) : undefined;
    if (button && BUTTONS.has(button.what)) {
      record(b.line, button.what, b.text);
      continue;
    }
    // A table row's publication date (发布日期 | …) dates the page only when no line does: kept until the end.
    if (b.kind === 'table-row') tableDate ??= zhTableRowDate(b.text);
    if (b.kind === 'code' && zhDottedPageNumber(b.text)) {
      record(b.line, 'page header or footer', b.text);
      continue;
    }
    if (zhLetterRecordRow(b)) {
      record(b.line, 'letter record', b.text);
      continue;
    }
    if (b.kind && b.kind !== 'quote') {
      list = undefined;
      units.push({ type: 'para', para: b.kind === 'list-item' ? withoutPageNumbers(b, record) : b });
      lastWasFigure = false;
      continue;
    }
    if (b.image) {
      // Wire pictures carry their credit in the alt text: `… on Friday. (AP Photo/Jo Roe)`.
      const alt = b.image.alt.trim();
      const both = splitCaptionCredit(alt);
      const figure: Figure = both
        ? { caption: both.caption, credit: both.credit, image: b.image.src, line: b.line }
        : { caption: alt, image: b.image.src, line: b.line };
      if (creditAbove && figure.credit === undefined) figure.credit = creditAbove;
      creditAbove = undefined;
      figures.push(figure);
      lastWasFigure = true;
      continue;
    }
    // An italic line right under a picture is its caption (`![…](…)` / `*Students calibrate a robot arm.*`).
    const above = blocks[k - 1];
    const pictured = figures.at(-1);
    if (
      above?.type === 'para' &&
      above.image &&
      pictured?.image === above.image.src &&
      // (session 12) or the caption in italics with its credit after it (`*Caption.* Courier archive`)
      (b.emphasis?.allItalic ||
        (!b.kind && !/\p{Script=Han}/u.test(b.text) && splitCaptionCredit(b.text.trim()) !== undefined)) &&
      [...b.text].length <= MAX_CAPTION
    ) {
      // (session 11) Only a credit in italics (`*Image source: Getty Images*`): the alt text stays the caption.
      if (pictured.credit === undefined && isCredit(b.text.trim())) {
        pictured.credit = b.text.trim();
        record(b.line, 'credit', b.text);
        lastWasFigure = true;
        continue;
      }
      const both = splitCaptionCredit(b.text.trim()) ?? ownerAfterCaption(b.text.trim());
      pictured.caption = both ? both.caption : b.text.trim();
      if (both && pictured.credit === undefined) pictured.credit = both.credit;
      record(b.line, 'caption', b.text);
      lastWasFigure = true;
      continue;
    }
    // An italic caption standing alone in the text, its credit in brackets at the end (`*An artist's impression of
    // the site. (Acme Architects)*`): a picture the export dropped, often in the middle of a sentence.
    const italic = b.emphasis?.allItalic
      ? /^(.*[.!?]["”’]?)\s*\(((?:\p{Lu}[\p{L}'’&.-]*\s*){1,5})\)$/u.exec(b.text.trim())
      : null;
    if (
      italic &&
      !b.kind &&
      [...b.text].length <= MAX_CAPTION &&
      !isEditorsNote(b.text) &&
      !isNoteLine(b.text)
    ) {
      figures.push({ caption: italic[1]!.trim(), credit: italic[2]!.trim(), line: b.line });
      record(b.line, 'caption and credit', b.text);
      lastWasFigure = true;
      continue;
    }
    // (session 14) An advertisement under its label (`*Sponsored*` / `**Learn Python in 12 weeks** — … [Enrol now →]`):
    // a short paragraph ending on its call to act is the advertiser's, not the story's.
    if (
      above?.type === 'para' &&
      AD_LABEL.test(above.text.trim()) &&
      wordCount(b.text) <= 50 &&
      AD_CALL.test(b.text.trim())
    ) {
      for (const l of linesOf(b)) if (l.text !== '') record(l.line, 'advertisement', l.text);
      continue;
    }
    // (session 16) The page's own offer between the story's paragraphs, without a label (`**Adopt a penguin** from £35
    // a year and get … Adopt now →`): a bold lead-in, a price and a call to act with an arrow at its end.
    if (
      b.emphasis?.boldLeadEnd !== undefined &&
      wordCount(b.text) <= 50 &&
      /[→»]\s*$/u.test(b.text.trim()) &&
      /[£$€¥]\s?\d/u.test(b.text)
    ) {
      for (const l of linesOf(b)) if (l.text !== '') record(l.line, 'house promotion', l.text);
      continue;
    }
    const lines = linesOf(b);
    let body: Line[] = [];
    const flush = () => {
      if (body.length > 0) {
        const para = paraOf(body, b);
        units.push({ type: 'para', para });
        // An editor's note or a correction above the byline is not the story: the byline may still follow it.
        const aside = isEditorsNote(para.text) || isNoteLine(para.text);
        if (!para.kind && !aside && /[，。！？,.!?]/u.test(para.text) && [...para.text].length > 20)
          storyBegun = true;
      }
      body = [];
    };
    // Bylines sit at the top; at the very end only in a form that says what it is (（记者 …）, 作者：…).
    const atTop = sectionsSeen === 0;
    const atEnd = !atTop && k >= blocks.length - 3;
    for (let li = 0; li < lines.length; li++) {
      let l = lines[li]!;
      // (session 14) The page's very first line, a site's header bar, names the site: the source when no other line
      // names one (the line itself is lifted as the bar it is).
      if (k === 0 && li === 0) {
        const site = siteHeaderName(l.text);
        // (a call to act is no site's name: `Skip to content | …`, `Listen on Apple Podcasts · …`)
        if (site && !furnitureLine(site)) {
          posted ??= {};
          posted.source ??= site;
        }
      }
      if (l.text === '') continue;
      if (replies) {
        record(l.line, 'reply', l.text);
        continue;
      }
      // (session 11) Minutes' sign-off after the text (`Respectfully submitted,` / `Dana Whitcombe, Town Clerk`):
      // who wrote them, the byline when the top named nobody.
      const pastTop = sectionsSeen > 0 || units.length > 0;
      const submitted = pastTop ? submittedBy(l.text, lines[li + 1]?.text) : undefined;
      if (submitted) {
        flush();
        byline ??= {
          raw: submitted.lines === 2 ? lines[li + 1]!.text.trim() : l.text.trim(),
          names: [submitted.name],
        };
        for (const x of lines.slice(li, li + submitted.lines)) record(x.line, 'sign-off', x.text);
        li += submitted.lines - 1;
        continue;
      }
      if (pastTop && officeSignOff(l.text)) {
        flush();
        record(l.line, 'sign-off', l.text);
        continue;
      }
      // The lines of a list the page added (under `Read more:`, `NEWS PROVIDED BY`) come before any other reading.
      if (listed(l.text, l.line)) {
        flush();
        continue;
      }
      // (session 16, zh) A code's prompt alone under its picture with no alt text (![](qr.png) / 扫码预约探视): the caption.
      if (zhCodePromptCaption(l.text, lastWasFigure ? figures.at(-1) : undefined, lines)) {
        record(l.line, 'caption', l.text);
        captionedBlock = k;
        continue;
      }
      // A picture whose alt text is only a name (`![某某](…)`) and, alone under it, one short sentence that names
      // the same: the caption (某某在会上发言。), not the story's first paragraph.
      const pictured = figures.at(-1);
      const alt = pictured?.caption ?? '';
      if (
        lastWasFigure &&
        pictured?.image &&
        lines.filter((x) => x.text !== '').length === 1 &&
        /^\p{Script=Han}{2,6}$/u.test(alt) &&
        l.text.includes(alt) &&
        l.text.trim() !== alt &&
        [...l.text.trim()].length <= 40 &&
        /^[^。！？；，“”：:]+。?$/u.test(l.text.trim())
      ) {
        pictured.caption = l.text.trim().replace(/。$/u, '');
        record(l.line, 'caption', l.text);
        captionedBlock = k;
        continue;
      }
      // The author's job under their name, on the next line of the same block: not body text.
      if (afterByline) {
        afterByline = false;
        // `Published 9 March 2026` under the name is the page's date line, not the author's title.
        // A picture's credit under the byline (受访者供图) is the picture's, not the author's title.
        const zhCredit = /\p{Script=Han}/u.test(l.text) && isCredit(l.text);
        const titled = zhAuthorTitle(l.text, isAuthorTitleLine) ?? isAuthorTitleLine(l.text);
        if (titled && !furnitureLine(l.text) && !furnitureList(l.text) && !zhCredit) {
          record(l.line, "author's title", l.text);
          continue;
        }
      }
      // A section label over the byline (`Education` / `Jane Roe Education correspondent`): the page's kicker.
      if (
        atTop &&
        !storyBegun &&
        !byline &&
        body.length === 0 &&
        lines.length === 1 &&
        shortLabel(l.text) &&
        blocks[k + 1]?.type === 'para' &&
        parseBylineLine(linesOf(blocks[k + 1] as Para)[0]?.text ?? '')
      ) {
        record(l.line, 'section label', l.text);
        continue;
      }
      // (session 15, zh) A post's handle over its follow button (柚子不吃香菜🍊 / 关注): the post's header, not its text.
      if (atTop && !storyBegun && zhHandleOverFollow(l.text, nextLineText(lines, li, blocks[k + 1]))) {
        flush();
        record(l.line, 'post header', l.text);
        continue;
      }
      // At the top, the front matter's byline repeated as a line, or a bare name with the author's title or the
      // date under it (a post exported from a social network or a blog): the byline, not the first paragraph.
      if (atTop && body.length === 0) {
        const same = fmByline !== undefined && norm(l.text) === norm(fmByline);
        const next = lines[li + 1]?.text ?? '';
        // A blog or newsletter export puts the author's name alone, then the date (`Jane Roe` / `Mar 3, 2026`).
        const after = blocks[k + 1];
        const below =
          li === lines.length - 1 && after?.type === 'para' ? (linesOf(after)[0]?.text ?? '') : next;
        // (session 14) or a name with the job after a comma over the date line (a talk's title page)
        const presenter =
          !same && !byline && !parseBylineLine(l.text) && furnitureLine(below)?.what === 'date line'
            ? nameAndRole(l.text)
            : undefined;
        const named =
          !same &&
          !byline &&
          bareNames(l.text) &&
          !parseBylineLine(l.text) &&
          ((isAuthorTitleLine(next) && /\sat\s|\s[|·]\s/.test(next)) ||
            (next === '' && isAuthorTitleLine(below) && /\sat\s|\s[|·]\s/.test(below)) ||
            furnitureLine(below)?.what === 'date line' ||
            // or the writer's address under the name (`Jane Roe` / `jroe@gazette.example`, `@janeroe`)
            WRITER_ADDRESS.test(next === '' ? below : next));
        // (session 13, zh) or a Q&A answer's writer over their bio (某某 / 某公司负责人，前工程师)
        const zhNamed = !same && !byline ? zhNameOverBio(l.text, next) : undefined;
        if (same || named || zhNamed || presenter) {
          flush();
          if (named) byline = { raw: l.text.trim(), names: bareNames(l.text)! };
          if (presenter) byline = { raw: l.text.trim(), names: [presenter] };
          if (zhNamed) byline = { raw: l.text.trim(), names: zhNamed };
          record(l.line, 'byline', l.text);
          afterByline = true;
          continue;
        }
      }
      // A press release's boilerplate after its end mark (`###`, then **About Acme:** …) is not the story either.
      const boilerplate = storyEnded && /^About\s+(?:the\s+)?\p{Lu}[^:.!?]{0,80}:/u.test(l.text.trim());
      if (
        storyEnded &&
        ((authorBox && [...l.text].length <= 200) ||
          boilerplate ||
          ([...l.text].length <= 80 && (l.text.match(/\s+/g) ?? []).length <= 20))
      ) {
        flush();
        // 责任编辑：… after （完） still names the editor.
        const closing = furnitureLine(l.text);
        if (closing?.kind === 'meta' && !ownerOnly(closing)) mergeMeta(meta, closing.meta);
        // 相关阅读： after 责任编辑：…, **Related:** after a release's `###`: still the header of its list of links.
        const header = furnitureList(l.text);
        if (header) list = header;
        record(l.line, 'after the end of the story', l.text);
        continue;
      }
      if (
        !b.kind &&
        (running.has(pageKey(l.text)) ||
          PAGE_NUMBER.test(l.text.trim()) ||
          PAGED_HEADER.test(l.text.trim()) ||
          pagedColumns(l.text) ||
          zhDottedPageNumber(l.text))
      ) {
        flush();
        // A masthead repeated on every page still names the publication (`某某人 2025年第4期`).
        const read = furnitureLine(l.text);
        if (read?.kind === 'meta') mergeMeta(meta, read.meta);
        record(l.line, 'page header or footer', l.text);
        continue;
      }
      // A picture desk's link printed after the credit (`… REUTERS/Jo Roe Purchase Licensing Rights`).
      const desk = /^(.*\S)\s+(Purchase Licensing Rights|Open image in new tab|Enlarge this image)$/i.exec(
        l.text,
      );
      if (desk) {
        record(l.line, 'page links', desk[2]!);
        l = { text: desk[1]!, line: l.line };
      }
      // An end mark run on after the last sentence (`……仍需完善。（完）`): the sentence is text, the mark is not.
      const endMark = /^(.*[。！？!?”’」』])\s*([（(【]\s*(?:完|全文完|终)\s*[）)】])$/u.exec(l.text);
      if (endMark) {
        record(l.line, 'end mark', endMark[2]!);
        if (k > blocks.length / 2) storyEnded = true;
        l = { text: endMark[1]!, line: l.line };
      }
      // (session 10) A Taiwan wire's desk note run on after the last sentence, with the day in the Republic's
      // calendar or alone (`……收在新台幣71.2元。（編輯：某某）1150305`): the sentence is text, the editor the meta.
      const deskNote = /^(.*[。！？!?”’」』])\s*([（(][^（()）]{2,40}[）)](?:\s?1\d{6})?)$/u.exec(l.text);
      const deskRead = deskNote ? furnitureLine(deskNote[2]!) : undefined;
      if (
        deskNote &&
        deskRead &&
        (deskRead.what === 'desk note' ||
          (deskRead.kind === 'meta' && deskRead.meta.editor !== undefined && !ownerOnly(deskRead)))
      ) {
        if (deskRead.kind === 'meta') mergeMeta(meta, deskRead.meta);
        record(l.line, deskRead.what, deskNote[2]!);
        l = { text: deskNote[1]!, line: l.line };
      }
      // A jump to or from another page run on to the text (`……未来三年内（下转第7版）`, `（上接第1版）……`): the page's.
      const jump = splitJump(l.text);
      if (jump) {
        record(l.line, 'jump line', jump.jump);
        l = { text: jump.text, line: l.line };
      }
      // (session 15, zh) A file's handling note opening a line (内部资料，请勿外传。话术……): the note is the file's.
      const handling = zhHandlingNoteLead(l.text);
      if (handling) {
        record(l.line, 'distribution line', handling.note);
        l = { text: handling.rest, line: l.line };
      }
      const header = furnitureList(l.text);
      if (header) {
        flush();
        record(l.line, header.header, l.text);
        list = header;
        continue;
      }
      // A letter's signature at its foot: the name, the job under it (`Jane Roe` / `Chief Executive Officer`).
      const job = lines[li + 1]?.text ?? '';
      // (inFoot reads every block after this one: asked last, only of a line that has a signature's shape)
      if (
        body.length === 0 &&
        bareEnglishName(l.text) &&
        isAuthorTitleLine(job) &&
        !storyLine(job) &&
        job.split(/\s+/).length <= 8 &&
        (atEnd || inFoot(k))
      ) {
        flush();
        if (!byline) byline = { raw: l.text.trim(), names: [bareEnglishName(l.text)!] };
        record(l.line, 'signature', l.text);
        afterByline = true;
        continue;
      }
      // `Written by Jane Roe` at the foot: the byline, and the start of the author's box.
      const writer = atTop ? undefined : writtenBy(l.text);
      if (writer && (atEnd || storyEnded || inFoot(k))) {
        flush();
        if (!byline) byline = writer;
        record(l.line, 'byline', l.text);
        storyEnded = true;
        authorBox = true;
        continue;
      }
      // The author's own line closing the story (`Jane Roe is director of … Views are her own.`): the byline's
      // full name, then what they do.
      const authors = byline?.names ?? (fmByline ? [fmByline.trim()] : []);
      // Set in italics under the story, it is the author's box wherever the page's links put it.
      const italicBox = b.emphasis?.allItalic === true && sectionsSeen > 0;
      if (authorBio(l.text, authors) && (atEnd || italicBox || inFoot(k))) {
        flush();
        record(l.line, 'author bio', l.text);
        continue;
      }
      const found = furnitureLine(l.text);
      // A writer's bio and where the reporters were read like sentences; only the foot of the story makes them furniture.
      // A masthead with its issue number as the very first line of a page without a `# ` title is the title.
      const masthead = found?.what === 'issue line' && units.length === 0 && body.length === 0;
      const furniture =
        found && !masthead && (atEnd || storyEnded || !FOOT_ONLY.has(found.what) || inFoot(k, true))
          ? found
          : undefined;
      if (furniture) {
        flush();
        // A reply's header, or a poster's header under the post's text: the replies begin; their dates and
        // posters are not the article's.
        if (
          furniture.what === 'forum reply header' ||
          (furniture.what === 'forum post header' && storyBegun)
        ) {
          record(l.line, furniture.what, l.text);
          replies = true;
          continue;
        }
        // A release's `###` ends the story wherever it stands; other end marks only in the second half.
        if (STORY_END.has(furniture.what) && (k > blocks.length / 2 || l.text.trim() === '###'))
          storyEnded = true;
        if (furniture.kind === 'meta' && !ownerOnly(furniture)) {
          if (furniture.what === 'post header') {
            // A post header's account and writer field give way to any other line naming them (来源：…, 文/…).
            const { source, ...dated } = furniture.meta;
            mergeMeta(meta, dated);
            posted ??= {};
            if (source) posted.source ??= source;
            if (furniture.byline) posted.byline ??= furniture.byline;
          } else {
            mergeMeta(meta, furniture.meta);
            byline = zhMoreAnalysts(byline, furniture);
            if (furniture.byline && !byline) byline = furniture.byline;
          }
        }
        record(l.line, furniture.what, l.text);
        continue;
      }
      // A byline line at the top is lifted even when a CMS line already named the author (作者：王芳 and then
      // 本报记者 王芳 通讯员 李明): it is never body text, and the fuller list of names wins.
      // At the end, a byline in brackets (（本报记者 王芳）) is lifted too when the top already named the author.
      if (
        (atTop || atEnd) &&
        (!byline || (atTop && body.length === 0) || (atEnd && /^[（(【]/u.test(l.text.trim())))
      ) {
        const found = parseBylineLine(l.text);
        // (sealed11) A Hong Kong story opened by its paper's stamp (【某某日报专讯】) signs off at its foot with the
        // reporter alone (记者某某, ■记者 某某): on the page's last lines (a story without parts is all "at the top"),
        // with no sentence of the story after it and no byline yet, the byline.
        const signed =
          k >= blocks.length - 3 &&
          !byline &&
          // (a byline over the text is not the foot's)
          blocks
            .slice(k + 1)
            .every(
              (x) => x.type !== 'para' || linesOf(x).every((y) => !/[。！？]["”’」』）)]*$/u.test(y.text)),
            ) &&
          /^[■●◆◎□▲]?\s?(?:本报|本台)?[记記]者\s?\p{Script=Han}/u.test(l.text.trim());
        const explicit = /^[（(【]|^(?:文|作者|撰文|By)\b|[:：/／|｜]/u.test(l.text.trim()) || signed;
        // Once the story has begun, a bare `记者…` line is a pseudo-heading (**记者手记**), not the byline.
        if (found && ((atTop && (!storyBegun || explicit)) || explicit)) {
          flush();
          if (!byline || found.byline.names.length > byline.names.length) byline = found.byline;
          mergeMeta(meta, found.meta);
          record(l.line, 'byline', l.text);
          afterByline = atTop;
          continue;
        }
      }
      // A trail of links (`[Research](…) / [Policy briefs](…)`) is the page's breadcrumbs, whatever it separates with:
      // a credit (`Photo / Agency`) is never a link on every word.
      if (
        b.linked &&
        lines.length === 1 &&
        /^[^.!?:;,/>›»|]{1,30}(?:\s*[/>›»|]\s*[^.!?:;,/>›»|]{1,30}){1,6}$/u.test(l.text)
      ) {
        flush();
        record(l.line, 'breadcrumbs', l.text);
        continue;
      }
      // A headline alone on its line, every word of it a link, between the story's paragraphs: a link to another story
      // the page set there (`[Robots take over Dock Street](…)`) with the story going on under it.
      if (
        b.linked &&
        lines.length === 1 &&
        storyBegun &&
        !closesSentence(l.text) &&
        (/\p{Script=Han}/u.test(l.text) ? isLinkTitle(l.text) : headlineShaped(l.text)) &&
        // (one such link at the foot may be the story's own reference: kept, as before)
        !inFoot(k)
      ) {
        flush();
        record(l.line, 'related link', l.text);
        continue;
      }
      if (isCredit(l.text) && !zhCaptionThenCredit(l.text, uncreditedPictureAbove(k))) {
        // (session 12) A credit alone under a picture's caption (`Courtesy of the Varga family`): that picture's.
        const captioned = figures.at(-1);
        if (
          lastWasFigure &&
          captioned?.image &&
          captioned.credit === undefined &&
          lines.length === 1 &&
          !/\p{Script=Han}/u.test(l.text)
        ) {
          captioned.credit = l.text.trim();
          record(l.line, 'credit', l.text);
          continue;
        }
        // A credit standing right above a picture (and after no caption) is that picture's.
        const next = blocks[k + 1];
        if (
          body.length === 0 &&
          li === lines.length - 1 &&
          next?.type === 'para' &&
          next.image &&
          units.at(-1)?.type !== 'caption'
        ) {
          creditAbove = l.text;
          record(l.line, 'credit', l.text);
          continue;
        }
        // A Chinese credit right under a picture is that picture's, not a credit for the paragraph above the picture
        // (a caption-shaped line over the picture, 图为…, still takes it).
        const shown = uncreditedPictureAbove(k);
        if (
          shown &&
          body.length === 0 &&
          lines.slice(0, li).every((x) => x.text === '') &&
          /\p{Script=Han}/u.test(l.text) &&
          units.at(-1)?.type !== 'caption'
        ) {
          shown.credit = l.text.trim();
          record(l.line, 'credit', l.text);
          lastWasFigure = true;
          continue;
        }
        // A caption on the line before, in the same paragraph.
        if (body.length > 0) {
          const caption = body.pop()!;
          flush();
          // (right under a picture with no credit yet: that picture's caption and credit, not a second figure)
          if (
            shown &&
            [...caption.text].length <= MAX_CAPTION &&
            /\p{Script=Latin}/u.test(caption.text) &&
            units.at(-1)?.type !== 'caption'
          ) {
            shown.caption = caption.text;
            shown.credit = l.text.trim();
            record(l.line, 'credit', l.text);
            lastWasFigure = true;
            continue;
          }
          if ([...caption.text].length <= MAX_CAPTION) {
            figures.push({ caption: caption.text, credit: l.text, line: caption.line });
            record(l.line, 'credit', l.text);
            continue;
          }
          body.push(caption);
          flush();
        }
        addCredit(l.text, l.line);
        lastWasFigure = true;
        continue;
      }
      const both = [...l.text].length <= MAX_CAPTION + 40 ? splitCaptionCredit(l.text) : undefined;
      if (both && [...both.caption].length <= MAX_CAPTION) {
        flush();
        // Right under a picture whose alt text says nothing (图片, image) or says the same, the caption and its credit
        // are that picture's.
        const shown = uncreditedPictureAbove(k);
        if (
          shown &&
          lines.slice(0, li).every((x) => x.text === '') &&
          (/^(?:|图片?|图像|照片|配图|image|photo|picture)$/iu.test(shown.caption.trim()) ||
            norm(shown.caption) === norm(both.caption) ||
            // (a caption with its credit printed under the picture is the picture's, whatever its alt text says)
            /\p{Script=Latin}/u.test(both.caption))
        ) {
          shown.caption = both.caption;
          shown.credit = both.credit;
          // (a credit on the next line still takes it, as under any caption: `说明（资料图）` / `东方IC`)
          units.push({ type: 'caption', text: l.text, line: l.line, figure: shown });
          record(l.line, 'caption and credit', l.text);
          lastWasFigure = true;
          continue;
        }
        const figure: Figure = { caption: both.caption, credit: both.credit, line: l.line };
        figures.push(figure);
        units.push({ type: 'caption', text: l.text, line: l.line, figure });
        record(l.line, 'caption and credit', l.text);
        lastWasFigure = true;
        continue;
      }
      if (isCaptionShape(l.text) && [...l.text].length <= MAX_CAPTION) {
        flush();
        const figure: Figure = { caption: l.text, line: l.line };
        figures.push(figure);
        units.push({ type: 'caption', text: l.text, line: l.line, figure });
        continue;
      }
      // The headline printed again in the page's text (a CMS's title block over the story): not a paragraph.
      if (title !== undefined && norm(l.text) === norm(title)) {
        flush();
        record(l.line, 'title repeated', l.text);
        continue;
      }
      // Without a `# ` title the first line is the headline: never taken for furniture.
      const headline = title === undefined && units.every((u) => u.type !== 'para') && body.length === 0;
      // Above the `# ` headline is the page's chrome (a path, a forward's header, a note to the reader, a date),
      // never the story: a story's text begins under its headline.
      if (k < headlineAt) {
        flush();
        const date = meta.published === undefined ? parseDate(l.text) : undefined;
        if (date) meta.published = date;
        // The page's first line naming a paper or a public body is the site's masthead: the source when no other
        // line names one.
        // (session 15: or the first part of its bar of sections, `The Alder Courier · Sport · Student sport`)
        const name = l.text.trim().split(/\s+[·|•›»]\s+/u)[0]!;
        if (lifted.length === 0 && units.length === 0 && (PUBLICATION.test(name) || INSTITUTION.test(name))) {
          posted ??= {};
          posted.source ??= name;
        }
        record(l.line, 'above the headline', l.text);
        continue;
      }
      const edge = headline ? undefined : edgeOf(b, l, lines, li);
      if (edge) {
        flush();
        // Below the story, only a date the line says was the posting's (`Page 1 of 1 · Posted 11/13/2026`): a foot
        // holds other dates too (a copyright's year, a related story's day).
        // (session 15) Nor, above it, the day a request was received (`Date received: 10 February 2026`): a
        // record's answer is published on the day of its response.
        const dated =
          edge === 'top'
            ? RECEIVED.test(l.text.trim())
              ? undefined
              : l.text
            : /\b(?:posted|published|first published|released)\b(.*)$/i.exec(l.text)?.[1];
        const date = dated !== undefined && meta.published === undefined ? parseDate(dated) : undefined;
        if (date) meta.published = date;
        record(l.line, edge === 'top' ? 'above the story' : 'below the story', l.text);
        continue;
      }
      body.push(l);
    }
    flush();
    lastWasFigure = false;
  }
  meta.published ??= tableDate;
  // Captions that did not take a credit stay figures; drop their placeholders.
  const kept = units.filter((u) => u.type !== 'caption');
  figures.sort((a, b) => a.line - b.line);
  const out: Lifted = { units: kept, figures, meta, lifted, release };
  if (byline) out.byline = byline;
  if (posted) out.posted = posted;
  return out;
}

/**
 * (session 13, zh) A tear-off slip's block, from its cut line on (回执, the declaration, the fields to fill in): lifted
 * whole; an editor's or a date line among them still gives the article's meta.
 */
function zhSlipLines(
  b: Para,
  meta: ArticleMeta,
  record: (line: number, what: string, text: string) => void,
): void {
  for (const l of linesOf(b)) {
    if (l.text === '') continue;
    if (zhCutLine(l.text)) {
      record(l.line, 'tear-off line', l.text);
      continue;
    }
    const found = furnitureLine(l.text);
    if (found?.kind === 'meta') mergeMeta(meta, found.meta);
    record(l.line, found ? found.what : 'tear-off slip', l.text);
  }
}

/**
 * The lines where the story's text begins (its first sentence) and after which it is over (its last). A story that
 * ends introducing a list (`… three parts:`) has no foot: the list is the story's. An author's box (`Written by Jane
 * Roe`, a tagline) closes the page, not the story: its sentences are not the story's.
 */
function storySpan(blocks: Block[]): { firstStory: number; footFrom: number } {
  const box = blocks.findIndex(
    (b, i) => i > 0 && (b.type === 'heading' ? writtenBy(b.text) : linesOf(b).some((l) => writtenBy(l.text))),
  );
  const storyLines = (box > 0 ? blocks.slice(0, box) : blocks)
    .filter(
      (b): b is Extract<Block, { type: 'para' }> =>
        b.type === 'para' && !b.image && (!b.kind || b.kind === 'list-item' || b.kind === 'quote'),
    )
    .flatMap((b) => linesOf(b))
    .filter((l) => storyLine(l.text));
  const last = storyLines.at(-1);
  return {
    firstStory: storyLines[0]?.line ?? Number.POSITIVE_INFINITY,
    footFrom: last && !/[:：]$/u.test(last.text.trim()) ? last.line : Number.POSITIVE_INFINITY,
  };
}

/**
 * (session 15) Under a picture, the name of whoever owns it after the caption's last sentence (`… at our Wickham depot.
 * Ferrimouth Rail`): one to four capitalised words, no verb, no sentence.
 */
function ownerAfterCaption(text: string): { caption: string; credit: string } | undefined {
  const m =
    /^(.*\p{Ll}{2,}\.)\s+((?:[\p{Lu}][\p{L}'’&-]*)(?:\s+(?:[\p{Lu}][\p{L}'’&-]*|of|the|and|&)){0,3})$/u.exec(
      text,
    );
  if (!m || wordCount(m[1]!) < 4) return undefined;
  return { caption: m[1]!.replace(/\.$/u, ''), credit: m[2]! };
}

/** A record's field for the day something reached it: `Date received:`, `Submitted:`, `Request date:`. */
const RECEIVED =
  /^(?:date (?:received|submitted|requested|lodged|filed|of request|opened)|(?:received|submitted|requested|lodged|filed)(?: on| date)?|request date)\s*[:：]/i;

/**
 * (session 15) A record's block of fields under its headline (a disclosure log's, a ticket's, a case's): three or more
 * lines, each a short label and its value (`Service area: Revenues and Benefits`, `Outcome: Information partly
 * disclosed`), none a sentence. The record's, not the story's.
 */
function fieldBlock(b: Para): boolean {
  const lines = linesOf(b).filter((x) => x.text.trim() !== '');
  return (
    lines.length >= 3 &&
    lines.every((x) => {
      const m = /^([\p{Lu}][\p{L}'’/&-]*(?:\s+[\p{L}'’/&-]+){0,3})\s*:\s*(\S.*)$/u.exec(x.text.trim());
      return m !== null && wordCount(m[2]!) <= 12 && !/[.!?]$/u.test(m[2]!);
    })
  );
}

/** `Written by Jane Roe`: a blog platform's line over the author's box. */
function writtenBy(text: string): Byline | undefined {
  if (!/^(?:written|posted|published) by\s/i.test(text.trim())) return undefined;
  return parseBylineLine(text)?.byline;
}

/** A page number on its own line: `— 4 —`, `- 12 -`, `Page 7`, `Page 7 of 30`, `第 7 页`, `7 / 30`. */
const PAGE_NUMBER =
  /^(?:[—–-]\s*\d{1,4}\s*[—–-]|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|第\s*\d{1,4}\s*页(?:\s*[/／]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4})$/iu;

/** The line under `lines[i]`: the next of its block, or the first of the block after it. */
function nextLineText(lines: Line[], i: number, after: Block | undefined): string {
  if (i < lines.length - 1) return lines[i + 1]!.text;
  return after?.type === 'para' ? (linesOf(after)[0]?.text ?? '') : '';
}

/**
 * (session 15) A list item with a printed page's number among its lines (`4. 首次使用时……请打开各房间的门，` / `— 3 —` /
 * `并暂时收起……`, an exported manual's page break inside a step): the number is the page's, the item's lines join round it.
 */
function withoutPageNumbers(b: Para, record: (line: number, what: string, text: string) => void): Para {
  const lines = linesOf(b);
  const page = (l: Line, i: number) => i > 0 && (PAGE_NUMBER.test(l.text) || zhDottedPageNumber(l.text));
  if (!lines.some(page)) return b;
  for (const [i, l] of lines.entries()) if (page(l, i)) record(l.line, 'page header or footer', l.text);
  return paraOf(
    lines.filter((l, i) => !page(l, i)),
    b,
  );
}

/**
 * (session 12) A printed page's header or footer once, its page count as its last field: `Brinmoor City Council —
 * Minutes, November 17, 2026 — Page 2 of 3`, `Ashgrove USD · Board Minutes 09/09/2026 · Page 2 of 3`, `某某报告 | 第 3 页`.
 * A page of the document says which page it is; a story's sentence does not end on its page number.
 */
const PAGED_HEADER =
  /^[^.!?。！？]{3,120}?\s*[—–|｜·•-]\s*(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|p\.\s*\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[/／，,]?\s*共\s*\d{1,4}\s*页)?)$/iu;

/**
 * (session 15) A printed page's footer or header set in columns, one of them its page number: `Page 1 of 3` and a
 * form's code (`HMH-PA-2026-04`) or a document's title, apart by a run of spaces a sentence never holds.
 */
function pagedColumns(text: string): boolean {
  const cells = text
    .trim()
    .split(/\s{3,}|\t+|\u3000{2,}/u)
    .filter((c) => c !== '');
  return (
    cells.length >= 2 &&
    cells.length <= 4 &&
    cells.some((c) => PAGE_NUMBER.test(c)) &&
    cells.every((c) => [...c].length <= 60 && !/[.!?。！？]$/u.test(c))
  );
}

/** A line's text without its fields' separators, its page number and its spaces: the same on every page. */
function pageKey(text: string): string {
  return (
    text
      .trim()
      // (session 15) `Page 2 of 3` inside a footer's columns counts the pages: the rest of the footer repeats.
      .replace(
        /\bpage\s+\d{1,4}\s+of\s+\d{1,4}\b|第\s*\d{1,4}\s*页(?:\s*[/／，,]?\s*共\s*\d{1,4}\s*页)?/giu,
        '',
      )
      .replace(/^\d{1,4}\s*[|｜·•]\s*|\s*[|｜·•]\s*\d{1,4}$|\s*[—–-]\s*\d{1,4}\s*[—–-]?$/gu, '')
      .replace(/[\s|｜·•]+/gu, '')
      .toLowerCase()
  );
}

/**
 * The keys of lines a printed report repeats on its pages: the same short line without a sentence, with a year or
 * a page number in it, at least twice (`Acme plc | Annual Report 2025 | 7` … `| 8`, 某某医院2025年度报告).
 */
function runningLines(blocks: Block[]): Set<string> {
  const seen = new Map<string, number>();
  for (const b of blocks) {
    if (b.type !== 'para' || b.kind || b.image || b.emphasis?.allBold) continue;
    for (const l of linesOf(b)) {
      // (session 13: as long as it reads, the columns' run of spaces as one)
      const t = norm(l.text);
      if (t === '' || [...t].length > 80 || storyLine(t) || /[:：]$/u.test(t)) continue;
      if (!/(?:19|20)\d\d|[|｜·•]\s*\d{1,4}$/u.test(t)) continue;
      const key = pageKey(t);
      if ([...key].length >= 6) seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([key]) => key));
}

/** A line about the article's author by their full name: `Jane Roe is director of …`, `Jane Roe teaches …`. */
function authorBio(text: string, names: readonly string[]): boolean {
  const t = text.trim();
  const words = t.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length > 60 || /\b(?:said|says|told)\b/i.test(t)) return false;
  return names.some(
    (name) =>
      /\s/.test(name) &&
      t.startsWith(`${name} `) &&
      /^(?:is|was|has|leads|teaches|directs|heads|chairs|runs|works|writes|covers|reports|founded)\b/.test(
        t.slice(name.length + 1),
      ),
  );
}

// ---------------------------------------------------------------------------------------------------------
// 2. Title

/** A first line that can only be a headline: short, one line, no sentence or clause punctuation at its end. */
function titleShaped(p: Para): boolean {
  if (p.kind || p.pieces.length > 1) return false;
  const t = p.text.trim();
  const han = (t.match(/\p{Script=Han}/gu) ?? []).length;
  const words = (t.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  if (han > 0 ? [...t].length > 48 : words > 22 || words < 2) return false;
  if (/[。；;，,：:、]$/u.test(t) || /[。]/u.test(t)) return false;
  if (han === 0 && /[.]$/.test(t)) return false;
  return true;
}

/** Text compared for repetition: no quotes, brackets, marks of emphasis, spaces or closing punctuation. */
const bare = (t: string) =>
  t
    .replace(/["“”‘’'「」『』*_]/gu, '')
    .replace(/[\s\u3000]+/gu, '')
    .replace(/[。！？.!?…，,；;：:]+$/u, '')
    .toLowerCase();

/** `key` stands in `text` as whole words of a clause: marks or the text's edges on both sides of it. */
function quotes(text: string, key: string): boolean {
  const edge = /[\p{P}\p{S}]/u;
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    const before = text[at - 1];
    const after = text[at + key.length];
    if ((before === undefined || edge.test(before)) && (after === undefined || edge.test(after))) return true;
  }
  return false;
}

/**
 * (session 12) The lines no rule recognised that the learned model is sure are the page's (page-lines.ts), lifted
 * from the body once every rule has had its say (titles, subtitles, captions, datelines, notes) and (session 13)
 * before the repair joins paragraphs: a page's line left in would be joined to the story on either side of it. A line
 * a sentence runs through is never asked: one that goes on from a story line the export cut off above it (in its
 * paragraph or the one before), or that runs on into the line below it.
 */
function liftLearnedPageLines(
  flow: FlowItem[],
  model: PageLineModel,
  lang: 'zh' | 'en',
  record: (line: number, what: string, text: string) => void,
): FlowItem[] {
  // The story's lines in order, the model's context: what is above and below each line once the rules lifted theirs;
  // and the heading between a line and the one before it, if any.
  const story: Line[] = [];
  const headingAbove = new Map<number, string>();
  let heading: string | undefined;
  for (const x of flow) {
    if (x.type === 'heading') heading = x.text;
    else
      for (const l of linesOf(x.para).filter((l) => l.text !== '')) {
        if (heading !== undefined) headingAbove.set(l.line, heading);
        heading = undefined;
        story.push(l);
      }
  }
  const at = new Map(story.map((l, n) => [l.line, n]));
  const shapes = shapeCounts(story.map((l) => l.text));
  // The sentence goes on in the line below, with the evidence the repair joins on (across a heading, the heading's).
  const runsOn = (l: Line, next: Line | undefined): boolean => {
    if (next === undefined || closesSentence(l.text)) return false;
    const cutter = headingAbove.get(next.line);
    if (cutter !== undefined) return headingCutEvidence(l.text, next.text, lang, cutter) !== undefined;
    return /^[\p{Ll},，、；;]/u.test(next.text) || continuationEvidence(l.text, next.text) !== undefined;
  };
  // The last story line kept since the last heading.
  let kept: Line | undefined;
  return flow.flatMap((item): FlowItem[] => {
    if (item.type === 'heading') {
      kept = undefined;
      return [item];
    }
    const lines = linesOf(item.para).filter((l) => l.text !== '');
    // Only plain paragraphs: a story's list holds short items that read like a page's (`- 田间试验`), and bold is the
    // story's own structure (`**■ 链接**`, a brief item's title, a fact box's `**$41bn** chip sales`).
    if (item.para.kind || item.para.image || item.para.emphasis?.allBold || item.para.emphasis?.boldLeadEnd) {
      kept = lines.at(-1) ?? kept;
      return [item];
    }
    const page = lines.map(() => false);
    for (const [j, l] of lines.entries()) {
      const n = at.get(l.line) ?? -1;
      const asked = !(kept && cutOff(kept.text)) && !runsOn(l, story[n + 1]) && askableShape(l.text);
      const p = asked
        ? pageLineProbability(model, l.text, {
            above: story[n - 1]?.text,
            below: story[n + 1]?.text,
            at: n / Math.max(1, story.length - 1),
            repeats: (shapes.get(shapeKey(l.text)) ?? 1) - 1,
          })
        : 0;
      // Whether a rule knows the line's shape only once the model is sure (most lines it is asked about, it is not).
      if (asked && p >= model.threshold && askPageLineModel(l.text)) {
        page[j] = true;
        record(l.line, `page line (learned, p=${p.toFixed(3)})`, l.text);
      } else kept = l;
    }
    if (!page.includes(true)) return [item];
    // What is left of the paragraph: its runs of story lines, each a paragraph of its own.
    const runs: Line[][] = [[]];
    for (const [j, l] of lines.entries()) {
      if (page[j]) runs.push([]);
      else runs.at(-1)!.push(l);
    }
    return runs
      .filter((r) => r.length > 0)
      .map((r) => ({ type: 'para' as const, para: paraOf(r, item.para), joinable: item.joinable }));
  });
}

/** A story line the export cut off: no sentence end, and a clause or a sentence's length before the break. */
function cutOff(text: string): boolean {
  const t = text.trim();
  return !closesSentence(t) && (/[，,、；;]/u.test(t) || hanCount(t) >= 12 || wordCount(t) >= 8);
}

/**
 * A pull quote: a line of the story set again between its paragraphs, in quotes or not, often with the speaker after a
 * dash. The reader has it once already; in the flow it would also cut the sentence it was dropped into. Only a
 * paragraph of some length (8 words, 12 characters of Chinese) found whole inside another paragraph is one.
 */
function liftPullQuotes(units: Unit[], record: (line: number, what: string, text: string) => void): void {
  const paras = units.filter(
    (u): u is Extract<Unit, { type: 'para' }> =>
      u.type === 'para' && (!u.para.kind || u.para.kind === 'quote'),
  );
  const texts = paras.map((u) => bare(u.para.text));
  for (const [i, u] of paras.entries()) {
    const said = u.para.text.trim().replace(/\s*[—–-]{1,2}\s*[\p{L}][\p{L}.'’ -]{1,40}$/u, '');
    const han = hanCount(said);
    const size = han > 0 ? han : wordCount(said);
    if (size < (han > 0 ? 12 : 8) || [...said].length > 300) continue;
    const key = bare(said);
    if (
      !texts.some((t, j) => j !== i && t.length > key.length && quotes(t, key)) &&
      !(u.para.kind === 'quote' && quotedAround(said, texts, i))
    )
      continue;
    record(u.para.line, 'pull quote', u.para.text);
    units.splice(units.indexOf(u), 1);
    texts[i] = '';
  }
}

/**
 * (session 15) A pull quote set in a blockquote whose sentences the story gives with the speaker between them
 * (`> "The machine is fast. Taste is still slow."` over `"The machine is fast," she says. "Taste is still slow. …"`):
 * each of its sentences, three words or six characters at least, stands whole in one other paragraph.
 */
function quotedAround(said: string, texts: readonly string[], i: number): boolean {
  const sentences = said
    .split(/(?<=[.!?。！？])["”’」』]?\s*/u)
    .map((x) => x.trim())
    .filter((x) => bare(x) !== '');
  if (sentences.length < 2) return false;
  if (sentences.some((x) => (hanCount(x) > 0 ? hanCount(x) < 6 : wordCount(x) < 3))) return false;
  const keys = sentences.map(bare);
  return texts.some((t, j) => j !== i && keys.every((k) => quotes(t, k)));
}

// ---------------------------------------------------------------------------------------------------------
// 3. Outline

/**
 * Which headings open sections. With `### ` items under `## ` parts, the items are the sections (group = part) and
 * a part only becomes a section of its own when it has text before its first item; otherwise the top level used
 * is the section level. Headings below the section level are subheadings inside the section.
 */
function outline(units: Unit[]): FlowItem[] {
  const headings = units.filter((u): u is Extract<Unit, { type: 'heading' }> => u.type === 'heading');
  const levels = [...new Set(headings.map((h) => Math.max(2, h.level)))].sort();
  const top = levels[0] ?? 2;
  // Items one level below the top, when at least one top-level part holds them.
  let itemLevel: number | undefined;
  for (let i = 0; i < units.length && itemLevel === undefined; i++) {
    const u = units[i]!;
    if (u.type !== 'heading' || Math.max(2, u.level) !== top) continue;
    for (let j = i + 1; j < units.length; j++) {
      const v = units[j]!;
      if (v.type !== 'heading') continue;
      if (Math.max(2, v.level) <= top) break;
      if (v.level === top + 1) {
        itemLevel = top + 1;
        break;
      }
    }
  }
  const flow: FlowItem[] = [];
  let group: string | undefined;
  const parts =
    headings.length === 0 ? new Set([...plainParts(units), ...zhBracketParts(units)]) : new Set<Unit>();
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (parts.has(u) && u.type === 'para') {
      flow.push({ type: 'heading', text: u.para.text.trim(), line: u.para.line });
      continue;
    }
    if (u.type === 'heading') {
      const level = Math.max(2, u.level);
      if (level === top) {
        const next = units.slice(i + 1).find((x) => x.type === 'heading' || x.type === 'para');
        const holdsItems = itemLevel !== undefined && next?.type === 'heading' && next.level === itemLevel;
        group = itemLevel !== undefined ? u.text : undefined;
        if (holdsItems) continue; // a part heading with no text of its own: context for its items
        flow.push({ type: 'heading', text: u.text, line: u.line });
        continue;
      }
      if (level === itemLevel) {
        const item: FlowItem = { type: 'heading', text: u.text, line: u.line };
        if (group !== undefined) item.group = group;
        flow.push(item);
        continue;
      }
      // A heading below the section level: a subheading inside the section, never joined to its neighbours.
      flow.push({
        type: 'para',
        para: {
          text: u.text,
          pieces: [{ start: 0, line: u.line }],
          line: u.line,
          lastLine: u.line,
          kind: 'subheading',
        },
        joinable: false,
      });
      continue;
    }
    if (u.type !== 'para') continue;
    const p = u.para;
    if (!p.kind && (p.emphasis?.allBold || numberedSubheading(p.text) || zhScriptCue(p.text))) {
      p.kind = 'subheading';
      flow.push({ type: 'para', para: p, joinable: false });
      continue;
    }
    // Quotes join only with the quote after them (a blockquote broken by a blank line); see repair.ts.
    flow.push({ type: 'para', para: p, joinable: !p.kind || p.kind === 'quote' });
  }
  return splitBoldItems(titleFieldItems(zhBracketHeadlines(flow)));
}

/** A record's title field set in bold on its own line: `**Title: Sparse Attention Kernels for …**`, `**标题：…**`. */
const TITLE_FIELD = /^(?:title|标题|题目|篇名)\s*[:：]\s*(\S.*)$/iu;

/**
 * (session 15) A listing of records (a preprint server's new submissions, a catalogue's entries): two or more bold
 * title fields, each over its record's fields and text. Each record is an item section titled by its title, with the
 * part it is listed under as its group; a part with no text of its own before its first record is only their group.
 */
function titleFieldItems(flow: FlowItem[]): FlowItem[] {
  const isTitle = (x: FlowItem) =>
    x.type === 'para' &&
    x.para.kind === 'subheading' &&
    x.para.emphasis?.allBold === true &&
    TITLE_FIELD.test(x.para.text.trim());
  if (flow.filter(isTitle).length < 2) return flow;
  const out: FlowItem[] = [];
  let part: (FlowItem & { type: 'heading' }) | undefined;
  for (const x of flow) {
    if (x.type === 'heading') part = x;
    if (x.type !== 'para' || !isTitle(x)) {
      out.push(x);
      continue;
    }
    if (part && out.at(-1) === part) out.pop();
    const item: FlowItem = {
      type: 'heading',
      text: TITLE_FIELD.exec(x.para.text.trim())![1]!,
      line: x.para.line,
    };
    if (part) item.group = part.group ?? part.text;
    out.push(item);
  }
  return out;
}

const ZH_NUMERALS = '一二三四五六七八九十';
/** 一 → 1 … 十九 → 19 (the numbers a document's parts run to); undefined for anything else. */
function zhNumeral(text: string): number | undefined {
  const m = /^(十)?([一二三四五六七八九])?$|^([二三四五六七八九])十([一二三四五六七八九])?$/u.exec(text);
  if (!m || text === '') return undefined;
  if (m[3]) return (ZH_NUMERALS.indexOf(m[3]) + 1) * 10 + (m[4] ? ZH_NUMERALS.indexOf(m[4]) + 1 : 0);
  return (m[1] ? 10 : 0) + (m[2] ? ZH_NUMERALS.indexOf(m[2]) + 1 : 0);
}

/**
 * (sealed13) A page with no headings whose plain lines `一、…`, `二、…`, `三、…` number its parts in order, each over its
 * own text: an official document's or a listed company's announcement exported without its heading marks. Those
 * lines are its sections, as `## 一、…` would be. Bold numbered lines stay subheadings (an editor's bold is a
 * subheading, never a part), and so do numbered lines that do not run 一, 二, 三 … from the first.
 */
function plainParts(units: Unit[]): Set<Unit> {
  const numbered = units.filter(
    (u) =>
      u.type === 'para' &&
      !u.para.kind &&
      !u.para.emphasis?.allBold &&
      numberedSubheading(u.para.text) &&
      /^[一二三四五六七八九十]{1,3}、/u.test(u.para.text.trim()),
  );
  if (numbered.length < 2) return new Set();
  const inOrder = numbered.every(
    (u, i) =>
      zhNumeral(/^([一二三四五六七八九十]{1,3})、/u.exec((u as { para: Para }).para.text.trim())![1]!) ===
      i + 1,
  );
  // Each part has text of its own before the next (a list of short numbered lines is a list, not parts).
  const held = numbered.every((u) => {
    const next = units[units.indexOf(u) + 1];
    return next?.type === 'para' && !numbered.includes(next);
  });
  return inOrder && held ? new Set(numbered) : new Set();
}

/**
 * (session 11) A court's case release or an official release with no headings, its parts opened by bracketed part heads
 * alone on their lines, bold or plain (【基本案情】, 【裁判结果】, 【典型意义】): those lines are its sections. Two or more,
 * each over text of its own; inside `## ` parts (案例一：…) they stay subheadings.
 */
function zhBracketParts(units: Unit[]): Unit[] {
  const heads = units.filter(
    (u) =>
      u.type === 'para' &&
      (!u.para.kind || u.para.kind === 'subheading') &&
      ZH_BRACKET_PART_HEAD.test(u.para.text.trim()),
  );
  if (heads.length < 2 || zhStoryBefore(units, heads[0]!)) return [];
  const held = heads.every((u) => {
    const next = units[units.indexOf(u) + 1];
    return next?.type === 'para' && !heads.includes(next);
  });
  return held ? heads : [];
}

/**
 * (session 12) A report that tells its story in a lead first (近日，某某法院审结一起…。) and then sets out the case under
 * bracketed heads keeps them as subheadings of its one section; a release that opens on its first head is made of
 * its parts.
 */
function zhStoryBefore(units: Unit[], first: Unit): boolean {
  return units
    .slice(0, units.indexOf(first))
    .some(
      (u) => u.type === 'para' && !u.para.kind && !u.para.emphasis?.allBold && /[。！？]/u.test(u.para.text),
    );
}

/** `一、总体要求`, `（二）加强监管`, `3. Next steps`: a numbered line with no sentence punctuation is a subheading. */
function numberedSubheading(text: string): boolean {
  const t = text.trim();
  // English subheadings run longer in characters than Chinese ones: count words there.
  const long = /\p{Script=Han}/u.test(t)
    ? [...t].length > 30
    : (t.match(/[\p{L}\p{N}]+/gu) ?? []).length > 10;
  if (long || /[。！？!?；;，,]$/u.test(t) || /[。；]/u.test(t)) return false;
  return /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十\d]{1,3}[章节部分]|\d{1,2}(?:、|[.．](?!\d))\s*\S)/u.test(
    t,
  );
}

/** The bold lead-in of a paragraph without the punctuation around it (`**Q:**` → `Q`). */
function leadIn(p: Para): string {
  return p.text
    .slice(0, p.emphasis!.boldLeadEnd!)
    .trim()
    .replace(/[\s:：.。—–-]+$/u, '');
}

/** Labels of an interview's turns: the interviewer's side and the answer, in zh and en. */
const TURN_LABEL = /^(?:Q|A|问|答|记者|本报记者|主持人|Interviewer|Question|Answer)$/iu;

/**
 * Bold lead-ins that are the speakers of an interview, not brief items: a question/answer label, or the same
 * lead-in used twice (two people taking turns), in this part or anywhere in the article (`speakers`: lead-ins
 * seen in more than one part). An item's title names its story once.
 */
function isInterview(items: FlowItem[], speakers: ReadonlySet<string> = new Set()): boolean {
  const labels = items.map((x) => (x.type === 'para' ? leadIn(x.para) : ''));
  // `**问：资金从哪里来？**答：…`: the bold run is the whole question, opened by its label.
  const asked = (l: string) => /^(?:Q|A|问|答|记者|主持人)\s*[:：]/iu.test(l);
  // A person's name with a colon (`**Priya Natarajan:**`, `**林可：**`) introduces what they said: a transcript's
  // turn even when each speaker has one.
  // (A brief's items may open on a firm's name and a colon too.)
  const named = items.filter((x) => {
    if (x.type !== 'para') return false;
    const bold = x.para.text.slice(0, x.para.emphasis!.boldLeadEnd!).trim();
    const name = leadIn(x.para);
    return (
      /[:：]$/u.test(bold) && (bareEnglishName(name) !== undefined || /^\p{Script=Han}{2,4}$/u.test(name))
    );
  });
  // A transcript asks: one of its turns holds a question.
  const asks = (x: FlowItem) =>
    x.type === 'para' && /[?？]/u.test(x.para.text.slice(x.para.emphasis!.boldLeadEnd!));
  const spoken = named.length >= 2 && named.some(asks);
  return (
    spoken ||
    labels.some((l) => TURN_LABEL.test(l) || asked(l) || speakers.has(l)) ||
    new Set(labels).size < labels.length
  );
}

/**
 * The rank of a Chinese document's outline number at the start of a heading or a lead-in: 一、 over （一） over 1. over
 * （1） and ①. Undefined without one.
 */
function outlineRank(text: string): number | undefined {
  const t = text.trim();
  if (/^第[一二三四五六七八九十\d]{1,3}[章部篇]/u.test(t)) return 0;
  if (/^[一二三四五六七八九十]{1,3}、/u.test(t)) return 1;
  if (/^[（(][一二三四五六七八九十]{1,3}[）)]/u.test(t)) return 2;
  if (/^\d{1,2}[.．、](?!\d)/u.test(t)) return 3;
  if (/^(?:[（(]\d{1,2}[）)]|[①-⑳])/u.test(t)) return 4;
  return undefined;
}

/**
 * Bold lead-ins numbered one rank below their part's own number (`## 二、重点任务` over `**（一）…。**`, `**（二）…。**`): the
 * points of a document's part, not a brief's items.
 */
function subPoints(items: FlowItem[], heading: FlowItem | undefined): boolean {
  const rank = heading?.type === 'heading' ? outlineRank(heading.text) : undefined;
  if (rank === undefined) return false;
  return items.every((x) => {
    const r = x.type === 'para' ? outlineRank(leadIn(x.para)) : undefined;
    return r !== undefined && r > rank;
  });
}

/** A name's capitals (`Associated Wire Service` → `AWS`), to match the letters a dateline gives for it. */
const initials = (name: string): string =>
  name
    .replace(/^the\s+/i, '')
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/** A figure in bold (`**3.9%** ten-year yield`, `**$41bn**`, `**12亿元**`): a sidebar's number, not an item title. */
const STAT = /^[\p{Sc}+~≈约近超]?\s*[\d.,]+\s*(?:%|[A-Za-z]{1,3}|[万亿千百]?[元个家台名位项倍吨人%])?$/u;

/**
 * A brief whose parts hold bold one-paragraph items (`**Title.** Text…`): when a part (or an article without
 * headings) has two or more paragraphs that open with a bold lead-in, each becomes an item section titled by its
 * lead-in, with the part as its group. One bold lead-in alone is emphasis, not an item.
 */
function splitBoldItems(flow: FlowItem[]): FlowItem[] {
  const out: FlowItem[] = [];
  let start = 0;
  const runs: [number, number][] = [];
  for (let i = 0; i <= flow.length; i++) {
    if (i === flow.length || flow[i]!.type === 'heading') {
      runs.push([start, i]);
      start = i + 1;
    }
  }
  // A transcript's speaker line (`**Ann Holt** -- Chief Executive Officer`) has only a role after the name: no item.
  // Nor is a bold run that its sentence goes on from (`**Question 418**, tabled on 27 October`, `**Acme** said`).
  const isItem = (x: FlowItem) =>
    x.type === 'para' &&
    x.para.emphasis?.boldLeadEnd !== undefined &&
    !x.para.kind &&
    !/^\s*(?:--|—|–)\s*[^.!?。！？]{1,60}$/u.test(x.para.text.slice(x.para.emphasis.boldLeadEnd)) &&
    !/^(?:\s*[,，、;；)）]|\s+\p{Ll})/u.test(x.para.text.slice(x.para.emphasis.boldLeadEnd));
  const itemsOf = ([from, to]: [number, number]) => flow.slice(from, to).filter(isItem);
  // A speaker answers in every part of an interview; a brief names each story once.
  const seen = new Map<string, number>();
  for (const r of runs)
    for (const l of new Set(itemsOf(r).map((x) => (x.type === 'para' ? leadIn(x.para) : ''))))
      seen.set(l, (seen.get(l) ?? 0) + 1);
  const speakers = new Set([...seen].filter(([, n]) => n > 1).map(([l]) => l));
  // A show's chapters (`**(04:12) Why it matters.** …`): one recording's notes under one heading, not stories.
  const chapters = (items: FlowItem[]) =>
    items.every((x) => x.type === 'para' && /^[[(]\d{1,2}:\d{2}(?::\d{2})?[\])]/.test(leadIn(x.para)));
  const listsItems = (items: FlowItem[], heading?: FlowItem) =>
    items.length >= 2 &&
    !chapters(items) &&
    !isInterview(items, speakers) &&
    !items.some((x) => x.type === 'para' && STAT.test(leadIn(x.para))) &&
    !subPoints(items, heading);
  // The heading a run of paragraphs sits under, if any.
  const headingOf = ([from]: [number, number]) => (from > 0 ? flow[from - 1] : undefined);
  // A brief is made of items: release notes or a report with one part of features in bold (`## What's new`)
  // among parts of prose are one piece, its bold lead-ins emphasis. Items make sections when at least half of the
  // parts with text list them.
  const parts = runs.filter(([from, to]) => from > 0 && flow.slice(from, to).some((x) => x.type === 'para'));
  // In a brief whose parts list bold items, a part with one item opening it is an item too (`## Health` holding
  // one story), not a section named after the part.
  const opensWithItem = ([from, to]: [number, number]) => {
    const items = itemsOf([from, to]);
    return (
      items.length === 1 &&
      flow[from] === items[0] &&
      items[0]!.type === 'para' &&
      !STAT.test(leadIn(items[0]!.para))
    );
  };
  const listing = runs.filter((r) => listsItems(itemsOf(r), headingOf(r)));
  const brief =
    listing.length > 0 &&
    (parts.length === 0 ||
      parts.filter((r) => listing.includes(r) || opensWithItem(r)).length * 2 >= parts.length);
  let headingBefore: FlowItem | undefined;
  for (const [from, to] of runs) {
    if (from > 0) headingBefore = flow[from - 1];
    const items = itemsOf([from, to]);
    if (from > 0) out.push(flow[from - 1]!);
    const single =
      brief && from > 0 && opensWithItem([from, to]) && !chapters(items) && !isInterview(items, speakers);
    if (!brief || (!listsItems(items, headingOf([from, to])) && !single)) {
      out.push(...flow.slice(from, to));
      continue;
    }
    // The part heading becomes the group of its items (and stays a section only for text before the first item).
    const part = headingBefore?.type === 'heading' ? headingBefore : undefined;
    let intro = true;
    for (const x of flow.slice(from, to)) {
      if (x.type === 'para' && isItem(x)) {
        if (intro && part && out.at(-1) === part) out.pop();
        intro = false;
        const p = x.para;
        const end = p.emphasis!.boldLeadEnd!;
        const heading = p.text
          .slice(0, end)
          .trim()
          .replace(/[\s:：.。—–-]+$/u, '')
          .replace(/^【(.+)】$/u, '$1');
        const item: FlowItem = { type: 'heading', text: heading, line: p.line };
        if (part) item.group = part.group ?? part.text;
        out.push(item);
        const rest = p.text.slice(end).replace(/^[\s:：.。—–-]+/u, '');
        if (rest !== '') {
          const skip = p.text.length - rest.length;
          const pieces = p.pieces
            .filter((piece) => piece.start >= skip || piece.start === 0)
            .map((piece) => ({ start: Math.max(0, piece.start - skip), line: piece.line }));
          out.push({
            type: 'para',
            para: { text: rest, pieces, line: lineAt(p, skip), lastLine: p.lastLine },
            joinable: true,
          });
        }
        continue;
      }
      out.push(x);
    }
  }
  return out;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * The date of a wire dateline that gives the day without the year (`Dec 1`): the year of the page's copyright line
 * (`© 2026 Meridian News`), which a fresh export carries, unless the story's own weekday (`on Tuesday`, `ruled Monday`) falls on
 * another day that year (an old story on a page of this year). No copyright year, no date: nothing is guessed.
 */
function datelineYear(day: string, text: string, lifted: LiftedLine[]): string | undefined {
  const year = lifted
    .map((l) => /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(\d{4})\b/i.exec(l.text.trim())?.[1])
    .find((y) => y !== undefined);
  const date = year ? parseDate(`${day}, ${year}`) : undefined;
  if (!date) return undefined;
  const named = text.match(/\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g) ?? [];
  const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
  return named.length === 0 || named.some((d) => d.toLowerCase() === weekday) ? date : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Article

export function buildArticle(
  blocks: Block[],
  fm: FrontMatter,
  file: string | undefined,
  diagnostics: Diagnostic[],
  pageLines: PageLineModel | null = null,
): Article | undefined {
  const warn: Warn = (code, message, line) =>
    diagnostics.push({ severity: 'warning', code, message, file, line });
  const fail = (code: string, message: string, line?: number) =>
    diagnostics.push({ severity: 'error', code, message, file, line });

  const lang: Lang = fm.lang ?? (hanShare(blocks.map((b) => b.text).join('\n')) >= 0.3 ? 'zh' : 'en');
  // A mail pasted whole: its header fields and forward marks leave the text before any other rule reads it.
  const mail = readMailHeaders(blocks);
  if (mail) blocks = withoutLines(blocks, mail.lines);
  // A letter's sign-off: the valediction, the signer and their office.
  const signOff = lang === 'en' ? readSignOff(blocks) : undefined;
  if (signOff) blocks = withoutLines(blocks, signOff.lines);

  const {
    units,
    figures,
    meta,
    byline: foundByline,
    lifted,
    posted,
    release,
  } = liftFurniture(
    blocks,
    warn,
    fm.byline,
    fm.title ?? blocks.find((b) => b.type === 'heading' && b.level === 1)?.text,
  );
  let byline = foundByline;
  const repairs: Repair[] = [];
  for (const [line, { what, text }] of [...(mail?.lines ?? []), ...(signOff?.lines ?? [])])
    lifted.push({ line, what, text });

  // Title.
  let title: string | undefined;
  let titleLine: number | undefined;
  const h1 = units.findIndex((u) => u.type === 'heading' && u.level === 1);
  if (h1 >= 0) {
    const u = units[h1] as Extract<Unit, { type: 'heading' }>;
    title = u.text;
    titleLine = u.line;
    units.splice(h1, 1);
    for (const extra of units) {
      if (extra.type === 'heading' && extra.level === 1) {
        warn(
          'extra-title',
          `a second "# " title "${extra.text}": treated as a section; use "## " for sections`,
          extra.line,
        );
      }
    }
  }
  if (fm.title !== undefined) title = fm.title;
  else if (title !== undefined) title = headlineOf(title);
  if (title === undefined && mail?.subject) {
    title = mail.subject.text;
    repairs.push({
      kind: 'title-from-subject',
      line: mail.subject.line,
      detail: `no "# " title: the pasted mail's subject “${title}” is used as the title`,
    });
  }
  const fielded = title === undefined && lang === 'zh' ? zhTitleField(lifted) : undefined;
  if (fielded) {
    ({ title, line: titleLine } = fielded);
    repairs.push({
      kind: 'title-from-first-line',
      line: fielded.line,
      detail: `no "# " title: the page's title field “${title}” is used as the title`,
    });
  }
  if (title === undefined) {
    const first = units.findIndex((u) => u.type !== 'caption');
    const u = units[first];
    if (u?.type === 'para' && titleShaped(u.para) && units.length > first + 1) {
      title = headlineOf(u.para.text.trim());
      titleLine = u.para.line;
      units.splice(first, 1);
      repairs.push({
        kind: 'title-from-first-line',
        line: u.para.line,
        detail: `no "# " title: the first line “${title}” has a headline's shape (short, no sentence punctuation) and is used as the title`,
      });
    } else {
      fail(
        'missing-title',
        'no title: the article has no "# " heading, no title in the front matter, and its first line does not read as a headline; add a "# " line with the title',
        1,
      );
    }
  }

  // A subtitle under the headline (——记某某的探索, — a dek): part of the headline, not the first paragraph.
  const firstUnit = units.findIndex((u) => u.type !== 'caption');
  const sub = units[firstUnit];
  if (
    sub?.type === 'para' &&
    !sub.para.kind &&
    /^[—–-]{1,2}\s*\S/u.test(sub.para.text.trim()) &&
    [...sub.para.text.trim()].length <= 60 &&
    !/[。！？.!?]["”’）)]*$/u.test(sub.para.text.trim())
  ) {
    units.splice(firstUnit, 1);
    lifted.push({ line: sub.para.line, what: 'subtitle', text: sub.para.text.trim() });
  }

  // A dateline or a bracketed byline at the start of the first paragraph: 本报讯（记者 …）, LONDON (Reuters) -. Or of
  // the second, under a standfirst (a dek line under the headline): the story starts there, so the dek is never
  // joined to it.
  const openers = units
    .filter(
      (u): u is Extract<Unit, { type: 'para' }> =>
        u.type === 'para' && !u.para.kind && !isEditorsNote(u.para.text) && !isNoteLine(u.para.text),
    )
    .slice(0, 2);
  let undated: { day: string; text: string } | undefined;
  for (const [n, opener] of openers.entries()) {
    const dateline = findDateline(opener.para.text);
    if (!dateline) continue;
    const p = opener.para;
    const rest = p.text.slice(dateline.length);
    const skip = p.text.length - rest.trimStart().length;
    p.text = p.text.slice(skip);
    p.pieces = p.pieces
      .filter((piece) => piece.start >= skip || piece.start === 0)
      .map((piece) => ({ start: Math.max(0, piece.start - skip), line: piece.line }));
    if (n > 0) p.opensStory = true;
    mergeMeta(meta, dateline.meta);
    if (dateline.day) undated = { day: dateline.day, text: p.text };
    if (dateline.byline && !byline) byline = dateline.byline;
    lifted.push({ line: p.line, what: 'dateline', text: dateline.raw });
    break;
  }

  if (posted?.source && !meta.source) meta.source = posted.source;
  // A dateline's letters (`VESTBY (AWS) —`) stand for the outlet the page names in full elsewhere (its copyright,
  // its masthead): the full name is the source.
  else if (
    posted?.source &&
    meta.source &&
    (initials(posted.source) === meta.source.replace(/[.&]/g, '') ||
      zhShortOutlet(meta.source, posted.source))
  )
    meta.source = posted.source;
  byline ??= posted?.byline;
  if (mail?.sender) byline ??= { raw: mail.sender, names: [mail.sender] };
  if (signOff?.signer) byline ??= { raw: signOff.signer, names: [signOff.signer] };
  byline ??= bylineFallback(blocks, lang); // (session 16) a credit's shape in the top or foot lines: byline-fallback.ts
  if (mail?.published) meta.published ??= mail.published;
  const editionDate = lang === 'zh' && title !== undefined ? zhEditionTitleDate(title) : undefined;
  if (editionDate) meta.published ??= editionDate;

  // An editor's note or a correction notice is content, but not the lead nor a section's text.
  // (session 14: not a corrections page's item, whose bold lead-in titles it: `**Clarification: start-up funding.** …`)
  const titledItem = (p: Para) =>
    p.emphasis?.boldLeadEnd !== undefined &&
    !/^(?:corrections?|clarifications?|editor[’']?s note|更正|勘误)$/iu.test(leadIn(p));
  const note: Paragraph[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (
      u.type === 'para' &&
      !u.para.kind &&
      (isEditorsNote(u.para.text) || isNoteLine(u.para.text)) &&
      !titledItem(u.para)
    ) {
      note.push({ index: note.length, text: u.para.text, line: u.para.line });
      units.splice(i--, 1);
    }
  }

  liftPullQuotes(units, (line, what, text) => lifted.push({ line, what, text }));
  const outlined = outline(units);
  // The model speaks before the repair: a page's line it lifts is never joined to the story around it.
  const flow = pageLines
    ? liftLearnedPageLines(outlined, pageLines, lang, (line, what, text) => lifted.push({ line, what, text }))
    : outlined;
  repairs.push(...repairLayout(flow, file, diagnostics, lang, zhPageBreaks(lifted, lang)));
  if (lang === 'zh') zhWallCut(lifted, (line, message) => warn('cut-off-sentence', message, line));

  // Lead = text before the first section heading; each heading opens a section s1, s2, ….
  const toParagraph = (p: Para, index: number): Paragraph => {
    const out: Paragraph = { index, text: p.text, line: p.line };
    if (p.kind) out.kind = p.kind;
    return out;
  };
  const leadParas: Para[] = [];
  const sectionParas: { heading: string; group?: string; line: number; paras: Para[] }[] = [];
  for (const [k, item] of flow.entries()) {
    if (item.type === 'heading') {
      // A part heading left with no text of its own once the repair gave its text back (as outline() leaves out).
      const next = flow[k + 1];
      if (item.group === undefined && next?.type === 'heading' && next.group === item.text) continue;
      const s: (typeof sectionParas)[number] = { heading: item.text, line: item.line, paras: [] };
      if (item.group !== undefined) s.group = item.group;
      sectionParas.push(s);
    } else (sectionParas.at(-1)?.paras ?? leadParas).push(item.para);
  }
  title ??= '';

  // No sections at all (a wire story): one section titled by the article, so a digest has something to show.
  // A release whose `## ` parts are only its standing text (`## About Acme`, `## Forward-Looking Statements`): the
  // news above them is the article's first section, as if it had none.
  const onlyBoilerplate =
    sectionParas.length > 0 &&
    release &&
    sectionParas.every((s) => RELEASE_BOILERPLATE.test(s.heading.trim()));
  if ((sectionParas.length === 0 || onlyBoilerplate) && leadParas.length > 0) {
    sectionParas.unshift({ heading: title, line: leadParas[0]!.line, paras: leadParas.splice(0) });
  }

  // Chinese punctuation, counted once for the article.
  const count: PunctuationCount = { total: 0, byMark: {} };
  const normalize = lang === 'zh' && fm.punctuation !== 'keep';
  const zh = (text: string) => (normalize ? normalizeZhPunctuation(text, count) : text);
  let firstChanged: number | undefined;
  const fix = (text: string, line: number) => {
    const before = count.total;
    const out = zh(text);
    if (count.total > before && firstChanged === undefined) firstChanged = line;
    return out;
  };
  title = fix(title, titleLine ?? 1);
  for (const p of [...leadParas, ...sectionParas.flatMap((s) => s.paras)]) p.text = fix(p.text, p.line);
  for (const s of sectionParas) {
    s.heading = s.heading === title ? title : fix(s.heading, s.line);
    if (s.group !== undefined) s.group = zh(s.group);
  }
  for (const f of figures) f.caption = fix(f.caption, f.line);
  for (const n of note) n.text = fix(n.text, n.line);
  if (count.total > 0) {
    const marks = Object.entries(count.byMark)
      .map(([mark, n]) => `${mark} ×${n}`)
      .join(', ');
    repairs.push({
      kind: 'punctuation',
      line: firstChanged ?? 1,
      detail: `${count.total} half-width punctuation marks between Chinese characters made full-width (${marks}), first at line ${firstChanged ?? 1}; the source file is unchanged (front matter "punctuation: keep" turns this off)`,
    });
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
    const section: Section = {
      id: `s${i + 1}`,
      heading: s.heading,
      paragraphs: s.paras.map(toParagraph),
      line: s.line,
    };
    if (s.group !== undefined) section.group = s.group;
    return section;
  });

  const allParas = [...leadParas, ...sectionParas.flatMap((s) => s.paras)];
  const detected: Lang = hanShare([title, ...allParas.map((p) => p.text)].join('\n')) >= 0.3 ? 'zh' : 'en';
  if (fm.lang && fm.lang !== detected) {
    warn(
      'lang-mismatch',
      `front matter says lang: ${fm.lang} but the text reads as ${detected}: check the lang field`,
      2,
    );
  }
  if (lang === 'zh') findMixedFragments(allParas, warn);

  if (fm.byline) {
    // `byline: Freya Lund` in front matter is one English name, not two: English names split at commas and
    // "and", Chinese ones at spaces and 、.
    const english = !/\p{Script=Han}/u.test(fm.byline);
    byline = parseByline(fm.byline) ??
      (english ? parseByline(`By ${fm.byline}`) : undefined) ?? {
        raw: fm.byline,
        names: splitNames(fm.byline),
      };
  }

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
    furniture: lifted.sort((a, b) => a.line - b.line),
    counts: {
      sections: sections.length,
      paragraphs: allParas.length,
      characters: allParas.reduce((n, p) => n + [...p.text].length, 0),
      figures: figures.length,
    },
  };
  // The front matter's date is the editor's word for when the story was published.
  if (fm.date && !meta.published) meta.published = fm.date;
  if (!meta.published && undated) {
    const dated = datelineYear(undated.day, undated.text, lifted);
    if (dated) meta.published = dated;
  }
  if (fm.date) article.date = fm.date;
  else if (meta.published) article.date = meta.published;
  if (fm.source) article.sourceUrl = fm.source;
  if (byline) article.byline = byline;
  if (Object.keys(meta).length > 0) article.meta = meta;
  if (note.length > 0) article.note = note;
  if (fm.themes) article.themeOverrides = fm.themes;
  if (fm.accept) article.accept = fm.accept;
  if (fm.publishAt) article.publishAt = fm.publishAt;
  if (fm.correction) article.correction = fm.correction;
  if (fm.realert) article.realert = true;
  if (diagnostics.some((d) => d.severity === 'error') && title === '') return undefined;
  return article;
}

/**
 * A correction notice, or an editor's note in the wire style: `Correction:` / `更正：` as a label, or the standard
 * wording of one (`An earlier version of this article…`, `This story has been corrected…`, `特此更正`). Only whole
 * paragraphs that say so of themselves.
 */
function isNoteLine(text: string): boolean {
  const t = text.trim();
  return (
    // The wire style of an editor's note: `EDITOR'S NOTE — This story is part of …`.
    /^editor[’']?s note\s*[—–-]/i.test(t) ||
    /^[【[（(]?(?:更正|更正声明|勘误)[】\]）)]?\s*[:：]/u.test(t) ||
    /特此更正[。！]?$/u.test(t) ||
    /^(?:Correction|Clarification)s?\b[^:.]{0,30}[:.]/i.test(t) ||
    /^(?:An earlier|A previous) version of this (?:article|story|report)\b/i.test(t) ||
    /^This (?:article|story|report) (?:has been|was) (?:corrected|updated to correct|amended)\b/i.test(t)
  );
}

function parseByline(raw: string): Byline | undefined {
  return parseBylineLine(raw)?.byline;
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

function findMixedFragments(paras: Para[], warn: Warn): void {
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

/** The blocks without the given source lines (a paragraph left with none is dropped). */
function withoutLines(blocks: Block[], drop: ReadonlyMap<number, unknown>): Block[] {
  return blocks.flatMap((b): Block[] => {
    if (b.type !== 'para') return [b];
    const lines = linesOf(b);
    const kept = lines.filter((l) => !drop.has(l.line));
    if (kept.length === lines.length) return [b];
    return kept.length === 0 ? [] : [{ type: 'para', ...paraOf(kept, b) }];
  });
}

/** (session 14, zh) The lines of a printed page's header or footer lifted from the text: where its pages break. */
function zhPageBreaks(lifted: readonly LiftedLine[], lang: 'zh' | 'en'): Set<number> {
  if (lang !== 'zh') return new Set();
  return new Set(lifted.filter((l) => l.what === 'page header or footer').map((l) => l.line));
}

/**
 * (session 14, zh) A login wall or a paywall lifted from the story (——以下内容需登录后阅读——) with the start of the locked
 * part shown under it, its last line stopping mid-sentence (1月12日　某某工程开工。全年新增的): the story is cut there.
 * The lines were lifted as the page's, so the repair never saw the cut: it is warned about here.
 */
function zhWallCut(lifted: readonly LiftedLine[], warn: (line: number, message: string) => void): void {
  const wall = lifted.find((l) => l.what === 'paywall note');
  if (!wall) return;
  const shown = lifted.filter(
    (l) =>
      l.line > wall.line &&
      (l.what === 'below the story' || l.what.startsWith('page line (learned')) &&
      /\p{Script=Han}/u.test(l.text),
  );
  const last = shown.at(-1);
  // The cut is in the story's text: a sentence closes before it on the same line (a heading of the locked part,
  // 【附】某某大事记, closes none), and the line has a clause's or a sentence's length.
  if (!last || closesSentence(last.text) || !/[。！？；]./u.test(last.text.trim())) return;
  if (!cutOff(last.text)) return;
  warn(
    last.line,
    `the text shown under the login wall at line ${wall.line} ends mid-sentence (“${last.text.trim().slice(-12)}”): the rest of the story is behind the wall; complete it from the original or end the text before the wall`,
  );
}
