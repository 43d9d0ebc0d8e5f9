// Chinese page fields and chrome: labelled CMS fields, jump marks, site footers, paywalls, page navigation,
// forum and post headers.

import { furnitureLine } from '../furniture.ts';
import type { ArticleMeta, Byline } from '../types.ts';
import {
  parseBylineLine,
  ZH_CLINIC_DEPT,
  ZH_DESK,
  zhFiledFrom,
  zhFirstEditor,
  zhNames,
  zhOutletBeforeRole,
} from './bylines.ts';
import type { FurnitureLine } from './words.ts';
import { parseDate, unbracket, ZH_ORG } from './words.ts';

// ---------------------------------------------------------------------------------------------------------
// Metadata and furniture lines

/** Labels of CMS page furniture, zh: what each value means. */
export const ZH_LABELS: [RegExp, keyof ArticleMeta | 'byline' | 'none'][] = [
  [/^(?:来源|稿源|出处|信息来源|文章来源|新闻来源|本文来源|稿件来源|消息来源)$/u, 'source'],
  // (session 12) A trading or government notice's bar names the same date otherwise (【信息时间：2026-06-03】, 公告日期：…).
  [
    /^(?:发布时间|发布日期|发表时间|发表日期|时间|日期|更新时间|更新日期|发稿时间|发稿日期|刊发时间|刊发日期|发布|信息时间|信息日期|信息发布时间|信息发布日期|公告时间|公告日期|公布时间|公布日期|发行日期|出刊日期|出版日期|公开日期|公开时间)$/u,
    'published',
  ],
  // (session 14) A broadcaster's script export (栏目：… 稿件类型：口播+VCR 时长：2'15" 播出时间：…): the air date is the
  // page's date; the programme, the item's kind and its running time are the script's record.
  [/^(?:播出时间|播出日期|首播时间|首播日期|播发时间|播发日期)$/u, 'published'],
  [/^(?:栏目|所属栏目|稿件类型|稿件体裁|节目|节目名称|播出频道|频道|稿件状态|稿件编号|稿号)$/u, 'none'],
  [
    /^(?:(?:本版|本期|本文|本刊|值班)?(?:责任编辑|责编)|(?:值班|本版|本文|本期|本刊|网络|执行|文字|图文|新媒体|融媒体|视频|实习|特约)?编辑|主编|编审)$/u,
    'editor',
  ],
  // (session 14: 述职人, who gives a year's work report)
  // (session 14: 主讲, who gives a lecture its handout is for)
  [
    /^(?:作者|文|文字|撰文|记者|采写|撰稿|撰稿人|执笔|述职人|创建者|创建人|文档创建者|文档创建人|主讲|主讲人|主讲教师|主讲嘉宾|主讲专家|授课教师|授课人|讲者|讲授|报告人|演讲人|演讲者|分享人|分享嘉宾|讲话人|致辞人|宣讲人)$/u,
    'byline',
  ],
  // (session 15) An office app's report (提交人：某某　部门：…　发送给：…　模板：运维日报): who submitted it is its writer, a
  // script's writer (脚本撰写：某某) is its byline; where it went, who approves it and the form it was filled on are
  // the app's record, and when it was submitted is its date.
  [/^(?:提交人|汇报人|填报人|填表人|填写人|撰写|撰写人|脚本撰写|文案撰写|文案)$/u, 'byline'],
  // (session 16) Who compiled or wrote the piece, in a header row's credit field (整理：某某 · 2026-03-08 · 阅读 3.2万,
  // 口述：某某　整理：某某): its writer.
  [/^(?:整理|整理者|整理人|编写|编写人|起草|起草人|执笔人|口述|讲述|脚本|编剧)$/u, 'byline'],
  [
    /^(?:模板|日志模板|汇报模板|所用模板|抄送|抄送人|审批人|当前审批人|审批状态|审批结果|审批编号|接收人|发送给|发送至|提交给|汇报对象|汇报给|部门|所在部门|所属部门|提交部门|汇报类型|日志类型|汇报周期|发起人|所属团队)$/u,
    'none',
  ],
  [/^(?:提交时间|提交日期|汇报时间|汇报日期|填报时间|填报日期)$/u, 'published'],
  // (session 14) A cloud document's record: when it was made, and the stamps of its later edits.
  [/^(?:创建时间|创建日期)$/u, 'published'],
  [/^(?:最近修改|最后修改|最近编辑|最后编辑|修改时间|最近更新|最后更新于|所有者|文档所有者)$/u, 'none'],
  // (session 14) A newsletter's issuer beside its date (發行：某某大學校友服務中心): who sends it, not a source.
  [/^(?:发行|发行单位|出版|出版单位|编印单位)$/u, 'none'],
  // (session 14) A translated piece's translator and reviser beside its writer (作者：… 翻译：… 校对：…): not its byline.
  [/^(?:翻译|译者|译|译文|校译|审译)$/u, 'none'],
  [
    /^(?:供稿|供稿单位|签发|审签|核稿|审核|审阅|审定|审校|审稿|校对|责任校对|终审|初审|复审|二审|三审|一审|监制|剪辑|后期|摄像|配音|版权声明|原文链接|统筹|策划|出品|制作|浏览次数|浏览|阅读|阅读量|字体|点击|点击数|点击量|字号|分享到|分享|标签|关键词|原标题|视频|排版|美编|版式|版式设计|版面设计|美术编辑|美术设计|制表|设计|海报|视觉)$/u,
    'none',
  ],
  // (session 16) An office system's workflow fields over a document (【流程信息】 文号：… ｜ 紧急程度：普通 ｜ 拟稿：某科 某某 ｜
  // 核稿：某某 ｜ 会签：某某 ｜ 签发：职务 某某): the file's routing, none of them its writer.
  [
    /^(?:紧急程度|缓急程度|缓急|密级|保密期限|拟稿|拟稿人|拟稿单位|拟稿部门|拟稿科室|会签|会签人|会签单位|会签部门|签发人|复核|主办科室|主办处室|主办部门|承办科室|承办处室|承办人|经办人|办理人|办理状态|办理期限|办理时限|流程状态|当前环节|当前步骤|当前节点|当前处理人|收文编号|收文日期|来文单位|来文字号|来文文号|印发份数|份数|页数|附件数)$/u,
    'none',
  ],
  // (session 16) A short video's or a broadcast script's production fields (账号：@某某 ｜ 预计时长：1分40秒 ｜ 拍摄日期：…
  // ｜ 状态：已过审, 封面文字：…, 话题标签：#…, 分镜：…): the production's record, never what is said. (Who speaks, 主播 or
  // 出镜, labels a transcript's turn: not here.)
  [
    /^(?:账号|发布账号|预计时长|视频时长|成片时长|拍摄日期|拍摄时间|拍摄地点|拍摄场地|剪辑日期|审核状态|发布状态|状态|封面文字|封面标题|封面文案|视频标题|备选标题|话题标签|分镜|景别|配乐|背景音乐|发布平台|发布渠道|预计发布|计划发布|发布计划|预计上线)$/u,
    'none',
  ],
  // A listed company's announcement header (证券代码：…　证券简称：…　公告编号：…): the filing's record.
  [
    /^(?:证券代码|证券简称|股票代码|股票简称|公司代码|公司简称|公告编号|债券代码|债券简称|转债代码|转债简称|基金代码|基金简称)$/u,
    'none',
  ],
  // A government page's information bar (索引号：… | 发文字号：… | 成文日期：… | 主题分类：…): the file's record.
  [
    /^(?:索引号|标题|文号|发文字号|文件编号|成文日期|发文日期|印发日期|生效日期|实施日期|废止日期|主题分类|主题词|公开方式|公开范围|公开时限|公开属性|信息分类|体裁分类|组配分类|服务对象分类|有效性|时效性|所属机构|所属主题|信息名称|文种)$/u,
    'none',
  ],
  // (session 9) A campus news page's and a portal's fields probed beyond the corpus: who signed it off (审核人), the
  // piece's tags under other names (文章关键词, 相关标签). (发布人 is a press conference's speakers too: read below.)
  [/^(?:审核人|审稿人|文章关键词|相关关键词|相关标签|文章标签|本文标签)$/u, 'none'],
  // (session 11) A hospital's or a campus CMS's counter under another name (点击次数：1024, 阅读次数：56, 浏览量：12).
  [/^(?:点击次数|阅读次数|浏览量|查看次数|阅读数|浏览数)$/u, 'none'],
  // (session 10) A notice's or a job board's closing date beside its publishing date (发布日期：… 截止日期：…,
  // 报名截止时间：…, 有效期至：…): the posting's record, not the published date.
  [/^(?:(?:报名|申报|投递|申请|应聘|招聘)?截止(?:日期|时间)?|有效期(?:至)?|报名时间|报名日期)$/u, 'none'],
];
/** Labels naming the body that issued a file, a weaker source than 来源: used only when no 来源 is given. */
const ZH_ISSUER_LABEL = /^(?:发布机构|发文机关|发文单位|发布单位|主办单位)$/u;
/** Labels of a contact line (联系人：… 电话：… 邮箱：…): who to call, never the story's text. */
const ZH_CONTACT_LABEL =
  /^(?:联系人|联络人|联系单位|联系部门|联系处室|联系科室|联系电话|联系方式|电话|手机|手机号|座机|固话|传真|邮箱|电子邮箱|电子邮件|邮件|地址|通讯地址|联系地址|邮编|邮政编码|咨询电话|报名电话|咨询热线|热线|服务热线|投诉电话|举报电话|微信|微信号|QQ|投稿邮箱|投稿|商务合作|合作|广告合作|合作联系|媒体合作)$/u;

