// (session 16) Chinese header and footer rows that carry a credit among the page's fields, and the workflow and
// production lines of office documents and short-video scripts: who compiled, wrote or created the piece, set in a
// row of fields with its date and counters (整理：某某 · 2026-03-08 21:14 · 阅读 3.2万, 某某 创建于 2025-11-02 · 某某
// 最后编辑于 …); an office system's handling record (某科 某某 2026-03-18 16:02：已办结); a platform's ask for its
// buttons (关注 + 投币 + 收藏 = 一键三连); a script's cover text (封面文字：……？) and its
// production note (备注：…发布前请某某确认); a site's cookie banner. Read by shape: the row's separators, a
// role's label or a stamp's verb, a name, a date.

import { toSimplified } from '../../hans.ts';
import { furnitureLine } from '../furniture.ts';
import type { ArticleMeta, Byline } from '../types.ts';
import { ZH_DESK, zhNames } from './bylines.ts';
import type { FurnitureLine } from './words.ts';
import { parseDate } from './words.ts';

/** A date, and maybe its time, as a row's field or a stamp prints it (2026-03-08 21:14, 2026年3月8日). */
const ZH_ROW_DATE = '\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s?\\d{1,2}:\\d{2}(?::\\d{2})?)?';

/**
 * Who last touched a document, not who wrote it: a person, then the verb of an edit with 于 and the day (某某 最后编辑于
 * 2026-03-06 18:22, 某某 更新于 2026-03-06, 最近由 某某 修改于 …).
 */
export const ZH_EDIT_STAMP = new RegExp(
  `^(?:(?:最近|最后)由\\s?)?[\\p{Script=Han}·A-Za-z]{2,12}\\s?(?:最后|最近|最新)?(?:编辑|修改|更新|修订|改动)于\\s?${ZH_ROW_DATE}$`,
  'u',
);

/** Who put the page up (发布者, 上传人, 录入): the CMS account, never the writer. */
const ZH_POSTER_FIELD = /^(?:发布者|发布人|发稿人|上传者|上传人|录入|录入者|录入人|楼主)\s?[:：]/u;

/** A record's field with a label no rule names yet, beside a credit in the same row (账号：@某某, 片长：1分40秒). */
const ZH_ROW_FIELD = /^\p{Script=Han}{2,6}\s?[:：]\s?[^\s。！？；;，,:：]{1,24}$/u;
/** A field naming an item by its code (原视频 BV1xq4y1m7Ub, 工单 GD-2026-0193): the platform's identifier. */
const ZH_ROW_CODE = /^\p{Script=Han}{1,6}\s?[:：]?\s?[A-Za-z][A-Za-z0-9_-]{3,30}$/u;

/** The roles of a writer's credit in a row: who wrote, compiled, drafted or reported it, who created the document. */
const ZH_CREDIT_ROLE =
  '(?:本文作者|作者|文|撰文|撰稿|整理|编译|执笔|采写|文案|脚本|述职人|汇报人|创建者|创建人|口述|编写)';
const ZH_CREDIT_LABELLED = new RegExp(`^${ZH_CREDIT_ROLE}\\s?[:：/／]\\s?(\\S.{0,30})$`, 'u');
const ZH_CREDIT_ONE_NAME = new RegExp(`^${ZH_CREDIT_ROLE}\\s?[:：/／]\\s?[\\p{Script=Han}·]{2,8}$`, 'u');
const ZH_CREDIT_SPACED = new RegExp(`^${ZH_CREDIT_ROLE}\\s([\\p{Script=Han}·]{2,8})$`, 'u');
const ZH_CREDIT_AFTER = /^([\p{Script=Han}·]{2,8})\s(?:整理|编译|撰稿|执笔|采写|撰文|口述)$/u;
const ZH_CREATOR_STAMP = new RegExp(
  `^([\\p{Script=Han}·]{2,8})\\s?(?:创建|发布|发表|撰写)于\\s?(${ZH_ROW_DATE})$`,
  'u',
);
/** A script's or a draft's state and running time as a row's field (已过审, 待剪辑, 时长 1分40秒). */
const ZH_ROW_STATE =
  /^(?:已过审|待审|待审核|审核中|已审核|已发布|待发布|待剪辑|已剪辑|剪辑中|草稿|定稿|已定稿|初稿|终稿)$|^(?:时长|片长|预计时长)\s?[:：]?\s?(?:约)?\d{1,3}\s?(?:分钟?(?:\d{1,2}\s?秒)?|秒)$/u;
