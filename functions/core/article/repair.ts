// Layout repair: joins paragraphs broken mid-sentence and moves headings dropped into a sentence, recording
// each change; what cannot be repaired safely is left as it is and reported.
import type { Diagnostic } from '../types.ts';
import { lineAt, type Para } from './blocks.ts';
import {
  colonCutEvidence,
  continuationEvidence,
  cutInsideClause,
  endsSentence,
  firstSentenceEnd,
  headingCutEvidence,
  headOf,
  isFootnoteLine,
  joinSeparator,
  listsParticipants,
  opensSentence,
  shortUnpunctuated,
  stopsOpen,
  tailOf,
  trimEndCheap,
  zhOrdinalItemLine,
} from './text.ts';
import type { Repair } from './types.ts';

/** Reading order after the title, byline and figures were lifted out: paragraphs and section headings. */
export type FlowItem =
  | { type: 'para'; para: Para; joinable: boolean }
  | { type: 'heading'; text: string; line: number; group?: string };

/**
 * Walks the paragraphs in reading order. A paragraph that ends mid-sentence is
 * - joined with the next paragraph when they are adjacent (figures and the title may sit between them:
 *   they were lifted out of the flow);
 * - joined with the start of the text after a section heading when that text carries positive evidence
 *   of being the rest of the sentence (a split word like 这|个, a leading comma or lowercase word); the
 *   heading then moves to the next sentence boundary;
 * - otherwise left as it is and reported as `cut-off-sentence`: its end is missing from the source.
 */
