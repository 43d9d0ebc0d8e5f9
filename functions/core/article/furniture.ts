// Page furniture: the lines a newspaper page or a CMS export carries around the article text — photo credits,
// captions, bylines, datelines, source and date lines, editor lines, share and print links. They are
// recognised by their shape (position in the line, length, punctuation, credit/role/agency/label words), never by
// the text of one article, and lifted out of the body as figures or article metadata. Pure, no I/O.
//
// The readers live in furniture/, one file per family; this module is their entry: furnitureLine and the
// names the parser and the tests use. The family readers call furnitureLine back for a part of a line (a field, a
// sentence, a bar's item): that recursion is the one import cycle here, on purpose; everything else flows down to
// furniture/words.ts, which imports nothing of its own (but the parse's memo, line-memo.ts).
import { INSTITUTION, PUBLICATION, zhBars } from './furniture/bylines.ts';
import { bareEnglishName, enLine, seriesLine } from './furniture/en-lines.ts';
import { navItem } from './furniture/lists.ts';
import { messageLine } from './furniture/messages.ts';
import type { FurnitureLine } from './furniture/words.ts';
import { barParts, parseDate, postTime, wordCount } from './furniture/words.ts';
import { zhLine } from './furniture/zh-lines.ts';
import { forumFloorAlone } from './furniture/zh-page.ts';
import { remembered } from './line-memo.ts';

export type { BylineFound, DatelineFound } from './furniture/bylines.ts';
export {
  findDateline,
  INSTITUTION,
  PUBLICATION,
  parseBylineLine,
  zhFiledFrom,
} from './furniture/bylines.ts';
export {
  closesSentence,
  edgeFurniture,
  isBareMonth,
  isEditorsNote,
  storyLine,
  zhDocumentEdge,
} from './furniture/edges.ts';
export { bareEnglishName, isAuthorTitleLine, nameAndRole } from './furniture/en-lines.ts';
export type { FurnitureList } from './furniture/lists.ts';
export {
  furnitureList,
  headlineShaped,
  isLinkTitle,
  isRelatedLinksHeader,
  siteHeaderName,
} from './furniture/lists.ts';
export type { FurnitureLine } from './furniture/words.ts';
export {
  hanCount,
  isCaptionShape,
  isCredit,
  parseDate,
  splitCaptionCredit,
  wordCount,
} from './furniture/words.ts';
export { splitJump, ZH_JUMP } from './furniture/zh-page.ts';

/**
 * A whole line of page furniture or metadata, or undefined when it is article text. Recognised by shape:
 * `label：value` pairs with furniture labels, date lines, provenance lines, end marks, share/print links,
 * breadcrumbs.
 */
export function furnitureLine(raw: string): FurnitureLine | undefined {
  // (asked about the same line by several rules: answered once a parse, line-memo.ts)
  return remembered('furnitureLine', raw, readFurnitureLine);
}

