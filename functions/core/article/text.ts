// Character-level rules used by layout repair: where a sentence ends, how two broken halves are glued back,
// and whether the text after a break can only be the rest of the sentence before it. Pure, no I/O.

const HAN = /\p{Script=Han}/u;
/** CJK punctuation and full-width forms: text next to them is written without spaces. */
const CJK_PUNCT = /[\u3000-\u303f\uff00-\uffef“”‘’「」『』《》〈〉【】…]/u;

/** Closing quotes and brackets that may follow the sentence-final mark (`。”`, `?"`). */
const CLOSERS = '”’」』）)》〉】"\'';
/**
 * Marks after which a paragraph may legitimately end. Colons and semicolons count: a paragraph ending
 * `他表示:` introduces a quotation or a list, and clauses ending in `;` are list-like, not cut off.
 */
const PARAGRAPH_END = /[。！？!?…；;:：.]$/u;
/** Where a sentence ends inside a paragraph: strong marks only, `.` only before whitespace (not `3.8`). */
const SENTENCE_END = new RegExp(`(?:[。！？!?]|…+|\\.(?=[\\s${CLOSERS}]|$))[${CLOSERS}]*`, 'u');
/** Footnote marks at the end of a sentence: `[1]`, `[^2]`, `¹²`. */
const FOOTNOTE_MARK = /(?:\[\^?\d{1,3}\]|[¹²³⁰-⁹]+)+$/u;
/** A footnote's own line (`[1] Contracts published …`, `[^2]: …`): never the rest of a sentence before it. */
const FOOTNOTE_LINE = /^(?:\[\^?\d{1,3}\]:?|[¹²³⁰-⁹]+)\s*\S/u;
/** A paragraph that starts with one of these cannot be the start of a new sentence. */
const CONTINUATION_START = /^[,，、。;；:：)）”’」』.!?！？]/u;

/**
 * The end of a long text without copying all of it: paragraphs grow by repeated joins, and every check
 * here only needs the last few characters (a full trimEnd() per join would make long runs quadratic).
 */
function tail(text: string, n = 32): string {
  return text.length <= n ? text : text.slice(-n);
}

/** `text.trimEnd()` that copies only when there is trailing whitespace to remove. */
export function trimEndCheap(text: string): string {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

function isCjkLike(ch: string): boolean {
  return HAN.test(ch) || CJK_PUNCT.test(ch);
}

/** A person's name and their office after a comma: `Dana Whitcombe, Deputy Town Clerk`. The name is group 1. */
const NAME_AND_OFFICE = String.raw`(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Clerk|Secretary|Chair|Chairman|Chairwoman|Chairperson|Mayor|Director|Officer|Manager|President|Treasurer|Recorder|Registrar|Commissioner|Superintendent|Administrator|Coordinator)(?:\s+(?:of|to)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})?`;
/** A name and an office after it, alone on the last line or after a valediction (`Respectfully submitted,`): the
 * signature that closes minutes, notices, letters. */
const SIGNATURE = new RegExp(
  `(?:^|\\n|\\b(?:[Ss]ubmitted|[Ss]incerely|[Ff]aithfully|[Tt]ruly|[Rr]egards|[Rr]espectfully),\\s+)${NAME_AND_OFFICE}$`,
  'u',
);
const SUBMITTED = /^(?:respectfully\s+)?submitted(?:\s+by)?\s*[,:]?\s*/i;
const SIGNED = new RegExp(`^${NAME_AND_OFFICE}$`, 'u');

/**
 * Who submitted minutes or a report, from its sign-off: `Respectfully submitted,` over `Dana Whitcombe, Town Clerk`
 * (two lines), or `Submitted by: Dana Whitcombe, Town Clerk` (one). The name, and how many lines the sign-off took.
 */
export function submittedBy(line: string, next?: string): { name: string; lines: 1 | 2 } | undefined {
  const head = SUBMITTED.exec(line.trim());
  if (!head) return undefined;
  const rest = line.trim().slice(head[0].length);
  if (rest !== '') {
    const m = SIGNED.exec(rest);
    return m ? { name: m[1]!, lines: 1 } : undefined;
  }
  const m = next === undefined ? null : SIGNED.exec(next.trim());
  return m ? { name: m[1]!, lines: 2 } : undefined;
}

/**
 * (session 12) Minutes or a report signed off by an office, not a person (`Submitted by the Office of the City Clerk`,
 * `Prepared by Planning Department staff`): the page's line, with no name for a byline.
 */
export function officeSignOff(line: string): boolean {
  return /^(?:respectfully\s+)?(?:submitted|prepared|recorded|compiled)\s+by\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’&-]*\s+){0,4}(?:office|department|clerk|secretariat|staff|board|committee|division|bureau)\b[^.!?]{0,80}$/iu.test(
    line.trim(),
  );
}