export function repairLayout(
  flow: FlowItem[],
  file: string | undefined,
  diagnostics: Diagnostic[],
  lang: 'zh' | 'en' = 'zh',
  pageBreaks: ReadonlySet<number> = new Set(),
): Repair[] {
  const repairs: Repair[] = [];
  // Consumed items become holes (undefined) and are dropped at the end: splicing on every join would make
  // a long run of broken paragraphs quadratic.
  const items: (FlowItem | undefined)[] = flow;
  const nextFrom = (k: number) => {
    while (k < items.length && items[k] === undefined) k++;
    return k;
  };
  const firstPara = items.findIndex((x) => x?.type === 'para');
  joinBrokenItems(items, repairs, lang);
  // (session 14) The words the article writes in lower case: one of them capitalised opens a sentence.
  const lowerWords = lang === 'en' ? wordsInLowerCase(items) : undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item?.type !== 'para' || !item.joinable || listsParticipants(item.para.text)) continue;
    const p = item.para;
    const text = new GrowingText(p.text);
    // A heading already moved past a whole paragraph that had no sentence end: what follows it was
    // adjacent to that paragraph, so it continues the sentence without further evidence.
    let carried: FlowItem | undefined;
    const shortLine = shortUnpunctuated(p.text, lang);
    const prev = items.slice(Math.max(0, i - 3), i).findLast((x) => x !== undefined);
    const afterShort =
      prev?.type === 'para' && !prev.para.kind && shortUnpunctuated(prev.para.text, lang) && !p.kind;
    const startLength = text.length;
    const warnShortLine = (short: Para) =>
      diagnostics.push({
        severity: 'warning',
        code: 'unpunctuated-line',
        message: `“${headOf(short.text, 16)}” is a short line without sentence punctuation: kept as its own paragraph, not joined to the text after it; if it is a subheading, mark it **bold** or ###; if it is a credit or page furniture, remove it; if it belongs to the next sentence, join the lines`,
        file,
        line: short.line,
      });
    const cutOff = (where: string) =>
      diagnostics.push({
        severity: 'warning',
        code: 'cut-off-sentence',
        message: `the paragraph ends mid-sentence (“${tailOf(text.tail)}”) ${where}: the rest of the sentence seems to be missing; complete it from the original or end the sentence`,
        file,
        line: p.lastLine,
      });
    // Re-examine the same paragraph after each join: it may continue over several breaks.
    for (let j = nextFrom(i + 1); ; j = nextFrom(j)) {
      // A colon opens what follows: it ends a paragraph, but not a section (what it introduced may be after a heading).
      const colon = lang === 'zh' && /[：:]$/u.test(trimEndCheap(text.tail)) && items[j]?.type === 'heading';
      if (endsSentence(text.tail) && !colon) break;
      const next = items[j];
      // The next speaker's turn in an interview (`Q:`, `答：`, `**Ines Park:**`) never continues the answer
      // before it, whatever its first word: the answer was cut.
      // (session 14, zh) A chat's next message under its sender and time: a message needs no full stop to be whole.
      if (lang === 'zh' && next?.type === 'para' && next.joinable && zhChatTurn(next.para)) break;
      if (next?.type === 'para' && next.joinable && startsTurn(next.para)) {
        cutOff(`before the next speaker's turn at line ${next.para.line}`);
        break;
      }
      // A quote continues only in the quote after it; text after a quote is its attribution or new text.
      if (next?.type === 'para' && next.joinable && (next.para.kind ?? '') !== (p.kind ?? '')) {
        if (p.kind !== 'quote') cutOff(`before a ${next.para.kind ?? 'paragraph'} at line ${next.para.line}`);
        break;
      }
      // (session 13) A printed page's footnote between a sentence and its rest on the next page (`… the tool marked` /
      // `¹ A near miss is …` / `as normal 37 films …`): the sentence goes on after it, and the footnote follows the
      // paragraph.
      if (next?.type === 'para' && next.joinable && isFootnoteLine(next.para.text)) {
        const k = nextFrom(j + 1);
        const after = items[k];
        const evidence =
          after?.type === 'para' && after.joinable && !after.para.kind
            ? continuationEvidence(text.tail, after.para.text)
            : undefined;
        if (after?.type === 'para' && evidence) {
          repairs.push({
            kind: 'joined-paragraphs',
            line: after.para.line,
            detail: `line ${after.para.line} continues the sentence of line ${p.lastLine} across the footnote at line ${next.para.line} (${evidence}): joined, the footnote after the paragraph`,
          });
          append(p, text, after.para);
          items[k] = next;
          items[j] = undefined;
          continue;
        }
      }
      if (next?.type === 'para' && next.joinable) {
        // A short line with no sentence punctuation (a label, an unmarked subheading, a credit that was not
        // recognised) is never merged on a guess, nor is one merged into a sentence: only evidence joins them.
        const evidence =
          continuationEvidence(text.tail, next.para.text) ??
          (lang === 'zh'
            ? (zhPageBreakEvidence(p, text.tail, next.para, pageBreaks) ??
              zhCoverbCut(text.tail, next.para.text))
            : undefined);
        // The next paragraph opens a sentence of its own (a dateline, `The …`, `此外，`, `4月1日，`): the paragraph
        // before lost its end or is a standfirst; joining them would make one false sentence.
        const opens = next.para.opensStory
          ? 'starts the story'
          : evidence
            ? undefined
            : opensSentence(next.para.text, lang, text.tail);
        if (opens) {
          // A standfirst under the headline has no full stop in many exports: nothing is missing there.
          // (session 13, zh) Nor between a syllabus's items (第2周　… / 第3周　…): a list's lines end without a stop.
          if (!(next.para.opensStory && i === firstPara) && !(lang === 'zh' && zhOrdinalItemLine(p.text))) {
            cutOff(`before line ${next.para.line}, which ${opens}`);
          }
          break;
        }
        // A run of short label lines (a sidebar's figures, a fact box) has nothing to join and nothing missing.
        if (!evidence && shortLine && text.length === startLength && shortUnpunctuated(next.para.text, lang))
          break;
        if (!evidence && shortLine && text.length === startLength) {
          warnShortLine(p);
          break;
        }
        if (!evidence && !endsSentence(next.para.text) && shortUnpunctuated(next.para.text, lang)) {
          cutOff(
            `before the short line “${headOf(next.para.text, 16)}” at line ${next.para.line}, which is not the rest of it`,
          );
          break;
        }
        // (sealed12, zh) A short line ending in a link's arrow (开通某某会员，畅享全部内容 >>, 点击查看更多 →) is a
        // page's prompt, never the rest of a sentence.
        if (
          lang === 'zh' &&
          !evidence &&
          [...next.para.text].length <= 40 &&
          /(?:>{2,3}|»|》》|→)\s*$/u.test(next.para.text)
        ) {
          cutOff(
            `before the link line “${headOf(next.para.text, 16)}” at line ${next.para.line}, which is not the rest of it`,
          );
          break;
        }
        // (session 13) With no evidence, a join is a guess: it is made only when the paragraph is cut inside a
        // clause by its shape; a line that never ran on a clause (a standfirst, a salutation, a form's field, a list's
        // item) keeps its own paragraph, and a cut there is warned about (not under the headline, a standfirst's place).
        if (!evidence && !cutInsideClause(text.tail, lang)) {
          if (i !== firstPara || text.length !== startLength)
            cutOff(`before line ${next.para.line}, with nothing to show that it goes on there`);
          break;
        }
        // (session 14) Nor when the next paragraph opens on a word the article writes in lower case elsewhere
        // (`… every referral is` / `Every result the software flags …`): its capital starts a sentence.
        const capital = evidence ? undefined : opensSentence(next.para.text, lang, text.tail, lowerWords);
        if (capital) {
          cutOff(`before line ${next.para.line}, which ${capital}`);
          break;
        }
        // (session 16, zh) Nor, on a guess, onto a line that is whole by itself: a comment's or a post's stamp (某某
        // 2026-03-04), or one short sentence with its own subject and verb (学生数据全部存储在…内。).
        const whole = lang === 'zh' && !evidence ? zhWholeLine(text.tail, next.para.text) : undefined;
        if (whole) {
          cutOff(`before line ${next.para.line}, which ${whole}`);
          break;
        }
        repairs.push({
          kind: 'joined-paragraphs',
          line: next.para.line,
          detail: `line ${next.para.line} continues the sentence of line ${p.lastLine} (“${tailOf(text.tail, 6)}” + “${headOf(next.para.text, 6)}”; ${evidence ?? 'no evidence: a guess'}): joined`,
        });
        append(p, text, next.para);
        items[j] = undefined;
        continue;
      }
      const k = nextFrom(j + 1);
      const after = items[k];
      // A subheading inside the section (**记者手记**, ### below the section level) cuts a sentence as a
      // heading does, and moves the same way.
      const cutter =
        next?.type === 'heading'
          ? next
          : next?.type === 'para' && next.para.kind === 'subheading'
            ? { text: next.para.text.trim(), line: next.para.line, group: undefined }
            : undefined;
      if (p.kind === 'quote') break;
      if (cutter && after?.type === 'para' && after.joinable && !after.para.kind && !startsTurn(after.para)) {
        const evidence = colon
          ? colonCutEvidence(text.tail, after.para.text, cutter.text)
          : carried === next
            ? 'the sentence runs on from the text already moved before the heading'
            : headingCutEvidence(text.tail, after.para.text, lang, cutter.text);
        if (evidence) {
          // A brief's item is one paragraph under its heading: the paragraph the heading cut belongs, whole, to
          // the item before (whether the cutter is the next item or the next part's heading). A feature's section
          // takes its text from the next sentence on.
          const inItem = cutter.group !== undefined || sectionOf(items, i)?.group !== undefined;
          const cut = inItem ? -1 : firstSentenceEnd(after.para.text);
          const rest = cut < 0 ? undefined : splitPara(after.para, cut);
          repairs.push({
            kind: 'joined-paragraphs',
            line: after.para.line,
            detail: `line ${after.para.line} continues the sentence of line ${p.lastLine} across the heading at line ${cutter.line} (${evidence}): joined up to the end of that sentence`,
          });
          const brokenAt = p.lastLine;
          append(p, text, after.para);
          repairs.push({
            kind: 'moved-heading',
            line: cutter.line,
            detail: `heading “${cutter.text}” interrupted the sentence of line ${brokenAt}; moved after its end “${tailOf(text.tail, 10)}”`,
          });
          if (rest && rest.text.trim() !== '') {
            items[k] = { type: 'para', para: rest, joinable: true };
            carried = undefined;
          } else {
            items[k] = undefined;
            carried = next;
          }
          continue;
        }
      }
      // A colon before a heading with nothing to show the text after is what it introduced: the paragraph may end there.
      if (colon) break;
      // A short label line over a table (`表1 一季度主要指标`), or the last of a run of them (a fact box's figures), is
      // a caption or a line of the box, not a sentence: nothing is missing unless it stops on an open word.
      const labelled =
        (next?.type === 'para' && next.para.kind === 'table-row') || (next?.type !== 'heading' && afterShort);
      if (shortLine && text.length === startLength && labelled && !stopsOpen(text.tail, lang)) break;
      // (session 13, zh) The last of a syllabus's items before the next part: nothing is missing.
      if (
        lang === 'zh' &&
        text.length === startLength &&
        zhOrdinalItemLine(p.text) &&
        next?.type === 'heading'
      )
        break;
      cutOff(
        next?.type === 'heading'
          ? `before the heading “${next.text}” (line ${next.line}), and the text after it starts a new sentence`
          : next === undefined
            ? 'at the end of the article'
            : `before a ${next.para.kind ?? 'block'} at line ${next.para.line}`,
      );
      break;
    }
    p.text = text.toString();
  }
  const kept = items.filter((x): x is FlowItem => x !== undefined);
  flow.splice(0, flow.length, ...kept);
  return repairs;
}

