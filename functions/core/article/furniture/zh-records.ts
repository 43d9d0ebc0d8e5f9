// (session 14) Chinese records' own lines: an official reply's document number, a support chat's session fields, a
// prompt to scan a code and follow an account. Each read whole by its shape (a number in a file's bracketed year, a
// row of a session's labelled fields, a scan prompt naming an account), never a sentence using the same words.

import { furnitureLine } from '../furniture.ts';
import type { ArticleMeta } from '../types.ts';
import type { FurnitureLine } from './words.ts';
import { parseDate } from './words.ts';

/**
 * An official document's number alone on its line (某教提〔2026〕31号, 某府办函〔2025〕7号, 某发[2026]12号): the file's
 * record under its title, never text. The issuer's short form, the year in its brackets, the number.
 */
const ZH_DOCUMENT_NUMBER = /^\p{Script=Han}{1,10}\s?[〔［[]\s?\d{4}\s?[〕］\]]\s?第?\s?\d{1,5}\s?号$/u;

/**
 * A support chat's or a call's session record (会话ID：… 渠道：… 开始时间：… 访客IP：…): labels naming the session,
 * its channel, its times, the visitor or the agent, each with a short value.
 */
const ZH_SESSION_LABEL =
  /^(?:会话|对话|通话|工单|服务单|咨询单)(?:ID|编号|号|单号|流水号)?$|^(?:渠道|来源渠道|接入渠道|咨询渠道|服务渠道|接入方式|开始时间|结束时间|接入时间|会话时长|通话时长|等待时长|排队时长|接待客服|客服工号|客服|坐席|坐席工号|访客|访客ID|访客IP|访客地区|用户ID|用户IP|IP属地|终端|设备|会话状态|满意度)$/u;
/** The labels that say the fields are a session's: the session's own number, its visitor, its agent or its channel. */
const ZH_SESSION_OWN = /会话|对话|通话|工单|访客|客服|坐席|渠道/u;

function zhSessionFields(text: string): boolean {
  const fields = text
    .split(/[\s\u3000]*[|｜][\s\u3000]*|[\s\u3000]+(?=[\p{Script=Han}A-Za-z]{1,8}\s?[:：])/u)
    .filter((f) => f !== '');
  if (fields.length < 2 || fields.length > 8) return false;
  const labels: string[] = [];
  for (const field of fields) {
    const m = /^([\p{Script=Han}A-Za-z]{1,8})\s?[:：]\s?(\S(?:[^。！？，,；;]{0,38}\S)?)$/u.exec(field);
    if (!m || !ZH_SESSION_LABEL.test(m[1]!)) return false;
    labels.push(m[1]!);
  }
  return labels.filter((l) => ZH_SESSION_OWN.test(l)).length >= 2;
}

/**
 * A prompt to scan a code and follow, add or download (扫码关注“某某”微信公众号，第一时间获取…, 扫描下方二维码添加客服
 * 微信, 长按识别二维码下载某某App): the page's, whatever it promises after the comma.
 */
const ZH_SCAN_PROMPT =
  /^(?:请|欢迎)?(?:微信)?(?:扫码|扫一扫|扫描(?:下方|上方|文末|左侧|右侧|图中)?(?:的)?(?:二维码|小程序码)?|长按(?:识别)?(?:下方|上方|图中)?(?:的)?(?:二维码|小程序码|图片)?(?:识别)?)[，,]?\s?(?:即可|可|立即)?(?:关注|订阅|添加|加入|下载|进入|预约|报名|进群|加群)[^。！？，,]{0,40}(?:公众号|服务号|订阅号|视频号|小程序|客户端|App|APP|app|微博|抖音号?|官方账号|账号|微信|社群|群)(?:[，,][^。！？]{0,30})?[。！!]?$/u;

/** Who runs a paper or an edition, named before the role (某某日报社主办, 某某公司承办, 某某中心协办). */
const ZH_RUN_BY = /^[\p{Script=Han}A-Za-z0-9·（）()]{2,24}(?:主办|承办|协办|联办|出品|编辑出版|出版发行)$/u;

/**
 * An edition's imprint under its masthead (某某日报社主办　某某公司承办　本期责编：某某): who runs it, then its own fields
 * (the issue's editor, its date); the fields are read.
 */
