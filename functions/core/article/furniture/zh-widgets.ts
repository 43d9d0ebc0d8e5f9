// (session 13) Chinese page widgets read whole: what a course page, a wiki entry, a Q&A community, a standards
// platform and a printed magazine set around their text — an entry's edit banner, a course's run and enrolment
// counters, a tab bar with counts, a rating with its review, a row of bracketed buttons, a platform's disclaimer
// with its footer links, a magazine's running header. Reached from zhLine only when no earlier rule read the line;
// each shape is taken whole, so a sentence using the same words (有1.2万人参加了这门课程。) stays text.
import { furnitureLine } from '../furniture.ts';
import { zhNames } from './bylines.ts';
import type { FurnitureLine } from './words.ts';
import { parseDate } from './words.ts';

/** Words of a page's buttons in brackets (【下载全文】【加入对比】【收藏】【打印本页】【关闭窗口】). */
const ZH_BRACKET_BUTTON =
  /下载|登录|注册|收藏|分享|打印|关闭|对比|纠错|反馈|订阅|加入|购买|预览|阅读全文|全文|引用|导出|复制|举报|返回/u;

/** A short link label in a bar (关于我们, 意见反馈, 使用帮助): a few characters, no clause. */
const ZH_LINK_LABEL = /^[\p{Script=Han}A-Za-z]{2,6}$/u;

// A page's counters (zhWidgetLine), built once rather than on every line it reads.
const WIDGET_COUNT = '[\\d,.]+\\s?[万千wWkK]?\\+?';
const WIDGET_COUNTERS = [
  new RegExp(
    `^(?:已有|已|共有|共)\\s?${WIDGET_COUNT}\\s?(?:人|位|名)(?:学员|同学|用户|网友)?\\s?(?:已)?(?:参加|参与|报名|学习|学过|在学|选课|加入|关注|购买|浏览|观看|收藏|看过)(?:了)?(?:本课程|该课程|课程|此课)?$|^${WIDGET_COUNT}\\s?人(?:已|正在)?(?:参加|参与|报名|学习|学过|在学|学|选课|加入|关注|购买|看过)$`,
    'u',
  ),
  new RegExp(
    `^${WIDGET_COUNT}\\s?人(?:赞同|点赞|喜欢|收藏|感谢|推荐)了(?:该|这个|此|这篇)?(?:回答|文章|想法|内容|笔记)$`,
    'u',
  ),
  new RegExp(
    `^(?:(?:被浏览|浏览|关注者|被关注|关注|回答|被收藏|收藏|赞同|喜欢|感谢)\\s?[:：]?\\s?${WIDGET_COUNT}\\s?(?:次|人)?\\s*){1,4}$`,
    'u',
  ),
];