/** The section heading a flow item sits under, if any. */
function sectionOf(items: readonly (FlowItem | undefined)[], i: number) {
  for (let k = i - 1; k >= 0; k--) {
    const x = items[k];
    if (x?.type === 'heading') return x;
  }
  return undefined;
}

/** Labels that open an interview turn: the question and answer marks, and the interviewer. */
const TURN_START = /^(?:(?:Q|A|问|答|记者|主持人|Interviewer)\s*[:：]|[QA]\.\s)/iu;

/** A paragraph that opens a speaker's turn: `Q:` / `问：`, or a bold speaker label ending in a colon. */
function startsTurn(p: Para): boolean {
  if (TURN_START.test(p.text.trimStart())) return true;
  const end = p.emphasis?.boldLeadEnd;
  if (end === undefined || [...p.text.slice(0, end).trim()].length > 24) return false;
  return /[:：]\s*$/u.test(p.text.slice(0, end)) || /^\s*[:：]/u.test(p.text.slice(end));
}

/**
 * A paragraph's text while joins append to it: parts joined once at the end, plus a short tail for the
 * checks that only look at the end (a long run of broken paragraphs stays linear).
 */
class GrowingText {
  private readonly parts: string[];
  length: number;
  tail: string;

  constructor(text: string) {
    this.parts = [text];
    this.length = text.length;
    this.tail = text.slice(-64);
  }

