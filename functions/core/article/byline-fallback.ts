// (session 16) A byline fallback that reads the SHAPE of a credit. The rules in furniture/ read the byline shapes
// they were written for, kind of page by kind of page; on pages nobody wrote a rule for the most common structure
// failure was a missing byline (`Compiled by X, press officer`, `整理:X · 日期 · 阅读 3.2万`, `文案:X ｜ 审稿:Y`,
// `X 创建于 <date>`). When the rules found no byline, this proposes one from the lines of the page's top and foot (the
// rules' lifts included: a byline often sits in a row of fields lifted as something else): each line, or each
// `|`/`·`/`｜` field of it, that holds a person's name in a shape the rules already know (bareEnglishName, zhNames),
// with the word class of the label or verb beside the name (a writing credit, an editing or review credit, a picture
// credit, an organiser or owner). A writing credit next to the name makes it the byline. scripts/train-bylines.mts
// cross-validates this rule against a logistic regression over the same candidates (test/eval/README.md, "The byline
// fallback"). Pure; reads a few dozen lines of the page.

import type { Lang } from '../types.ts';
import { type Block, linesOf } from './blocks.ts';
import { ZH_DESK, zhNames } from './furniture/bylines.ts';
import { bareEnglishName } from './furniture/en-lines.ts';
import { parseDate } from './furniture/words.ts';
import type { Byline } from './types.ts';

/** `on: false` turns the fallback off (scripts/train-bylines.mts reads with the rules alone). */
export const bylineFallbackSettings = { on: true };

/** Lines read at the top and at the foot of the page. */
const TOP_LINES = 15;
const FOOT_LINES = 12;
/** A line longer than this is prose, never a credit's line. */
const MAX_LINE = 240;

export interface BylineCandidate {
  names: string[];
  /** The source line. */
  raw: string;
  line: number;
  /** The credit next to the name, whichever side it stands: write, edit, photo, org, by-other, none. */
  credit: string;
  /** A long line that closes a sentence: prose, not a credit's line. */
  prose: boolean;
  features: string[];
}

// Word classes of the label or the verb next to a name.
const WRITE_EN =
  /\b(?:written|wrote|writes|compiled|authored?|posted|reported|reporting|words|text|story|filed|prepared|submitted|created|contributor|contributed|blog|column|columnist|correspondent|reporter|writer)\b/i;
const EDIT_EN =
  /\b(?:edit(?:ed|or|ing|s)?|review(?:ed|er|s)?|fact-?check(?:ed|er)?|sub-?edited|proofread|approved|translat(?:ed|ion|or)|moderat(?:ed|or)|updated|modified|last)\b/i;
const PHOTO_EN =
  /\b(?:photo(?:s|graph|graphy|grapher)?|pictures?|images?|illustrat(?:ion|ed|or)|video|graphics?|credit|camera|courtesy|filmed|design(?:ed|er)?)\b/i;
const ORG_EN =
  /\b(?:organi[sz](?:er|ed)|owner|owned|host(?:ed)?|candidate|chair(?:ed)?|presenter|presented|speaker|convener|sender|signed|from|answered|asked|maintainer|maintained|lead|contact)\b/i;
const WRITE_ZH =
  /作者|撰文|撰稿|撰写|主笔|起草|汇报人|整理|文案|执笔|记者|通讯员|述职人|报告人|创建|发布|发表|投稿|供稿|口述|来稿|原创|^文$|笔者/u;
const EDIT_ZH = /编辑|审稿|审核|审校|校对|责编|终审|初审|复审|监制|统筹|修改|更新|翻译|编译/u;
const PHOTO_ZH = /摄|图|视频|剪辑|设计|美编|配音|拍摄|插画|海报/u;
const ORG_ZH = /主持|组织|发起|联系人|负责人|主讲|申请人|候选人|主办|承办|提交|上传|回答|提问|楼主/u;

const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?$/i;

/** The verb before `by` (`Hosted by`, `Issued by`, `Posted 2 June 2026 by`): whose credit the name is. */
function byClass(t: string): string | undefined {
  if (!/\bby\s*$/i.test(t)) return undefined;
  const words = t
    .replace(/\bby\s*$/i, '')
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w) && !MONTH_WORD.test(w) && !/^(?:up|out|together|jointly|and)$/i.test(w));
  const verb = (words.at(-1) ?? '').toLowerCase();
  if (verb === '' || /[:·|]$/u.test(verb)) return 'write';
  if (EDIT_EN.test(verb)) return 'edit';
  if (PHOTO_EN.test(verb)) return 'photo';
  if (WRITE_EN.test(verb)) return 'write';
  return 'by-other';
}