const SPEAKER_LINE =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s+(?:--|—|–)\s+\p{Lu}[\p{L}'’&-]*(?:,?\s+(?:\p{Lu}[\p{L}'’&-]*|of|and|&|the))*$/u;
const PARTICIPANTS =
  /^(?:(?:call|conference call|meeting|webinar|panel)\s+)?(?:participants|attendees|speakers|panell?ists|present|in attendance|also present)\s*:/i;

/** A labelled list of who took part (`Call participants: A, Chief Executive Officer; B, Analyst`), one paragraph with
 * no sentence in it: complete as it stands, never cut off. */
export function listsParticipants(text: string): boolean {
  return PARTICIPANTS.test(text.trim()) && !/[.!?]\s+\p{Lu}/u.test(text) && text.length <= 600;
}

/** True when the text ends where a paragraph may end (after stripping closing quotes and brackets). */
export function endsSentence(text: string): boolean {
  // A footnote's mark after the full stop (`…written in.[1]`, `…in 2025.²`) belongs to the sentence it ends.
  let t = tail(text).trimEnd().replace(FOOTNOTE_MARK, '');
  // (session 13: and a whole note's square bracket, `[This chart is interactive. Tap to see each year.]`)
  while (t.length > 0 && (CLOSERS.includes(t.at(-1)!) || t.at(-1) === ']')) t = t.slice(0, -1);
  // A letter's or a quotation's sign-off on its own (`— Ruth Ambler, Harlow Road`) is complete without a full stop.
  if (
    /(?:^|\n)[—–―]\s*\p{Lu}[^.!?。！？\n—–―]{1,60}$/u.test(text.slice(-90).trimEnd()) &&
    !stopsOpen(t, 'en')
  )
    return true;
  // (session 11) A signature under minutes or a notice, on its own line: `Dana Whitcombe, City Clerk`.
  if (SIGNATURE.test(text.slice(-90).trimEnd())) return true;
  // A transcript's speaker line (`Mara Ostend -- Chief Executive Officer`): complete as it stands, never cut off.
  if (text.length <= 120 && SPEAKER_LINE.test(text.trim())) return true;
  return t.length === 0 || PARAGRAPH_END.test(t);
}

/** Index just after the first sentence end in `text` (closing quotes included), or -1 when there is none. */
export function firstSentenceEnd(text: string): number {
  const m = SENTENCE_END.exec(text);
  return m ? m.index + m[0].length : -1;
}

/**
 * The separator that glues two halves of a broken sentence: nothing between CJK text (Chinese is written
 * without spaces, also next to Latin words like `AI`), one space between Latin words, nothing after a
 * line-end hyphen (kept, since `well-` / `known` is as likely as a hyphenated split word).
 */
export function joinSeparator(before: string, after: string): string {
  const last = tail(before).trimEnd().at(-1) ?? '';
  const first = after.slice(0, 32).trimStart().at(0) ?? '';
  if (last === '' || first === '') return '';
  if (isCjkLike(last) || isCjkLike(first)) return '';
  if (last === '-') return '';
  return ' ';
}