  append(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    this.tail = (this.tail + s).slice(-64);
  }

  trimEnd(): void {
    const last = this.parts.at(-1)!;
    const trimmed = trimEndCheap(last);
    if (trimmed === last) return;
    this.parts[this.parts.length - 1] = trimmed;
    this.length -= last.length - trimmed.length;
    this.tail = trimEndCheap(this.tail);
  }

  toString(): string {
    return this.parts.join('');
  }
}

function append(p: Para, text: GrowingText, q: Para): void {
  text.trimEnd();
  const sep = joinSeparator(text.tail, q.text);
  const lead = q.text.length - q.text.trimStart().length;
  const base = text.length + sep.length;
  text.append(sep + q.text.trimStart());
  for (const piece of q.pieces)
    p.pieces.push({ start: Math.max(0, piece.start - lead) + base, line: piece.line });
  p.lastLine = q.lastLine;
}

/** Cuts `p` at `offset`: `p` keeps the head, the returned paragraph holds the rest with its own lines. */
function splitPara(p: Para, offset: number): Para {
  const restRaw = p.text.slice(offset);
  const skip = restRaw.length - restRaw.trimStart().length;
  const start = offset + skip;
  const rest: Para = {
    text: restRaw.trimStart(),
    pieces: [{ start: 0, line: lineAt(p, start) }],
    line: lineAt(p, start),
    lastLine: p.lastLine,
  };
  for (const piece of p.pieces)
    if (piece.start > start) rest.pieces.push({ start: piece.start - start, line: piece.line });
  p.text = p.text.slice(0, offset);
  p.pieces = p.pieces.filter((piece) => piece.start < offset || piece.start === 0);
  p.lastLine = lineAt(p, offset - 1);
  return rest;
}

