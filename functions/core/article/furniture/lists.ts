// Lists of page lines: a header over lines that belong to the page (related links, contents, credits), and
// what each line under it must look like.
import type { ArticleMeta } from '../types.ts';
import { isFileLine } from './messages.ts';
import { FINAL, PROSE, unbracket, wordCount } from './words.ts';
import { zhFurnitureList } from './zh-lists.ts';

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
    ) ||
    zhPageStoriesHeader(text)
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

/** The words of a job title (a speaker's, a call participant's): the line names a post, not an act. */
const POST_WORDS =
  /\b(?:chief|officer|president|vice[- ]president|director|analyst|head|manager|partner|founder|co-founder|scientist|professor|lecturer|researcher|engineer|economist|strategist|ceo|cfo|coo|cto|cio|evp|svp|vp|chair(?:man|woman|person)?|secretary|minister|editor|investor relations|treasurer|controller|counsel|principal|fellow|dean|lead|associate|consultant|moderator|host|keynote)\b/i;

/**
 * A participant's name and post in a list of who spoke (`Osric Lund — Chief Financial Officer`, `Dr. Jane Roe, Chief
 * Scientist, Acme Labs`). In the story itself such a line heads a speaker's turn in a transcript and stays.
 */
function nameAndPost(raw: string): boolean {
  const text = raw.trim().replace(LIST_BULLET, '');
  const post =
    /^((?:(?:[Dd]r|[Pp]rof|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)\s*(?:[—–|]|\s--?\s|,)\s*(.{3,80})$/u.exec(
      text,
    );
  return (
    post !== null &&
    POST_WORDS.test(post[2]!) &&
    wordCount(text) <= 14 &&
    !/[;!?]|\.\s+\p{Ll}/u.test(text) &&
    !/\b(?:said|says|told|is|was|will|has|had|who|which)\b/i.test(post[2]!)
  );
}

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

/**
 * (session 14) A site's header bar: its name, then its sections (`Brackwell & Stroud Commercial | Industrial & Logistics |
 * Land | Offices`, `JobHarbor · Search jobs · Salaries · Sign in`): the name, or undefined. The name is a brand of two
 * words or more (or one in CamelCase), never a menu word; three or more sections follow, each a few capitalised words.
 */
export function siteHeaderName(text: string): string | undefined {
  const [name = '', ...sections] = text.trim().split(/\s+[|·•]\s+/);
  if (sections.length < 3 || /[.!?,;:\d]/.test(name) || wordCount(name) > 6 || navItem(name))
    return undefined;
  if (wordCount(name) < 2 && !/\p{Ll}\p{Lu}/u.test(name)) return undefined;
  if (!/^\p{Lu}/u.test(name)) return undefined;
  return sections.every((t) => wordCount(t) <= 3 && /^\p{Lu}/u.test(t) && !/[.!?,;:\d]/.test(t))
    ? name
    : undefined;
}

/** One of a site's own page names (`Accessibility`, `Privacy Policy`, `Contact us`): its words all the menu's. */
export function navItem(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(
      /\b(?:privacy (?:policy|notice)|cookie (?:policy|settings)|terms of (?:use|service)|contact us|about us|site map)\b/g,
      'privacy',
    )
    .split(/\s+/u)
    .filter(Boolean);
  return words.length >= 1 && words.length <= 3 && words.every((w) => NAV_WORDS.has(w));
}

/** A row of a site's own page names, four or more, nearly all from the menu's words and no sentence among them. */
export function navRow(text: string): boolean {
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

/**
 * A podcast's or a show's credits, every sentence of them: `Shift Work is hosted by Jo Roe and produced by Al Poe.
 * Transcripts are generated automatically and may contain errors. Music: "Dawn" by Tovi Lane.`
 */
export function showCredits(text: string): boolean {
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

/** A plea for members or listeners' money, every sentence of it (see furnitureLine). */
export function memberAppeal(text: string): boolean {
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
export function postalAddress(text: string): boolean {
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
    /^(?:read more|related(?: stories| articles| coverage| reading| news| links| content)?|more (?:on|about) this(?: story| topic)?|see also|also read|further reading|recommended(?: reading| for you)?|more from [^:.!?]{1,30}|(?:more|other|recent|latest) (?:articles|posts|stories|pieces|columns|essays|episodes) (?:by|from) [^:.!?]{1,40}|more by [A-Z][^:.!?]{1,30}|you (?:might|may) also like|(?:posts|stories|articles|threads|videos|accounts) you (?:might|may) (?:also )?like|who to follow|suggested (?:posts|accounts|for you)|read next|more stories|latest(?: news| stories)?|most (?:read|popular|viewed|shared|commented|emailed)|explore more(?: on these topics)?|more on these topics|in this section|hot network questions)\s*[:：]?$/i.test(
      text,
    ) ||
    (/^[^:：]*[:：]?$/u.test(raw.trim()) && isRelatedLinksHeader(raw)) ||
    // (session 15) a service's other notices (`Related updates`, `Other service alerts`; not a live page's `Latest
    // updates`, over its posts)
    /^(?:related|other|similar)\s+(?:service\s+)?(?:updates|alerts|notices|advisories)\s*[:：]?$/iu.test(
      text,
    ) ||
    // The site's other pieces of a kind (`More explainers`, `Latest analysis`, `Keep reading`, `Editor's picks`).
    /^(?:(?:more|other|latest|recent|popular|top|related|our|similar)\s+(?:explainers?|guides?|analysis|features?|videos?|podcasts?|episodes|reads|coverage|opinions?|columns|posts|articles|stories|pieces|news|newsletters|reports|interviews|briefings|Q&As?|live blogs?|obituaries|letters|tributes|profiles|releases|announcements|notices|insights|resources|judg(?:e)?ments|rulings|decisions|cases|documents|publications|guidance|speeches|consultations|questions|answers|jobs|roles|vacancies|listings|properties|studies|trials|records|events|courses|tenders|opportunities|solicitations|products|in [A-Z][\p{L}&' -]{1,30})|most (?:read|popular|viewed|shared|commented)(?: in [A-Z][\p{L}&' -]{1,30})?|keep reading|continue reading|what to read next|up next|don[’']t miss|trending(?: now)?|popular now|in case you missed it|editor[’']s picks|top stories|must reads?)\s*[:：]?$/iu.test(
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
  // (session 11) Who took part in a call or a panel, listed under its header (`Call participants:`, `Speakers`).
  if (
    /^(?:(?:conference )?call participants|corporate participants|participants|speakers|panell?ists|presenters|executives|analysts)\s*:?$/i.test(
      text,
    )
  )
    return { header: 'participants list', item: 'participant', fits: nameAndPost };
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
  // (session 14) A page's documents under their label (`## Attachments`, `Downloads:`), each a file or a title with its
  // type and size (`Notice of Intent to Award (PDF, 96 KB)`).
  if (
    /^(?:attachments?|downloads?|documents?|files|supporting documents|related documents|bid documents)\s*:?$/i.test(
      text,
    )
  )
    return { header: 'attachments', item: 'attachment', fits: (t) => isFileLine(t.replace(LIST_BULLET, '')) };
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
  return zhFurnitureList(raw);
}

/**
 * (session 11, zh) An e-paper's list of the page's other stories under its header (本版新闻, 本版其他新闻, 同版文章,
 * 当版要闻): the page's links, never the story's. (A newsletter's 本期导读 is its own contents, read elsewhere.)
 */
function zhPageStoriesHeader(text: string): boolean {
  return /^(?:本版|同版|当版|该版)(?:其他|其它|其余|更多)?(?:新闻|文章|稿件|报道|内容|标题|要闻)(?:列表|一览)?$/u.test(
    text,
  );
}