function zhImprint(text: string): FurnitureLine | undefined {
  const parts = text.split(/[\s\u3000]*[|｜][\s\u3000]*|[\s\u3000]+/u).filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 6 || !parts.some((p) => ZH_RUN_BY.test(p))) return undefined;
  // (who runs it alone, 某某大学主办　某某学院承办, is an event's too: the edition's own field says it is an imprint)
  if (parts.every((p) => ZH_RUN_BY.test(p))) return undefined;
  const meta: ArticleMeta = {};
  for (const part of parts) {
    if (ZH_RUN_BY.test(part)) continue;
    const read = furnitureLine(part);
    if (!read || (read.kind === 'meta' && read.byline)) return undefined;
    if (read.kind === 'meta') Object.assign(meta, { ...read.meta, ...meta });
  }
  return Object.keys(meta).length > 0
    ? { kind: 'meta', meta, what: 'imprint' }
    : { kind: 'furniture', what: 'imprint' };
}

/** A text-message edition's terms: its fee (资费：3元/月), how to stop it (退订请回复TD, 回复0000退订). */
const ZH_SUBSCRIPTION_TERM =
  /^(?:(?:资费|信息费|订阅费|包月费|费用)\s?[:：]\s?[^\s，。！？]{1,24}|(?:退订|取消订阅|取消定制)(?:请)?(?:回复|发送|编辑短信)\s?[A-Za-z0-9]{1,8}(?:至\d{3,12})?|(?:回复|发送|编辑短信)\s?[A-Za-z0-9]{1,8}(?:至\d{3,12})?\s?(?:即可)?(?:退订|取消订阅|取消)|(?:免费)?订阅(?:请)?(?:回复|发送)\s?[A-Za-z0-9]{1,8}(?:至\d{3,12})?)[。]?$/u;

/** The terms, alone or beside the edition's other fields (资费：3元/月　退订请回复TD　客服热线：96833). */
function zhSubscriptionTerms(text: string): boolean {
  const parts = text.split(/[\s\u3000]*[|｜，,；;][\s\u3000]*|[\s\u3000]+/u).filter((p) => p !== '');
  if (parts.length > 6 || !parts.some((p) => ZH_SUBSCRIPTION_TERM.test(p))) return false;
  const hotline = /^(?:客服|服务|咨询|投诉)?(?:热线|电话)\s?[:：]\s?[\d-]{3,15}$/u;
  return parts.every(
    (p) => ZH_SUBSCRIPTION_TERM.test(p) || hotline.test(p) || furnitureLine(p)?.kind === 'furniture',
  );
}

/**
 * (session 14) The date of an edition whose title is its masthead (某某手机报 2026年11月3日 星期二 第2317期): the issue's
 * date, when the title carries its issue number or its weekday beside it and reads whole as a date line.
 */
export function zhEditionTitleDate(title: string): string | undefined {
  if (!/第\s?\d{1,6}\s?期|星期[一二三四五六日天]|礼拜[一二三四五六日天]/u.test(title)) return undefined;
  const read = furnitureLine(title);
  if (read?.kind === 'meta' && !read.byline && read.meta.published) return read.meta.published;
  // (an edition's name of any kind before its date: 某某早知道 2026年1月5日 第312期)
  const masthead =
    /^[\p{Script=Han}A-Za-z0-9·]{2,16}[\s\u3000]+(\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:[\s\u3000]*[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?)?(?:[\s\u3000]*(?:总)?第\s?\d{1,6}\s?期)?$/u.exec(
      title.trim(),
    );
  return masthead ? parseDate(masthead[1]!) : undefined;
}

/** A course's record fields: its code, its term, its credits, its class (课程代码 GOV3127, 2026—2027学年秋季学期, 学分：2). */
const ZH_COURSE_FIELD =
  /^(?:课程(?:代码|编号|号|代号)：[A-Za-z0-9-]{3,16}|\d{4}\s?[—–-]\s?\d{4}\s?学年(?:度)?(?:第[一二三]学期|[春夏秋冬]季学期|[上下]学期)?|(?:\d{4}年)?[春夏秋冬]季学期|学分：\d(?:\.\d)?|学时：\d{1,3}|(?:授课|上课)(?:班级|对象|地点|时间)：[^\s，。！？]{1,20}|第\s?[\d一二三四五六七八九十]{1,3}\s?(?:讲|课|周))$/u;

/**
 * (session 14) A handout's running header (课程代码 GOV3127 ｜ 2026—2027学年秋季学期 ｜ 仅供选课学生课堂使用，请勿外传): the
 * course's record and the page's notice, each part its own, never text.
 */
function zhCourseHeader(text: string): boolean {
  const parts = text
    .replace(/(课程(?:代码|编号|号|代号))[\s:：]+/gu, '$1：')
    .replace(/\s?[:：]\s?/gu, '：')
    .split(/[\s\u3000]*[|｜][\s\u3000]*|[\s\u3000]+/u)
    .filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 6 || !parts.some((p) => ZH_COURSE_FIELD.test(p))) return false;
  return parts.every((p) => {
    if (ZH_COURSE_FIELD.test(p)) return true;
    const read = furnitureLine(p);
    return read !== undefined && !(read.kind === 'meta' && read.byline);
  });
}