/** Joins each list item that goes on in the paragraph after it (zhItemRunsOn, session 14; enItemRunsOn, session 15). */
function joinBrokenItems(items: (FlowItem | undefined)[], repairs: Repair[], lang: 'zh' | 'en'): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const item = items[i];
    const next = items[i + 1];
    if (item?.type !== 'para' || next?.type !== 'para' || !next.joinable) continue;
    const runsOn =
      lang === 'zh'
        ? zhItemRunsOn(item.para, item.para.text, next.para, zhItemBefore(items, i))
        : enItemRunsOn(item.para, next.para);
    if (!runsOn) continue;
    repairs.push({
      kind: 'joined-paragraphs',
      line: next.para.line,
      detail: `line ${next.para.line} continues the list item of line ${item.para.lastLine} (“${tailOf(item.para.text, 6)}” + “${headOf(next.para.text, 6)}”; ${lang === 'zh' ? 'the item stops on a comma' : 'the item stops inside its sentence and the paragraph opens on a lowercase word'}): joined`,
    });
    const text = new GrowingText(item.para.text);
    append(item.para, text, next.para);
    item.para.text = text.toString();
    items.splice(i + 1, 1);
  }
}

/**
 * (session 15, en) A list's item that stops inside its sentence (`… within a second, once the cache`) with a short
 * plain paragraph after it that opens on a lowercase word and closes the sentence (`drains.`).
 */
function enItemRunsOn(p: Para, next: Para): boolean {
  if (p.kind !== 'list-item' || next.kind) return false;
  const tail = trimEndCheap(p.text);
  const t = next.text.trim();
  return (
    /[\p{Ll},]$/u.test(tail) &&
    /^\p{Ll}/u.test(t) &&
    (t.match(/\S+/gu) ?? []).length <= 25 &&
    /[.!?]["”’)]*$/u.test(t)
  );
}

/**
 * (session 14, zh) A list's item that stops on a comma (…建议补充，) with a plain paragraph after it that closes a
 * sentence and opens none of its own (以便他人复现。): the item's rest, broken off by the export.
 */
function zhItemRunsOn(p: Para, tail: string, next: Para, before?: Para): boolean {
  if (p.kind !== 'list-item' || next.kind) return false;
  // (session 15) Or stops inside a clause after a comma (…完成回退演练，整个训练集群) in a list whose item before it
  // closes its sentence: the list punctuates its items, this one was cut.
  const end = trimEndCheap(tail);
  const cut =
    /[，,、]$/u.test(end) ||
    (/\p{Script=Han}$/u.test(end) &&
      cutInsideClause(end, 'zh') &&
      before?.kind === 'list-item' &&
      endsSentence(before.text));
  if (!cut) return false;
  const t = next.text.trim();
  return (
    [...t].length <= 60 &&
    endsSentence(t) &&
    !opensSentence(t, 'zh', tail) &&
    !/^[（(]?[一二三四五六七八九十\d]{1,2}[、.．)）]/u.test(t)
  );
}

/** (session 15, zh) The list item just before item i, if the flow item there is one. */
function zhItemBefore(items: readonly (FlowItem | undefined)[], i: number): Para | undefined {
  const before = items[i - 1];
  return before?.type === 'para' && before.para.kind === 'list-item' ? before.para : undefined;
}

/**
 * (session 14, zh) A printed page's header or footer lifted between a paragraph cut inside its sentence and the text
 * after it (…签订智能质检 / 某某局　— 2 — / 合作协议，全年新增…): the sentence ran on to the next page, unless what follows
 * opens a sentence of its own or is a short label.
 */
function zhPageBreakEvidence(
  p: Para,
  tail: string,
  next: Para,
  pageBreaks: ReadonlySet<number>,
): string | undefined {
  if (pageBreaks.size === 0 || p.kind || next.kind || endsSentence(tail)) return undefined;
  let between = false;
  for (const line of pageBreaks) if (line > p.lastLine && line < next.line) between = true;
  if (!between || opensSentence(next.text, 'zh', tail) || shortUnpunctuated(next.text, 'zh'))
    return undefined;
  return 'a printed page breaks between them';
}

/**
 * (session 16, zh) A clause cut after a coverb and its object, before its verb (…的打开方式是：用AI / 把看不懂的词弄明白，…;
 * …可以通过小程序 / 来预约): the next line goes on with the verb's phrase (把…, 将…, 来…, 去…). The coverb's phrase is
 * the whole last clause, short, after a colon or a comma.
 */
function zhCoverbCut(tail: string, after: string): string | undefined {
  const clause =
    /(?:^|[，,：:])\s*((?:用|让|给|对|向|跟|替|帮|通过|借助|利用|靠|拿|请)[\p{Script=Han}A-Za-z0-9]{1,6})$/u.exec(
      trimEndCheap(tail),
    )?.[1];
  if (!clause || !/^(?:把|将|来|去)\p{Script=Han}/u.test(after.trimStart())) return undefined;
  return `a coverb's phrase “${clause}” cut before its verb`;
}

/** A comment's or a post's stamp, alone at the head of a line: the person and the day (某某 2026-03-04, 某某 回复 某某 …). */
const ZH_COMMENT_STAMP =
  /^[\p{Script=Han}A-Za-z0-9_·]{1,16}(?:\s回复\s[\p{Script=Han}A-Za-z0-9_·]{1,16})?\s\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s\d{1,2}:\d{2})?(?=\n|\p{Script=Han}|$)/u;
