// (session 15) Chinese lines printed by the tools a page came out of: a group chat's sign-up chain and poll (接龙人数：
// 18, 点击参与接龙, 来自“某某群”, 已读 12人 · 未读 3人), an office app's report fields, a journal's record page
// (通信作者, 收稿日期, 基金项目, 中图分类号, DOI, 引用本文, 【下载PDF】, 登录后阅读全文), an office's sign-off (某某局
// 某某组　敬启), a Taiwan or Hong Kong page's navigation (回上一页, 回首页, 列印). Each read whole by its shape, so a
// sentence using the same words stays text. (Traditional pages are read in Simplified.)

import type { FurnitureLine } from './words.ts';
import { parseDate } from './words.ts';

// ---------------------------------------------------------------------------------------------------------
// A group chat's tools

/** A chain's, a poll's or a sign-up's count (接龙人数：18, 已接龙 18 人, 投票人数：42, 共 18 人参与). */
const CHAT_COUNT =
  /^(?:(?:接龙|报名|参与|投票|参加|已报名|已接龙|已投票|已参与)(?:人数|总数|数)\s?[:：]?\s?\d{1,5}\s?人?|(?:已有|共|目前)?\s?\d{1,5}\s?人(?:已)?(?:参与|接龙|报名|投票|参加)(?:接龙|投票)?|已(?:接龙|报名|投票|参与)\s?\d{1,5}\s?人)$/u;
/** A chain's or a poll's button (点击参与接龙, 参与接龙, 我要接龙, 去投票, 点击查看投票结果). */
const CHAT_BUTTON =
  /^(?:点击|点此|立即|马上|我要|去)?(?:参与|加入|查看)?(?:接龙|投票|投票结果|群接龙|群投票)(?:详情)?$|^(?:点击|点此)(?:参与|加入|查看)\p{Script=Han}{0,4}(?:接龙|投票|报名|填写)$/u;