function wordClass(text: string, zh: boolean): string {
  const t = text.trim();
  if (t === '') return 'none';
  const by = zh ? undefined : byClass(t);
  if (by) return by;
  // The nearest words decide: `Photo: … | Written by X` reads `by`.
  const near = zh ? t.slice(-8) : t.split(/\s+/).slice(-4).join(' ');
  if (zh ? EDIT_ZH.test(near) : EDIT_EN.test(near)) return 'edit';
  if (zh ? PHOTO_ZH.test(near) : PHOTO_EN.test(near)) return 'photo';
  if (zh ? WRITE_ZH.test(near) : WRITE_EN.test(near)) return 'write';
  if (zh ? ORG_ZH.test(near) : ORG_EN.test(near)) return 'org';
  return /[:：]\s*$/u.test(t) ? 'label' : 'words';
}

function postClass(text: string, zh: boolean): string {
  const t = text.trim();
  if (t === '') return 'none';
  const near = zh ? t.slice(0, 6) : t.split(/\s+/).slice(0, 4).join(' ');
  if (zh ? EDIT_ZH.test(near) : EDIT_EN.test(near)) return 'edit';
  if (zh ? PHOTO_ZH.test(near) : PHOTO_EN.test(near)) return 'photo';
  if (zh ? WRITE_ZH.test(near) : WRITE_EN.test(near)) return 'write';
  if (zh ? ORG_ZH.test(near) : ORG_EN.test(near)) return 'org';
  if (/^[(（]/u.test(t)) return 'paren';
  if (/^,/u.test(t)) return 'comma';
  return 'words';
}

/** The most common Chinese surnames (a name's first character): a 2–4 character word that opens with none is rarely a person. */
const ZH_SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'.split(
    '',
  ),
);

const CLASSES = new Set(['write', 'edit', 'photo', 'org', 'by-other']);

const HAN_NAME_SHAPE = /^\p{Script=Han}{2,4}$/u;
/** A Chinese name's shape, and no office (教务处, 宣传部). */
const HAN_NAME = { test: (t: string) => HAN_NAME_SHAPE.test(t) && !ZH_DESK.test(t) };
const FIELD_SPLIT = /\s*[|｜]\s*|\s+[·•⋅]\s+|\s+[—–]\s+|\u3000+|\s{3,}/u;
const DATE_ANY =
  /\b\d{4}-\d{1,2}-\d{1,2}\b|\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b/u;
const bucket = (n: number, edges: readonly number[]): number => {
  const i = edges.findIndex((e) => n <= e);
  return i === -1 ? edges.length : i;
};

/** The English names in a field: runs of capitalised words a name reader accepts, with the text around them. */
function enSpans(field: string): { names: string[]; pre: string; post: string }[] {
  const out: { name: string; pre: string; post: string }[] = [];
  const run =
    /(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|(?:de|da|van|von|der|del|la|le|bin|al)(?![\p{L}]))){1,4}/gu;
  for (const m of field.matchAll(run)) {
    if (out.length >= 4) break;
    const words = m[0].split(/\s+/);
    // The run, or the run without its first word (`Compiled By Jane Roe`, a sentence's capital).
    for (let drop = 0; drop < Math.min(2, words.length - 1); drop++) {
      const text = words.slice(drop).join(' ');
      // (a sentence's full stop after the last word is not part of the name: `… Barr Solicitors.`)
      const name = bareEnglishName(text.replace(/(?<=\p{L}{3})\.$/u, ''));
      if (!name) continue;
      const start = m.index! + m[0].indexOf(text);
      // (the second half of a firm's name: `Kestle & Barr`)
      if (/&\s*$/u.test(field.slice(0, start))) break;
      out.push({ name, pre: field.slice(0, start), post: field.slice(start + text.length) });
      break;
    }
  }
  // Names joined by `and` (`by Jane Roe, Editor, and Dr John Doe, Head of …`): one credit of several writers.
  const grouped: { names: string[]; pre: string; post: string }[] = [];
  for (const s of out) {
    const last = grouped.at(-1);
    const between = last
      ? field.slice(field.length - last.post.length, field.length - s.post.length - s.name.length)
      : '';
    if (last && /(?:^|[\s,])(?:and|&)\s/u.test(between) && between.length <= 60) {
      last.names.push(s.name);
      last.post = s.post;
    } else grouped.push({ names: [s.name], pre: s.pre, post: s.post });
  }
  return grouped;
}

