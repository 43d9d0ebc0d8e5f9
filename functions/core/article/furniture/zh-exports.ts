// (session 14) Chinese documents and chats as their apps export them: a cloud document's creator line and its
// reactions, a chat log's export header, its system messages and its excerpt note, a minutes' note on how it was
// drafted, a transcript's credits bar, a signature line under a resolution. Each is read by its fields, never by the
// words of one page.

import type { FurnitureLine } from './words.ts';
import { parseDate } from './words.ts';

/** A person as an app prints them: a Chinese name, or a handle (letters, digits, `_ . -`). */
const ZH_PERSON = '(?:[\\p{Script=Han}·]{2,6}|[A-Za-z][A-Za-z0-9_.-]{1,19})';
/** A date an app stamps, with its time: 2026-11-12 16:02, 2026年11月12日 16:02, 11月12日 16:02. */
const APP_STAMP =
  '(?:\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?|\\d{1,2}月\\d{1,2}日)(?:\\s?\\d{1,2}:\\d{2}(?::\\d{2})?)?';

// (this file's patterns are built once, where they are declared, not again for every line read)
const DOC_STAMP_AFTER = new RegExp(`^(${ZH_PERSON})\\s?[·•|｜]?\\s?(${APP_STAMP})\\s?(?:创建|发布)$`, 'u');
const DOC_CREATED = new RegExp(`^(${ZH_PERSON})\\s?(?:创建于|创建|发布于|撰写于)\\s?(${APP_STAMP})$`, 'u');
const DOC_FIELD = new RegExp(
  `^(?:(?:最后|最近)?(?:修改|编辑|更新)(?:于)?\\s?${APP_STAMP}|(?:阅读|浏览|查看|评论|点赞)(?:量|数)?\\s?[:：]?\\s?\\d{1,7}|\\d{1,7}\\s?(?:人|次)(?:阅读|浏览|查看|已读|看过)|字数\\s?[:：]?\\s?\\d{1,7})$`,
  'u',
);

/**
 * A cloud document's header (某某 创建于 2026-11-12 16:02 · 最后修改于 2026-11-13 09:40 · 阅读 37): who made the document
 * and when, then its edit stamps and counters, set apart by dots or bars.
 */
function zhDocCreatorLine(text: string): FurnitureLine | undefined {
  const header = (name: string, stamp: string): FurnitureLine => {
    const published = parseDate(stamp);
    return {
      kind: 'meta',
      meta: published ? { published } : {},
      what: 'document header',
      byline: { raw: text, names: [name] },
    };
  };
  // The stamp first and the verb after it (某某 · 2026-11-12 16:02 创建): the same record.
  const after = DOC_STAMP_AFTER.exec(text);
  if (after) return header(after[1]!, after[2]!);
  const [first = '', ...rest] = text.split(/\s*[·•|｜]\s*/u);
  const made = DOC_CREATED.exec(first);
  if (!made) return undefined;
  return rest.every((f) => DOC_FIELD.test(f)) ? header(made[1]!, made[2]!) : undefined;
}