/** A page's estimate of the reading time (3分钟阅读, 阅读时长约5分钟). */
const ZH_READING_TIME =
  /^(?:约|预计)?\d+\s?分钟(?:阅读|读完)$|^阅读(?:时间|时长)?\s?[:：]?\s?(?:约)?\d+\s?分钟$/u;

/** A writer's credit as one field of a row: the names, and the day a creator's stamp gives. */
function zhCreditField(part: string): { byline: Byline; published?: string } | undefined {
  const creator = ZH_CREATOR_STAMP.exec(part);
  const value =
    creator?.[1] ??
    ZH_CREDIT_LABELLED.exec(part)?.[1] ??
    ZH_CREDIT_SPACED.exec(part)?.[1] ??
    ZH_CREDIT_AFTER.exec(part)?.[1];
  if (!value) return undefined;
  const names = zhNames(value.trim(), false);
  if (!names || names.some((n) => ZH_DESK.test(n))) return undefined;
  const published = creator ? parseDate(creator[2]!) : undefined;
  return published ? { byline: { raw: part, names }, published } : { byline: { raw: part, names } };
}

/**
 * A header's or a footer's row of fields set apart by spaced dots or bars, one of them a credit with a name (整理：某某 ·
 * 2026-03-08 21:14 · 阅读 3.2万 · 原视频 BV…, 某某 创建于 2025-11-02 · 某某 最后编辑于 …, 账号：@某某 ｜ 时长：…
 * ｜ 文案：某某): the writer, the day, and the rest the page's. Each field must be the page's by itself, or a short
 * labelled field beside the credit; a sentence is never set in such a row.
 */
export function zhCreditRow(raw: string): FurnitureLine | undefined {
  if ([...raw].length > 160 || /[。！？]/u.test(raw)) return undefined;
  // The role's bar, slash or space for its colon (整理｜某某, 执笔 / 某某) is the colon, not the row's separator; a creator
  // put before the stamp with 由 (由 某某 创建于 …) is the creator.
  const text = raw
    .replace(
      new RegExp(`(^|[\\s·•・])(${ZH_CREDIT_ROLE})\\s?[|｜/／]\\s?(?=\\p{Script=Han})`, 'gu'),
      '$1$2：',
    )
    .replace(/^由\s?(?=[\p{Script=Han}·]{2,8}\s?(?:创建|发布|发表|撰写)于)/u, '')
    // (a post's mark before a row of dots or bars, 原创 整理：某某 · …: the platform's)
    .replace(/^(?:原创|首发|独家)\s(?=\S.*(?:\s[·•・]\s|[|｜]))/u, '');
  let parts = text.split(/\s+[·•・]\s+|\s*[|｜]\s*/u).filter((p) => p !== '');
  // Fields set apart by spaces only (the wide spaces of a page's header, read as one): the credit, then the date and
  // the counters, each opening on its own mark (文/某某　2026-05-14　阅读 1.8万).
  const spaced = parts.length === 1;
  if (spaced)
    parts = text
      .split(/\s(?=\d{4}[-/.年]\d)|\s(?=(?:阅读|浏览|点击|评论|点赞|收藏|字数)\s?[:：]?\s?[\d约])/u)
      .filter((p) => p !== '');
  // A name set apart from its stamp (某某 · 创建于 2026-01-15): one field.
  parts = parts.reduce<string[]>((out, p) => {
    const last = out.at(-1);
    if (last !== undefined && /^[\p{Script=Han}·]{2,8}$/u.test(last) && /^(?:创建|发布|发表|撰写)于/u.test(p))
      out[out.length - 1] = `${last} ${p}`;
    else out.push(p);
    return out;
  }, []);
  if (parts.length < 2 || parts.length > 8) return undefined;
  const meta: ArticleMeta = {};
  let byline: Byline | undefined;
  let known = 0;
  let unknown = 0;
  for (const part of parts) {
    if (ZH_EDIT_STAMP.test(part) || ZH_READING_TIME.test(part) || ZH_ROW_STATE.test(part)) {
      known++;
      continue;
    }
    // A role and a name in either order (整理：某某, 文/某某, 某某 整理), or a creator's stamp (某某 创建于 2026-01-15).
    // (set apart by spaces only, the credit is one name after its role: 文/某某 某号 … is a post's header)
    const credited = spaced && !ZH_CREDIT_ONE_NAME.test(part) ? undefined : zhCreditField(part);
    if (credited) {
      if (byline) return undefined;
      byline = credited.byline;
      if (credited.published && !meta.published) meta.published = credited.published;
      continue;
    }
    const read = furnitureLine(part);
    if (read?.kind === 'meta') {
      // A writer's field names a person; who put the page up (发布者：宣传部) is the CMS account, an office.
      if (read.byline && !ZH_POSTER_FIELD.test(part) && !read.byline.names.some((n) => ZH_DESK.test(n))) {
        // (two writers' fields in one row: not a row this reader can tell apart)
        if (byline) return undefined;
        byline = read.byline;
      } else known++;
      for (const [key, value] of Object.entries(read.meta) as [keyof ArticleMeta, string][])
        if (value && !meta[key]) meta[key] = value;
      continue;
    }
    if (read?.kind === 'furniture') {
      known++;
      continue;
    }
    if (ZH_ROW_FIELD.test(part) || ZH_ROW_CODE.test(part)) {
      unknown++;
      continue;
    }
    return undefined;
  }
  if (!byline || known + unknown === 0 || unknown > known + 1) return undefined;
  return { kind: 'meta', meta, byline, what: 'credit row' };
}