/** Any label of a field a page prints (来源, 发布日期, 索引号, 联系电话, 发文机关 …). */
const zhFieldLabel = (label: string) =>
  ZH_LABELS.some(([re]) => re.test(label)) || ZH_ISSUER_LABEL.test(label) || ZH_CONTACT_LABEL.test(label);

/**
 * A label set out to the width of the longest in its column (索 引 号：, 标　　题：, 发 布 日 期：) is that label: the
 * spaces close up when the letters make a field's label, never in a sentence's words.
 */
function unspacedLabels(line: string): string {
  return line.replace(
    /(^|[\s\u3000])(\p{Script=Han}(?:[\s\u3000]+\p{Script=Han}){1,5})(?=[\s\u3000]*[:：])/gu,
    (whole, before: string, label: string) => {
      const closed = label.replace(/[\s\u3000]+/gu, '');
      return zhFieldLabel(closed) ? `${before}${closed}` : whole;
    },
  );
}

// (sealed12, zh) A channel's name before a bar's labelled fields, and a bar's date among them.
const ZH_CHANNEL_FIELD = /^[\p{Script=Han}]{0,6}(?:快讯|资讯|要闻|新闻|动态|频道|头条|速递|快报|时评)$/u;
const ZH_BAR_DATE = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/u;
function zhChannelBar(fields: string[]): string[] {
  if (fields.length < 3) return fields;
  const labelled = fields.filter((f) => /^[\p{Script=Han}]{1,6}\s*[:：]/u.test(f)).length;
  if (labelled < 1) return fields;
  const rest = ZH_CHANNEL_FIELD.test(fields[0]!) ? fields.slice(1) : fields;
  const dates = rest.filter((f) => ZH_BAR_DATE.test(f));
  if (dates.length !== 1 || rest.length < 2) return rest;
  return [...rest.filter((f) => f !== dates[0]), dates[0]!];
}

/** Who put the page up (发布者, 发布人, 上传者, 录入 …): a CMS account beside other fields. */
const ZH_POSTER_LABEL = /^(?:发布者|发布人|发稿人|上传者|上传人|录入|录入者|录入人)$/u;

/**
 * A date with its time at the end of a line of labelled fields, set apart by spaces and after a value, not a colon
 * (`来源：某某　作者：某某 某某　2026-11-25 10:30`): the page's date, and the fields before it.
 */
