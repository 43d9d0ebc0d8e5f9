// Bylines and datelines: who wrote the story, for which outlet, and where and when it was filed.

import { furnitureLine } from '../furniture.ts';
import type { ArticleMeta, Byline } from '../types.ts';
import { bareEnglishName } from './en-lines.ts';
import type { FurnitureLine } from './words.ts';
import {
  AGENCY,
  AGENCY_ONLY,
  barParts,
  EN_SERIES,
  isCredit,
  parseDate,
  SP,
  unbracket,
  wordCount,
  ZH_ORG,
  ZH_ROLE,
} from './words.ts';

// ---------------------------------------------------------------------------------------------------------
// Bylines

/** A Chinese personal name: 2–4 Han characters, or a transcribed name with ·. */
const ZH_NAME = /^(?:[\p{Script=Han}]{2,4}|[\p{Script=Han}]{1,8}·[\p{Script=Han}·]{1,12})$/u;
/** An English personal name: capitalised words (Jane Doe, Mary-Ann O’Neil, J. R. Smith, Ana de la Cruz). */
export const EN_NAME =
  /^(?:[\p{Lu}][\p{L}'’.-]*|de|da|van|von|der|del|la|le|bin|al)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|de|da|van|von|der|del|la|le|bin|al)){0,4}$/u;
/** Letters after a name that are a degree or an honour, not an outlet (`Jane Roe, MD`). */
const DEGREES =
  /^(?:MD|RN|DO|MBA|CEO|CFO|CTO|COO|MP|MEP|QC|KC|OBE|MBE|CBE|JD|MSC|BSC|PHD|DDS|CPA|ESQ|MA|BA|MS|BS|DPHIL|FRS|FRCP)$/;
/** Words that make a comma-separated part of an English byline a role or an affiliation, not a name. */
export const EN_ROLE =
  /\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|journalist|bureau|desk|chief|senior|special|freelance|photographer|analyst|clerk|secretary|chair|chairman|chairwoman|chairperson|organiser|organizer|treasurer|convenor|convener|keeper|administrator|for|at|of|the|news|times|post|journal|herald|tribune|daily|weekly|magazine|press|wire|service|team|agencies|agency|media|online|digital|health|technology|science|politics|business|economics|education|affairs|communications|comms|office|newsroom|relations|department|faculty|school|division|university|college|institute|council|ministry|authority|editorial|marketing|lead|engineer|manager|director|officer|scientist|researcher|designer|developer|head|president|founder|co-founder|ceo|cto|cfo|coo|professor|lecturer|consultant|specialist|coordinator|adviser|advisor|strategist|economist)\b/i;

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
/** (session 14) Academic and professional titles printed after a name: 教授, 副研究员, 讲师, 博士生导师 … */
const ZH_ACADEMIC_TITLE =
  /^(?:(?:副|助理|特聘|客座|兼职|荣誉)?(?:教授|研究员)|讲师|助教|博士后?|博士生导师|硕士生导师|博导|硕导|院士|(?:高级|正高级)?工程师|(?:副)?主任医师|主治医师)$/u;

export function zhNames(body: string, requireRole: boolean): string[] | undefined {
  const tokens = body
    // (session 10) The outlet in brackets before the role (【某某县融媒体中心】记者 某某): read as the outlet's token.
    .replace(/^[【〔［[]([^【〔［[\]］】〕]{2,16})[】〕］\]][\s\u3000]*(?=\S)/u, (whole, inner: string) =>
      zhOutletBeforeRole(inner) ? `${inner} ` : whole,
    )
    // Where the writer works, in brackets after the name (王某（某某大学教授）): not a name of its own.
    .replace(
      /(?<=\p{Script=Han})[（(][^（()）]{2,30}(?:大学|学院|研究院|研究所|研究中心|融媒体中心|融媒|日报|晚报|报社|电视台|医院|教授|研究员|主任|院长|专家|学者|博士|医生|医师|律师|分析师|工程师|副教授|讲师|记者|编辑|创始人|总监|经理|科长|处长|局长|部长)[^（()）]{0,10}[）)]$/u,
      '',
    )
    // (session 14) A translated writer's name in its own script after the Chinese form (某某·某某（Jane Roe）): the same
    // person, not a name of its own.
    .replace(/(?<=\p{Script=Han})[（(][A-Za-z][A-Za-z .'’·-]{1,40}[）)]/gu, '')
    // (and the writer's country in brackets before a translated name: [美]某某·某某, 〔英〕某某)
    .replace(
      /(?<=^|[\s\u3000、，,])[[［〔【（(][美英法德日俄意西加澳韩荷瑞挪丹芬波捷奥比葡希以印][\]］〕】）)][\s\u3000]?(?=\p{Script=Han})/gu,
      '',
    )
    .replace(/^[（(【]|[）)】]$/gu, '')
    .split(/[\s\u3000、,，;；]+|(?<=^|[\s\u3000]\p{Script=Han}{1,4})[/／|｜]/u)
    .filter((t) => t !== '')
    // (session 14) A teacher's or a researcher's title after the name (某某　副教授, 某某 研究员): what they are, not a name.
    .filter((t, i) => i === 0 || !ZH_ACADEMIC_TITLE.test(t))
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
    // (session 15) A university, an institute or a hospital before a name (报告人：某某大学 某某 教授): where they work.
    if (!alone && /^\p{Script=Han}{2,16}(?:大学|学院|研究院|研究所|医院|实验室)$/u.test(t)) continue;
    if (!nameFromZhToken(t, names)) return undefined;
  }
  return names.length > 0 ? names : undefined;
}

/** An outlet, a media centre or a desk standing before a reporter's role: 某某县融媒体中心, 某某日报, 某某广播电视台. */
export const zhOutletBeforeRole = (t: string) =>
  !ZH_ROLE.test(t) &&
  (ZH_ORG.test(t) || ZH_DESK.test(t) || /^\p{Script=Han}{2,12}(?:融媒|融媒体|新闻|客户端|传媒)$/u.test(t));

/**
 * A hospital's department of two characters by its field (眼科, 儿科, 骨科): a desk when a name follows it. Longer
 * ones (宣传科, 心内科) are desks by ZH_DESK.
 */
export const ZH_CLINIC_DEPT = /^(?:眼|儿|妇|产|内|外|骨)科$/u;

/** An office by its work (宣传科, 医务科, 教务部, 科研处): a desk, even standing alone where a name could. */
const ZH_OFFICE_WORK =
  /^(?:宣传|医务|护理|教务|科研|科教|人事|财务|信息|组织|学工|保卫|总务|设备|后勤|外事|统战|纪检|审计|招生|就业|党办|院办|校办)[科部处]$/u;

/**
 * The editor in an editor field's value (宣传科 某某, 某某 某某): the first person, after any desk before them (the
 * desk is where the editor works).
 */
export function zhFirstEditor(value: string): string {
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
export const ZH_DESK =
  /^\p{Script=Han}{2,20}(?:处|科|部|办|室|局|厅|委|站|所|中心|学院|医院|研究院|研究所|委员会|办公室|编辑部|记者站|工作室)$/u;

/** A title before a name is not part of it: `Dr. Jane Roe` is Jane Roe. */
export const withoutHonorific = (name: string) =>
  name.replace(/^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+(?=\p{Lu})/u, '');
/** A name with a title or an article before it (`Dr Roe`, `The Gazette`): the body's way of naming, not a bio's. */
export const TITLED = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|The|A|An)\b/;

export function enNames(body: string): string[] | undefined {
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
export function zhBars(text: string): string {
  return text.replace(
    /(?<=(?:^|[\s\u3000])(?:文|文字|作者|撰文|采写|记者|编辑|责编|责任编辑|图|摄影|视觉|来源|排版|审核|校对|监制|策划|出品|设计|制图)\s*)丨/gu,
    '｜',
  );
}

/** A page's estimate of the reading time beside the byline: `6 min read`, `4 minute read`. */
export const READING_TIME = /^\d+\s*min(?:ute)?s?\s+read$/i;

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

// (zhCompiledBy's patterns, built once rather than on every line it reads)
const ZH_COMPILED_SPACED = new RegExp(`^(.+?)[\\s\\u3000]+${ZH_COMPILING}$`, 'u');
const ZH_COMPILED_GLUED = new RegExp(`^(\\p{Script=Han}{2,24}?)${ZH_COMPILING}$`, 'u');
const ZH_COMPILED_LABEL = new RegExp(`^${ZH_COMPILING}${SP}*[:：/／|｜]${SP}*(.{2,40})$`, 'u');

export function zhCompiledBy(text: string): FurnitureLine | undefined {
  if ([...text].length > 60 || /[。！？，,；;]/u.test(text)) return undefined;
  // 某某研究院 产业研究部 编, 本刊编辑部 整理: desks, then the verb after a space.
  const spaced = ZH_COMPILED_SPACED.exec(text);
  // 本刊编辑部整理, 某某研究中心编: one desk glued to the verb (a desk's word before it, so 主编 or 全书十二编 stays).
  const glued = ZH_COMPILED_GLUED.exec(text);
  const desks = spaced ? spaced[1]!.split(/[\s\u3000、]+/u) : glued ? [glued[1]!] : [];
  if (desks.length > 0 && desks.length <= 4 && desks.every(compilingDesk))
    return { kind: 'furniture', what: 'compiled by' };
  // 编译：某某, 整理／某某, 编译：本刊编辑部: the verb as a label.
  const labelled = ZH_COMPILED_LABEL.exec(text);
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
 * (session 15) A leaflet's or a newsletter's line over its letter: `A message from Gareth Ommaney, your Independent
 * candidate for Hobb's End`, `A letter from the chair, Dr Ana Ruiz`. The one who writes it is the byline.
 */
function messageFrom(text: string): BylineFound | undefined {
  const m = /^(?:an? )?(?:message|letter|note|word|update) from\s+(.+)$/i.exec(text);
  if (!m || /[.!?]$/.test(text)) return undefined;
  const [who, ...role] = m[1]!.split(/\s*,\s*/);
  const name = bareEnglishName(who!) ?? (role.length > 0 ? bareEnglishName(role.at(-1)!) : undefined);
  return name ? { byline: { raw: text, names: [name] }, meta: {} } : undefined;
}

/**
 * (session 15) A production's credits in a bar, the writer first (`Written by Tomas Beale · Narrated by Delphine Okafor
 * · Script v3, approved 2 February 2026`): the writer is the byline; the other parts are credits for other work
 * (`Narrated by …`, `Photographs by …`), a version, or the date.
 */
function creditsBar(text: string): BylineFound | undefined {
  const parts = barParts(text);
  if (parts.length < 2 || !/^(?:written|words|text|story|script) by\s/i.test(parts[0]!)) return undefined;
  const first = parseBylineLine(parts[0]!);
  if (!first) return undefined;
  const meta: ArticleMeta = { ...first.meta };
  for (const part of parts.slice(1)) {
    const date = parseDate(part);
    if (date) meta.published ??= date;
    const credit =
      /^(?:narrated|read|voiced|presented|produced|directed|photographed|illustrated|designed|recorded|mixed|translated|photographs|photos|pictures|illustrations|music|sound|images?|video) by\s+\S/i.test(
        part,
      ) || /^(?:script|draft|version|v)\s*v?\d/i.test(part);
    if (!credit && !date) return undefined;
  }
  return { byline: { raw: text, names: first.byline.names }, meta };
}

/**
 * A whole line that is a byline, in any of the shapes of NEWS-LAYOUT.md: `本报记者 某某 通讯员 某某`, `文/某某`,
 * `作者：某某`, `By Jane Doe and John Roe`, `By Jane Doe, Staff Writer | Updated March 3, 2026`, `Jane Doe | Reuters`.
 * Names only; roles and agencies are kept in `raw`.
 */
/** The posts a government report's or a speech's speaker holds, as the line under its title prints them. */
const ZH_OFFICE_POST =
  /(?:市长|省长|县长|区长|州长|镇长|乡长|旗长|主席|总理|书记|主任|局长|厅长|部长|院长|校长|董事长|总经理|总裁|会长|理事长|秘书长|行长|社长|所长|署长|检察长|首席执行官)$/u;
/**
 * The posts that sign a government's, a congress's or a court's report alone under its title (市长, 书记, 常委会主任,
 * 法院院长). Other heads (校长, 董事长, 院长 of a hospital) stand so under an interview's title too: theirs is read as the
 * speaker's only after the occasion on the same line (——在某某大学2026届毕业典礼上　某某大学校长　某某).
 */
const ZH_GOVERNMENT_POST =
  /(?:市长|省长|县长|区长|州长|镇长|乡长|旗长|主席|总理|书记|局长|厅长|部长|署长|检察长|法院院长|(?:常委会|常务委员会|委员会)主任)$/u;

/**
 * (session 15) The speaker of a government work report or a speech, under its title: the post, then the name (霁川市市长
 * 某某, 某省人民政府省长　某某, 国务院总理 某某), maybe after the occasion on the same line (——2026年1月14日在某市…会议上
 * 某市市长　某某). The whole line is the post and one name: a sentence about an official has a verb and its clauses.
 */
export function zhSpeakerLine(raw: string): string | undefined {
  const spaced = raw.trim().replace(/[\s\u3000]+/gu, ' ');
  const text = spaced
    .replace(/^[—–-]{1,2}\s?[^。！？，,\s]{4,60}?(?:上|上的(?:讲话|报告|发言|致辞|主旨演讲|工作报告))\s/u, '')
    // (and what the speaker does, after the name: 代表市人民政府向大会作报告)
    .replace(/\s代表[^。！？，,\s]{2,16}向(?:大会|会议|全会)(?:作|做)[^。！？，,\s]{0,8}报告$/u, '');
  const line = /^([\p{Script=Han}（）()]{2,30}) ([\p{Script=Han}·]{1,4}(?: [\p{Script=Han}·]{1,3})?)$/u.exec(
    text,
  );
  if (!line || !ZH_OFFICE_POST.test(line[1]!)) return undefined;
  if (!ZH_GOVERNMENT_POST.test(line[1]!) && text === spaced) return undefined;
  const name = line[2]!.replace(/ /gu, '');
  if (!/^\p{Script=Han}{2,4}$|^[\p{Script=Han}·]{3,8}$/u.test(name) || ZH_OFFICE_POST.test(name))
    return undefined;
  return zhNames(name, false)?.length === 1 ? name : undefined;
}

// (parseBylineLine's patterns built from the agencies' names, once rather than on every line it reads)
const EN_BYLINE_TAIL = new RegExp(
  `\\s+[|·•]\\s+|\\s+[—–]\\s+(?=(?:Updated|Published|Posted)\\b|(?:${AGENCY})$)`,
  'i',
);
const EN_BYLINE_WIRED = new RegExp(`^(.+?)\\s*\\((${AGENCY})\\)$`, 'i');
const EN_BYLINE_AGENCY_TAIL = new RegExp(
  `^(.+?),\\s*((?:${AGENCY})(?:\\s*(?:/|and|&)\\s*(?:${AGENCY}))*)$`,
  'i',
);

/** (session 16) A writing verb after what was written, or after the verb's day: `Debrief written by …`, `Posted 2 June 2026 by …`. */
const CREDITED_WRITING =
  /^(?:(?:[\p{Lu}][\p{L}'’-]*\s+){1,2}(?:written|compiled|prepared|drafted|authored|put together)|[Cc]ompiled|[Pp]repared|[Dd]rafted|(?:[Pp]osted|[Pp]ublished|[Ww]ritten)\s+(?:on\s+)?((?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})))\s+by\s+(.+)$/u;

/** The heads parseBylineLine is asking furnitureLine about: it never asks again about one while it asks. */
const readingHead = new Set<string>();

export function parseBylineLine(raw: string): BylineFound | undefined {
  const text = zhBars(raw.trim().replace(/\s+/g, ' '));
  if (text === '' || text.length > 200) return undefined;
  const meta: ArticleMeta = {};
  const credits = /\p{Script=Han}/u.test(text) ? undefined : (creditsBar(text) ?? messageFrom(text));
  if (credits) return credits;
  if (/\p{Script=Han}/u.test(text)) {
    if (/[。！？]/u.test(text)) return undefined;
    // (session 15) A report's or a speech's speaker under its title, by post and name (霁川市市长　某某).
    const speaker = zhSpeakerLine(text);
    if (speaker) return { byline: { raw: text, names: [speaker] }, meta };
    // (session 11) A picture's credit naming the reporter who took it (（记者某某摄）, 记者 某某 摄; 記者某某攝 read in
    // Simplified): a credit, not the byline, unless the words are theirs too (文/摄, 文并摄, 图文).
    if (zhReporterCredit(text)) return undefined;
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
  // (session 16) The verb that credits the writing, after what was written (`Debrief written by …`, `Minutes prepared
  // by …`, `Bulletin compiled by …`) or with the day between (`Posted 2 June 2026 by …`): `By …` with the same names.
  const credited = CREDITED_WRITING.exec(text);
  if (credited) {
    const day = credited[1] ? parseDate(credited[1]) : undefined;
    if (credited[1] === undefined || day) {
      const found = parseBylineLine(`By ${credited[2]!}`);
      if (found)
        return {
          byline: { raw: text, names: found.byline.names },
          meta: { ...found.meta, ...(day ? { published: day } : {}) },
        };
    }
  }
  // (session 16) A blog's or a desk's name before the byline in one bar (`Keepers' blog · Posted 2 June 2026 by …`):
  // a short label that names no one, then who wrote it.
  const labelled =
    /^([^·|•]{2,40}?)\s+[·|•]\s+((?:Posted|Published|Written|Compiled|Words|Story|Report(?:ed)?)\b.*\bby\s.+)$/i.exec(
      text,
    );
  if (labelled && wordCount(labelled[1]!) <= 4 && !/[.!?:]/.test(labelled[1]!) && !parseDate(labelled[1]!)) {
    const found = parseBylineLine(labelled[2]!);
    if (found) return { byline: { raw: text, names: found.byline.names }, meta: found.meta };
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
  const [first = '', ...tail] = text.split(EN_BYLINE_TAIL);
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
  const wired = EN_BYLINE_WIRED.exec(first);
  if (wired) meta.source = wired[2]!;
  // A byline set in capitals (`BY JANE ROE AND JOHN DOE`) names people in the case a reader writes them.
  const head = titleCaseCapitals(wired ? wired[1]! : first);
  for (const t of tail) {
    const part = t.trim();
    // (session 16) A sentence among the fields (`SUBSCRIBER EXCLUSIVE · You have 2 free articles left. Subscribe …`) is
    // the page speaking, not a byline's field: the capitals before it name no one.
    if (/\p{Ll}{3}[.!?]\s+\p{Lu}/u.test(part) || (/[.!?]$/.test(part) && wordCount(part) > 8))
      return undefined;
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
  // A live page's kicker before its time stamp (`LIVE · Last updated 4:05 p.m.`) names no one. (Not asked of the line
  // being read: `Last updated March 3, 2026 by Jane Roe` is read by furnitureLine as a byline, which asked again.)
  if (!readingHead.has(head)) {
    readingHead.add(head);
    try {
      if (furnitureLine(head)?.what === 'section label') return undefined;
    } finally {
      readingHead.delete(head);
    }
  }
  const by =
    /^(?:(?:By|From) (?:our|the) [A-Za-z ]{1,30}?(?:team|desk|staff|correspondents?|reporters?|bureau|newsroom)\s*[:—–-]|(?:By|Written by|(?:Show|Episode) notes by|Words by|Story by|Reported by|Reporting by|Text by|Interview by|Interviewed by|Posted by|Analysis by|Opinion by|Perspective by|Commentary by|Essay by|Review by|Column by|Guest (?:post|column|essay|piece) by|(?:Appeal|Letter|Report|Statement|Update|Notes|Article|Feature|Profile|Guide|Explainer|Preview|Recap|Briefing|Dispatch|Field notes|Blog post) by|Contributed by|Submitted by|Prepared by|Authored by|Words and (?:pictures|photos) by|Text and (?:pictures|photos) by):?|(?:Words|Author|Authors|Reporter|Reporters|Writer|Story|Text|Text and (?:photos|pictures)|Words and (?:photos|pictures)|Interview)\s*:)\s+(.+)$/i.exec(
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
  const agencyTail = EN_BYLINE_AGENCY_TAIL.exec(head);
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
    // (session 13) One word before the bar is the kind of piece (`Statement | 11 March 2026 | …`), not a writer.
    if (names && names.length <= 4 && names.every((n) => n.split(/\s+/).length >= 2))
      return { byline: { raw: text, names }, meta };
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
  /** A wire dateline's day without its year (`PORT ALDER, Dec 1 (Meridian News) -`): `Dec 1`, for the page to date. */
  day?: string;
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
export const ZH_BRACKETED_STAMP = new RegExp(
  `^[【〔［[（(]${SP}*(?!据)(?<agency>本报|本台|本网|本刊|${ZH_STAMP_OUTLET})` +
    `(?:[\\p{Script=Han}]{0,6}?(?:\\d{1,2}月\\d{1,2}日)?)(?:专讯|讯|电|消息)${SP}*[】〕］\\]）)]` +
    `(?:${SP}*[（(](?<people>[^（()）]{2,60})[）)](?:${SP}*[:：])?)?${SP}*`,
  'u',
);
const EN_DATELINE = new RegExp(
  // `SEOUL/TAIPEI`: a story filed from two places.
  // (session 11) A document's status before a dash is no place: `DRAFT — subject to approval …`.
  `^(?!(?:DRAFT|UNAPPROVED|PROVISIONAL|UPDATED?|CORRECTION|BREAKING|EXCLUSIVE|ADVISORY|EMBARGOED)\\b)` +
    `(?<place>[A-Z][A-Z.'’-]+(?:[ /-][A-Z][A-Z.'’-]+){0,3})` +
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
    const found: DatelineFound = { length: en[0].length, meta, raw: en[0].trim() };
    if (en.groups.date && !published) found.day = en.groups.date.trim();
    return found;
  }
  return undefined;
}

/** (session 11) A whole line crediting a picture to a reporter by the verb 摄 after the name: 记者某某摄, （本报记者 某某 摄）. */
function zhReporterCredit(text: string): boolean {
  const inner = unbracket(text);
  return (
    /(?:摄|摄影)$/u.test(inner) &&
    !/文\s?[/／、与和及并]?\s?(?:图|摄)|图文/u.test(inner) &&
    !/[/／|｜:：]/u.test(inner) &&
    isCredit(inner)
  );
}