/**
 * An office system's handling record under its label (【办理意见】): the office, the person and the time, then the
 * opinion after a colon (基础教育科 某某 2026-03-18 16:02：已办结，请各科室知悉。), or the opinion first and the stamp after it
 * (同意。某某 2026-03-18 09:12). The time of day says it is the system's stamp; the opinion is short.
 */
const ZH_HANDLING_STAMP =
  '(?:[\\p{Script=Han}（）()]{2,20}\\s)?[\\p{Script=Han}·]{2,8}\\s\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}\\s\\d{1,2}:\\d{2}(?::\\d{2})?';
// (the opinion after the stamp with a colon or a space, or before it after its label: 会签意见：同意。 某科 某某 …)
const ZH_HANDLING_FIRST = new RegExp(`^${ZH_HANDLING_STAMP}\\s?[:：\\s]\\s?([^:：]{1,40})$`, 'u');
const ZH_HANDLING_LAST = new RegExp(
  `^(?:\\p{Script=Han}{0,4}(?:意见|批示|批注)\\s?[:：]\\s?)?([^:：\\s]{1,24}[。！]?)\\s?${ZH_HANDLING_STAMP}$`,
  'u',
);
/** What an opinion in an office system says: done, read, agreed, passed on, to be noted or handled. */
const ZH_HANDLING_WORD =
  /办结|已阅|阅知|知悉|同意|拟同意|不同意|请审批|请审核|请批示|请阅示|请示|审批|审核|签收|已签收|转办|转交|归档|已归档|退回|办理|传阅|呈阅|送阅|核稿|会签|按此办理|照办|收悉/u;

export function zhHandlingRecord(text: string): boolean {
  // The workflow's state alone on its line (已办结, 流程已结束, 已归档): the system's, never a sentence of the file.
  if (/^(?:已办结|办结|流程已结束|流程结束|流程已完成|已归档|已签收|已阅|已阅办)[。！]?$/u.test(text))
    return true;
  const opinion = ZH_HANDLING_FIRST.exec(text)?.[1] ?? ZH_HANDLING_LAST.exec(text)?.[1];
  return opinion !== undefined && ZH_HANDLING_WORD.test(opinion) && [...opinion].length <= 40;
}

/** A video platform's buttons, as an uploader asks for them. */
const ZH_PLATFORM_BUTTON =
  /^(?:关注|点赞|投币|收藏|转发|分享|评论|充电|一键三连|三连|素质三连|长按点赞|点个赞|点个关注|加关注)$/u;

/**
 * An uploader's ask for the platform's buttons (关注 + 投币 + 收藏 = 一键三连，感谢支持！, 点赞、投币、收藏走一波): the buttons
 * joined by plus signs, an equals sign or commas, and a thanks after them; a sentence about the buttons has a verb
 * of its own between them.
 */
