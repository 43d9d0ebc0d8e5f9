// Chinese page lines: what a Chinese page prints around a story, read whole (zhLine), and the lines probed
// beyond the corpus.

import { toSimplified } from '../../hans.ts';
import { furnitureLine } from '../furniture.ts';
import { remembered } from '../line-memo.ts';
import type { ArticleMeta } from '../types.ts';
import {
  parseBylineLine,
  ZH_BRACKETED_STAMP,
  ZH_DESK,
  zhCompiledBy,
  zhFirstEditor,
  zhNames,
} from './bylines.ts';
import { isRelatedLinksHeader } from './lists.ts';
import type { FurnitureLine } from './words.ts';
import { AGENCY_ONLY, FINAL, parseDate, unbracket, ZH_BRACKET_PART_HEAD, ZH_ORG } from './words.ts';
import {
  ZH_EDIT_STAMP,
  zhCookieBanner,
  zhCoverField,
  zhCreditRow,
  zhHandlingRecord,
  zhPlatformAsk,
  zhProductionNote,
} from './zh-credit-rows.ts';
import { zhExportLine } from './zh-exports.ts';
import {
  forumPostHeader,
  postHeader,
  ZH_LABELS,
  zhAppPromo,
  zhLabelLine,
  zhMastheadBar,
  zhOutletFieldBar,
  zhPageChrome,
  zhPostHeaderUnmarked,
  zhStampAndFiledByline,
} from './zh-page.ts';
import { zhPlatformLine, zhUploaderLine } from './zh-platforms.ts';
import { zhOriginalOutlet, zhRecordLine } from './zh-records.ts';
import { zhToolLine } from './zh-tools.ts';
import { zhCourseRun, zhEditToolbar, zhWidgetLine } from './zh-widgets.ts';

// ---------------------------------------------------------------------------------------------------------
// Chinese page lines probed beyond the corpus (session 9): what portals, posts, finance pages, Taiwan and Hong Kong
// sites, live pages and players print around a story, in the forms real exports carry. Reached only when no earlier
// rule read the line, each shape whole-line so that a sentence using the same words stays text.

/** Clauses of a page's disclaimer: the market's risk, no advice, the platform only hosting, the views the writer's. */
const ZH_DISCLAIMER_CLAUSE = new RegExp(
  [
    '(?:股市|市场|投资|理财)有风险',
    '(?:投资|入市|选择)(?:需|须|应)?谨慎',
    '(?:本文|文中|以上|上述)?(?:内容|观点|信息|数据)?(?:仅供参考|仅作参考)',
    '(?:本文|文中|以上|上述)?(?:内容|观点|信息)?(?:并|均)?不(?:构成|作为)(?:任何|对[^，。！？]{1,8}的)?(?:投资|买卖|操作)(?:建议|依据)',
    '据此(?:操作|投资)[^，。！？]{0,4}风险自担',
    '[^，。！？]{0,12}仅提供信息(?:存储|发布)(?:空间)?服务',
    '(?:该文|本文|文章)?观点仅代表作者(?:本人|个人)?',
    '不代表[^，。！？]{1,10}(?:立场|观点)',
    '以上内容[^，。！？]{0,20}为自媒体平台[^，。！？]{1,12}用户上传并发布',
    '本文由入驻[^，。！？]{1,12}的作者撰写',
    '除[^，。！？]{1,8}官方账号外',
    '(?:本文|文章|该文)(?:仅)?代表作者(?:本人|个人)?观点',
    '[^，。！？]{2,12}发布此信息的目的在于传播更多信息',
    '与(?:本站|本网|本平台|本报|[^，。！？]{2,8}网)(?:立场)?无关',
    '[^，。！？]{1,8}号?系信息发布平台',
    // (sealed11) The same notice cut at its commas: 投资者据此操作，风险自担 / 据此买卖，风险自负; the views a single
    // person's (本文所提及的观点仅代表个人意见), the stocks named not recommended (所涉标的不作推荐).
    '(?:投资者|读者|用户|您)?据此(?:操作|投资|买卖|交易|入市)',
    '(?:风险|盈亏|后果)自(?:担|负|行承担)',
    '(?:本文|文中|文章)?(?:所)?(?:提及|涉及|提到)?的?(?:观点|内容|意见)仅代表(?:作者)?(?:本人|个人)(?:意见|观点|看法)?',
    '(?:本文|文中)?(?:所涉|所涉及的?|提及的?|提到的?)?(?:标的|个股|股票)(?:均)?不(?:作|做|构成)(?:任何)?推荐',
    // (session 14) A handout's or a record's notice of its use (本讲义仅供教学使用, 本记录仅供内部质检使用，请勿外传), and
    // what its cases are (表格与案例均为教学虚构).
    '(?:本|此|该)?(?:记录|讲义|课件|教案|材料|资料|文件|文档|报告|纪要|案例|内容|页面|表格|稿件|录音|视频)?(?:仅供|仅限|只供)[^，。！？]{0,14}(?:使用|参考|学习|交流|阅读|查阅|讨论)',
    '(?:请勿|不得|严禁|禁止|切勿)(?:外传|外泄|外借|转发|转载|传播|复制|公开|上传|截图)(?:或(?:外传|转发|转载|传播|复制|公开|上传))?',
    '(?:文中|本文|其中|所有|以上)?[^，。！？]{0,10}均(?:为|系)(?:教学|示例|演示|模拟|课堂)?(?:虚构|示意|模拟)(?:案例|内容|数据)?',
    '(?:请勿|不得|严禁|禁止)用于(?:任何)?(?:商业|营利|盈利|其他|其它)(?:用途|目的)?',
    '未经(?:许可|授权|同意|允许|书面同意|书面许可)[，,]?(?:不得|请勿|严禁|禁止)(?:转载|复制|传播|外传|使用|摘编)(?:或(?:转载|复制|传播|外传|使用|摘编))?',
    // (session 15) A manual's or a product page's notice: its contents may change without notice (本说明书内容如有更新，
    // 恕不另行通知), the pictures are for reference and the product decides (图片仅供参考，请以实物为准), its rights reserved
    // (©2026 某某科技 保留所有权利).
    '(?:本|该)?(?:说明书|手册|产品|资料|文档|规格|内容|参数|信息|外观|价格|页面)?[^，。！？]{0,10}如有(?:更新|变动|变更|更改|修改|调整|改动)(?:[，,]?\\s?恕不另行通知)?',
    '(?:[^，。！？]{0,6})?恕不另行(?:通知|告知)',
    '(?:请)?(?:[^，。！？]{0,12})?以实(?:物|际产品)为准',
    '(?:图片|图示|插图|示意图|效果图|外观图|产品图)(?:均)?仅供参考',
    '(?:©|\\(c\\)|Copyright\\s?)?\\s?(?:\\d{4}(?:\\s?[-–]\\s?\\d{4})?)?\\s?[^，。！？]{0,20}?(?:保留所有权利|版权所有)',
  ]
    .map((c) => `(?:${c})`)
    .join('|'),
  'u',
);

/**
 * (session 10) Who put a hosted page's text up, said by the platform beside its disclaimer: an exchange's Q&A
 * (以上内容由上市公司回复), a job board (本站发布的招聘信息由用人单位提供), and what it asks the reader to do
 * (求职者请注意甄别). Read as a disclaimer only beside a clause that disclaims; alone it may be the story's.
 */
const ZH_HOSTED_CLAUSE = new RegExp(
  [
    '(?:以上|上述|本页|本栏目?)(?:内容|信息|回复|答复|回答)(?:均)?由[^，。！？]{2,12}(?:回复|答复|提供|发布|上传)',
    '(?:本站|本网|本平台|平台|本页)(?:所|发布|刊登|转载|所载|展示)*的?[^，。！？]{0,6}(?:信息|内容)(?:均)?由[^，。！？]{2,12}(?:提供|发布|上传)',
  ]
    .map((c) => `(?:${c})`)
    .join('|'),
  'u',
);
/** A platform's word that it vouches for none of it: 平台不对其真实性、准确性作任何保证, 本站不承担任何责任; its caution. */
const ZH_NO_WARRANTY =
  /^(?:求职者|应聘者|投资者|读者|用户|网友)?(?:请|务必)(?:注意|自行|仔细|谨慎)?(?:甄别|鉴别|辨别|核实|核查)(?:真伪|信息)?$|^(?:本?(?:平台|网站|站|网)|我们)?(?:不对|对)?(?:其|上述|以上)?(?:内容|信息)?的?(?:[^，。！？]{0,4}(?:真实性|准确性|完整性|合法性|及时性|有效性)[、和及与]?){0,5}(?:不)?(?:作|做|承担)(?:任何)?(?:形式的)?(?:保证|担保|承诺|法律责任|责任)$/u;

// (built once: the clause patterns are long, and zhDisclaimer runs on every Chinese line)
const DISCLAIMER_CLAUSE_WHOLE = new RegExp(`^(?:${ZH_DISCLAIMER_CLAUSE.source})$`, 'u');
const HOSTED_CLAUSE_WHOLE = new RegExp(`^(?:${ZH_HOSTED_CLAUSE.source})$`, 'u');

function zhDisclaimer(text: string): boolean {
  const body = text
    .replace(
      /^(?:风险提示|免责声明|特别声明|平台声明|郑重声明|声明|提示)\s?[:：]\s?|^【(?:免责声明|风险提示|声明)】\s?/u,
      '',
    )
    .replace(/^[（(【[]|[）)】\]]$/gu, '');
  const clauses = body.split(/\s*[，,。；;！!]\s*/u).filter((c) => c !== '');
  // (An aside in brackets, `以上内容(如有图片或视频亦包括在内)为…`, is read past.)
  const whole = (c: string) => DISCLAIMER_CLAUSE_WHOLE.test(c.replace(/[(（][^()（）]{0,20}[)）]/gu, ''));
  if (clauses.length > 0 && clauses.every(whole)) return true;
  // A hosted page's provenance beside a clause that disclaims (以上内容由上市公司回复，平台不对其真实性…作任何保证).
  const hosted = (c: string) => HOSTED_CLAUSE_WHOLE.test(c);
  const disclaims = (c: string) => whole(c) || ZH_NO_WARRANTY.test(c);
  return (
    clauses.length >= 2 &&
    clauses.some(hosted) &&
    clauses.some((c) => !hosted(c)) &&
    clauses.every((c) => hosted(c) || disclaims(c))
  );
}