function readFurnitureLine(raw: string): FurnitureLine | undefined {
  const whole = oneLine(raw);
  if (whole) return whole;
  // A page's sentences run together on one line (`You have 1 free article left this month. Subscribe for unlimited
  // access to …`, `This article is for subscribers. Already a subscriber? Log in`): furniture when each one is.
  const text = raw.trim();
  if (text.length > 600 || /\p{Script=Han}/u.test(text)) return undefined;
  // A bar of the page's links (`Video of this meeting is available on … | Printer-friendly version | Subscribe to …`).
  // (session 11: or a `·` row, `Copy link · Edit this page on GitHub`)
  // (session 14: or buttons in brackets, `[Print this page] [Email this page] [Add to watchlist]`)
  // (each part is read once: the rules below ask about the same parts again)
  const read = new Map<string, FurnitureLine | undefined>();
  const part = (p: string) => {
    if (!read.has(p)) read.set(p, oneLine(p));
    return read.get(p);
  };
  const buttons = /^(?:\[[^\][]{2,40}\]\s*)+$/u.test(text) ? text.match(/[^\][]{2,40}(?=\])/gu)! : undefined;
  const bar = buttons ?? text.split(/\s+[|·•]\s+/);
  if (bar.length >= (buttons ? 1 : 2) && bar.length <= 6 && bar.every((p) => part(p)?.kind === 'furniture'))
    return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  // (session 14) Two of the page's lines set on one with a dash (`Slide 9 of 9 — [Click to add text]`).
  const dashed = text.split(/\s+[—–]\s+/);
  if (dashed.length === 2 && dashed.every((p) => part(p)?.kind === 'furniture'))
    return { kind: 'furniture', what: part(dashed[0]!)!.what };
  // (session 14) A footer's row of the site's links, some its own page names (`Register as a vendor | Subscribe to bid
  // alerts | Accessibility | Privacy Policy`): each a few words, no sentence, most of them the page's (half, when each
  // is a button in brackets).
  if (bar.length >= 3 && bar.length <= 8 && bar.every((p) => wordCount(p) <= 5 && !/[.!?,;:\d]/u.test(p))) {
    const page = bar.filter((p) => part(p)?.kind === 'furniture');
    if (
      page.length >= 1 &&
      page.length + bar.filter((p) => navItem(p)).length >= (bar.length * (buttons ? 2 : 3)) / 4
    )
      return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  }
  const parts = text.split(/(?<=[.!?])\s+(?=["“]?\p{Lu})/u);
  if (parts.length < 2 || parts.length > 6) return undefined;
  // Every answer below needs the first sentence to be the page's: the others are read only then (this runs on each
  // paragraph of every article).
  const first = part(parts[0]!);
  if (first === undefined) return undefined;
  // (session 11) A line of the page's metadata with its small print after it (`Transcript provided by Ledgerline. This
  // transcript may not be 100% accurate …`): the metadata, when every sentence after it is the page's.
  // (a sponsor's read goes on in the sponsor's words: `This episode is supported by Acme. Acme helps … — try it free`)
  // (and a disclaimer in the publisher's words: `This summary is provided to help … It does not form part of …`)
  if (
    first.kind === 'furniture' &&
    (first.what === 'sponsor line' || first.what === 'disclaimer') &&
    wordCount(text) <= 80
  )
    return first;
  if (!parts.slice(1).every((p) => part(p)?.kind === 'furniture')) return undefined;
  return first.kind === 'meta' ? first : { kind: 'furniture', what: first.what };
}

/** furnitureLine for a line read whole. */
function oneLine(raw: string): FurnitureLine | undefined {
  return remembered('oneLine', raw, readOneLine);
}

function readOneLine(raw: string): FurnitureLine | undefined {
  const text = zhBars(raw.trim().replace(/[\s\u3000]+/gu, ' '));
  if (text === '' || [...text].length > 240) return undefined;
  // (session 14) A table's one-cell row that the export left as text (`| WikiProject Companies (Rated C-class) |`).
  const cell = /^\|\s*([^|]+?)\s*\|$/u.exec(text);
  const inCell = cell ? oneLine(cell[1]!) : undefined;
  if (inCell) return inCell;
  // A video player's time display (00:00 / 02:16): the player's, in any language.
  if (/^\d{1,2}:\d{2}(?::\d{2})?\s?[/／]\s?\d{1,2}:\d{2}(?::\d{2})?$/u.test(text))
    return { kind: 'furniture', what: 'video player' };
  // (session 15) A subtitle file's cue timing (SRT `00:01:13,300 --> 00:01:17,800`, WebVTT `00:13.800 --> 00:17.500
  // line:90%`): the player's clock, never what is said.
  if (
    /^\d{1,2}:\d{2}(?::\d{2})?[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}(?::\d{2})?[,.]\d{1,3}(?:\s+[\w:%.-]+)*$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'subtitle timing' };
  // (session 15) A listing's entry line: its number, its identifier and the formats it comes in (`[1] qp:2603.01472
  // [pdf, html, other]`, `arXiv:2603.00961 (cross-list from cs.RO) [pdf, ps]`).
  if (
    /^(?:\[\d{1,4}\]\s+)?[\w.:/-]{4,40}(?:\s+\([^()]{1,40}\))?\s+\[(?:pdf|html|other|ps|abs|epub|doi|bibtex|xml|txt|docx?)(?:\s*,\s*(?:pdf|html|other|ps|abs|epub|doi|bibtex|xml|txt|docx?))*\]$/iu.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'links or counters' };
  // A live page's time stamp over each post (`17:40 BST`, `10:32 a.m. ET`, `【17:40】`, `1h ago`): the post's, not text.
  if (postTime(text)) return { kind: 'furniture', what: 'post time' };
  // A row of arrows pointing at what comes next (↓↓↓, 👇👇): a post's mark, never text.
  if (/^[↓⬇👇↑⬆👆→↘▼▲\s]{1,}$/u.test(text)) return { kind: 'furniture', what: 'share or print links' };
  const series = /\p{Script=Han}/u.test(text) ? undefined : seriesLine(text);
  if (series) return series;
  // A kicker before the page's time stamp (`LIVE · Last updated 4:05 p.m. ET, May 20, 2026`): the stamp is read.
  const kicker = /^([^·|•]{2,24}?)\s+[·|•]\s+(.+)$/u.exec(text);
  if (kicker && !/\p{Script=Han}/u.test(text) && furnitureLine(kicker[1]!)?.what === 'section label') {
    const stamp = furnitureLine(kicker[2]!);
    // `Analysis | Jane Roe`: the kicker, then the writer.
    const writer = stamp ? undefined : bareEnglishName(kicker[2]!);
    if (writer) return { kind: 'meta', meta: {}, what: 'byline', byline: { raw: text, names: [writer] } };
    return stamp?.kind === 'meta' ? stamp : { kind: 'furniture', what: 'section label' };
  }
  // The outlet and its section (`Veland Broadcasting Corporation · Politics`): where the page is, not who wrote it.
  // (and `Robotics Trade Weekly | Automation | Interviews`: its section and the kind of piece)
  const [outlet = '', ...labels] = barParts(text);
  if (
    labels.length >= 1 &&
    labels.length <= 3 &&
    (PUBLICATION.test(outlet) || INSTITUTION.test(outlet)) &&
    labels.every(
      (t) => /^[\p{Lu}][\p{L}&'’-]*(?:\s+(?:[\p{Lu}][\p{L}&'’-]*|&|and)){0,3}$/u.test(t) && !parseDate(t),
    )
  )
    return { kind: 'meta', meta: { source: outlet }, what: 'publication line' };
  if (forumFloorAlone(text)) return { kind: 'furniture', what: 'forum floor' };
  const message = messageLine(text);
  if (message) return message;
  return /\p{Script=Han}/u.test(text) ? zhLine(text) : enLine(text);
}