/** Where a forwarded post or a chain came from (— 来自“某某居民群（二）”, 来自 某某工作群): the chat's, never text. */
const CHAT_FROM = /^[—–\-\s]*来自\s?(?:[“"「『]([^”"」』]{2,30})[”"」』]|(\S{2,30}))$/u;
/** Read receipts (已读 12人 · 未读 3人, 12人已读, 3人未读, 全部已读). */
const READ_ONE = '(?:(?:已读|未读)\\s?\\d{1,5}\\s?人?|\\d{1,5}\\s?人\\s?(?:已读|未读)|全部已读|全员已读)';
const READ_RECEIPTS = new RegExp(`^${READ_ONE}(?:\\s?[·•|｜/，,、\\s]\\s?${READ_ONE})?$`, 'u');
/** A chat's own marks alone on their line: a notice's label, a tag of the tool (#接龙, 【群公告】, @所有人). */
const CHAT_MARK =
  /^(?:[【[]?群公告[】\]]?|@所有人|@全体成员|#(?:接龙|投票|群公告|报名|通知|打卡|群接龙)#?)$/u;

/** A poll's settings and its closing time (单选 · 匿名投票, 多选｜实名, 投票截止：3月20日 18:00). */
const POLL_SETTING = '(?:单选|多选|匿名|实名|公开)(?:投票)?';
const POLL_RECORD = new RegExp(
  `^${POLL_SETTING}(?:\\s?[·|｜/]\\s?${POLL_SETTING}){1,2}$|^(?:投票|接龙)截止(?:时间|日期)?\\s?[:：]\\s?[^。！？，,]{2,24}$`,
  'u',
);

function chatToolLine(text: string): boolean {
  if (POLL_RECORD.test(text)) return true;
  if (CHAT_COUNT.test(text) || CHAT_BUTTON.test(text) || READ_RECEIPTS.test(text) || CHAT_MARK.test(text))
    return true;
  const from = CHAT_FROM.exec(text);
  return from !== null && /群/u.test(from[1] ?? from[2]!);
}

// ---------------------------------------------------------------------------------------------------------
// A journal's record page (CNKI and journal sites)

/** A journal's record fields: who to write to, its dates, its funding, its classification and numbers. */
const JOURNAL_LABEL =
  '(?:通信作者|通讯作者|通信联系人|责任作者|第一作者|作者单位|基金项目|资助项目|基金资助|收稿日期|修回日期|录用日期|接受日期|接收日期|网络出版日期|网络首发日期|在线出版日期|优先出版日期|网络出版时间|中图分类号|中图法分类号|文献标志码|文献标识码|文献标识|文章编号|文章编码|学科分类号|DOI|doi|引用本文|引用格式|本文引用格式|引文格式|英文引用格式|英文关键词|下载量|下载次数|被引次数|被引频次|收藏量)';
const JOURNAL_FIELD = new RegExp(`^[\\\\*＊]*${JOURNAL_LABEL}\\s?[:：]`, 'u');
/** The dates a paper went through (收稿日期：… 修回日期：… 网络出版日期：…): the last one it was published on. */
const PUBLISHED_LABEL = /(?:网络出版|网络首发|在线出版|优先出版|出版)(?:日期|时间)\s?[:：]\s?(\S+)/u;

function journalField(text: string): FurnitureLine | undefined {
  const plain = text.replace(/\*\*/g, '').trim();
  if (!JOURNAL_FIELD.test(plain) || [...plain].length > 240) return undefined;
  const label = /^[\\*＊]*([^:：]+)/u.exec(plain)![1]!.trim();
  const value = plain.slice(plain.search(/[:：]/u) + 1).trim();
  if (value === '') return undefined;
  // A citation is a sentence-free record (names. title[J]. journal, year, vol(issue): pages.); other fields carry no
  // sentence either.
  const citation = /^(?:引用本文|引用格式|本文引用格式|引文格式|英文引用格式)$/u.test(label);
  if (citation ? !/\[[A-Z]\]/u.test(value) : /[。！？]/u.test(value)) return undefined;
  // The counters (阅读量：1,208) are numbers alone; a sentence beginning 阅读量：… is text.
  if (
    /量|次数|频次/u.test(label) &&
    !/^[\d,.]+\s?[万千kK]?(?:[\s\u3000]+\S{1,8}\s?[:：]\s?[\d,.]+[万千kK]?)*$/u.test(value)
  )
    return undefined;
  // (where the writers work: the note on them that the pages print beside a piece)
  if (label === '作者单位') return { kind: 'furniture', what: 'author note' };
  const published = PUBLISHED_LABEL.exec(plain);
  const date = published ? parseDate(published[1]!) : undefined;
  if (date) return { kind: 'meta', meta: { published: date }, what: 'record fields' };
  return { kind: 'furniture', what: 'record fields' };
}

/** A journal's page buttons (【下载PDF】【导出引用】【收藏】) with its counters (阅读量：1,208　下载量：316). */
function journalButtons(text: string): boolean {
  const buttons = text.match(/【[^【】]{1,10}】/gu) ?? [];
  if (buttons.length === 0) return false;
  const rest = text.replace(/【[^【】]{1,10}】/gu, ' ').trim();
  if (rest === '') return false;
  return /^(?:(?:阅读量|浏览量|下载量|下载次数|被引次数|被引|引用|收藏|阅读|浏览|下载)\s?[:：]?\s?[\d,.]+\s?[万千kK]?[\s\u3000]*)+$/u.test(
    rest,
  );
}

/** A paywall's cut (……（登录后阅读全文）【机构登录】【个人登录】, 登录后查看全文, 购买全文): the page's, never the text. */
const PAYWALL_CUT =
  /^[….。\s]*[（(]?(?:请)?(?:登录|登陆|订阅|购买|付费)(?:后|即可)?(?:阅读|查看|下载|获取)(?:全文|完整内容|更多内容|剩余内容|PDF全文)[）)]?[\s\u3000]*(?:【[^【】]{1,8}】[\s\u3000]*)*$/u;

/** The journal's issue line (《某某医学杂志》 2026, 47(2): 131-138　DOI: …, 《某某学报》2025年第3期): the source. */
const JOURNAL_ISSUE =
  /^《([^《》]{2,24})》[\s\u3000]*[,，]?[\s\u3000]*(?:\d{4}\s?[,，]\s?(?:第?\s?\d{1,4}\s?卷?\s?)?[(（]\s?\d{1,3}\s?[)）](?:\s?[:：]\s?\d{1,5}(?:\s?[-–—~]\s?\d{1,5})?)?|\d{4}\s?年\s?第?\s?\d{1,3}\s?期(?:\s?[:：]?\s?第?\s?\d{1,5}(?:\s?[-–—~]\s?\d{1,5})?\s?页?)?)[.。]?(?:[\s\u3000]+(?:DOI|doi)\s?[:：]\s?\S{4,60})?$/u;

/** Writers with their affiliations' numbers (某某<sup>1</sup>，某某<sup>2</sup>，某某<sup>1*</sup>): the byline. */
function authorsWithAffiliations(text: string): FurnitureLine | undefined {
  if (!/<sup>/u.test(text)) return undefined;
  const parts = text
    .replace(/<sup>\s*[\d,，*＊#†\s]{1,8}\s*<\/sup>/gu, '')
    .split(/[\s\u3000]*[，,、;；][\s\u3000]*|[\s\u3000]+/u)
    .filter((p) => p !== '');
  if (parts.length < 1 || parts.length > 12) return undefined;
  if (!parts.every((p) => /^[\p{Script=Han}·]{2,5}$/u.test(p))) return undefined;
  return { kind: 'meta', meta: {}, what: 'byline', byline: { raw: text, names: parts } };
}

/** Numbered affiliations with their postcodes (1. 某某大学某某学院，某市 410021；2. …): the writers' record. */
const AFFILIATIONS = /^(?:[\d①-⑩]\s?[.、．]?\s?[^；;。！？]{4,80}?\s?\d{6}\s?[；;]?[\s\u3000]*){1,8}$/u;

// ---------------------------------------------------------------------------------------------------------
// An office's sign-off and a page's navigation

/** An office signing off a letter or a notice (某某管理局　服务组　敬启, 某某委员会 谨启, 全体同仁 敬上). */
const OFFICE_SIGN_OFF =
  /^[\p{Script=Han}A-Za-z0-9（）()·\s\u3000]{2,40}?[\s\u3000]*(?:敬启|谨启|敬上|谨上|谨呈|敬呈|同启|谨识|谨白|拜启|谨订)[。.]?$/u;

/** (Traditional read in Simplified) A page's way back and print links alone (回上一页, 回首页, 返回列表, 列印, 友善列印). */
const NAV_ITEM =
  '(?:(?:回|返回|回到)(?:上一?页|上一层|首页|主页|顶部|页首|列表|目录|前页)|(?:友善)?列印(?:本页|此页|页面)?|分享|转寄|TOP|Top|top)';
const NAV_ROW = new RegExp(`^(?:${NAV_ITEM}[\\s\\u3000|｜·/]*){1,6}$`, 'u');

/** A report's version note (本脚本为第4版，最后修改：3月6日 17:30 某某, 本稿为第2稿): the file's record. */
const VERSION_NOTE =
  /^(?:本|此)(?:脚本|稿件?|文档|方案|版本|文件|表)(?:为|系)?第\s?\d{1,3}\s?(?:版|稿)[，,。]?\s?(?:(?:最后|最近)(?:修改|更新|编辑)(?:于|时间)?\s?[:：]?\s?[^。！？]{0,30})?$/u;

/**
 * A file's note on how it is handled (内部资料，请勿外传。 仅供内部参考，严禁转发。 内部文件，阅后请妥善保管。): the file's,
 * never its text. A kind of file kept in-house, then what may not be done with it.
 */
const HANDLING_NOTE =
  /^[（(]?(?:内部(?:资料|文件|材料|刊物|交流|培训资料|学习资料)|仅供内部(?:参考|使用|学习|交流)|(?:机密|秘密)(?:文件|资料)?)(?:[，,、\s]*(?:注意保存|请勿外传|严禁外传|不得外传|禁止外传|请勿转发|严禁转发|不得转发|请勿转载|请勿截图|严禁截图|妥善保管|阅后(?:请)?(?:妥善保管|销毁|即焚)|仅供参考)){1,3}[）)]?[。！!]?/u;

/** A handling note opening a line, with the line's text after it: the note and the rest (both trimmed). */
export function zhHandlingNoteLead(text: string): { note: string; rest: string } | undefined {
  const m = HANDLING_NOTE.exec(text.trim());
  if (!m || !/[。！!）)]$/u.test(m[0])) return undefined;
  const rest = text.trim().slice(m[0].length).trim();
  return rest === '' || !/\p{Script=Han}/u.test(rest) ? undefined : { note: m[0], rest };
}

export function zhToolLine(text: string): FurnitureLine | undefined {
  const note = HANDLING_NOTE.exec(text);
  if (note && note[0].length === text.length) return { kind: 'furniture', what: 'distribution line' };
  if (chatToolLine(text)) return { kind: 'furniture', what: 'group chat tool' };
  const field = journalField(text);
  if (field) return field;
  if (journalButtons(text) || PAYWALL_CUT.test(text)) return { kind: 'furniture', what: 'links or counters' };
  const issue = JOURNAL_ISSUE.exec(text);
  if (issue) return { kind: 'meta', meta: { source: issue[1]! }, what: 'publication line' };
  const authors = authorsWithAffiliations(text);
  if (authors) return authors;
  if (AFFILIATIONS.test(text) && /[；;]|\d{6}$/u.test(text))
    return { kind: 'furniture', what: 'affiliations' };
  if (
    (OFFICE_SIGN_OFF.test(text) && /[\s\u3000]/u.test(text.trim())) ||
    /^\S{2,20}(?:敬启|谨启)$/u.test(text)
  )
    return { kind: 'furniture', what: 'sign-off' };
  // The closing formula alone on its line (谨上, 敬启), under the signature it belongs to.
  if (/^(?:敬启|谨启|敬上|谨上)$/u.test(text)) return { kind: 'furniture', what: 'sign-off' };
  // A notice's closing formula with the office and the date on its line (特此通知　某某街道办事处　2026年4月2日).
  const closing =
    /^特此(?:通知|公告|通告|函告|说明|报告|公示)[。！]?\s+[\p{Script=Han}（）()·\s]{2,40}?\s+(\d{4}年\d{1,2}月\d{1,2}日)$/u.exec(
      text,
    );
  const closed = closing ? parseDate(closing[1]!) : undefined;
  if (closed) return { kind: 'meta', meta: { published: closed }, what: 'date line' };
  if (NAV_ROW.test(text)) return { kind: 'furniture', what: 'share or print links' };
  if (VERSION_NOTE.test(text)) return { kind: 'furniture', what: 'record field' };
  return undefined;
}