/** Words that put a subject's clause in motion: scope and time adverbs, modals (全部, 均, 已, 将, 须, 不得 …). */
const ZH_CLAUSE_ADVERB =
  /^[\p{Script=Han}A-Za-z0-9]{2,10}?(?:全部|全都|一律|均|都|已经|已|正在|必须|须|应当|不得|不再)/u;

/**
 * (session 16, zh) A line that no sentence before it runs on into: a comment's stamp at its head; or, after a clause
 * cut on a word (…为试点校提供), one short sentence of its own, a subject with its adverb or modal and its verb, closed by
 * 。 (学生数据全部存储在区城域网内。), which cannot be the rest of that clause. (After a comma a new clause with its own
 * subject is how a sentence goes on: …才能确诊， / 系统上线一个月已协助确诊了7例。)
 */
function zhWholeLine(tail: string, text: string): string | undefined {
  const t = text.trim();
  if (ZH_COMMENT_STAMP.test(t)) return "is a comment's or a post's stamp";
  if (
    /\p{Script=Han}$/u.test(trimEndCheap(tail)) &&
    [...t].length <= 30 &&
    /^[^，,；;。！？：:]+。$/u.test(t) &&
    ZH_CLAUSE_ADVERB.test(t)
  )
    return 'is a sentence of its own';
  return undefined;
}

/**
 * (session 14, zh) A chat log's message under its header, the sender in bold and the time (**某某** 09:12 / 算进去了…):
 * a new speaker's turn, never the rest of the message before it.
 */
function zhChatTurn(p: Para): boolean {
  // (session 14) Or the sender in brackets before the time (【用户】20:41:15, [人工客服 工号0739] 20:45:48).
  if (
    /^\s*(?:【[^】\n]{1,16}】|\[[^\]\n]{1,16}\]|［[^］\n]{1,16}］)\s?\d{1,2}:\d{2}(?::\d{2})?(?!\d)/u.test(
      p.text,
    )
  )
    return true;
  const end = p.emphasis?.boldLeadEnd;
  if (end === undefined || [...p.text.slice(0, end).trim()].length > 16) return false;
  return /^\s*\d{1,2}:\d{2}(?::\d{2})?(?!\d)/u.test(p.text.slice(end));
}

/** Every word an English article writes in lower case somewhere (`every`, `full`): a common word, not a name. */
function wordsInLowerCase(items: readonly (FlowItem | undefined)[]): Set<string> {
  const words = new Set<string>();
  for (const x of items)
    if (x?.type === 'para') for (const w of x.para.text.match(/\b[a-z][a-z'’-]+\b/g) ?? []) words.add(w);
  return words;
}
