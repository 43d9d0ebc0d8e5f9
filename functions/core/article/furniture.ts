// Page furniture: the lines a newspaper page or a CMS export carries around the article text — photo credits,
// captions, bylines, datelines, source and date lines, editor lines, share and print links. They are
// recognised by their shape (position in the line, length, punctuation, credit/role/agency/label words), never by
// the text of one article, and lifted out of the body as figures or article metadata. Pure, no I/O.
import { stopsOpen } from './text.ts';
import type { ArticleMeta, Byline } from './types.ts';

const SP = '[\\s\\u3000]';
/** Sentence punctuation inside a line: a line with these is prose, not a credit or a label. */
const PROSE = /[。！？；]|[，,]\s*\S.*[，,]|(?<!\b\p{Lu})[.!?;](?=\s+\p{L})/u;
/** Sentence-final punctuation at the end of a line. */
const FINAL = /[。！？!?…]["”’」』）)]*$/u;

// ---------------------------------------------------------------------------------------------------------
// Words: roles, agencies, credit verbs, furniture labels. Classes of words, not strings of an article.

/** Chinese reporter roles: 记者, 本报记者, 新华社记者, 特约记者, 通讯员, 实习生, 摄影记者, 撰稿 … */
const ZH_ROLE =
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
const AGENCY = AGENCY_WORDS.map(escapeRe).join('|');
const AGENCY_RE = new RegExp(`(?:${AGENCY})`, 'i');
const AGENCY_ONLY = new RegExp(`^(?:${AGENCY})(?:${SP}*(?:/|via|and|&)${SP}*(?:${AGENCY}))*$`, 'i');
/** A Chinese organisation name ending like one: 某某日报, 某某网, 某某社, 某某台, 某某研究院. */
const ZH_ORG =
  /^[\p{Script=Han}A-Za-z0-9·]{2,20}(?:日报|晚报|早报|报社|时报|周刊|杂志|网|社|台|电视台|报|中心|研究院|公司|集团|局|委|部|厅|办)$/u;

/** Chinese credit verbs at the end of a credit: 某某 摄, 视觉中国供图, 某某 制图, 新华社发. */
const ZH_CREDIT_END = /(?:摄|摄影|供图|资料图片?|图片|制图|设计|绘|绘图|漫画|插画|视觉|配图|截图|图)$/u;
/** Chinese credit labels at the start: 图源：, 图片来源：, 制图：, 设计：, 漫画：, 摄影：, 图：. */
const ZH_CREDIT_LABEL =
  /^(?:图源|图片来源|图片|图|题图|头图|封面图?|首图|摄影|摄|制图|(?:海报|封面|版式|美术)?设计|漫画|插画|绘图|视觉|图文|视频|海报|供图|图表)[\s\u3000]*[:：/／|｜]/u;
/** What an English credit is for: photos, images, captions, graphics … (`Photo captions and images by …`). */
const EN_PICTURE_WORD =
  '(?:photo(?:graph)?s?|pics?|images?|pictures?|credits?|illustrations?|graphics?|video|chart|map|artwork|photo illustration|(?:photo )?captions?|photography)';
/** English credit labels: Photo: …, Image: …, Credit: …, Illustration by …, Photos and captions by … */
const EN_CREDIT_LABEL = new RegExp(
  // `Caption: …` labels the caption itself, not who made the picture.
  `^(?!(?:photo )?captions?\\s*:)(?:(?:top|above|main|lead|cover|header|staff|file|submitted|contributed|handout|pool|featured)\\s+)?${EN_PICTURE_WORD}(?:\\s+credits?)?(?:\\s*(?:,|and|&)\\s*${EN_PICTURE_WORD}){0,3}\\s*(?::|：|\\s[-–—]\\s+(?=\\S)|by\\b|courtesy\\b|via\\b|(?:provided|submitted|supplied|contributed) by\\b)|^image source\\s*,\\s*\\S`,
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
function unbracket(text: string): string {
  const m = /^[（(【[［〔](.*)[）)】\]］〕]$/u.exec(text);
  return m && !/[（()）]/u.test(m[1]!) ? m[1]!.trim() : text;
}

export const hanCount = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
export const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** A clock time as pages print it: 17:40, 9.05am, 10:32 a.m., 4 p.m. */
const CLOCK = String.raw`(?:\d{1,2}[:：]\d{2}(?::\d{2})?|\d{1,2}\.\d{2}\s?[ap]\.?\s?m\.?)(?:\s?[ap]\.?\s?m\.?)?|\d{1,2}\s?[ap]\.?\s?m\.?`;
const POST_TIME = new RegExp(
  // (the zone in capitals, as pages print it: `BST`, `ET`, `GMT+8`; a word after the time is something else)
  String.raw`^(?:(?:[Uu]pdated|[Pp]osted|[Pp]ublished|[Aa]dded|[Ll]ast updated)\s+(?:at\s+)?)?(?:${CLOCK})(?:\s?(?:[A-Z]{1,4}T|GMT|UTC|CET|CEST)(?:[+-]\d{1,2}(?::?\d{2})?)?)?(?:,?\s+(.+))?$`,
);

/** A whole line that only says when a post of a live page went up. */
function postTime(text: string): boolean {
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
    new RegExp(`^(?:${AGENCY})\\s+(?:graphics|photos?|pictures|images|video)$`, 'i').test(text)
  )
    return true;
  if (PROSE.test(text) || /[。！？]$/u.test(text)) return false;
  if (AGENCY_ONLY.test(text)) return true;
  if (/\p{Script=Han}/u.test(text)) {
    if (hanCount(text) > 30) return false;
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

// ---------------------------------------------------------------------------------------------------------
// Bylines

/** A Chinese personal name: 2–4 Han characters, or a transcribed name with ·. */
const ZH_NAME = /^(?:[\p{Script=Han}]{2,4}|[\p{Script=Han}]{1,8}·[\p{Script=Han}·]{1,12})$/u;
/** An English personal name: capitalised words (Jane Doe, Mary-Ann O’Neil, J. R. Smith, Ana de la Cruz). */
const EN_NAME =
  /^(?:[\p{Lu}][\p{L}'’.-]*|de|da|van|von|der|del|la|le|bin|al)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|de|da|van|von|der|del|la|le|bin|al)){0,4}$/u;
/** Letters after a name that are a degree or an honour, not an outlet (`Jane Roe, MD`). */
const DEGREES =
  /^(?:MD|RN|DO|MBA|CEO|CFO|CTO|COO|MP|MEP|QC|KC|OBE|MBE|CBE|JD|MSC|BSC|PHD|DDS|CPA|ESQ|MA|BA|MS|BS|DPHIL|FRS|FRCP)$/;
/** Words that make a comma-separated part of an English byline a role or an affiliation, not a name. */
const EN_ROLE =
  /\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|journalist|bureau|desk|chief|senior|special|freelance|photographer|analyst|for|at|of|the|news|times|post|journal|herald|tribune|daily|weekly|magazine|press|wire|service|team|agencies|agency|media|online|digital|health|technology|science|politics|business|economics|education|affairs|communications|comms|office|newsroom|relations|department|faculty|school|division|university|college|institute|council|ministry|authority|editorial|marketing|lead|engineer|manager|director|officer|scientist|researcher|designer|developer|head|president|founder|co-founder|ceo|cto|cfo|coo|professor|lecturer|consultant|specialist|coordinator|adviser|advisor|strategist|economist)\b/i;

// (session 9) What follows 记者 in a kicker or a heading, not a name: 记者调查, 记者手记, 记者会现场, 记者观察. A glued
// byline needs a person after the role, and these are words that make a compound with it.
const ZH_ROLE_COMPOUND =
  /^(?:会|节|证|站|团)|^(?:手记|调查|观察|探访|追踪|连线|体验|走访|实拍|直击|见闻|笔记|日记|札记|专访|来信|视角|现场|采访|暗访|探营|一线|随笔|感言|心得|提问|问答)$/u;

function nameFromZhToken(token: string, names: string[]): boolean {
  if (ZH_ROLE.test(token)) return true;
  // 记者张三 is four Han characters like a name, but it opens with a role: read the role first.
  if (ZH_NAME.test(token) && !/^(?:本报|特约|见习)?(?:记者|通讯员|实习生|摄影)/u.test(token)) {
    names.push(token);
    return true;
  }
  // A role glued to the name: 记者王芳, 本报记者李明.
  const glued = /^(.*?(?:记者|通讯员|实习生|摄影|撰稿|编辑))([\p{Script=Han}·]{2,8})$/u.exec(token);
  if (glued && ZH_ROLE.test(glued[1]!) && ZH_NAME.test(glued[2]!) && !ZH_ROLE_COMPOUND.test(glued[2]!)) {
    names.push(glued[2]!);
    return true;
  }
  return false;
}

/** The names of a Chinese byline body (`记者 王芳 通讯员 李明`, `王芳、李明`), or undefined if it is not one. */
function zhNames(body: string, requireRole: boolean): string[] | undefined {
  const tokens = body
    // (session 10) The outlet in brackets before the role (【某某县融媒体中心】记者 某某): read as the outlet's token.
    .replace(/^[【〔［[]([^【〔［[\]］】〕]{2,16})[】〕］\]][\s\u3000]*(?=\S)/u, (whole, inner: string) =>
      zhOutletBeforeRole(inner) ? `${inner} ` : whole,
    )
    // Where the writer works, in brackets after the name (王某（某某大学教授）): not a name of its own.
    .replace(
      /(?<=\p{Script=Han})[（(][^（()）]{2,30}(?:大学|学院|研究院|研究所|研究中心|融媒体中心|融媒|日报|晚报|报社|电视台|医院|教授|研究员|主任|院长|专家|学者|博士|医生|医师|律师|分析师|工程师|副教授|讲师|记者|编辑|创始人|总监|经理)[^（()）]{0,10}[）)]$/u,
      '',
    )
    .replace(/^[（(【]|[）)】]$/gu, '')
    .split(/[\s\u3000、,，;；]+|(?<=^|[\s\u3000]\p{Script=Han}{1,4})[/／|｜]/u)
    .filter((t) => t !== '')
    // A two-character name padded to the width of three (王　芳, 王 芳) is one name.
    .reduce<string[]>((out, t) => {
      const last = out.at(-1);
      if (last !== undefined && /^\p{Script=Han}$/u.test(t) && /^\p{Script=Han}$/u.test(last))
        out[out.length - 1] = last + t;
      else out.push(t);
      return out;
    }, [])
    // (session 9) A bar set between the role and the name (界面新闻记者 | 某某): the portal's separator, not a name.
    .filter((t, i, all) => !(/^[|｜]$/u.test(t) && i > 0 && ZH_ROLE.test(all[i - 1]!)));
  if (tokens.length === 0 || tokens.length > 16) return undefined;
  // (session 10) The outlet or the media centre before the role (某某县融媒体中心 记者 某某, 某某日报 记者 某某 通讯员
  // 某某): where the reporter works, read as the role's, not a name.
  if (requireRole && tokens.length >= 3 && zhOutletBeforeRole(tokens[0]!) && ZH_ROLE.test(tokens[1]!))
    tokens.shift();
  if (
    requireRole &&
    !ZH_ROLE.test(tokens[0]!) &&
    !/^.*?(?:记者|通讯员|实习生)[\p{Script=Han}]{2,4}$/u.test(tokens[0]!)
  )
    return undefined;
  const names: string[] = [];
  for (const [i, t] of tokens.entries()) {
    // The writer's desk or office before the name (作者：医务处 某某, 宣传部 某某 某某), or alone (作者：宣传部): where
    // they work, not a person.
    // Alone, a three-character token ending in 科 or 部 may still be a name (某志科).
    const alone = i === tokens.length - 1;
    // (session 10) Unless its first two characters name an office's work (宣传科, 医务科, 教务部): never a name.
    if (
      ZH_DESK.test(t) &&
      !ZH_ROLE.test(t) &&
      !(alone && /^\p{Script=Han}{2}[科部]$/u.test(t) && !ZH_OFFICE_WORK.test(t))
    )
      continue;
    // (session 10) A hospital's two-character department before a name (文字：眼科 某某): where they work.
    if (!alone && ZH_CLINIC_DEPT.test(t)) continue;
    if (!nameFromZhToken(t, names)) return undefined;
  }
  return names.length > 0 ? names : undefined;
}

/** An outlet, a media centre or a desk standing before a reporter's role: 某某县融媒体中心, 某某日报, 某某广播电视台. */
const zhOutletBeforeRole = (t: string) =>
  !ZH_ROLE.test(t) &&
  (ZH_ORG.test(t) || ZH_DESK.test(t) || /^\p{Script=Han}{2,12}(?:融媒|融媒体|新闻|客户端|传媒)$/u.test(t));

/**
 * A hospital's department of two characters by its field (眼科, 儿科, 骨科): a desk when a name follows it. Longer
 * ones (宣传科, 心内科) are desks by ZH_DESK.
 */
const ZH_CLINIC_DEPT = /^(?:眼|儿|妇|产|内|外|骨)科$/u;

/** An office by its work (宣传科, 医务科, 教务部, 科研处): a desk, even standing alone where a name could. */
const ZH_OFFICE_WORK =
  /^(?:宣传|医务|护理|教务|科研|科教|人事|财务|信息|组织|学工|保卫|总务|设备|后勤|外事|统战|纪检|审计|招生|就业|党办|院办|校办)[科部处]$/u;

/**
 * The editor in an editor field's value (宣传科 某某, 某某 某某): the first person, after any desk before them (the
 * desk is where the editor works).
 */
function zhFirstEditor(value: string): string {
  const tokens = value.split(/[\s\u3000、,，]+/u).filter((t) => t !== '');
  const person = tokens.findIndex(
    (t, i) => i === tokens.length - 1 || !((ZH_DESK.test(t) || ZH_CLINIC_DEPT.test(t)) && !ZH_ROLE.test(t)),
  );
  return tokens[Math.max(person, 0)] ?? value;
}

/**
 * A desk, an office or a body by the word for its kind (医务处, 宣传部, 党委办, 办公室, 信息中心, 护理部, 某某学院), three
 * characters or more: a two-character token ending the same way (王部, 李科) may be a person's name.
 */
const ZH_DESK =
  /^\p{Script=Han}{2,20}(?:处|科|部|办|室|局|厅|委|站|所|中心|学院|医院|研究院|研究所|委员会|办公室|编辑部|记者站|工作室)$/u;

/** A title before a name is not part of it: `Dr. Jane Roe` is Jane Roe. */
const withoutHonorific = (name: string) =>
  name.replace(/^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+(?=\p{Lu})/u, '');
/** A name with a title or an article before it (`Dr Roe`, `The Gazette`): the body's way of naming, not a bio's. */
const TITLED = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|The|A|An)\b/;

function enNames(body: string): string[] | undefined {
  // The separators are kept: a part after a role that no `and` introduces is where that person works
  // (`Jane Roe, Research Engineer, Acme AI`), not another person.
  const pieces = body.split(/(\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*;\s*)/);
  const names: string[] = [];
  let roleSeen = false;
  let afterRole = false;
  for (let i = 0; i < pieces.length; i += 2) {
    const part = pieces[i]!.trim();
    if (part === '') continue;
    const joined = i > 0 && /\band\b|&/.test(pieces[i - 1]!);
    if (afterRole && !joined && i === pieces.length - 1) continue;
    afterRole = false;
    // A title is not part of the name: `Dr. Jane Roe` is Jane Roe.
    const raw = withoutHonorific(part);
    // `Jane Roe for The Gazette`, `Jane Roe of the Gazette`: the name, then where they write.
    const at = /^(.+?)\s+(?:[Ff]or|[Oo]f|at)\s+(?:[Tt]he\s+)?[\p{Lu}].*$/u.exec(raw);
    // (a name of two words or more: `Faculty of Engineering` is where someone works, not a person `Faculty`)
    const p = at && EN_NAME.test(at[1]!) && /\s/.test(at[1]!) && !EN_ROLE.test(at[1]!) ? at[1]! : raw;
    // An outlet's letters after a comma (`By Jane Roe, CNBC`) say where the writer works, not who else wrote it.
    const outletLetters = i > 0 && !joined && /^[A-Z]{2,6}$/.test(p) && !DEGREES.test(p);
    // A degree after the name (`Jane Roe, MD`, `Jane Roe, PhD`) is the same person's.
    if (i > 0 && !joined && DEGREES.test(p.toUpperCase().replace(/\./g, ''))) continue;
    if (AGENCY_ONLY.test(p) || EN_ROLE.test(p) || outletLetters) {
      roleSeen = true;
      afterRole = true;
      continue;
    }
    // `Jane Roe, Senior Editor, Semiconductors`: one word after the role is the desk or beat, not a person.
    if (roleSeen && !/\s/.test(p)) continue;
    if (!EN_NAME.test(p)) return undefined;
    names.push(p);
  }
  return names.length > 0 ? names : undefined;
}

export interface BylineFound {
  byline: Byline;
  meta: ArticleMeta;
}

/** `JANE ROE AND JOHN O'DOE` → `Jane Roe and John O'Doe`; a line with any lower-case letter is left as it is. */
function titleCaseCapitals(text: string): string {
  const names = text.replace(/^by\s+/i, '');
  if (/\p{Ll}/u.test(names) || !/\p{Lu}{2}/u.test(names)) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/\bAnd\b/g, 'and');
}

/**
 * `文丨某某`, `编辑丨某某`: the character 丨 set as the bar after a label (a WeChat house style) is the bar ｜. Elsewhere
 * 丨 is left alone.
 */
function zhBars(text: string): string {
  return text.replace(
    /(?<=(?:^|[\s\u3000])(?:文|文字|作者|撰文|采写|记者|编辑|责编|责任编辑|图|摄影|视觉|来源|排版|审核|校对|监制|策划|出品|设计|制图)\s*)丨/gu,
    '｜',
  );
}

/** A page's estimate of the reading time beside the byline: `6 min read`, `4 minute read`. */
const READING_TIME = /^\d+\s*min(?:ute)?s?\s+read$/i;

// ---------------------------------------------------------------------------------------------------------
// Taiwan and Hong Kong bylines, read in Simplified (报導 reads as 报导): the place the story was filed from follows
// the names after a slash (记者某某／台北报导, 【记者某某、某某／台北即时报导】, 〔记者某某／台北报导〕), or is glued to
// the last name before the wire's day (中央社记者某某台北11日电); an outlet may stand before 记者 (联合报记者某某,
// 香港01记者某某).

/** What the page calls the report after the place: 报导, 报道, 即时报导, 综合报导 … */
const TW_REPORTED = '(?:即时|综合|联合|专题|特稿|外电)?报[道导]';
/** `／台北报导` after a reporter's name (each reporter's, when they filed from different places). */
const TW_PLACE = new RegExp(`${SP}*[/／]${SP}*\\p{Script=Han}{0,6}?${TW_REPORTED}(?=$|[、\\s\\u3000])`, 'gu');
/** 记者某某台北11日电: the last name glued to the place, then the day of the wire. */
const TW_WIRE = /^(记者(?:[\p{Script=Han}·]{2,4}[、\s\u3000]+)*)(\p{Script=Han}{4,9}?)\d{1,2}日(?:专)?电$/u;

/**
 * A Taiwan or Hong Kong byline (without its brackets) as the mainland shape the byline rules read (`记者某某、某某`),
 * with the outlet when one is named; undefined for any other line.
 */
export function zhFiledFrom(raw: string): { people: string; outlet?: string } | undefined {
  const text = raw.trim();
  const outlet = /^(?!记者)([\p{Script=Han}A-Za-z0-9]{1,10}?)(?=记者)/u.exec(text)?.[1];
  const reporters = text.slice(outlet?.length ?? 0);
  if (!reporters.startsWith('记者')) return undefined;
  const named = (people: string) => ({ people: people.trim(), ...(outlet ? { outlet } : {}) });
  const placed = reporters.replace(TW_PLACE, '');
  if (placed !== reporters) return /[/／]/u.test(placed) ? undefined : named(placed);
  // 香港01记者某某: an outlet the mainland role words do not know (letters, digits) before 记者 and the names.
  if (outlet && /^记者[\p{Script=Han}·]{2,4}(?:[、\s\u3000]+[\p{Script=Han}·]{2,4}){0,3}$/u.test(reporters))
    return named(reporters);
  const wire = TW_WIRE.exec(reporters);
  // A name of two characters before a place of two (某某台北), else of three (某某某台北, 某某某华盛顿).
  if (wire) return named(wire[1]! + wire[2]!.slice(0, wire[2]!.length === 4 ? 2 : 3));
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Who compiled a newsletter or a digest: the desk or the body and the compiling verb after it (某某研究院 产业研究部 编,
// 本刊编辑部 整理, 某某中心编), or the verb as a label (编译：某某, 整理：本刊编辑部). A desk is no one's name: the line is
// lifted and names nobody; people after the label are the piece's byline, as 本报记者 某某 整理 is.

const ZH_COMPILING = '(?:编|编辑|整理|编译|汇编|编制|编写|编印|综合整理|供稿|辑)';
/** A compiling desk or body: 产业研究部, 本刊编辑部, 某某研究院, 某某课题组 (not a person, not a clause with 由 or 的). */
const compilingDesk = (t: string) =>
  !/[由的了将已把被]/u.test(t) &&
  (ZH_DESK.test(t) ||
    ZH_ORG.test(t) ||
    /^\p{Script=Han}{0,12}(?:编辑部|编委会|编写组|课题组|研究组|项目组|工作组|团队|小组)$/u.test(t));

function zhCompiledBy(text: string): FurnitureLine | undefined {
  if ([...text].length > 60 || /[。！？，,；;]/u.test(text)) return undefined;
  // 某某研究院 产业研究部 编, 本刊编辑部 整理: desks, then the verb after a space.
  const spaced = new RegExp(`^(.+?)[\\s\\u3000]+${ZH_COMPILING}$`, 'u').exec(text);
  // 本刊编辑部整理, 某某研究中心编: one desk glued to the verb (a desk's word before it, so 主编 or 全书十二编 stays).
  const glued = new RegExp(`^(\\p{Script=Han}{2,24}?)${ZH_COMPILING}$`, 'u').exec(text);
  const desks = spaced ? spaced[1]!.split(/[\s\u3000、]+/u) : glued ? [glued[1]!] : [];
  if (desks.length > 0 && desks.length <= 4 && desks.every(compilingDesk))
    return { kind: 'furniture', what: 'compiled by' };
  // 编译：某某, 整理／某某, 编译：本刊编辑部: the verb as a label.
  const labelled = new RegExp(`^${ZH_COMPILING}${SP}*[:：/／|｜]${SP}*(.{2,40})$`, 'u').exec(text);
  if (!labelled) return undefined;
  const who = labelled[1]!.split(/[\s\u3000、]+/u);
  if (who.every(compilingDesk)) return { kind: 'furniture', what: 'compiled by' };
  const names = zhNames(labelled[1]!, false);
  return names ? { kind: 'meta', meta: {}, byline: { raw: text, names }, what: 'compiled by' } : undefined;
}

/** A paper's or a magazine's name by the word papers are named with: `The Harbour Gazette`, `Coastal Daily News`. */
export const PUBLICATION =
  // (`The Courier-Ledger`: the paper's word may close a hyphened name)
  /^(?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}'’&.]*(?:\s+|-)){0,4}(?:Gazette|Times|Post|Herald|Journal|News|Tribune|Chronicle|Observer|Review|Daily|Weekly|Press|Courier|Standard|Telegraph|Guardian|Record|Bulletin|Register|Inquirer|Examiner|Mail|Express|Independent|Mirror|Monitor|Dispatch|Sentinel|Globe|Magazine|Ledger|Advertiser|Argus|Echo|Leader|Beacon|Citizen|Digest|Quarterly|Insider|Broadcasting(?: Corporation| Company| Service| Network)?|Broadcaster|Radio|Television|TV|Network|Newsroom|Media)$/u;

/**
 * A public body's or a market's name (`Fenwick Lowe District Council`, `Marrowfield Stock Exchange`, `Ministry of
 * Digital Affairs`): the site's owner when it heads the page, as a paper's name does.
 */
export const INSTITUTION =
  /^(?:[Tt]he\s+)?(?:(?:[\p{Lu}][\p{L}'’&.-]*\s+(?:(?:of|and|for|&)\s+)?){1,5}(?:Council|Exchange|Ministry|Department|Authority|Commission|Agency|University|College|Hospital|Institute|Parliament|Assembly|Government|Police|Regulator|Observatory|Academy|Court|Tribunal)|(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}(?:Ministry|Department|Office|Bureau|University|Court|Bank|Tribunal|Commission) of (?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:(?:and|&|of|for|the)\s+)?[\p{Lu}][\p{L}'’-]*){0,4})$/u;

/**
 * A whole line that is a byline, in any of the shapes of NEWS-LAYOUT.md: `本报记者 某某 通讯员 某某`, `文/某某`,
 * `作者：某某`, `By Jane Doe and John Roe`, `By Jane Doe, Staff Writer | Updated March 3, 2026`, `Jane Doe | Reuters`.
 * Names only; roles and agencies are kept in `raw`.
 */
export function parseBylineLine(raw: string): BylineFound | undefined {
  const text = zhBars(raw.trim().replace(/\s+/g, ' '));
  if (text === '' || text.length > 200) return undefined;
  const meta: ArticleMeta = {};
  if (/\p{Script=Han}/u.test(text)) {
    if (/[。！？]/u.test(text)) return undefined;
    // A decorative mark before the byline (◎本报记者 某某, ■记者 某某) and a role for the words and pictures
    // (文/图 某某, 某某/文 某某/图, 文字：某某 图片：某某) say nothing about the names.
    // The pictures' credit after the writer (文/某某 图/受访者供图, 文/某某 图/视觉中国): a desk or a source, no name.
    // The editor's field after the names (文｜某某　编辑｜某某) names the editor, not a writer.
    const edited =
      /^(.+?)[\s\u3000]+(?:责任编辑|责编|编辑|美编|校对|审核)\s*[/／|｜:：]\s*([\p{Script=Han}·]{2,8})$/u.exec(
        text,
      );
    if (edited && /编/u.test(edited[0].slice(edited[1]!.length))) meta.editor = edited[2]!;
    // 记者某某／台北报导, 【记者某某／台北报导】, 中央社记者某某台北11日电: the names, as 记者某某.
    const named = edited ? edited[1]! : text;
    const unedited = zhFiledFrom(unbracket(named))?.people ?? named;
    // A picture credit to a desk or an organisation (图｜某某融媒, 图/某某日报) anywhere after the writer.
    const pictureDesk = (who: string) =>
      isCredit(who) ||
      AGENCY_ONLY.test(who) ||
      /^\p{Script=Han}{2,12}(?:提供|供图)$/u.test(who) ||
      /^\p{Script=Han}{2,10}(?:融媒|融媒体|融媒体中心|传媒|日报|晚报|报社|电视台|广播电视台|新闻网|新闻中心|宣传部|网)$/u.test(
        who,
      );
    const pictured = /^(.+?)\s+(?:图|图片|摄影|摄)\s*[/／|｜:：]\s*(\S+)$/u.exec(unedited);
    const credited = pictured && pictureDesk(pictured[2]!) ? pictured[1]! : unedited;
    const marked = credited
      .replace(/^[◎■□●○◆◇★☆▲△▶►]\s*/u, '')
      .replace(/^文\s*[/／]\s*图(?=[\s\u3000:：])/u, '文')
      // 文、摄影／某某, 撰文与摄影：某某: one person for the words and the pictures.
      .replace(/^(?:文|撰文|文字)[、与和及]\s*(?:摄影|图片?)(?=[\s\u3000]*[:：/／|｜])/u, '文')
      // (sealed13) 采访/整理：某某, 采写、摄影：某某, 采访与撰文：某某: writing roles (and a picture's) joined in one label.
      .replace(
        /^(?:采访|采写|撰文|整理|执笔|撰稿|记者|文字|文)(?:\s*[/／、与和及]\s*(?:采访|采写|撰文|整理|执笔|撰稿|编译|文字|文|摄影|摄像|图片?))+(?=[\s\u3000]*[:：|｜])/u,
        '文',
      )
      // (摄影／某某 after the writer keeps its slash for the rule below.)
      .replace(/[\s\u3000]+(?:文[/／]图|图[/／]文|文字|图片|摄影)\s*[:：]?\s*(?=\S|$)(?![/／|｜])/gu, ' ')
      // 文 / 某某 图 / 某某: the picture's role after the writer's name.
      .replace(/[\s\u3000]+(?:图|摄影|摄)\s*[/／|｜:：]\s*(?=\S)/gu, ' ')
      .replace(/^(?:文字|图片)\s*[:：]\s*/u, '文：')
      .trim();
    // 某某/文 某某/图: each name carries its role after it. Without a writer (某某/摄 alone) it is a picture's credit.
    const roled =
      /^[\p{Script=Han}·]{2,8}[/／](?:文|图|摄)(?:[\s\u3000]+[\p{Script=Han}·]{2,8}[/／](?:文|图|摄))*$/u.test(
        marked,
      ) && /[/／]文/u.test(marked);
    const plain = roled ? `文：${marked.replace(/[/／](?:文|图|摄)/gu, '')}` : marked;
    // 文/某某, 文｜某某, 作者：某某, 撰文：某某, 记者：某某
    const labelled =
      /^(?:文|作者|撰文|采写|采访|文字|记者|本报记者|撰稿)\s*[:：/／|｜]?\s*(?<=[:：/／|｜\s])(.+)$/u.exec(
        plain,
      );
    const body = labelled ? labelled[1]! : unbracket(plain);
    const names = zhNames(body, !labelled);
    if (names) return { byline: { raw: text, names }, meta };
    return undefined;
  }
  // `Nadia Osei and Lars Brem in Kestrel Bay`: the writers and where they filed from (a live page's byline).
  const filed = /^(.+?)\s+in\s+((?:[\p{Lu}][\p{L}'’.-]*)(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})$/u.exec(text);
  if (filed && !/\p{Script=Han}/u.test(text) && !/^by\s/i.test(text)) {
    const names = enNames(filed[1]!);
    if (names && names.length <= 4 && names.every((n) => EN_NAME.test(n) && n.split(/\s+/).length >= 2))
      return { byline: { raw: text, names }, meta };
  }
  // `Authors: Hanna Roe, Partner · Owen Doe, Associate`: a label, then each writer with a job after a comma.
  const listed = /^(?:authors?|writers?|contributors?)\s*:\s*(.+)$/i.exec(text);
  if (listed) {
    const parts = listed[1]!.split(/\s+[·•|]\s+|\s*;\s*/);
    const names = parts.map((p) => /^([^,]+?)(?:,\s*[^,]{2,60})?$/.exec(p.trim())?.[1]?.trim() ?? '');
    if (parts.length >= 2 && names.every((n) => EN_NAME.test(n) && n.split(/\s+/).length >= 2))
      return { byline: { raw: text, names }, meta };
  }
  // English: `By …` with an optional `| Updated …` / `| Reuters` tail.
  // (a dash before the stamp or the wire: `By Jane Roe — Updated …`, `Jane Roe — Reuters`)
  const [first = '', ...tail] = text.split(
    new RegExp(`\\s+[|·•]\\s+|\\s+[—–]\\s+(?=(?:Updated|Published|Posted)\\b|(?:${AGENCY})$)`, 'i'),
  );
  // The outlet first, then who wrote it: `The Courier-Ledger | Live coverage by Nadia Pell and Hugo Stramm`.
  if ((PUBLICATION.test(first) || AGENCY_ONLY.test(first)) && tail.length === 1) {
    const by = parseBylineLine(
      tail[0]!.replace(
        /^(?:live (?:coverage|reporting|updates)|coverage|reporting|compiled|curated)\s+by\b/i,
        'By',
      ),
    );
    if (by) return { byline: by.byline, meta: { ...by.meta, source: first.trim() } };
  }
  // `By Jane Roe (Reuters)`: the wire in brackets after the names.
  const wired = new RegExp(`^(.+?)\\s*\\((${AGENCY})\\)$`, 'i').exec(first);
  if (wired) meta.source = wired[2]!;
  // A byline set in capitals (`BY JANE ROE AND JOHN DOE`) names people in the case a reader writes them.
  const head = titleCaseCapitals(wired ? wired[1]! : first);
  for (const t of tail) {
    const part = t.trim();
    const date = parseDate(t);
    // `Story by Jane Roe • Photos by John Doe`, `Written by … | Edited by …`: the pictures' and the desk's people.
    const edited = /^edited by\s+(.+)$/i.exec(part);
    if (date && /^(?:(?:last )?updated|published|posted|first published)\b/i.test(part))
      meta.published = date;
    else if (AGENCY_ONLY.test(part) || PUBLICATION.test(part)) meta.source ??= part;
    // A social network's connection degree after the name (`Jane Roe • 2nd • Head of AI at Acme`), the writer's
    // address (`By Jane Roe | jroe@ledger.example`).
    else if (
      READING_TIME.test(part) ||
      // (an episode's length: `48 min`, `1 hr 12 min`, `47:12`)
      /^(?:\d{1,2}\s*(?:h|hr|hrs|hours?)\s*)?\d{1,3}\s*(?:m|min|mins|minutes)$|^\d{1,2}:\d{2}(?::\d{2})?$/i.test(
        part,
      ) ||
      EN_SERIES.test(part) ||
      /^(?:1st|2nd|3rd\+?)$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^@\w{2,30}$/.test(part) ||
      // (a day without its year, as feeds print the current year's: `Jane Roe · Mar 3 · 5 min read`)
      /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}$/.test(part)
    )
      continue;
    // A bare date among the fields (`Jane Roe, Head of Safety · Mar 24, 2026 · 8 min read`) dates the story.
    else if (date && parseDate(part.replace(/^on\s+/i, '')) !== undefined && wordCount(part) <= 8)
      meta.published ??= date;
    else if (/^(?:photos?|photography|images?|video|graphics?|illustrations?) by\s/i.test(part)) continue;
    else if (edited) meta.editor = edited[1]!.trim();
    else if (!EN_ROLE.test(t) && !date) return undefined;
  }
  // A live page's kicker before its time stamp (`LIVE · Last updated 4:05 p.m.`) names no one.
  if (furnitureLine(head)?.what === 'section label') return undefined;
  const by =
    /^(?:(?:By|From) (?:our|the) [A-Za-z ]{1,30}?(?:team|desk|staff|correspondents?|reporters?|bureau|newsroom)\s*[:—–-]|(?:By|Written by|(?:Show|Episode) notes by|Words by|Story by|Reported by|Reporting by|Text by|Interview by|Interviewed by|Posted by|Analysis by|Opinion by|Perspective by|Commentary by|Essay by|Review by|Column by|Guest (?:post|column|essay|piece) by|Contributed by|Submitted by|Words and (?:pictures|photos) by|Text and (?:pictures|photos) by):?|(?:Words|Author|Authors|Reporter|Reporters|Writer|Story|Text|Text and (?:photos|pictures)|Words and (?:photos|pictures)|Interview)\s*:)\s+(.+)$/i.exec(
      head.replace(/,\s*(?:[\p{Lu}][\p{L}&'’-]*\s+){0,3}(?:Bureau|Desk|Staff|Team|Correspondents?)$/u, ''),
    );
  if (by) {
    // What follows the names on the same line: `on March 3, 2026`, `Mar 3, 2026`, `@handle`, `in London`, `/ The Gazette`.
    let who = by[1]!;
    // `Written by Jane Roe. Edited by Sam Lee.`: the desk's editor after the names.
    const editedBy = /^(.+?)\.\s+Edited by\s+(.+?)\.?$/.exec(who);
    if (editedBy) {
      meta.editor = editedBy[2]!;
      who = editedBy[1]!;
    }
    // `By Jane Roe with Sam Lee`: both wrote it. `By Jane Roe - Staff Writer`: the job after a dash.
    who = who.replace(/\s+with\s+(?=\p{Lu})/u, ' and ');
    const dashed = /^(.+?)\s+[-—–]\s+(.{2,40})$/.exec(who);
    if (dashed && EN_ROLE.test(dashed[2]!) && !parseDate(dashed[2]!)) who = dashed[1]!;
    const dated =
      /^(.+?)\s+(?:on\s+|[-—–]\s+)?((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}).*)$/.exec(
        who,
      );
    const date = dated ? parseDate(dated[2]!) : undefined;
    if (dated && date) {
      meta.published = date;
      who = dated[1]!;
    }
    by[1] = who
      // The writer's address after the names (`By Jane Roe jroe@example.com`, `<jroe@…>`, `(jroe@…)`).
      .replace(/\s+[<(]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[>)]?$/, '')
      .replace(/\s+@\w{2,30}$/, '')
      .replace(/\s+in\s+[\p{Lu}][\p{L}. -]{1,30}$/u, '')
      .replace(/\s*\/\s*(?:the\s+)?[\p{Lu}][\p{L}.&' -]{1,40}$/u, '');
    if (/[.!?]$/.test(by[1]!) && !/\b[A-Z]\.$/.test(by[1]!)) return undefined;
    const names = enNames(by[1]!);
    return names ? { byline: { raw: text, names }, meta } : undefined;
  }
  // `Jane Doe, Reuters`, `Jane Doe and John Roe, Associated Press`: names, then the agency after a comma.
  const agencyTail = new RegExp(`^(.+?),\\s*((?:${AGENCY})(?:\\s*(?:/|and|&)\\s*(?:${AGENCY}))*)$`, 'i').exec(
    head,
  );
  if (agencyTail && tail.length === 0) {
    const names = enNames(agencyTail[1]!);
    if (names && names.length <= 4 && names.every((n) => n.split(/\s+/).length >= 2)) {
      meta.source = agencyTail[2]!;
      return { byline: { raw: text, names }, meta };
    }
  }
  // `Jane Doe, CNN`, `Jane Doe for The Lakeside Herald`: names, then the outlet (its letters or a paper's name).
  const outlet = /^(.+?)(?:,| for)\s+((?:[Tt]he\s+)?[A-Z]{2,6}|.+)$/.exec(head);
  const letters = (t: string) =>
    /^(?:[Tt]he\s+)?[A-Z]{2,6}$/.test(t) &&
    !/^(?:MD|RN|DO|MBA|CEO|CFO|CTO|COO|MP|MEP|QC|KC|OBE|MBE|CBE|JD|MSC|BSC|PHD|DDS|CPA|ESQ)$/.test(t);
  if (outlet && tail.length === 0 && (letters(outlet[2]!) || PUBLICATION.test(outlet[2]!))) {
    const names = enNames(outlet[1]!);
    if (names && names.length <= 3 && names.every((n) => n.split(/\s+/).length >= 2)) {
      meta.source = outlet[2]!;
      return { byline: { raw: text, names }, meta };
    }
  }
  // `Jane Doe, Staff Writer`: a name, a comma and a newsroom job (without `By`, only such a job says it is a byline).
  const jobComma =
    /^(.+?),\s+((?:(?:staff|senior|contributing|guest|special|freelance|chief|deputy|political|science|health|technology|business|education|data|investigative|local|national|foreign)\s+){0,2}(?:writer|reporter|correspondent|editor|columnist|journalist|contributor|photographer))$/i.exec(
      head,
    );
  if (jobComma && tail.length === 0) {
    const names = enNames(jobComma[1]!);
    if (names && names.length <= 3 && names.every((n) => n.split(/\s+/).length >= 2))
      return { byline: { raw: text, names }, meta };
  }
  // `Jane Doe, University News Office`: a name and the press office that writes the institution's news.
  const office =
    /^(.+?),\s+(?:[\p{Lu}][\p{L}&'’-]*\s+){0,4}(?:News Office|Press Office|Media Office|Media Relations|Communications(?: Office| Team| Department)?|Public Affairs|News Service|Newsroom|Press Team|News Team)$/u.exec(
      head,
    );
  if (office && tail.length === 0) {
    const names = enNames(office[1]!);
    if (names && names.length <= 3 && names.every((n) => n.split(/\s+/).length >= 2))
      return { byline: { raw: text, names }, meta };
  }
  // `Jane Doe — Staff writer`: a name, a dash and the writer's role.
  const roleTail = /^(.+?)\s+[—–-]\s+(.{2,60})$/.exec(head);
  if (roleTail && tail.length === 0 && EN_ROLE.test(roleTail[2]!) && !/[.!?]$/.test(roleTail[2]!)) {
    const names = enNames(roleTail[1]!);
    if (names && names.length <= 4) return { byline: { raw: text, names }, meta };
  }
  // `Jane Roe Education correspondent`: a page that sets the name and the writer's job on one line, unseparated.
  const jobTail =
    /^((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}?[\p{Lu}][\p{L}'’.-]*)\s+((?:[\p{Lu}][\p{L}&-]*\s+){0,3}(?:correspondent|editor|reporter|writer|columnist|journalist|critic|analyst))$/iu.exec(
      head,
    );
  if (jobTail && tail.length === 0 && /^\p{Lu}/u.test(jobTail[2]!)) {
    const name = jobTail[1]!;
    if (EN_NAME.test(name) && name.split(/\s+/).length >= 2)
      return { byline: { raw: text, names: [name] }, meta };
  }
  // `Jane Doe | Reuters`: a bare name list only counts with a tail that says what it is. The writer's job after a
  // comma (`Mina Koval, Head of Model Safety · Mar 24, 2026`) is not a name.
  // (an outlet's name before the bar is where the page is: `Veland Broadcasting Corporation · Politics`)
  if (tail.length > 0 && !PUBLICATION.test(head)) {
    const job =
      /^(.+?),\s+(?:[\p{Lu}][\p{L}&'’-]*|of|and|the|for)(?:\s+(?:[\p{Lu}][\p{L}&'’-]*|of|and|the|for)){0,6}$/u.exec(
        head,
      );
    const names = enNames(job && /^\p{Lu}/u.test(head.slice(job[1]!.length + 1).trim()) ? job[1]! : head);
    if (names && names.length <= 4) return { byline: { raw: text, names }, meta };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Datelines: `本报讯（记者 某某 通讯员 某某）`, `新华社北京3月5日电（记者 某某）`, `LONDON (Reuters) -`.

export interface DatelineFound {
  /** Characters to remove from the start of the paragraph. */
  length: number;
  byline?: Byline;
  meta: ArticleMeta;
  raw: string;
}

const ZH_DATELINE = new RegExp(
  `^(?:(?<agency>本报|本台|本网|本刊|新华社|中新社|中新网|人民网|央视网|[\\p{Script=Han}]{2,8}(?:社|网|报|台))` +
    // 消息 follows the agency directly (央视网消息); a place and a date come before 电 or 讯 only.
    `(?:(?<place>[\\p{Script=Han}]{0,8}?)(?:\\d{1,2}月\\d{1,2}日)?(?:电|讯)|消息))` +
    // A colon may follow the reporters' bracket (央视网消息（记者 某某）：…).
    `(?:${SP}*[（(](?<people>[^（()）]{2,60})[）)](?:${SP}*[:：])?)?${SP}*`,
  'u',
);
const ZH_BRACKET_BYLINE = new RegExp(`^[（(](?<people>[^（()）]{2,60})[）)]${SP}*`, 'u');
/** 本报讯 记者张三报道：…, 本报记者 张三 李四 报道 …, 【某某报报道 记者 张三】…: a byline said in words. */
const ZH_REPORTED_BY = new RegExp(
  `^(?:(?<agency>本报|本台|本网|本刊|[\\p{Script=Han}]{2,8}(?:社|网|报|台))(?:[\\p{Script=Han}]{0,8}?(?:\\d{1,2}月\\d{1,2}日)?(?:电|讯|消息))?${SP}*)?` +
    `(?<people>(?:本报|本台|本网|本刊|特约|见习)?记者${SP}*[\\p{Script=Han}·]{2,8}(?:[\\s\\u3000、]+[\\p{Script=Han}·]{2,8}){0,3})${SP}*报道(?:[:：]|${SP})${SP}*`,
  'u',
);
const ZH_BRACKETED_REPORT = new RegExp(
  `^【(?<agency>[\\p{Script=Han}]{2,8}(?:社|网|报|台))(?:综合)?报道${SP}*(?<people>(?:特约|见习)?记者[^】]{2,30})?】${SP}*`,
  'u',
);
// (sealed11) A Hong Kong or Taiwan paper's stamp in brackets opening the story: 【某某日报专讯】, 【某某报讯】, （某某报讯）,
// 〔本报讯〕 (read in Simplified: 專訊 is 专讯), with the reporters' bracket after it or none (the reporter is then named
// at the story's foot or in the header).
// (sealed12, zh) A financial or news outlet's stamp names it without 社/网/报/台: 【金澜财经讯】, 【某某新闻讯】.
const ZH_STAMP_OUTLET = '[\\p{Script=Han}]{2,8}(?:社|网|报|台|财经|新闻|资讯|传媒)';
const ZH_BRACKETED_STAMP = new RegExp(
  `^[【〔［[（(]${SP}*(?!据)(?<agency>本报|本台|本网|本刊|${ZH_STAMP_OUTLET})` +
    `(?:[\\p{Script=Han}]{0,6}?(?:\\d{1,2}月\\d{1,2}日)?)(?:专讯|讯|电|消息)${SP}*[】〕］\\]）)]` +
    `(?:${SP}*[（(](?<people>[^（()）]{2,60})[）)](?:${SP}*[:：])?)?${SP}*`,
  'u',
);
const EN_DATELINE = new RegExp(
  // `SEOUL/TAIPEI`: a story filed from two places.
  `^(?<place>[A-Z][A-Z.'’-]+(?:[ /-][A-Z][A-Z.'’-]+){0,3})` +
    // `, March 9`, `, 2 June 2026`, `, June 2, 2026`, `, Veland`: the date and the region, in either order.
    `(?:,\\s*(?<date>[A-Z][a-z]+\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+[A-Z][a-z]+\\.?(?:\\s+\\d{4})?)|,\\s*[A-Z][A-Za-z. ]{2,30}){0,2}` +
    // `(Reuters)`, or a release wire between slashes: `/PRNewswire/`.
    `(?:\\s*\\((?<agency>[^()]{2,30})\\)|\\s*\\/(?<wire>[A-Za-z][\\w .-]{1,30})\\/)?\\s*[-—–]+\\s*(?=\\S)`,
  'u',
);

/** 〔记者某某／台北报导〕, 【记者某某／台北报导】, （中央社记者某某台北11日电）: a Taiwan byline opening the first paragraph. */
const TW_OPENER = new RegExp(`^[〔【［[（(]([^〔【［[（()）\\]］】〕]{4,40})[〕】］\\]）)]${SP}*`, 'u');

function filedDateline(text: string): DatelineFound | undefined {
  const opener = TW_OPENER.exec(text);
  const filed = opener && opener[0].length < text.length ? zhFiledFrom(opener[1]!) : undefined;
  const names = filed && zhNames(filed.people, true);
  if (!opener || !names) return undefined;
  // The wire's or the paper's name before 记者 is the source, as 新华社 is in 新华社北京3月5日电.
  return {
    length: opener[0].length,
    byline: { raw: opener[1]!, names },
    meta: filed.outlet ? { source: filed.outlet } : {},
    raw: opener[0].trim(),
  };
}

export function findDateline(text: string): DatelineFound | undefined {
  const filed = filedDateline(text);
  if (filed) return filed;
  const zh =
    ZH_REPORTED_BY.exec(text) ??
    ZH_BRACKETED_REPORT.exec(text) ??
    ZH_BRACKETED_STAMP.exec(text) ??
    ZH_DATELINE.exec(text) ??
    ZH_BRACKET_BYLINE.exec(text);
  if (zh?.groups) {
    const { agency } = zh.groups;
    let { people } = zh.groups;
    // (sealed11) A bracketed stamp, then the reporter said in words: 【某某日报专讯】记者某某报道：…
    let matched = zh[0]!;
    if (!people && /^[【〔［[（(]/u.test(matched)) {
      const said = ZH_REPORTED_BY.exec(text.slice(matched.length));
      if (said?.groups && !said.groups.agency) {
        people = said.groups.people;
        matched += said[0]!;
      }
    }
    const meta: ArticleMeta = {};
    // 本报, 本台, 本网, 本刊: the page's own, named elsewhere on it.
    if (agency && !/^本[报台网刊]$/u.test(agency)) meta.source = agency;
    let byline: Byline | undefined;
    if (people) {
      const names = zhNames(people, true);
      if (!names) {
        if (!agency) return undefined;
        // A dateline whose bracket is not a byline: keep the bracket in the text.
        // (a bracketed stamp keeps its closing bracket: 【某某报讯】)
        const bare = /^(.*?(?:电|讯|消息)[】〕］\]）)]?)/u.exec(matched)![1]!;
        return { length: bare.length, meta, raw: bare };
      }
      byline = { raw: people.trim(), names };
    } else if (!agency) return undefined;
    // A bare `本报讯` or `新华社北京3月5日电` must be followed by text, not be the whole paragraph.
    if (matched.length >= text.length) return undefined;
    const found: DatelineFound = { length: matched.length, meta, raw: matched.trim() };
    if (byline) found.byline = byline;
    return found;
  }
  const en = EN_DATELINE.exec(text);
  if (en?.groups && en[0].length < text.length) {
    const place = en.groups.place!;
    // `LONDON -` needs an upper-case place of letters; an acronym at the start of a sentence (`AI - the …`) is not one.
    if (place.replace(/[^A-Z]/g, '').length < 3) return undefined;
    const meta: ArticleMeta = {};
    // A dateline with the year (`LISBURY, Veland, 2 June 2026 —`) dates the story.
    const published = en.groups.date && /\d{4}/.test(en.groups.date) ? parseDate(en.groups.date) : undefined;
    if (published) meta.published = published;
    if (en.groups.wire) meta.source = en.groups.wire.trim();
    if (en.groups.agency) {
      const agency = en.groups.agency.trim();
      // A wire or paper we do not know by name (`HARLOW BAY, Nov 28 (Meridian Press) —`): a capitalised name in
      // the bracket of a dated dateline is the wire's, as in `(Reuters)`; an undated bracket may be anything.
      const dated = en.groups.date !== undefined;
      const named = /^[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|the|and|&)){0,4}$/.test(agency);
      // A station's or outlet's letters (`(KTVR)`, `(WJZ-TV)`, `(CNN)`) are never the story's, dated or not.
      const letters = /^[A-Z]{2,6}(?:-(?:TV|DT|FM|AM))?$/.test(agency);
      if (!AGENCY_ONLY.test(agency) && !(dated && named) && !letters) return undefined;
      meta.source = agency;
    }
    return { length: en[0].length, meta, raw: en[0].trim() };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Metadata and furniture lines

/** Labels of CMS page furniture, zh: what each value means. */
const ZH_LABELS: [RegExp, keyof ArticleMeta | 'byline' | 'none'][] = [
  [/^(?:来源|稿源|出处|信息来源|文章来源|新闻来源|本文来源|稿件来源|消息来源)$/u, 'source'],
  [/^(?:发布时间|发布日期|发表时间|时间|日期|更新时间|发稿时间|刊发时间|发布)$/u, 'published'],
  [
    /^(?:(?:本版|本期|本文|本刊|值班)?(?:责任编辑|责编)|(?:值班|本版|本文|本期|本刊|网络|执行|文字|图文|新媒体|融媒体|视频|实习|特约)?编辑|主编|编审)$/u,
    'editor',
  ],
  [/^(?:作者|文|文字|撰文|记者|采写|撰稿|撰稿人|执笔)$/u, 'byline'],
  [
    /^(?:供稿|供稿单位|签发|审签|核稿|审核|审校|审稿|校对|责任校对|终审|初审|复审|二审|三审|一审|监制|剪辑|后期|摄像|配音|版权声明|原文链接|统筹|策划|出品|制作|浏览次数|浏览|阅读|阅读量|字体|点击|点击数|点击量|字号|分享到|分享|标签|关键词|原标题|视频|排版|美编|版式|版式设计|版面设计|美术编辑|美术设计|制表|设计|海报|视觉)$/u,
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
  // (session 10) A notice's or a job board's closing date beside its publishing date (发布日期：… 截止日期：…,
  // 报名截止时间：…, 有效期至：…): the posting's record, not the published date.
  [/^(?:(?:报名|申报|投递|申请|应聘|招聘)?截止(?:日期|时间)?|有效期(?:至)?|报名时间|报名日期)$/u, 'none'],
];
/** Labels naming the body that issued a file, a weaker source than 来源: used only when no 来源 is given. */
const ZH_ISSUER_LABEL = /^(?:发布机构|发文机关|发文单位|发布单位|主办单位)$/u;
/** Labels of a contact line (联系人：… 电话：… 邮箱：…): who to call, never the story's text. */
const ZH_CONTACT_LABEL =
  /^(?:联系人|联络人|联系电话|联系方式|电话|手机|手机号|座机|固话|传真|邮箱|电子邮箱|电子邮件|邮件|地址|通讯地址|联系地址|邮编|邮政编码|咨询电话|报名电话|咨询热线|热线|服务热线|投诉电话|举报电话|微信|微信号|QQ|投稿邮箱|投稿|商务合作|合作|广告合作|合作联系|媒体合作)$/u;

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

/** `来源：某某日报 发布时间：2026-03-10 07:42 浏览次数：123`: label: value pairs, each label a furniture word. */
function zhLabelLine(raw: string): { meta: ArticleMeta; byline?: Byline; contact?: boolean } | undefined {
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
  const unlinked = line
    .replace(/(?<=\S)(?:[\s\u3000]*【[^【】]{1,12}】)+[\s\u3000]*$/u, '')
    .replace(/^(?:【[^【】:：]{1,12}】[\s\u3000]*)+(?=\S)/u, '');
  const linkless = /[:：]/u.test(unlinked)
    ? unlinked.replace(
        /(?<=^|[\s\u3000])(作者|文|撰文|记者|采写)\s*[/／]\s*(?=\p{Script=Han})(?!图)/gu,
        '$1：',
      )
    : unlinked;
  const commaless = linkless.replace(/\s*[，,；;]\s*(?=[\p{Script=Han}]{1,6}\s*[:：])/gu, ' ');
  const barred = commaless.split(/\s*[|｜]\s*/u).filter((f) => f !== '');
  // (sealed12, zh) A news page's bar opens with its channel and carries the date between the fields
  // (财经快讯 | 2026-07-21 19:42 | 来源：某某财经 | 作者：某某): the channel is the page's, the date is read wherever it sits.
  const fields = zhChannelBar(barred);
  // (sealed11) A Hong Kong page's date carries the weekday before the time: 2026年3月6日 星期五 05:30 ｜ 撰文：某某.
  const WEEKDAY = '(?:\\s*[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?)?';
  const dateField = new RegExp(
    `^\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?${WEEKDAY}(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?$`,
    'u',
  );
  const trailingDate =
    fields.length > 1 && dateField.test(fields.at(-1)!) ? parseDate(fields.at(-1)!) : undefined;
  const unbarred = fields.length > 1 ? fields.slice(0, trailingDate ? -1 : undefined).join(' ') : commaless;
  const dated = new RegExp(
    `^(\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?${WEEKDAY}(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?)\\s+(?=\\S)`,
    'u',
  ).exec(unbarred);
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
      // (sealed13) Who put the page up, beside its date (发布者：学院办公室　发布时间：…): the CMS account, not the writer.
      // Alone, 发布人 may be a press conference's speakers (read in zhProbedLine).
      (pairs.length > 1 && /^(?:发布者|发布人|发稿人|上传者|上传人|录入|录入者|录入人)$/u.test(label!)
        ? 'none'
        : undefined);
    if (!kind) return undefined;
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
      const names = zhNames(value, false);
      if (names) byline = { raw: value, names };
    }
  }
  if (issuer && !meta.source) meta.source = issuer;
  const found: { meta: ArticleMeta; byline?: Byline; contact?: boolean } = { meta };
  if (byline) found.byline = byline;
  if (contact) found.contact = true;
  return found;
}

export type FurnitureLine =
  | { kind: 'meta'; meta: ArticleMeta; byline?: Byline; what: string }
  | { kind: 'furniture'; what: string };

/** Where a story goes on or came from on another page of a printed paper: （下转第7版）, （上接第1版）, (转A3版), 转下页. */
export const ZH_JUMP =
  /[（(]\s*(?:下转|上接|接|转|续|紧接|转至|转接|接上)(?:第\s*)?(?:[A-Z]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版(?:[）)]|\s*[^（()）。！？，]{0,8}[）)])|[（(]\s*(?:转下页|接上页|下转\s*\d{1,3}\s*页|上接\s*\d{1,3}\s*页)\s*[）)]/u;

/** A jump mark run on to the start or the end of a line of text: the text, and the mark. */
export function splitJump(raw: string): { text: string; jump: string } | undefined {
  const text = raw.trim();
  const end = new RegExp(`^(.*\\S)\\s*(${ZH_JUMP.source})$`, 'u').exec(text);
  if (end) return { text: end[1]!, jump: end[2]! };
  const start = new RegExp(`^(${ZH_JUMP.source})\\s*(\\S.*)$`, 'u').exec(text);
  if (start && /^[（(]\s*(?:上接|接|紧接|接上)/u.test(start[1]!)) return { text: start[2]!, jump: start[1]! };
  return undefined;
}

/** The labels of a portal's footer: who runs the site, its registration numbers, its own links. */
const ZH_SITE_LABEL =
  /^(?:主办|主办单位|承办|承办单位|协办|协办单位|技术支持|技术支撑|运维单位|运行维护|运行维护单位|维护单位|网站维护|网站标识码|政府网站标识码|ICP备案号|备案号|网站备案号|公安备案号|备案编号)$/u;
/** A footer's registration marks: an ICP number, a public-security filing, a government site's code. */
const ZH_SITE_MARK =
  /^(?:[\p{Script=Han}]{1,2}ICP[备证]\s?[\d-]{5,14}号?(?:-\d{1,3})?|[\p{Script=Han}]{1,2}公网安备\s?\d{8,16}号?|(?:政府)?网站标识码[:：]?\s?[\dA-Za-z]{6,16})$/u;
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
  const object = '(?:全文|完整(?:内容|版|报告|文章)?|剩余(?:内容|部分)?|更多(?:内容)?)';
  const way = new RegExp(
    `^(?:请)?(?:(?:(?:订阅|开通|成为|加入|购买|升级|登录|注册)[^，。！？]{0,14}?(?:后|即可|可|以)?|(?:付费|订阅|会员)(?:后)?(?:即可|可)?)(?:继续)?(?:阅读|查看|解锁|获取|收听)${object}?|(?:即可)?(?:继续)?(?:阅读|查看|解锁)${object})$`,
    'u',
  );
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

/** A portal's font-size bar (【字体：大 中 小】, 字号：[ 大 中 小 ]), alone or before the page's buttons or fields. */
const ZH_FONT_BAR =
  /[【[［]?\s?字(?:体|号|级)(?:大小)?\s?[:：]\s?(?:[[【(（［]?\s?(?:特大|超大|较大|大|中|小|默认|标准|A\+|A-|A)\s?[\]】)）］]?\s?){2,5}[】\]］]?/u;
const ZH_BUTTONS =
  /^(?:[|｜·\s]*[【[［]?(?:打印|打印本页|打印此页|关闭|关闭窗口|收藏|分享|纠错|我要纠错|保存|返回顶部)[】\]］]?)+[|｜·\s]*$/u;

/** A page's own lines in Chinese that no field label names: its header and footer, a paywall, a font bar, a jump. */
function zhPageChrome(text: string): FurnitureLine | undefined {
  // Alone on its line the jump needs no brackets: 下转第7版, 转A3版.
  if (
    new RegExp(`^${ZH_JUMP.source}$`, 'u').test(text) ||
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

function zhPageNav(text: string): FurnitureLine | undefined {
  // Two neighbours on one line (上一篇：…　下一篇：…) are read one by one.
  const parts = text.split(new RegExp(`\\s+(?=[【[［]?${ZH_SIBLING}[】\\]］]?\\s?[:：])`, 'u'));
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

/**
 * (sealed14, zh) A paywall's note that says who may read on and what it costs (此內容只限訂戶閱讀。立即訂閱，首月只需$10。,
 * 本文为会员专属内容，请登录后继续阅读, 已是订户？请登入): every clause the page's own — the piece kept for subscribers or
 * members, the way in, the offer's price, the free reads left — and one of them naming who may read or the way in.
 */
function zhPaywallOffer(text: string): boolean {
  if ([...text].length > 60) return false;
  const clauses = text
    .replace(/\s*(?:>{1,3}|»|→)\s*$/u, '')
    .split(/\s*[，,。！!？?；;]\s*/u)
    .filter((c) => c !== '');
  if (clauses.length === 0) return false;
  const reader = '(?:订户|订阅户|订阅者|订阅用户|会员|付费会员|付费用户|VIP(?:会员)?|登录用户|注册用户)';
  // The piece kept for them: 此内容只限订户阅读, 本内容仅限付费会员阅读, 以下内容仅供订户阅读, 此文章为付费内容.
  const kept = new RegExp(
    `^(?:此|本|该|以下|全|剩余)?(?:内容|文章|文|篇|报道|部分)?(?:(?:只|仅)(?:限|供|对)(?:于)?${reader}(?:阅读|查看|浏览|收看|收听|开放)?|(?:为|是|属|系)(?:付费|会员|订户|订阅)(?:专属|专享|独家)?(?:内容|文章|报道))$`,
    'u',
  );
  // The way in: 立即订阅, 请登入, 立即开通会员, 请先购买, 订阅后即可阅读全文, 请登录会员后继续阅读, 免费注册即可阅读全文.
  const act =
    '(?:(?:登录|登入)(?:或|及|/|／)?注册|注册(?:或|及|/|／)?(?:登录|登入)|订阅|登录|登入|注册|购买|开通会员|开通VIP|成为会员|加入会员|升级会员)';
  const read =
    '(?:阅读|查看|浏览|收听|收看|解锁)(?:全文|完整(?:内容|文章|报道)|剩余(?:内容|部分)|(?:全部|所有|更多)(?:内容|文章|报道))?';
  // Reading on, said alone after the way in (注册登录后，查看完整内容; 立即登入，阅读全文; 解锁全文).
  const readOn = new RegExp(`^(?:即可|可|立即)?(?:免费)?(?:继续)?${read}$`, 'u');
  const way = new RegExp(
    `^(?:请|请先|立即|马上|现在|免费)?${act}(?:${reader}|数码版|电子版|[^，。！？]{0,4}(?:版|套餐|计划))?(?:后|以|即可|后即可|后可|可)?(?:免费)?(?:继续)?(?:${read})?$|^(?:剩余内容|全文|以下内容)(?:需|须)${act}后?${read}$`,
    'u',
  );
  const asked = new RegExp(`^(?:已是|已经是|已有)${reader}(?:账号|帐号)?$|^(?:想|欲)?继续阅读$`, 'u');
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
  return seen.kept > 0 || (seen.way > 0 && (clauses.length > 1 || new RegExp(read).test(text)));
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
 * A forum's or a blog's post header: the poster (a handle, any letters; 楼主 alone names no one), the date, and the
 * thread's buttons. `floor` when the header numbers a reply (沙发, 2楼); whether it opens the thread or a reply is
 * for the page to say: at the top it is the post's, under the post's text it starts the replies.
 */
function forumPostHeader(text: string): FurnitureLine | undefined {
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
function zhAppPromo(text: string): boolean {
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
function zhOutletFieldBar(text: string): FurnitureLine | undefined {
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
function zhPostHeaderUnmarked(text: string): string {
  if (!/^(?:原创|转载|首发)?\s?\p{Script=Han}/u.test(text) || !/[*[]/u.test(text)) return text;
  return text
    .replace(/\[([^[\]]{1,30})\]\((?:javascript:[^\s()]*(?:\(\d?\))?;?|[^\s()]*)\)/gu, '$1')
    .replace(/(\*{1,2})([^*\n]{1,40})\1/gu, '$2')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A date stamp (and time) and a Taiwan reporter's bracket on one line, in either order; undefined for any other. */
function zhStampAndFiledByline(text: string): FurnitureLine | undefined {
  const STAMP = '(\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s\\d{1,2}:\\d{2}(?::\\d{2})?)?)';
  const BRACKET = '([〔【［\\[（(][^〔【［\\[（()）\\]］】〕]{4,40}[〕】］\\]）)])';
  const first = new RegExp(`^${STAMP}\\s?${BRACKET}$`, 'u').exec(text);
  const last = first ? undefined : new RegExp(`^${BRACKET}\\s?${STAMP}$`, 'u').exec(text);
  const [stamp, bracket] = first ? [first[1]!, first[2]!] : last ? [last[2]!, last[1]!] : [];
  if (!stamp || !bracket) return undefined;
  const published = parseDate(stamp);
  const filed = zhFiledFrom(unbracket(bracket));
  const found = filed ? parseBylineLine(bracket) : undefined;
  if (!published || !found) return undefined;
  return { kind: 'meta', meta: { published }, byline: found.byline, what: 'date and byline' };
}

function postHeader(names: string[], published: string): FurnitureLine {
  const line: Extract<FurnitureLine, { kind: 'meta' }> = {
    kind: 'meta',
    meta: { published },
    what: 'post header',
  };
  const labelled = names.findIndex((n) => /^(?:文|作者|撰文)\s*[/／:：|｜]\s*\S/u.test(n));
  const account = names.filter((_, i) => i !== labelled).at(-1);
  if (account && !/[/／:：|｜]/u.test(account)) line.meta.source = account;
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

/** The calendar date in a date line (`2026-03-10 07:42`, `2026年3月10日`, `March 3, 2026`, `3 March 2026`). */
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
  return undefined;
}

function valid(y: string, m: string, d: string): string | undefined {
  const date = `${y}-${m}-${d}`;
  const t = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== date ? undefined : date;
}

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

function zhDisclaimer(text: string): boolean {
  const body = text
    .replace(
      /^(?:风险提示|免责声明|特别声明|平台声明|郑重声明|声明|提示)\s?[:：]\s?|^【(?:免责声明|风险提示|声明)】\s?/u,
      '',
    )
    .replace(/^[（(【[]|[）)】\]]$/gu, '');
  const clauses = body.split(/\s*[，,。；;！!]\s*/u).filter((c) => c !== '');
  // (An aside in brackets, `以上内容(如有图片或视频亦包括在内)为…`, is read past.)
  const whole = (c: string) =>
    new RegExp(`^(?:${ZH_DISCLAIMER_CLAUSE.source})$`, 'u').test(
      c.replace(/[(（][^()（）]{0,20}[)）]/gu, ''),
    );
  if (clauses.length > 0 && clauses.every(whole)) return true;
  // A hosted page's provenance beside a clause that disclaims (以上内容由上市公司回复，平台不对其真实性…作任何保证).
  const hosted = (c: string) => new RegExp(`^(?:${ZH_HOSTED_CLAUSE.source})$`, 'u').test(c);
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
    /^IP\s?属地\s?[:：\s]\s?\p{Script=Han}{2,8}$/u.test(text)
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
  return undefined;
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

/**
 * A whole line of page furniture or metadata, or undefined when it is article text. Recognised by shape:
 * `label：value` pairs with furniture labels, date lines, provenance lines, end marks, share/print links,
 * breadcrumbs.
 */
export function furnitureLine(raw: string): FurnitureLine | undefined {
  const whole = oneLine(raw);
  if (whole) return whole;
  // A page's sentences run together on one line (`You have 1 free article left this month. Subscribe for unlimited
  // access to …`, `This article is for subscribers. Already a subscriber? Log in`): furniture when each one is.
  const text = raw.trim();
  if (text.length > 600 || /\p{Script=Han}/u.test(text)) return undefined;
  // A bar of the page's links (`Video of this meeting is available on … | Printer-friendly version | Subscribe to …`).
  const bar = text.split(/\s+\|\s+/);
  if (bar.length >= 2 && bar.length <= 6 && bar.every((p) => oneLine(p)?.kind === 'furniture'))
    return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  const parts = text.split(/(?<=[.!?])\s+(?=["“]?\p{Lu})/u);
  if (parts.length < 2 || parts.length > 6) return undefined;
  // Every answer below needs the first sentence to be the page's: the others are read only then (this runs on each
  // paragraph of every article).
  const first = oneLine(parts[0]!);
  if (first?.kind !== 'furniture') return undefined;
  // (a sponsor's read goes on in the sponsor's words: `This episode is supported by Acme. Acme helps … — try it free`)
  // (and a disclaimer in the publisher's words: `This summary is provided to help … It does not form part of …`)
  if ((first.what === 'sponsor line' || first.what === 'disclaimer') && wordCount(text) <= 80) return first;
  return parts.slice(1).every((p) => oneLine(p)?.kind === 'furniture')
    ? { kind: 'furniture', what: first.what }
    : undefined;
}

/** furnitureLine for a line read whole. */
function oneLine(raw: string): FurnitureLine | undefined {
  const text = zhBars(raw.trim().replace(/[\s\u3000]+/gu, ' '));
  if (text === '' || [...text].length > 160) return undefined;
  // A video player's time display (00:00 / 02:16): the player's, in any language.
  if (/^\d{1,2}:\d{2}(?::\d{2})?\s?[/／]\s?\d{1,2}:\d{2}(?::\d{2})?$/u.test(text))
    return { kind: 'furniture', what: 'video player' };
  // A live page's time stamp over each post (`17:40 BST`, `10:32 a.m. ET`, `【17:40】`, `1h ago`): the post's, not text.
  if (postTime(text)) return { kind: 'furniture', what: 'post time' };
  // A row of arrows pointing at what comes next (↓↓↓, 👇👇): a post's mark, never text.
  if (/^[↓⬇👇↑⬆👆→↘▼▲\s]{1,}$/u.test(text)) return { kind: 'furniture', what: 'share or print links' };
  // A kicker before the page's time stamp (`LIVE · Last updated 4:05 p.m. ET, May 20, 2026`): the stamp is read.
  const kicker = /^([^·|•]{2,24}?)\s+[·|•]\s+(.+)$/u.exec(text);
  if (kicker && !/\p{Script=Han}/u.test(text) && furnitureLine(kicker[1]!)?.what === 'section label') {
    const stamp = furnitureLine(kicker[2]!);
    // `Analysis | Jane Roe`: the kicker, then the writer.
    const writer = stamp ? undefined : bareEnglishName(kicker[2]!);
    if (writer) return { kind: 'meta', meta: {}, what: 'byline', byline: { raw: text, names: [writer] } };
    return stamp?.kind === 'meta' ? stamp : { kind: 'furniture', what: 'section label' };
  }
  // The outlet and its section (`Veland Broadcasting Corporation · Politics`): where the page is, not who wrote it.
  // (and `Robotics Trade Weekly | Automation | Interviews`: its section and the kind of piece)
  const [outlet = '', ...labels] = text.split(/\s+[·|•]\s+/);
  if (
    labels.length >= 1 &&
    labels.length <= 3 &&
    (PUBLICATION.test(outlet) || INSTITUTION.test(outlet)) &&
    labels.every(
      (t) => /^[\p{Lu}][\p{L}&'’-]*(?:\s+(?:[\p{Lu}][\p{L}&'’-]*|&|and)){0,3}$/u.test(t) && !parseDate(t),
    )
  )
    return { kind: 'meta', meta: { source: outlet }, what: 'publication line' };
  if (/\p{Script=Han}/u.test(text)) {
    // A reading-time field at the end of a header line (`文/某某　2026.03.22 14:35　阅读时间 约5分钟`): the rest is read.
    const timed =
      /^(.*\S)[\s\u3000]+(?:预计|大约|约)?阅读(?:时间|时长)?\s*[:：]?\s*(?:大约|约)?\s*\d+\s*分钟$/u.exec(
        text,
      );
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
    if (/^[（(【[]?(?:完|全文完|终)[）)】\]]?$/u.test(text)) return { kind: 'furniture', what: 'end mark' };
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
    if (
      /^[^。，！？]{1,12}(?:\s*[>›»＞]\s*[^。，！？>›»＞]{1,12}){1,6}$/u.test(text) ||
      /^(?:当前位置[:：]\s*)?(?:首页|主页|网站首页)(?:\s*[/／|]\s*[^。，！？、/／|]{1,12}){1,6}$/u.test(text)
    ) {
      // (sealed12, zh) A trail that starts from the paper itself (某某日报 > 港闻 > 医疗) names the outlet.
      const home = /^([\p{Script=Han}·]{2,10})\s*[>›»＞]/u.exec(text)?.[1];
      if (home && /(?:日报|晚报|时报|早报|商报|报|周刊)$/u.test(home) && ZH_ORG.test(home))
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
    // The label a page sets over an advertisement, alone on its line (广告, - 推广 -, 【赞助内容】).
    if (
      /^[-–—·•\s【[［（(]*(?:广告|推广|赞助|赞助内容|商业推广|品牌推广|推广信息|推广内容|广告位|合作推广|广告招商)[-–—·•\s】\]］）)]*$/u.test(
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
      /^[【[［（(](?:推广|广告|赞助|商业推广|品牌推广|推广信息|AD|Ad|Sponsored|PR)[】\]］）)]\s*\S/u.test(
        text,
      )
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
    if (
      /如有侵权|版权归原作者|转载请注明|未经(?:书面)?授权[，,]?\s*不得转载|版权所有|本文(?:为|系).{0,12}原创|^(?:copyright\s?)?(?:©|\(c\))|^copyright\b|all rights reserved/iu.test(
        text,
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
      /^(?:特别|重要)?声明[:：]|^本文为.{1,20}(?:号|平台)?(?:作者|机构|用户).{0,30}(?:上传|发布)/u.test(
        text,
      ) &&
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
    const from = /^(?:本文)?(?:转载自|转自|来自|来源于|首发于|原载于?)[:：]?\s*(\S.{0,40}?)[。.]?$/u.exec(
      text,
    );
    // 来源于某某的数据显示，……。 is a sentence: a provenance line names a source and stops.
    // (session 10) Nor is 来自北京的代表团参观了实验室。: bare 来自 without a colon names a source and nothing it does.
    const bare = from && /^来自[^:：]/u.test(text) && /的|了/u.test(from[1]!);
    if (from && !/[，,。！？；]/u.test(from[1]!) && !bare)
      return { kind: 'meta', meta: { source: from[1]! }, what: 'provenance' };
    // Last, after the bracketed forms above (据…, 由…整理): who supplied a brief's item, in brackets on its own
    // line (（省科技厅规划处）, （市工信局供稿）): an office's name or a supplying verb, no sentence.
    if (
      /^[（(][\p{Script=Han}·]{2,20}(?:[处局厅部委办院所室科队站馆社台网报]|中心|公司|集团|协会|学会|供稿|提供|整理|综合|编译)[）)]$/u.test(
        text,
      ) &&
      !parseBylineLine(text)
    )
      return { kind: 'furniture', what: 'item source' };
    return zhProbedLine(text) ?? zhQuoteLine(text);
  }
  // English
  const labelled = enLabelParts(text);
  if (labelled) return labelled;
  // Who supplied the text: `Transcript provided by Ledgerline Transcripts · Oct 29, 2026, 6:45 p.m. ET`.
  const supplied =
    /^(?:transcript|text|content|data|audio|video|this transcript|this content) (?:provided|supplied|produced|prepared) by ([\p{Lu}][\p{L}'’&.-]*(?:\s+[\p{Lu}][\p{L}'’&.-]*){0,5})(?:\s*[·|•,]\s*(.{4,60}))?\.?$/iu.exec(
      text,
    );
  if (supplied) {
    const meta: ArticleMeta = { source: supplied[1]! };
    const date = supplied[2] ? parseDate(supplied[2]) : undefined;
    if (date) meta.published = date;
    return { kind: 'meta', meta, what: 'provenance' };
  }
  // The print edition's note names the paper: `A version of this article appears in print on March 15, 2026, Section B,
  // Page 9 of the Northern Star.`
  const printed =
    /^[Aa] version of this (?:story|article|piece|obituary|review) (?:appeared|appears|ran) in print\b[^!?]{0,80}?\b(?:of|in) (?:the )?((?:[\p{Lu}][\p{L}'’&.-]*)(?:\s+[\p{Lu}][\p{L}'’&.-]*){0,4})\.?$/u.exec(
      text,
    );
  if (printed && wordCount(text) <= 40)
    return { kind: 'meta', meta: { source: printed[1]!.replace(/\.$/, '') }, what: 'print edition note' };
  // A judgment's header lines: the bench (`Judges: Lady Justice Roe, Lord Justice Doe`), the court below (`On appeal
  // from the Employment Appeal Tribunal [2025] VEAT 88`); a footnote citing a law (`[1] AI Liability Act 2025, s. 1(2).`).
  if (
    wordCount(text) <= 40 &&
    (/^(?:judges?|justices?|before|coram|bench|panel)\s*:\s*(?:(?:the\s+)?(?:lady|lord|mr|mrs|ms|dame|sir|justice|judge|chief|hon\.?|his honour|her honour)\b)/i.test(
      text,
    ) ||
      /^[Oo]n appeal from (?:the )?\p{Lu}[^.!?]{2,100}$/u.test(text) ||
      // (only a citation of a law's or a ruling's part: a note that explains is the writer's text)
      (/^\[\d{1,3}\]\s+\S/u.test(text) &&
        wordCount(text) <= 16 &&
        /^\[\d{1,3}\]\s+(?:ibid\.?|id\.|op\. cit\.?)|\b(?:s|ss|art|arts|para|paras|reg|regs|sch|r|rule)\.?\s*\d|\bsection\s+\d/i.test(
          text,
        )))
  )
    return { kind: 'furniture', what: 'case header or footnote' };
  const published =
    // (`Posted by Jane Roe on May 21, 2026` is a byline with its date: the names must not be lost.)
    /^(?:updated|published|posted|first published|last updated|last modified|last reviewed|reviewed)(?!\s+by\s)(?:\s+on)?\s*:?\s*(.+)$/i.exec(
      text,
    );
  // `Thursday 14 January 2027, last updated 4:02 p.m.`: the page's date, then when it last changed.
  const stamped =
    /^(.{6,40}?)\s*[,·|•–—]\s*(?:last\s+)?(?:updated|modified|edited)\s*:?\s*(?:at\s+)?[^.!?]{1,40}\.?(?:m\.)?$/i.exec(
      text,
    );
  if (stamped && !/^(?:updated|published|posted|last)\b/i.test(text)) {
    const first = furnitureLine(stamped[1]!);
    if (first?.kind === 'meta' && first.what === 'date line') return first;
  }
  // `Publication date: 3 March 2026` (a leaflet's, a report's): the date it was published.
  const publicationDate = /^(?:publication|date of publication|issue|release) date\s*:\s*(.{3,30})$/i.exec(
    text,
  );
  if (publicationDate) {
    const date = parseDate(publicationDate[1]!);
    return date
      ? { kind: 'meta', meta: { published: date }, what: 'date line' }
      : { kind: 'furniture', what: 'date line' };
  }
  if (published) {
    const date = parseDate(published[1]!);
    if (date && wordCount(text) <= 16) return { kind: 'meta', meta: { published: date }, what: 'date line' };
    // `Updated: 03/03/2026 15:41`: a date line whose day and month order the page does not say; no metadata.
    if (
      /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$/i.test(
        published[1]!.trim(),
      )
    )
      return { kind: 'furniture', what: 'date line' };
  }
  if (
    /^(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}.*)?$/.test(
      text,
    ) ||
    /^(?:[A-Z][a-z]{2,8},?\s+)?\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$/.test(
      text,
    ) ||
    /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s*[A-Z]{2,4})?)?$/.test(text)
  ) {
    const date = parseDate(text);
    if (date) return { kind: 'meta', meta: { published: date }, what: 'date line' };
  }
  const origin =
    /^(?:this (?:article|story|piece|post|essay|column) )?(?:was )?(?:originally|first) (?:published|appeared|posted|ran)(?: (?:on|in|at|by))? (.{2,80}?)\.?$/i.exec(
      text,
    ) ??
    /^(?:this (?:article|story|piece|post) )?(?:originally|first) appeared (?:on|in|at) (.{2,80}?)\.?$/i.exec(
      text,
    );
  if (origin) {
    const source = origin[1]!
      // `… in The Upland Ledger. Republished with permission`: the name ends with its sentence.
      .replace(/\.\s+\p{Lu}.*$/u, '')
      .replace(/\s+(?:on|in)\s+\S+\s+\d{1,2},?\s+\d{4}$/i, '')
      // `on the Fenn Valley blog`: the article of the sentence, not of a name (`in The Ledger Weekly`).
      .replace(/^the\s+/, '');
    return { kind: 'meta', meta: { source: source.trim() }, what: 'provenance' };
  }
  // Copyright and contact lines at the foot of a page.
  if (
    /^(?:©|\(c\)|copyright\b|all rights reserved)/i.test(text) &&
    // The wire's full notice runs longer: `… All rights reserved. This material may not be published, …`.
    (wordCount(text) <= 16 ||
      (wordCount(text) <= 40 && /all rights reserved|may not be (?:published|reproduced)/i.test(text))) &&
    !/\b(?:said|says|law|infring|lawsuit|court)/i.test(text)
  ) {
    // Whose page it is (`© 2026 Ardley University · Privacy`): the source when nothing before named one.
    const holder =
      /^(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?((?:[Tt]he\s+)?[\p{Lu}][\p{L}&'’-]*(?:\s+(?:[\p{Lu}][\p{L}&'’-]*|of|for|and|&)){0,6}?)(?:,?\s+(?:Inc|Ltd|LLC|plc|GmbH)\.?)?(?:\s+\d{4})?(?:[.,]?\s*(?:[·|∙•].*|[Aa]ll [Rr]ights [Rr]eserved.*|ALL RIGHTS RESERVED.*))?\.?$/u.exec(
        text,
      );
    // (a wire is named as wires are elsewhere: `The Associated Press` is Associated Press)
    const named = holder?.[1]?.replace(/\.$/, '');
    const bare = named?.replace(/^the\s+/i, '');
    const source = bare && AGENCY_ONLY.test(bare) ? bare : named;
    if (source && !/^(?:all|the)$/i.test(source) && !/\d/.test(source) && !bareEnglishName(source))
      return { kind: 'meta', meta: { source }, what: 'copyright line' };
    return { kind: 'furniture', what: 'copyright line' };
  }
  if (
    /^(?:contact|email|write to) (?:the )?(?:author|reporter|writer|us)\b/i.test(text) &&
    wordCount(text) <= 16
  ) {
    return { kind: 'furniture', what: 'contact line' };
  }
  // Buttons exported as words: `Share`, `+ Follow`, `Like`, `Report this article`, `Reuse this content`.
  if (
    /^[+]?\s*(?:print|email|share|save|comment|like|follow|connect|repost|send|reply|bookmark|tweet|subscribe|listen|clap|donate|start writing|get the app|sign in|log in)s?$/i.test(
      text,
    ) ||
    /^(?:report this (?:article|post|comment|ad|advert|advertisement)|reuse this content|see more|show more|view (?:all )?comments|add a comment|copy link|listen to (?:this )?(?:article|story))$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'page links' };
  // `Cite this report: Roe, J. (2026). …`: how to cite the page, not the story.
  if (
    /^(?:cite this (?:report|article|paper|page|study|publication|brief)|how to cite(?: this [a-z]+)?|suggested citation|recommended citation)\s*:/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'citation' };
  // A row of hashtags under a social post: `#FutureOfWork #HealthIT`.
  if (/^(?:#[\p{L}\p{N}_]{2,40}[\s,]*){1,15}$/u.test(text)) return { kind: 'furniture', what: 'hashtags' };
  // `12 Comments`, `3 shares`: a counter with its label.
  if (
    /^\d{1,6}(?:[.,]\d{1,3})?[kKmM万]?\s+(?:comments?|likes?|shares?|replies|restacks?|reactions?|reposts?|views?|followers?|following|subscribers?|claps?|readers?)$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'counters' };
  // A press wire's frame: `SOURCE Acme Ltd.` (the issuer, in capitals by the wire's style) and its own promotion.
  const issuer = /^SOURCE\s+(\S.{1,60}?)$/.exec(text);
  if (issuer && wordCount(issuer[1]!) <= 8 && !PROSE.test(issuer[1]!))
    return { kind: 'meta', meta: { source: issuer[1]! }, what: 'source line' };
  if (/^(?:want your company['’]?s news featured on|view original content|multimedia:?$)/i.test(text))
    return { kind: 'furniture', what: 'press wire furniture' };
  // `Media contact: Jo Roe, jroe@example.com`: the press office's line, with its name on it.
  if (
    /^(?:media|press|investor|news)\s+(?:contacts?|enquiries|inquiries)\s*:\s*\S/i.test(text) &&
    wordCount(text) <= 20
  )
    return { kind: 'furniture', what: 'contact line' };
  // A bare count a page prints under the headline (likes, comments, shares): a number alone is never text.
  if (/^\d{1,3}(?:[.,]\d)?[kKmM]?$/.test(text)) return { kind: 'furniture', what: 'counters' };
  // A newsletter's issue number under its title: `Issue #42`, `No. 118`, `Vol. 3, Issue 7`, `Edition 12`.
  if (/^(?:vol(?:ume)?\.?\s*\d+,?\s*)?(?:issue|edition|no\.|number)\s*#?\s*\d{1,4}$/i.test(text))
    return { kind: 'furniture', what: 'issue number' };
  // A paywall's and a blog's navigation: `You have 2 free articles left`, `« Older post   Newer post »`.
  if (
    /^(?:you have (?:\d+|one|two|three) free (?:articles?|stories|reads) (?:left|remaining)\b[^.!?]{0,30}|this (?:article|story|content) is (?:for|available to|only for) (?:paid )?(?:subscribers|members)(?: only)?(?:\.\s*subscribe\b[^.!?]{0,50}\bto (?:keep|continue) reading)?|subscribe\b[^.!?]{0,50}\bto (?:keep|continue) reading|(?:already a subscriber|already have an account)\??\s*(?:log ?in|sign ?in)?)[.!]?$/i.test(
      text,
    ) ||
    // (a bare `Next` may be a heading: the words need their noun or an arrow)
    (/^[«‹←<]*\s*(?:older|newer|previous|next)(?: (?:post|article|story|entry|page))?\s*[»›→>]*(?:\s*[|·]?\s*[«‹←<]*\s*(?:older|newer|previous|next)(?: (?:post|article|story|entry|page))?\s*[»›→>]*)?$/i.test(
      text,
    ) &&
      /[«‹←<»›→>]|\b(?:post|article|story|entry|page)\b/i.test(text))
  )
    return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  // A site's wall in front of its comments or the rest: `To view or add a comment, sign in`, `Log in or register to
  // post comments`, `Please sign in to continue reading`.
  if (
    /^(?:to (?:view|add|read|post|leave|see|join|reply)\b[^.!?]{0,40},\s*)?(?:please\s+)?(?:sign|log) ?in\b(?:\s+or\s+(?:register|sign up|join(?: now)?|subscribe|create (?:an|a free) account))?(?:\s+to\s+[^.!?]{2,40})?[.!]?$/i.test(
      text,
    ) &&
    wordCount(text) <= 16
  )
    return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  // A page's own controls and prompts, in forms probed beyond the corpus: a gallery's counter (`1 of 5`), a caption
  // toggle, an app or cookie prompt, a comment count, a tip line, a paywall's upgrade, a sign-up form's terms.
  if (
    (wordCount(text) <= 20 &&
      /^(?:\d{1,2} of \d{1,2}|(?:hide|show|toggle) caption|link copied|copy link|enter your email(?: address)?|open in (?:the )?app|get the app|download (?:the|our) (?:free )?app|text size|watch live|listen live|member-only story|upgrade to paid|responses? \(\d+\)|view(?: all)? \d+ (?:comments|replies)|read the (?:full )?transcript|(?:like|comment|share|repost|send)(?: [·|]? ?(?:like|comment|share|repost|send)){2,4}|tell us what you think|have your say|join the discussion|read the latest issue|today['’]s top stories|read our (?:ethics|editorial|corrections) polic(?:y|ies)\.?)$/i.test(
        text,
      )) ||
    (wordCount(text) <= 40 &&
      /^(?:got|have) an? (?:opinion|view|thought)s? on this(?: topic| story| issue| article)?\?|^(?:got|have) a (?:confidential )?(?:news )?tip\?|^send (?:us )?(?:your )?(?:news )?tips to\s|^by (?:signing up|subscribing|clicking)\b.{0,80}\b(?:terms|privacy)\b|^we use cookies\b|^join (?:us|our) (?:on )?(?:whatsapp|telegram|signal|discord)(?: channel| community| group)?\b|^refresh (?:the page )?for (?:the )?(?:latest )?updates\b|^this (?:article|story|interview|piece|essay) (?:appears|appeared|will appear) in (?:the )?[^.!?]{0,40}print edition\b|^this (?:page|blog|live blog) (?:will )?(?:update|refresh)s? automatically\b|^submit a letter to the editor\b|^(?:write|send) (?:us )?a letter to the editor\b|^(?:subscribe|follow|listen)(?: to [\w' ]{1,30})? wherever you (?:get|listen to) (?:your )?podcasts\b|^(?:the )?(?:full )?transcripts? (?:is |are )?(?:available|open) (?:only )?(?:to|for) (?:members|subscribers|paid subscribers|supporters)\b|^[A-Z][\w' ]{1,40} is (?:funded|supported|made possible) by (?:its |our )?(?:readers|listeners|members|donations|supporters)\b|^(?:we|this site) may earn (?:a )?(?:commission|affiliate)|^our editors independently (?:select|review|choose)|^a version of this (?:story|article) (?:appeared|appears) in\b|^this (?:story|article) (?:appeared|appears) in (?:the )?print\b/i.test(
        text,
      ))
  )
    return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  // A gallery's and a player's controls (`Click to enlarge`, `Image 1 of 5`, `1 / 5`, `Loading chart…`), an embedded
  // post's frame (`View this post on Instagram`, `— Jane Roe (@jroe) March 3, 2026`, `pic.twitter.com/…`), a
  // paywall's prompt and a page's note that a machine made its audio or summary: the page's, not the story's.
  if (
    wordCount(text) <= 24 &&
    (/^(?:click (?:to|here to) (?:enlarge|expand|zoom|view (?:the )?(?:full|larger) image)|(?:enlarge|expand|view (?:full(?:-| )?size|larger)) (?:image|photo|picture)|expand|enlarge|zoom|close|full ?screen|(?:previous|next|prev) (?:image|photo|slide|picture)|(?:image|photo|picture|slide) \d{1,2} (?:of|\/) \d{1,2}|\d{1,2} \/ \d{1,2}|loading(?: chart| map| graphic| video| interactive)?(?:\.{3}|…)?|embedded (?:video|content|post|tweet)|view this post on (?:instagram|facebook|x|threads|tiktok)|this is a preview of subscription content\.?|(?:to continue reading|to keep reading|to read the full (?:story|article)),? (?:please )?(?:subscribe|sign in|log in|register)\.?|create a free account to (?:keep|continue) reading\.?|(?:audio|this summary|summary|the summary|this audio) (?:is|was) (?:ai-generated|generated by ai|machine-generated)\.?|summary generated by ai|ai-generated summary)$/i.test(
      text,
    ) ||
      /^a post shared by [^()]{1,60}\(@[\w.]{2,30}\)$/i.test(text) ||
      /^pic\.twitter\.com\/\w+$/i.test(text) ||
      /^[—–-]{1,2}\s*[^()]{1,60}\(@\w{1,30}\)\s+(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})$/.test(
        text,
      ) ||
      /^this (?:article|story|summary) was (?:generated|written|drafted|produced) (?:with the help of|using|by|with) (?:an? )?(?:ai|artificial intelligence)\b[^!?]{0,80}$/i.test(
        text,
      ))
  )
    return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  // A site's footer row of its own pages: `Help Status About Careers Press Blog Privacy Terms`.
  if (navRow(text)) return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  // A blog's row of links between posts: `Newer Post Older Post Home`.
  if (
    /^(?:(?:[«‹←<]\s*)?(?:older|newer|previous|next) (?:post|article|story|entry|page)s?(?:\s*[»›→>])?\s*|home\s*){2,4}$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  // A call to read the whole story elsewhere: `Read the full story →`, `Continue reading on the site`.
  if (
    /^(?:read|see|get|continue|keep reading)\b[^.!?]{0,30}\b(?:story|article|report|post|piece|coverage|interview|here)(?:\s+(?:on|at)\s+[^.!?]{1,30})?\s*[→»›>]*$/i.test(
      text,
    ) &&
    wordCount(text) <= 10
  )
    return { kind: 'furniture', what: 'page links' };
  // Who paid for the issue: `This issue is sponsored by Acme. Try it free`, `Sponsored by Acme`.
  if (
    /^(?:this (?:issue|edition|newsletter|post|episode|week['’]?s issue|email) is (?:sponsored|brought to you|presented|supported|powered) by|(?:sponsored|presented|powered) by|brought to you by|in partnership with|advertiser content from|(?:this|the following) (?:content|article|story|post|feature) (?:was|is) (?:paid for|funded|sponsored|commissioned) by)\s+\S/i.test(
      text,
    ) &&
    wordCount(text) <= 60
  )
    return { kind: 'furniture', what: 'sponsor line' };
  // A press release's slug line: `FOR IMMEDIATE RELEASE`, `Embargoed until 00:01 BST, 3 June`, `NEWS RELEASE`.
  if (
    /^(?:for immediate release|(?:news|press|media) release|embargoed?(?: until| till| to)? .{0,40}|under embargo until .{0,40})$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'press release slug' };
  // The label a page puts over an opinion piece: `Guest essay`, `Opinion`, `Op-ed`, `Analysis | Energy`.
  if (
    /^(?:guest (?:essay|column|post|opinion)|opinion|op-ed|commentary|analysis|perspective|viewpoint|column|editorial|letter|letters|exclusive|breaking(?: news)?|developing(?: story)?|live(?: updates)?|editor['’]s picks?)(?:\s*[|·:]\s*[\p{L}& ]{2,30})?$/iu.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'section label' };
  // A government or report page's foot: the download link, the feedback question, the licence.
  if (
    (/^(?:download|view|read|open)\b.{0,60}\((?:pdf|docx?|xlsx?|csv|odt|ods|epub|zip|html)\b[^)]{0,30}\)$/i.test(
      text,
    ) ||
      /^download (?:the |our |this )?(?:full |complete |summary )?(?:report|pdf|document|study|paper|data(?:set)?|brochure|guide|summary|file)s?\b[^.!?]{0,40}$/i.test(
        text,
      )) &&
    wordCount(text) <= 16
  )
    return { kind: 'furniture', what: 'download link' };
  if (
    // (the answers may come with their thumbs: `Was this page helpful? 👍 Yes 👎 No`)
    /^(?:was|is) this (?:page|article|information|answer|content|story) (?:useful|helpful)\??(?:\s*(?:👍|👎)?\s*(?:yes|no)\s*[|/·]?)*$/iu.test(
      text,
    ) ||
    // A docs site's own link to its source: `Edit this page on GitHub`, `Suggest an edit`, `Improve this page`.
    /^(?:edit|view|improve) (?:this|the) page(?: on (?:github|gitlab|bitbucket))?$|^(?:suggest|propose) (?:an )?(?:edit|change)s?$|^view source$/i.test(
      text,
    ) ||
    /^(?:did you find this (?:page |article )?(?:useful|helpful)\??|rate this (?:page|article)|report a problem with this page|give feedback(?: on this page)?)(?:\s*(?:yes|no)\s*[|/·]?)*$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'feedback prompt' };
  if (
    /^(?:all )?(?:the )?(?:content|contents|text|material)(?: (?:of|on) this (?:page|site|website|article))? (?:is|are) (?:available|published|licensed|released|made available) under\b/i.test(
      text,
    ) ||
    /^(?:this (?:work|page|article|content) is )?licensed under (?:the |a )?(?:creative commons|cc[ -]by|open government licence|[\p{Lu}][\p{L} ]{2,40}licen[cs]e)/iu.test(
      text,
    )
  )
    return wordCount(text) <= 30 ? { kind: 'furniture', what: 'licence line' } : undefined;
  const reporting =
    /^\(?(?:additional )?reporting by (.+?)(?:;\s*(?:additional reporting by .+?;\s*)?(?:writing by .+?;\s*)?editing by (.+?))?\.?\)?$/i.exec(
      text,
    );
  if (reporting) {
    const meta: ArticleMeta = {};
    if (reporting[2]) meta.editor = reporting[2].split(/\s+and\s+|,\s*/)[0]!.trim();
    const line: FurnitureLine = { kind: 'meta', meta, what: 'reporting credits' };
    return line;
  }
  const editing = /^(?:edited by|editing by|editor:)\s+(.{2,60}?)\.?$/i.exec(text);
  if (editing && EN_NAME.test(editing[1]!.split(/\s+and\s+|,\s*/)[0]!.trim())) {
    return {
      kind: 'meta',
      meta: { editor: editing[1]!.split(/\s+and\s+|,\s*/)[0]!.trim() },
      what: 'editor line',
    };
  }
  // A byline that names no one: `By The Associated Press` (the wire), `By Gazette Staff`, `From staff reports`.
  const wire = new RegExp(`^by\\s+(?:the\\s+)?(${AGENCY})$`, 'i').exec(text);
  if (wire) return { kind: 'meta', meta: { source: wire[1]! }, what: 'agency byline' };
  if (
    /^(?:by\s+)?(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}(?:staff(?: reports?)?|news staff|wire reports|news services|editorial board)$|^from (?:staff|wire|news service) reports$/i.test(
      text,
    ) &&
    wordCount(text) <= 7
  )
    return { kind: 'furniture', what: 'staff byline' };
  // `Source: …`, and a government page's `From: Department for …` over its press release (a name, not a sentence).
  const source =
    /^source:\s*(.{2,60}?)\.?$/i.exec(text) ??
    /^(?:From|FROM):\s*((?:the\s+)?\p{Lu}[\p{L}&,'’. -]{1,80}?)(?:\s+<[^>]+>)?$/u.exec(text);
  if (source && wordCount(source[1]!) <= (/^from/i.test(text) ? 10 : 6))
    return { kind: 'meta', meta: { source: source[1]! }, what: 'source line' };
  if (
    /^(?:sign up|subscribe|read more|related|see also|share (?:this|on)|share:|follow us|follow (?:the )?\w+ on|listen to this article|advertisement|click here|more from|recommended|watch:|also read|go deeper\s*:|\d+ min(?:ute)? read|print this|email this|comments?\s*\(\d+\)|read next|most (?:read|popular|viewed|shared)|(?:the )?(?:story|article|text) continues|continue reading|skip to (?:main )?content|more on this (?:story|topic)|get (?:our|the) [\w ]{0,30}newsletter|save (?:this )?(?:article|story)|gift (?:this )?(?:article|story)|(?:sponsored|partner|paid|promoted) (?:content|post|story)$|sponsored$|posted in\s+\S|our standards\s*:|share via\b|click to (?:share|email|print)\b|enjoying this (?:article|story)\b|(?:have|got) a (?:news )?(?:tip|story idea)\b|scroll (?:down )?to continue\b|report (?:a|an) (?:correction|error|typo)\b|submit a correction\b|send us your feedback\b|want more (?:stories|news|articles) like this\b|(?:estimated )?reading time\s*:|listen\s*:|don['’]t miss$|what to read next$|(?:see |watch |read )?more\s*:|(?:trending(?: now)?|latest(?: news| stories)?|up next|you (?:might|may) also like|editor['’]s picks|back to top|loading(?:\.{3}|…)?|show comments|view comments|join the conversation|comments are closed\.?|reprints? (?:&|and) permissions|watch the video)$)/i.test(
      text,
    ) &&
    wordCount(text) <= 20 &&
    // `Related cases were reported …`, `Subscribe numbers rose.`: a sentence that happens to start with the word.
    !(
      // (`Subscribers to the service pay …`, `Relatedly, …`: the word with an ending is the sentence's)
      /^(?:related|read more|subscribe(?!rs?[- ]only\b)|recommended|more from|posted in)\w*\b(?!\s*:)/i.test(
        text,
      ) &&
      /[.!?]["”’)]*$/.test(text) &&
      !/^(?:subscribe|sign up)\s+(?:to|for|now|here|today)\b/i.test(text)
    )
  ) {
    return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  }
  // A podcast's outro: `Subscribe wherever you get your podcasts.`, `Rate and review us!`, `Listen on Apple Podcasts`.
  // (after the host's question to the listener: `Enjoyed the show? Rate and review us …`)
  const outro = text.replace(
    /^(?:(?:(?:enjoyed|enjoying|liked|like|love|loving) (?:the|this|our|today['’]s) (?:show|episode|podcast)|like what you (?:hear|heard))[?!]\s+|if you (?:enjoyed|liked|loved|like|love|enjoy) (?:the|this|our|today['’]s) (?:show|episode|podcast),?\s+)/i,
    '',
  );
  if (
    wordCount(outro) <= 24 &&
    /^(?:(?:subscribe|follow|listen)(?: to (?:us|the show|[\w ]{2,30}))? (?:wherever|on|in) (?:you get your podcasts|apple podcasts|spotify|youtube|your (?:favou?rite )?podcast app)|(?:please )?(?:rate|review|rate and review|leave (?:us )?a (?:rating|review))\b[^.!?]{0,40}(?:us|show|podcast|episode)\b)/i.test(
      outro,
    )
  )
    return { kind: 'furniture', what: 'podcast outro' };
  // A profile picture's alt text as a post exports it (`Ruth Calloway's avatar`), and a newsletter host's share
  // button named for the publication (`Share Second Shift`): the platform's, never the writer's.
  if (
    /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?\s+(?:avatar|profile (?:picture|photo|image)|headshot)$/u.test(
      text,
    ) ||
    /^[Ss]hare\s+(?:\p{Lu}[\p{L}&'’-]*)(?:\s+(?:\p{Lu}[\p{L}&'’-]*|&|and|of|the)){0,4}$/u.test(text)
  )
    return { kind: 'furniture', what: 'platform button' };
  // A document's own reference lines (a leaflet's, a policy's, a release page's): its number, review date, version,
  // page count, the offer of other formats; a letters page's rules; a wire's refile note; a comment box's controls.
  if (
    wordCount(text) <= 40 &&
    (/^(?:leaflet|document|publication|reference|ref\.?|product|form|policy|guideline|protocol|patient information)\s+(?:number|no\.?|code|id|reference)\s*:\s*[A-Za-z0-9][\w/. -]{0,29}$/i.test(
      text,
    ) ||
      /^(?:(?:next )?review|expiry|revision|version|effective) date\s*:\s*.{3,30}$/i.test(text) ||
      /^(?:reference|ref\.?)\s*:\s*[A-Z0-9][A-Z0-9/._-]{2,20}$/i.test(text) ||
      /^version\s+\d+(?:\.\d+){0,3}$|^page\s+\d+\s+of\s+\d+$/i.test(text) ||
      /^if you (?:need|would like|require|want) (?:this|the|our) (?:leaflet|document|information|page|publication|letter|report|guide)\b[^.!?]{0,40}\bin (?:an?other|a different|an alternative|alternative|large print|easy read|braille|audio)\b/i.test(
        text,
      ) ||
      /^letters? (?:may|will|must|should) (?:be edited|include|be no (?:longer|more) than|not exceed|be sent)\b/i.test(
        text,
      ) ||
      /^(?:please )?(?:include|give|provide) your (?:full )?name(?:,| and)[^!?]{0,140}$/i.test(text) ||
      /^\((?:this (?:story|article|version) (?:has been|was) (?:refiled|updated|corrected)|refiles? to|updates? to)\b[^()]{0,100}\)$/i.test(
        text,
      ) ||
      /^(?:\*\*)?full changelog(?:\*\*)?\s*:|^assets\s+\d+$|^source code \((?:zip|tar\.gz)\)$/i.test(text) ||
      /^(?:to )?(?:send|leave|post|sign|share) (?:a |your )?(?:tributes?|condolences?|messages? of condolence)\s*,?\s+(?:visit|go to|see)\s+\S+$/i.test(
        text,
      ) ||
      /^comments (?:are|will be) (?:moderated|pre-moderated|reviewed|closed)\b|^report (?:abuse|this comment)$|^save for later$|^(?:A\s+){2}A$/i.test(
        text,
      ) ||
      /^google alerts?\s*[-–—:]\s*.{2,60}$|^flag as irrelevant$|^receive this alert as (?:an )?rss feed$/i.test(
        text,
      ))
  )
    return { kind: 'furniture', what: 'document reference' };
  // A show's or a blog's other pieces on one line after a label: `More episodes: Ep. 111: … · Ep. 110: …`.
  if (
    wordCount(text) <= 50 &&
    /^(?:more|other|recent|previous|past|latest|related) (?:episodes|stories|articles|posts|reads|podcasts|issues|editions)\s*:\s*\S/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'related links' };
  // A row of bracketed buttons with no links (`[Listen on your podcast app] [Download MP3] [Transcript]`): the
  // player's or the page's controls as exported, never text.
  // (share buttons are named as such further on)
  if (
    /^\[[^[\]]{1,40}\](?:\s*[|·•]?\s*\[[^[\]]{1,40}\]){1,7}$/u.test(text) &&
    wordCount(text) <= 20 &&
    !/\[(?:share|email|print|tweet|post)\b/i.test(text)
  )
    return { kind: 'furniture', what: 'player or page buttons' };
  // A page's calls to action, alone on their line (`Request an appointment`, `Download the whitepaper`, `Load more
  // posts`, `Sign the guest book`): buttons a hospital's, a vendor's, a live page's or an obituary's site prints.
  if (
    wordCount(text) <= 10 &&
    /^(?:(?:request|book|make|schedule) an appointment|find an? (?:doctor|physician|specialist|location|clinic)|contact (?:our |the )?sales(?: team)?|(?:download|get) (?:the|our|a) (?:free )?(?:white ?paper|report|e-?book|brochure|datasheet|data sheet|case study|guide|toolkit)|register (?:now|here|today|for free)|(?:book|request|schedule) a (?:free )?demo|get started(?: for free| today| now)?|learn more|try (?:it )?(?:for )?free|start (?:your|a) free trial|view (?:this email )?(?:in (?:your )?browser|online|as a web ?page)|accessibility statement|cookie (?:settings|preferences|policy)|manage cookies|(?:load|show|see) more(?: posts| updates| stories| entries| comments)?|pinned(?: post)?|sign (?:the |our )?guest ?book|send flowers|plant (?:a )?trees?|listen to (?:this|the|today['’]s) (?:episode|podcast|show)|thank you for (?:subscribing|signing up)|this post is public so feel free to share it|type your email(?:…|\.{3})?\s*subscribe)[.!]?$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'call to action' };
  // An event's or a download's advert with its button: `Webinar: Cooling the AI data centre — Register now`.
  if (
    wordCount(text) <= 24 &&
    /^(?:webinar|event|live event|virtual event|white ?paper|e-?book|free report|report|download|sponsored)\s*:.{3,120}?\s*[—–|-]\s*(?:register|sign up|download|book|reserve|save your (?:seat|spot)|rsvp|get (?:it|your copy))(?: (?:now|here|today|free|for free))?[.!]?$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'call to action' };
  // A paywall's offer and a letters page's invitation: `Get unlimited access to the Courier from 2 crowns a week.`,
  // `Have your say: email letters@….`
  if (
    wordCount(text) <= 24 &&
    (/^(?:get|enjoy|unlock|try) (?:unlimited|full|complete|digital|all-access|premium) access\b[^!?,;]{0,100}$/i.test(
      text,
    ) ||
      /^have your say\s*[:—–-]\s*(?:email|e-mail|write to|send|comment|tell)\b[^!?]{0,80}$/i.test(text))
  )
    return { kind: 'furniture', what: 'call to action' };
  // A reader's invitation under an obituary or a post: `Share your memories of Ada in the comments below.`
  if (
    wordCount(text) <= 24 &&
    /^(?:please )?(?:share|leave|post) your (?:memories|condolences|tributes?|thoughts|stories|comments)\b.{0,80}\b(?:comments?|guest ?book|below|tribute wall)\b[^.!?]{0,20}[.!]?$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'call to action' };
  // `This article is for general information only and is not a substitute for medical advice.`, a court's `NOTE: This
  // summary is provided to help in understanding the Court's decision.`
  if (
    wordCount(text) <= 40 &&
    (/^(?:note\s*:\s*)?this (?:summary|press summary|note|alert|briefing|update) is (?:provided|published|intended) (?:to (?:help|assist)|for (?:general )?information)\b/i.test(
      text,
    ) ||
      /^this (?:article|page|document|text|post) is (?:a|an edited|an automated) transcript of\b/i.test(
        text,
      ) ||
      /^(?:this |the )?transcripts? (?:is|are|was|were|has been|have been) (?:automatically |machine[- ])?(?:generated|produced|created)\b[^!?]{0,80}$/i.test(
        text,
      ) ||
      /^(?:video|audio|a recording|the recording|a webcast|the webcast) of (?:this|the) (?:meeting|hearing|session|event|webinar|debate) (?:is|are|will be) (?:available|posted|published|online)\b[^!?]{0,80}$/i.test(
        text,
      ) ||
      /^printer[- ]friendly(?: version| page)?$/i.test(text))
  )
    return { kind: 'furniture', what: 'disclaimer' };
  if (
    wordCount(text) <= 40 &&
    /^(?:the )?(?:this )?(?:article|page|content|information|post|material|newsletter|episode)s?(?: on this (?:page|site|website))? (?:is|are) (?:provided |intended |meant )?(?:for|as) (?:general )?(?:information(?:al)?|educational)(?: (?:and|or) (?:educational|informational))? (?:purposes )?only\b/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'disclaimer' };
  // A show's or a site's plea for members, every sentence of it: `The Night Shift is listener-supported. Become a
  // member for ad-free episodes.`, `Support the show: become a member for ad-free episodes and bonus interviews.`
  if (memberAppeal(text)) return { kind: 'furniture', what: 'appeal or player line' };
  // The service that carried an announcement: `This information is provided by RNS, the news service of …`.
  if (
    wordCount(text) <= 50 &&
    /^this (?:information|announcement|release|news release|press release|content|material|notice) (?:is|was|has been) (?:provided|distributed|supplied|disseminated|transmitted|issued) (?:by|through|via|on behalf of)\s/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'distribution line' };
  // The page asking for money or pointing at its player: `Support local journalism`, `Become a member today`,
  // `Watch the full report in the video player above.` — the site's voice, not the story's.
  if (
    wordCount(text) <= 16 &&
    (/^(?:please\s+)?(?:support|fund|back)\s+(?:local|independent|our|quality|nonprofit|public[- ]service|trusted|community)\s+(?:[\w-]+\s+)?(?:journalism|news(?:room)?|reporting)\b/i.test(
      text,
    ) ||
      /^(?:become a (?:member|subscriber|supporter)|donate(?: now| today)?|make a (?:donation|contribution)|(?:click|tap) (?:here|play|the player) to (?:watch|listen))\b/i.test(
        text,
      ) ||
      /^(?:watch|see|listen to|hear) (?:the|our) (?:full |complete |original )?(?:report|video|story|interview|segment|broadcast|clip|episode) (?:(?:in|on) the (?:video |media |audio )?player )?(?:above|below)\.?$/i.test(
        text,
      ))
  )
    return { kind: 'furniture', what: 'appeal or player line' };
  // Breadcrumbs: `Home > News`, `Home / Business / Life Sciences` — a trail from the site's home, short labels
  // with no sentence punctuation (a slash alone is too common in text to go on without `Home` first).
  if (
    /^(?:home|news)\s*[>›»]\s*\S/i.test(text) ||
    // (from the site's own name: `Fenwick Valley Health › Newsroom › Hospital news`: two chevrons, short labels)
    /^[^.!?:;,>›»|]{2,40}(?:\s+[›»]\s+[^.!?:;,>›»|]{2,30}){2,6}$/u.test(text) ||
    /^(?:home|homepage)(?:\s*[/>›»|]\s*[^.!?:;,/>›»|]{1,30}){1,6}$/i.test(text)
  )
    return { kind: 'furniture', what: 'breadcrumbs' };
  // Tags and topic labels a CMS prints under the story: `Tags: humanoid robots, manufacturing`.
  if (
    /^(?:tags?|tagged(?: with)?|topics?|labels?|filed under|categories|category|keywords|related topics)\s*:\s*\S/i.test(
      text,
    )
  ) {
    // A list of labels has no sentence end; a sentence that starts with the word does.
    if (!FINAL.test(text) && !/[.;]$/.test(text) && wordCount(text) <= 24)
      return { kind: 'furniture', what: 'tags line' };
  }
  // The newsletter talking about itself: how it reached the reader, how to leave, share or answer it.
  if (NEWSLETTER_SELF.test(text) && wordCount(text) <= 30) {
    return { kind: 'furniture', what: 'newsletter furniture' };
  }
  // Share buttons exported as bracketed labels: `[Share on X] [Share on LinkedIn] [Email this]`.
  const buttons = text.match(/\[[^\]]{1,30}\]/g);
  if (
    buttons &&
    buttons.length >= 2 &&
    text.replace(/\[[^\]]{1,30}\]|[\s|·•]/g, '') === '' &&
    buttons.every((b) =>
      /\b(?:share|email|e-mail|print|tweet|post|save|copy|link|facebook|twitter|x|linkedin|whatsapp|reddit|comments?|subscribe|follow)\b/i.test(
        b,
      ),
    )
  )
    return { kind: 'furniture', what: 'share links' };
  // A row of share buttons: `Facebook Twitter LinkedIn Email`, `Share: X Facebook WhatsApp`.
  if (
    /^(?:share\s*:?\s*)?(?:(?:facebook|twitter|x|linkedin|e-?mail|whatsapp|reddit|print|copy link|pinterest|telegram|messenger|flipboard|bluesky|threads|mastodon|sms|save|share|gift(?: this)? article|bookmark|comments?|listen)\s*[|·•,/]?\s*){2,12}$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'share links' };
  // A relative time stamp: `Updated an hour ago`, `3 hours ago`, `March 3, 2026 / 3:41 PM / Updated an hour ago`.
  const relative =
    /^(?:(?:updated|published|posted)\s+)?(?:an?|\d{1,2}|one|two|three|few)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago$/i;
  if (relative.test(text)) return { kind: 'furniture', what: 'date line' };
  const slashed = text.split(/\s+\/\s+/);
  if (
    slashed.length >= 2 &&
    slashed.every(
      (part) =>
        relative.test(part) ||
        /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i.test(part) ||
        (parseDate(part) !== undefined && wordCount(part) <= 8),
    ) &&
    slashed.some((part) => parseDate(part) !== undefined)
  )
    return {
      kind: 'meta',
      meta: { published: parseDate(slashed.find((part) => parseDate(part))!)! },
      what: 'date line',
    };
  // `This article was produced in partnership with …`, `Republished with permission.`: how the piece came about.
  if (
    (/^this (?:article|story|report|piece|project|series|content) (?:was|is) (?:produced|published|reported|written|made|funded|supported|co-published|part of)\b.{0,40}\b(?:partnership|collaboration|support|funding|grant|series|project)\b/i.test(
      text,
    ) ||
      /^(?:republished|reprinted|reproduced|syndicated) (?:with|by) (?:permission|arrangement)\b/i.test(
        text,
      )) &&
    wordCount(text) <= 30
  )
    return { kind: 'furniture', what: 'provenance' };
  // `Jane Roe reported from London; John Doe from Paris.`: where the reporters were.
  if (
    // (the surname alone, as wires sign it: `Okafor reported from Port Linnet.`)
    /^(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*(?:\s+and\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*)?\s+reported (?:from|in) [\p{Lu}][\p{L}'’.-]*(?:,?\s+[\p{Lu}][\p{L}'’.-]*){0,3}(?:;\s*(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’.-]*\s+(?:reported )?from [\p{Lu}][\p{L}'’.-]*(?:,?\s+[\p{Lu}][\p{L}'’.-]*){0,3})*\.?$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'reporter location' };
  // A wire's sign-off on its own line: `— Reuters`, `-- AP`, `— Associated Press`.
  const signoff = new RegExp(
    `^[-—–]{1,2}\\s*((?:${AGENCY})(?:\\s*(?:/|,|and|&)\\s*(?:${AGENCY}))*)\\.?$`,
    'i',
  ).exec(text);
  if (signoff) return { kind: 'meta', meta: { source: signoff[1]! }, what: 'agency sign-off' };
  // `Associated Press writer Jo Banner contributed to this report.`, `Jo Banner contributed reporting from Lagos.`
  if (
    /^[\p{Lu}][\p{L}.'’-]*\s+(?:[\p{L}.'’-]+\s+){0,7}(?:also\s+)?contributed\s+(?:to this (?:report|story|article|live blog|blog|post|coverage|update|piece|episode)|(?:additional )?reporting)\b[^.!?]{0,60}\.?$/u.test(
      text,
    ) &&
    !/\b(?:said|says)\b/i.test(text)
  )
    return { kind: 'furniture', what: 'contributor line' };
  // `AP writers Jo Banner in Denver and Sam Lee in Boston contributed.`, `— With assistance from Sam Lee`: the desk's.
  if (
    (new RegExp(
      `^(?:(?:${AGENCY})\\s+)?(?:[Ss]taff\\s+)?(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?|[Jj]ournalists?)\\s+\\p{Lu}[\\p{L}'’.-]*\\s+\\p{Lu}[^.!?]{1,120}\\s+contributed\\.?$`,
      'u',
    ).test(text) ||
      /^[—–-]{0,2}\s*[Ww]ith (?:additional )?assistance from\s+\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[^.!?,]{1,80}\.?$/u.test(
        text,
      )) &&
    !/\b(?:said|says)\b/i.test(text)
  )
    return { kind: 'furniture', what: 'contributor line' };
  // A wire's note on what changed since the last take: `(Adds details in paragraph 5)`, `(Updates with CEO comments)`.
  if (
    /^\((?:adds|updates|corrects|recasts|rewrites|refiles|fixes|removes|inserts|deletes|repeats|changes|moves|clarifies|advances)\b[^().]{2,100}\)$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'update note' };
  // A blog platform's, a newsletter host's and a government site's own lines: comment forms, like and restack
  // buttons, the host's slogan, a transcript's toggles and its sound cues, the page's review date and scope.
  if (
    wordCount(text) <= 24 &&
    (/^(?:like this:?|like loading\.*|leave a reply(?: cancel reply)?|cancel reply|post a comment|see more comments|show (?:more|all) comments|load more comments|discussion about this post|ready for more\??|restack|type your email\.*|enter your email(?: address)?\.*|print friendly,? pdf (?:&|and) email|(?:show|hide|read|view) (?:full )?transcript|help us improve [\w.]+|is this page useful\??(?: yes no)?|report a problem with this page|substack is the home for great (?:culture|writing))$/i.test(
      text,
    ) ||
      /^your email address will not be published\.?(?: required fields are marked \*?\.?)?$/i.test(text) ||
      /^\d{1,4} (?:thoughts|comments|responses|replies) on [“"‘'].+[”"’']$/u.test(text) ||
      /^[\p{Lu}][^.!?]{1,60}(?:['’]s)? (?:newsletter|substack|blog) is a reader-supported publication\b/iu.test(
        text,
      ) ||
      /^(?:[Pp]ublished|[Pp]osted) in [\p{Lu}][\p{L}&'’ -]{1,40}$/u.test(text) ||
      /^(?:part of|applies to)\s*:\s*[^.!?]{2,60}$/i.test(text) ||
      /^(?:page|content) last (?:reviewed|updated)\s*:?\s*\S/i.test(text) ||
      /^[[(](?:music(?: playing| fades?(?: in| out)?)?|applause|laughter|laughs|crosstalk|inaudible|silence|theme music|sound of [^\])]{2,30}|end of (?:transcript|recording))[\])]$/i.test(
        text,
      ))
  )
    return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  // A press office's number or address on its own labelled line, and its prompt: `Tel: 020 7946 0000`,
  // `Contact: Jane Roe, 555-0142`, `For more information, visit acme.example.`
  if (
    (/^(?:contact|phone|tel|telephone|mobile|cell|fax|whatsapp)\s*[:.]\s*[^.!?]{0,40}\+?\d[\d ()./-]{6,}\d$/i.test(
      text,
    ) ||
      /^for (?:more|further) information,? (?:please )?(?:visit|see|go to|contact)\s+\S+\.?$/i.test(text)) &&
    wordCount(text) <= 14
  )
    return { kind: 'furniture', what: 'contact line' };
  // A press release's end mark and its sections for journalists: `-30-`, `Notes to editors`, `Media Inquiries`.
  if (/^(?:-\s?30\s?-|#\s?#\s?#)$/.test(text)) return { kind: 'furniture', what: 'end mark' };
  // A release's labelled date: `Release date: 3 March 2026`, `Date published: 3 March 2026`.
  const released =
    /^(?:release date|date published|publication date|date of publication|date issued)\s*:?\s+(.+)$/i.exec(
      text,
    );
  if (released && parseDate(released[1]!))
    return { kind: 'meta', meta: { published: parseDate(released[1]!)! }, what: 'date line' };
  // A newsletter host's paywall over the rest of a post: `∙ Paid`, `This post is for paid subscribers`,
  // `Already a paid subscriber? Sign in`.
  if (
    /^[∙·•]\s*(?:paid|free|subscribers? only|members? only)$/i.test(text) ||
    /^this (?:post|episode|article|issue) is for (?:paid |premium )?(?:subscribers|members|supporters)(?: only)?\.?$/i.test(
      text,
    ) ||
    /^already (?:a )?(?:paid )?(?:subscriber|member)\?\s*(?:sign|log) ?in\.?$/i.test(text)
  )
    return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  // A government or an organisation's news page: who issued it (`Issued by the Department of Labour`), its release
  // line with a date, its share buttons one per line and its way back to the list of news.
  const issuedBy =
    /^(?:issued|published|released) (?:by|on behalf of) ((?:the\s+)?\p{Lu}[\p{L}&'’-]*(?:\s+(?:\p{Lu}[\p{L}&'’-]*|of|for|and|&|the)){0,8})$/u.exec(
      text.replace(/^Issued|^Published|^Released/, (w) => w.toLowerCase()),
    );
  if (issuedBy)
    return { kind: 'meta', meta: { source: issuedBy[1]!.replace(/^the\s+/, 'The ') }, what: 'source line' };
  const releaseDate = /^for immediate release\s*[:—–-]\s*(.+)$/i.exec(text);
  if (releaseDate && parseDate(releaseDate[1]!))
    return { kind: 'meta', meta: { published: parseDate(releaseDate[1]!)! }, what: 'date line' };
  if (
    /^(?:facebook|twitter|x|linkedin|whatsapp|reddit|threads|bluesky|instagram|youtube|tiktok|telegram|pinterest|e-?mail|print|copy)$/i.test(
      text,
    ) ||
    /^(?:[«‹←<]\s*)?(?:back to (?:all )?(?:news|stories|articles|press releases|the newsroom|blog|top)|all (?:news|stories|press releases)|news home|newsroom home|(?:previous|next) (?:story|article|news|release)(?:\s*[»›→>])?)$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  // A paywall's meter and trial prompts: `You have read 3 of 3 free articles this month.`, `Keep reading with a
  // 7-day free trial`, `Subscribe to The Moving Parts to keep reading this post …`, `Start trial`.
  if (
    wordCount(text) <= 40 &&
    (/^you(?:['’]ve| have) (?:read|used|reached)(?: all| your)? (?:\d+|your) (?:of (?:your )?\d+ )?free (?:articles|stories|reads)\b/i.test(
      text,
    ) ||
      /^(?:subscribe|sign up) (?:now )?for unlimited (?:digital )?access\b/i.test(text) ||
      /^keep reading with a (?:\d+-day )?free trial\.?$/i.test(text) ||
      /^subscribe to [^.!?]{2,60} to (?:keep|continue) reading\b/i.test(text) ||
      /^(?:start|begin) (?:your )?(?:free )?trial\.?$/i.test(text) ||
      /^comments are (?:now )?closed(?: (?:on|for) this [\w ]{2,20})?\.?$/i.test(text))
  )
    return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  // A live page's toggles and its sign-off: `Show key events only`, `Please turn on JavaScript …`, `That's all from us
  // today. Read our analysis …` — the page talking about itself, not the news.
  if (
    wordCount(text) <= 40 &&
    (/^(?:show|hide) (?:key events|all posts|all updates|latest)(?: only)?$/i.test(text) ||
      /^(?:please )?(?:turn on|enable|switch on) javascript\b/i.test(text) ||
      /^(?:that['’]s|that is) (?:all|it) (?:from us|for (?:today|tonight|now|our (?:live )?coverage))\b/i.test(
        text,
      ) ||
      /^(?:this (?:live )?blog|our live coverage) (?:is now closed|has (?:now )?(?:ended|closed))\b/i.test(
        text,
      ) ||
      /^we['’](?:re|ll) (?:pausing|wrapping up|closing|ending) (?:this (?:live )?blog|our (?:live )?coverage)\b[^.!?]{0,40}[.!]?$/i.test(
        text,
      ))
  )
    return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  // The page's own lines around the story: an old story's notice, a player's fallback, buttons and prompts.
  if (
    /^this (?:article|story|piece|post|page) is (?:more|over) than (?:\w+|\d+) (?:years?|months?) old\.?$/i.test(
      text,
    ) ||
    /^your browser does not support (?:the )?(?:video|audio|html5 video|iframes?)(?: tag| element| player)?\.?$/i.test(
      text,
    ) ||
    /^(?:skip (?:advertisement|ad|to (?:main )?content|navigation)|supported by|link copied!?|watch now|members only|subscribers only|send us a tip|give this article|share full article|word count:?\s*[\d,]+)$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  // Whom to write to about the story: `To contact the reporter on this story: …`, `Write to Jane Roe at …`, `Email Jane Roe`.
  if (
    /^to contact the (?:reporters?|editors?|authors?|writers?)(?: responsible for| on| of| for)? this (?:story|article|report)\s*:/i.test(
      text,
    ) ||
    /^[Ww]rite to\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}at\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$/u.test(text) ||
    /^[Ee]-?mail\s+(?:the (?:author|reporter|writer)|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,3})$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'contact line' };
  // `Hosted by Mara Lind and Tomas Beck` alone on its line: a show's byline.
  const host = /^(?:hosted|presented) by\s+([^.;,]+?)\.?$/i.exec(text);
  const hosts = host ? enNames(host[1]!) : undefined;
  if (hosts && hosts.length <= 4)
    return { kind: 'meta', meta: {}, what: 'byline', byline: { raw: text, names: hosts } };
  // `Writing by …; Editing by …`, `Produced by …`, `Graphics by … and …`: the desk's credits, names only.
  const desk =
    /^\(?(?:writing|compiled|produced|graphics|design|data|research|video|editing|production|fact-checking|fact-checked|(?:medically |legally )?reviewed|translation|translated|sub-edited|mixed|engineered|hosted|music|theme music|sound design) by\s+[^.;]{2,60}(?:[;.]\s*[a-z -]{3,30} by\s+[^.;]{2,60})*\.?\)?$/i.exec(
      text,
    );
  if (desk && wordCount(text) <= 24) {
    const edited = /editing by\s+([^.;)]+)/i.exec(text);
    const meta: ArticleMeta = {};
    if (edited) meta.editor = edited[1]!.split(/\s+and\s+|,\s*/)[0]!.trim();
    // Only a line with `Editing by` closes a wire story; `Produced by …` may head a feature.
    return { kind: 'meta', meta, what: edited ? 'reporting credits' : 'desk credits' };
  }
  if (showCredits(text)) return { kind: 'furniture', what: 'desk credits' };
  // A paid line set off by its label: `SPONSORED | Burnout is real. … book a demo`, `Advertisement: …`.
  if (
    /^(?:(?:sponsored|sponsor|advertisement|advertorial|ad|paid (?:post|partnership|content)|partner(?: content)?|promoted|promotion)\s*[|:—–]|[[(](?:sponsored|advertisement|ad|promoted|paid (?:post|content)|partner content)[\])])\s*\S/i.test(
      text,
    ) &&
    wordCount(text) <= 60
  )
    return { kind: 'furniture', what: 'sponsor line' };
  // A newsletter's or a firm's postal address at the foot (the law asks bulk mail for one): `Ward Notes, 14 Tanner
  // Row, Leeds LS1 4DX`, `PO Box 512, Springfield, IL 62705`. The caller keeps it to the story's foot.
  if (postalAddress(text)) return { kind: 'furniture', what: 'postal address' };
  // A series' number under the headline: `Policy Brief No. 14`, `Issue #58`, `Vol. 3, No. 7 · March 2026`.
  const series = EN_SERIES.exec(text);
  if (
    series &&
    /^\p{Lu}/u.test(text) &&
    (series[1] === undefined ||
      parseDate(series[1]) !== undefined ||
      /^[A-Z][a-z]+\.? \d{4}$/.test(series[1]))
  )
    return { kind: 'furniture', what: 'issue line' };
  // A firm's or a site's legal notice and its contact prompt under the text: `This alert is for informational
  // purposes only and does not constitute legal advice. Attorney Advertising.`, `Questions? Contact any member of
  // our … practice.` The caller keeps these to the story's foot: a story may discuss advice in the same words.
  if (
    wordCount(text) <= 45 &&
    (/\b(?:is|are) (?:provided |intended )?(?:solely )?for (?:general )?(?:informational|information|educational) purposes(?: only)?\b|\bdoes not (?:constitute|create|establish) (?:(?:legal|investment|financial|tax|medical|professional) advice|an attorney-client relationship)\b|^attorney advertising\.?$|^prior results do not guarantee\b|^disclosures?\s*:\s*(?:the )?(?:author|writer|reporter|columnist|I|we)\b/i.test(
      text,
    ) ||
      /^(?:questions|comments|feedback|questions or comments|comments or questions)\?\s*(?:please\s+)?(?:contact|email|call|write to|reach out to|get in touch with)\b/i.test(
        text,
      ))
  )
    return { kind: 'furniture', what: 'legal notice or contact prompt' };
  // The site's own job advert: `We're hiring. Acme is looking for … See open roles →`, `Join our team: view jobs`.
  if (
    wordCount(text) <= 45 &&
    (/^(?:we['’]re|we are|now) hiring\s*[.!:—–-]/i.test(text) ||
      /\b(?:see|view|browse|explore|check out) (?:our |all )?(?:open |current |latest )?(?:roles|jobs|positions|vacancies|openings|careers)(?: here)?\s*[→›»>]?\s*[.!]?$/i.test(
        text,
      ) ||
      /\b(?:apply (?:now|here|today)|join (?:us|our team|the team))\s*[→›»>]\s*$/i.test(text))
  )
    return { kind: 'furniture', what: 'job advert' };
  // A page's disclaimer under an opinion piece, alone on its line: `The views expressed in this article are the
  // author's own.`, `Opinions expressed are those of the author and do not necessarily reflect …`.
  if (
    wordCount(text) <= 30 &&
    /^(?:the )?(?:views|opinions)(?: and opinions)? expressed(?: here(?:in)?| in this (?:article|piece|column|essay|op-ed|commentary|post|blog|newsletter))? (?:are|is) (?:solely )?(?:(?:his|her|their|my) own|the author['’]s own|the writer['’]s own|those of the (?:author|writer)s?(?: alone)?)\b/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'disclaimer' };
  // `This story has been updated.`, `This article was amended on 4 March 2026 to correct …`.
  if (
    /^(?:this|the) (?:article|story|post|piece|report|page|column) (?:has been|was|is being|will be) (?:updated|amended|corrected|edited|revised)\b/i.test(
      text,
    ) &&
    wordCount(text) <= 30
  )
    return { kind: 'furniture', what: 'update note' };
  // The writer's bio at the foot: `Mara Lindqvist is a staff writer at The Gazette covering the coast.`
  // A full name without a title (Mr, Dr …): the body calls people by title or surname. The caller keeps it to
  // the foot of the story, where bios stand.
  const bio =
    /^((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’.-]*)\s+(?:is|was|has been)\s+(?:a|an|the|our)\s+[^.!?"“”]{0,60}?\b(?:reporter|writer|correspondent|editor|columnist|journalist|contributor|producer|photographer|photojournalist|fellow|intern|critic|analyst)s?\b[^.!?"“”]{0,80}[.]?$/u.exec(
      text,
    );
  // `Jane Roe writes about farming and technology.`: the other common shape of a writer's line.
  const writes =
    /^((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’.-]*)\s+(?:writes|reports|covers)\s+(?:(?:about|on|for)\s+[^.!?"“”]{3,80}|[^.!?"“”]{3,60}\s+(?:for|at)\s+(?:the\s+)?\p{Lu}[^.!?"“”]{1,40})[.]?$/u.exec(
      text,
    );
  // The author's line under an op-ed, set off by a dash: `— Jane Roe is a professor of energy systems at …`.
  const signed =
    /^[—–-]{1,2}\s*((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’.-]*)\s+(?:is|was|has been|teaches|leads|directs|heads|chairs|runs|works|writes)\b[^"“”]{3,240}$/u.exec(
      text,
    );
  // An op-ed's bio that ends on the paper's disclaimer (`… The views expressed here are her own.`).
  const disclaimed =
    /^((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’.-]*)\s+(?:is|was|has been|teaches|leads|directs)\b[^"“”]{3,300}\b(?:[Tt]he )?(?:views|opinions) expressed (?:here |in this (?:article|piece|column|essay) )?are (?:his|her|their|the author['’]s|the writer['’]s|my) own\.?$/u.exec(
      text,
    );
  const by = (name: string): FurnitureLine => ({
    kind: 'meta',
    meta: {},
    what: 'author bio',
    byline: { raw: name, names: [name] },
  });
  if (disclaimed && !TITLED.test(disclaimed[1]!) && wordCount(text) <= 70) return by(disclaimed[1]!);
  if (signed && wordCount(text) <= 45 && !/\b(?:said|says|told)\b/i.test(text)) return by(signed[1]!);
  if (writes && !TITLED.test(writes[1]!) && !/\b(?:said|says|told|who|that)\b/i.test(text))
    return by(writes[1]!);
  if (
    bio &&
    !TITLED.test(bio[1]!) &&
    wordCount(text) <= 30 &&
    !/\b(?:said|says|told|who|former|formerly|later|now)\b/i.test(text)
  )
    return by(bio[1]!);
  // A way to reach the writer: an e-mail address or a handle alone, `Follow Jane Roe on X: @janeroe`.
  if (
    /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(text) ||
    /^@\w{2,30}$/.test(text) ||
    (/^(?:follow|reach|email|contact)\b.{0,60}(?:@\w|[\w.+-]+@[\w-]+\.)/i.test(text) &&
      wordCount(text) <= 16) ||
    // `Jane Roe can be reached at jroe@example.com` / `… can be contacted on 0161 555 0100`.
    (/^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’.-]*\s+(?:can|may) be (?:reached|contacted|emailed)\s+(?:at|on|via|by)\s+\S/u.test(
      text,
    ) &&
      wordCount(text) <= 20)
  )
    return { kind: 'furniture', what: 'contact line' };
  // A row of short links or counters: `Like · Comment · Repost · Send`, `128 reactions · 37 comments`,
  // `Unsubscribe | Manage preferences`, `Share: Email · LinkedIn · X`.
  const items = text.split(/\s+[|·•]\s+/);
  if (
    items.length >= 2 &&
    items.every((item) => wordCount(item.replace(/^[^:]{1,40}:\s*/, '')) <= 3) &&
    !PROSE.test(text) &&
    !FINAL.test(text) &&
    // `Jane Roe | Reuters` is a byline; `Start Writing · Get the app` has a button's verb in it.
    (!parseBylineLine(text) ||
      items.some((item) =>
        /^(?:start|get|sign|log|view|read|see|share|follow|download|open|try|join)\b/i.test(item),
      ))
  ) {
    return { kind: 'furniture', what: 'links or counters' };
  }
  if (/^[-—–]*\s*(?:ends|end|###)\s*[-—–]*$/i.test(text)) return { kind: 'furniture', what: 'end mark' };
  return undefined;
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

/** Lines in which a newsletter or a page speaks about its own delivery: footers, sign-up and sharing calls. */
const NEWSLETTER_SELF =
  /\b(?:unsubscribe|manage (?:your )?(?:preferences|subscriptions?|email settings)|update your preferences|view (?:this|it|the \w+)?\s*(?:email |newsletter |post |issue |edition )?(?:in|on) (?:your|a|the) (?:web )?browser|(?:you are|you're) receiving this|you (?:have )?received this (?:email|message|alert|newsletter)|forwarded (?:this|to you)|reply to this (?:email|newsletter)|in your inbox|sign up here|subscribe here|forward (?:it|this|this (?:email|issue|newsletter)) to (?:a|your) (?:friend|colleague)s?|not (?:yet )?subscribed(?: yet)?|thanks for reading|leave a comment|subscribe for free|support my work|enjoyed this (?:issue|edition|newsletter|email)|share (?:it|this (?:issue|newsletter)) with (?:a|your) (?:friend|colleague)s?)\b/i;

// `Compiled by` / `Curated by` name who writes a newsletter issue: its byline.
const EN_BY_LABEL =
  /^(?:by|author|authors|written by|words by|story by|reported by|posted by|compiled by|curated by)\s*:?\s+(.+)$/i;

/**
 * A line of labelled parts separated by `|` or `·`, each a date, an author or a source:
 * `Published: 2 March 2026 | Author: Signe Dahl`, `Written by Ada Quint · 4 March 2026`.
 */
function enLabelParts(text: string): FurnitureLine | undefined {
  const parts = text.split(/\s+[|·•]\s+/);
  if (parts.length < 2 || parts.length > 5 || FINAL.test(text)) return undefined;
  const meta: ArticleMeta = {};
  let byline: Byline | undefined;
  let byUpdate = false;
  for (const raw of parts) {
    const part = raw.trim();
    const by = EN_BY_LABEL.exec(part);
    const dated =
      /^(?:updated|published|posted|first published|last updated|date)?\s*(?:on\s*)?:?\s*(.+)$/i.exec(part);
    // (a stamp with its time and zone: `Published Mar. 4, 2026, 6:15 a.m. CT`)
    const date = dated && wordCount(part) <= 12 ? parseDate(dated[1]!) : undefined;
    if (by) {
      const names = enNames(by[1]!);
      if (!names) return undefined;
      byline = { raw: part, names };
    } else if (date) {
      // Dated by when it was published, not by its last update, in whichever order the page lists them.
      const update = /^(?:updated|last updated)\b/i.test(part);
      if (meta.published === undefined || (byUpdate && !update)) {
        meta.published = date;
        byUpdate = update;
      }
    } else if (/^source\s*:\s*\S/i.test(part) && wordCount(part) <= 7)
      meta.source = part.replace(/^source\s*:\s*/i, '');
    else if (AGENCY_ONLY.test(part) || PUBLICATION.test(part)) meta.source ??= part;
    else if (READING_TIME.test(part)) continue;
    // An episode's length and its show's name (`The Bench Notes · 24 March 2026 · 47 min`).
    else if (/^\d{1,3}\s*(?:min|mins|minutes|hr|hrs|h)$|^\d{1,2}:\d{2}(?::\d{2})?$/i.test(part)) continue;
    // Where the episode sits in its show: `Season 4`, `Episode 118`, `S4 E12`, `Ep. 7`.
    else if (
      /^(?:season|series|episode|ep\.?|s)\s?\d{1,4}(?:\s*(?:,|·)?\s*(?:episode|ep\.?|e)\s?\d{1,4})?$/i.test(
        part,
      )
    )
      continue;
    else if (/^(?:[\p{Lu}][\p{L}'’&-]*\s?){1,5}$/u.test(part) && parts.length >= 3) continue;
    else return undefined;
  }
  if (!byline && !meta.published) return undefined;
  const line: FurnitureLine = { kind: 'meta', meta, what: byline ? 'byline and date line' : 'date line' };
  if (byline) line.byline = byline;
  return line;
}

/**
 * The line under an author's name at the top of a post or page: their job and affiliations, with no sentence in it
 * (`Chief People Officer at Nordbank | Board member, Some Forum`, `Senior Reporter`, `特约评论员`).
 */
export function isAuthorTitleLine(raw: string): boolean {
  // `COO at Fenwick | Finance operations, teams, tooling`: the job before the bar; what follows is a tagline.
  const text = raw.trim().split(/\s+[|·]\s+/)[0]!;
  if (text === '' || FINAL.test(text) || /[.;:：]$/u.test(text) || PROSE.test(text)) return false;
  if (/\p{Script=Han}/u.test(text)) return [...text].length <= 30 && !/[，。；]/u.test(text);
  return wordCount(text) <= 18;
}

/** A bare English name line (`Jane Doe`), which is a byline only where its place says so. */
export function bareEnglishName(raw: string): string | undefined {
  // A title is not part of the name (`Dr. Jane Roe`); a company's suffix makes it no person (`Acme Bio Ltd.`).
  const text = withoutHonorific(raw.trim());
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !EN_NAME.test(text) || EN_ROLE.test(text)) return undefined;
  if (
    /\b(?:Ltd|Inc|Corp|Corporation|Co|LLC|LLP|plc|PLC|GmbH|AG|SA|Group|Holdings|University|College|Institute|Hospital|Trust|Council|Foundation|Company)\.?$/.test(
      text,
    )
  )
    return undefined;
  return text;
}

/**
 * A header over links to other stories (相关阅读, 延伸阅读, 往期回顾, 推荐文章, 【相关报道】, ▌往期精选：): a word for
 * "related / further / past / recommended" and a word for what is listed. The lines after it are those stories' titles.
 */
export function isRelatedLinksHeader(raw: string): boolean {
  const text = unbracket(
    raw
      .trim()
      .replace(/^[■□▌▍●◆◇★☆▶►▼▽↓>》—–\-\s]+/u, '')
      .replace(/[:：].*$/u, '')
      .replace(/[▼▽↓>》»—–\-\s]+$/u, ''),
  ).trim();
  return (
    /^(?:相关|延伸|扩展|拓展|推荐|往期|更多|热门|热点|精彩|近期|历史|猜你|你可能|你也许|编辑)\p{Script=Han}{0,3}?(?:阅读|回顾|推荐|推介|链接|报道|新闻|文章|精选|喜欢|想看|好文|内容|解读)$/u.test(
      text,
    ) ||
    // A list of the site's other stories by how they rank: 今日热门, 本周热门, 点击排行, 阅读排行榜, 最新文章.
    /^(?:今日|本周|本月|24小时|一周|近日)?(?:热门|热读|热榜|排行|点击排行|阅读排行|最新)(?:榜|文章|新闻|资讯)?$/u.test(
      text,
    )
  );
}

/**
 * A line that reads as another story's headline in a list of links (两会特刊｜某某热议…, 图解：…, 某某能不能…？某某这样说):
 * short, no full stop or semicolon, at most one comma, not ending on a comma or a colon. Chinese only.
 */
export function isLinkTitle(raw: string): boolean {
  // A list marker before the title: ·, ▶, →, 1. or 1、, ①.
  const text = raw.trim().replace(/^(?:[·•●■▪◆▶►▷→>》-]|\d{1,2}[.、．](?!\d)|[①-⑳])\s*/u, '');
  const length = [...text].length;
  if (!/\p{Script=Han}/u.test(text) || length < 4 || length > 48) return false;
  if (/[。；;]/u.test(text) || /[，,、：:]$/u.test(text)) return false;
  return (text.match(/[，,]/gu) ?? []).length <= 1;
}

/** A header over lines that belong to the page, not the story, and what each line under it must look like. */
export interface FurnitureList {
  /** What the header is, and each line under it, for the lifted record. */
  header: string;
  item: string;
  fits: (text: string) => boolean;
  /** How many lines the list holds at most (a `NEWS PROVIDED BY` header names one issuer); counted down as lines
   * are read, on the fresh object each furnitureList call returns. */
  max?: number;
  /** What a line of the list tells about the article (the issuer is its source). */
  meta?: (text: string) => ArticleMeta;
}

const LIST_BULLET = /^[■□●○◆◇▶►▸•·*\-–—]+\s*/u;

/**
 * A headline of another story, as such lists print them: short, no sentence end (a headline may ask a question),
 * at most one clause break. A sentence of the story (`The ministry said …`) ends in a full stop and ends the list.
 */
export function headlineShaped(raw: string): boolean {
  const text = raw.trim().replace(LIST_BULLET, '');
  if (text === '' || /[。；;.]["”’)]*$/u.test(text) || /[:：]$/u.test(text)) return false;
  if (/\p{Script=Han}/u.test(text)) return isLinkTitle(text);
  return wordCount(text) <= 18 && !/[.;]\s+\p{Lu}/u.test(text);
}

/**
 * An entry of a newsletter's contents: the items' headlines, one or several after a part's name and a colon
 * (政策动态：某某征求意见；某某出台办法), maybe with a page number; never a sentence. Chinese only.
 */
function contentsItem(raw: string): boolean {
  const text = raw
    .trim()
    .replace(LIST_BULLET, '')
    .replace(/^(?:\d{1,2}[.、．](?!\d)|[①-⑳])\s*/u, '')
    .replace(/[\s.…·]*(?:P|第)?\d{1,3}页?$/u, '');
  if (!/\p{Script=Han}/u.test(text) || [...text].length > 100 || /[。！!]/u.test(text)) return false;
  const items = text.replace(/^[^：:；;，,]{2,8}[：:]\s*/u, '').split(/\s*[；;]\s*/u);
  return items.every((item) => isLinkTitle(item));
}

/** Words a site's own menus and footers are made of. */
const NAV_WORDS = new Set(
  'home about careers jobs press blog privacy terms help status contact advertise sitemap cookies accessibility subscribe newsletters newsletter search menu teams shop store events podcasts video videos archive apps legal imprint faq support login register account sections topics community partners investors'.split(
    ' ',
  ),
);

/** A row of a site's own page names, four or more, nearly all from the menu's words and no sentence among them. */
function navRow(text: string): boolean {
  if (/[.!?,;:]/u.test(text)) return false;
  const words = text
    .toLowerCase()
    // A page name of several words counts once (`Text to speech`, `Collection notice`, `Terms of use`).
    .replace(
      /\b(?:text to speech|collection notice|terms of (?:use|service)|privacy (?:policy|notice)|cookie (?:policy|settings)|do not sell my (?:personal )?info(?:rmation)?|contact us|about us|site map)\b/g,
      'privacy',
    )
    .split(/[\s|·•∙]+/u)
    .filter(Boolean);
  if (words.length < 2 || words.length > 20) return false;
  // Two or three names need a separator between each (`Privacy ∙ Terms ∙ Collection notice`): no sentence has it.
  if (words.length < 4 && !/\s[|·•∙]\s.*\s[|·•∙]\s/u.test(text)) return false;
  const nav = words.filter((w) => NAV_WORDS.has(w)).length;
  return nav >= Math.min(4, words.length - 1) && nav / words.length >= 0.65;
}

/** A series' number: `Policy Brief No. 14`, `Working Paper 2026-03`, `Issue #58`, `Vol. 3, No. 7`; a date may follow. */
const EN_SERIES =
  /^(?:(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:brief|briefing|paper|note|report|memo|bulletin|issue|edition|newsletter|episode|digest|dispatch|letter|update|commentary|insight|explainer)\s+(?:no\.?\s*|number\s+|#\s*)?\d{1,4}(?:-\d{1,3})?|(?:vol\.?|volume)\s*\d{1,4}(?:,?\s*(?:no\.?|issue|#)\s*\d{1,4})?|(?:issue|no\.)\s*#?\s*\d{1,4})(?:\s*[|·•,—–-]\s*(.+))?$/iu;

/**
 * A podcast's or a show's credits, every sentence of them: `Shift Work is hosted by Jo Roe and produced by Al Poe.
 * Transcripts are generated automatically and may contain errors. Music: "Dawn" by Tovi Lane.`
 */
function showCredits(text: string): boolean {
  if (wordCount(text) > 70) return false;
  // `Credits: Produced by Jo Roe. Edited by Al Poe. Music by Sleepwalk Audio.`: labelled, every sentence a credit.
  const labelled = /^credits?\s*:\s*(.+)$/i.exec(text);
  if (labelled) {
    return labelled[1]!
      .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
      .every((t) =>
        /^(?:produced|edited|mixed|engineered|hosted|presented|reported|written|music|theme music|artwork|sound design|executive produced|fact-checked)(?: and (?:produced|edited|mixed))? by\s+[^.!?]{2,60}\.?$/i.test(
          t,
        ),
      );
  }
  const sentences = text.split(/(?<=[.!?]["”’]?)\s+(?=["“]?\p{Lu})/u);
  const hosted = (t: string) =>
    /^(?:\p{Lu}[\p{L}'’&-]*\s+){1,5}(?:is|are) (?:hosted|produced|presented|edited|mixed|engineered|directed|reported)(?: and (?:produced|edited|mixed|engineered|hosted|presented))? by\s+[^.!?]{2,80}?(?:,?\s+(?:and|with)\s+(?:produced|edited|mixed|engineered|hosted|presented) by\s+[^.!?]{2,60})*\.?$/u.test(
      t,
    );
  const credit = (t: string) =>
    hosted(t) ||
    /^(?:our |the )?(?:theme |original )?music(?: is)?(?: by\s|\s*:\s*)[^!?]{2,80}$/i.test(t) ||
    /^transcripts? (?:is|are|was|were|has been|have been|may be) (?:automatically |machine[- ])?(?:generated|produced|created|edited|provided|transcribed)\b[^!?]{0,80}$/i.test(
      t,
    ) ||
    /^(?:executive producers?|producers?|editors?|hosts?|sound design|artwork|cover art|mixing|engineering|special thanks)(?:\s*:\s*|\s+(?:by|to)\s+)[^!?]{2,80}$/i.test(
      t,
    ) ||
    /^(?:this|the) (?:episode|show|podcast|programme|program) (?:was|is) (?:recorded|produced|edited|mixed)\b[^!?]{0,80}$/i.test(
      t,
    ) ||
    production(t) ||
    // `Transcript © 2026 The Skills Gap.`
    /^(?:(?:the )?(?:transcript|episode|show|audio|podcast|artwork)s?\s+)?(?:©|\(c\)|copyright)\s*\d{4}\b[^!?]{0,60}$/iu.test(
      t,
    );
  // `The Skills Gap is an independent production.`, `Shift Work is a production of Harbour Radio.`
  function production(t: string): boolean {
    return /^(?:\p{Lu}[\p{L}'’&-]*\s+){1,5}is an? (?:independent |original )?(?:production|podcast|show|co-production)(?: (?:of|from|by|for)\s+[^!?]{2,60})?\.?$/u.test(
      t,
    );
  }
  return sentences.some((t) => hosted(t) || production(t)) && sentences.every(credit);
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

/** A plea for members or listeners' money, every sentence of it (see furnitureLine). */
function memberAppeal(text: string): boolean {
  if (wordCount(text) > 40) return false;
  const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  const plea = (t: string) =>
    /^(?:(?:please\s+)?support (?:the|our|this) (?:show|podcast|newsletter|work|journalism)\s*[:—–-]\s*)?(?:become|join (?:us )?as) an? (?:paid |paying |founding )?(?:member|patron|supporter|subscriber)\b[^!?]{0,100}[.!]?$/i.test(
      t,
    );
  const funded = (t: string) =>
    /^(?:\p{Lu}[\p{L}'’&-]*\s+){1,6}is (?:(?:100% |entirely |fully )?(?:listener|reader|member|viewer|audience|subscriber)[- ](?:supported|funded|powered)|(?:supported|funded|made possible) by (?:its |our )?(?:listeners|readers|members|supporters|patrons))\.?$/u.test(
      t,
    );
  return sentences.some(plea) && sentences.every((t) => plea(t) || funded(t));
}

/** A postal address alone on its line: a number and a street, or a box, then a postcode or a town after commas. */
function postalAddress(text: string): boolean {
  if (wordCount(text) > 20 || /[!?;]|\.\s+\p{Lu}\p{Ll}/u.test(text)) return false;
  const street =
    /\b\d{1,5}[A-Za-z]?,?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:Street|St|Road|Rd|Row|Avenue|Ave|Lane|Ln|Way|Drive|Dr|Place|Pl|Square|Sq|Boulevard|Blvd|Court|Ct|Terrace|Crescent|Parade|Quay|Wharf|Walk|Gardens|Close|Mews|Yard|Broadway|Highway|Hwy|Parkway|Pkwy)\b\.?|\bP\.?\s?O\.?\s?Box\s+\d+/u.test(
      text,
    );
  const postcode =
    /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|,\s*\d{4,6}\b|\b\d{4,6}\s+\p{Lu}\p{Ll}+/u.test(
      text,
    );
  return street && (postcode || text.split(',').length >= 3);
}

/** A line of a contact block: a name and title, an address, a phone number; never a sentence. */
function contactShaped(raw: string): boolean {
  const text = raw.trim();
  return text !== '' && wordCount(text) <= 16 && !/[。！？!?]$|\.\s*$/u.test(text) && !PROSE.test(text);
}

/**
 * A header standing alone on its line over a list the page adds: links to other stories (`Read more:`, `Related
 * stories`, `■ 相关阅读`, `延伸阅读：`) or a press office's contact block (`Media contact:`, `媒体联系：`).
 */
export function furnitureList(raw: string): FurnitureList | undefined {
  const text = raw
    .trim()
    .replace(/^[■□●○◆◇▶►▸•·*\-–—【[]+\s*/u, '')
    .replace(/\s*[】\]]$/u, '');
  if (
    /^(?:read more|related(?: stories| articles| coverage| reading| news| links| content)?|more (?:on|about) this(?: story| topic)?|see also|also read|further reading|recommended(?: reading| for you)?|more from [^:.!?]{1,30}|(?:more|other|recent|latest) (?:articles|posts|stories|pieces|columns|essays|episodes) (?:by|from) [^:.!?]{1,40}|more by [A-Z][^:.!?]{1,30}|you (?:might|may) also like|read next|more stories|latest(?: news| stories)?|most (?:read|popular|viewed|shared|commented|emailed)|explore more(?: on these topics)?|more on these topics|in this section)\s*[:：]?$/i.test(
      text,
    ) ||
    (/^[^:：]*[:：]?$/u.test(raw.trim()) && isRelatedLinksHeader(raw)) ||
    // The site's other pieces of a kind (`More explainers`, `Latest analysis`, `Keep reading`, `Editor's picks`).
    /^(?:(?:more|other|latest|recent|popular|top|related|our)\s+(?:explainers?|guides?|analysis|features?|videos?|podcasts?|episodes|reads|coverage|opinions?|columns|posts|articles|stories|pieces|news|newsletters|reports|interviews|briefings|Q&As?|live blogs?|obituaries|letters|tributes|profiles|releases|announcements|notices|insights|resources|in [A-Z][\p{L}&' -]{1,30})|most (?:read|popular|viewed|shared|commented)(?: in [A-Z][\p{L}&' -]{1,30})?|keep reading|continue reading|what to read next|up next|don[’']t miss|trending(?: now)?|popular now|in case you missed it|editor[’']s picks|top stories|must reads?)\s*[:：]?$/iu.test(
      text,
    )
  )
    return { header: 'related links', item: 'related link', fits: headlineShaped };
  if (
    /^(?:(?:media|press|investor|news|editorial)\s+)?(?:contacts?|enquiries|inquiries|relations contact)(?:\s+(?:for|at)\s+[^:]{1,30})?\s*:$/i.test(
      text,
    ) ||
    // (without the colon only with whose it is: `Media Inquiries`, `Press contact`; a bare `Contact` is a menu's)
    /^(?:media|press|investor|news) (?:contacts?|enquiries|inquiries)$|^for (?:further|more) information,? (?:please )?contact\s*:?$/i.test(
      text,
    ) ||
    /^(?:媒体|新闻|记者)?(?:联系人?|联络|垂询|咨询)(?:方式|电话)?\s*[:：]$/u.test(text)
  )
    return { header: 'contact block', item: 'contact line', fits: contactShaped };
  // An explainer's or a guide's contents (`In this explainer`, `On this page`, `Jump to:`) over the questions it answers.
  if (
    /^(?:in this (?:explainer|article|story|guide|piece|report)|table of contents|on this page|jump to)\s*:?$/i.test(
      text,
    )
  )
    return {
      header: 'contents',
      item: 'contents item',
      fits: (t) => wordCount(t) <= 14 && !/[.!;]$/.test(t.trim()) && !PROSE.test(t.replace(/\?$/, '')),
    };
  // A newsletter's table of contents (本期导读, 本期目录, 目录) alone on its line, over the items it lists.
  if (/^(?:(?:本期|本刊|本周|本月)(?:导读|目录|要目|内容)|目录|目次|内容导航)\s*[:：]?$/u.test(text))
    return { header: 'contents', item: 'contents item', fits: contentsItem };
  // A page's tags over the story's topics, one or a few words each (`Topics` / `- Artificial intelligence`).
  if (/^(?:topics|tags|tagged|filed under|related topics|categories|keywords|subjects)\s*:?$/i.test(text))
    return {
      header: 'tags',
      item: 'tag',
      fits: (t) => wordCount(t) <= 5 && !/[.!?;:,]$/.test(t.trim()) && !PROSE.test(t),
    };
  // A live page's key events, each the time of a post and its headline (`2h ago Pact signed by 19 countries`).
  if (/^(?:key events|latest updates|live updates|timeline|jump to (?:a )?key events?)\s*:?$/i.test(text))
    return {
      header: 'key events',
      item: 'key event',
      fits: (t) =>
        /^(?:\d{1,3}\s?(?:[hm]|mins?|minutes?|hours?)\s+ago|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?[A-Z]{2,4})?)\s*[—–-]?\s+\S/i.test(
          t.trim().replace(LIST_BULLET, ''),
        ) && headlineShaped(t.replace(/^\W*[\w:. ]{1,14}?(?:ago|[A-Z]{2,4}|\d{2})\s*[—–-]?\s+/u, '')),
    };
  // A notice's attachments, the first on the label's line (`附件：1.某某措施.pdf`), the others numbered under it.
  if (/^附件\s*[:：]\s*(?:1|１|一)[.、．]/u.test(text))
    return {
      header: 'attachments',
      item: 'attachment',
      fits: (t) =>
        /^(?:\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十])[.、．]\s*[^。！？]{2,80}$/u.test(t.trim()),
    };
  // (session 10, zh) The attachments' label alone (附件下载：, 相关附件：, 附件：) over the files, numbered or named by type.
  if (/^(?:附件下载|下载附件|相关附件|附件列表|附件)\s*[:：]?$/u.test(text))
    return {
      header: 'attachments',
      item: 'attachment',
      fits: (t) =>
        /^(?:(?:\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十])[.、．]\s*)?[^。！？]{2,80}\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar|et)$/iu.test(
          t.trim(),
        ) || /^(?:\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十])[.、．]\s*[^。！？]{2,80}$/u.test(t.trim()),
    };
  // A press wire's `NEWS PROVIDED BY` over the issuer's name on the next line.
  if (/^(?:news )?(?:provided|distributed|issued) by\s*:?$/i.test(text))
    return {
      header: 'press wire furniture',
      item: 'issuer',
      fits: (t) =>
        wordCount(t) <= 8 &&
        !PROSE.test(t) &&
        !FINAL.test(t.replace(/\b(?:Ltd|Inc|Corp|Co|plc|LLC)\.$/i, '')),
      max: 1,
      meta: (t) => ({ source: t.trim() }),
    };
  return undefined;
}

/** An editor's note (编者按：…, Editor's note: …): article content, but not the lead. */
export function isEditorsNote(text: string): boolean {
  return (
    /^[【[（(]?(?:编者按|编者的话|编者注|编注)[】\]）)]?[:：\s]/u.test(text.trim()) ||
    /^editor[’']?s note\s*[:：]/i.test(text.trim())
  );
}

// ---------------------------------------------------------------------------------------------------------
// The edges of the story: what lies before its first sentence and after its last.

/** A sentence's last mark at the end of a line, with the quotes and brackets that may close it. */
const SENTENCE_CLOSED = /[。！？.!?…]["”’'」』）)\]]*$/u;
export const closesSentence = (text: string): boolean => SENTENCE_CLOSED.test(text.trim());

/**
 * A line that reads as the story's own text: it closes a sentence, or it is too long for a label, or it introduces
 * what follows (`The plan has three parts:`). Page furniture is none of these; `Media contact:` is too short.
 */
export function storyLine(raw: string): boolean {
  // An end mark run on after the last sentence (`……上诉。（完）`) closes the story; the sentence is still its text.
  const text = raw.trim().replace(/\s*[（(【]\s*(?:完|全文完|终)\s*[）)】]$/u, '');
  if (text === '') return false;
  if (SENTENCE_CLOSED.test(text)) return true;
  const han = /\p{Script=Han}/u.test(text);
  const size = han ? [...text].length : wordCount(text);
  if (size >= (han ? 40 : 15)) return true;
  return /[:：]$/u.test(text) && size >= (han ? 8 : 4);
}

/**
 * Marks only a page's own lines carry, never a sentence's: fields set apart (`a | b`, `a · b`), a time or a date,
 * a copyright sign, a bracketed button (【打印】, [Share]), a hashtag, a link, a handle or an address, a phone
 * number, a count.
 */
const PAGE_MARKS = [
  /\s[|｜·•›>»/]\s|[|｜]/u,
  /©|\(c\)\s*\d{4}/iu,
  /\b\d{1,2}:\d{2}\b/u,
  /^[【[][^】\]]{1,20}[】\]]/u,
  /(?:^|\s)#[\p{L}\p{N}_]{2,}/u,
  /^\+?\d[\d\s()-]{7,}$/u,
  // A count and what it counts (`1,842 followers`, `3 min read`, `12 Comments`).
  /^\d[\d,.]*\s*[KkMm万千]?\+?\s*\p{L}{1,12}(?:\s\p{L}{1,8})?$/u,
];

/**
 * A line outside the story's text (before its first sentence or after its last) that carries a page's marks and
 * no sentence: a kicker with a date, a row of fields, buttons, a contact line, in forms no rule names. A plain short
 * line without marks stays text (an unmarked subheading, a sentence the export cut off: its warning is kept).
 */
export function edgeFurniture(raw: string): boolean {
  const text = raw.trim().replace(/[\s\u3000]+/gu, ' ');
  if (text === '' || storyLine(text)) return false;
  // A link, a handle or an address is the page's whatever case it starts in.
  if (/https?:\/\/|www\.|(?:^|\s)@\w|\S+@\S+\.\w/u.test(text) && wordCount(text) <= 12) return true;
  if (!PAGE_MARKS.some((mark) => mark.test(text)) && parseDate(text) === undefined) return false;
  // A line that stops on a word no sentence ends on (`the`, 的) may be a sentence the export cut off.
  if (/\p{Script=Han}/u.test(text)) return !stopsOpen(text, 'zh') && !/[，；]/u.test(text);
  return !stopsOpen(text, 'en') && !/^\p{Ll}/u.test(text) && wordCount(text) <= 25;
}

/** A body's name by the word for what kind of body it is: 某某大学附属第二医院, 信息中心, 医务处, 某某研究院. */
const ZH_BODY =
  /^\p{Script=Han}{1,24}(?:大学|学院|医院|中心|研究院|研究所|实验室|委员会|办公室|公司|集团|协会|学会|基金会|处|科|部|局|厅|委|办|署|所|站|馆|队|室)$/u;

/**
 * A report's own lines over or under its text, as an export of a printed document leaves them: the bodies issuing it,
 * two or more names set apart by spaces (某某医院 信息中心　医务处), or the month it is dated (2026年3月, 二〇二六年三月).
 * A sentence is never spaced into names, and a month alone is no text; the caller keeps this to the story's edges.
 */
export function zhDocumentEdge(raw: string): boolean {
  const text = raw.trim();
  if (isBareMonth(text)) return true;
  // A document's date in Chinese numerals under its sign-off (二〇二六年三月二十七日).
  if (/^[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$/u.test(text))
    return true;
  // An announcement's or a bulletin's sign-off: the issuing board alone (某某股份有限公司董事会, 某某联盟秘书处), or a
  // body with the date it signed (某某股份有限公司董事会　2026年3月27日).
  const signed = text.replace(
    /[\s\u3000]+(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/u,
    '',
  );
  if (/^\p{Script=Han}[\p{Script=Han}（）()]{1,38}(?:董事会|监事会|理事会|秘书处)$/u.test(signed))
    return true;
  if (signed !== text && ZH_BODY.test(signed)) return true;
  const names = text.split(/[\s\u3000]+/u);
  return names.length >= 2 && names.length <= 6 && names.every((n) => ZH_BODY.test(n));
}

/** A month alone on its line, in figures or in Chinese numerals (2026年3月, 二〇二六年三月). */
export function isBareMonth(raw: string): boolean {
  return /^(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月$/u.test(
    raw.trim(),
  );
}