function zhProbedLine(text: string): FurnitureLine | undefined {
  // A Taiwan wire's end note: the desk's bracket and the day in the Republic's calendar (（编辑：某某）1130312).
  const rocDated = /^([（(][^（()）]{2,40}[）)])\s?1\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/u.exec(
    text,
  );
  if (rocDated) {
    const inner = rocDated[1]!.replace(/[/／]/gu, ' ');
    const desk = furnitureLine(inner);
    if (desk) return desk;
    if (/^[（(](?:[\p{Script=Han}]{2,4}[:：][\p{Script=Han}·]{2,8}\s?)+[）)]$/u.test(inner))
      return { kind: 'furniture', what: 'desk note' };
  }
  // A post header whose time has seconds or where it was posted from (网易号 2024-03-12 10:32:11 发布于 北京).
  const timed =
    /^(.+?\d{1,2}:\d{2}):\d{2}(?:\s?(?:发布于|发表于|来自)\s?\p{Script=Han}{2,6})?$|^(.+?\d{1,2}:\d{2})\s?(?:发布于|来自)\s?\p{Script=Han}{2,6}$/u.exec(
      text,
    );
  if (timed) {
    const header = furnitureLine(timed[1] ?? timed[2]!);
    if (header?.kind === 'meta') return header;
  }
  // Who posted it on a campus page, when it is an office (发布人：宣传部); at a press conference 发布人 are the speakers.
  const poster = /^发布(?:人|者)\s?[:：]\s?(\S+)$/u.exec(text);
  if (poster && ZH_DESK.test(poster[1]!)) return { kind: 'furniture', what: 'label line' };
  if (zhDisclaimer(text)) return { kind: 'furniture', what: 'disclaimer' };
  // A chart's or a table's source note (数据来源：Wind, 资料来源：某某证券研究所): not the article's source.
  if (/^(?:数据|资料|图表|表格)(?:来源|出处)\s?[:：]\s?[^。！？]{2,40}$/u.test(text))
    return { kind: 'furniture', what: 'data source note' };
  // The comment area's header and counts: 网友评论, 我要评论, 已有0条评论, 共有 12 条评论, 查看全部评论.
  if (
    /^(?:网友评论|我要评论|发表评论|写评论|全部评论|热门评论|最新评论|查看(?:全部|更多)评论)(?:\s?[（(]\d+[）)])?$|^(?:已有|共有|共)\s?\d+\s?(?:条|人)(?:评论|回复|参与)$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'comments' };
  // A counter with its number in brackets (阅读 (1234), 评论（12）).
  if (/^(?:阅读|浏览|点击|评论|点赞)(?:量|数)?\s?[（(]\d+(?:\.\d+)?[万千]?[）)]$/u.test(text))
    return { kind: 'furniture', what: 'counters' };
  // What a post's page prints under it: the tip button, the reader's prompts, the reel's swipe hint, the dialog's
  // buttons, the like button's accessible label (轻点两下取消赞).
  if (
    /^(?:赞赏|喜欢作者|文末福利|预览时标签不可点|(?:继续|向上)滑动看下一个|知道了|取消\s?允许|喜欢此内容的人还喜欢|微信扫一扫(?:关注该公众号|使用小程序|可打开此内容[^。！？]{0,12}))$|轻点两下取消(?:赞|在看)/u.test(
      text,
    ) ||
    /^(?:记得)?(?:设为|加)?星标[^。！？，,]{0,4}[，,]\s?(?:第一时间|不错过|及时)[^。！？]{0,16}$/u.test(
      text,
    ) ||
    /^(?:扫描|扫)(?:下方|上方|图中)?二维码[^。！？]{0,16}$/u.test(text) ||
    /^觉得(?:好看|不错|有用)[，,]?\s?(?:请|就)?点(?:这里|个在看|赞)[↓👇\s]*$/u.test(text)
  )
    return { kind: 'furniture', what: 'post buttons' };
  // A pointer to the site's app or the rest of the page: 展开全文, 打开网易新闻 查看精彩图片, 返回搜狐，查看更多, 尽在某某APP,
  // (本文来自某某，更多原创资讯请下载“某某”APP), and Taiwan's 点我下载APP, 按我看活动办法.
  if (
    /^(?:点击|点此)?(?:展开全文|展开剩余(?:\d{1,2}%)?(?:内容)?|查看原文|(?:在)?APP内打开|下载(?:客户端|APP|App)|订阅电子报|复制连结|复制链接|加入好友)$/u.test(
      text,
    ) ||
    /^(?:打开|下载|前往)[“"「]?[\p{Script=Han}A-Za-z]{2,10}?(?:新闻|资讯|财经|APP|App|app|客户端)[”"」]?[，,\s]*(?:阅读全文|查看(?:精彩|更多|高清)?(?:图片|全文|内容|视频)|看更多(?:精彩)?(?:内容)?)$/u.test(
      text,
    ) ||
    /^返回\p{Script=Han}{2,6}[，,]\s?查看更多$/u.test(text) ||
    /^[^。！？]{0,16}尽在[^。！？，,]{2,12}(?:APP|App|app|客户端)$/u.test(text) ||
    /^[（(]?本文来自[^，,。！？]{2,12}[，,]\s?更多[^。！？]{0,12}请(?:下载|关注)[^。！？]{2,20}[）)]?$/u.test(
      text,
    ) ||
    /^(?:点我|按我|点此|按此)(?:下载|订阅|看|加入|追踪|前往)[^。！？]{0,24}$/u.test(text) ||
    zhAppPromo(text) ||
    /^[☆★]?[^。！？☆★]{2,12}不漏接[，,]\s?(?:按赞)?追踪[^。！？☆★]{0,10}[☆★]?$/u.test(text) ||
    (/^(?:看更多|更多\p{Script=Han}{0,6}报系新闻)(?:[:：\s].{0,40})?$/u.test(text) && !FINAL.test(text))
  )
    return { kind: 'furniture', what: 'app or page links' };
  // A Taiwan or Hong Kong site's rights notice: 本网站之文字、图片及影音，非经授权，不得转载…
  if (
    /^本(?:网站|网|站|报|刊)之?[^。！？]{0,20}[，,]\s?(?:非经|未经)(?:本(?:网|站|报|社|公司))?(?:同意|授权|许可)[，,]?\s?(?:不得|请勿|禁止)(?:转载|转贴|重制)[^。！？]{0,30}[。]?$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'copyright line' };
  // A live page's own words: its stamp with the day (北京时间3月12日10:32), its state (滚动更新中, 正在直播), its last
  // update (最后更新：2024-03-12 10:32, a date that is not the publication's).
  if (
    /^[【[（(]?北京时间\s?\d{1,2}月\d{1,2}日\s?(?:\d{1,2}[:：]\d{2}|\d{1,2}时(?:\d{1,2}分)?)[】\]）)]?$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'post time' };
  if (/^(?:最新更新|滚动更新中?|实时更新中?|正在直播|直播中|直播回顾|点击刷新|刷新|加载更多)$/u.test(text))
    return { kind: 'furniture', what: 'live page chrome' };
  if (
    /^(?:最后|最近)更新(?:于|时间|日期)?\s?[:：]?\s?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s?\d{1,2}:\d{2}(?::\d{2})?)?$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'date line' };
  // A player's buttons and length: 点击播放, 音频：点击收听本文, 时长：02:16, 您的浏览器不支持 video 标签。
  if (
    /^(?:(?:音频|视频|语音)\s?[:：]?\s?)?(?:点击|轻触|点此)(?:播放|收听|观看)(?:本文|音频|视频|语音)?$/u.test(
      text,
    ) ||
    /^(?:视频|音频)?时长\s?[:：]?\s?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$/u.test(text) ||
    /^(?:您的)?浏览器(?:暂)?不支持\s?(?:video|audio|HTML5)\s?(?:标签|播放)?[。]?$/iu.test(text)
  )
    return { kind: 'furniture', what: 'player' };
  return zhProbedLineMore(text);
}