export function zhPlatformAsk(text: string): boolean {
  if ([...text].length > 50) return false;
  const [ask = '', ...rest] = text.split(/\s*[，,！!～~。]\s*/u).filter((c) => c !== '');
  const thanks = rest.every((c) =>
    /^(?:感谢|谢谢|多谢|拜托|求|跪求)[^，,。！？]{0,8}$|^(?:走一波|安排上|支持一下|你们的支持是我更新的动力)$/u.test(
      c,
    ),
  );
  const buttons = ask
    .replace(/(?:走一波|安排一下|安排上|支持一下|求一个|吧)$/u, '')
    .replace(/^(?:求|记得|别忘了|欢迎)/u, '')
    .split(/\s*[+＋=＝、/|｜]\s*|\s+/u)
    .filter((b) => b !== '');
  return thanks && buttons.length >= 2 && buttons.every((b) => ZH_PLATFORM_BUTTON.test(b));
}

/**
 * A short video's cover text or a script's title field (封面文字：体检报告丢给AI？医生说三件事, 备选标题：……！): a headline,
 * so it may ask or exclaim, but it closes no sentence with 。 and says no more than a cover holds.
 */
export function zhCoverField(text: string): boolean {
  // (and a script's running time in minutes and seconds, alone: 时长：1分30秒; a player's 时长：02:16 is read elsewhere)
  if (
    /^(?:时长|片长|预计时长|视频时长|成片时长)\s?[:：]\s?(?:约)?\d{1,3}\s?(?:分钟?(?:\d{1,2}\s?秒)?|秒)$/u.test(
      text,
    )
  )
    return true;
  return /^(?:封面文字|封面标题|封面文案|封面|视频标题|备选标题|标题备选|短视频标题)\s?[:：]\s?[^。:：]{2,40}$/u.test(
    text,
  );
}

/** The buttons a cookie banner sets after its notice ([我知道了], 【接受】, （同意）). */
const ZH_BANNER_BUTTONS =
  /(?:[\s\u3000]*[[［【（(〔](?:我知道了|知道了|我同意|同意|接受|全部接受|接受全部|拒绝|了解更多|查看详情|设置|Cookie设置|关闭|好的|确定|OK|×|X)[\]］】）)〕])+$/iu;

/**
 * A site's cookie banner (本网站使用Cookie以提升浏览体验，继续浏览即表示您同意本站隐私权政策。[我知道了]), in Simplified or
 * Traditional: every sentence is the site speaking of its cookies, of going on browsing or of its privacy policy. A
 * story about cookies names someone else doing it (某公司用Cookie追踪用户).
 */
export function zhCookieBanner(raw: string): boolean {
  const simplified = toSimplified(raw).trim();
  const text = simplified.replace(ZH_BANNER_BUTTONS, '').trim();
  if (!/cookie/iu.test(text) || [...text].length > 150) return false;
  // (the banner asks for consent, has its button, or says what the cookies are for: 以提升浏览体验)
  const asks =
    text !== simplified ||
    /继续(?:浏览|使用|访问)|即表示您?(?:同意|接受)|(?:以|来|用于|为了)(?:提升|改善|提供|优化|分析|记住|保存)/u.test(
      text,
    );
  if (!asks) return false;
  const sentences = text.split(/(?<=[。！!])\s*/u).filter((s) => s !== '');
  const site = /本网站|本站|本网|本平台|我们|此网站|本应用|本APP/iu;
  return sentences.every((s) =>
    /cookie/iu.test(s)
      ? site.test(s) && /使用|采用|利用|存储|储存/u.test(s)
      : /^(?:若|如|如果)?(?:您)?继续(?:浏览|使用|访问)|(?:隐私|隐私权)(?:政策|声明|条款)|了解更多|详情请(?:见|参阅)/u.test(
          s,
        ),
  );
}

/**
 * A production note under a script or a draft, to the team and not the audience (备注：第二条的数据来自内部测试，发布前请某某再
 * 确认一遍; 剪辑备注：第3镜换成竖屏素材): the label of a note, and what the team does before it goes out (发布前, 剪辑时, 拍摄后).
 * A notice's 备注 to its readers (备注：请携带身份证。) names no step of making it.
 */
export function zhProductionNote(text: string): boolean {
  return (
    [...text].length <= 120 &&
    /^(?:备注|内部备注|编辑备注|制作备注|剪辑备注|后期备注|拍摄备注|审稿意见|审核意见)\s?[:：]/u.test(text) &&
    /(?:发布|上线|播出|推送|剪辑|后期|成片|拍摄|配音|出片|发稿)(?:前|时|后|之前)|(?:剪辑|后期|配音|字幕)(?:时|请|需|要)|(?:换成|替换为?)[^。]{0,10}素材/u.test(
      text,
    )
  );
}