/** The Chinese names in a field: after a label (`整理：X`), or a name opening it before a verb (`X 创建于 …`). */
function zhSpans(field: string): { names: string[]; pre: string; post: string }[] {
  const labelled = /^([^:：]{1,10})[:：]\s*(.{2,40})$/u.exec(field);
  if (labelled) {
    const value = labelled[2]!.trim();
    const names = zhNames(value, false);
    if (names && names.length <= 4) return [{ names, pre: labelled[1]!, post: '' }];
    // (the writer's office before the name: 述职人：某局副局长 某某)
    const tokens = value.split(/[\s\u3000]+/u);
    const last = tokens.at(-1)!;
    if (tokens.length > 1 && HAN_NAME.test(last)) return [{ names: [last], pre: labelled[1]!, post: '' }];
    const first = tokens[0]!;
    if (tokens.length > 1 && HAN_NAME.test(first))
      return [{ names: [first], pre: labelled[1]!, post: tokens.slice(1).join(' ') }];
    return [];
  }
  const tokens = field.split(/[\s\u3000]+/u).filter((t) => t !== '');
  if (tokens.length >= 2 && tokens.length <= 6 && HAN_NAME.test(tokens[0]!))
    return [{ names: [tokens[0]!], pre: '', post: tokens.slice(1).join(' ') }];
  if (tokens.length === 1 && HAN_NAME.test(tokens[0]!)) return [{ names: [tokens[0]!], pre: '', post: '' }];
  return [];
}

interface PageLine {
  text: string;
  line: number;
}

/** The top and foot lines of a page as the blocks hold them (headings left out: a title naming someone is no credit). */
function edgeLines(blocks: readonly Block[]): { top: PageLine[]; foot: PageLine[] } {
  const top: PageLine[] = [];
  for (const b of blocks) {
    if (top.length >= TOP_LINES) break;
    if (b.type === 'heading') top.push({ text: '', line: b.line });
    else for (const l of linesOf(b).slice(0, TOP_LINES - top.length)) top.push(l);
  }
  const foot: PageLine[] = [];
  for (let i = blocks.length - 1; i >= 0 && foot.length < FOOT_LINES; i--) {
    const b = blocks[i]!;
    if (b.type === 'heading') foot.unshift({ text: '', line: b.line });
    else foot.unshift(...linesOf(b).slice(-(FOOT_LINES - foot.length)));
  }
  // (a short page: a line at the top is not read again at the foot)
  const seen = new Set(top.map((l) => l.line));
  return { top, foot: foot.filter((l) => !seen.has(l.line)) };
}