/** A second batch of the same probe: e-paper, post and feed forms. */
function zhProbedLineMore(text: string): FurnitureLine | undefined {
  // An e-paper's citation with spaces inside its brackets (《 人民日报 》（ 2024年03月12日 第 04 版）), a date glued to
  // its time before the source (2024年03月12日08:21  来源：…), a source with the account's ID (某某观察（ID：abc123）):
  // forms the earlier rules read once the spacing or the ID is taken away.
  const respaced =
    /^《\s?\p{Script=Han}{2,10}\s?》\s?[（(]\s?\d{4}年\d{1,2}月\d{1,2}日\s?(?:第\s?)?[A-Z]?\d{1,3}\s?版\s?[）)]$/u.test(
      text,
    )
      ? text.replace(/\s+/gu, '')
      : /^\d{4}年\d{1,2}月\d{1,2}日\d{1,2}:\d{2}\s/u.test(text)
        ? text.replace(/^(\d{4}年\d{1,2}月\d{1,2}日)/u, '$1 ')
        : /^(?:本文|文章)?来源[:：][^（()）]{2,20}[（(]\s?(?:微信)?ID[:：]\s?[\w-]{2,30}\s?[）)]$/u.test(text)
          ? text.replace(/[（(]\s?(?:微信)?ID[:：].*$/u, '')
          : undefined;
  if (respaced) {
    const read = furnitureLine(respaced);
    if (read) return read;
  }
  // A repost's header in a post (以下文章来源于某某观察 ，作者张三): the account it came from and its writer.
  const repost = /^以下文章来源于\s?([^，,\s]{2,20})\s?[，,]\s?作者\s?([\p{Script=Han}·]{2,8})$/u.exec(text);
  if (repost) {
    const names = zhNames(repost[2]!, false);
    const found: Extract<FurnitureLine, { kind: 'meta' }> = {
      kind: 'meta',
      meta: { source: repost[1]! },
      what: 'provenance',
    };
    if (names) found.byline = { raw: repost[2]!, names };
    return found;
  }
  // A post's collection tag (收录于合集, #人工智能 12个), its last prompts (点分享 点收藏 点点赞 点在看), a Taiwan page's
  // prompt in mid-story (请继续往下阅读...), a counter of visits (访问量：1234).
  if (
    /^收录于(?:合集|话题)(?:\s?#\S{1,20})*$|^(?:#[^#\s]{1,20}\s?)+\d{1,4}个$/u.test(text) ||
    /^点(?:分享|收藏|点赞|在看|赞)$/u.test(text) ||
    /^(?:请)?继续往下阅读[.。…]*$/u.test(text) ||
    /^(?:访问量|访问次数|访问人次)\s?[:：]\s?\d+\s?次?$/u.test(text)
  )
    return { kind: 'furniture', what: 'post buttons' };
  // The end mark between dashes (— 完 —).
  if (/^[-–—\s]+(?:完|全文完|终)[-–—\s]+$/u.test(text)) return { kind: 'furniture', what: 'end mark' };
  // A paper's staff report without a name (星岛日报报道, （明报记者报道）): the paper is the source.
  const staff = /^[（(]?([\p{Script=Han}\d]{2,8}?)(?:记者)?(?:综合)?报道[）)]?$/u.exec(text);
  // (a paper's name may be two characters, 明报: ZH_ORG wants more before the word for its kind)
  if (staff && /^[\p{Script=Han}\d]{1,6}(?:日报|晚报|早报|时报|报|社|网|台)$/u.test(staff[1]!))
    return { kind: 'meta', meta: { source: staff[1]! }, what: 'provenance' };
  // A feed's stamps: a day with its time (3月12日 10:32), minutes or hours ago (11分钟前), just now (刚刚); a writer's
  // note under an opinion piece (（本文作者介绍：某某首席经济学家）).
  if (/^\d{1,2}月\d{1,2}日\s?\d{1,2}:\d{2}$|^\d{1,2}\s?(?:分钟|小时)前$|^刚刚$/u.test(text))
    return { kind: 'furniture', what: 'post time' };
  if (/^[（(]本文作者介绍[:：][^（()）。]{2,40}[）)]$/u.test(text))
    return { kind: 'furniture', what: 'author note' };
  return zhPostAndPlayerLine(text);
}

/**
 * (session 10, zh) A third batch of the probe: a post's and a short-video page's own lines (the account's handle, where
 * and when it was posted or edited, its counters, the prompts to like, share and follow), a news app's pointer with
 * what it promises (用APP打开，阅读体验更佳), the follow buttons of a Hong Kong or Taiwan site (加入Google新闻追踪,
 * 赞好我们的Facebook专页) and its member appeal, a live page's and a player's states, a government page's header-only
 * labels (附件下载：, 视力保护色：). Whole-line shapes: a sentence using these words has more around them.
 */
function zhPostAndPlayerLine(text: string): FurnitureLine | undefined {
  // A platform's handle or where the post was sent from: 抖音号：abc123, 小红书号：12345678, IP属地：北京.
  if (
    /^(?:抖音号|小红书号|快手号|视频号|微信号|公众号ID|微信ID|头条号|百家号|B站|哔哩哔哩|微博号?)\s?[:：]\s?@?[\w.\-\p{Script=Han}]{2,24}$/u.test(
      text,
    ) ||
    /^IP\s?属地\s?[:：\s]?\s?\p{Script=Han}{2,8}$/u.test(text)
  )
    return { kind: 'furniture', what: 'post header' };
  // When a post was put up or edited, with where from: 编辑于 03-02, 发布于 2026-03-02 北京, 编辑于 昨天 10:32.
  if (
    /^(?:编辑|发布|发表|修改|更新)于\s?(?:(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?|昨天|前天|今天|\d{1,2}\s?(?:分钟|小时|天)前)(?:\s?\d{1,2}:\d{2})?(?:\s\p{Script=Han}{2,6})?$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'post time' };
  // A post's counters in a row (赞 12 | 在看 3, 点赞 1.2万 · 收藏 356), and its collection tag with the count.
  if (
    /^(?:(?:赞|点赞|在看|收藏|评论|转发|分享|阅读|浏览|喜欢|播放|弹幕)\s?\d+(?:\.\d+)?[万wWkK]?\s*[|｜·•]?\s*){2,8}$/u.test(
      text,
    ) ||
    /^收录于(?:合集|话题)(?:\s?#\S{1,20})+\s?\d{1,4}\s?[个篇]$/u.test(text)
  )
    return { kind: 'furniture', what: 'counters' };
  // The prompts under a post: to like or tap 在看 (点亮“在看”，你最好看), to share (欢迎分享到朋友圈), to follow with what it
  // brings (关注我，带你了解更多AI资讯), and the fold (展开, 收起).
  if (
    /^(?:点|点亮|点个|戳|给个)(?:[“"「](?:在看|赞|好看)[”"」]|在看)(?:[，,！!～~\s]\s?[^。！？，,]{1,12})?[！!～~]*$/u.test(
      text,
    ) ||
    /^欢迎(?:大家)?(?:转发|分享|点赞|收藏|留言|关注)(?:[、和](?:转发|分享|点赞|收藏|留言|关注))*(?:到|至|给)?(?:朋友圈|好友|更多人|身边的人)?[！!～~。]*$/u.test(
      text,
    ) ||
    /^关注(?:我|我们|本号|小编)[，,]\s?(?:带你|每天|第一时间|获取|了解|不错过)[^。！？，,]{2,20}[！!～~]*$/u.test(
      text,
    ) ||
    /^(?:展开|收起)(?:全部|更多)?$/u.test(text)
  )
    return { kind: 'furniture', what: 'post buttons' };
  // A news app's or a mini program's pointer, alone or with what it promises: 打开APP阅读, 下载某某新闻客户端,
  // 用APP打开，阅读体验更佳, 前往APP查看, 立即下载App，接收即时新闻推送.
  const app = text.split(/\s*[，,]\s*/u);
  if (
    app.length <= 2 &&
    /^(?:立即|马上|点击)?(?:打开|下载|前往|用|使用|在)[“"「]?[\p{Script=Han}A-Za-z]{0,8}?(?:APP|App|app|客户端|小程序)[”"」]?内?(?:打开|阅读|查看|观看)?(?:全文|更多|原文)?$/u.test(
      app[0]!,
    ) &&
    (app.length === 1 ||
      /^(?:阅读|观看|浏览|使用)?体验更(?:佳|好)$|^接收[^，。！？]{0,10}推送$|^(?:查看|阅读|观看)(?:更多)?[^，。！？]{0,6}(?:内容|全文|视频|图片)$/u.test(
        app[1]!,
      ))
  )
    return { kind: 'furniture', what: 'app or page links' };
  // A Hong Kong or Taiwan site's follow buttons (加入Google新闻追踪, 赞好我们的Facebook专页, 追踪我们的Instagram) and its
  // member appeal (支持独立媒体，请成为我们的会员).
  if (
    /^(?:加入|追踪|关注|赞好|订阅|收听)(?:我们的?|本台的?|本报的?)?\s?(?:Google\s?新闻|Google News|Facebook|Instagram|IG|YouTube|Telegram|WhatsApp|LINE|Line|Threads|X|Twitter|微博|微信|抖音|小红书|视频号)\s?(?:专页|频道|帐号|账号|群组|追踪|官方帐号|官方账号)?$/u.test(
      text,
    ) ||
    /^(?:支持|支援)[^，。！？]{2,12}[，,]\s?(?:请|欢迎)?(?:成为|加入)(?:我们的)?(?:会员|订户|赞助人|订阅者)[！!。]?$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'follow line' };
  if (zhChatFollowPrompt(text)) return { kind: 'furniture', what: 'follow line' };
  // A live page's and a player's states: 直播预告, 本场直播已结束, 观看回放, 正在加载..., 在线人数：1234, 图文直播, 置顶.
  if (
    /^(?:本场)?直播(?:已结束|预告|回放|结束)$|^(?:观看|查看|精彩)(?:直播)?回放$|^(?:正在)?加载中?(?:[，,]\s?请稍候)?[.。…]*$|^(?:在线|观看|围观|累计观看)人数\s?[:：]\s?\d+(?:\.\d+)?万?$|^(?:图文|视频)直播$|^置顶$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'live page chrome' };
  // A government page's labels over what is not the story: its attachments' downloads, its eye-care colours.
  if (/^[【[［]?(?:视力保护色|护眼模式|背景色)[】\]］]?\s?[:：]?(?:\s?[^\s。！？，,]{1,4}){0,8}$/u.test(text))
    return { kind: 'furniture', what: 'page links' };
  return zhRecordPostAndAppLine(text);
}

// ---------------------------------------------------------------------------------------------------------
// (sealed11) A finance page's quote widget over the story: the stock's name and code, its price, its change
// (星衡科技（688417）　14.62　+6.87%, 腾讯控股(00700.HK) 385.20 -1.23%, 688417.SH 星衡科技 最新价：14.62 涨跌幅：+6.87%).
// Only numbers, labels and signs after the name and code: a sentence about the price has words between them.

/** A listed share's code: A-share (688417, 688417.SH, SH688417), Hong Kong (00700, 00700.HK), US (NVDA.O). */
const QUOTE_CODE =
  '(?:(?:SH|SZ|BJ|sh|sz|bj|HK|hk)?\\d{4,6}(?:\\.(?:SH|SZ|BJ|SS|HK|sh|sz|bj|hk))?|[A-Z]{1,5}\\.(?:US|O|N|OQ))';
/** Without brackets the code must look like one: six digits or a market's mark (2026 alone is a year). */
const QUOTE_CODE_BARE =
  '(?:(?:SH|SZ|BJ|HK|sh|sz|bj|hk)?\\d{6}|\\d{4,6}\\.(?:SH|SZ|BJ|SS|HK|sh|sz|bj|hk)|(?:SH|SZ|BJ|HK|sh|sz|bj|hk)\\d{4,5}|[A-Z]{1,5}\\.(?:US|O|N|OQ))';
const QUOTE_NAME = '[\\p{Script=Han}A-Za-z][\\p{Script=Han}A-Za-z0-9·*-]{1,11}';
/** A figure of the widget: the price (14.62, 14.62元) or the change (+6.87%, ▲0.94, -1.23%), with its label or not. */
const QUOTE_FIGURE =
  '(?:(?:最新价|现价|股价|收盘价|价格|涨跌幅|涨跌额|涨跌|涨幅|跌幅|涨|跌|成交额|市值)\\s?[:：]?\\s?)?[+\\-−±▲▼↑↓]?\\s?\\d+(?:\\.\\d+)?(?:%|元|港元|美元|亿元?|万)?';
const ZH_QUOTE_LINE = new RegExp(
  `^(?:${QUOTE_NAME}\\s?(?:[（(]${QUOTE_CODE}[）)]|\\s${QUOTE_CODE_BARE})|${QUOTE_CODE_BARE}\\s${QUOTE_NAME})((?:\\s?${QUOTE_FIGURE}){2,6})$`,
  'u',
);

function zhQuoteLine(text: string): FurnitureLine | undefined {
  const quote = ZH_QUOTE_LINE.exec(text);
  // A price and a change in per cent, both: a code and one number is a name and a figure in a list.
  if (quote && /\d%/u.test(quote[1]!) && /\d(?:\.\d+)?(?:元|港元|美元)?(?:\s|$)/u.test(quote[1]!))
    return { kind: 'furniture', what: 'stock quote' };
  return undefined;
}

/** A whole line of a Chinese page that is furniture or metadata (oneLine's answer for Han text). */
export function zhLine(text: string): FurnitureLine | undefined {
  // (session 16) A document's last edit (某某 最后编辑于 …), an office system's handling record, an uploader's ask for the
  // platform's buttons, a script's cover text: the page's and the workflow's, never the story's.
  const workflow = zhWorkflowLine(text);
  if (workflow) return workflow;
  // (session 15) A chat's, an office app's and a journal page's tool lines, an office's sign-off, a page's way back.
  const tool = zhToolLine(text);
  if (tool) return tool;
  // (session 13) A course's run and its fields (第3次开课　开课时间：3月16日 - 6月28日): the course's dates, not the page's.
  if (zhCourseRun(text)) return { kind: 'furniture', what: 'course record' };
  // (session 14) A document's or a chat's export lines: its creator line, reactions, export header, system messages.
  const exported = zhExportLine(text);
  if (exported) return exported;
  // (session 14) A reply's document number, a support chat's session fields, a prompt to scan and follow.
  const recorded = zhRecordLine(text);
  if (recorded) return recorded;
  // (session 15) An uploader's line with the follow button after the handle (作者：某某　关注): not two names.
  const uploader = zhUploaderLine(text);
  if (uploader) return uploader;
  // A reading-time field at the end of a header line (`文/某某　2026.03.22 14:35　阅读时间 约5分钟`): the rest is read.
  const timed =
    /^(.*\S)[\s\u3000]+(?:预计|大约|约)?阅读(?:时间|时长)?\s*[:：]?\s*(?:大约|约)?\s*\d+\s*分钟$/u.exec(text);
  if (timed) {
    const rest = furnitureLine(timed[1]!);
    if (rest) return rest;
  }
  // (sealed13) A forum's or a blog's post header: who posted and when (楼主：某某　发表于 2026-6-2 22:41　|　只看该作者
  // |　阅读 8231　回复 57), a reply's with its floor (沙发　某某　发表于 …, 2楼 某某 发表于 …, #3 发表于 …).
  const forum = forumPostHeader(text);
  if (forum) return forum;
  // A repost's origin with its original title: `※本文经授权转载自《某某周报》，原标题为〈……〉`.
  const reposted =
    /^[※＊*\s]*(?:本文|此文|文章)?(?:经(?:作者|原作者)?授权)?(?:转载|转自|转载自|摘自|原载于?|首发于)\s*[《「“]([^》」”]{2,20})[》」”](?:[，,]\s*原(?:标)?题(?:为|是)?[：:]?\s*[〈《「“][^〉》」”]{1,40}[〉》」”])?[。]?$/u.exec(
      text,
    );
  if (reposted) return { kind: 'meta', meta: { source: reposted[1]! }, what: 'provenance' };
  // A post's and an e-paper's buttons and prompts, in forms probed beyond the corpus: a row of buttons alone (在看 赞
  // 收藏, 写留言, 已关注), a prompt to follow, star or comment, a pointer to the app, the page navigation of a
  // print edition (上一版 下一版, 版面导航, 放大 缩小 默认), a page label alone (第3版：要闻).
  if (
    /^(?:(?:在看|赞|点赞|收藏|评论|写留言|留言|已关注|关注|分享|转发|举报|戳这里|附件下载|上一版|下一版|版面导航|本版导航|放大|缩小|默认|返回目录)[\s\u3000|｜·]*)+$/u.test(
      text,
    ) ||
    /^第\s?[A-Z]?\d{1,3}\s?版\s?[:：]\s?[\p{Script=Han}·]{2,8}$/u.test(text)
  )
    return { kind: 'furniture', what: 'share or print links' };
  if (
    /^[▲△▼☝👆\s]*(?:点击|点)(?:上方|下方|顶部)?(?:卡片|蓝字|名片|公众号)?\s*[“"「]?(?:关注|星标|设为星标)|^(?:记得)?(?:星标|设为星标)(?:我们|本号|公众号)|^欢迎(?:在)?(?:评论区|留言区|文末)留言|三连(?:走起|支持)?[！!～~吧]*$|^(?:更多精彩(?:内容)?|阅读更多(?:精彩)?(?:内容)?|查看更多)[，,]?\s*(?:请)?(?:下载|打开)(?:客户端|APP|App|app)/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'follow line' };
  // Where a repost came from and the ask before taking it: 文章转载自“某某”公众号, 转载请联系授权.
  if (
    /^(?:本文|文章|内容)?(?:转载|转自|转载自|摘编自)[“"「《]?[^。！？，,；\s\d]{2,24}?[”"」》]?(?:公众号|微信公众号|微博|网站|客户端)?[。]?$|^(?:如需)?转载请(?:联系|注明|后台联系)[^。！？]{0,16}[。]?$/u.test(
      text,
    ) &&
    [...text].length <= 40
  )
    return { kind: 'furniture', what: 'copyright line' };
  // End marks and print/close links: （完）, 【打印】【关闭】, [责任编辑：…].
  // (session 14: set between dashes too, and a transcript's 本稿完: ——　本稿完　——, —完—)
  if (/^[-—–\s]*[（(【[]?(?:完|全文完|终|本文完|本稿完|正文完)[）)】\]]?[-—–\s]*$/u.test(text))
    return { kind: 'furniture', what: 'end mark' };
  // An official document's closing formula alone on its line (特此公告。, 特此通知, 特此函告): what follows is its
  // sign-off (the issuing body, the date), never text.
  if (
    /^特此(?:公告|通告|通知|通报|函告|函复|函达|复函|批复|报告|说明|声明|证明|公示|告知|致谢|致函|函)[。！!.]?$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'end mark' };
  // A bulletin's distribution under its text (报：某某厅　送：某某单位　发：各会员单位, 抄送：…, 主送：…) and its
  // print run (（共印120份）): the file's routing, never text; a label of one or two characters, then its bodies.
  if (
    /^(?:(?:报|送|发|抄送|抄报|主送|主报|报送|分送|呈报|呈送|分发|下发)\s?[:：]\s?[^。！？:：]{1,60}?[。；;]?\s?)+$/u.test(
      text,
    ) ||
    /^[（(]?\s?(?:共印(?:制)?|印数[:：]?)\s?[\d一二三四五六七八九十百千]+\s?份\s?[）)]?[。]?$/u.test(text)
  )
    return { kind: 'furniture', what: 'distribution line' };
  // A file's own notes on how it is handled (内部资料　注意保存, （此件公开发布）, （此页无正文）).
  if (
    /^[（(]?内部(?:资料|刊物|交流)(?:[，,\s]*(?:注意保存|请勿外传|妥善保管|仅供参考|免费交流))?[）)]?$|^[（(]此(?:件|页)(?:公开发布|主动公开|不予公开|不公开|依申请公开|无正文)[）)]$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'distribution line' };
  // A bulletin's imprint: who compiled it and when (某某秘书处编印　2026年3月25日, 某某办公室　2026年3月25日印发).
  if (
    /^[\p{Script=Han}（）()·]{2,40}?(?:编印|编发|印发|编)\s?(?:\d{4}年\d{1,2}月\d{1,2}日)?$|^[\p{Script=Han}（）()·]{2,40}\s(?:\d{4}年\d{1,2}月\d{1,2}日)\s?(?:编印|印发|编发)?$/u.test(
      text,
    ) &&
    /编印|编发|印发|\d{4}年\d{1,2}月\d{1,2}日/u.test(text) &&
    /(?:编印|编发|印发|秘书处|办公室|办公厅|委员会|编辑部|中心|协会|联盟|学会|董事会|监事会)/u.test(text)
  ) {
    const date = /\d{4}年\d{1,2}月\d{1,2}日/u.exec(text);
    const published = date ? parseDate(date[0]) : undefined;
    return published
      ? { kind: 'meta', meta: { published }, what: 'bulletin imprint' }
      : { kind: 'furniture', what: 'bulletin imprint' };
  }
  // The dispatch's own dateline closing it: （本报某地3月7日电）, （记者 某某 某地3月7日电）.
  if (/^[（(][^（()）。，！？]{0,16}\d{1,2}月\d{1,2}日电[）)]$/u.test(text))
    return { kind: 'furniture', what: 'end mark' };
  // A file to download: 附件：某某方案.pdf
  if (
    /^(?:附件|相关附件|下载附件)\s*\d{0,2}\s*[:：]?\s*[^。！？]{1,100}\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar)$/iu.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'attachment' };
  // (session 11) A case release's part head alone on its line (【基本案情】, 【典型意义】): text, never a row of links.
  if (ZH_BRACKET_PART_HEAD.test(text)) return undefined;
  // (sealed11) A bracketed stamp alone on its line (【某某日报专讯】, （某某报讯）): the paper's, not a row of links.
  const stampLine = ZH_BRACKETED_STAMP.exec(text);
  if (stampLine?.groups && stampLine[0].trimEnd() === text) {
    const { agency, people } = stampLine.groups;
    const names = people ? zhNames(people, true) : undefined;
    if (!people || names) {
      const meta: ArticleMeta = /^本/u.test(agency!) ? {} : { source: agency! };
      if (names) return { kind: 'meta', meta, what: 'dateline', byline: { raw: people!.trim(), names } };
      return Object.keys(meta).length > 0
        ? { kind: 'meta', meta, what: 'dateline' }
        : { kind: 'furniture', what: 'dateline' };
    }
  }
  if (
    /^(?:【(?:[^】]{1,8}|[^】:：]{1,8}[:：][^】]{1,20})】\s*)+$/u.test(text) &&
    !(/^【[^】]*[:：][^】]*】$/u.test(text) && zhLabelLine(unbracket(text)))
  ) {
    // A row of bracketed links may hold a labelled field among them (【纠错】【责任编辑：某某】): keep its value.
    const meta: ArticleMeta = {};
    for (const [, inside] of text.matchAll(/【([^】]*[:：][^】]*)】/gu))
      Object.assign(meta, { ...zhLabelLine(inside!)?.meta, ...meta });
    if (Object.keys(meta).length === 0) return { kind: 'furniture', what: 'page links' };
    return { kind: 'meta', meta, what: meta.source || meta.published ? 'label line' : 'editor line' };
  }
  const chrome = zhPageChrome(text);
  if (chrome) return chrome;
  // Breadcrumbs: 首页 > 新闻 > 要闻, or from the home page with slashes: 首页 / 科技 / 人工智能
  // (session 14: or after the owner's name and a space, 某某电视台新闻中心　稿件库 › 晚间新闻, a newsroom system's trail)
  const owned = /^([\p{Script=Han}A-Za-z0-9·]{2,20})\s(?=[^\s>›»＞]{1,12}\s*[>›»＞])/u.exec(text);
  if (owned && ZH_ORG.test(owned[1]!) && zhLine(text.slice(owned[0].length))?.what === 'breadcrumbs')
    return { kind: 'furniture', what: 'breadcrumbs' };
  if (
    /^[^。，！？]{1,12}(?:\s*[>›»＞]\s*[^。，！？>›»＞]{1,12}){1,6}$/u.test(text) ||
    /^(?:当前位置[:：]\s*)?(?:首页|主页|网站首页)(?:\s*[/／|]\s*[^。，！？、/／|]{1,12}){1,6}$/u.test(text)
  ) {
    // (sealed12, zh) A trail that starts from the paper itself (某某日报 > 港闻 > 医疗) names the outlet.
    // (session 11) The outlet before a bar and its home page (某某通讯社 ｜ 首页 ＞ 科技): the same.
    const home = /^([\p{Script=Han}·]{2,10})\s*(?:[|｜]\s*(?:首页|主页)\s*)?[>›»＞]/u.exec(text)?.[1];
    if (home && /(?:日报|晚报|时报|早报|商报|报|周刊|通讯社|新闻社)$/u.test(home) && ZH_ORG.test(home))
      return { kind: 'meta', meta: { source: home }, what: 'breadcrumbs' };
    return { kind: 'furniture', what: 'breadcrumbs' };
  }
  // Counters a CMS prints: 阅读 1024, 点击量：5, 浏览 12 次
  if (
    /^(?:阅读|浏览|点击|点赞|评论|转发|收藏|在看)(?:量|数|次数)?\s*[:：]?\s*\d+(?:\.\d+)?[万千]?\s*次?$/u.test(
      text,
    )
  ) {
    return { kind: 'furniture', what: 'counters' };
  }
  if (/^(?:扫一扫|扫码|长按|识别二维码)[^。！？]{0,30}$/u.test(text))
    return { kind: 'furniture', what: 'share or print links' };
  if (
    /^(?:分享到|分享至|分享|打印|打印本页|关闭窗口|扫一扫|扫码|微信扫一扫|点击进入|点击查看(?:更多|全文|原文|大图)?|(?:点击)?阅读原文|相关阅读|相关新闻|相关链接|相关报道|延伸阅读|推荐阅读|热门推荐|热点推荐|猜你喜欢|更多阅读|上一篇|下一篇|返回顶部|返回首页|返回列表|视频加载中|往期回顾|往期推荐|往期精选|往期阅读|往期文章|历史文章|精彩回顾)(?:[:：\s.…].{0,40})?$/u.test(
      text,
    ) &&
    !FINAL.test(text)
  ) {
    return { kind: 'furniture', what: 'share or print links' };
  }
  // A link back to the top or the contents under each item (↑返回目录, 回到顶部↑): the page's, not the item's.
  if (/^[↑⬆▲△^↩\s]*(?:返回|回到)(?:目录|顶部|页首|页顶|导读|本期导读)[\s↑⬆▲△]*$/u.test(text))
    return { kind: 'furniture', what: 'share or print links' };
  // The label a page sets over an advertisement, alone on its line (广告, - 推广 -, 【赞助内容】; (session 11) in angle
  // or tortoise-shell brackets too: 〈广告〉, 〔广告〕).
  if (
    /^[-–—·•\s【[［（(〈〔<＜﹤]*(?:广告|推广|赞助|赞助内容|商业推广|品牌推广|推广信息|推广内容|广告位|合作推广|广告招商)[-–—·•\s】\]］）)〉〕>＞﹥]*$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'advertisement' };
  // A call to press a button of the page (点击“阅读原文”，查看往期, 戳左下角“阅读原文”了解更多): the page's, not the story's.
  if (
    /^[↓👇▼\s]*(?:请|欢迎)?(?:点击|点|戳|轻触|轻点)(?:下方|左下角|文末|文末左下角|底部|此处|这里)?\s*[“"「『]?(?:阅读原文|查看原文|原文链接|了解更多|查看更多|查看详情|立即报名|报名参加|在线报名)[”"」』]?(?:[，,：:\s]?[^。！？]{0,30})?[。！!]?$/u.test(
      text,
    ) &&
    [...text].length <= 40
  )
    return { kind: 'furniture', what: 'share or print links' };
  // What a video player prints where the video should be: its loading note, its error, its buttons, after the play
  // button's glyph the page sets before it (▶ 视频加载中...).
  const unplayed = text.replace(/^(?:[▶►▷▸⏵⯈🎬📺]\uFE0F?\s?)+(?=\p{Script=Han})/u, '');
  if (
    /^(?:视频)?(?:正在)?加载中[^。！？]{0,12}$|^(?:视频|内容)?(?:正在)?(?:缓冲|载入)中[^。！？]{0,12}$|^(?:抱歉[，,]?\s*)?(?:您的)?浏览器(?:暂)?不支持(?:该|此)?(?:视频|video|HTML5|播放)[^。！？]{0,20}[。]?$|^(?:该)?视频(?:播放|加载)?(?:出错|失败|异常|暂时无法播放)[^。！？]{0,20}[。]?$|^(?:播放|暂停|重播|全屏|退出全屏|静音|取消静音|倍速|清晰度|高清|标清|超清|画中画|弹幕|音量)(?:[\s|｜/·]+(?:播放|暂停|重播|全屏|退出全屏|静音|取消静音|倍速|清晰度|高清|标清|超清|画中画|弹幕|音量|[\d.]+[xX倍]))*$/iu.test(
      unplayed,
    )
  )
    return { kind: 'furniture', what: 'video player' };
  // A line marked as paid for (【推广】…, 【广告】…, [赞助]…): an advertisement set between the items, never text.
  if (
    /^[【[［（(](?:推广|广告|赞助|商业推广|品牌推广|推广信息|AD|Ad|Sponsored|PR)[】\]］）)]\s*\S/u.test(text)
  )
    return { kind: 'furniture', what: 'advertisement' };
  // Where a story appeared in print: 《某某日报》（2026年05月12日 第03版）, 原载《某某晚报》2026-05-12 A3版.
  const edition =
    /^[（(]?(?:(?:本文)?(?:原载于?|刊于|刊发于|载于|摘自|选自|转自|来源[:：]?)\s?)?《([^《》]{2,20})》\s?[（(]?\s?(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)?\s?[,，]?\s?((?:第\s?)?[A-Z]?\d{1,3}\s?版|[一二三四五六七八九十]{1,3}版)?\s?[）)]?\s?[）)]?$/u.exec(
      text,
    );
  // The date may come first: （原载2026年5月12日《某某日报》第3版）.
  const editionDated =
    /^[（(]?(?:本文)?(?:原载于?|刊于|刊发于|载于)\s?(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s?《([^《》]{2,20})》\s?((?:第\s?)?[A-Z]?\d{1,3}\s?版|[一二三四五六七八九十]{1,3}版)?\s?[）)]?$/u.exec(
      text,
    );
  if (editionDated && /(?:报|刊|志|社|网)$/u.test(editionDated[2]!)) {
    const meta: ArticleMeta = { source: editionDated[2]! };
    const date = parseDate(editionDated[1]!);
    if (date) meta.published = date;
    return { kind: 'meta', meta, what: 'print edition line' };
  }
  if (edition && (edition[2] || edition[3]) && /(?:报|刊|志|社|网)$/u.test(edition[1]!)) {
    const meta: ArticleMeta = { source: edition[1]! };
    const date = edition[2] ? parseDate(edition[2]) : undefined;
    if (date) meta.published = date;
    return { kind: 'meta', meta, what: 'print edition line' };
  }
  // A newsletter's masthead with its issue number (某某周报 | 第26期, 第26期·某某简报): in the body, the masthead of
  // another issue (a back-issue link), never text.
  if (
    /^(?:[^，。！？；]{1,24}?(?:周报|月报|日报|简报|周刊|月刊|通讯|快报|快讯|速递|内参|早报|晚报|Weekly|Daily|Newsletter)】?\s?[|｜·•:：—–-]?\s?(?:\d{4}年)?(?:总)?第\s?\d{1,4}\s?期|(?:\d{4}年)?(?:总)?第\s?[\d一二三四五六七八九十百零〇]{1,6}\s?期|(?:\d{4}年)?(?:总)?第\s?\d{1,4}\s?期\s?[|｜·•:：—–-]?\s?[^，。！？；]{1,24}?(?:周报|月报|日报|简报|周刊|月刊|通讯|快报|快讯|速递|内参|Weekly|Newsletter))$/iu.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'issue line' };
  // An official bulletin's issue line with its running count (2026年第3期（总第27期）, 第三期 总第27期, 总第27期).
  if (
    /^(?:(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年)?第\s?[\d一二三四五六七八九十百零〇]{1,6}\s?期\s?)?[（(]?\s?总第\s?[\d一二三四五六七八九十百零〇]{1,6}\s?期\s?[）)]?$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'issue line' };
  if (isRelatedLinksHeader(text)) return { kind: 'furniture', what: 'related links' };
  const inner = unbracket(text);
  // A date alone on its line (2026年3月12日 星期四, 2026-03-12 08:30): the page's date, not text.
  const dateOnly =
    /^(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u.exec(
      inner,
    );
  if (dateOnly && parseDate(dateOnly[1]!)) {
    return { kind: 'meta', meta: { published: parseDate(dateOnly[1]!)! }, what: 'date line' };
  }
  // 某某日报 2026-03-12 08:30: a paper's name and the date.
  const paperDated =
    // (sealed11) The weekday and the print page may follow the date (明報　2026年3月18日 星期三　06:00, 某某日报 2026年03月18日 第05版).
    /^([\p{Script=Han}A-Za-z0-9·-]{2,20})\s+(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?:\s*(?:星期|周|礼拜)[一二三四五六日天])?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*第\s?[A-Z]?\d{1,3}\s?版)?$/u.exec(
      inner,
    );
  if (
    paperDated &&
    (ZH_ORG.test(paperDated[1]!) || AGENCY_ONLY.test(paperDated[1]!)) &&
    parseDate(paperDated[2]!)
  ) {
    return {
      kind: 'meta',
      // (sealed11) A paper's e-paper header names its edition (某某日报数字报): the source is the paper.
      meta: {
        source: paperDated[1]!.replace(/(?<=\p{Script=Han}报)(?:数字报|电子报|电子版|数字版)$/u, ''),
        published: parseDate(paperDated[2]!)!,
      },
      what: 'source and date line',
    };
  }
  // A social-media post's header line: an 原创 mark, the account (and author), the date and time, the place it was
  // posted from (原创 某某 2026年06月15日 08:00 某省). Without the mark, the time says it is a stamp, not a name
  // and a date (a paper's name and its date are read above).
  // A post header with the issue's staff after its date (某某号 2026-07-14 07:30 本期编辑：某某): the header, and the
  // fields read as fields.
  const staffed =
    /^(.*?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s\d{1,2}:\d{2})?)\s((?:\p{Script=Han}{1,6}\s?[:：]\s?[^\s:：]{1,20}\s?)+)$/u.exec(
      text,
    );
  const header = staffed ? furnitureLine(staffed[1]!) : undefined;
  const fields = header?.what === 'post header' ? zhLabelLine(staffed![2]!.trim()) : undefined;
  if (header?.kind === 'meta' && fields && !fields.meta.source && !fields.meta.published) {
    const line: FurnitureLine = { ...header, meta: { ...header.meta, ...fields.meta } };
    if (fields.byline) line.byline = fields.byline;
    return line;
  }
  // (session 10) A post header as a page exports it, the account a link and the date and place in italics
  // (原创 某科 某某 [某某医院](javascript:void(0);) *2026年03月12日 08:30* *某省*): read without the marks.
  const unmarked = zhPostHeaderUnmarked(text);
  if (unmarked !== text) {
    const header = furnitureLine(unmarked);
    if (header?.what === 'post header') return header;
  }
  // (session 10) The date and time, then a Taiwan reporter's bracket (2026/03/11 05:30 〔记者某某／台北报导〕), or the
  // bracket first: the date, and the byline.
  const stampFiled = zhStampAndFiledByline(text);
  if (stampFiled) return stampFiled;
  const masthead = zhMastheadBar(text);
  if (masthead) return masthead;
  const fieldBar = zhOutletFieldBar(text);
  if (fieldBar) return fieldBar;
  const posted =
    /^(?:(原创|转载|首发)\s)?((?:[^\s，。！？；：:,.]{1,20}\s){0,3})(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(\s\d{1,2}:\d{2})?(?:\s(?:发表于)?\p{Script=Han}{2,6})?$/u.exec(
      text,
    );
  if (posted && (posted[1] || posted[4]) && parseDate(posted[3]!))
    return postHeader(
      posted[2]!
        .trim()
        .split(' ')
        .filter((t) => t !== ''),
      parseDate(posted[3]!)!,
    );
  // 责任编辑 某某, 责编/某某, 审核 某某: the label without its colon.
  const staff =
    /^((?:本版|本期|值班)?责编|责任编辑|(?:值班|本版|本文|本期|本刊|网络|执行|文字|新媒体|融媒体)?编辑|审核|校对|终审|审校|制表|版式|美编|排版)\s*[/／|｜\s]\s*([\p{Script=Han}·]{2,8}(?:[\s、][\p{Script=Han}·]{2,8}){0,3})$/u.exec(
      inner,
    );
  // (session 13) A wiki's edit toolbar (编辑　锁定　讨论, 编辑　播报): its buttons, not an editor's name.
  if (staff && zhEditToolbar(inner)) return { kind: 'furniture', what: 'edit toolbar' };
  if (staff) {
    return /编辑|责编/u.test(staff[1]!)
      ? { kind: 'meta', meta: { editor: zhFirstEditor(staff[2]!) }, what: 'editor line' }
      : { kind: 'furniture', what: 'review line' };
  }
  // Staff labels with a slash or a bar for the colon, several on a line (编辑/某某 校对/某某): read as label：value.
  // Not the writer's label (文/某某 is a byline, read as one where bylines stand); 文字丨某某 in a post's credits row is.
  const slashed = inner.replace(
    /(^|\s)(\p{Script=Han}{1,6})\s?[/／|｜]\s?(?=\S)/gu,
    (whole, space: string, label: string) =>
      label === '文字' || ZH_LABELS.some(([re, kind]) => kind !== 'byline' && re.test(label))
        ? `${space}${label}：`
        : whole,
  );
  const labelled = zhLabelLine(inner) ?? (slashed !== inner ? zhLabelLine(slashed) : undefined);
  if (labelled) {
    // 联系人：某某　电话：…: a contact line, with nothing in it about the story.
    if (labelled.contact && Object.keys(labelled.meta).length === 0 && !labelled.byline)
      return { kind: 'furniture', what: 'contact line' };
    // 责任编辑：… closes the story; 来源：… 发布时间：… opens it.
    const closing = labelled.meta.editor !== undefined && !labelled.meta.source && !labelled.meta.published;
    const line: FurnitureLine = {
      kind: 'meta',
      meta: labelled.meta,
      what: closing ? 'editor line' : 'label line',
    };
    if (labelled.byline) line.byline = labelled.byline;
    return line;
  }
  // Copyright notices: 图片来自网络，如有侵权请联系删除; 版权所有，未经授权不得转载.
  // (session 11: a notice's words in quotes are quoted by a sentence, 不能仅标注“如有侵权请联系删除”: not the page's own)
  if (
    /如有侵权|版权归原作者|转载请注明|未经(?:书面)?授权[，,]?\s*不得转载|版权所有|本文(?:为|系).{0,12}原创|^(?:copyright\s?)?(?:©|\(c\))|^copyright\b|all rights reserved/iu.test(
      text.replace(/“[^”]*”|「[^」]*」/gu, '“”'),
    ) &&
    [...text].length <= 60
  )
    return { kind: 'furniture', what: 'copyright line' };
  // 本报综合, 综合新华社、人民网: a story compiled from others' reports.
  const compiled =
    /^(?:据)?(?:本报|本刊|本台|本网)综合(?:报道)?()$/u.exec(text) ??
    /^(?:据)?综合(?:自)?\s*((?:[\p{Script=Han}A-Za-z]{1,10}(?:社|网|报|台|新闻|媒体|客户端)[、，,\s]*)+?)(?:等)?(?:报道|消息)?$/u.exec(
      text,
    );
  if (compiled) {
    const from = compiled[1]?.trim();
    return from
      ? { kind: 'meta', meta: { source: from }, what: 'compiled from' }
      : { kind: 'furniture', what: 'compiled from' };
  }
  const compiler = zhCompiledBy(text);
  if (compiler) return compiler;
  // （本周报由某某编辑部整理）, 本文由某某编译, （以上内容由某某综合整理）: who put the piece together.
  if (
    /^(?:[（(](?:本(?:文|报|刊|期|周报|期周报|简报|栏目|版|稿|资讯)|以上(?:内容|信息|资讯)?|文中(?:内容|资讯))?|(?:本(?:文|报|刊|期|周报|期周报|简报|栏目|版|稿|资讯)|以上(?:内容|信息|资讯)?|文中(?:内容|资讯)))(?:内容)?(?:均)?由[^。！？，（()）]{2,24}(?:整理|编译|综合整理|综合|编辑|汇编|供稿|编写|撰写)(?:而成)?[。]?[）)]?$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'compiled by' };
  if (zhColophon(text)) return { kind: 'furniture', what: 'newsletter colophon' };
  // 原标题：…… (the original headline of a reprint)
  if (/^(?:原标题|原文标题|原题)[:：]/u.test(text)) return { kind: 'furniture', what: 'original headline' };
  // A bare dateline on its own line (本报讯, 晚报讯, 本报北京3月5日电): the wire's stamp, not a sentence.
  const stamp =
    /^(本报|本刊|本台|本网|[\p{Script=Han}]{1,8}(?:社|网|报|台))(?:[\p{Script=Han}]{0,8}?\d{1,2}月\d{1,2}日)?(?:电|讯)$/u.exec(
      text,
    );
  if (stamp) {
    const agency = stamp[1]!;
    return /^本/u.test(agency) || !AGENCY_ONLY.test(agency)
      ? { kind: 'furniture', what: 'dateline' }
      : { kind: 'meta', meta: { source: agency }, what: 'dateline' };
  }
  // （据新华社）, 据新华社报道, （据央视新闻客户端）: whose report this is, on a line of its own.
  const reportOf =
    /^[（(]?据([\p{Script=Han}A-Za-z]{1,12}(?:社|网|报|台|新闻|客户端|日报|晚报))(?:报道|消息|电)?[）)]?$/u.exec(
      text,
    );
  if (reportOf) return { kind: 'meta', meta: { source: reportOf[1]! }, what: 'provenance' };
  // 来源 某某日报: the source label with a space for its colon.
  const spaced = /^(?:来源|稿源|出处)[\s/／|｜]+(\S{2,20})$/u.exec(text);
  if (spaced && (ZH_ORG.test(spaced[1]!) || AGENCY_ONLY.test(spaced[1]!)))
    return { kind: 'meta', meta: { source: spaced[1]! }, what: 'source line' };
  // A note on the author (（作者系某某大学教授）, 作者单位：某某大学): about the writer, not the story.
  // (系统, 为了 … start words, not a note: 作者系统地梳理了…)
  if (
    /^[（(](?:本文)?作者(?:系|为|是|现为)[^。！？（()）]{2,60}[。]?[）)]$|^(?:本文)?作者(?:系(?!统)|现为|单位[:：])[^。！？（()），]{2,40}[。]?$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'author note' };
  // A post's reading-time estimate (全文共3200字，阅读大约需要8分钟, 阅读时长约5分钟), a row of arrows pointing at the
  // next item (↓↓↓), and a prompt to open the site's app (打开APP阅读更多精彩内容, 下载某某客户端，查看更多高清图片).
  if (
    /^(?:全文(?:共|约)?\s*[\d,.]+\s*[万千]?字[，,、\s]*)?(?:预计|大约|约)?阅读(?:时间|时长)?(?:大约|约|预计)?(?:需要|需|为)?\s*[:：]?\s*\d+\s*分钟[。]?$/u.test(
      text,
    ) ||
    /^(?:打开|下载|前往)[^。！？]{0,12}(?:APP|App|app|客户端)[，,]?\s*(?:阅读|查看|看)(?:更多|全文|完整|高清)[^。！？]{0,10}$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'share or print links' };
  // Disclaimers and follow-us calls under the story.
  if (/^[（(【]?(?:免责)?声明[:：]/u.test(text) && [...text].length <= 100)
    return { kind: 'furniture', what: 'disclaimer' };
  if (/^[（(]?本文(?:仅)?代表作者(?:个人)?观点/u.test(text) && [...text].length <= 60)
    return { kind: 'furniture', what: 'disclaimer' };
  // A platform's notice under a contributor's post: 特别声明：以上内容仅代表作者本人观点…, 本文为某某号作者…上传并发布，仅代表
  // 该作者或机构观点 — the platform speaking of the text, not the text.
  if (
    /^(?:特别|重要)?声明[:：]|^本文为.{1,20}(?:号|平台)?(?:作者|机构|用户).{0,30}(?:上传|发布)/u.test(text) &&
    /仅代表.{0,10}观点/u.test(text) &&
    [...text].length <= 120
  )
    return { kind: 'furniture', what: 'disclaimer' };
  if (
    /^(?:欢迎|请|敬请)?(?:关注|订阅)[^。！？]{0,20}(?:公众号|微信号?|微博|客户端|视频号|抖音号?|头条号)[^。]{0,20}$|^更多[^。！？]{0,12}(?:请|敬请)关注/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'follow line' };
  // The buttons a post asks for at its foot: 点个在看, 点赞、在看、转发, 分享给更多朋友.
  if (
    /^(?:喜欢就|觉得不错[，,]?(?:请|就)?|记得|别忘了|欢迎)?(?:点个|点击|点一下)\s*[“"「]?(?:在看|赞|分享)[”"」]?[^。！？]{0,16}$|^(?:点赞|在看|转发|分享)(?:[、，,\s|｜]+(?:点赞|在看|转发|分享|收藏)){1,4}$/u.test(
      text,
    ) &&
    [...text].length <= 28
  )
    return { kind: 'furniture', what: 'follow line' };
  // The call to pass the issue on: 觉得有用？转发给需要的朋友吧, 欢迎分享给身边的同事.
  if (
    /^(?:(?:如果|若)?觉得[^。！？，,]{1,8}[？?，,]\s*)?(?:请|欢迎|记得|就)?(?:转发|分享|推荐)(?:给|至)(?:需要的|更多的?|身边的)?(?:朋友|同事|好友|人|小伙伴)们?[吧。！!～~]*$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'follow line' };
  // The call at the top of a social-media post to follow the account: 点击上方蓝字关注我们, 点这里订阅, ↑点击设为星标.
  if (
    /^[↑👆☝\s]*(?:点击|点|戳|轻触|轻点)[^。！？]{0,16}(?:蓝字|关注我们|关注本号|关注公众号|订阅我们|设为星标|星标|置顶)[^。！？]{0,12}$/u.test(
      text,
    ) &&
    [...text].length <= 32
  )
    return { kind: 'furniture', what: 'follow line' };
  // 本文来源：…, 转载自…
  const from = /^(?:本文)?(?:转载自|转自|来自|来源于|首发于|原载于?)[:：]?\s*(\S.{0,40}?)[。.]?$/u.exec(text);
  // 来源于某某的数据显示，……。 is a sentence: a provenance line names a source and stops.
  // (session 10) Nor is 来自北京的代表团参观了实验室。: bare 来自 without a colon names a source and nothing it does.
  const bare = from && /^来自[^:：]/u.test(text) && /的|了/u.test(from[1]!);
  if (from && !/[，,。！？；]/u.test(from[1]!) && !bare)
    return { kind: 'meta', meta: { source: zhOriginalOutlet(from[1]!) }, what: 'provenance' };
  // Last, after the bracketed forms above (据…, 由…整理): who supplied a brief's item, in brackets on its own
  // line (（省科技厅规划处）, （市工信局供稿）): an office's name or a supplying verb, no sentence.
  if (
    /^[（(][\p{Script=Han}·]{2,20}(?:[处局厅部委办院所室科队站馆社台网报]|中心|公司|集团|协会|学会|供稿|提供|整理|综合|编译)[）)]$/u.test(
      text,
    ) &&
    !parseBylineLine(text)
  )
    return { kind: 'furniture', what: 'item source' };
  return zhProbedLine(text) ?? zhQuoteLine(text) ?? zhWidgetLine(text) ?? zhPlatformLine(text);
}

function zhWorkflowLine(text: string): FurnitureLine | undefined {
  if (ZH_EDIT_STAMP.test(text)) return { kind: 'furniture', what: 'edit stamp' };
  if (zhHandlingRecord(text)) return { kind: 'furniture', what: 'handling record' };
  if (zhPlatformAsk(text)) return { kind: 'furniture', what: 'follow line' };
  if (zhCoverField(text)) return { kind: 'furniture', what: 'script field' };
  if (zhCookieBanner(text)) return { kind: 'furniture', what: 'cookie notice' };
  if (zhProductionNote(text)) return { kind: 'furniture', what: 'production note' };
  // A header's row of fields with a credit among them, before the labelled-line reader takes the whole row for one
  // field's value (撰稿：某某 ｜ 2026-04-02 ｜ 浏览 326).
  // (a row the labelled-line reader already finds a writer in is left to it)
  return zhLabelLine(text)?.byline ? undefined : zhCreditRow(text);
}

/**
 * A newsletter's colophon in Chinese: who compiles it and for whom, and how to subscribe or leave
 * (本刊由某某部编写，仅供内部参考。如需订阅或退订，请回复邮件。). Every sentence of the line must be one of these.
 */
function zhColophon(text: string): boolean {
  if ([...text].length > 120) return false;
  const compiled =
    /^(?:本|该)(?:周报|月报|简报|快报|快讯|通讯|内参|专刊|资讯|刊物?|期刊?|报告|材料|栏目)(?:内容)?(?:均)?(?:由|系)[^。！？，,]{2,30}(?:编写|编制|编辑|编译|汇编|编印|整理|撰写|制作|出品)(?:而成)?$/u;
  const use =
    /^(?:仅|只|谨)供(?:内部)?(?:参考|学习|交流|研究|阅读)[^。！？，,]{0,8}$|^(?:请勿|不得|未经[^。！？，,]{1,8}不得)[^。！？，,]{0,8}(?:转载|外传|转发|公开|传播)$/u;
  // Said to the reader: 如需订阅或退订，请…, 退订请回复…, 欢迎订阅本刊 (not 订阅用户超过一万).
  const subscribe =
    /^(?:(?:如需|如要|若需|若要|如想)(?:订阅|退订|取消订阅)(?:或|、|\/)?(?:退订|订阅|取消订阅)?[^。！？，,]{0,8}[，,]\s*(?:请|可|敬请)[^。！？，,]{1,20}|欢迎订阅[^。！？，,]{0,16}|(?:订阅|退订|取消订阅)请[^。！？，,]{1,20})$/u;
  const sentences = text
    .split(/[。！？!]/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (sentences.length === 0) return false;
  const clauses = sentences.map((s) => s.split(/[，,]\s*/u).filter((c) => c !== ''));
  // A sentence of clauses, each compiled-by or use; or a subscription sentence (如需订阅或退订，请回复邮件).
  const fits = (parts: string[], whole: string) =>
    subscribe.test(whole) || parts.every((c) => compiled.test(c) || use.test(c));
  return (
    sentences.every((s, i) => fits(clauses[i]!, s)) &&
    sentences.some((s, i) => subscribe.test(s) || clauses[i]!.some((c) => compiled.test(c)))
  );
}

/**
 * (session 11) A paper's prompt to follow it on a messaging app or a social network, after the pointer it sets before
 * it and with the promise after a comma (👉 加入某某时报LINE好友，新闻不漏接; 追踪某某报IG，掌握最新消息; 订阅某某新闻
 * YouTube频道): the page's, never the story's. A sentence about such an account ends in 。 or goes on after the name.
 */
function zhChatFollowPrompt(raw: string): boolean {
  const text = raw.replace(/^(?:[👉👇☞☛▶►➤➜→⭐📲📱🔔✅✨📣📢]\uFE0F?\s?)+/u, '');
  return (
    [...text].length <= 40 &&
    /^(?:立即|马上|赶快|快来|现在|欢迎)?(?:加入|追踪|关注|订阅|按赞|下载|安装)\s?[\p{Script=Han}A-Za-z0-9·]{0,12}?\s?(?:LINE|Line|IG|Instagram|Facebook|FB|脸书|YouTube|Telegram|WhatsApp|Threads|Google\s?新闻|Google News|APP|App|app)\s?(?:好友|官方帐号|官方账号|帐号|账号|频道|群组|专页|粉丝团|粉丝专页|社群)?(?:[，,、\s]\s?[^，,。！？!?；;]{2,14})?[！!～~]*$/u.test(
      text,
    )
  );
}

// ---------------------------------------------------------------------------------------------------------
// (session 11) A fourth batch of the probe: what message boards, court, tender, recruitment and association sites,
// research reports, fact-check, video, forum, finance and app share pages print around a story. Each reader takes the
// family's shape whole (a record's fields, a row of buttons or tags, a role and a name, a label the page sets over a
// value), never a sentence: a story line using the same words has a verb and its clauses around them.

/** A record's field: a label of two to eight characters, then a short value with no clause in it (办理状态：已办结). */
const ZH_RECORD_FIELD = /^\p{Script=Han}{2,8}\s?[:：]\s?[^\s。！？；;，,:：]{1,24}$/u;
/** A record's number: 留言编号：LY2026…, 项目编号：QZCG-2026-0193, 案号：（2025）浙0381民初4527号. */
const ZH_RECORD_NUMBER =
  /^\p{Script=Han}{0,6}(?:编号|单号|案号|文号|批次号|流水号|受理号|登记号)\s?[:：]\s?(?:[（(〔[]\d{4}[）)〕\]]\s?[\p{Script=Han}\d]{1,14}号|[A-Za-z0-9][A-Za-z0-9\-_/.]{3,30})$/u;
/** Words of a page's buttons and links (我要留言, 文书下载, 收藏职位, 会员登录, 联系我们, 上一期). */
const ZH_BUTTON_WORD =
  /留言|登录|注册|收藏|分享|打印|下载|投递|申请|咨询|联系我们|导航|指南|须知|评论|喜欢|收起|展开|关注|举报|反馈|纠错|赞同|点赞|返回|首页|搜索|订阅|关闭|上一|下一|更多|链接|转发|复制|回帖|发帖|回复|引用|只看|自选/u;
/** A button or a link's label in a row: a few characters, or a count beside one, or an arrow. */
const ZH_ROW_ITEM = /^(?:[\p{Script=Han}A-Za-z0-9]{1,10}|[\d,.]+[万千wWkK]?|[◀▶◁▷<>«»←→]+)$/u;

/** A row of a page's buttons, links or tags (我要留言　我的留言　留言须知, 预约挂号 | 就诊指南 | 专家介绍, 五险一金｜带薪年假). */
function zhButtonRow(text: string): boolean {
  if ([...text].length > 60 || /[。！？；，,、:：]/u.test(text.replace(/(?<=\d),(?=\d{3})/gu, '')))
    return false;
  const barred = /[|｜]/u.test(text);
  const items = text.split(/\s*[|｜/／]\s*|\s+/u).filter((t) => t !== '');
  if (items.length < 2 || !items.every((t) => ZH_ROW_ITEM.test(t))) return false;
  const words = items.filter((t) => /\p{Script=Han}/u.test(t));
  if (words.length < 2) return false;
  // Bars between them: three or more labels are the page's links or tags; spaces alone need the buttons' words.
  if (barred && words.length >= 3 && words.every((t) => [...t].length >= 2)) return true;
  // (two labels are buttons both, 举报/反馈; more need half of them buttons, none a phrase: 分享经济　成为新动能 is a title)
  const buttons = words.filter((t) => ZH_BUTTON_WORD.test(t)).length;
  // (four or more labels of four to six characters and nothing else are a site's menu: 会员服务　行业资讯　政策法规)
  if (
    words.length >= 4 &&
    words.length === items.length &&
    words.every((t) => /^\p{Script=Han}{4,6}$/u.test(t))
  )
    return true;
  if (words.some((t) => [...t].length > 6)) return false;
  return words.length === 2
    ? buttons === 2 && words.every((t) => [...t].length <= 4)
    : buttons * 2 >= words.length;
}

/** A record's fields in a row (岗位名称：行政助理 | 招聘人数：2人, 成交量：35.6万手　成交额：4.48亿). */
function zhRecordFields(text: string): boolean {
  const fields = text
    .split(/\s*[|｜]\s*/u)
    .flatMap((f) => f.split(/\s+(?=\p{Script=Han}{2,8}\s?[:：])/u))
    .filter((f) => f !== '');
  // (a field of the story's own record, its source, date or writer, leaves the line to the readers of those)
  const own = (f: string) => {
    const [label = '', value = ''] = f.split(/\s?[:：]\s?/u);
    return ZH_LABELS.some(([re, key]) => key !== 'none' && re.test(label)) || parseDate(value) !== undefined;
  };
  return fields.length >= 2 && fields.every((f) => ZH_RECORD_FIELD.test(f) && !own(f));
}

/**
 * Line parts the page sets side by side (直播回放｜时长 01:26:33, 查看: 4726｜回复: 83): furniture when each part is; the
 * day when a part is a date (发布于 2026-03-08 21:14　著作权归作者所有, 公告日期：… 来源：… 【下载PDF】).
 */
function zhFurnitureParts(text: string): FurnitureLine | undefined {
  if ([...text].length > 80) return undefined;
  // (the page's chrome and its dates only: a part with a byline or a source leaves the line to the readers of those)
  let published: string | undefined;
  const chrome = (p: string) => {
    const read = furnitureLine(p) ?? zhRecordPostAndAppLine(p);
    if (read?.kind === 'furniture') return true;
    if (read?.kind !== 'meta' || read.byline || !Object.keys(read.meta).every((k) => k === 'published'))
      return false;
    published ??= read.meta.published;
    return true;
  };
  const found = (): FurnitureLine =>
    published
      ? { kind: 'meta', meta: { published }, what: 'date line' }
      : { kind: 'furniture', what: 'page links' };
  // (session 13: or a katakana dot, 编辑于 2026-02-18 23:41・IP 属地某省)
  const parts = text.split(/\s*[|｜·•・]\s*/u).filter((p) => p !== '');
  if (parts.length >= 2 && parts.every(chrome)) return found();
  published = undefined;
  // (two parts set apart by a space only: 发布于 2026-03-08 21:14　著作权归作者所有)
  const spaces = [...text.matchAll(/\s/gu)].map((m) => m.index!);
  if (spaces.length === 0 || spaces.length > 6) return undefined;
  const split = spaces.some((i) => {
    published = undefined;
    const left = text.slice(0, i).trim();
    const right = text.slice(i + 1).trim();
    return /\p{Script=Han}/u.test(left) && /\p{Script=Han}/u.test(right) && chrome(left) && chrome(right);
  });
  return split ? found() : undefined;
}

const ZH_NUMERAL = '[〇零○Ｏ一二三四五六七八九十]';
const ZH_NUMERAL_DATE = new RegExp(`^${ZH_NUMERAL}{4}年${ZH_NUMERAL}{1,2}月${ZH_NUMERAL}{1,3}日$`, 'u');

/**
 * (session 11) Chinese page lines probed by the kind of page: a record's fields (编号, 案号, 办理状态, 公示期), rows of
 * buttons, tags and menus, minutes' and judgments' header fields and signatures, contacts, disclaimers, references,
 * site footers, and a post's, a player's or an app's counters and prompts; a Taiwan or Hong Kong line read in Simplified.
 */
function zhRecordPostAndAppLine(raw: string): FurnitureLine | undefined {
  // (asked again about each part of a line zhFurnitureParts splits: answered once a parse, line-memo.ts)
  return remembered('zhRecordPostAndAppLine', raw, readRecordPostAndAppLine);
}

function readRecordPostAndAppLine(raw: string): FurnitureLine | undefined {
  // A Taiwan or Hong Kong line on a Simplified page is read in Simplified (記者某某／台北報導, 最後更新).
  const simplified = toSimplified(raw);
  if (simplified !== raw && [...simplified].length === [...raw].length) {
    const read = furnitureLine(simplified);
    if (read) return read;
  }
  const text = simplified;
  // An icon before a button or a prompt, dots or an arrow after it (💬 写评论..., ...展开全文, 查看全部 96 条评论 >).
  const bare = text
    .replace(/^(?:[\p{Extended_Pictographic}\u2600-\u27BF]\uFE0F?\s?|[.。…]{2,}\s?)+/u, '')
    .replace(/(?:\s?[.。…]{2,}|\s?[>＞»›》]{1,2})$/u, '')
    .trim();
  if (bare !== text && bare !== '' && /\p{Script=Han}/u.test(bare)) {
    const read = furnitureLine(bare);
    if (read) return read;
  }
  // A pointer before a prompt to follow the paper (看更多！请加入《某某新闻》LINE官方帐号): the prompt is read.
  const pointed = text.replace(/^(?:看更多|更多新闻|更多精彩)[！!，,～~\s]*/u, '').replace(/^请/u, '');
  if (pointed !== text && zhChatFollowPrompt(pointed.replace(/[《》「」“”]/gu, '')))
    return { kind: 'furniture', what: 'follow line' };
  // A Taiwan byline or a wire's dateline alone in mid-story (记者某某／台北报导, 某某社记者某某台北21日电).
  if (
    /(?:[/／]\s?\p{Script=Han}{2,4}(?:综合|即时)?报[导道]|\p{Script=Han}{2,3}\d{1,2}日电)[〕】］）)]?$/u.test(
      text,
    )
  ) {
    const found = parseBylineLine(text);
    if (found) return { kind: 'meta', meta: found.meta, what: 'byline', byline: found.byline };
  }
  // A stamp with its last update in brackets: 2026/03/21 14:35（最后更新：2026/03/21 18:02）.
  const updated =
    /^(.+?)\s?[（(](?:最后|最近)?更新(?:于|时间)?\s?[:：]?\s?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s?\d{1,2}:\d{2})?[）)]$/u.exec(
      text,
    );
  if (updated) {
    const stamp = furnitureLine(updated[1]!);
    if (stamp) return stamp;
  }
  // A document's date in Chinese numerals alone (二〇二六年三月十二日), under a report's or a notice's signature.
  if (ZH_NUMERAL_DATE.test(text)) return { kind: 'furniture', what: 'date line' };
  // A record's number, its fields in a row, its state or a period with its dates (公示期：2026年3月20日至…).
  if (
    ZH_RECORD_NUMBER.test(text) ||
    zhRecordFields(text) ||
    /^\p{Script=Han}{0,4}(?:状态|满意度|评价结果)\s?[:：]\s?(?:已办结|办理中|已回复|已受理|待回复|未回复|待处理|处理中|已处理|已完成|非常满意|满意|基本满意|不满意)$/u.test(
      text,
    ) ||
    /^\p{Script=Han}{1,4}期\s?[:：]\s?\d{4}年\d{1,2}月\d{1,2}日(?:\s?\d{1,2}[:：]\d{2})?\s?(?:至|到|—|-|~|－)\s?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\s?\d{1,2}[:：]\d{2})?$/u.test(
      text,
    ) ||
    /^\p{Script=Han}{0,4}公开(?:选项|方式|属性|类型)\s?[:：]\s?(?:主动公开|依申请公开|不予公开|不公开|删减后公开)$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'record field' };
  // Minutes' header fields: who chaired, attended, sat in, took the record (主持：县长 某某, 列席：某局、某局负责同志).
  if (
    /^(?:主持|主持人|出席|出席人员|列席|列席人员|参加|参加人员|参会|参会人员|记录|记录人|缺席|请假)\s?[:：]\s?[^。！？；;]{2,60}$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'minutes header' };
  // A bulletin's issue number (〔2026〕第7期, 第7期, 总第123期).
  if (/^(?:[〔［[【（(]\d{4}[〕］\]】）)]\s?|\d{4}年)?(?:总)?第\s?\d{1,4}\s?期$/u.test(text))
    return { kind: 'furniture', what: 'issue number' };
  // A court judgment's signatures (审判员　某　某, 书记员 某某) and its closing formula (本件与原本核对无误).
  if (
    (/\s/u.test(text) &&
      /^(?:审判长|审判员|代理审判员|人民陪审员|陪审员|书记员|法官助理|执行员|速录员)\p{Script=Han}{2,4}$/u.test(
        text.replace(/\s/gu, ''),
      )) ||
    /^(?:本件)?与原(?:本|件)核对无误[。]?$/u.test(text)
  )
    return { kind: 'furniture', what: 'court signature' };
  // Rows of buttons, links or tags, and a board's or a link list's label with its entries (友情链接：某某　某某).
  if (
    zhButtonRow(text) ||
    /^(?:友情链接|相关链接|常用链接|快速链接|网站链接)\s?[:：]\s?[^。！？]{2,80}$/u.test(text) ||
    /^(?:利好|利空|看涨|看跌|看多|看空)(?:\s(?:利好|利空|看涨|看跌|看多|看空))+$/u.test(text) ||
    /^(?:[+＋]\s?关注|关注\s?[+＋])$/u.test(text) ||
    /^(?:上|下|前|后)一(?:期|版)(?:\s(?:上|下|前|后)一(?:期|版))*$|^(?:标题|版面|本版|栏目|往期)导航$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'page links' };
  // A contact field: a label for mail or a phone and its address or number, a note on it in brackets.
  if (
    /^\p{Script=Han}{0,6}(?:邮箱|电子邮件|邮件地址|电话|热线|传真)\s?[:：]\s?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\d()（）\-－—\s]{0,6}\d[\dXx×*\-－ ]{5,16})\s?(?:[（(][^（()）]{2,30}[）)])?$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'contact line' };
  // Disclaimers and review credits: 温馨提示：…仅供参考…以…为准, 请务必阅读正文之后的免责条款, 作者声明：内容由AI生成,
  // 本文由某某专家团队审核, 科学性审核：某某学会 某某, 辟谣专家：某某大学 副教授 某某.
  if (
    (/^(?:温馨提示|特别提示|提示|免责声明|特别声明|声明)\s?[:：]/u.test(text) &&
      /仅供参考|以[^。！？]{2,16}为准|不构成[^。！？]{0,8}建议/u.test(text) &&
      [...text].length <= 80) ||
    /^(?:请|敬请)(?:务必)?(?:仔细)?(?:阅读|参阅)(?:正文|本报告)?(?:之后|之后的|后|末页|最后一页)?的?[^。！？，,]{0,10}(?:免责|重要|法律|特别)(?:条款|声明|申明|提示)(?:部分)?[。]?$/u.test(
      text,
    ) ||
    /^(?:作者|创作者|内容|创作|平台)声明\s?[:：]\s?[^。！？]{2,24}[。]?$/u.test(text) ||
    /^本文(?:由|经)[^。！？，,]{2,30}(?:审核|审校|审定|审阅|把关)(?:通过)?[。]?$/u.test(text) ||
    /^(?:\p{Script=Han}{0,3}(?:审核|审校|审定)|(?:辟谣|审核|审稿|指导|科普)专家)\s?[:：]\s?[\p{Script=Han}·]{2,20}(?:\s[\p{Script=Han}·]{2,12}){0,3}$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'disclaimer' };
  // A reference list (参考文献：[1] 某某. 题名[J]. 刊名, 2019.), a fact check's rumour label (谣言：……？).
  if (
    /^(?:参考文献|参考资料|参考来源)\s?[:：]?\s?(?:\[\d+\]|$)/u.test(text) ||
    /^\[\d{1,3}\]\s?.{2,120}\[(?:J|M|D|C|N|R|S|P|Z|EB\/OL|J\/OL)\]/u.test(text) ||
    /^(?:谣言|传言|流言|网传)\s?[:：]\s?[^。！]{2,30}[？?]?$/u.test(text) ||
    /^(?:辟谣|核查)来源\s?[:：]\s?[^。！？，,]{2,24}$/u.test(text)
  )
    return { kind: 'furniture', what: 'fact check label' };
  // Who runs the site: 本平台由某某指导，某某主办; 某某日报社主办　数字报刊平台.
  if (
    /^本(?:平台|网站|站|网|栏目)由[^。！？]{2,24}(?:指导|主办|承办|主管|运营|维护|建设)(?:[，,、]\s?[^。！？，,]{2,24}(?:指导|主办|承办|协办|运营|维护|建设))*[。]?$/u.test(
      text,
    ) ||
    /^[\p{Script=Han}]{2,20}(?:社|局|办|会|院|部|委|中心|集团|公司|大学)(?:主办|主管|承办)(?:\s[\p{Script=Han}A-Za-z]{2,12})?$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'site footer' };
  // An office signing a notice alone on its line (某某大学人事处, 某某集团人力资源部).
  if (
    /^[\p{Script=Han}]{2,16}(?:大学|学院|医院|公司|集团|研究院|研究所|局|委员会|政府)(?:人事处|人事部|人力资源部|人力资源处|组织部|办公室|党委组织部|招生办|招聘办)$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'signature' };
  if (/^查看(?:全部|更多)?\s?\d+\s?条(?:评论|回复)$/u.test(text))
    return { kind: 'furniture', what: 'comments' };
  // A comment box's prompt (说点什么, 写评论, 我来说两句).
  if (
    /^(?:写(?:评论|留言)|说点什么|说两句|我来说两句|发表(?:你的)?(?:评论|看法)|留下你的(?:评论|想法))$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'comments' };
  // Copyright on posts: 著作权归作者所有.
  if (/^著作权归[^。！？]{1,12}所有[。]?$/u.test(text)) return { kind: 'furniture', what: 'copyright line' };
  // Counters alone or with a label (播放量 36.8万, 查看: 4726, 已有 2.3万 人阅读).
  if (
    /^(?:播放量?|播放次数|弹幕|点赞|评论|收藏|转发|阅读量?|浏览量?|查看|回复|人气|观看|热度)\s?[:：]?\s?[\d,]+(?:\.\d+)?\s?[万wWkK亿]?\s?次?$/u.test(
      text,
    ) ||
    /^(?:已有|共有|共)\s?\d+(?:\.\d+)?\s?[万千]?\s?(?:人|次)(?:阅读|浏览|观看|参与|点赞|评论|围观|看过)$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'counters' };
  // A forum's prompt to log in (您需要登录后才可以回帖 登录 | 立即注册), a player's sound tag ([音乐], [掌声]), a live page's
  // preview (【直播预告】本周五晚8点，锁定频道), a short video's sound and place (🎵 原声 - 某某, 📍 某地·某街).
  if (
    /^(?:您)?需要登录后才(?:可以|能)(?:回帖|发帖|回复|评论|查看|下载|浏览)[^。！？]{0,16}$/u.test(text) ||
    /^[[【（(](?:音乐|掌声|笑声|鼓掌|欢呼|音效|背景音乐|片头曲|片尾曲|BGM|静音|听不清|笑|无声|欢呼声)[\]】）)]$/u.test(
      text,
    ) ||
    /^(?:【(?:直播预告|预告|直播提醒)】|(?:直播预告|直播提醒)\s?[:：])[^。！？]{2,30}$/u.test(text) ||
    /^[🎵🎶♪♫]\uFE0F?\s?[^。！？]{1,30}$|^(?:原声|原创音乐|背景音乐|BGM)\s?[-—:：]\s?[^。！？，,]{1,20}$/u.test(
      text,
    ) ||
    /^📍\uFE0F?\s?[^。！？，,]{2,24}$/u.test(text)
  )
    return { kind: 'furniture', what: 'post buttons' };
  // Prompts to follow or to give the three taps (关注UP主，不迷路～, 分享、点赞、在看，三连支持一下吧～).
  if (
    /^关注(?:UP主|up主|博主|主播|作者|我|我们|本号|小编|本频道)[，,\s]?\s?[^。！？，,]{0,8}[！!～~]*$/u.test(
      text,
    ) ||
    (/^(?:(?:分享|点赞|在看|收藏|转发|关注|投币)[、,，\s]*){2,4}(?:一键)?三连[^。！？]{0,10}$/u.test(text) &&
      [...text].length <= 30) ||
    /^(?:订阅电子报|订阅我们|订阅本报)(?:\s[^。！？，,]{2,12})?$/u.test(text)
  )
    return { kind: 'furniture', what: 'follow line' };
  // An index's or a share's quote alone (上证指数 3,218.46 ▲ +0.52%), the stocks a flash names (相关股票：某某 +3.27%),
  // the pointer to more of the feed (查看更多快讯).
  if (
    /^[\p{Script=Han}A-Za-z0-9]{2,12}\s[\d,]+(?:\.\d+)?\s?(?:[▲▼↑↓]\s?)?[+\-−]\d+(?:\.\d+)?%$/u.test(text) ||
    /^相关(?:股票|个股|标的|概念|板块|基金)\s?[:：]\s?[^。！？]{2,40}$/u.test(text) ||
    /^(?:查看|阅读|浏览|点击查看)?更多\p{Script=Han}{0,6}$/u.test(text)
  )
    return { kind: 'furniture', what: 'quote widget' };
  // A news app's account header: 某某号作者：某某　2026-03-22 08:15 · 浙江.
  if (
    /^\p{Script=Han}{1,6}号(?:作者)?\s?[:：]\s?\S{2,16}\s\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s\d{1,2}:\d{2})?(?:\s?[·•]\s?\p{Script=Han}{2,4})?$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'post header' };
  // A record's own fields alone on a line, under the labels such pages print: a message board's (回复单位：某局), a
  // tender's (采购人：某局, 中标金额：…), a report's (评级：买入, 目标价：…), a judgment's (裁判日期：…), a job's (薪资待遇：面议),
  // a file's (签发人：某某). The value is short and holds no clause (a transcript's 主播：… is what was said). (A service
  // guide's 办理时间：…, 受理单位：… are its text: not read here.)
  if (
    /^(?:留言(?:时间|标题|对象|类型)|回复(?:单位|部门|时间)|满意度(?:评价)?|采购(?:人|单位)|代理机构|(?:中标|成交)(?:供应商|人|金额|价格)|预算金额|最高限价|(?:投资)?评级|目标价(?:格)?|当前股价|裁判日期|审理法院|审判程序|文书类型|案由|薪资待遇|薪酬待遇|学历要求|工作经验|经验要求|签发人)\s?[:：]\s?[^。！？；;，,]{1,30}$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'record field' };
  // A report's or an e-paper's header marks (证券研究报告 | 公司点评, 本期共8版, PDF版下载), a producer's credit (某某 出品).
  if (
    /^(?:证券研究报告|行业研究报告|公司研究报告|研究报告)(?:\s?[|｜·]\s?[\p{Script=Han}]{2,10})*$/u.test(
      text,
    ) ||
    /^本期共\s?\d{1,3}\s?版$|^(?:PDF|pdf)\s?版?(?:下载|阅读|浏览)$/u.test(text) ||
    /^[\p{Script=Han}A-Za-z]{2,12}\s(?:出品|监制|联合出品)$/u.test(text)
  )
    return { kind: 'furniture', what: 'page links' };
  // A post's tags, mentions and collection (#美食 #家常菜, @某某, 合集·家常菜 12集), a board's single buttons (只看该作者, 加自选).
  if (
    // (session 15: each tag closed by its hash or by a space; a topic glued to a sentence, #某某#今天…, is the post's text)
    /^(?:#[^#\s]{1,20}#\s?|#[^#\s]{1,20}(?:\s|$)){2,}$/u.test(text) ||
    /^@[\p{Script=Han}\w.-]{2,20}$/u.test(text) ||
    /^合集\s?[·:：]\s?[^。！？，,\s]{1,16}\s?\d{1,4}\s?[集个篇期]$/u.test(text) ||
    /^(?:只看该作者|只看楼主|倒序浏览|加自选|删自选|加入自选)$/u.test(text)
  )
    return { kind: 'furniture', what: 'post buttons' };
  // A platform's word on a post it hosts: 本文来自某某号，仅代表作者观点，不代表某某立场.
  if (
    /^本文(?:来自|系|为|由)[^。！？，,]{2,16}(?:[，,]\s?(?:(?:仅|只)代表(?:作者|个人)(?:本人)?(?:观点|立场)|不代表[^。！？，,]{1,12}(?:观点|立场)))+[。]?$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'disclaimer' };
  return zhFurnitureParts(text);
}
