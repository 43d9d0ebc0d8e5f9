// (session 15) Chinese lines of video and social platforms' pages (B站, 抖音, 视频号, 微博, 知乎, 小红书) and of product
// manuals and spec sheets: the uploader's line with the follow button, the play, danmaku and like counters with the
// upload time, the image counter of a picture post, a row of tags, a lone #topic#, a manual's header row of model and
// version. Each is read whole by its shape (a platform's role label, a number with a counter's word, fields with
// short values, items with no clause between them): a sentence using the same words has a verb and punctuation.
import { parseBylineLine } from './bylines.ts';
import type { FurnitureLine } from './words.ts';
import { parseDate } from './words.ts';

/** A platform's count: 8.7万, 3102, 1.2w, 999+. */
const COUNT = '\\d+(?:[.,]\\d+)*\\s?[万千亿wWkK]?\\+?';
/** The words a platform prints beside a count. */
const COUNTER_WORD =
  '(?:次播放|播放量?|次观看|观看|人看过|人在看|条弹幕|弹幕|点赞|获赞|赞|条评论|评论|收藏|转发|分享|投币|硬币|阅读|浏览|在看|喜欢|粉丝|关注者?|人气|热度|回答|赞同)';
const COUNTER = new RegExp(`^(?:${COUNTER_WORD}\\s?[:：]?\\s?${COUNT}|${COUNT}\\s?${COUNTER_WORD})$`, 'u');
/** An upload or post time: 2026-02-27 19:00:12, 2026年2月27日 19:00, 02-27 (with what it is: 发布于, 上传于). */
const POST_TIME =
  /^(?:(?:发布|上传|投稿|发表|编辑|更新)(?:于|时间\s?[:：]?)\s?)?(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\s?\d{1,2}:\d{2}(?::\d{2})?)?$/u;
/** A platform's notice on its uploads: 未经作者授权，禁止转载; 本视频为原创作品. */
const UPLOAD_NOTICE =
  /^(?:未经(?:作者|UP主|up主|博主|本人|原作者|创作者)?(?:本人)?(?:许可|授权|同意)[，,]?\s?(?:禁止|不得|严禁|请勿)(?:任何形式的)?(?:转载|搬运|二次创作|商用)(?:[、或和](?:转载|搬运|二次创作|商用))*|(?:本(?:视频|作品|内容)|作品)(?:为|系)?(?:原创|自制|UP主原创)(?:作品|内容)?|(?:原创|自制)(?:视频|作品))[。！!]?$/u;

/**
 * The row under a video's title: its counters, its upload time, the platform's notice (12.6万播放 · 3102弹幕 ·
 * 2026-02-27 19:00:12　未经作者授权，禁止转载, 播放 3.2万　点赞 1208　2026年3月2日). Furniture, dated by its upload time.
 */
function statsRow(text: string): FurnitureLine | undefined {
  if ([...text].length > 100) return undefined;
  const parts = text.split(/\s*[·•・|｜]\s*/u).filter((p) => p !== '');
  let published: string | undefined;
  let counters = 0;
  let notices = 0;
  // Within a part the items stand apart by spaces; a time's clock stays with its day.
  const items = (part: string) => part.split(/\s+(?!\d{1,2}:\d{2})/u).filter((t) => t !== '');
  for (const item of parts.flatMap(items)) {
    if (COUNTER.test(item)) counters++;
    else if (POST_TIME.test(item) && !published) published = parseDate(POST_TIME.exec(item)![1]!);
    else if (UPLOAD_NOTICE.test(item)) notices++;
    else return undefined;
  }
  // A counter and one more field, or the upload time beside the notice: a lone count is read by the rules for one.
  if (counters + notices + (published ? 1 : 0) < 2 || (counters === 0 && (!published || notices === 0)))
    return undefined;
  return published
    ? { kind: 'meta', meta: { published }, what: 'post stats' }
    : { kind: 'furniture', what: 'counters' };
}

/** A platform's label for who put the post or the video up. */
const UPLOADER_ROLE = '(?:UP主|up主|Up主|博主|主播|创作者|作者|发布者|投稿人|号主|答主|题主|楼主)';
/** What stands after the uploader's handle: the follow button, the followers' count, a badge. */
const FOLLOW_TAIL =
  /^(?:(?:[+＋]\s?)?关注(?:\s?TA|\s?Ta|\s?ta)?(?:\s?[+＋])?(?:\s?\d+(?:\.\d+)?[万千wWkK]?)?|已关注|粉丝\s?[:：]?\s?\d+(?:\.\d+)?[万千wWkK]?|\d+(?:\.\d+)?[万千wWkK]?\s?粉丝|私信|充电|发消息|认证\s?[:：]\s?\S{2,20})$/u;