/** A library's or a bookshop's field of a book (索书号：TP242/86, 馆藏地：二楼借阅区, ISBN：…, 定价：58元). */
const ZH_BOOK_FIELD =
  /^(?:索书号|馆藏地|馆藏地点|馆藏位置|馆藏状态|借阅状态|条码号|分类号|中图分类号|ISBN|出版社|出版时间|出版日期|定价|页数|开本|装帧)\s?[:：]\s?\S.{0,30}$/u;
/** Who made a book, before the verb of their part (某某 著, [英] 某某 著，某某 译, 某某中心 编, 某某 主编). */
const ZH_BOOK_MAKER =
  /^(?:[[［〔（(][\p{Script=Han}]{1,2}[\]］〕）)]\s?)?[\p{Script=Han}A-Za-z·・.]{2,24}\s?(?:著|编|编著|主编|译|绘|撰|编译|口述|整理)(?:\s?[，,、]\s?[\p{Script=Han}A-Za-z·・]{2,12}\s?(?:著|编|译|绘|审校|校))*$/u;

/**
 * (session 14) A book's record line under its title in a new-books list or a review (某某 著 | 索书号：TP242/86 | 馆藏地：
 * 二楼借阅区): the catalogue's, never the text. Its fields between bars, at least one a library's or a publisher's.
 */
function zhBookRecord(text: string): boolean {
  const parts = text.split(/[\s\u3000]*[|｜][\s\u3000]*/u).filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 6) return false;
  const publisher = /^[\p{Script=Han}A-Za-z]{2,20}(?:出版社|出版公司|出版集团|书局)$/u;
  return (
    parts.some((p) => ZH_BOOK_FIELD.test(p)) &&
    parts.every((p) => ZH_BOOK_FIELD.test(p) || ZH_BOOK_MAKER.test(p) || publisher.test(p))
  );
}

export function zhRecordLine(text: string): FurnitureLine | undefined {
  if (ZH_DOCUMENT_NUMBER.test(text)) return { kind: 'furniture', what: 'document number' };
  if (zhSessionFields(text)) return { kind: 'furniture', what: 'session record' };
  if ([...text].length <= 80 && ZH_SCAN_PROMPT.test(text))
    return { kind: 'furniture', what: 'share or print links' };
  if (zhSubscriptionTerms(text)) return { kind: 'furniture', what: 'subscription terms' };
  if (zhCourseHeader(text)) return { kind: 'furniture', what: 'course header' };
  if (zhBookRecord(text)) return { kind: 'furniture', what: 'book record' };
  const imprint = zhImprint(text);
  if (imprint) return imprint;
  return undefined;
}

/**
 * (session 14) The title a script or a newsroom system's export prints as a field on its own line (标题：某某　某某),
 * on a page with no `# ` title: the headline, read from the lifted field.
 */
export function zhTitleField(
  lifted: { line: number; text: string }[],
): { title: string; line: number } | undefined {
  for (const l of lifted) {
    const m = /^(?:标题|稿件标题|新闻标题|节目标题|题目)\s?[:：]\s?(\S.{1,79})$/u.exec(l.text.trim());
    if (m && !/[。！？]$/u.test(m[1]!)) return { title: m[1]!.trim(), line: l.line };
  }
  return undefined;
}

/**
 * (session 14) The outlet a translated or reprinted piece first ran in, from its provenance line
 * (原载：《某某观察》2026年10月号　原题：The Long Way Home): the outlet, without the issue and the original title beside it.
 */
export function zhOriginalOutlet(value: string): string {
  const untitled = value.replace(/[\s\u3000]+原(?:标)?题\s?[:：].*$/u, '').trim();
  const issue =
    /^(《[^《》]{2,20}》)[\s\u3000]*(?:\d{4}年(?:第\s?\d{1,3}\s?期|\d{1,2}月号?|\d{1,2}月\d{1,2}日)|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|第\s?\d{1,4}\s?期)$/u.exec(
      untitled,
    );
  return issue ? issue[1]! : untitled;
}

/**
 * (session 14) A broadcast script's cue with whom it gives the floor to (【同期声】某某公司经理　某某, 【出镜记者】某某,
 * 【采访】某某): a line that heads what is said under it, never a sentence cut off nor one to join.
 */
export function zhScriptCue(text: string): boolean {
  return /^【(?:同期声?|现场声?|出镜(?:记者)?|采访(?:对象)?|画外音|解说|配音|主持人|演播室|口播)】[\s\u3000]?[^。！？，；“”"]{0,30}$/u.test(
    text.trim(),
  );
}