export function joinText(before: string, after: string): string {
  return trimEndCheap(before) + joinSeparator(before, after) + after.trimStart();
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The word that a paragraph break cut in two, if any (`算力节` / `点分布` → `节点`). Uses the built-in ICU
 * word segmenter on a window around the break: a word-like segment spanning the break is a split word.
 */
function splitWordAt(before: string, after: string): string | undefined {
  const before6 = [...tail(before).trimEnd()].slice(-6).join('');
  const head = [...after.slice(0, 32).trimStart()].slice(0, 6).join('');
  if (before6 === '' || head === '') return undefined;
  const last = before6.at(-1)!;
  const first = head.at(0)!;
  // Latin words: a lowercase start right after a letter with no space between them in the source is
  // the only safe signal; the editor-visible joiner is a space anyway, so report nothing.
  if (!isHan(last) || !isHan(first)) return undefined;
  const boundary = before6.length;
  for (const s of segmenter.segment(before6 + head)) {
    const end = s.index + s.segment.length;
    if (s.isWordLike && s.index < boundary && end > boundary) return s.segment;
  }
  return undefined;
}

/**
 * Positive evidence that `after` is the rest of the sentence `before` stopped in (used across a heading,
 * where the editor placed a break on purpose and a cut-off sentence is the other likely explanation):
 * it starts with punctuation or a lowercase word, or the break splits a word in two.
 */
export function continuationEvidence(before: string, after: string): string | undefined {
  const head = after.slice(0, 32).trimStart();
  if (CONTINUATION_START.test(head)) return `starts with “${head[0]}”`;
  const last = tail(before).trimEnd().at(-1) ?? '';
  if (/[\p{L}\p{N},]/u.test(last) && /^\p{Ll}/u.test(head)) return 'starts with a lowercase word';
  if (/\p{L}-$/u.test(tail(before).trimEnd()) && /^\p{Ll}/u.test(head))
    return 'a line-end hyphen before a lowercase word';
  // A number cut from its unit or date word: 2027|年底, 46|亿元, 30|%.
  if (/[0-9０-９.]$/u.test(last) && /^[年月日号时分秒亿万千百元%％个家台名位项倍吨度米岁]/u.test(head))
    return `a number cut from its unit “${head[0]}”`;
  const word = splitWordAt(before, after);
  return word ? `split word “${word}”` : undefined;
}

/** English words a sentence cannot end on: articles, prepositions, conjunctions, auxiliaries. */
const EN_OPEN_END = new Set(
  'a an the of to in on at for with by from and or but nor that which who whom whose is are was were be been being will would can could should may might must shall has have had its their our his her my your as than into onto about over under between among through per via including such if because while when where whether its this these those'.split(
    ' ',
  ),
);
/** Names that English writes in lower case too (`may`, `march`): never a sign that a sentence starts. */
const MONTH_OR_DAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Capitalised words that usually open a sentence rather than continue one (pronouns, determiners, connectives). */
const EN_OPENERS = new Set(
  'the a an this that these those it its he she they we i you his her their our my there here in on at for but and or so yet however meanwhile still also then now today yesterday officials critics supporters some many most one two after before when while if as although though despite since under over by from with without according during what why how who where which'.split(
    ' ',
  ),
);
/** The text stops on a word no sentence ends on: an English function word, or a zh particle, coverb or conjunction. */
export function stopsOpen(text: string, lang: 'zh' | 'en'): boolean {
  const end = tail(text).trimEnd();
  if (lang === 'zh' || /\p{Script=Han}$/u.test(end))
    return /[的地得和与及在把被对为是将向从给让使并而或]$/u.test(end);
  const lastWord = /([A-Za-z]+)$/.exec(end)?.[1]?.toLowerCase();
  return lastWord !== undefined && EN_OPEN_END.has(lastWord);
}

/**
 * (session 13) A paragraph with no sentence end that is cut inside a clause, by its shape alone: what a join with no
 * other evidence needs (issue 11: a line is never merged on a guess). It stops on a word no sentence ends on; or (zh)
 * its last clause, after the last 。！？；：, already runs on past a comma (`…介绍，二期工程新增的12条产线主要面向`), stops on
 * an enumeration's 、 or holds an open quotation; or it ended a sentence before the one it stops in (`…的混合模式。学校已遴选46名
 * 教师组成`, `… tries to address. Over five years, the plan sets aside`). A line that never ends or runs on a clause — a standfirst
 * under the headline, `Dear shareholders,`, a form's `供应商地址：…88号`, a list's `✅ …人员`, a row of links — is a line of
 * its own, not half of a sentence.
 */
export function cutInsideClause(text: string, lang: 'zh' | 'en'): boolean {
  const end = trimEndCheap(text);
  if (stopsOpen(end, lang)) return true;
  if (lang === 'zh' && /[\p{Script=Han}，,、“”]$/u.test(end)) {
    const recent = tail(end, 64);
    const at = recent.search(/[。！？；：!?;:][^。！？；：!?;:]*$/u);
    const clause = recent.slice(at + 1);
    const opened = (clause.match(/“/g) ?? []).length > (clause.match(/”/g) ?? []).length;
    const afterSentence = at >= 0 && /[。！？!?]/u.test(recent[at]!);
    return afterSentence || /[，,]/u.test(clause) || clause.endsWith('、') || opened;
  }
  return /[.!?]["”’)\]]*\s+\S/u.test(end);
}

/** Discourse openers and dates that start a zh paragraph of its own: `此外，`, `据了解，`, `4月1日，`. */
const ZH_OPENS =
  /^(?:此外|另外|同时|与此同时|目前|当前|近日|日前|近年来|今年以来|据(?:介绍|了解|悉|统计|报道)|记者(?:了解到|获悉|注意到)|(?:\d{4}年)?\d{1,2}月\d{1,2}日|(?:今年|去年|前年|明年)(?:[一二三四]季度|上半年|下半年|前[一二三四两]季度|\d{1,2}月(?:份)?|1[-—至到]\d{1,2}月|全年|年初|年底)?)[，,]/u;

/**
 * The paragraph opens a sentence of its own: a capitalised English opener (`The`, `However`, `In`) or a zh discourse
 * opener or date followed by a comma. Returns what was seen, for the warning.
 */
/** A footnote's own line (`² An audit sample is …`, `[1] Contracts …`). */
export function isFootnoteLine(text: string): boolean {
  return FOOTNOTE_LINE.test(text.slice(0, 48).trimStart());
}

export function opensSentence(
  text: string,
  lang: 'zh' | 'en',
  before = '',
  lowerWords?: ReadonlySet<string>,
): string | undefined {
  const head = text.slice(0, 48).trimStart();
  if (FOOTNOTE_LINE.test(head)) return 'is a footnote';
  const zh = ZH_OPENS.exec(head);
  // `截至` | `4月1日，…`: a date after a word that asks for one is the rest of the sentence.
  if (zh && !(/^\d/.test(zh[0]) && /(?:截至|截止|到|于|在|自|从|至)$/u.test(tail(before).trimEnd())))
    return `opens with “${zh[0]}”`;
  if (lang === 'zh') {
    const part = zhNumberedPartHead(head, before) ?? zhOrdinalItemHead(head, before);
    if (part) return `is a numbered part of its own (“${part}”)`;
    const said = zhAttribution(head, before);
    return said ? `opens with “${said}”, a speaker and what they said` : undefined;
  }
  const word = /^([A-Z][a-z]*)\b/.exec(head)?.[1];
  if (word && EN_OPENERS.has(word.toLowerCase()) && word !== 'I') return `opens with “${word}”`;
  // (session 14) A word the article writes in lower case elsewhere (`Every result …`, `Full condition reports …`) is
  // capitalised here because a sentence starts: a name never is (months and days are names too).
  if (word && word.length > 1 && lowerWords?.has(word.toLowerCase()) && !MONTH_OR_DAY.test(word))
    return `opens with “${word}”, a word the text writes in lower case`;
  // A name and its verb (`Sarn employs about 3,100 people`) after text that used the same name bare (`… on Sarn to …`):
  // the name does not take the `the` the text before stopped on, so it opens a sentence.
  const subject =
    /^([A-Z][a-z]{2,})\s+(said|says|employs|employed|has|had|is|was|will|would|expects|expected|reported|reports|told|added|plans|planned|announced|declined|makes|made|owns|operates|runs|declined)\b/.exec(
      head,
    );
  if (subject && new RegExp(`(?<!\\b[Tt]he\\s)\\b${subject[1]}\\b`).test(before))
    return `opens with “${subject[1]} ${subject[2]}”, a name used bare before and its verb`;
  return undefined;
}

/**
 * (session 12) A notice's numbered part (`九、凡对本公告…`, `（三）联系方式`) opens on its own: the text before it lost its end.
 * Not after 第 or a numeral, nor before one (第 | 一、二等奖, 在 | 十、二十个工作日内: numbers listed in the sentence).
 */
function zhNumberedPartHead(head: string, before: string): string | undefined {
  const m =
    /^(?:[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十百千万两])|[（(][一二三四五六七八九十]{1,3}[）)])/u.exec(
      head,
    );
  if (!m || /(?:第|[一二三四五六七八九十百])$/u.test(tail(before).trimEnd())) return undefined;
  return m[0];
}

/** (session 13) A line that is a syllabus's item (第3周　病灶检测与分割): a list's line, which needs no sentence end. */
export function zhOrdinalItemLine(text: string): boolean {
  return zhOrdinalItemHead(text.trimStart(), '') !== undefined;
}

/**
 * (session 13) A syllabus's or a schedule's item (`第2周　深度学习入门`, `第3讲：…`, `第1天 报到`): an ordinal and its unit,
 * then a space or a colon, opens a line of its own. Not after a word that asks for it (在 | 第2周 …, 从 | 第3讲起).
 */
function zhOrdinalItemHead(head: string, before: string): string | undefined {
  const m =
    /^第\s?[\d一二三四五六七八九十]{1,3}\s?(?:周|讲|章|课|节|单元|天|日|模块|部分|阶段|篇)(?=[\s\u3000：:])/u.exec(
      head,
    );
  if (!m || /(?:在|于|到|至|从|自|是|为|第)$/u.test(tail(before).trimEnd())) return undefined;
  return m[0];
}

/** A speaker and a verb of saying, then a comma or a colon: `公司负责人表示，`, `该校校长王某介绍：`. */
const ZH_SAID =
  /^([\p{Script=Han}A-Za-z·]{2,14}?)(?:表示|介绍|指出|认为|透露|坦言|强调|称|说|告诉记者|对记者说|坦承|回忆)[，,：:]/u;

/**
 * A speaker named whole: a role and the name after it (公司创始人某某, 院长某某, 首席技术官某·某某), or a body pointed at
 * (该公司, 这家医院). A role alone (负责人表示) or a name alone (某某说) may be the end of a speaker the break cut
 * (该公司 | 负责人表示, 运营方负责人 | 某某说); a second role is no name (专家学者).
 */
function wholeSpeaker(speaker: string): boolean {
  if (/^(?:该|这家|这所|此)(?:公司|集团|企业|协会|学会|部门|机构|医院|学校|单位)$/u.test(speaker))
    return true;
  const named =
    /(?:负责人|创始人|合伙人|发言人|[长官师员家者]|主任|经理|书记|主席|总裁|总监|代表|教授|医生|老师)(\p{Script=Han}{2,3}|\p{Script=Han}{1,8}·[\p{Script=Han}·]{1,12})$/u.exec(
      speaker,
    );
  return named !== null && !/[者家员师长官人士生手]$/u.test(named[1]!);
}

/**
 * A paragraph that opens on its own speaker (`公司创始人某某表示，…`) after text that stopped on a noun with no punctuation
 * (`该芯片典型功耗`): a new sentence, and the one before lost its end. Not after a comma (`…已试产，` | `负责人表示，…` is one
 * sentence), a word that asks for more (的, 和, 在 …), a 据 or 如 frame waiting for its speaker (据该公司 | 负责人介绍), and not
 * when the speaker is an adverb, a number, a 的-phrase or not named whole (普遍认为, 三成的企业主表示, 负责人表示).
 */
function zhAttribution(head: string, before: string): string | undefined {
  const end = tail(before).trimEnd();
  if (end === '' || !/[\p{Script=Han}A-Za-z0-9]$/u.test(end) || stopsOpen(end, 'zh')) return undefined;
  // A title's first half before the break (副 | 院长某某, 董事 | 长某某): the speaker is split.
  if (/(?:副|总|常务|执行|首席|代理|名誉|董事|高级|资深)$/u.test(end)) return undefined;
  const clause = end.split(/[，。；：！？、“”,;:!?]/u).at(-1) ?? '';
  if (/[据如]/u.test(clause)) return undefined;
  const m = ZH_SAID.exec(head);
  if (!m) return undefined;
  const speaker = m[1]!;
  if (
    /的|(?:普遍|一致|纷纷|都|也|还|均|则|就|又|再|曾|仍|已|正|亦)$/u.test(speaker) ||
    !wholeSpeaker(speaker)
  )
    return undefined;
  return m[0].slice(0, -1);
}

/** Chinese characters that cannot open a sentence: structural particles and aspect markers. */
const ZH_BOUND_START = /^[的地得了着过们]/u;
/** A demonstrative or numeral that needs a measure word after it (这|个, 两|项, 每|位). */
const ZH_NEEDS_MEASURE = /[这那每一二两三四五六七八九十几各某该此哪]$/u;
const ZH_MEASURE_START = /^[个些种项位名家条件次批座台套类轮份张所只]/u;
/**
 * A clause that stops inside a place frame opened by a coverb after its subject or a modal
 * (`要求企业在页面的显著位置` | `标注来源`): the verb the frame belongs to has not come yet. After a verb (`放在桌上`) 在 is a
 * complement and the clause may end there, so the frame must follow a subject, a modal or an adverb.
 */
const ZH_OPEN_FRAME =
  /(?:[者们员人方司业府局部门校院]|[应须要需将可会能]|[也都还均已正并再就才又])(?:在|从|于|向)[^，。；：！？、“”‘’（）《》,.;:!?]{1,16}(?:上|中|下|里|内|外|前|后|间|处|位置|方面|期间|领域|环节|当中)$/u;

/** A predicate that is only an amount, up to the clause's end: `超过两万张，`, `达到3.5亿元。`, `不足三成，`. */
const ZH_AMOUNT_PREDICATE =
  /^(?:超过|达到|高达|多达|不到|不足|突破|接近|将近|约为|约|近|逾|仅|只有|已达|已超过?)[0-9０-９.,一二三四五六七八九十两百千万亿几数]+[^，。；！？\s]{0,3}[，。；,;]/u;

/** A total said with no subject (共计860人，合计约三万元。): the predicate of a noun before it, never a sentence's start.
 * (Both end on a half-width `,` or `;` too: the marks are made full-width after the layout is repaired.) */
const ZH_TOTAL_PREDICATE =
  /^(?:共计|合计|总计|累计|总共|一共|共)(?:约|近|逾|超过|达)?[0-9０-９一二三四五六七八九十两百千万亿几][0-9０-９.,一二三四五六七八九十两百千万亿余多]*[^，。；！？\s\d]{0,3}[，。；,;]/u;

/**
 * An adverb or a modal that needs its verb after it (`遇到手绘图纸仍会` | `出错`): no zh sentence stops there. Nouns
 * that end on the same characters (社会, 重要, 需要 as a noun, 可能 as a noun) are left out.
 */
const ZH_NEEDS_VERB =
  /(?:(?:[仍还也都就才又不没便总均]|一定|肯定|必然|势必|并不|可以)(?:会|能|要|可以|能够|应该|将)|[仍还也都就才又再更均已]|正在|已经|必须|能够|应该|应当|将要|将会)$/u;

/** A count and its measure word, then at once a clause break: `9家、`, `30余台，`, `1.5万名；` (not a date: 年 月 日 are no measures). */
const ZH_BARE_COUNT =
  /^([0-9０-９][0-9０-９.]*(?:余|多)?(?:万|亿)?(?:家|个|台|名|位|项|种|款|辆|架|套|座|条|件|次|批|所|只|艘|部|栋|间|户|人|处|支|颗|片|张))[、，,；;]/u;

/** An amount in Chinese numerals with what makes it one (四成, 两倍, 三个百分点, 一万余, 百分之十), not 一是 or 一位. */
const ZH_WORD_AMOUNT_START =
  /^(?:百分之[一二三四五六七八九十百零两]+|[一二三四五六七八九十两几半][一二三四五六七八九十百千万亿零两]*(?:余|多)?(?:成|倍|个百分点|万|亿|千|百))/u;

/** An amount with its unit (`85.3分`, `12亿元`, `3.5%`), not a date or a year. */
const ZH_AMOUNT_START = /^[0-9０-９][0-9０-９.,]*\s*(?![0-9０-９.,\s]|年|月|日|号|时)\S/u;

/**
 * Positive evidence, on both sides of a heading, that the heading cut a sentence: what continuationEvidence
 * finds, plus sentences that end on a word no sentence ends on and go on with a word that continues it
 * (`… in` / `March, officials said`; `在这` / `个方向上`; `…的` / `的` can never open a sentence).
 */
export function headingCutEvidence(
  before: string,
  after: string,
  lang: 'zh' | 'en',
  heading = '',
): string | undefined {
  const found = continuationEvidence(before, after);
  if (found) return found;
  const head = after.slice(0, 48).trimStart();
  const end = tail(before).trimEnd();
  // A paragraph never ends on a comma, and a quotation opened before the heading closes after it.
  if (/[，,、]$/u.test(end)) return `the sentence stops on “${end.slice(-1)}”`;
  const recent = tail(before, 200);
  const opened = (recent.match(/“/g) ?? []).length - (recent.match(/”/g) ?? []).length;
  const closeAt = head.indexOf('”');
  if (opened > 0 && closeAt > 0 && (head.indexOf('“') < 0 || head.indexOf('“') > closeAt)) {
    return 'a quotation opened before the heading closes after it';
  }
  // The same with straight quotes, as exports leave them: the last `"` before opens (after a colon, a comma or a
  // space, text right after it) and the first `"` after closes (text right before it).
  const lastStraight = recent.lastIndexOf('"');
  const straightClose = head.indexOf('"');
  if (
    lastStraight >= 0 &&
    (recent.match(/"/g) ?? []).length % 2 === 1 &&
    /(?:^|[\s:：,，(（。！？])$/u.test(recent.slice(0, lastStraight)) &&
    /^\S/u.test(recent.slice(lastStraight + 1)) &&
    straightClose > 0 &&
    /\S/u.test(head[straightClose - 1]!)
  )
    return 'a quotation opened before the heading closes after it';
  if (lang === 'en' || !/\p{Script=Han}/u.test(end.slice(-1))) {
    const lastWord = /([A-Za-z]+)$/.exec(end)?.[1]?.toLowerCase();
    // An amount goes on a sentence as a word does (`… with a` / `$2.1 million grant …`).
    const firstWord = /^([$€£¥]?[A-Za-z0-9][\w’'-]*)/.exec(head)?.[1];
    // A section that opens by naming its own heading's subject starts a new sentence (`## Radiology` / `Radiology …`).
    const restatesHeading =
      firstWord !== undefined && heading.toLowerCase().includes(firstWord.toLowerCase());
    if (
      lastWord &&
      EN_OPEN_END.has(lastWord) &&
      firstWord &&
      !EN_OPENERS.has(firstWord.toLowerCase()) &&
      !restatesHeading
    ) {
      return `the sentence stops on “${lastWord}” and the text after goes on with “${firstWord}”`;
    }
    return undefined;
  }
  if (ZH_BOUND_START.test(head))
    return `the text after starts with “${head[0]}”, which cannot open a sentence`;
  // The first sentence after the heading is too short to stand alone (`投入运营。`): it completes the one before.
  const first = firstSentenceEnd(head);
  if (first > 0 && [...head.slice(0, first)].filter((c) => /\p{Script=Han}/u.test(c)).length <= 6) {
    return `the text after starts with “${head.slice(0, first)}”, too short to be a sentence of its own`;
  }
  // A bare count that closes its clause at once (`…整机企业` | `9家、零部件企业30余家`): the amount of the noun before the
  // heading; a sentence of its own would say what is counted (`9家企业…`).
  const count = ZH_BARE_COUNT.exec(head);
  if (count && /\p{Script=Han}$/u.test(end) && !stopsOpen(end, 'zh'))
    return `the text after starts with the bare count “${count[1]}”, the amount of what the sentence before names`;
  if (ZH_NEEDS_MEASURE.test(end) && ZH_MEASURE_START.test(head)) {
    return `“${end.slice(-1)}” needs the measure word “${head[0]}” after the heading`;
  }
  // A verb or conjunction that needs its object, and a quantity after the heading (`得分为` | `85.3分，…`): a new
  // sentence may open on a date (`2024年，…`), not on a bare amount.
  if (/(?:[为是达约和与及至]|超过|达到|不到|低于|高于)$/u.test(end) && ZH_AMOUNT_START.test(head))
    return `the sentence stops on “${end.slice(-1)}” and the text after goes on with the amount “${ZH_AMOUNT_START.exec(head)![0]}”`;
  // The same in Chinese numerals (`人工工时减少了约` | `四成，…`): an approximation needs its amount, and a share,
  // a multiple or a count in words (四成, 两倍, 三个百分点, 一万) opens no sentence of its own.
  const wordAmount = ZH_WORD_AMOUNT_START.exec(head);
  if (
    /(?:(?<![签合预节公条制契邀相履违解特续])约|[近逾达]|超过|达到|不到|不足|低于|高于|将近|接近)$/u.test(
      end,
    ) &&
    wordAmount
  )
    return `the sentence stops on “${end.slice(-1)}” and the text after goes on with the amount “${wordAmount[0]}”`;
  // A subject with no verb yet (`每天产生的影像`: a noun after its 的-modifier closes the clause) and, after the
  // heading, only the amount it comes to (`超过两万张，…`): the subject's predicate.
  const clause = end.split(/[，。；：！？、“”,;:!?]/u).at(-1) ?? '';
  const subject = /的[\p{Script=Han}A-Za-z0-9]{1,6}$/u.exec(clause);
  const amount = ZH_AMOUNT_PREDICATE.exec(head);
  // 了, 着 or 是 in the clause: its verb came already (`整理了全年的数据` is whole).
  if (subject && amount && !/[了着是]/u.test(clause) && !/[过为有在]/u.test(subject[0]))
    return `the clause “${subject[0]}” has no verb yet and the text after goes on with the amount “${amount[0].slice(0, -1)}”`;
  // A total with no subject (`…新增相关专业招生计划` | `共计860人，…`): what it totals is the noun the sentence before
  // stopped on; a paragraph of its own names what it counts before 共计.
  const total = ZH_TOTAL_PREDICATE.exec(head);
  if (total && /\p{Script=Han}$/u.test(end) && !stopsOpen(end, 'zh'))
    return `the text after opens on the total “${total[0].slice(0, -1)}” with no subject, that of the sentence before`;
  // The same subject and, after the heading, a modal or an adverb before its verb (`投资回收期` | `预计在四年左右。`).
  const modal = /^(?:预计|将|已经?|可能|需要|仍|还将?|也将|都将|会|能够|正在)\p{Script=Han}/u.exec(head);
  if (subject && modal && !/[了着是]/u.test(clause) && !/[过为有在]/u.test(subject[0]))
    return `the clause “${subject[0]}” has no verb yet and the text after goes on with “${modal[0].slice(0, -1)}”`;
  // A conjunction after a comma (`，其中` | `一半以上…`): what it joins comes after the heading.
  const joining =
    /[，,]\s*(其中|以及|并且|而且|但是|因此|所以|如果|因为|由于|包括|从而|甚至|尤其是|特别是|例如|比如)$/u.exec(
      end,
    );
  if (joining && /^\p{Script=Han}/u.test(head))
    return `the sentence stops on the conjunction “${joining[1]}”, which needs the clause after the heading`;
  // A bare subject after a comma (`试运行期间，平台` | `共辅助完成…`) and, after the heading, an adverb then its verb.
  const bare = /[，,]\s*(\p{Script=Han}{1,4})$/u.exec(end);
  if (
    bare &&
    !/[了着过是说为有在]/u.test(bare[1]!) &&
    !ZH_NEEDS_VERB.test(bare[1]!) &&
    /^(?:共|累计|共计|先后|陆续|均|曾|已经?|正在)\p{Script=Han}/u.test(head) &&
    !/^(?:共同|共享|共建|共识|已知|均衡)/u.test(head)
  )
    return `the clause “${bare[1]}” has no verb yet and the text after goes on with “${head.slice(0, 2)}”`;
  const verbless = ZH_NEEDS_VERB.exec(end);
  // Not when the text after opens on a subject of its own (我们…, 这…): that is a new sentence.
  if (
    verbless &&
    /^\p{Script=Han}/u.test(head) &&
    !opensSentence(head, 'zh') &&
    !/^(?:[我你他她它这那该此其]|大家|人们)/u.test(head)
  )
    return `the sentence stops on “${verbless[0]}”, which needs the verb after the heading`;
  // The text after must start on the verb itself, not a quotation, a title or a number of its own.
  const frame = ZH_OPEN_FRAME.exec(end);
  if (frame && /^\p{Script=Han}/u.test(head))
    return `the sentence stops inside the place frame “${frame[0].slice(1)}”, before its verb`;
  // A predicate with no subject and a second one after it (`风电、光伏项目` | `直连供电，并探索…`): the subject both share
  // is before the heading; a sentence of its own names its subject in a longer first clause.
  if (
    /^\p{Script=Han}{2,4}[，,]\s*(?:并且?|进而|从而|同时)\p{Script=Han}/u.test(head) &&
    /\p{Script=Han}$/u.test(end)
  )
    return `the text after starts with “${head.split(/[，,]/u)[0]}”, a predicate whose subject is before the heading`;
  // A conjunction that joins two things (`值得学校和` | `家长一起想清楚。`): the second comes after the heading. Words that
  // end on the same characters (总和, 参与, 涉及, 共同 …) are left out.
  const conjunction = /(?<![总温缓饱调融人参涉普危顾不共相认合如陪紧])[和与及或跟同]$/u.exec(end);
  if (conjunction && /^\p{Script=Han}/u.test(head) && !opensSentence(head, 'zh'))
    return `the sentence stops on the conjunction “${conjunction[0]}”, which needs what it joins after the heading`;
  return undefined;
}

/** A heading that is itself an item of a list (`一、…`, `（二）…`, `1. …`, `01 …`, `一是…`, `第三，…`, `首先`). */
const ZH_ITEM_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}[、.．是]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:[、.．]|\s)|第[一二三四五六七八九十\d]{1,3}|其[一二三四五六七八九十]|首先|其次|再次|最后|[①-⑳])/u;

/**
 * Evidence that the text after a heading is what a colon before it introduced (`三名同学分工明确：` | `## …` |
 * `一人负责示教，一人负责编程。`): no section ends on a colon. Not when the heading is itself the first item of the list
 * (`具体如下：` | `## 一、…`), when the text after opens a sentence of its own (a discourse opener, a pronoun or a
 * demonstrative first), or when it goes on about the heading's
 * subject (its first sentence shares a pair of characters with the heading): then the heading's section has begun.
 * Chinese only; the first sentence after must be a list of clauses, or a quotation.
 */
export function colonCutEvidence(before: string, after: string, heading: string): string | undefined {
  const end = tail(before).trimEnd();
  if (!/\p{Script=Han}[：:]$/u.test(end)) return undefined;
  const title = heading.trim();
  if (ZH_ITEM_HEADING.test(title)) return undefined;
  const head = after.slice(0, 120).trimStart();
  // A text after that names its own subject first (该公司…, 我们…, 这…) opens a sentence of its own.
  if (
    !/^[\p{Script=Han}“「]/u.test(head) ||
    opensSentence(head, 'zh') ||
    /^(?:[该这那此其我你他她它]|大家|人们)/u.test(head)
  )
    return undefined;
  const cut = firstSentenceEnd(head);
  const first = cut > 0 ? head.slice(0, cut) : head;
  const chars = [...title].filter((c) => HAN.test(c));
  for (let i = 0; i + 1 < chars.length; i++) if (first.includes(chars[i]! + chars[i + 1]!)) return undefined;
  if (!/^[“「]/u.test(head) && !/[，,、；;]/u.test(first)) return undefined;
  return `the paragraph before ends on “${end.slice(-1)}”, which introduces the text after the heading`;
}

/** A short line with no sentence punctuation at all: a label, heading or credit, not half of a sentence. */
export function shortUnpunctuated(text: string, lang: 'zh' | 'en'): boolean {
  // A label and its value (`For: 88`, `票数：88`) is a short line too: the colon is not sentence punctuation
  // there. A colon at the end (`He said:`) opens what follows and is not a label line.
  const t = text.trim().replace(/^([^:：\n]{1,24})[:：]\s*(?=\S)/u, '$1 ');
  if (t.length > 120 || /[，,。；;：:！？!?、“”"]/u.test(t)) return false;
  // (session 15) An English line that stops on an article, a preposition of origin or a conjunction (`The decisive
  // penalty came from`) is a sentence cut off, never a heading or a label.
  if (lang === 'en' && /\s(?:the|a|an|of|from|and|whose|which|with)$/iu.test(t)) return false;
  return lang === 'zh' || /\p{Script=Han}/u.test(t)
    ? [...t].length <= 16
    : (t.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 8;
}

/** Share of Han characters among letters: the language signal for zh vs en. */
export function hanShare(text: string): number {
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    if (HAN.test(ch)) han++;
    else if (/[A-Za-z]/.test(ch)) latin++;
  }
  return han + latin === 0 ? 0 : han / (han + latin);
}

/** A short preview of the end of a text for messages: `…在这`. */
export function tailOf(text: string, n = 12): string {
  const chars = [...tail(text, 4 * n).trimEnd()];
  return chars.length <= n ? chars.join('') : `…${chars.slice(-n).join('')}`;
}

export function headOf(text: string, n = 12): string {
  const chars = [...text.slice(0, 4 * n).trimStart()];
  return chars.length <= n ? chars.join('') : `${chars.slice(0, n).join('')}…`;
}