function zhSpacedTrailingDate(text: string, dateField: RegExp): { rest: string; date: string } | undefined {
  const m =
    /^(.*[^\s\u3000:：])[\s\u3000]+(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[\s\u3000]*\S+)?(?:[\s\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?)$/u.exec(
      text,
    );
  if (!m || !/^[\p{Script=Han}]{1,6}\s*[:：]/u.test(m[1]!) || !dateField.test(m[2]!)) return undefined;
  const date = parseDate(m[2]!);
  return date ? { rest: m[1]!, date } : undefined;
}

// (sealed11) A Hong Kong page's date carries the weekday before the time: 2026年3月6日 星期五 05:30 ｜ 撰文：某某.
// (zhLabelLine's date patterns, built once rather than on every line it reads)
const ZH_WEEKDAY = '(?:\\s*[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?)?';
const ZH_LABEL_DATE_FIELD = new RegExp(
  `^\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?${ZH_WEEKDAY}(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?$`,
  'u',
);
const ZH_LABEL_DATE_FIRST = new RegExp(
  `^(\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?${ZH_WEEKDAY}(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?)\\s+(?=\\S)`,
  'u',
);

/** A post or a body a person holds, as a report's or a document's field prints it before the name. */
const ZH_POST_WORD =
  /(?:长|书记|主任|主席|委员|成员|组员|秘书|干事|科员|专员|助理|经理|总监|主管|总裁|董事|监事|顾问|代表|教师|老师|医师|护士|工程师|研究员|教授|馆员|负责人|组长|班长|队员|职员|员工|处|科|部|办|室|局|厅|委|站|所|中心|学院|医院|学校|小学|中学|大学|公司|集团|银行|支行|分行)$/u;

const ZH_TWO_CHARACTER_POST =
  /^(?:经理|主任|书记|主席|总监|主管|顾问|教授|老师|教师|组长|班长|局长|处长|科长|部长|院长|校长|所长|站长|行长|社长|会长|厅长|县长|市长|区长|镇长|乡长|村长|队长|委员|代表|干事|科员|专员|助理|秘书|医师|护士)$/u;

/**
 * (session 16) The person after their post in a writer's field (述职人：某区某局党组成员、副局长 某某, 汇报人：某公司技术部
 * 经理　某某): the last token is the name, everything before it the body and the posts, set apart by a space.
 */
function zhPostThenName(value: string): string[] | undefined {
  const tokens = value.split(/[\s\u3000]+/u).filter((t) => t !== '');
  if (tokens.length < 2 || tokens.length > 4) return undefined;
  const name = tokens.at(-1)!;
  const post = tokens.slice(0, -1).join('');
  if (!/^\p{Script=Han}{2,4}$/u.test(name) || ZH_POST_WORD.test(name) || ZH_DESK.test(name)) return undefined;
  if (
    !/^[\p{Script=Han}、（）()·]{2,40}$/u.test(post) ||
    !ZH_POST_WORD.test(post.replace(/[（(][^（()）]*[）)]$/u, ''))
  )
    return undefined;
  // (two characters before a name are a post only when they name one: 王长 李明 are two people)
  if ([...post].length === 2 && !ZH_TWO_CHARACTER_POST.test(post)) return undefined;
  return [name];
}

/** `来源：某某日报 发布时间：2026-03-10 07:42 浏览次数：123`: label: value pairs, each label a furniture word. */
export function zhLabelLine(
  raw: string,
): { meta: ArticleMeta; byline?: Byline; contact?: boolean } | undefined {
  // A share class's code (A股代码：…, H股简称：…) is a listed company's header field like 证券代码.
  // Beside the code, 编号：临2026-008 is the announcement's number.
  const coded = unspacedLabels(raw).replace(/(^|[\s\u3000])[ABH]股(代码|简称)(?=\s*[:：])/gu, '$1股票$2');
  const line = /(?:证券|股票|债券)(?:代码|简称)\s*[:：]/u.test(coded)
    ? coded.replace(/(^|[\s\u3000])编号(?=\s*[:：])/gu, '$1公告编号')
    : coded;
  // A CMS line may open with the date and time alone: `2026-05-20 08:15　来源：某某晚报　作者：某某`.
  // Fields may be separated by bars (`来源：某某 | 作者：某某 | 2026-01-09 10:12`), the date last and unlabelled.
  // Pairs may also be separated by commas: （来源：某某日报，作者：某某）.
  // A row of page links after the fields (`…　【字体：大 中 小】【打印】`) is furniture on the same line.
  // The writer's label with a slash for its colon (`来源：某某　文/某某　阅读：12`) is a field like the others.
  // The links may also come first (【纠错】 责任编辑：某某): a bracket with no field in it is a button.
  const unlinked = withoutFontRow(line)
    .replace(/(?<=\S)(?:[\s\u3000]*【[^【】]{1,12}】)+[\s\u3000]*$/u, '')
    .replace(/^(?:【[^【】:：]{1,12}】[\s\u3000]*)+(?=\S)/u, '');
  const linkless = /[:：]/u.test(unlinked)
    ? unlinked.replace(
        /(?<=^|[\s\u3000])(作者|文|撰文|记者|采写|译|翻译)\s*[/／]\s*(?=\p{Script=Han}|[[［〔【（(])(?!图)/gu,
        '$1：',
      )
    : unlinked;
  const commaless = linkless.replace(/\s*[，,；;]\s*(?=[\p{Script=Han}]{1,6}\s*[:：])/gu, ' ');
  const barred = commaless.split(/\s*[|｜]\s*/u).filter((f) => f !== '');
  // (sealed12, zh) A news page's bar opens with its channel and carries the date between the fields
  // (财经快讯 | 2026-07-21 19:42 | 来源：某某财经 | 作者：某某): the channel is the page's, the date is read wherever it sits.
  const fields = zhChannelBar(barred);
  const dateField = ZH_LABEL_DATE_FIELD;
  const trailingDate =
    fields.length > 1 && dateField.test(fields.at(-1)!) ? parseDate(fields.at(-1)!) : undefined;
  const barredText = fields.length > 1 ? fields.slice(0, trailingDate ? -1 : undefined).join(' ') : commaless;
  // (session 12) Fields set apart by spaces carry the date last and unlabelled the same way
  // (来源：某某法院　作者：某某 某某　2026-11-25 10:30): after a field's value, never as a labelled field's own value.
  const spacedDate = trailingDate ? undefined : zhSpacedTrailingDate(barredText, dateField);
  const unbarred = spacedDate ? spacedDate.rest : barredText;
  const dated = ZH_LABEL_DATE_FIRST.exec(unbarred);
  const text = dated ? unbarred.slice(dated[0].length) : unbarred;
  const pairs = [
    ...text.matchAll(
      /([\p{Script=Han}]{1,6})\s*[:：]\s*((?:[^:：]|(?<=\d):(?=\d))*?)(?=\s+[\p{Script=Han}]{1,6}\s*[:：]|$)/gu,
    ),
  ];
  if (pairs.length === 0) return undefined;
  const covered = pairs
    .map((p) => p[0])
    .join('')
    .replace(/\s+/g, '');
  if (covered.length < text.replace(/\s+/g, '').length) return undefined;
  const meta: ArticleMeta = {};
  if (dated) {
    const date = parseDate(dated[1]!);
    if (date) meta.published = date;
  }
  if (trailingDate) meta.published = trailingDate;
  if (spacedDate) meta.published = spacedDate.date;
  let byline: Byline | undefined;
  let issuer: string | undefined;
  let contact = false;
  for (const [, label, rawValue] of pairs) {
    const value = rawValue!.trim();
    if (ZH_ISSUER_LABEL.test(label!) && value !== '' && [...value].length <= 40 && !/[。！？]/u.test(value)) {
      issuer ??= value;
      continue;
    }
    // A contact's field holds a name, a number or an address; a value with a sentence in it is text.
    if (
      ZH_CONTACT_LABEL.test(label!) &&
      value !== '' &&
      [...value].length <= 40 &&
      !/[。！？]/u.test(value)
    ) {
      contact = true;
      continue;
    }
    // The photographer's field among a CMS's credits (供稿：… 撰稿：… 摄影：…); alone, 摄影：某某 is a picture's credit.
    const kind =
      ZH_LABELS.find(([re]) => re.test(label!))?.[1] ??
      (pairs.length > 1 && /^(?:摄影|摄像|图片|配图)$/u.test(label!) ? 'none' : undefined) ??
      // (session 14) A script's running time among its fields (时长：2'15"); alone, 时长：02:16 is a player's.
      (pairs.length > 1 && /^(?:时长|片长)$/u.test(label!) ? 'none' : undefined) ??
      // (sealed13) Who put the page up, beside its date (发布者：学院办公室　发布时间：…): the CMS account, not the writer.
      // Alone, 发布人 may be a press conference's speakers (read in zhProbedLine).
      (pairs.length > 1 && ZH_POSTER_LABEL.test(label!) ? 'none' : undefined);
    if (!kind) return undefined;
    // (session 12) An office put up as the page's poster (发布者：人事处 | 发布时间：…) issued the notice: a weaker source
    // than 来源, like 发布单位. A person's name there is the CMS account's, never the source.
    if (pairs.length > 1 && ZH_POSTER_LABEL.test(label!) && ZH_DESK.test(value)) {
      issuer ??= value;
      continue;
    }
    // A file's title in its information bar runs as long as the title.
    if (/[。！？]/u.test(value) || [...value].length > (label === '标题' ? 100 : 40)) return undefined;
    if (kind === 'source' && value !== '') {
      const dated =
        /^(.+?)\s*[|｜]?\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$/u.exec(
          value,
        );
      const date = dated ? parseDate(dated[2]!) : undefined;
      if (dated && date) {
        meta.source = dated[1]!.trim();
        meta.published = date;
      } else meta.source = value;
    } else if (kind === 'published') {
      const date = parseDate(value);
      if (date) meta.published = date;
      else if (value !== '') return undefined;
    } else if (kind === 'editor' && value !== '') meta.editor = zhFirstEditor(value);
    else if (kind === 'byline' && value !== '') {
      const names = zhPostThenName(value) ?? zhNames(value, false);
      if (names) byline = { raw: value, names };
    }
  }
  if (issuer && !meta.source) meta.source = issuer;
  const found: { meta: ArticleMeta; byline?: Byline; contact?: boolean } = { meta };
  if (byline) found.byline = byline;
  if (contact) found.contact = true;
  return found;
}

/** Where a story goes on or came from on another page of a printed paper: （下转第7版）, （上接第1版）, (转A3版), 转下页. */
export const ZH_JUMP =
  /[（(]\s*(?:下转|上接|接|转|续|紧接|转至|转接|接上)(?:第\s*)?(?:[A-Z]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版(?:[）)]|\s*[^（()）。！？，]{0,8}[）)])|[（(]\s*(?:转下页|接上页|下转\s*\d{1,3}\s*页|上接\s*\d{1,3}\s*页)\s*[）)]/u;

const ZH_JUMP_AT_END = new RegExp(`^(.*\\S)\\s*(${ZH_JUMP.source})$`, 'u');
const ZH_JUMP_AT_START = new RegExp(`^(${ZH_JUMP.source})\\s*(\\S.*)$`, 'u');
const ZH_JUMP_ALONE = new RegExp(`^${ZH_JUMP.source}$`, 'u');

/** A jump mark run on to the start or the end of a line of text: the text, and the mark. */
export function splitJump(raw: string): { text: string; jump: string } | undefined {
  const text = raw.trim();
  const end = ZH_JUMP_AT_END.exec(text);
  if (end) return { text: end[1]!, jump: end[2]! };
  const start = ZH_JUMP_AT_START.exec(text);
  if (start && /^[（(]\s*(?:上接|接|紧接|接上)/u.test(start[1]!)) return { text: start[2]!, jump: start[1]! };
  return undefined;
}

/** The labels of a portal's footer: who runs the site, its registration numbers, its own links. */
const ZH_SITE_LABEL =
  /^(?:主办|主办单位|承办|承办单位|协办|协办单位|技术支持|技术支撑|运维单位|运行维护|运行维护单位|维护单位|网站维护|网站标识码|政府网站标识码|ICP备案号|备案号|网站备案号|公安备案号|备案编号)$/u;
/** A footer's registration marks: an ICP number, a public-security filing, a government site's code. */
const ZH_SITE_MARK =
  /^(?:(?:[\p{Script=Han}]{1,2}|[A-Z])ICP[备证]\s?[\d-]{5,14}号?(?:-\d{1,3})?|[\p{Script=Han}]{1,2}公网安备\s?\d{8,16}号?|(?:政府)?网站标识码[:：]?\s?[\dA-Za-z]{6,16})$/u;
/** The links along a portal's foot: 网站地图, 联系我们, 关于我们, 隐私政策, 无障碍, 设为首页 … */
const ZH_SITE_LINK =
  /^[【[［]?(?:网站地图|联系我们|关于我们|网站声明|法律声明|隐私政策|隐私声明|版权声明|使用帮助|网站帮助|无障碍(?:浏览|阅读)?|适老化|长者模式|关怀版|网站纠错|我要纠错|设为首页|加入收藏|返回顶部)[】\]］]?$/u;

/**
 * A portal's footer line (主办：某某　网站标识码：…　某ICP备…号, 网站地图 | 联系我们): every field a footer's own. With a
 * registration mark or only the site's links it is a footer anywhere; fields of who runs the site alone
 * (主办单位：… 承办单位：…) are an event's too, so the caller keeps that form to the page's foot.
 */
function zhSiteFooter(text: string): FurnitureLine | undefined {
  const fields = text
    .replace(/(\p{Script=Han}{1,8})\s?[:：]\s?/gu, '$1：')
    .replace(/(公网安备|ICP[备证])\s+(?=\d)/gu, '$1')
    // (session 14) The province's mark before ICP printed apart from it (X ICP备…号).
    .replace(/(?<=[\p{Script=Han}A-Z])\s+(?=ICP[备证]\s?\d)/gu, '')
    .split(/\s*[|｜·•]\s*|\s+/u)
    .filter((f) => f !== '');
  if (fields.length === 0 || fields.length > 10) return undefined;
  let marks = 0;
  let links = 0;
  let runBy = 0;
  for (const [i, field] of fields.entries()) {
    if (ZH_SITE_MARK.test(field)) marks++;
    else if (ZH_SITE_LINK.test(field)) links++;
    // 建议使用Chrome浏览器访问, 建议使用1920×1080分辨率浏览: the site's advice on how to view it.
    else if (/^(?:建议|推荐)(?:使用|采用)[^，。！？]{2,30}(?:浏览器|分辨率)[^，。！？]{0,10}$/u.test(field))
      marks++;
    else {
      const pair = /^(\p{Script=Han}{2,8})：([^：]{2,40})$/u.exec(field);
      // The owner after a copyright sign (版权所有 © 某某市人民政府) is the footer's too.
      const owner =
        i > 0 &&
        /^(?:©|版权所有|Copyright)$/iu.test(fields[i - 1]!) &&
        /^[\p{Script=Han}A-Za-z]{2,30}$/u.test(field);
      if (pair && ZH_SITE_LABEL.test(pair[1]!) && !/[。！？，,]/u.test(pair[2]!)) runBy++;
      else if (!owner && !/^(?:©|版权所有|Copyright)$/iu.test(field)) return undefined;
    }
  }
  if (marks > 0 || (links >= 2 && runBy === 0)) return { kind: 'furniture', what: 'site footer' };
  // (主办单位：… alone is read as the issuer's label line, as before)
  const issuer = runBy === 1 && fields.length === 1 && ZH_ISSUER_LABEL.test(fields[0]!.split('：')[0]!);
  return runBy >= 1 && !issuer ? { kind: 'furniture', what: 'site footer fields' } : undefined;
}

/** A column's tag between bars, or an e-paper page's header: the page number, the column, the date, the paper. */
function ePaperHeader(text: string): FurnitureLine | undefined {
  // ｜科技·观察｜, | 观察 |: a column's name set between bars.
  if (/^[|｜]\s?[\p{Script=Han}A-Za-z·]{2,12}\s?[|｜]$/u.test(text))
    return { kind: 'furniture', what: 'column tag' };
  const tokens = text.split(/\s*[|｜]\s*|\s+/u).filter((t) => t !== '');
  if (tokens.length < 2 || tokens.length > 6) return undefined;
  let published: string | undefined;
  let page = false;
  let source: string | undefined;
  for (const t of tokens) {
    const date = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$/u.test(t) ? parseDate(t) : undefined;
    if (date && !published) published = date;
    else if (/^(?:(?:第\s?)?[A-Z]?\d{1,3}\s?版|[A-Z]\d{1,2})(?:[:：][\p{Script=Han}·]{2,10})?$/u.test(t))
      page = true;
    // A bare page number (06, A3) says it is one only beside bars or padded like a page's.
    else if (/^(?:0\d|[A-Z]\d{1,2})$/u.test(t) || (/^\d{1,2}$/u.test(t) && /[|｜]/u.test(text))) page = true;
    else if (/^(?:星期|周)[一二三四五六日天]$/u.test(t)) continue;
    else if (/^[\p{Script=Han}·]{2,10}$/u.test(t)) {
      if (/(?:报|刊|周刊|杂志)$/u.test(t) && ZH_ORG.test(t)) source ??= t;
    } else return undefined;
  }
  if (!published || !page) return undefined;
  const meta: ArticleMeta = { published };
  if (source) meta.source = source;
  return { kind: 'meta', meta, what: 'page header' };
}

// (zhPaywall's way in, built once rather than on every line it reads)
const ZH_PAYWALL_OBJECT = '(?:全文|完整(?:内容|版|报告|文章)?|剩余(?:内容|部分)?|更多(?:内容)?)';
const ZH_PAYWALL_WAY = new RegExp(
  `^(?:请)?(?:(?:(?:订阅|开通|成为|加入|购买|升级|登录|注册)[^，。！？]{0,14}?(?:后|即可|可|以)?|(?:付费|订阅|会员)(?:后)?(?:即可|可)?)(?:继续)?(?:阅读|查看|解锁|获取|收听)${ZH_PAYWALL_OBJECT}?|(?:即可)?(?:继续)?(?:阅读|查看|解锁)${ZH_PAYWALL_OBJECT})$`,
  'u',
);

/**
 * A paywall's note where the free part ends (以上为免费内容，订阅某某会员阅读全文; 剩余80%内容，付费后即可查看): every clause
 * the page speaking of its own access, never the story's.
 */
function zhPaywall(text: string): boolean {
  const clauses = text
    // (sealed12, zh) A promo's link arrow after it (开通某某会员，畅享全部深度内容 >>).
    .replace(/\s*(?:>{1,3}|»|》》|→|➡️?)\s*$/u, '')
    .replace(/^[-—–=·•\s*]+|[-—–=·•\s*]+$/gu, '')
    .split(/\s*[，,。！!；;]\s*/u)
    .filter((c) => c !== '');
  if (clauses.length === 0 || [...text].length > 50) return false;
  // What is free or paid for, and the way in (订阅…阅读全文, 付费后即可查看, 开通会员): the way in must be said.
  const paid =
    /^(?:以上(?:为|是)?(?:免费|试读|预览|公开)(?:内容|部分)|(?:免费)?试读(?:部分|内容)?(?:已)?结束|点击(?:购买|订阅|开通)[^，。！？]{0,8}|(?:本文|本篇|该文|此文|全文|剩余内容|剩余部分|以下内容|以下)(?:为|系|属|需)?(?:付费|会员)(?:专享|专属|可见)?(?:内容|阅读|文章)?|剩余\s?\d{1,2}\s?%\s?(?:的)?(?:内容|部分)?(?:需)?(?:付费|订阅)?(?:阅读|查看|解锁)?|会员专享(?:内容)?|(?:请)?(?:订阅|开通|成为|加入|购买|升级为?)[^，。！？]{0,10}(?:会员|VIP|订阅用户|付费用户|专栏))$/u;
  const way = ZH_PAYWALL_WAY;
  // (sealed12, zh) What membership brings, beside a clause that names it (开通某某会员，畅享全部深度内容).
  const perk =
    /^(?:即可|可|立即|马上)?(?:畅享|尊享|享受|畅读|解锁)(?:全部|全站|更多|海量|所有|独家|无限)?[^，。！？]{0,6}(?:内容|文章|报道|资讯|权益|服务|特权)$/u;
  const member = clauses.some((c) => /会员|VIP|订阅/u.test(c) && paid.test(c));
  return (
    clauses.every((c) => paid.test(c) || way.test(c) || (member && perk.test(c))) &&
    clauses.some((c) => way.test(c) || /付费|会员(?:专享|专属|可见)/u.test(c) || (member && perk.test(c)))
  );
}

/**
 * What a page says of its pictures or the whole piece at its foot, clause by clause (本文由某某编辑部整理，图片除署名外均
 * 来自某某; 部分图片来源于网络，如有侵权请联系删除): who put it together, where the pictures came from, the takedown note.
 */
function zhPieceNote(text: string): boolean {
  const clauses = text.split(/\s*[，,。；;]\s*/u).filter((c) => c !== '');
  if (clauses.length === 0 || [...text].length > 80) return false;
  const compiled =
    /^(?:本文|本稿|本期|本版|本栏目|以上内容|文中内容)(?:内容)?(?:均)?由[^，。！？（()）]{2,24}(?:整理|编译|综合整理|综合|编辑|汇编|供稿|编写|撰写)(?:而成)?$/u;
  // A note for the piece's pictures as a whole (除署名外, 本文图片, 部分图片), not one picture's credit.
  const pictures =
    /^(?:(?:本文|文中|本版|本期|部分|其余|其他)(?:图片|照片|配图)|(?:图片|照片|配图)(?=除署名外))(?:除署名外)?(?:均|皆|都)?(?:(?:由|来自|源自|来源于|取自)[^，。！？]{2,24}|(?:为|系)[^，。！？]{1,20}(?:摄|摄影|提供|供图|资料图片?|拍摄))$/u;
  const takedown =
    /^(?:如有侵权|若有侵权|如涉及版权)[^，。！？]{0,4}(?:请)?(?:联系|告知)[^，。！？]{0,8}(?:删除|处理)$/u;
  return (
    clauses.every((c) => compiled.test(c) || pictures.test(c) || takedown.test(c)) &&
    clauses.some((c) => pictures.test(c))
  );
}

/**
 * A portal's font-size bar (【字体：大 中 小】, 字号：[ 大 中 小 ]), alone or before the page's buttons or fields; (session
 * 11) the colon may be left out (字号 大 中 小).
 */
const ZH_FONT_BAR =
  /[【[［]?\s?字(?:体|号|级)(?:大小)?\s?[:：]?\s?(?:[[【(（［]?\s?(?:特大|超大|较大|大|中|小|默认|标准|A\+|A-|A)\s?[\]】)）］]?\s?){2,5}[】\]］]?/u;
const ZH_BUTTONS =
  /^(?:[|｜·\s]*[【[［]?(?:打印|打印本页|打印此页|关闭|关闭窗口|收藏|分享|纠错|我要纠错|保存|返回顶部)[】\]］]?)+[|｜·\s]*$/u;

const ZH_FONT_BAR_AFTER = new RegExp(`^(.*\\S)[\\s\\u3000]+(${ZH_FONT_BAR.source}.*)$`, 'u');

/**
 * (session 11) A font-size row run on after a CMS line's fields (来源：某某平台　2026-06-03 09:12　字号 大 中 小), maybe
 * with the page's buttons after it: the buttons are dropped, the fields read.
 */
function withoutFontRow(line: string): string {
  const m = ZH_FONT_BAR_AFTER.exec(line);
  if (!m) return line;
  const rest = m[2]!.replace(ZH_FONT_BAR, ' ').trim();
  if (rest === '' || ZH_BUTTONS.test(rest)) return m[1]!;
  // (session 15) Or between the fields (来源：某某局　【字体：大 中 小】　浏览次数：1167): the fields on both sides are read.
  return /^[\p{Script=Han}]{1,6}\s*[:：]/u.test(rest) ? `${m[1]!} ${rest}` : line;
}

/**
 * (session 11) A paper's masthead bar over its story: the outlet, its section, the date and time (某某时报 ｜ 地方 ｜
 * 2026/05/12 14:35, 某某日报｜国际｜2026-05-12). Bars set the fields apart; the outlet's name ends as a paper's does and
 * is the source.
 */
export function zhMastheadBar(text: string): FurnitureLine | undefined {
  const fields = text.split(/\s*[|｜]\s*/u).filter((f) => f !== '');
  if (fields.length < 2 || fields.length > 4) return undefined;
  const outlet = fields[0]!;
  const date = fields.at(-1)!;
  if (!/^[\p{Script=Han}A-Za-z0-9·]{1,12}(?:日报|晚报|早报|时报|商报|周报|周刊|新闻网|报)$/u.test(outlet))
    return undefined;
  if (!ZH_BAR_DATE.test(date) || !fields.slice(1, -1).every((f) => /^\p{Script=Han}{1,6}$/u.test(f)))
    return undefined;
  const published = parseDate(date);
  return published ? { kind: 'meta', meta: { source: outlet, published }, what: 'masthead bar' } : undefined;
}

/** A page's own lines in Chinese that no field label names: its header and footer, a paywall, a font bar, a jump. */
export function zhPageChrome(text: string): FurnitureLine | undefined {
  const row = zhBoardOrReportLine(text);
  if (row) return row;
  // Alone on its line the jump needs no brackets: 下转第7版, 转A3版.
  if (
    ZH_JUMP_ALONE.test(text) ||
    /^(?:下转|上接|转|接|紧接)(?:第\s?)?(?:[A-Z]?\d{1,3}|[一二三四五六七八九十]{1,3})\s?版$/u.test(text)
  )
    return { kind: 'furniture', what: 'jump line' };
  if (ZH_FONT_BAR.test(text)) {
    const rest = text.replace(ZH_FONT_BAR, ' ').trim();
    if (rest === '' || ZH_BUTTONS.test(rest)) return { kind: 'furniture', what: 'page links' };
  }
  if (zhPaywall(text) || zhPaywallOffer(text)) return { kind: 'furniture', what: 'paywall note' };
  const nav = zhPageNav(text);
  if (nav) return nav;
  if (zhPieceNote(text)) return { kind: 'furniture', what: 'picture rights note' };
  return ePaperHeader(text) ?? zhSiteFooter(text);
}

// (sealed14, zh) A page's links to its neighbours and its own navigation: the previous and next items of a campus or
// government list (上一条：某某通知, 【下一篇】某某活动, 上一則：…, 下一篇：没有了), a pager (上一页 1 2 3 下一页, 共3页 第1页,
// 第 1 页 / 共 5 页), a row of the page's buttons (返回列表, [打印本页] [关闭窗口], 列印 转寄 字级). The neighbour's title
// follows a colon or a bracket and has no sentence in it; 上一篇报道中…, 下一页纸上… are text.
const ZH_SIBLING = '(?:上|下|前|后)一?(?:篇|条|则|页|章|节|张)(?:文章|新闻|信息|内容|稿件)?';
const ZH_SIBLING_LINK = new RegExp(
  `^(?:[【[［]${ZH_SIBLING}[】\\]］]\\s?[:：]?|${ZH_SIBLING}\\s?[:：])\\s?([^。！？!?]{0,80})$`,
  'u',
);
const ZH_NAV_WORD =
  /^(?:分享|分享到|首页|尾页|末页|上一?页|下一?页|前一页|后一页|上一篇|下一篇|上一条|下一条|返回|返回(?:上一?页|列表|首页|顶部|目录|栏目|前页)|关闭|关闭(?:窗口|本页|页面)|打印|打印(?:本页|此页|文章|页面)|列印|转寄|字级|收藏|加入收藏|更多|查看更多|加载更多|点击加载更多|跳转|转到|登录|登入|注册)$/u;
const ZH_PAGER_FIELD =
  /^(?:共\s?\d{1,4}\s?(?:页|条|篇)|第\s?\d{1,4}\s?页|\d{1,4}|[…<>«»‹›/／]|\.{2,3}|GO|Go|go)$/u;

const ZH_SIBLING_SPLIT = new RegExp(`\\s+(?=[【[［]?${ZH_SIBLING}[】\\]］]?\\s?[:：])`, 'u');

function zhPageNav(text: string): FurnitureLine | undefined {
  // Two neighbours on one line (上一篇：…　下一篇：…) are read one by one.
  const parts = text.split(ZH_SIBLING_SPLIT);
  if (parts.every((p) => ZH_SIBLING_LINK.test(p))) return { kind: 'furniture', what: 'share or print links' };
  const fields = text
    .replace(/(第|共)\s*(\d{1,4})\s*(页|条|篇)(?:记录|信息|新闻|文章)?/gu, '$1$2$3')
    .replace(/第\s*(\d{1,4})\s*[/／]\s*\d{1,4}\s*页/gu, '第$1页')
    .split(/[\s|｜·/／]+/u)
    .map((f) => f.replace(/^[【[［<«‹]+|[】\]］>»›]+$/gu, '').trim())
    .filter((f) => f !== '');
  if (fields.length === 0 || fields.length > 16) return undefined;
  const words = fields.filter((f) => ZH_NAV_WORD.test(f)).length;
  const pager = fields.filter((f) => /^(?:共|第)\s?\d/u.test(f)).length;
  if (words + pager > 0 && fields.every((f) => ZH_NAV_WORD.test(f) || ZH_PAGER_FIELD.test(f)))
    return { kind: 'furniture', what: 'share or print links' };
  return undefined;
}

// (zhPaywallOffer's patterns, built once rather than on every line it reads)
const ZH_OFFER_READER =
  '(?:订户|订阅户|订阅者|订阅用户|会员|付费会员|付费用户|VIP(?:会员)?|登录用户|注册用户)';
// The way in: 立即订阅, 请登入, 立即开通会员, 请先购买, 订阅后即可阅读全文, 请登录会员后继续阅读, 免费注册即可阅读全文.
const ZH_OFFER_ACT =
  '(?:(?:登录|登入)(?:或|及|/|／)?注册|注册(?:或|及|/|／)?(?:登录|登入)|订阅|登录|登入|注册|购买|开通会员|开通VIP|成为会员|加入会员|升级会员)';
const ZH_OFFER_READ =
  '(?:阅读|查看|浏览|收听|收看|解锁)(?:全文|完整(?:内容|文章|报道)|剩余(?:内容|部分)|(?:全部|所有|更多)(?:内容|文章|报道))?';
const ZH_OFFER = {
  // The piece kept for them: 此内容只限订户阅读, 本内容仅限付费会员阅读, 以下内容仅供订户阅读, 此文章为付费内容.
  kept: new RegExp(
    `^(?:此|本|该|以下|全|剩余)?(?:内容|文章|文|篇|报道|部分)?(?:(?:只|仅)(?:限|供|对)(?:于)?${ZH_OFFER_READER}(?:阅读|查看|浏览|收看|收听|开放)?|(?:为|是|属|系)(?:付费|会员|订户|订阅)(?:专属|专享|独家)?(?:内容|文章|报道))$`,
    'u',
  ),
  // Reading on, said alone after the way in (注册登录后，查看完整内容; 立即登入，阅读全文; 解锁全文).
  readOn: new RegExp(`^(?:即可|可|立即)?(?:免费)?(?:继续)?${ZH_OFFER_READ}$`, 'u'),
  way: new RegExp(
    `^(?:请|请先|立即|马上|现在|免费)?${ZH_OFFER_ACT}(?:${ZH_OFFER_READER}|数码版|电子版|[^，。！？]{0,4}(?:版|套餐|计划))?(?:后|以|即可|后即可|后可|可)?(?:免费)?(?:继续)?(?:${ZH_OFFER_READ})?$|^(?:剩余内容|全文|以下内容)(?:需|须)${ZH_OFFER_ACT}后?${ZH_OFFER_READ}$`,
    'u',
  ),
  asked: new RegExp(`^(?:已是|已经是|已有)${ZH_OFFER_READER}(?:账号|帐号)?$|^(?:想|欲)?继续阅读$`, 'u'),
  read: new RegExp(ZH_OFFER_READ),
};

/**
 * (sealed14, zh) A paywall's note that says who may read on and what it costs (此內容只限訂戶閱讀。立即訂閱，首月只需$10。,
 * 本文为会员专属内容，请登录后继续阅读, 已是订户？请登入): every clause the page's own — the piece kept for subscribers or
 * members, the way in, the offer's price, the free reads left — and one of them naming who may read or the way in.
 */
function zhPaywallOffer(text: string): boolean {
  if ([...text].length > 60) return false;
  const clauses = text
    .replace(/\s*(?:>{1,3}|»|→)\s*$/u, '')
    // (session 14) set between dashes as a divider: ——以下内容需登录后阅读——
    .replace(/^[-—–=·•\s]+|[-—–=·•\s]+$/gu, '')
    .split(/\s*[，,。！!？?；;]\s*/u)
    .filter((c) => c !== '');
  if (clauses.length === 0) return false;
  const { kept, readOn, way, asked } = ZH_OFFER;
  // The offer: 首月只需$10, 首三个月每月只需$38, 首年仅需198元, 每月只需HK$58, 仅需1元.
  const offer =
    /^(?:限时优惠[:：]?)?(?:首月|首年|首季|首周|首[一二三四五六两\d]个?月|每月|每年|月费|年费|全年)?(?:每月)?(?:只需|仅需|只要|低至|仅)(?:HK|NT|US|RMB)?[$¥￥]?\s?\d+(?:\.\d+)?(?:元|港元|港币|美元|蚊)?(?:起)?$/u;
  // The free reads left: 您已阅读30%, 你今个月尚余2篇免费文章, 您本月还可免费阅读3篇文章, 全文共3200字.
  const quota =
    /^(?:您|你)?(?:已(?:免费)?阅读\s?\d{1,3}\s?%|(?:今个月|本月|这个月|今月)(?:尚余|还剩|仅剩|还可|尚可)(?:免费阅读)?\s?\d{1,3}\s?篇(?:免费)?(?:文章|内容)?)$|^全文共\s?\d{2,6}\s?字$/u;
  const perk =
    /^(?:即可|可)?(?:无限|畅|尊享|畅享|解锁)(?:阅读|读|浏览)?(?:全部|全站|所有|更多|海量)?(?:文章|内容|报道)$/u;
  const seen = { kept: 0, way: 0, other: 0 };
  for (const c of clauses) {
    if (kept.test(c) || quota.test(c)) seen.kept++;
    else if (way.test(c) || asked.test(c) || (readOn.test(c) && /^(?:立即)?解锁/u.test(c))) seen.way++;
    else if (offer.test(c) || perk.test(c) || (readOn.test(c) && c !== '阅读' && c !== '查看')) seen.other++;
    else return false;
  }
  // A clause keeping the piece or counting the free reads decides; the way in with a price, a perk or the reading
  // after it (立即订阅，首月仅需9.9元); alone, the way in must name the reading (登录后阅读全文), not a bare 登录.
  return seen.kept > 0 || (seen.way > 0 && (clauses.length > 1 || ZH_OFFER.read.test(text)));
}

// (sealed13) A forum thread's and a blog's post headers. A floor names a reply's place in the thread (沙发, 板凳 and 地板
// are the second, third and fourth; 5楼, #5, 5# any); 楼主 is the thread's first post (and, after a floor, its author
// replying). The thread's buttons and counters may follow on the same line.
const FORUM_FLOOR = '(?:楼主|沙发|板凳|地板|地下室|第?\\d{1,5}\\s?(?:楼|层|F|#)|#\\d{1,5})';
const FORUM_POSTED = '(?:发表于|发布于|发帖于|回复于|发表在|回帖于)';
const FORUM_DATE = '\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s?\\d{1,2}:\\d{2}(?::\\d{2})?)?';
const FORUM_BUTTON =
  '(?:只看(?:该作者|楼主|他|她|TA)|倒序(?:浏览|看帖)|正序(?:浏览|看帖)|阅读模式|电梯直达|显示全部楼层|打印|引用|(?:阅读|查看|浏览|回复|点击|人气|收藏|点赞)\\s?[:：]?\\s?\\d+(?:\\.\\d+)?[万千kK]?)';
const FORUM_HEADER = new RegExp(
  `^(?:(${FORUM_FLOOR})(?:\\s?[:：]\\s?|\\s))?(?:([^\\s|｜:：，。！？,]{1,20})\\s)?${FORUM_POSTED}\\s?(${FORUM_DATE})((?:\\s${FORUM_BUTTON})*)$`,
  'u',
);

/**
 * (session 11) A forum reply's floor alone on its line, the way a board prints it over each reply (2#, #12, 3楼, 5F):
 * the thread's numbering, never text. Read before the language is chosen: the mark has no Chinese character in it.
 */
export function forumFloorAlone(text: string): boolean {
  return /^(?:\d{1,5}\s?(?:#|楼|F)|#\d{1,5})$/u.test(text);
}

/**
 * A forum's or a blog's post header: the poster (a handle, any letters; 楼主 alone names no one), the date, and the
 * thread's buttons. `floor` when the header numbers a reply (沙发, 2楼); whether it opens the thread or a reply is
 * for the page to say: at the top it is the post's, under the post's text it starts the replies.
 */
export function forumPostHeader(text: string): FurnitureLine | undefined {
  const m = FORUM_HEADER.exec(text.replace(/\s*[|｜]\s*/gu, ' ').trim());
  if (!m) return undefined;
  const [, floor, handle] = m;
  const published = parseDate(m[3]!);
  if (!published) return undefined;
  const line: Extract<FurnitureLine, { kind: 'meta' }> = {
    kind: 'meta',
    meta: { published },
    what: floor && floor !== '楼主' ? 'forum reply header' : 'forum post header',
  };
  if (handle && handle !== '楼主' && !FORUM_BUTTON_RE.test(handle))
    line.byline = { raw: text, names: [handle] };
  return line;
}
const FORUM_BUTTON_RE = new RegExp(`^${FORUM_BUTTON}$`, 'u');

/**
 * A post header's names before its date: the account that posted it last, the writer before it when the page prints
 * one (原创 某某 某某公众号, 原创 文/某某 某某公众号). A bare writer field is often the account again or a desk
 * (某某发布 某某发布, 某某编辑部, 某某二院), so only a labelled writer or a short personal name is read as one.
 */
/**
 * (session 10) An app's promotion line: short calls with no sentence's full stop, the app named with what it gives
 * away (不用抽，不用抢！现在用APP看新闻，保证天天中奖; 下载客户端，天天领红包！). A sentence about apps ends in 。.
 */
export function zhAppPromo(text: string): boolean {
  return (
    [...text].length <= 40 &&
    !/[。？?“”「」"]/u.test(text) &&
    /(?:用|下载|打开|登录|登入|安装)[“「《]?[\p{Script=Han}A-Za-z]{0,8}(?:APP|App|app|客户端)/u.test(text) &&
    /抽奖|中奖|好礼|红包|大奖|奖品|奖金|领奖|礼券|礼品|抽(?![象查样取烟血调空出离签])|免费领|天天领|送[\p{Script=Han}]{0,4}(?:礼|券|卡)/u.test(
      text,
    )
  );
}

/**
 * (session 10) A news page's field bar opened by the site or the body that posts it, with its office, before the date
 * (某某大学新闻网 2026-05-08 作者：某某学院 某某, 某某市第三人民医院 宣传科 2026-05-08 10:20): the site is the source.
 */
export function zhOutletFieldBar(text: string): FurnitureLine | undefined {
  const m =
    /^([\p{Script=Han}A-Za-z0-9·]{2,20})(?:\s(\p{Script=Han}{2,12}))?\s(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s.*)?)$/u.exec(
      text,
    );
  if (!m) return undefined;
  const site = m[1]!;
  const outlet =
    zhOutletBeforeRole(site) || /^\p{Script=Han}{2,16}(?:医院|大学|学院|新闻网|官网|发布)$/u.test(site);
  if (!outlet || (m[2] && !ZH_DESK.test(m[2]) && !ZH_CLINIC_DEPT.test(m[2]))) return undefined;
  const rest = furnitureLine(m[3]!);
  if (rest?.kind !== 'meta' || !rest.meta.published || rest.meta.source) return undefined;
  return { ...rest, meta: { source: site, ...rest.meta } };
}

/** A post header's marks dropped: a link's text kept without its address, an italic or bold run without its stars. */
export function zhPostHeaderUnmarked(text: string): string {
  if (!/^(?:原创|转载|首发)?\s?\p{Script=Han}/u.test(text) || !/[*[]/u.test(text)) return text;
  return text
    .replace(/\[([^[\]]{1,30})\]\((?:javascript:[^\s()]*(?:\(\d?\))?;?|[^\s()]*)\)/gu, '$1')
    .replace(/(\*{1,2})([^*\n]{1,40})\1/gu, '$2')
    .replace(/\s+/gu, ' ')
    .trim();
}

const ZH_STAMPED = '(\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s\\d{1,2}:\\d{2}(?::\\d{2})?)?)';
const ZH_FILED_BRACKET = '([〔【［\\[（(][^〔【［\\[（()）\\]］】〕]{4,40}[〕】］\\]）)])';
const ZH_STAMP_THEN_FILED = new RegExp(`^${ZH_STAMPED}\\s?${ZH_FILED_BRACKET}$`, 'u');
const ZH_FILED_THEN_STAMP = new RegExp(`^${ZH_FILED_BRACKET}\\s?${ZH_STAMPED}$`, 'u');

/** A date stamp (and time) and a Taiwan reporter's bracket on one line, in either order; undefined for any other. */
export function zhStampAndFiledByline(text: string): FurnitureLine | undefined {
  const first = ZH_STAMP_THEN_FILED.exec(text);
  const last = first ? undefined : ZH_FILED_THEN_STAMP.exec(text);
  const [stamp, bracket] = first ? [first[1]!, first[2]!] : last ? [last[2]!, last[1]!] : [];
  if (!stamp || !bracket) return undefined;
  const published = parseDate(stamp);
  const filed = zhFiledFrom(unbracket(bracket));
  const found = filed ? parseBylineLine(bracket) : undefined;
  if (!published || !found) return undefined;
  return { kind: 'meta', meta: { published }, byline: found.byline, what: 'date and byline' };
}

export function postHeader(names: string[], published: string): FurnitureLine {
  const line: Extract<FurnitureLine, { kind: 'meta' }> = {
    kind: 'meta',
    meta: { published },
    what: 'post header',
  };
  const labelled = names.findIndex((n) => /^(?:文|作者|撰文)\s*[/／:：|｜]\s*\S/u.test(n));
  const account = names.filter((_, i) => i !== labelled).at(-1);
  // (session 13) 编辑于 / 发布于 before the date says when, not whose (编辑于 2026-02-18 23:41).
  if (account && !/[/／:：|｜]/u.test(account) && !/^(?:编辑|发布|发表|修改|更新)于$/u.test(account))
    line.meta.source = account;
  // (session 10) The writer's department before the writer (原创 眼科 某某 某某医院): where they work.
  const people = names.filter(
    (n, i) => !(i === 0 && names.length === 3 && (ZH_CLINIC_DEPT.test(n) || ZH_DESK.test(n))),
  );
  const writer =
    labelled >= 0
      ? names[labelled]!.replace(/^(?:文|作者|撰文)\s*[/／:：|｜]\s*/u, '')
      : people.length === 2 &&
          people[0] !== people[1] &&
          /^\p{Script=Han}{2,3}$/u.test(people[0]!) &&
          !/[社网报台部院局委办号厅处会站馆所室队组]$/u.test(people[0]!)
        ? people[0]
        : undefined;
  const found = writer ? zhNames(writer, false) : undefined;
  if (found) line.byline = { raw: writer!, names: found };
  return line;
}

// (session 11, zh) A share row's networks and a page's buttons beside a font-size bar (字级：小 中 大　列印　分享：Facebook
// LINE X): every field the page's own.
const ZH_SHARE_NETWORK =
  /^(?:Facebook|FB|LINE|Line|X|Twitter|Threads|Plurk|Instagram|IG|WhatsApp|Telegram|Weibo|WeChat|Email|E-mail|email|微信|微博|新浪微博|朋友圈|QQ|QQ空间|豆瓣|复制链接|复制连结|邮件|电邮|脸书|推特)$/u;
const ZH_SHARE_LABEL = /^(?:分享|分享到|分享至|转寄|转发到|转发至)\s?[:：]\s?/u;

function zhShareOrFontRow(text: string): boolean {
  const font = ZH_FONT_BAR.test(text);
  const rest = text.replace(ZH_FONT_BAR, ' ').trim();
  const fields = rest
    .split(/\s+/u)
    .flatMap((f) => {
      const label = ZH_SHARE_LABEL.exec(f);
      return label ? ['分享', f.slice(label[0].length)] : [f];
    })
    .map((f) => f.replace(/^[【[［]|[】\]］]$/gu, ''))
    .filter((f) => f !== '');
  const shared = ZH_SHARE_LABEL.test(rest) && fields.some((f) => ZH_SHARE_NETWORK.test(f));
  if (!font && !shared) return false;
  return fields.every((f) => ZH_NAV_WORD.test(f) || ZH_SHARE_NETWORK.test(f));
}

// (session 11, zh) A message board's record of a letter, row by row (信件编号 | XX202610270153, 办理单位 | 某某局, 信件状态 |
// 已办结): the letter's file, never its text. The label names the letter, its handling or its reply; the value is short.
const ZH_BOARD_FIELD =
  /^(?:(?:信件|来信|留言|诉求|工单|件|办件|事项|咨询|投诉|建议|提案)(?:编号|标题|主题|类型|类别|分类|状态|人|时间|日期|渠道|方式)|来信人|留言人|(?:办理|承办|答复|回复|处理|受理|转办)(?:单位|部门|机构|状态|结果|时间|日期|编号)|查询码|受理号|工单号|信件号)$/u;

// (session 11, zh) A rating widget under a reply (满意度评价：○满意　○基本满意　○不满意　【提交评价】): the page's form.
const ZH_RATING_LABEL =
  /^(?:满意度(?:评价|调查|测评)?|评价|服务评价|办理评价|答复评价|您对(?:本次)?(?:答复|回复|办理)(?:是否)?满意)$/u;
const ZH_RATING_CHOICE =
  /^[○●◯◎□■☐☑☒◉]\s?(?:非常满意|满意|比较满意|基本满意|一般|不太满意|不满意|非常不满意|很满意|很不满意)$/u;

/**
 * (session 11, zh) A research report's page furniture: the running notice at each page's foot (请务必阅读正文之后的免责声明
 * 部分) with or without the page counter (2 / 6), a counter alone, and the analysts' qualification statement.
 */
const ZH_REPORT_NOTICE =
  /^(?:请务必|敬请|请)(?:仔细)?(?:阅读|参阅|关注)(?:正文|报告|本报告)?(?:之?后|末尾|最后一页|最后|尾部|结尾|末页|后页)?(?:的|所附)?(?:免责声明|重要声明|法律声明|分析师声明|信息披露|特别声明)(?:及(?:其)?(?:免责声明|重要声明|法律声明|分析师声明|信息披露|特别声明))?(?:部分|内容|条款)?$/u;
const ZH_PAGE_COUNTER =
  '(?:\\d{1,3}\\s?[/／]\\s?\\d{1,3}|第\\s?\\d{1,3}\\s?页\\s?[/／,，]?\\s?共\\s?\\d{1,3}\\s?页|共\\s?\\d{1,3}\\s?页\\s?第\\s?\\d{1,3}\\s?页)';
const ZH_COUNTER_AFTER = new RegExp(`^(.*?\\S)\\s*(${ZH_PAGE_COUNTER})$`, 'u');
const ZH_COUNTER_BEFORE = new RegExp(`^(${ZH_PAGE_COUNTER})\\s*(\\S.*)$`, 'u');

/** The running notice, with the page counter before or after it (请务必阅读正文之后的免责声明部分　2 / 6). */
function zhReportFooter(text: string): boolean {
  const m = ZH_COUNTER_AFTER.exec(text) ?? ZH_COUNTER_BEFORE.exec(text);
  if (!m) return ZH_REPORT_NOTICE.test(text);
  const [notice, counter] = /^\d|^第|^共/u.test(m[1]!) ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
  if (/^\d/u.test(counter) && !pageOfPages(counter)) return false;
  return ZH_REPORT_NOTICE.test(notice.trim());
}
/** 2 / 6: a page of the report's pages (the first number no larger than the second), never a score or a date. */
function pageOfPages(text: string): boolean {
  const [a, b] = text.split(/\s?[/／]\s?/u).map(Number);
  return a! >= 1 && b! >= 2 && a! <= b! && b! <= 200;
}

/** The analysts' statement (分析师声明：本报告署名分析师具有…执业资格…): the report's compliance text. */
function zhAnalystStatement(text: string): boolean {
  const body = text.replace(/^\*\*([^*]{2,12})\*\*/u, '$1');
  if (/^(?:分析师|研究员|证券分析师|研究团队)(?:声明|承诺|简介)\s?[:：]/u.test(body)) return true;
  return (
    [...body].length <= 200 &&
    /^(?:本报告)?(?:署名|作者|撰写本报告的)?(?:分析师|研究员)[^。！？]{0,20}(?:具有|具备|取得)[^。！？]{0,30}(?:执业资格|从业资格)/u.test(
      body,
    )
  );
}

/** A message board's record row, its rating widget, a share or font row, a research report's footer lines. */
export function zhBoardOrReportLine(text: string): FurnitureLine | undefined {
  if (zhShareOrFontRow(text))
    return { kind: 'furniture', what: ZH_FONT_BAR.test(text) ? 'page links' : 'share or print links' };
  const analyst = zhAnalystLine(text);
  if (analyst) return analyst;
  if (zhLetterField(text, false)) return { kind: 'furniture', what: 'letter record' };
  const rating = /^([^:：]{2,16})[:：]\s?(.+)$/u.exec(text);
  if (rating && ZH_RATING_LABEL.test(rating[1]!.trim())) {
    const choices = rating[2]!
      .replace(/【[^【】]{2,8}】|\[[^[\]]{2,8}\]/gu, ' ')
      .split(/\s+|(?=[○●◯◎□■☐☑☒◉])/u)
      .filter((c) => c.trim() !== '');
    if (choices.length >= 2 && choices.every((c) => ZH_RATING_CHOICE.test(c.trim())))
      return { kind: 'furniture', what: 'rating widget' };
  }
  if (/^(?:【(?:提交|提交评价|评价|我要评价|确定|重置)】\s?)+$/u.test(text))
    return { kind: 'furniture', what: 'rating widget' };
  if (zhReportFooter(text)) return { kind: 'furniture', what: 'page footer' };
  if (zhAnalystStatement(text)) return { kind: 'furniture', what: 'disclaimer' };
  return undefined;
}

/** A research report's analyst's label (分析师：, 首席分析师：, 研究助理：): the report's writers. */
export const ZH_ANALYST_LABEL =
  /^(?:(?:首席|资深|高级|行业)?(?:证券)?分析师|研究助理|(?:首席|高级)?研究员)\s?[:：]/u;
const ZH_LICENCE_FIELD =
  '(?:(?:SAC)?执业证书编号|执业编号|证书编号|SAC编号|登记编号|邮箱|电子邮箱|电话|联系电话|Email|E-mail)\\s?[:：]\\s?[\\w@.+-]{3,40}';

const ZH_LICENCE_LINE = new RegExp(`^(?:${ZH_LICENCE_FIELD}\\s?)+$`, 'u');
const ZH_ANALYST_NAMES = new RegExp(
  `^(${ZH_ANALYST_LABEL.source.slice(1)})\\s?([\\p{Script=Han}·]{2,4}(?:[、，,\\s][\\p{Script=Han}·]{2,4}){0,3})((?:\\s+${ZH_LICENCE_FIELD})*)$`,
  'u',
);

/**
 * (session 11, zh) An analyst's line in a research report (分析师：某某　执业证书编号：S0000000000000, 研究助理：某某): the
 * names, with the licence number or the contact after them.
 */
function zhAnalystLine(text: string): FurnitureLine | undefined {
  if (ZH_LICENCE_LINE.test(text) && /执业|证书|SAC|登记/u.test(text))
    return { kind: 'furniture', what: 'licence line' };
  const m = ZH_ANALYST_NAMES.exec(text);
  if (!m) return undefined;
  const names = zhNames(m[2]!, false);
  if (!names) return undefined;
  return { kind: 'meta', meta: {}, byline: { raw: text, names }, what: 'analyst byline' };
}

/**
 * (session 11, zh) The analysts a research report lists line by line (分析师：某某 / 研究助理：某某): each line's names join
 * the byline the first analyst's line began; any other byline stays as it is.
 */
export function zhMoreAnalysts(byline: Byline | undefined, line: FurnitureLine): Byline | undefined {
  if (!byline || line.kind !== 'meta' || line.what !== 'analyst byline' || !line.byline) return byline;
  if (!ZH_ANALYST_LABEL.test(byline.raw)) return byline;
  const names = [...byline.names, ...line.byline.names.filter((n) => !byline.names.includes(n))];
  return { ...byline, names };
}

/**
 * (session 11, zh) A table row of a message board's letter record (| 信件编号 | XX… |, | 办理单位 | 某某局 |): the page's
 * file on the letter, lifted like the same field on a line of its own.
 */
export function zhLetterRecordRow(b: { kind?: string; text: string }): boolean {
  return b.kind === 'table-row' && zhLetterField(b.text.trim(), true);
}

/**
 * A letter's field: in the record's table any of its fields (办理单位 | 某某局, 来信时间 | …); on a line of its own only
 * the letter's number or state with a value of that shape (信件编号：XX2026…, 信件状态：已办结), since a service guide's
 * 办理时间：每周一至周五 is its text.
 */
function zhLetterField(text: string, inRecord: boolean): boolean {
  const row = /^([\p{Script=Han}]{2,8})\s?[|｜:：]\s?([^。！？|｜]{1,40})$/u.exec(text);
  if (!row || !ZH_BOARD_FIELD.test(row[1]!)) return false;
  if (inRecord) return true;
  return (
    /编号|号$|码$|状态$/u.test(row[1]!) &&
    /^(?:[A-Z]{0,6}[-_]?\d{6,20}|已办结|已回复|已答复|已受理|办理中|处理中|待处理|待受理|已转办|已签收|不予受理)$/u.test(
      row[2]!.trim(),
    )
  );
}

/**
 * (session 11, zh) A dateline's short name for the outlet (某某社 in （某某社记者某某台北3日电）) and the full name the page
 * prints elsewhere (某某通讯社 in its masthead or copyright): the same outlet when the short name keeps the full one's
 * first characters and its kind (社, 报, 网, 台), the letters in order. The full name is the source.
 */
export function zhShortOutlet(short: string, full: string): boolean {
  const s = [...short];
  const f = [...full];
  if (
    s.length < 2 ||
    s.length >= f.length ||
    !/^\p{Script=Han}+$/u.test(short) ||
    !/^\p{Script=Han}+$/u.test(full)
  )
    return false;
  if (s[0] !== f[0] || s.at(-1) !== f.at(-1) || !/[社报网台]/u.test(s.at(-1)!)) return false;
  let i = 0;
  for (const c of f) if (c === s[i]) i++;
  return i === s.length;
}