/** The candidates of a page: every name in a credit's shape in its top and foot lines, with its features. */
export function bylineCandidates(
  blocks: readonly Block[],
  lang: Lang,
  /** The model's features too (scripts/train-bylines.mts); the parser's rule reads only the credit. */
  withFeatures = false,
): BylineCandidate[] {
  const zh = lang === 'zh';
  const { top, foot } = edgeLines(blocks);
  // The page's lowercase words: a name whose word the page also writes in lower case (`Sound Island Ferries`,
  // `Ledgerline Transcripts`) is a thing's name, rarely a person's. (Read from a bounded sample of the page.)
  const lower = new Set<string>();
  if (!zh && withFeatures) {
    const sample = [...blocks.slice(0, 80), ...blocks.slice(Math.max(80, blocks.length - 80))];
    for (const b of sample)
      for (const w of b.text.slice(0, 4000).match(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]+/gu) ?? []) lower.add(w);
  }
  const out: BylineCandidate[] = [];
  const read = (lines: PageLine[], where: 'top' | 'foot') => {
    lines.forEach((l, i) => {
      const text = l.text.trim();
      if (text === '' || text.length > MAX_LINE) return;
      // A definition list's value (`Organiser` / `: Petra Olwen`): the term above is its label.
      const above = lines[i - 1]?.text.trim() ?? '';
      const dd = /^:\s+/u.exec(text) && above !== '' && above.length <= 30;
      const body = dd ? `${above}: ${text.replace(/^:\s+/u, '')}` : text;
      const fields = body.split(FIELD_SPLIT).filter((f) => f.trim() !== '');
      const rank = where === 'top' ? i : lines.length - 1 - i;
      const dated = withFeatures && (DATE_ANY.test(body) || fields.some((f) => parseDate(f) !== undefined));
      const prose = /[.!?。！？]["”’）)]*$/u.test(body) && body.length > 60;
      const shared = [
        `lang:${lang}`,
        `at:${where}`,
        `rank:${where}:${bucket(rank, [0, 1, 2, 4, 7])}`,
        `fields:${bucket(fields.length, [1, 2, 4])}`,
        `len:${bucket([...body].length, [20, 40, 80, 140])}`,
        ...(dated ? ['date'] : []),
        ...(prose ? ['prose'] : []),
        ...(/@|https?:|\.example\b/u.test(body) ? ['address'] : []),
        ...(/\d[\d,.]*\s*[万kK]?\s*(?:views|reads|阅读|浏览|次)/u.test(body) ? ['counts'] : []),
      ];
      for (const field of fields) {
        const f = field.trim();
        const spans = zh ? zhSpans(f) : enSpans(f);
        for (const s of spans) {
          const pre = wordClass(s.pre, zh);
          const post = postClass(s.post, zh);
          const colon = /[:：]\s*$/u.test(s.pre.trim()) || /[:：]/u.test(s.pre);
          const features = !withFeatures
            ? []
            : [
                ...shared,
                `pre:${pre}`,
                `post:${post}`,
                `pre:${pre}|post:${post}`,
                // (the credit whichever side of the name it stands, in either language: `Written by X`, `X 创建于`)
                `credit:${CLASSES.has(pre) ? pre : CLASSES.has(post) ? post : 'none'}`,
                `${lang}|pre:${pre}`,
                `${where}|pre:${pre}`,
                ...(colon ? ['colon', `colon|pre:${pre}`] : []),
                `spans:${bucket(spans.length, [1, 2])}`,
                `alone:${s.pre.trim() === '' && s.post.trim() === ''}`,
                `field-len:${bucket([...f].length, [12, 30, 60])}`,
                `names:${bucket(s.names.length, [1, 2])}`,
                ...(!zh && s.names.some((n) => n.split(/\s+/).some((w) => lower.has(w.toLowerCase())))
                  ? ['common-word', `common-word|pre:${pre}`]
                  : []),
                ...(!zh && s.names.some((n) => n === n.toUpperCase()) ? ['capitals'] : []),
                ...(zh && s.names.every((n) => ZH_SURNAMES.has(n[0]!))
                  ? ['surname', `surname|pre:${pre}`, `surname|post:${post}`]
                  : []),
              ];
          const credit = CLASSES.has(pre) ? pre : CLASSES.has(post) ? post : 'none';
          out.push({ names: s.names, raw: text, line: l.line, credit, prose, features });
        }
      }
    });
  };
  read(top, 'top');
  read(foot, 'foot');
  return out;
}

/**
 * The byline the page's credit shapes propose when the rules found none: the first name (top lines, then foot lines)
 * next to a writing credit (`Compiled by X`, `Debrief written by X`, `整理：X`, `文案：X`, `述职人：… X`, `X 创建于 …`),
 * or undefined. A rule, not the logistic regression scripts/train-bylines.mts also trains: cross-validated over the
 * opened halves, the rule fixed as many byline checks as the model at its best threshold and more (7 against 6), and
 * broke none (test/eval/README.md, "The byline fallback").
 */
export function bylineFallback(blocks: readonly Block[], lang: Lang): Byline | undefined {
  if (!bylineFallbackSettings.on) return undefined;
  const c = writingCredit(bylineCandidates(blocks, lang));
  return c ? { raw: c.raw, names: c.names } : undefined;
}

/** The first candidate a writing credit names, on a line that is no prose. */
export const writingCredit = (candidates: readonly BylineCandidate[]): BylineCandidate | undefined =>
  candidates.find((c) => c.credit === 'write' && !c.prose);