export function zhWidgetLine(text: string): FurnitureLine | undefined {
  // A wiki's banner over an entry, asking for edits or saying who checked it (本词条缺少概述图，补充相关内容使词条更完整，
  // 赶紧来编辑吧！, 本词条由某某审核, 本词条是多义词，共3个义项): the site speaking of the entry, not the entry.
  if (
    [...text].length <= 90 &&
    /^(?:本|该|此)词条/u.test(text) &&
    (/(?:编辑|完善|补充|贡献)[^。]{0,6}[吧！!]+$|赶紧|快来|欢迎/u.test(text) ||
      /^(?:本|该|此)词条(?:由[^，。！？]{2,30}(?:审核|认证|提供|编写|参与编辑)[。]?|是多义词[，,][^。！？]{2,16}[。]?)$/u.test(
        text,
      ))
  )
    return { kind: 'furniture', what: 'wiki banner' };
  // A wiki entry's statistics at its foot: the header (词条统计, 页面信息), its view and edit counts (编辑次数：37次历史版本).
  if (
    /^(?:词条|页面|条目)(?:统计|信息|数据)$/u.test(text) ||
    /^(?:编辑|修改|浏览|访问|引用)次数\s?[:：]\s?[\d,.]+[万千]?\s?次(?:历史版本)?$/u.test(text)
  )
    return { kind: 'furniture', what: 'page stats' };
  // How many took the course, follow the question or viewed it (已有 12,406 人参加, 3.2万人已学, 被浏览 86,412　关注者
  // 1,203): the page's counters.
  if (WIDGET_COUNTERS.some((counter) => counter.test(text))) return { kind: 'furniture', what: 'counters' };
  // A course's or a product's rating, with a reader's review after it (课程评价　4.8分　“…”——学员 小***, 综合评分 9.2):
  // the page's widget; a sentence about the rating has its clause (该课程评分4.8分，位居…).
  if (
    /^(?:\p{Script=Han}{0,4}(?:评价|评分)|好评率)\s?[:：]?\s?\d{1,2}(?:\.\d{1,2})?\s?(?:分|星|%)(?:\s?[（(][\d,]+\s?(?:人|条)(?:评价|评分)?[）)])?(?:\s?[“"「][^”"」]{1,80}[”"」]\s?(?:——|—|--)\s?[^\s，。！？]{1,10}(?:\s[^\s，。！？]{1,10})?)?$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'rating' };
  // (a score alone under its label, 评分 4.9; a score with its count of raters, 4.8分　328人评价)
  if (
    /^(?:综合|用户|课程|学员)?评分\s?[:：]?\s?\d(?:\.\d{1,2})?$|^\d(?:\.\d{1,2})?\s?分\s?[（(]?[\d,]+\s?(?:人|条)(?:评价|评分|打分)[）)]?$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'rating' };
  // A course page's button alone (立即报名, 加入学习, 免费试听).
  if (
    /^(?:立即|马上|免费|现在)(?:报名|参加|学习|购买|试听|领取|预约)$|^(?:加入学习|开始学习|继续学习|免费试听)$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'page links' };
  // A row of bracketed buttons (【下载全文（需登录）】　【加入对比】　【收藏】): two or more, half of them buttons' words.
  const buttons = text.match(/【[^【】]{1,14}】/gu) ?? [];
  if (
    buttons.length >= 2 &&
    text.replace(/【[^【】]{1,14}】/gu, '').trim() === '' &&
    buttons.every((b) => !/[。，；！？]/u.test(b)) &&
    buttons.filter((b) => ZH_BRACKET_BUTTON.test(b)).length * 2 >= buttons.length
  )
    return { kind: 'furniture', what: 'page links' };
  // A tab bar whose tabs carry counts (课程详情　|　课程评价（328）　|　讨论区, 回答（96）| 评论（12）| 相关问题): three
  // or more short labels between bars, at least one with its count in brackets.
  const tabs = text.split(/\s*[|｜]\s*/u).filter((t) => t !== '');
  if (
    tabs.length >= 2 &&
    tabs.every((t) => /^\p{Script=Han}{2,6}(?:\s?[（(][\d,.]+[万千]?[）)])?$/u.test(t)) &&
    tabs.some((t) => /[（(][\d,.]+[万千]?[）)]$/u.test(t)) &&
    (tabs.length >= 3 || tabs.every((t) => /[（(]/u.test(t)))
  )
    return { kind: 'furniture', what: 'page links' };
  // The foot's bar: link labels beside the page's own lines (下载APP，随时随地学习　|　关于我们　|　©2026 某某在线): the
  // site's footer when a part is the page's and the others are links.
  if (tabs.length >= 3) {
    const read = tabs.map((t) => furnitureLine(t));
    if (
      read.some((r) => r !== undefined) &&
      tabs.every((t, i) => read[i] !== undefined || ZH_LINK_LABEL.test(t))
    )
      return { kind: 'furniture', what: 'site footer' };
  }
  // A platform's disclaimer of what its users publish (本平台标准信息由团体自行公开，平台不对其内容负责。), alone or with
  // the footer's links after it (　　意见反馈　|　使用帮助).
  const disclaimer =
    /^((?:本|该)(?:平台|网站|站点|网|站|页面)[^。！？]{0,40}(?:不对|不承担|不负)[^。！？]{0,20}(?:负责|责任|保证)。?)(?:\s+(.+))?$/u.exec(
      text,
    );
  if (
    disclaimer &&
    (disclaimer[2] === undefined ||
      disclaimer[2].split(/\s*[|｜]\s*|\s+/u).every((t) => ZH_LINK_LABEL.test(t) || furnitureLine(t)))
  )
    return { kind: 'furniture', what: 'disclaimer' };
  // A magazine's running header: its name, the issue line, the column's name (某某人 2025年第4期（总第37期）　员工风采):
  // the publication is the source.
  const header = /^([\p{Script=Han}A-Za-z]{2,12})\s(.+?)(?:\s(\p{Script=Han}{2,6}))?$/u.exec(text);
  // (a generic word for a magazine, 内刊 2026年第1期, names none)
  if (
    header &&
    !/(?:年|期|月)$/u.test(header[1]!) &&
    !/^(?:内刊|本刊|期刊|月刊|周刊|双月刊|季刊|会刊|刊物|简报|通讯|增刊)$/u.test(header[1]!) &&
    furnitureLine(header[2]!)?.what === 'issue line'
  )
    return { kind: 'meta', meta: { source: header[1]! }, what: 'running header' };
  return undefined;
}

/**
 * A course's run alone or at the head of its fields (第3次开课　开课时间：…　学时安排：每周3～4小时, 第12期开班): the course
 * page's record, never a sentence; its dates are the course's, not the page's (read before any date line).
 */
export function zhCourseRun(text: string): boolean {
  const run = /^第\s?[\d一二三四五六七八九十]{1,3}\s?(?:次|期|轮)(?:开课|开班|招生)(?:\s(.+))?$/u.exec(text);
  return run !== null && (run[1] === undefined || zhFieldsOnly(run[1]));
}

/** Fields side by side, each a label and a short value with no clause (开课时间：3月16日 ~ 6月28日　学时安排：每周3～4小时). */
function zhFieldsOnly(text: string): boolean {
  const fields = text.split(/\s+(?=\p{Script=Han}{2,8}\s?[:：])/u);
  return fields.every((f) => /^\p{Script=Han}{2,8}\s?[:：]\s?[^。！？；，,]{1,40}$/u.test(f));
}

// ---------------------------------------------------------------------------------------------------------
// (session 13) Block shapes the parser asks about from build.ts: each a zh helper with a one-line call there.

/**
 * A tear-off line (------ ✂ 请沿此线剪下 ------, - - - - 沿虚线裁下 - - - -): what follows it is the slip a reader cuts off
 * and hands back (回执, its declaration and fields), never the notice's text.
 */
export function zhCutLine(raw: string): boolean {
  const text = raw.trim();
  if ([...text].length > 80 || !/(?:[-—–－_=.·…]\s?){4,}|[✂✄✁✃✀]/u.test(text)) return false;
  // What the rule of dashes frames: nothing (beside scissors), or a few words telling to cut (请沿此线剪下, 裁剪线,
  // 回执（请剪下交回）, 剪下此联), never a clause.
  const words = text.replace(/[-—–－_=.·…\s✂✄✁✃✀]+/gu, '');
  if (words === '') return /[✂✄✁✃✀]/u.test(text);
  return (
    [...words].length <= 14 &&
    !/[，。！？；]/u.test(words) &&
    (/剪下|剪开|裁下|裁开|撕下|裁剪线|剪切线|沿(?:此|本|虚)?线/u.test(words) ||
      /^回执(?:单|联)?$/u.test(words))
  );
}

/** A printed page's number between dots or dashes, alone (·12·, • 7 •, －13－): an OCR'd magazine's page foot. */
export function zhDottedPageNumber(raw: string): boolean {
  // (session 14) A document's footer: the issuing body, spaced out to the page number (某某局　　　　— 2 —).
  // (session 15) The page of how many, between dashes or in words with a comma (— 3/12 —, 第 3 页，共 12 页, 共12页 第3页,
  // （第3页）, 第3/12页).
  return (
    /^(?:[\p{Script=Han}（）()·]{2,30}[\s\u3000]+)?(?:[·•・‧]\s?\d{1,4}\s?[·•・‧]|[－—–-]\s?\d{1,4}(?:\s?[/／]\s?\d{1,4})?\s?[－—–-])$/u.test(
      raw.trim(),
    ) ||
    /^[（(]?(?:第\s?\d{1,4}\s?页\s?[，,、/／]?\s?共\s?\d{1,4}\s?页|共\s?\d{1,4}\s?页\s?[，,、/／]?\s?第\s?\d{1,4}\s?页|第\s?\d{1,4}\s?(?:[/／]\s?\d{1,4}\s?)?页)[）)]?$/u.test(
      raw.trim(),
    )
  );
}

/**
 * The publication date in a record's table (| 发布日期 | 2026-02-10 |): a standard's or a notice's page prints it
 * there; the row stays in the table, the date is the article's when no other line names one.
 */
export function zhTableRowDate(text: string): string | undefined {
  const [label = '', value = '', ...rest] = text.split(/\s*\|\s*/u);
  if (rest.length > 0 || !/^(?:发布|发表|公布|公告|印发|发文)(?:日期|时间)$/u.test(label.trim()))
    return undefined;
  return /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$/u.test(value.trim()) ? parseDate(value) : undefined;
}

/** Words a writer's post or standing ends with, in an answerer's or a columnist's bio line. */
const ZH_POST_END =
  /(?:负责人|工程师|架构师|设计师|分析师|研究员|教授|讲师|老师|博士|硕士|博士生|研究生|本科生|学生|医生|医师|律师|会计师|经理|总监|总裁|主管|主任|创始人|联合创始人|合伙人|顾问|专家|作者|作家|编辑|记者|主编|博主|答主|从业者|爱好者|创业者|投资人|CEO|CTO|COO|CFO)$/u;

/**
 * A writer's bio under their name (某互联网公司大模型应用负责人，前机械工程师): one to three posts, each ending on a post's
 * word, between commas; no sentence, nothing wrapped (在某某厂的质检工段,五十二岁的 is a sentence cut by the layout).
 */
export function zhAuthorBio(raw: string): boolean {
  const text = raw.trim();
  if ([...text].length > 40 || /[。！？；;：:]/u.test(text)) return false;
  const posts = text.split(/\s*[，,、/｜|]\s*/u);
  return (
    posts.length <= 3 && posts.every((p) => /^(?:前|原|现|曾任)?\S{1,20}$/u.test(p) && ZH_POST_END.test(p))
  );
}

/**
 * How a zh line under a byline reads as the writer's title: a bio of posts when it has commas (a wrapped sentence has
 * them too), otherwise as before. Undefined for a line with no Han: the English reader answers.
 */
export function zhAuthorTitle(text: string, titleLine: (t: string) => boolean): boolean | undefined {
  if (!/\p{Script=Han}/u.test(text)) return undefined;
  return /[，,;；]/u.test(text) ? zhAuthorBio(text) : titleLine(text);
}

/**
 * A Q&A answer's or a column's head: the writer's name alone on its line, their bio on the next (陶某某 / 某公司负责人，
 * 前工程师): the byline. The name is two to four characters; the bio a post, never a sentence.
 */
export function zhNameOverBio(line: string, next: string): string[] | undefined {
  const name = line.trim();
  if (!/^\p{Script=Han}{2,4}$/u.test(name) || !zhAuthorBio(next)) return undefined;
  return zhNames(name, false)?.length === 1 ? [name] : undefined;
}

/** A wiki's or a CMS's edit toolbar beside a title or a heading (编辑　锁定　讨论　上传视频, 编辑　播报): buttons, no staff. */
export function zhEditToolbar(text: string): boolean {
  const words = text.split(/[\s\u3000|｜]+/u).filter((t) => t !== '');
  return (
    words.length >= 2 &&
    words.includes('编辑') &&
    words.every((t) =>
      /^(?:编辑|锁定|讨论|上传视频|播报|收藏|分享|评论|纠错|举报|历史版本|添加义项|投票|同名词条|讨论区)$/u.test(
        t,
      ),
    )
  );
}