/** A row of a document's or a post's reactions (👍 4　💬 评论（2）, ❤️ 12 评论 3): emoji and counts, nothing else. */
function zhReactionRow(text: string): boolean {
  const fields = text
    .replace(/(\S)\s+(?=\d)/gu, '$1')
    .split(/[\s\u3000|｜·]+/u)
    .filter((f) => f !== '');
  if (fields.length === 0 || fields.length > 8) return false;
  const emoji = /^(?:\p{Extended_Pictographic}\uFE0F?)+$/u;
  const count =
    /^(?:\p{Extended_Pictographic}\uFE0F?)*(?:(?:评论|点赞|回复|收藏|转发|赞|喜欢)\s?[（(]?\d{1,7}[）)]?|\d{1,7})$/u;
  const counted = fields.filter((f) => count.test(f));
  return (
    counted.length > 0 &&
    fields.every((f) => emoji.test(f) || count.test(f)) &&
    // A count says what it counts: by an emoji, or by its word.
    /\p{Extended_Pictographic}|(?:评论|点赞|回复|收藏|转发|赞|喜欢)\s?[（(]\d/u.test(text)
  );
}

// (the spaces between fields are one space once the line is read: the fields are matched one after another)
const CHAT_EXPORT_FIELD = `(?:导出(?:时间|日期)\\s?[:：]\\s?${APP_STAMP}|导出于\\s?${APP_STAMP}|导出(?:人|者|账号)\\s?[:：]\\s?\\S{1,20}|(?:聊天对象|群聊名称|群名称|会话)\\s?[:：]\\s?\\S{1,30}|共\\s?\\d{1,7}\\s?条(?:消息|记录|聊天记录)?|(?:消息|记录)(?:总数|条数)\\s?[:：]\\s?\\d{1,7}|(?:本记录)?由\\s?[“"「]?[^”"」。！？\\s]{1,20}[”"」]?\\s?(?:生成|导出))`;
const CHAT_EXPORT_HEADER = new RegExp(
  `^${CHAT_EXPORT_FIELD}(?:\\s?[|｜]?\\s?${CHAT_EXPORT_FIELD}){0,4}$`,
  'u',
);

/**
 * A chat log's export header (导出时间：2026-11-20 21:14　共 86 条消息　由“某某助手”生成): when it was exported, how many
 * messages, by what tool — every field the export's own.
 */
function zhChatExportHeader(text: string): boolean {
  if ([...text].length > 80) return false;
  return CHAT_EXPORT_HEADER.test(text) && /导出|生成/u.test(text);
}

const CHAT_WHO = `(?:[“"「]${ZH_PERSON}[”"」]|${ZH_PERSON}|你|对方)`;
const CHAT_SYSTEM_LINE = new RegExp(
  `^${CHAT_WHO}\\s?(?:撤回了一条(?:消息|成员消息)(?:\\s?重新编辑)?|加入了群聊|退出了群聊|已被移出群聊|拍了拍\\s?${CHAT_WHO}[^。！？，,]{0,12}|邀请\\s?${CHAT_WHO}(?:[、，,]\\s?${CHAT_WHO}){0,8}\\s?加入了群聊|修改群名为\\s?[“"「][^”"」]{1,30}[”"」]|成为新群主|开启了群聊邀请确认)$|^(?:以下为新消息|以上是历史消息|以下是新消息)$`,
  'u',
);

/**
 * A chat's system message (“某某”撤回了一条消息, 你撤回了一条消息, 某某 邀请 某某 加入了群聊, 某某 拍了拍 某某): the app's
 * line, never a message.
 */
function zhChatSystemLine(text: string): boolean {
  const line = text.replace(/^[-—–=\s]+|[-—–=\s]+$/gu, '');
  return CHAT_SYSTEM_LINE.test(line);
}

/**
 * A log's or a transcript's note that what is shown is a part of it (—— 以上为节选，完整记录请联系群主 ——, 以上为部分聊天
 * 记录，完整版见附件): the page speaking of the record, not a line of it.
 */
function zhExcerptNote(text: string): boolean {
  const clauses = text
    .replace(/^[-—–=·•\s]+|[-—–=·•\s]+$/gu, '')
    .split(/\s*[，,；;。]\s*/u)
    .filter((c) => c !== '');
  if (clauses.length === 0 || clauses.length > 3 || [...text].length > 50) return false;
  const part =
    /^(?:以上|以下|本文|本记录|本页)(?:内容)?(?:为|是|系)?(?:节选|摘录|摘编|部分(?:内容|记录|聊天记录|对话))$/u;
  const whole =
    /^(?:完整|全部)(?:记录|内容|版|版本|聊天记录|对话|文字)?(?:请|可)?(?:联系|查看|见|参见|参阅|向)[^。！？，,]{1,16}$/u;
  return part.test(clauses[0]!) && clauses.slice(1).every((c) => whole.test(c));
}

/**
 * A note on how the record was drafted (本纪要由智能纪要初稿生成，经记录人校对，如有出入请在评论区指出): the tool that
 * drafted it, who checked it, and where to report a mistake — the document's small print, not its text.
 */
function zhDraftedByNote(text: string): boolean {
  const clauses = text.split(/\s*[，,；;。]\s*/u).filter((c) => c !== '');
  if (clauses.length === 0 || clauses.length > 4 || [...text].length > 70) return false;
  const drafted =
    /^(?:本|该|此)(?:纪要|会议纪要|文档|记录|字幕|文字稿|稿件)(?:内容)?(?:初稿)?(?:由|系|为|经)[^，。！？]{1,16}(?:生成|自动生成|转写|识别)(?:而成)?$/u;
  const checked = /^(?:已)?经[^，。！？]{1,10}(?:校对|审核|核对|审阅|修订)(?:后发布)?$/u;
  const report =
    /^(?:如有|若有)(?:出入|错漏|错误|疏漏|问题|不妥)[^，。！？]{0,4}(?:请|欢迎)?[^，。！？]{0,10}(?:指出|反馈|联系|更正|告知)$/u;
  return drafted.test(clauses[0]!) && clauses.slice(1).every((c) => checked.test(c) || report.test(c));
}

const SIGNATURE_LINE = new RegExp(
  `^(\\p{Script=Han}{2,14}?)(?:[（(](?:签字|签名|签章|手签|盖章|签字盖章)[）)]|签字|签名)\\s?[:：]\\s?(${ZH_PERSON})$`,
  'u',
);

/**
 * A signature line under a resolution or a report (答辩委员会主席（签字）：某某, 负责人（签名）：某某): the signer is who
 * stands behind the text.
 */
function zhSignatureLine(text: string): FurnitureLine | undefined {
  const m = SIGNATURE_LINE.exec(text);
  if (!m) return undefined;
  return { kind: 'meta', meta: {}, what: 'signature', byline: { raw: text, names: [m[2]!] } };
}

const TRANSCRIBED_BY = new RegExp(
  `^(?:字幕|文字|速记|听写|视频|录音|笔记)?(?:整理|听打|转写)\\s?[:：/／]\\s?(${ZH_PERSON})$`,
  'u',
);

/**
 * A transcript's credits bar (字幕整理：某某　｜　原视频时长 01:12:36　｜　语音自动识别＋人工校对): who wrote it out, then
 * the video's length and how it was made — short notes, no sentence among them.
 */
function zhTranscriptCredits(text: string): FurnitureLine | undefined {
  const [first = '', ...rest] = text.split(/\s*[|｜]\s*/u);
  if (rest.length === 0 || rest.length > 4) return undefined;
  const m = TRANSCRIBED_BY.exec(first.trim());
  if (!m) return undefined;
  const note = (f: string) =>
    /^(?:原)?(?:视频|音频|直播|录音)?时长\s?[:：]?\s?\d{1,2}:\d{2}(?::\d{2})?$/u.test(f) ||
    ([...f].length <= 30 && !/[。！？]/u.test(f) && /\p{Script=Han}/u.test(f));
  if (!rest.every((f) => note(f.trim()))) return undefined;
  return {
    kind: 'meta',
    meta: {},
    what: 'transcript credits',
    byline: { raw: first.trim(), names: [m[1]!] },
  };
}

/** The exported document's and chat's own lines, or undefined. */
export function zhExportLine(text: string): FurnitureLine | undefined {
  const creator = zhDocCreatorLine(text);
  if (creator) return creator;
  if (zhReactionRow(text)) return { kind: 'furniture', what: 'reactions' };
  if (zhChatExportHeader(text)) return { kind: 'furniture', what: 'export header' };
  if (zhChatSystemLine(text)) return { kind: 'furniture', what: 'chat system message' };
  if (zhExcerptNote(text)) return { kind: 'furniture', what: 'excerpt note' };
  if (zhDraftedByNote(text)) return { kind: 'furniture', what: 'drafted-by note' };
  return zhSignatureLine(text) ?? zhTranscriptCredits(text);
}
