// The words and shapes every reader of page furniture shares: roles, agencies, credit verbs, labels, dates.
import { remembered } from '../line-memo.ts';
import type { ArticleMeta, Byline } from '../types.ts';

export const SP = '[\\s\\u3000]';
/** Sentence punctuation inside a line: a line with these is prose, not a credit or a label. */
export const PROSE = /[。！？；]|[，,]\s*\S.*[，,]|(?<!\b\p{Lu})[.!?;](?=\s+\p{L})/u;
/** Sentence-final punctuation at the end of a line. */
export const FINAL = /[。！？!?…]["”’」』）)]*$/u;

// ---------------------------------------------------------------------------------------------------------
// Words: roles, agencies, credit verbs, furniture labels. Classes of words, not strings of an article.

/** Chinese reporter roles: 记者, 本报记者, 新华社记者, 特约记者, 通讯员, 实习生, 摄影记者, 撰稿 … */
export const ZH_ROLE =
  /^(?:[\p{Script=Han}]{0,10}?)(?:特约|见习|首席|驻\p{Script=Han}{1,4})?(?:记者|通讯员|实习生|摄影记者|摄影|撰稿人?|撰文|编译|编辑|报道员|主笔|评论员|整理|综合|综述|采写|报道)$/u;
/** Agencies and picture desks (zh and en): a credit or a wire source, never a person. */
const AGENCY_WORDS = [
  '新华社',
  '中新社',
  '中新网',
  '人民网',
  '央视网',
  '央视新闻',
  '人民视觉',
  '视觉中国',
  '东方IC',
  '图虫创意',
  '澎湃影像',
  '人民图片',
  '千图网',
  '全景网',
  '路透社',
  '美联社',
  '法新社',
  '彭博社',
  '共同社',
  '塔斯社',
  '中国日报',
  '人民日报',
  'CFP',
  'IC photo',
  'Getty Images',
  'Getty',
  'Reuters',
  'AP',
  'AFP',
  'EPA',
  'EPA-EFE',
  'Bloomberg',
  'Associated Press',
  'Agence France-Presse',
  'Xinhua',
  'Kyodo',
  'Shutterstock',
  'Alamy',
  'Unsplash',
  'iStock',
  'PA',
  'PA Media',
  'NurPhoto',
  'Sipa',
];
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const AGENCY = AGENCY_WORDS.map(escapeRe).join('|');
const AGENCY_RE = new RegExp(`(?:${AGENCY})`, 'i');
export const AGENCY_ONLY = new RegExp(`^(?:${AGENCY})(?:${SP}*(?:/|via|and|&)${SP}*(?:${AGENCY}))*$`, 'i');
/** A Chinese organisation name ending like one: 某某日报, 某某网, 某某社, 某某台, 某某研究院. */
export const ZH_ORG =
  /^[\p{Script=Han}A-Za-z0-9·]{2,20}(?:日报|晚报|早报|报社|时报|周刊|杂志|网|社|台|电视台|报|中心|研究院|公司|集团|局|委|部|厅|办)$/u;

/**
 * (session 11) The bracketed part heads of a court's case release or of an official release, alone on their line
 * (【基本案情】, 【案情简介】, 【裁判要旨】, 【典型意义】, 【法官说法】, 【法条链接】; Traditional read in Simplified): what the
 * part of the case says, by the words such releases name their parts with. A rumour check's tags (【网传】, 【真相】)
 * and a page's links (【打印】, 【相关阅读】) are none of them.
 */
export const ZH_BRACKET_PART_HEAD =
  /^[【［[]\s?(?:(?:基本|主要)?案情(?:简介|回顾|概要|摘要|介绍)?|(?:裁判|判决|处理|审理|调解|办理)(?:结果|要旨|要点|理由|观点|情况)|争议焦点|(?:典型|指导|示范|警示|参考)意义|(?:法官|检察官|律师|专家|法律)(?:说法|提示|提醒|点评|寄语|释法|解读|分析)|案例(?:评析|点评|启示|分析|解读|意义)|(?:法条|法律|相关法条|法规)链接|以案说法|(?:经验|主要|创新)做法|(?:工作|主要)成效|典型经验)\s?[】］\]]$/u;

/** Chinese credit verbs at the end of a credit: 某某 摄, 视觉中国供图, 某某 制图, 新华社发. */
const ZH_CREDIT_END = /(?:摄|摄影|供图|资料图片?|图片|制图|设计|绘|绘图|漫画|插画|视觉|配图|截图|图)$/u;
/** Chinese credit labels at the start: 图源：, 图片来源：, 制图：, 设计：, 漫画：, 摄影：, 图：. */
const ZH_CREDIT_LABEL =
  /^(?:图源|图片来源|图片|图|题图|头图|封面图?|首图|摄影|摄|制图|(?:海报|封面|版式|美术)?设计|漫画|插画|绘图|视觉|图文|视频|海报|供图|图表)[\s\u3000]*[:：/／|｜]/u;
/** What an English credit is for: photos, images, captions, graphics … (`Photo captions and images by …`). */
const EN_PICTURE_WORD =
  '(?:photo(?:graph)?s?|pics?|images?|pictures?|credits?|illustrations?|graphics?|video|chart|map|artwork|photo illustration|(?:photo )?captions?|photography)';
/** English credit labels: Photo: …, Image: …, Image source: …, Credit: …, Illustration by …, Photos and captions by … */
const EN_CREDIT_LABEL = new RegExp(
  // `Caption: …` labels the caption itself, not who made the picture.
  `^(?!(?:photo )?captions?\\s*:)(?:(?:top|above|main|lead|cover|header|staff|file|submitted|contributed|handout|pool|featured)\\s+)?${EN_PICTURE_WORD}(?:\\s+(?:credits?|sources?))?(?:\\s*(?:,|and|&)\\s*${EN_PICTURE_WORD}){0,3}\\s*(?::|：|\\s[-–—]\\s+(?=\\S)|by\\b|courtesy\\b|via\\b|(?:provided|submitted|supplied|contributed) by\\b)|^image source\\s*,\\s*\\S`,
  'i',
);
/** `(AP Photo/Jane Doe)`, `Jane Doe/Reuters`, `Jane Doe for The Times`, `Courtesy of …`, `… via Getty Images`. */
const EN_CREDIT_SHAPE = new RegExp(
  `^(?:\\(?(?:${AGENCY})\\s+Photo\\s*/|courtesy\\b|[\\p{L}.'’ -]{2,60}\\s*/\\s*(?:${AGENCY}|[\\p{Lu}][\\p{L}.,&' -]{1,40})(?:\\s*/\\s*(?:file(?: photo)?|pool|handout))?$|.{0,80}\\bvia\\s+(?:${AGENCY})\\b)`,
  'iu',
);
/** `Jane Doe for The New York Times`, `Getty Images for Gazette Media` (case-sensitive: the names are capitalised). */
const EN_CREDIT_FOR = new RegExp(
  `^(?:[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){1,3}|${AGENCY})\\s+for\\s+(?:[Tt]he\\s+)?[\\p{Lu}][\\p{L}.&'’-]*(?:\\s+(?:[\\p{Lu}][\\p{L}.&'’-]*|of|the|and|&)){0,5}$`,
  'u',
);

/** The inside of one pair of brackets around a whole string: `（某某 摄）` → `某某 摄`. */
export function unbracket(text: string): string {
  const m = /^[（(【[［〔](.*)[）)】\]］〕]$/u.exec(text);
  return m && !/[（()）]/u.test(m[1]!) ? m[1]!.trim() : text;
}

export const hanCount = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
/** The fields of a bar a page sets between `·`, `|` or `•` with spaces around (`Outlet · Section · Date`). */
export const barParts = (text: string): string[] => text.split(/\s+[·|•]\s+/u);
const countWords = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
// (a dozen readers count the same line's words: counted once a parse, line-memo.ts)
export const wordCount = (s: string) => remembered('wordCount', s, countWords);

/** A clock time as pages print it: 17:40, 9.05am, 10:32 a.m., 4 p.m. */
const CLOCK = String.raw`(?:\d{1,2}[:：]\d{2}(?::\d{2})?|\d{1,2}\.\d{2}\s?[ap]\.?\s?m\.?)(?:\s?[ap]\.?\s?m\.?)?|\d{1,2}\s?[ap]\.?\s?m\.?`;
const POST_TIME = new RegExp(
  // (the zone in capitals, as pages print it: `BST`, `ET`, `GMT+8`; a word after the time is something else)
  String.raw`^(?:(?:[Uu]pdated|[Pp]osted|[Pp]ublished|[Aa]dded|[Ll]ast updated)\s+(?:at\s+)?)?(?:${CLOCK})(?:\s?(?:[A-Z]{1,4}T|GMT|UTC|CET|CEST)(?:[+-]\d{1,2}(?::?\d{2})?)?)?(?:,?\s+(.+))?$`,
);

/** A whole line that only says when a post of a live page went up. */
export function postTime(text: string): boolean {
  const plain = text.replace(/^[*_]+|[*_]+$/g, '').trim();
  // (`3 hours ago` in words is a date line, read below; these are a feed's short forms)
  if (/^(?:just now|\d{1,3}\s?(?:s|m|h)\s+ago)$/i.test(plain)) return true;
  if (
    /^[【[（(]?(?:北京时间|更新于|更新时间[:：]?)?\s*(?:\d{1,2}[:：]\d{2}|\d{1,2}时\d{1,2}分)[】\]）)]?$/u.test(
      plain,
    )
  )
    return true;
  const m = POST_TIME.exec(plain);
  if (m === null) return false;
  if (m[1] === undefined) return true;
  // A date after the time (`12:05 GMT, 3 March`) belongs to the stamp too; the page's own `Updated …, 22 April
  // 2026` is its date line, read by the rules for those.
  return parseDate(m[1]) !== undefined && !/^(?:last )?updated\b/i.test(plain);
}

const AGENCY_DESK_CREDIT = new RegExp(`^(?:${AGENCY})\\s+(?:graphics|photos?|pictures|images|video)$`, 'i');

/** True when a whole line is a photo or graphic credit (zh or en), by shape. */
export function isCredit(raw: string): boolean {
  const text = unbracket(raw.trim());
  if (text === '' || text.length > 90) return false;
  // A credit naming several holders with semicolons (`Illustration: The Ledger; Getty Images`), which PROSE reads as
  // clauses, and an agency's picture or graphics desk (`Reuters Graphics`).
  if (
    /^(?:photo(?:graph)?s?|images?|illustrations?|graphics?|photo illustration)\s*:\s*[^.!?;:]{2,40}(?:;\s*[^.!?;:]{2,40}){1,3}$/i.test(
      text,
    ) ||
    AGENCY_DESK_CREDIT.test(text)
  )
    return true;
  if (PROSE.test(text) || /[。！？]$/u.test(text)) return false;
  if (AGENCY_ONLY.test(text)) return true;
  // (session 12) A picture from an archive or a collection (`Courier archive`, `The Hallam Museum collection`).
  if (
    /^(?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,3}\s+(?:archives?|collection)$/u.test(text)
  )
    return true;
  if (/\p{Script=Han}/u.test(text)) {
    if (hanCount(text) > 30) return false;
    // (session 14) A Taiwan or Hong Kong page's credit in brackets after its caption: who lent the picture
    // (（某某服務中心提供）, （受訪者提供）). Only in brackets: 某某提供 alone is a sentence's end as often.
    const lent = /^([^（()）由据]{2,16}?)\s?(?:提供|供圖)$/u.exec(text);
    if (lent && text !== raw.trim() && creditHolder(lent[1]!)) return true;
    // A credit with a note in brackets after it: 资料图（图源：网络）, 本报记者 某某 摄（资料图）.
    const noted = /^(.+?)[（(]([^（()）]{1,20})[）)]$/u.exec(text);
    if (
      noted &&
      isCredit(noted[1]!) &&
      (isCredit(noted[2]!) || /^(?:资料图片?|图源.*|摄于.*|资料)$/u.test(noted[2]!))
    )
      return true;
    // (session 10) A credit with the day the picture was taken after it, the year in the Republic's calendar on a
    // Taiwan paper (记者 某某摄 115年3月5日) or the common one (某某 摄 2026年3月5日, 某某摄 2026/3/5).
    const dated =
      /^(.+?)[\s\u3000]+(?:(?:1\d{2}|\d{4})年\d{1,2}月\d{1,2}日|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})$/u.exec(text);
    if (dated && /(?:摄|摄影|供图|提供)$/u.test(dated[1]!) && isCredit(dated[1]!)) return true;
    // A credit for several pictures: 图①②均为本报记者 某某摄, 以上图片均由受访者提供, 图片来自某某公司.
    if (
      /^(?:图\s*[①-⑳\d][①-⑳\d、，,]*|以上图片|本版图片|本文图片|文中图片|图片|照片)(?:除署名外)?(?:均|皆|都)?(?:(?:由|来自|源自)[^，。！？]{2,24}|(?:为|系)[^，。！？]{1,20}(?:摄|摄影|提供|供图|资料图片?|拍摄))$/u.test(
        text,
      )
    )
      return true;
    // Pictures made by software, and screenshots: AI生成图片, 图片由AI生成, 截图.
    if (/^(?:AI生成(?:图片|图像|配图)?|(?:图片|配图|图像)由\s*AI\s*(?:工具)?生成|截图|截屏)$/iu.test(text))
      return true;
    // 制图 某某, 图表：某某 — the label and a name, with a space instead of the colon.
    if (/^(?:制图|图表|摄影|漫画|插画|设计)[\s\u3000]+[\p{Script=Han}·]{2,8}$/u.test(text)) return true;
    if (/^[\p{Script=Han}·]{2,4}[\s\u3000]+作$/u.test(text)) return true;
    if (ZH_CREDIT_LABEL.test(text)) return true;
    // Where a picture came from, said in words or with a space for the colon: 图片来源于网络, 图片来源 视觉中国, 网络图片.
    if (/^(?:图片|配图|照片|图)(?:来源于|来源自|来自|源自|源于)[^，。！？\s]{2,20}$/u.test(text)) return true;
    if (/^(?:图片来源|图源)[\s\u3000]+[^，。！？]{2,20}$/u.test(text)) return true;
    // The picture's name before the label: 封面图来源：IC photo, 题图来源：视觉中国, 头图来自网络.
    if (
      /^(?:封面图?|题图|头图|首图|配图|文中图片|内文图片)(?:来源|来自|出处)[:：\s]*[^，。！？]{2,24}$/u.test(
        text,
      )
    )
      return true;
    if (/^网络(?:图片|配图|截图)$/u.test(text)) return true;
    // 来源：视觉中国 names a picture desk, which only sells pictures: a credit, not the story's source.
    if (
      /^来源[:：]\s*(?:视觉中国|东方IC|图虫创意|人民视觉|澎湃影像|人民图片|千图网|全景网|CFP|IC photo)$/iu.test(
        text,
      )
    )
      return true;
    // `某某 摄`, `新华社记者 某某 摄`, `视觉中国 资料图`, `受访者供图`, `某某/摄`, `白浪 设计`, `新华社发`.
    if (ZH_CREDIT_END.test(text)) {
      const head = text.replace(ZH_CREDIT_END, '').replace(/[\s\u3000/／]+$/u, '');
      if (
        head === '' ||
        /(?:图|资料)$/u.test(text) ||
        /[\s\u3000/／]$/u.test(text.slice(0, head.length + 1))
      ) {
        return head === '' ? /资料图|供图/u.test(text) : creditHolder(head);
      }
      // Glued: 视觉中国供图, 受访者供图, 新华社发 (only with an agency or an organisation before 发).
      return /(?:供图|资料图片?|摄)$/u.test(text) ? creditHolder(head) : false;
    }
    if (/^(?:新华社|中新社|[\p{Script=Han}]{2,8}社)发(?:[（(].*[）)])?$/u.test(text)) return true;
    // 图片由受访者提供, 照片由某某公司提供
    if (/^(?:图片|照片|图|配图|视频)(?:均)?由[^，。！？]{2,20}提供$/u.test(text)) return true;
    return false;
  }
  if (wordCount(text) > 14) return false;
  // A web address with a path (`… at acme.example/academy.`) is a link in a sentence, not `Name/Agency`.
  if (/[\p{L}\d-]\.[\p{L}]{2,}\/\S/u.test(text)) return false;
  // A picture desk's own words for where a picture came from: `File photo`, `Handout photo`, `Courtesy photo`.
  if (
    /^(?:file|handout|pool|submitted|contributed|courtesy|stock|staff|provided|supplied) (?:photo(?:graph)?|image|picture)s?$/i.test(
      text,
    )
  )
    return true;
  return (
    EN_CREDIT_LABEL.test(text) ||
    EN_CREDIT_SHAPE.test(text) ||
    // A collection that lends the picture: `Harrowgate University Archives`, `Orlund City Library Special Collections`.
    /^(?:[\p{Lu}][\p{L}'’.&-]*\s+){1,5}(?:Archives?|Special Collections|Collection|Photo Library|Picture Library)$/u.test(
      text,
    ) ||
    EN_CREDIT_FOR.test(text) ||
    /\bIC photo\b/i.test(text)
  );
}

/** Who a credit names: a person, a role + person, an agency, an organisation, 受访者, or a short mix of them. */
function creditHolder(head: string): boolean {
  const parts = head
    .split(/[\s\u3000/／、,，]+/u)
    .filter((p) => p !== '')
    // 王　芳: a two-character name padded with a space.
    .reduce<string[]>((out, p) => {
      const last = out.at(-1);
      if (last !== undefined && /^\p{Script=Han}$/u.test(p) && /^\p{Script=Han}$/u.test(last))
        out[out.length - 1] = last + p;
      else out.push(p);
      return out;
    }, []);
  if (parts.length === 0 || parts.length > 5) return false;
  return parts.every(
    (p) =>
      AGENCY_RE.test(p) ||
      ZH_ROLE.test(p) ||
      ZH_ORG.test(p) ||
      /^[\p{Script=Han}·]{2,10}$/u.test(p) ||
      /^[\p{Lu}][\p{L}.'’-]*$/u.test(p) ||
      /^(?:资料|受访者|网络|本报|本刊|作者)$/u.test(p),
  );
}

/** A photo caption's own shape: 图为…, 上图：…, 图①…, Above: … (a caption may also be any short line before a credit). */
export function isCaptionShape(text: string): boolean {
  return (
    /^(?:图为|(?:上|下|左|右|中|首|题)图[:：]|图\s*[①-⑳\d]+|图[:：])/u.test(text.trim()) ||
    /^(?:above|below|pictured|top|left|right|main image|(?:from )?left to right|from left|clockwise from (?:top )?left|file photo)\s*[:：]/i.test(
      text.trim(),
    ) ||
    // BBC-style exports spell the caption's label out: `Image caption, Workers at the plant …`.
    /^(?:image|media|video) caption\s*[,:：]\s*\S/i.test(text.trim())
  );
}

/**
 * A caption and its credit on one line: `……现场。本报记者 某某 摄`, `……（新华社记者 某某 摄）`,
 * `Workers at the plant on Tuesday. Photo: Jane Doe/Reuters`, `… (AP Photo/Jane Doe)`.
 */
export function splitCaptionCredit(raw: string): { caption: string; credit: string } | undefined {
  const text = raw.trim();
  // A trailing bracket: （某某 摄）, (AP Photo/Jane Doe), (Photo: …).
  const bracket = /^(.*\S)\s*([（(][^（()）]{2,80}[）)])$/u.exec(text);
  if (bracket && isCredit(bracket[2]!)) {
    const inner = unbracket(bracket[2]!);
    // 新华社发（某某 摄）: the bracket belongs to a credit that starts before it.
    const before = bracket[1]!;
    // The agency's name starts after the caption's last sentence end or space: `……灵巧手。新华社发（某某 摄）`.
    const glued =
      /(?:^|[\s。！？!?，,；;：:])([^\s。！？!?，,；;：:]{1,12}(?:社|网)发)$/u.exec(before) ??
      /(\S{0,12}(?:社|网)发)$/u.exec(before);
    if (glued && isCredit(glued[1]!)) {
      const caption = before.slice(0, -glued[1]!.length).trim();
      if (caption !== '') return { caption, credit: `${glued[1]}（${inner}）` };
    }
    return { caption: before.trim(), credit: inner };
  }
  // `caption | Photo: Jane Doe`, `caption — Photo: Jane Doe`: a bar or a dash before a labelled credit.
  const barred = /^(.*\S)\s+[|｜—–]\s+([^|｜—–]{2,80})$/u.exec(text);
  if (
    barred &&
    (wordCount(barred[1]!) >= 3 || hanCount(barred[1]!) >= 6) &&
    isCredit(barred[2]!) &&
    (EN_CREDIT_LABEL.test(barred[2]!.trim()) || ZH_CREDIT_LABEL.test(barred[2]!.trim()))
  )
    return { caption: barred[1]!.trim(), credit: barred[2]!.trim() };
  // After the last sentence end: caption。credit
  const m = /^(.*(?:[。！？!?]|\.(?=\s))["”’」』）)]*)\s*([^。！？!?]+)$/u.exec(text);
  // (a show's credits, `Produced by Jo Roe. Music by Lowtide. Artwork: Al Poe.`, caption nothing)
  if (m && m[2]!.trim() !== '' && isCredit(m[2]!) && !creditsOnly(m[1]!))
    return { caption: m[1]!.trim(), credit: m[2]!.trim() };
  // `caption 制图：某某`: a labelled credit (制图：, 图：, 摄影：) after a space, the caption with no sentence end.
  const labelled = /^(.*[^\s。！？!?])[\s\u3000]+(\S{1,6}[:：/／|｜][^\s:：]{1,20})$/u.exec(text);
  if (
    labelled &&
    hanCount(labelled[1]!) >= 4 &&
    ZH_CREDIT_LABEL.test(labelled[2]!) &&
    isCredit(labelled[2]!) &&
    !/[，,；;]/u.test(labelled[1]!)
  )
    return { caption: labelled[1]!.trim(), credit: labelled[2]!.trim() };
  // `caption 新华社记者 某某 摄` with only whitespace between (no 。): the credit is the run of the last
  // space-separated words that still reads as a credit.
  if (/\p{Script=Han}/u.test(text) && ZH_CREDIT_END.test(text)) {
    const words = text.split(/([\s\u3000]+)/u);
    for (let i = 2; i < words.length; i += 2) {
      const credit = words.slice(i).join('').trim();
      const caption = words.slice(0, i).join('').trim();
      // A credit glued to its holder (受访者供图, 视觉中国资料图片) says what it is by its verb; 某某摄 needs the space.
      if (hanCount(caption) >= 6 && isCredit(credit) && /[\s\u3000]|(?:供图|资料图片?)$/u.test(credit))
        return { caption, credit };
    }
  }
  return undefined;
}

export type FurnitureLine =
  | { kind: 'meta'; meta: ArticleMeta; byline?: Byline; what: string }
  | { kind: 'furniture'; what: string };

const EN_MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

/** The calendar date in a date line (`2026-03-10 07:42`, `2026年3月10日`, `March 3, 2026`, `3 March 2026`, `11/13/2026`). */
export function parseDate(text: string): string | undefined {
  const pad = (n: string | number) => String(n).padStart(2, '0');
  const iso = /(\d{4})[-/.年]\s*(\d{1,2})[-/.月]\s*(\d{1,2})日?/u.exec(text);
  if (iso) return valid(iso[1]!, pad(iso[2]!), pad(iso[3]!));
  const month = (name: string) =>
    EN_MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof EN_MONTHS)[number]) + 1;
  const mdy =
    /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i.exec(
      text,
    );
  if (mdy && month(mdy[1]!) > 0) return valid(mdy[3]!, pad(month(mdy[1]!)), pad(mdy[2]!));
  const dmy =
    /\b(\d{1,2})(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})\b/i.exec(
      text,
    );
  if (dmy && month(dmy[2]!) > 0) return valid(dmy[3]!, pad(month(dmy[2]!)), pad(dmy[1]!));
  // (session 11) A numeric date with the year last (`11/13/2026`, `13/11/2026`): read only when one of its first two
  // numbers cannot be a month, since 03/04/2026 is March on one side of the Atlantic and April on the other.
  const numeric = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    if (a > 12 && b <= 12) return valid(numeric[3]!, pad(b), pad(a));
    if (b > 12 && a <= 12) return valid(numeric[3]!, pad(a), pad(b));
  }
  return undefined;
}