/** A platform handle: a few characters, no clause (柚子不吃香菜🍊, 铁皮阿杰, tech_lab2026). */
const HANDLE = /^[^\s，。！？；：:,!?;“”"（）()]{1,20}$/u;

const UPLOADER_LABELLED = new RegExp(`^${UPLOADER_ROLE}\\s?[:：]\\s?(\\S{1,20})((?:\\s.+)?)$`, 'u');

/**
 * The uploader's line over a video or a post: the role label and the handle, with the follow button or the
 * followers after it (UP主：铁皮阿杰　关注 8.7万, 博主：某某　粉丝 12万), or the handle and the button alone
 * (柚子不吃香菜🍊 关注). The handle names who made it.
 */
export function zhUploaderLine(text: string): FurnitureLine | undefined {
  const labelled = UPLOADER_LABELLED.exec(text);
  const [handle, tail] = labelled
    ? [labelled[1]!, labelled[2]!.trim()]
    : (/^(\S{1,20})\s((?:[+＋]\s?)?关注(?:\s?TA)?|已关注)$/u.exec(text)?.slice(1) ?? []);
  if (!handle || tail === undefined || !HANDLE.test(handle) || /^[+＋]?关注$/u.test(handle)) return undefined;
  // (the role's label with no button after it is a field the byline rules read: 作者：某某)
  if (labelled && tail === '' && /^(?:作者|楼主|题主)/u.test(text)) return undefined;
  const rest = tail.split(
    /\s+(?=[+＋]?关注|已关注|粉丝|\d+(?:\.\d+)?[万千wWkK]?\s?粉丝|私信|充电|发消息|认证)/u,
  );
  if (tail !== '' && !rest.every((t) => FOLLOW_TAIL.test(t.trim()))) return undefined;
  // (a handle without the platform's label is a nickname, not a name to sign the piece with)
  if (!labelled) return { kind: 'furniture', what: 'post header' };
  return { kind: 'meta', meta: {}, what: 'post header', byline: { raw: text, names: [handle] } };
}

/**
 * A row of a video's or a post's tags, set apart by spaces at its foot (机械臂　具身智能　开源硬件　DIY　模仿学习): four or
 * more short items, each a word or a name of two to eight characters, with no mark of a clause anywhere.
 */
function tagRow(text: string): boolean {
  if ([...text].length > 80 || /[，。！？；：:,.!?;、“”"《》（）()]/u.test(text)) return false;
  // (a byline's roles and names are the byline's: 本报记者 某某 通讯员 某某)
  if (parseBylineLine(text)) return false;
  const items = text.split(/\s+/u);
  if (items.length < 4 || items.length > 12) return false;
  const tag = (t: string) =>
    /^[\p{Script=Han}A-Za-z0-9+#·-]{2,10}$/u.test(t) && [...t].length <= 8 && !/^\d+$/u.test(t);
  // (mostly Chinese words: a row of English words is not this reader's)
  // (nor a poem's lines of one length, nor a list of names of two or three characters)
  const lengths = new Set(items.map((t) => [...t].length));
  return (
    items.every(tag) &&
    items.filter((t) => /\p{Script=Han}/u.test(t)).length * 2 > items.length &&
    lengths.size > 1 &&
    items.some((t) => [...t].length >= 4 || /[A-Za-z]/u.test(t))
  );
}

/** A picture post's counter over each image (（图片 1/6）, 图 2/9, [组图3/8], 第1/6张). */
const IMAGE_COUNTER =
  /^[（(【[［]?\s?(?:(?:图片|图|照片|组图|配图|图集)\s?(?:\d{1,2}\s?[/／]\s?\d{1,2}|\d{1,2}\s?[/／]\s?\d{1,2}\s?张?)|第\s?\d{1,2}\s?[/／]\s?\d{1,2}\s?张|\d{1,2}\s?[/／]\s?\d{1,2}\s?张)\s?[）)】\]］]?$/u;

/** A manual's or a spec sheet's field of what the document is (型号, 文件版本, 文档编号, 修订日期). */
const SPEC_LABEL =
  /^(?:产品|规格|适用|设备|机器)?型号$|^(?:文件|文档|手册|说明书|资料|软件|固件|硬件)?版(?:本|本号|次)$|^(?:文件|文档|手册|资料)(?:编号|代号)$|^(?:发布|修订|更新|生效|编制|印刷)(?:日期|时间)$|^修订(?:号|版本)?$/u;

/**
 * A manual's header row: what it documents and which edition, maybe with its month (型号：NY-S2　文件版本：V1.3　2026年1月,
 * 文档编号：QB-2026-03　版本：A/1　第1页 共12页). Fields with short values and at least one of the document's own.
 */
function specHeaderRow(text: string): FurnitureLine | undefined {
  if ([...text].length > 100) return undefined;
  const parts = text
    .split(/\s*[|｜]\s*|\s+(?=[\p{Script=Han}A-Za-z]{1,8}\s?[:：])|\s+(?=\d{4}\s?[年.\-/])|\s+(?=第\s?\d)/u)
    .filter((p) => p !== '');
  if (parts.length < 2) return undefined;
  let own = 0;
  let published: string | undefined;
  for (const p of parts) {
    // (a model's name may hold a space: K7 Pro)
    const field =
      /^([\p{Script=Han}A-Za-z]{1,8})\s?[:：]\s?([^\s，。！？；]{1,24}(?: [A-Za-z0-9][\w.-]{0,11})?)$/u.exec(
        p,
      );
    if (field) {
      if (SPEC_LABEL.test(field[1]!)) own++;
      if (/(?:日期|时间)$/u.test(field[1]!)) published ??= parseDate(field[2]!);
      continue;
    }
    if (
      /^\d{4}\s?(?:年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?|[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?)(?:版|修订)?$/u.test(
        p,
      )
    ) {
      // (a whole day dates the document; a month alone does not)
      published ??= parseDate(p);
      continue;
    }
    if (/^第\s?\d{1,4}\s?页(?:\s?[，,/／]?\s?共\s?\d{1,4}\s?页)?$/u.test(p)) continue;
    return undefined;
  }
  if (own === 0) return undefined;
  return published
    ? { kind: 'meta', meta: { published }, what: 'document header' }
    : { kind: 'furniture', what: 'document header' };
}

/** What a post was sent from, after its time on a microblog (来自 iPhone客户端, 来自 微博 weibo.com, 来自 网页版). */
const SENT_FROM = /^来自\s?(?=[^。！？，]*(?:[A-Za-z]|客户端|微博|网页|手机|平板|超话))[^。！？，]{2,30}$/u;
/** A relative or a whole post time: 3天前, 2小时前, 昨天 10:20, 3月2日 10:20, 2026-3-2 10:20. */
const FEED_TIME =
  /^(?:\d{1,2}\s?(?:分钟|小时|天|周)前|刚刚|昨天(?:\s?\d{1,2}:\d{2})?|前天(?:\s?\d{1,2}:\d{2})?|(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日|\d{1,2}-\d{1,2})(?:\s?\d{1,2}:\d{2}(?::\d{2})?)?)$/u;
/** The platforms whose account a page names beside its handle (视频号 · 某某科技). */
const PLATFORM =
  '(?:视频号|抖音|快手|B站|哔哩哔哩|bilibili|小红书|微博|知乎|西瓜视频|头条号|百家号|公众号|微信公众号|好看视频|微视)';

/**
 * A microblog's or a short video's post header: the handle with the time (@老周的工作台 · 3天前), the time with what it
 * was sent from (2026-3-2 10:20 来自 iPhone客户端), the platform and the account (视频号 · 某某科技); dated when the time
 * is a whole day.
 */
function feedHeader(text: string): FurnitureLine | undefined {
  const header = (day: string | undefined): FurnitureLine => {
    const published = day ? parseDate(day) : undefined;
    return published
      ? { kind: 'meta', meta: { published }, what: 'post header' }
      : { kind: 'furniture', what: 'post header' };
  };
  const handled = /^@[^\s@，。！？]{2,20}\s?[·•|｜]\s?(.+)$/u.exec(text);
  if (handled && FEED_TIME.test(handled[1]!)) return header(FEED_TIME.exec(handled[1]!)![1]);
  const sent = /^(.+?)\s?(来自\s?.+)$/u.exec(text);
  if (sent && FEED_TIME.test(sent[1]!) && SENT_FROM.test(sent[2]!))
    return header(FEED_TIME.exec(sent[1]!)![1]);
  if (new RegExp(`^${PLATFORM}\\s?[·•|｜]\\s?[^\\s，。！？]{2,20}$`, 'u').test(text))
    return header(undefined);
  return undefined;
}

/**
 * A video page's list of parts (视频选集（1/5）　自动连播, P2　02 硬件清单　18:05, 第3集　某某　12:37): the player's, each
 * part's number, its name and its length.
 */
function episodeLine(text: string): boolean {
  return (
    /^(?:视频选集|选集|分集|播放列表)(?:\s?[（(]\d{1,3}\s?[/／]\s?\d{1,3}[）)])?(?:\s(?:自动连播|播放全部|连播|列表))*$/u.test(
      text,
    ) || /^(?:P\d{1,3}|第\s?\d{1,3}\s?[集期话节])\s[^。！？]{1,40}?\s\d{1,2}:\d{2}(?::\d{2})?$/u.test(text)
  );
}

/** A Chinese platform's or manual's line read whole, or undefined. Reached after the other Chinese readers. */
export function zhPlatformLine(text: string): FurnitureLine | undefined {
  if (COUNTER.test(text)) return { kind: 'furniture', what: 'counters' };
  // A short video's counters with their icons lost (6.6万 1.2万 8820 2301): numbers alone, one of them in 万.
  if (/^(?:\d+(?:\.\d+)?[万wW]?\s){2,5}\d+(?:\.\d+)?[万wW]?$/u.test(text) && /\d[万wW]/u.test(text))
    return { kind: 'furniture', what: 'counters' };
  // A site's menu from its home page (首页　番剧　直播　游戏中心　会员购 … 登录　投稿): short items, no clause, however many.
  if (/^(?:首页|主页|网站首页)(?: [\p{Script=Han}A-Za-z0-9]{1,6}){3,30}$/u.test(text))
    return { kind: 'furniture', what: 'page links' };
  const feed = feedHeader(text);
  if (feed) return feed;
  if (episodeLine(text)) return { kind: 'furniture', what: 'video player' };
  // A microblog's and a Q&A site's buttons and cards (收起全文, 添加评论, 写回答, 某某的微博视频).
  if (
    /^(?:收起全文|收起|添加评论|写回答|关注问题|邀请回答|好问题|查看全部\s?\d+\s?个回答|显示全部|阅读全文)$/u.test(
      text,
    ) ||
    /^[^\s，。！？]{1,20}的微博视频$/u.test(text)
  )
    return { kind: 'furniture', what: 'post buttons' };
  const stats = statsRow(text);
  if (stats) return stats;
  const uploader = zhUploaderLine(text);
  if (uploader) return uploader;
  if (UPLOAD_NOTICE.test(text) && /未经/u.test(text)) return { kind: 'furniture', what: 'copyright line' };
  if (IMAGE_COUNTER.test(text)) return { kind: 'furniture', what: 'image counter' };
  // A topic alone on its line between its hashes (#某某话题#), as a post sets it over or under its text.
  if (/^#[^#\s，。！？]{2,30}#$/u.test(text)) return { kind: 'furniture', what: 'post buttons' };
  if (tagRow(text)) return { kind: 'furniture', what: 'tags' };
  return specHeaderRow(text);
}

/**
 * A handle over the follow button, or over the post's time and what it was sent from, each on its line at the top of a
 * post (柚子不吃香菜🍊 / 关注, 某某市气象台 / 2026-4-18 21:05 来自 微博 weibo.com): the handle is the post's header, not its
 * text. `next` is the line under `line`.
 */
export function zhHandleOverFollow(line: string, next: string): string | undefined {
  const handle = line.trim();
  const below = next.trim().replace(/[\s\u3000]+/gu, ' ');
  const stamped = /\d{1,2}:\d{2}/u.test(below) && feedHeader(below)?.what === 'post header';
  if (!/^(?:[+＋]\s?)?关注(?:\s?TA)?$|^已关注$/u.test(below) && !stamped) return undefined;
  if (!HANDLE.test(handle) || [...handle].length > 16 || /^[+＋]?关注/u.test(handle)) return undefined;
  return handle;
}