function valid(y: string, m: string, d: string): string | undefined {
  const date = `${y}-${m}-${d}`;
  const t = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== date ? undefined : date;
}

/** Sentences that each credit a person with a part of the work (`Produced by Jo Roe. Music by Lowtide.`). */
function creditsOnly(text: string): boolean {
  return text
    .trim()
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .every((t) =>
      /^(?:produced|edited|mixed|engineered|hosted|presented|reported|written|directed|narrated|illustrated|designed|music|theme music|artwork|sound design|executive produced|fact-checked)(?: and (?:produced|edited|mixed|hosted|written))? by\s+[^.!?]{2,60}[.!?]?$/i.test(
        t,
      ),
    );
}

/** A series' number: `Policy Brief No. 14`, `Working Paper 2026-03`, `Issue #58`, `Vol. 3, No. 7`; a date may follow. */
export const EN_SERIES =
  /^(?:(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:brief|briefing|paper|note|report|memo|bulletin|issue|edition|newsletter|episode|digest|dispatch|letter|update|commentary|insight|explainer)\s+(?:no\.?\s*|number\s+|#\s*)?\d{1,4}(?:-\d{1,3})?|(?:vol\.?|volume)\s*\d{1,4}(?:,?\s*(?:no\.?|issue|#)\s*\d{1,4})?|(?:issue|no\.)\s*#?\s*\d{1,4})(?:\s*[|·•,—–-]\s*(.+))?$/iu;
