// English page lines: what an English page prints around a story, read whole (enLine).

import { furnitureLine } from '../furniture.ts';
import type { ArticleMeta, Byline } from '../types.ts';
import {
  EN_NAME,
  EN_ROLE,
  enNames,
  PUBLICATION,
  parseBylineLine,
  READING_TIME,
  TITLED,
  withoutHonorific,
} from './bylines.ts';
import { memberAppeal, navRow, postalAddress, showCredits } from './lists.ts';
import type { FurnitureLine } from './words.ts';
import { AGENCY, AGENCY_ONLY, barParts, EN_SERIES, FINAL, PROSE, parseDate, wordCount } from './words.ts';

// (enLine's patterns built from the agencies' names, once rather than on every line it reads)
const AGENCY_BYLINE = new RegExp(`^by\\s+(?:the\\s+)?(${AGENCY})$`, 'i');
const AGENCY_SIGN_OFF = new RegExp(
  `^[-—–]{1,2}\\s*((?:${AGENCY})(?:\\s*(?:/|,|and|&)\\s*(?:${AGENCY}))*)\\.?$`,
  'i',
);
const DESK_CONTRIBUTED = new RegExp(
  `^(?:(?:${AGENCY})\\s+)?(?:[Ss]taff\\s+)?(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?|[Jj]ournalists?)\\s+\\p{Lu}[\\p{L}'’.-]*\\s+\\p{Lu}[^.!?]{1,120}\\s+contributed\\.?$`,
  'u',
);

/** A whole line of an English (or any non-Han) page that is furniture or metadata (oneLine's answer). */
export function enLine(text: string): FurnitureLine | undefined {
  // Counted once: most rules below weigh the line's length in words.
  const words = wordCount(text);
  const labelled = enLabelParts(text);
  if (labelled) return labelled;
  // Who supplied the text: `Transcript provided by Ledgerline Transcripts · Oct 29, 2026, 6:45 p.m. ET`.
  const supplied =
    /^(?:transcript|text|content|data|audio|video|this transcript|this content) (?:provided|supplied|produced|prepared) by ([\p{Lu}][\p{L}'’&.-]*(?:\s+[\p{Lu}][\p{L}'’&.-]*){0,5})(?:\s*[·|•,]\s*(.{4,60}))?\.?$/iu.exec(
      text,
    );
  if (supplied) {
    const meta: ArticleMeta = { source: supplied[1]!.replace(/\.$/, '') };
    const date = supplied[2] ? parseDate(supplied[2]) : undefined;
    if (date) meta.published = date;
    return { kind: 'meta', meta, what: 'provenance' };
  }
  // The print edition's note names the paper: `A version of this article appears in print on March 15, 2026, Section B,
  // Page 9 of the Northern Star.`
  const printed =
    /^[Aa] version of this (?:story|article|piece|obituary|review) (?:appeared|appears|ran) in print\b[^!?]{0,80}?\b(?:of|in) (?:the )?((?:[\p{Lu}][\p{L}'’&.-]*)(?:\s+[\p{Lu}][\p{L}'’&.-]*){0,4})(?:,?\s+with the headline\s*:?\s*\S.{0,140}?)?\.?$/u.exec(
      text,
    );
  // (session 11: with the printed headline after the paper, `… of the Courier with the headline: …`)
  if (printed && words <= 50)
    return { kind: 'meta', meta: { source: printed[1]!.replace(/\.$/, '') }, what: 'print edition note' };
  // A judgment's header lines: the bench (`Judges: Lady Justice Roe, Lord Justice Doe`), the court below (`On appeal
  // from the Employment Appeal Tribunal [2025] VEAT 88`); a footnote citing a law (`[1] AI Liability Act 2025, s. 1(2).`).
  if (
    words <= 40 &&
    (/^(?:judges?|justices?|before|coram|bench|panel)\s*:\s*(?:(?:the\s+)?(?:lady|lord|mr|mrs|ms|dame|sir|justice|judge|chief|hon\.?|his honour|her honour)\b)/i.test(
      text,
    ) ||
      /^[Oo]n appeal from (?:the )?\p{Lu}[^.!?]{2,100}$/u.test(text) ||
      // (only a citation of a law's or a ruling's part: a note that explains is the writer's text)
      (/^\[\d{1,3}\]\s+\S/u.test(text) &&
        words <= 16 &&
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
  // A listing's or a record's row of fields, one of them its date stamp (session 14): `Guide price on application ·
  // Ref BS-1 · Listed 14 October 2026`, `Record R-871 | First posted: 2026-06-12`, `Published 12 November 2026 · 2
  // questions`. No field is a sentence or names who wrote it (`Posted by …` is a byline).
  const invite = calendarLine(text, words);
  if (invite) return invite;
  const notice = standingNotice(text, words);
  if (notice) return notice;
  const fields = barParts(text);
  // (session 16) A label in capitals before the page's own furniture in one bar (`SUBSCRIBER EXCLUSIVE · You have 2
  // free articles left this month. Subscribe …`, `MEMBERS ONLY | Log in to keep reading`): the bar is that furniture.
  if (fields.length >= 2 && /^[A-Z][A-Z'’&-]*(?: [A-Z][A-Z'’&-]*){0,2}$/.test(fields[0]!.trim())) {
    const rest = fields.slice(1).map((f) => furnitureLine(f.trim()));
    if (rest.every((r) => r?.kind === 'furniture')) return rest[0];
  }
  if (fields.length >= 2 && words <= 40) {
    // (the fields' date is looked for first: reading each field as a byline is the costly part, on every bar)
    const stamped = fieldsStamp(fields);
    // (or the date alone as the last field, after who and what: `Health Board · Board session · 24 November 2026`;
    // a person among the fields makes it a byline, read elsewhere)
    const last = fields.at(-1)!.trim();
    const day =
      stamped === undefined &&
      wordCount(last) <= 5 &&
      /^(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4}$/.test(last)
        ? parseDate(last)
        : undefined;
    const plainFields = () =>
      !fields.some((f) => /[.!?]$/.test(f.trim()) || parseBylineLine(f) !== undefined || wordCount(f) > 12);
    if (stamped && plainFields()) return { kind: 'meta', meta: { published: stamped }, what: 'date line' };
    if (
      day &&
      plainFields() &&
      fields
        .slice(0, -1)
        .every(
          (f) =>
            /^\p{Lu}/u.test(f.trim()) &&
            !/\d/.test(f) &&
            !bareEnglishName(f) &&
            !nameAndRole(f) &&
            !parseDate(f),
        )
    )
      return { kind: 'meta', meta: { published: day }, what: 'date line' };
  }
  // (session 14) A tracker's opening line: `Tessa Morrow (tmorrow) opened this issue on Nov 3, 2026 · 9 comments`.
  // The opener wrote the thread's first post: its writer, when named (a handle alone names no one).
  const opened =
    /^(\S.{0,40}?)(?:\s+\(@?[\w.-]{2,39}\))?\s+(?:opened|created|started|filed|submitted|posted) this (?:issue|pull request|merge request|discussion|thread|topic|ticket|bug|question)(?:\s+on\s+([^·|•]{6,24}?))?(?:\s*[·|•]\s*[^·|•]{1,30}){0,2}$/iu.exec(
      text,
    );
  if (opened) {
    const name = bareEnglishName(opened[1]!);
    const date = opened[2] ? parseDate(opened[2]) : undefined;
    const meta: ArticleMeta = date ? { published: date } : {};
    return name
      ? { kind: 'meta', meta, what: 'byline', byline: { raw: text, names: [name] } }
      : { kind: 'meta', meta, what: 'thread opener' };
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
    // (session 16) `Posted on March 3, 2026 by Jane Roe`: the day, then who wrote it; a byline with its date.
    const posted = /\sby\s+\p{Lu}/u.test(published[1]!) ? parseBylineLine(text) : undefined;
    if (posted) return { kind: 'meta', meta: posted.meta, what: 'byline', byline: posted.byline };
    const date = parseDate(published[1]!);
    if (date && words <= 16) return { kind: 'meta', meta: { published: date }, what: 'date line' };
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
    (words <= 16 || (words <= 40 && /all rights reserved|may not be (?:published|reproduced)/i.test(text))) &&
    // (a line about copyright, not the page's notice; a court's own page is `© Courts Service of …`)
    !/\b(?:said|says|law|infring|lawsuit|court (?:ruled|said|found|held|heard))/i.test(text)
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
  if (/^(?:contact|email|write to) (?:the )?(?:author|reporter|writer|us)\b/i.test(text) && words <= 16) {
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
    words <= 20
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
    words <= 16
  )
    return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  // A page's own controls and prompts, in forms probed beyond the corpus: a gallery's counter (`1 of 5`), a caption
  // toggle, an app or cookie prompt, a comment count, a tip line, a paywall's upgrade, a sign-up form's terms.
  if (
    (words <= 20 &&
      /^(?:\d{1,2} of \d{1,2}|(?:hide|show|toggle) caption|link copied|copy link|enter your email(?: address)?|open in (?:the )?app|get the app|download (?:the|our) (?:free )?app|text size|watch live|listen live|member-only story|upgrade to paid|responses? \(\d+\)|view(?: all)? \d+ (?:comments|replies)|read the (?:full )?transcript|(?:like|comment|share|repost|send)(?: [·|]? ?(?:like|comment|share|repost|send)){2,4}|tell us what you think|have your say|join the discussion|read the latest issue|today['’]s top stories|read our (?:ethics|editorial|corrections) polic(?:y|ies)\.?)$/i.test(
        text,
      )) ||
    (words <= 40 &&
      /^(?:got|have) an? (?:opinion|view|thought)s? on this(?: topic| story| issue| article)?\?|^(?:got|have) a (?:confidential )?(?:news )?tip\?|^send (?:us )?(?:your )?(?:news )?tips to\s|^by (?:signing up|subscribing|clicking)\b.{0,80}\b(?:terms|privacy)\b|^we use cookies\b|^join (?:us|our) (?:on )?(?:whatsapp|telegram|signal|discord)(?: channel| community| group)?\b|^refresh (?:the page )?for (?:the )?(?:latest )?updates\b|^this (?:article|story|interview|piece|essay) (?:appears|appeared|will appear) in (?:the )?[^.!?]{0,40}print edition\b|^this (?:page|blog|live blog) (?:will )?(?:update|refresh)s? automatically\b|^submit a letter to the editor\b|^(?:write|send) (?:us )?a letter to the editor\b|^(?:subscribe|follow|listen)(?: to [\w' ]{1,30})? wherever you (?:get|listen to) (?:your )?podcasts\b|^(?:the )?(?:full )?transcripts? (?:is |are )?(?:available|open) (?:only )?(?:to|for) (?:members|subscribers|paid subscribers|supporters)\b|^[A-Z][\w' ]{1,40} is (?:funded|supported|made possible) by (?:its |our )?(?:readers|listeners|members|donations|supporters)\b|^(?:we|this site) may earn (?:a )?(?:commission|affiliate)|^our editors independently (?:select|review|choose)|^a version of this (?:story|article) (?:appeared|appears) in\b|^this (?:story|article) (?:appeared|appears) in (?:the )?print\b/i.test(
        text,
      ))
  )
    return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  // A gallery's and a player's controls (`Click to enlarge`, `Image 1 of 5`, `1 / 5`, `Loading chart…`), an embedded
  // post's frame (`View this post on Instagram`, `— Jane Roe (@jroe) March 3, 2026`, `pic.twitter.com/…`), a
  // paywall's prompt and a page's note that a machine made its audio or summary: the page's, not the story's.
  if (
    words <= 24 &&
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
    words <= 10
  )
    return { kind: 'furniture', what: 'page links' };
  // Who paid for the issue: `This issue is sponsored by Acme. Try it free`, `Sponsored by Acme`.
  if (
    /^(?:this (?:issue|edition|newsletter|post|episode|week['’]?s issue|email) is (?:sponsored|brought to you|presented|supported|powered) by|(?:sponsored|presented|powered) by|brought to you by|in partnership with|advertiser content from|(?:this|the following) (?:content|article|story|post|feature) (?:was|is) (?:paid for|funded|sponsored|commissioned) by)\s+\S/i.test(
      text,
    ) &&
    words <= 60
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
    (/^(?:download|view|read|open)\b.{0,60}\((?:pdf|docx?|xlsx?|csv|odt|ods|epub|zip|html|mp3|m4a|wav|ogg|mp4)\b[^)]{0,30}\)$/i.test(
      text,
    ) ||
      /^download (?:the |our |this )?(?:full |complete |summary )?(?:report|pdf|document|study|paper|data(?:set)?|brochure|guide|summary|file)s?\b[^.!?]{0,40}$/i.test(
        text,
      )) &&
    words <= 16
  )
    return { kind: 'furniture', what: 'download link' };
  if (
    // (the answers may come with their thumbs: `Was this page helpful? 👍 Yes 👎 No`)
    // (session 13: any page's name for itself, `Was this postmortem helpful?`, `Is this guide useful? 👍 👎`)
    // (each answer consumes something: an all-optional repeat backtracks without end on a run of spaces)
    /^(?:was|is) this (?:(?![\p{L}-]*ly )[\p{L}-]+ ){1,2}(?:useful|helpful)\??(?:\s*(?:👍|👎|yes|no|[|/·]))*$/iu.test(
      text,
    ) ||
    // A docs site's own link to its source: `Edit this page on GitHub`, `Suggest an edit`, `Improve this page`.
    /^(?:edit|view|improve) (?:this|the) page(?: on (?:github|gitlab|bitbucket))?$|^(?:suggest|propose) (?:an )?(?:edit|change)s?$|^view source$/i.test(
      text,
    ) ||
    /^(?:did you find this (?:page |article )?(?:useful|helpful)\??|rate this (?:page|article)|report a problem with this page|give feedback(?: on this page)?)(?:\s*(?:yes|no)\s*[|/·]?)*$/i.test(
      text,
    ) ||
    // (session 11) the question with its answers and the problem link on one row: `Is this page useful? Yes | No |
    // Report a problem with this page`
    /^(?:was|is|did) (?:this|the) (?:page|article|information|answer|content|you find this (?:page|article))\s*(?:useful|helpful)?\?(?:\s*[|/·]?\s*(?:👍|👎)?\s*(?:yes|no|maybe|report a problem(?: with this page)?|(?:give|send) feedback))+$/iu.test(
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
    return words <= 30 ? { kind: 'furniture', what: 'licence line' } : undefined;
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
  const wire = AGENCY_BYLINE.exec(text);
  if (wire) return { kind: 'meta', meta: { source: wire[1]! }, what: 'agency byline' };
  if (
    /^(?:by\s+)?(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}(?:staff(?: reports?)?|news staff|wire reports|news services|editorial board)$|^from (?:staff|wire|news service) reports$/i.test(
      text,
    ) &&
    words <= 7
  )
    return { kind: 'furniture', what: 'staff byline' };
  // `Source: …`, and a government page's `From: Department for …` over its press release (a name, not a sentence).
  const source =
    /^source:\s*(.{2,60}?)\.?$/i.exec(text) ??
    /^(?:From|FROM):\s*((?:the\s+)?\p{Lu}[\p{L}&,'’. -]{1,80}?)(?:\s+<[^>]+>)?$/u.exec(text);
  if (source && wordCount(source[1]!) <= (/^from/i.test(text) ? 10 : 6))
    return { kind: 'meta', meta: { source: source[1]! }, what: 'source line' };
  if (
    /^(?:sign up|subscribe|read more|related|see also|share (?:this|on)|share:|follow us|follow (?:the )?\w+ on|listen to this article|advertisement|click here|more from|recommended|watch:|also read|go deeper\s*:|\d+ min(?:ute)? read|print this|email this|comments?\s*\(\d+\)|read next|most (?:read|popular|viewed|shared)|(?:the )?(?:story|article|text) continues|continue reading|skip to (?:main )?content|more on this (?:story|topic)|get (?:our|the) [\w ]{0,30}newsletter|save (?:this )?(?:article|story)|gift (?:this )?(?:article|story)|(?:sponsored|partner|paid|promoted) (?:content|post|story)$|sponsored$|posted in\s+\S|our standards\s*:|share via\b|click to (?:share|email|print)\b|enjoying this (?:article|story)\b|(?:have|got) a (?:news )?(?:tip|story idea)\b|scroll (?:down )?to continue\b|report (?:a|an) (?:correction|error|typo)\b|submit a correction\b|send us your feedback\b|want more (?:stories|news|articles) like this\b|(?:estimated )?reading time\s*:|listen\s*:|don['’]t miss$|what to read next$|(?:see |watch |read )?more\s*:|(?:trending(?: now)?|latest(?: news| stories)?|up next|you (?:might|may) also like|editor['’]s picks|back to top|loading(?:\.{3}|…)?|show comments|view comments|join the conversation|comments are closed\.?|reprints? (?:&|and) permissions|watch the video)(?:\s*\(\d[\d,.]*k?(?: comments?)?\))?$)/i.test(
      text,
    ) &&
    words <= 20 &&
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
  // (session 11: and the show by its name, `Enjoying Compute & Capital? Leave us a five-star review`)
  const outro = text
    .replace(/^(?:Enjoying|Enjoyed|Liking|Like|Loving|Love|Liked) \p{Lu}[^?]{1,50}\?\s+/u, '')
    .replace(
      /^(?:(?:(?:enjoyed|enjoying|liked|like|love|loving) (?:the|this|our|today['’]s) (?:show|episode|podcast)|like what you (?:hear|heard))[?!]\s+|if you (?:enjoyed|liked|loved|like|love|enjoy) (?:the|this|our|today['’]s) (?:show|episode|podcast),?\s+)/i,
      '',
    );
  if (
    wordCount(outro) <= 24 &&
    /^(?:(?:subscribe|follow|listen)(?: to (?:us|the show|[\w ]{2,30}))? (?:wherever|on|in) (?:you get your podcasts|apple podcasts|spotify|youtube|your (?:favou?rite )?podcast app)|(?:please )?(?:rate|review|rate and review|(?:leave|give|write) (?:us )?an? (?:(?:five|5)[- ]star )?(?:rating|review))\b[^.!?]{0,60}(?:us|show|podcast|episode)\b)/i.test(
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
    words <= 40 &&
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
    words <= 50 &&
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
    words <= 20 &&
    !/\[(?:share|email|print|tweet|post)\b/i.test(text)
  )
    return { kind: 'furniture', what: 'player or page buttons' };
  // A page's calls to action, alone on their line (`Request an appointment`, `Download the whitepaper`, `Load more
  // posts`, `Sign the guest book`): buttons a hospital's, a vendor's, a live page's or an obituary's site prints.
  if (
    words <= 10 &&
    /^(?:(?:request|book|make|schedule) an appointment|find an? (?:doctor|physician|specialist|location|clinic)|contact (?:our |the )?sales(?: team)?|(?:download|get) (?:the|our|a) (?:free )?(?:white ?paper|report|e-?book|brochure|datasheet|data sheet|case study|guide|toolkit)|register (?:now|here|today|for free)|(?:book|request|schedule) a (?:free )?demo|get started(?: for free| today| now)?|learn more|try (?:it )?(?:for )?free|start (?:your|a) free trial|view (?:this email )?(?:in (?:your )?browser|online|as a web ?page)|accessibility statement|cookie (?:settings|preferences|policy)|manage cookies|(?:load|show|see) more(?: posts| updates| stories| entries| comments)?|pinned(?: post)?|sign (?:the |our )?guest ?book|send flowers|plant (?:a )?trees?|listen to (?:this|the|today['’]s) (?:episode|podcast|show)|thank you for (?:subscribing|signing up)|this post is public so feel free to share it|type your email(?:…|\.{3})?\s*subscribe)[.!]?$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'call to action' };
  // An event's or a download's advert with its button: `Webinar: Cooling the AI data centre — Register now`.
  if (
    words <= 24 &&
    /^(?:webinar|event|live event|virtual event|white ?paper|e-?book|free report|report|download|sponsored)\s*:.{3,120}?\s*[—–|-]\s*(?:register|sign up|download|book|reserve|save your (?:seat|spot)|rsvp|get (?:it|your copy))(?: (?:now|here|today|free|for free))?[.!]?$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'call to action' };
  // A paywall's offer and a letters page's invitation: `Get unlimited access to the Courier from 2 crowns a week.`,
  // `Have your say: email letters@….`
  if (
    words <= 24 &&
    (/^(?:get|enjoy|unlock|try) (?:unlimited|full|complete|digital|all-access|premium) access\b[^!?,;]{0,100}$/i.test(
      text,
    ) ||
      /^have your say\s*[:—–-]\s*(?:email|e-mail|write to|send|comment|tell)\b[^!?]{0,80}$/i.test(text))
  )
    return { kind: 'furniture', what: 'call to action' };
  // (session 15) An advice column's call for letters: `Have a question for Marguerite? Email ask@….`, `Got a dilemma?
  // Write to Dear Abby at …`.
  if (
    words <= 40 &&
    /^(?:have|got|do you have) an? (?:question|dilemma|problem|query|quandary|conundrum)(?: for [\p{Lu}][\p{L}'’ -]{1,30})?\?\s*(?:email|e-mail|write|send|submit|contact|tell|drop|ask)\b[^?]{0,160}$/iu.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'call to action' };
  // A reader's invitation under an obituary or a post: `Share your memories of Ada in the comments below.`
  if (
    words <= 24 &&
    /^(?:please )?(?:share|leave|post) your (?:memories|condolences|tributes?|thoughts|stories|comments)\b.{0,80}\b(?:comments?|guest ?book|below|tribute wall)\b[^.!?]{0,20}[.!]?$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'call to action' };
  // `This article is for general information only and is not a substitute for medical advice.`, a court's `NOTE: This
  // summary is provided to help in understanding the Court's decision.`
  if (
    words <= 40 &&
    (/^(?:note\s*:\s*)?this (?:summary|press summary|note|alert|briefing|update) is (?:provided|published|intended) (?:to (?:help|assist)|for (?:general )?information)\b/i.test(
      text,
    ) ||
      /^this (?:article|page|document|text|post) is (?:a|an edited|an automated) transcript of\b/i.test(
        text,
      ) ||
      // (session 11) `Transcript: A full, auto-generated transcript is available for subscribers.`, `Transcripts may
      // contain errors.`
      /^(?:transcript\s*:\s*)?(?:an? |the )?(?:full,? |complete,? )?(?:auto-generated |automated |machine-generated |edited )?transcript(?: of (?:this|the) (?:episode|show|conversation|interview))? is available\b[^!?]{0,60}$/i.test(
        text,
      ) ||
      /^(?:this |the )?transcripts? may (?:not be (?:100% |entirely |fully |completely )?accurate|contain (?:errors|mistakes|inaccuracies|typos|misspellings))\b[^!?]{0,80}$/i.test(
        text,
      ) ||
      // A review's shop link and its small print: `To buy a copy for £21.25, go to our bookshop.`, `Delivery charges
      // may apply.`; a comment box's prompt: `Join the conversation – sign in or create an account to comment.`
      /^to (?:buy|order|get) (?:a copy|this book|the book|a signed copy|tickets)\b[^!?]{0,80}\b(?:bookshop|bookstore|shop|store|visit|call)\b[^!?]{0,40}$/i.test(
        text,
      ) ||
      /^(?:delivery|postage|p&p|shipping)(?: and packing)?(?: charges| costs| fees)? may apply\.?$/i.test(
        text,
      ) ||
      /^join the conversation\b[^!?]{0,10}(?:sign in|log in|register|create an account|subscribe)\b[^!?]{0,60}$/i.test(
        text,
      ) ||
      /^(?:this |the )?transcripts? (?:is|are|was|were|has been|have been) (?:automatically |machine[- ])?(?:generated|produced|created)\b[^!?]{0,80}$/i.test(
        text,
      ) ||
      /^(?:video|audio|a recording|the recording|a webcast|the webcast) of (?:this|the) (?:meeting|hearing|session|event|webinar|debate) (?:is|are|will be) (?:available|posted|published|online)\b[^!?]{0,80}$/i.test(
        text,
      ) ||
      /^printer[- ]friendly(?: version| page)?$/i.test(text) ||
      // (session 11) Minutes' own notes: `These minutes are a summary of proceedings and are not a verbatim
      // transcript.`, and the offer of another format (`Accessibility: To request these minutes in an alternative
      // format, call …`, `This document is available in large print on request.`).
      /^(?:(?:these|the|this) )?(?:minutes|notes|summary|record|report|account|transcript)\b[^!?]{0,60}\bnot (?:a |an )?(?:verbatim|word-for-word|official)\b[^!?]{0,40}$/i.test(
        text,
      ) ||
      // A draft's status over it: `DRAFT — subject to approval by the Commission at its next meeting`.
      /^(?:draft|unapproved|provisional)(?: minutes)?\s*(?:[-—–:]\s*)?(?:\(\s*)?(?:subject to|pending|not yet|awaiting) (?:formal )?(?:approval|adoption|review)\b[^!?]{0,80}$/i.test(
        text,
      ) ||
      /^(?:accessibility\s*:\s*)?(?:to (?:request|receive|obtain|get)|(?:if you|should you) (?:need|require|would like)|(?:this|the) (?:document|agenda|minutes|report|page|information) (?:is|are) available)\b[^!?]{0,70}\b(?:(?:an? )?(?:alternative|alternate|accessible|other) formats?|large print|braille|easy read|audio format)\b[^!?]{0,60}$/i.test(
        text,
      ))
  )
    return { kind: 'furniture', what: 'disclaimer' };
  // (session 15) The notices a US health plan, hospital or agency must print on what it mails: the nondiscrimination
  // statement (`Acme Health complies with applicable Federal civil rights laws and does not discriminate on the basis
  // of race, …`) and the language-assistance tagline (`ATTENTION: If you speak another language, language assistance
  // services, free of charge, are available to you.`, in English or Spanish, a bold label before it or not).
  if (
    words <= 90 &&
    !/\b(?:said|says|told|according to)\b/i.test(text) &&
    (/^(?:[\p{Lu}][\p{L}'’&.,-]*\s+){1,8}complies with (?:all )?applicable (?:federal|state|federal and state) civil rights laws\b/iu.test(
      text,
    ) ||
      /^(?:[\p{Lu}][\p{L}'’&.,-]*\s+){1,8}does not (?:discriminate|exclude people or treat them differently) (?:on the basis|because) of (?:race|color|colour|national origin|age|disability|sex)\b[^!?]{0,160}$/u.test(
        text,
      ) ||
      /^(?:\*{0,2}(?:language assistance|language access|multi-?language interpreter services)\.?\*{0,2}\s*)?(?:attention|atención|atencion)\s*:\s*(?:if you speak|si habla)\b[^!?]{0,80}\b(?:language assistance|asistencia lingüística|asistencia linguistica)\b[^!?]{0,120}$/iu.test(
        text,
      ))
  )
    return { kind: 'furniture', what: 'disclaimer' };
  // (session 15) A campaign's or a small outfit's social address (`Find me on Facebook: /OmmaneyHobbsEnd`, `Find us on
  // Instagram @orchardlane`) and a printed piece's parting request (`Please recycle this leaflet — or pass it on.`).
  if (
    words <= 16 &&
    (/^(?:find|follow|like|join|message) (?:me|us) on (?:facebook|instagram|x|twitter|tiktok|threads|bluesky|mastodon|linkedin|youtube|whatsapp)(?:\s*[:—–-]?\s*(?:[@/][\w.-]+|(?:https?:\/\/)?(?:www\.)?[\w-]+\.[\w./-]+))?\.?$/i.test(
      text,
    ) ||
      /^please recycle (?:this|the|me|after use)\b(?: (?:leaflet|flyer|newsletter|magazine|paper|booklet|card|brochure|programme|program))?[^!?]{0,50}$/i.test(
        text,
      ))
  )
    return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  // (session 15) A guide's instructions to whoever holds the handset (`Visitors: press the stop number on your
  // handset, or scan the code beside each object. Total running time about 14 minutes.`, `End of tour. … Please
  // return your handset to the shop.`): every sentence about the device, the running time, the tour's end or a copy.
  if (words <= 80 && guideNotes(text)) return { kind: 'furniture', what: 'guide instructions' };
  // (session 15) Who paid for a production, at its foot (`Audio guide produced with support from the Harrowgate Arts
  // Trust.`, `This podcast is made possible by a grant from …`).
  if (
    words <= 30 &&
    /^(?:the |this |our )?(?:[\p{L}'’-]+\s+){0,2}(?:guide|tour|podcast|programme|program|series|exhibition|display|film|app|episode|show|publication|newsletter|trail|website|broadcast)\s+(?:was |is |has been )?(?:produced|made|created|developed|published|recorded|supported|funded|made possible)\s+(?:with (?:the )?(?:generous |kind )?support (?:of|from)|(?:in part )?(?:thanks to|by) (?:a |the )?(?:generous )?(?:grant|funding|support|donation) from)\s+(?:the )?[\p{Lu}][\p{L}'’&-]*(?:\s+(?:of|and|for|the|&|[\p{Lu}][\p{L}'’&-]*)){0,8}\.?$/iu.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'credits' };
  // (session 15) A published record's word on what it leaves out (`Published responses have personal data removed.
  // The requester's name is not published.`).
  if (
    words <= 40 &&
    /^(?:(?:published |these |this |all |our )?(?:responses?|requests?|documents?|records?|comments?|submissions?|replies|letters?) (?:have|has|are|is|were|was) (?:had )?(?:(?:personal|identifying) (?:data|information|details)|names?(?: and addresses)?) (?:removed|redacted|withheld)\.?\s*)?(?:(?:the|their) (?:requester|requestor|applicant|complainant|correspondent|submitter)['’]s (?:name|identity|details) (?:is|are) (?:not (?:published|shown|disclosed)|withheld|redacted)\.?)?$/i.test(
      text,
    ) &&
    /\b(?:removed|redacted|withheld|not published|not shown|not disclosed)\b/i.test(text)
  )
    return { kind: 'furniture', what: 'disclaimer' };
  // (session 15) A public meeting's access notice (`Individuals who require disability-related accommodation to attend
  // the meeting may contact …`, `In compliance with the Americans with Disabilities Act, …`): the notice's, not the
  // story's.
  if (
    words <= 70 &&
    (/^(?:individuals|persons|people|anyone|members of the public|those|if you)\b[^.!?]{0,40}\b(?:require|requires|need|needs|requiring|needing)\b[^.!?]{0,40}\baccommodations?\b[^!?]{0,160}\b(?:contact|call|notify|email|e-mail)\b[^!?]{0,160}$/i.test(
      text,
    ) ||
      /^in (?:compliance|accordance) with the americans with disabilities act\b[^!?]{0,200}$/i.test(text))
  )
    return { kind: 'furniture', what: 'disclaimer' };
  // (session 14) A service's word on itself (`Planning Online is provided for information only.`) and a charity's
  // registration (`Quietwater Trust is a registered charity in England and Wales (no. 1187423).`).
  if (
    words <= 30 &&
    (/^(?:[\p{Lu}][\p{L}'’&.-]*\s+){1,5}(?:is|are) provided for (?:general )?information(?:al purposes)? only\.?$/u.test(
      text,
    ) ||
      /^(?:[\p{Lu}][\p{L}'’&.-]*\s+){1,8}is a registered charity\b[^!?]{0,80}$/u.test(text))
  )
    return { kind: 'furniture', what: 'disclaimer' };
  // (session 14) A labelled disclaimer (`Disclaimer: Listing a study on this Register does not mean …`), and an estate
  // agent's on its particulars (`Agents' note: These particulars are for guidance only and do not form part of any
  // offer or contract.`).
  if (
    words <= 70 &&
    (/^(?:disclaimer|important notice|legal notice)\s*:\s*\S/i.test(text) ||
      /\b(?:particulars|details|descriptions?|information) (?:are|is) (?:given |provided |intended )?(?:for guidance only|a guide only)\b[^!?]{0,40}\bdo(?:es)? not (?:form|constitute) (?:part of )?(?:an?y? )?(?:offer|contract)\b/i.test(
        text,
      ))
  )
    return { kind: 'furniture', what: 'disclaimer' };
  if (
    words <= 40 &&
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
    words <= 50 &&
    /^this (?:information|announcement|release|news release|press release|content|material|notice) (?:is|was|has been) (?:provided|distributed|supplied|disseminated|transmitted|issued) (?:by|through|via|on behalf of)\s/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'distribution line' };
  // The page asking for money or pointing at its player: `Support local journalism`, `Become a member today`,
  // `Watch the full report in the video player above.` — the site's voice, not the story's.
  if (
    words <= 16 &&
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
    // (session 16: a record's trail, longer labels and a person's initial: `Hirewell › Jobs › Senior Engineer (Robotics)
    // › Candidates › R. Anand › Debrief`)
    chevronTrail(text) ||
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
    if (!FINAL.test(text) && !/[.;]$/.test(text) && words <= 24)
      return { kind: 'furniture', what: 'tags line' };
  }
  // The newsletter talking about itself: how it reached the reader, how to leave, share or answer it.
  if (NEWSLETTER_SELF.test(text) && words <= 30) {
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
    words <= 30
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
  const signoff = AGENCY_SIGN_OFF.exec(text);
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
    (DESK_CONTRIBUTED.test(text) ||
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
    words <= 24 &&
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
    words <= 14
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
  // (session 13) A report's cover: to whom and when it was laid (`Presented to the Partnership Board, 19 February 2026`).
  const presented =
    /^(?:[Pp]resented|[Ss]ubmitted|[Ll]aid|[Tt]abled|[Rr]eported) (?:to|before) (?:the )?\p{Lu}[^.!?]{2,80}?,?\s+(?:on\s+)?(\d{1,2} \p{L}+ \d{4}|\p{L}+ \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2})$/u.exec(
      text,
    );
  if (presented && parseDate(presented[1]!))
    return { kind: 'meta', meta: { published: parseDate(presented[1]!)! }, what: 'date line' };
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
    ) ||
    // (session 13) The way back to any list of the site's pages: behind an arrow whatever it names (`← Back to incident
    // history`), or naming a page of the site (`Back to the forum home page`, `Return to search results`).
    /^[«‹←<]\s*(?:back|return|go back) to\s+\S(?:\S*\s?){0,6}$/iu.test(text) ||
    /^(?:back|return|go back) to (?:the |all |our )?(?:[\p{L}'’-]+ ){0,4}(?:page|pages|list|listings?|results|history|home|homepage|index|overview|archive|menu|site|blog|forum|category|section|articles|stories|news|updates|events|jobs|catalogu?e|programme|program|schedule|agenda|courses?|reports?|dashboard|profile)$/iu.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  // A paywall's meter and trial prompts: `You have read 3 of 3 free articles this month.`, `Keep reading with a
  // 7-day free trial`, `Subscribe to The Moving Parts to keep reading this post …`, `Start trial`.
  if (
    words <= 40 &&
    (/^you(?:['’]ve| have) (?:read|used|reached)(?: all| your)? (?:\d+|your) (?:of (?:your )?\d+ )?free (?:articles|stories|reads)\b/i.test(
      text,
    ) ||
      /^(?:subscribe|sign up) (?:now )?for unlimited (?:digital )?access\b/i.test(text) ||
      // (session 15) `You've reached your limit of free articles this month.`, `You have hit your free article limit.`
      /^you(?:['’]ve| have) (?:reached|hit|used(?: up)?) (?:your|the) (?:monthly |weekly )?(?:(?:limit|quota|allowance) of (?:\d+ )?free (?:articles|stories|reads)|free (?:article|story) (?:limit|quota|allowance))\b/i.test(
        text,
      ) ||
      /^keep reading with a (?:\d+-day )?free trial\.?$/i.test(text) ||
      /^subscribe to [^.!?]{2,60} to (?:keep|continue) reading\b/i.test(text) ||
      /^(?:start|begin) (?:your )?(?:free )?trial\.?$/i.test(text) ||
      // (session 11) A paid tier's pitch (`Premium investing: Ledgerline Pro members get our top 10 picks.`,
      // `Insider subscribers unlock all our charts.`): the outlet selling itself (our, your), with its label or not.
      /^(?=[^!?]*\b(?:our|your)\b)(?:[\p{Lu}][\p{L}-]*(?:\s+[\p{L}-]+){0,3}\s*:\s*)?(?:[\p{Lu}][\p{L}&'’-]*\s+){0,3}(?:Pro|Premium|Plus|Insider|Gold|Prime|VIP|Elite|Pass)\s+(?:members|subscribers|readers|users)\s+(?:get|receive|enjoy|unlock|see|can (?:read|see|access|unlock|get))\b[^!?]{0,100}$/u.test(
        text,
      ) ||
      /^comments are (?:now )?closed(?: (?:on|for) this [\w ]{2,20})?\.?$/i.test(text))
  )
    return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  // A live page's toggles and its sign-off: `Show key events only`, `Please turn on JavaScript …`, `That's all from us
  // today. Read our analysis …` — the page talking about itself, not the news.
  if (
    words <= 40 &&
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
  // (session 11) The show and its host on one line (`Compute & Capital, hosted by Devin Marsh`): the show is the
  // source, the host its byline.
  const show = /^([\p{Lu}\d][^,.;:!?]{1,50}?),\s+(?:hosted|presented) by\s+([^.;,]+?)\.?$/u.exec(text);
  const showHosts = show ? enNames(show[2]!) : undefined;
  if (show && showHosts && showHosts.length <= 4)
    return {
      kind: 'meta',
      meta: { source: show[1]!.trim() },
      what: 'byline',
      byline: { raw: show[2]!.trim(), names: showHosts },
    };
  // (session 11) `Reviewed by Calum Strand` over a book review: its writer when the page names no other (a byline
  // above it wins: on an explainer the line names the checker). `Medically reviewed by …` stays a desk credit.
  const reviewer = /^reviewed by\s+([^.;,]+?)\.?$/i.exec(text);
  const reviewers = reviewer ? enNames(reviewer[1]!) : undefined;
  if (reviewers && reviewers.length <= 2)
    return { kind: 'meta', meta: {}, what: 'reviewer', byline: { raw: text, names: reviewers } };
  // `Writing by …; Editing by …`, `Produced by …`, `Graphics by … and …`: the desk's credits, names only.
  const desk =
    /^\(?(?:writing|compiled|produced|graphics|design|data|research|video|editing|production|fact-checking|fact-checked|(?:medically |legally )?reviewed|translation|translated|sub-edited|mixed|engineered|hosted|music|theme music|sound design) by\s+[^.;]{2,60}(?:[;.]\s*[a-z -]{3,30} by\s+[^.;]{2,60})*\.?\)?$/i.exec(
      text,
    );
  if (desk && words <= 24) {
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
    words <= 60
  )
    return { kind: 'furniture', what: 'sponsor line' };
  // A newsletter's or a firm's postal address at the foot (the law asks bulk mail for one): `Ward Notes, 14 Tanner
  // Row, Leeds LS1 4DX`, `PO Box 512, Springfield, IL 62705`. The caller keeps it to the story's foot.
  // (session 11: a field whose value is an address — `Visitation: …, 88 Orchard Lane` — is its record's, anywhere)
  if (postalAddress(text)) return pageKindLine(text) ?? { kind: 'furniture', what: 'postal address' };
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
    words <= 45 &&
    (/\b(?:is|are) (?:provided |intended )?(?:solely )?for (?:general )?(?:informational|information|educational) purposes(?: only)?\b|\bdoes not (?:constitute|create|establish) (?:(?:legal|investment|financial|tax|medical|professional) advice|an attorney-client relationship)\b|^attorney advertising\.?$|^prior results do not guarantee\b|^disclosures?\s*:\s*(?:the )?(?:author|writer|reporter|columnist|I|we)\b/i.test(
      text,
    ) ||
      // (session 14: about the page's kind, `Questions about this solicitation?`; an error's report, `Spotted an
      // error? Tell us.`)
      /^(?:(?:any |have )?(?:questions|comments|feedback|questions or comments|comments or questions)(?: about this [\p{L} -]{2,30})?|(?:have you |did you )?(?:spotted|found|seen) (?:an? )?(?:error|mistake|typo)(?: in this [\p{L} -]{2,20})?)\?\s*(?:please\s+)?(?:contact|e-?mail|call|write to|reach out to|get in touch with|tell us|let us know)\b/iu.test(
        text,
      ))
  )
    return { kind: 'furniture', what: 'legal notice or contact prompt' };
  // The site's own job advert: `We're hiring. Acme is looking for … See open roles →`, `Join our team: view jobs`.
  if (
    words <= 45 &&
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
    words <= 30 &&
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
    words <= 30
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
  if (disclaimed && !TITLED.test(disclaimed[1]!) && words <= 70) return by(disclaimed[1]!);
  if (signed && words <= 45 && !/\b(?:said|says|told)\b/i.test(text)) return by(signed[1]!);
  if (writes && !TITLED.test(writes[1]!) && !/\b(?:said|says|told|who|that)\b/i.test(text))
    return by(writes[1]!);
  if (
    bio &&
    !TITLED.test(bio[1]!) &&
    words <= 30 &&
    !/\b(?:said|says|told|who|former|formerly|later|now)\b/i.test(text)
  )
    return by(bio[1]!);
  // A way to reach the writer: an e-mail address or a handle alone, `Follow Jane Roe on X: @janeroe`.
  if (
    /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(text) ||
    /^@\w{2,30}$/.test(text) ||
    (/^(?:follow|reach|email|contact)\b.{0,60}(?:@\w|[\w.+-]+@[\w-]+\.)/i.test(text) && words <= 16) ||
    // `Jane Roe can be reached at jroe@example.com` / `… can be contacted on 0161 555 0100`.
    (/^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’.-]*\s+(?:can|may) be (?:reached|contacted|emailed)\s+(?:at|on|via|by)\s+\S/u.test(
      text,
    ) &&
      words <= 20)
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
  // (session 14) A transcript's end in words: `Transcript ends.`, `End of recording`.
  if (
    /^(?:(?:the )?(?:transcript|recording|broadcast|programme|program|bulletin|interview|episode) ends|end of (?:the )?(?:transcript|recording|broadcast|programme|program|bulletin|interview|episode))\.?$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'end mark' };
  // (session 13) A truncated text's link and a page's toggles: `… more`, `See details`, `Show less`.
  if (
    /^(?:(?:…|\.{3})\s*(?:more|read more|see more|show more)|(?:see|show|read|view) (?:more|less|all|details))$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'share, sign-up or navigation line' };
  // (session 13) A script's timing field: `DUR: 0:16`, `TRT: 1:10`, `Runtime: 00:42`.
  if (/^(?:dur|duration|runtime|run time|trt|est|length)\s*:\s*\d{1,2}:\d{2}(?::\d{2})?$/i.test(text))
    return { kind: 'furniture', what: 'script cue' };
  // (session 13) A row of the page's counters, every field a figure and what it counts: `£48,210 pledged of £30,000 goal
  // · 612 backers · 9 days to go`.
  const counters = text.split(/\s+[·•|]\s+/);
  if (
    counters.length >= 3 &&
    counters.every((c) => /^[£$€¥]?\d[\d,.]*\s*[%kKmM]?(?:\s+[\p{L}£$€¥\d,.'’-]+){1,6}$/u.test(c))
  )
    return { kind: 'furniture', what: 'links or counters' };
  // (session 13) A script's end mark set off by stars or rules: `*** END OF RUNDOWN ***`, `=== END OF TRANSCRIPT ===`.
  if (/^[*=#~—–-]{2,}\s*end(?: of (?:the )?(?:[a-z]+ ?){1,3})?\s*[*=#~—–-]{2,}$/i.test(text))
    return { kind: 'furniture', what: 'end mark' };
  // (session 13) A broadcast or stage script's cues: `[OONA — ON MIC]`, `[MUSIC UP]`, `(MORE)`, `(CONT'D)`: capitals
  // in brackets, never a sentence of the story.
  if (
    /^\[\p{Lu}[\p{Lu}\d\s'’.,:&/+—–-]{1,48}\]$/u.test(text) ||
    /^\((?:MORE|CONT['’]?D|CONTINUED|END|OVER|PAUSE|BEAT)\)$/u.test(text)
  )
    return { kind: 'furniture', what: 'script cue' };
  return pageKindLine(text);
}

/** Lines in which a newsletter or a page speaks about its own delivery: footers, sign-up and sharing calls. */
const NEWSLETTER_SELF =
  /\b(?:unsubscribe|manage (?:your )?(?:preferences|subscriptions?|email settings)|update your preferences|view (?:this|it|the \w+)?\s*(?:email |newsletter |post |issue |edition )?(?:in|on) (?:your|a|the) (?:web )?browser|(?:you are|you're) receiving this|you (?:have )?received this (?:email|message|alert|newsletter)|forwarded (?:this|to you)|reply to this (?:email|newsletter)|in your inbox|sign up here|subscribe here|forward (?:it|this|this (?:email|issue|newsletter)) to (?:a|your) (?:friend|colleague)s?|not (?:yet )?subscribed(?: yet)?|thanks for reading|leave a comment|subscribe for free|support my work|enjoyed this (?:issue|edition|newsletter|email)|share (?:it|this (?:issue|newsletter)) with (?:a|your) (?:friend|colleague)s?)\b/i;

// `Compiled by` / `Curated by` name who writes a newsletter issue: its byline.
// (session 11: a product review's `Tested by`)
const EN_BY_LABEL =
  /^(?:by|author|authors|written by|words by|story by|reported by|posted by|compiled by|curated by|tested by|tested and written by)\s*:?\s+(.+)$/i;

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

/**
 * (session 14) A name and the job after a comma (`Dr Jane Roe, Clinical Lead for Digital Services`), as a talk's or a
 * report's title page sets its author: the name, or undefined. A byline only where its place says so.
 */
export function nameAndRole(raw: string): string | undefined {
  const m = /^([^,]{3,40}),\s+([^,.;:!?]{3,80})$/.exec(raw.trim());
  if (!m) return undefined;
  const name = bareEnglishName(m[1]!);
  return name && EN_ROLE.test(m[2]!) && !PROSE.test(m[2]!) && wordCount(m[2]!) <= 10 ? name : undefined;
}

/** The date of the first field that stamps one (`Listed 14 October 2026`, `First posted: 2026-06-12`), if any. */
function fieldsStamp(fields: readonly string[]): string | undefined {
  for (const f of fields) {
    const stamp =
      /^(?:published|posted|first posted|first published|listed|first listed|updated|last updated|issued|released|added|tabled|filed|dated|created)(?:\s+on)?\s*:?\s+(.{6,40})$/i.exec(
        f.trim(),
      );
    const date = stamp ? parseDate(stamp[1]!) : undefined;
    if (date) return date;
  }
  return undefined;
}

/**
 * (session 14) A show's or a serial's line: its name, the number, the date (`The Load Factor · Episode 112 · 14 October
 * 2026`): the name is the source, never a kicker.
 */
export function seriesLine(text: string): FurnitureLine | undefined {
  const fields = barParts(text);
  if (
    fields.length !== 3 ||
    !/^\p{Lu}/u.test(fields[0]!) ||
    wordCount(fields[0]!) > 6 ||
    /[.!?,;:]/.test(fields[0]!) ||
    bareEnglishName(fields[0]!) ||
    !/^(?:episode|ep\.?|issue|no\.|number|vol\.?|volume|edition|part)\s*#?\s*\d{1,4}$/i.test(fields[1]!)
  )
    return undefined;
  const day = parseDate(fields[2]!);
  return day
    ? { kind: 'meta', meta: { source: fields[0]!.trim(), published: day }, what: 'publication line' }
    : undefined;
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
  // (session 15) nor does a public body's word anywhere in it (`TAMARACK PUBLIC UTILITIES COMMISSION`, `Office of
  // the Mayor` signing a notice).
  if (
    /\b(?:commission|committee|council|department|ministry|authority|agency|bureau|association|society|co-?operative|utilities|utility|district|tribunal|parliament|government|police|university|institute|hospital|foundation)\b/i.test(
      text,
    )
  )
    return undefined;
  return text;
}

// (session 11) Page lines probed beyond the corpus, by the kind of page that prints them: a record's fields (minutes,
// judgments, job ads, obituaries, event listings, recipe cards, reviews), a widget's counts and scores, and a page's
// small print about itself. Each reads a family's shape (a field's label with a value of its kind, a glyph, a count),
// never one page's words, and none of them reads a sentence that ends as a sentence does.

/** A pictograph (or a few) opening a page's widget line: `🎧 Listen on …`, `📌 Pinned post`, `⚠️ Yellow warning …`. */
const LEADING_ICONS = /^(?:(?![©®™])[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}][\uFE0F\u200D]?\s*)+/u;

/** A disclosure or navigation arrow after a short label: `Service Details ▾`, `Scores & Fixtures ›`. */
const TRAILING_ARROW = /\s*[▾▸▼►▶›»→⌄⌃▴▲]$/u;

/**
 * A line that ends as a sentence does, on a word and its full stop (FINAL leaves the full stop out: `p.m.`, `Co.`):
 * a field or a widget never does (`Norland were 287/6 (84.2 ov) at stumps.`, `Latest: the council voted to close.`).
 */
const ENDS_ON_WORD = /\p{Ll}{2,}\.["”’)]*$/u;

/** A field of a record page — minutes, a judgment, a job ad, an obituary, a listing, a recipe card — with its value. */
function recordFieldLine(text: string): FurnitureLine | undefined {
  const words = wordCount(text);
  if (words > 40 || FINAL.test(text) || ENDS_ON_WORD.test(text)) return undefined;
  // Minutes' header and fields: `Minutes of the Special Meeting of … | date`, `Apologies: Cllr …`, `Present: …`,
  // `Next meeting: …`, `ROLL CALL — 6 present, 1 absent`, `Moved by: …`.
  if (
    /^(?:(?:draft|approved|unapproved|official|summary) )?minutes of (?:the )?[\p{L}' -]{0,60}\b(?:meeting|session|sitting|hearing|committee|board|council|assembly)\b/iu.test(
      text,
    ) ||
    // (a field, not the minutes' own sentences: `Present: … . Absent: none.` is kept as the record has it)
    (/^(?:apologies(?: for absence)?|regrets|present|absent|excused|also present|in attendance|members present|members absent|officers present|staff present|attendees|moved(?: by)?|seconded(?: by)?)\s*:\s*\S/i.test(
      text,
    ) &&
      !/(?<!\b\p{Lu})\.(?:\s|$)/u.test(text)) ||
    /^(?:next|upcoming|following) (?:regular |special |council |board )?(?:meeting|session|sitting|hearing)\s*:\s*\S/i.test(
      text,
    ) ||
    /^(?:roll call|attendance|quorum)\s*(?:[:—–-]\s*)?(?:\d{1,3}\s+(?:present|absent|members?)\b.{0,40}|(?:all )?present|quorum (?:present|confirmed))$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'record fields' };
  // A call transcript's head: `Q1 2026 Earnings Call Transcript | Acme (NASDAQ: ACME)`, `FY2026 Results Call`.
  if (
    /^(?:Q[1-4]|H[12]|FY|first[- ]quarter|second[- ]quarter|third[- ]quarter|fourth[- ]quarter|full[- ]year|half[- ]year|fiscal)\s*(?:\d{2,4}\s*)?(?:FY\s?\d{2,4}\s*)?(?:earnings|results|investor|trading update)(?: conference)? call(?: transcript| webcast| replay)?\b/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'transcript header' };
  // A film's or a show's fact box on one row: `Directed by … · 1h 58m · Rated PG-13 · In theaters March 6`.
  const facts = text.split(/\s+[|·•]\s+/);
  const FACT =
    /^(?:directed by|written by|starring|with|written and directed by|created by|running time|runtime|rated|certificate|cert\.?|in (?:theaters|theatres|cinemas)|(?:now )?streaming on|on (?:netflix|prime video|disney\+|apple tv\+?|max|hulu)|out now|release date|released|genre|\d{1,2}h\s?\d{1,2}m(?:in)?|\d{2,3}\s?min(?:utes|s)?|(?:PG-13|PG|R|G|NC-17|U|12A?|15|18|TV-MA|TV-14)|\(?(?:19|20)\d{2}\)?)\b/i;
  if (facts.length >= 3 && facts.filter((f) => FACT.test(f)).length >= Math.max(2, facts.length - 1))
    return { kind: 'furniture', what: 'record fields' };
  // More fields of the same records, with a value of their kind: minutes' officers and votes, a call's length and
  // market data, a show's guests, a judgment's parties and counsel, a release's checksums and contributors, a review's
  // fit and cast, a listing's venue and times, a paper's declarations, a match's and a forecast's figures.
  if (
    words <= 30 &&
    !/(?<!\b\p{Lu}[a-z]{0,3})\.\s+\p{Lu}/u.test(text) &&
    // (a sentence that starts with the word ends as one: `Wind 40 mph gusts felled trees.`)
    !/\p{Ll}{2,}\.$/u.test(text) &&
    (/^(?:chair|chairperson|vice[- ]chair|presiding|clerk|secretary|minute[- ]taker|minutes? taken by|recorded by|prepared by|guests?|featuring|cast|director|directed by|best for|not for|who (?:it['’]s|it is) for|where to (?:watch|buy|stream|listen)|available (?:on|from|at)|counsel|representation|appearances|solicitors|instructed by|cite as|corresponding authors?|correspondence|competing interests?|conflicts? of interest|funding|data availability|ethics(?: statement)?|author contributions|referee|umpires?|goals|scorers?|cards|substitutes|subs|venue|organi[sz]ers?|organi[sz]ed by|dress code|document type|content type|publication type|ticker|symbol|contributors?|released by)\s*:\s*\S/i.test(
      text,
    ) ||
      /^(?:approved(?: on)?|adopted(?: on)?|vote|votes|result|ayes|nays|noes|abstentions?|abstain|duration|length|runtime|market cap|p\/e(?: ratio)?|eps|dividend(?: yield)?|52[- ]week (?:range|high|low)|volume|prev(?:ious)? close|attendance|kick[- ]?off|date|dates|time|times|when|goals|scorers?|wind|humidity|pressure|visibility|uv(?: index)?|pollen|precipitation|chance of rain|feels like|dew point|sunrise|sunset|received|accepted|published online|read(?:ing)? time|listen time)\s*:?\s*[$£€]?\d/i.test(
        text,
      ) ||
      /^(?:sha-?256|sha-?512|sha-?1|md5|checksum)\s*:?\s*[0-9a-f]{16,}$/i.test(text) ||
      /^(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|weekend)|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\s*:\s*[^.!?]{0,60}-?\d{1,3}\s*°\s*[CF]?\b/i.test(
        text,
      ))
  )
    return { kind: 'furniture', what: 'record fields' };
  // A judgment's heading lines: the court in capitals (`IN THE HIGH COURT OF JUSTICE`), the parties' frame
  // (`Between:`, `- and -`), the document's name in capitals (`JUDGMENT`), its state (`Judgment reserved`).
  if (
    /^IN THE (?:[A-Z][A-Z ,'&()-]{0,60}\s)?(?:COURT|TRIBUNAL|COMMISSION)\b[A-Z ,'&()-]{0,60}$/.test(text) ||
    /^(?:between\s*:|[-–—]\s*and\s*[-–—])$/i.test(text) ||
    /^(?:APPROVED )?(?:JUDGMENT|JUDGEMENT|RULING|ORDER|REASONS FOR (?:JUDGMENT|DECISION)|DECISION)$/.test(
      text,
    ) ||
    /^(?:judgment|judgement|decision) (?:reserved|delivered|handed down|given)(?: (?:on|at) .{3,30})?$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'case header or footnote' };
  // The day a judgment was given (`Date of judgment: 19 November 2026`, `Judgment handed down: …`): the page's date.
  const given =
    /^(?:date of (?:judgment|judgement|decision|ruling)|(?:judgment|judgement|decision|ruling) (?:date|delivered|handed down|given)|decided|delivered|handed down)(?: on)?\s*:\s*(.{4,30})$/i.exec(
      text,
    );
  const day = given ? parseDate(given[1]!) : undefined;
  if (day) return { kind: 'meta', meta: { published: day }, what: 'date line' };
  // A judgment's header fields: `Neutral Citation Number: [2026] …`, `Case No: …`, `Hearing date(s): …`,
  // `Before: THE HONOURABLE …`, `Coram: Roe P, Doe and Poe JJA`, `Approved judgment (…)`.
  if (
    /^(?:neutral citation(?: number| no\.?)?|case (?:number|no\.?)|claim (?:number|no\.?)|appeal (?:number|no\.?)|docket(?: number| no\.?)?|file (?:number|no\.?)|index (?:number|no\.?)|court file (?:number|no\.?)|citation|medium neutral citation)\s*:?\s*(?:\[\d{4}\]|[A-Z]{1,6}[\s/-]?\d|\d)/i.test(
      text,
    ) ||
    /^(?:hearing dates?|dates? of hearing|heard(?: on)?|judgment (?:date|delivered|handed down|reserved)|date of (?:judgment|decision|order)|decided|delivered|handed down)\s*:\s*.{0,40}\d/i.test(
      text,
    ) ||
    /^(?:before|coram|bench|judges?|justices?|panel)\s*:\s*(?:(?:the\s+)?(?:right\s+)?(?:honou?rable|hon\.?|lady|lord|mr|mrs|ms|dame|sir|justice|judge|chief|his honour|her honour|master|registrar|deputy|district judge|magistrate)\b|.{2,80}\b(?:J|JJ|JA|JJA|LJ|LJJ|P|VP|CJ|SJ|AJ|DCJ|MR)$)/iu.test(
      text,
    ) ||
    /^(?:approved|unapproved|draft|revised|amended|corrected|redacted|anonymised|anonymized) (?:judgment|judgement|ruling|decision|opinion|transcript|order)\b.{0,60}$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'case header or footnote' };
  // A job ad's fields: `Salary: …`, `Job type: Full-time`, `Benefits: …`, `Location: Remote`.
  if (
    /^(?:salary|salary range|pay|pay range|compensation|base pay|rate|job type|employment type|contract type|contract|job category|location|work location|workplace type|work model|schedule|shift|hours|benefits|perks|experience level|seniority level|reports to|closing date|application deadline|start date|job id|requisition id|req(?:uisition)? (?:no\.?|number))\s*:\s*\S/i.test(
      text,
    ) &&
    words <= 25
  )
    return { kind: 'furniture', what: 'record fields' };
  // An obituary's life dates and its services: `Born: …, Died: …`, `Visitation: Friday, … 4–7 p.m.`.
  if (
    /^(?:born|died|date of birth|date of death|passed away|age)\s*:\s*.{1,40}(?:\d|$)/i.test(text) &&
    (/\d{4}/.test(text) || words <= 6)
  )
    return { kind: 'furniture', what: 'record fields' };
  if (
    /^(?:visitation|viewing|calling hours|wake|funeral(?: service| mass)?|memorial(?: service| mass)?|mass of christian burial|celebration of life|service|services|interment|burial|graveside(?: service)?|committal|reception|livestream|donations)\s*:\s*\S.{0,160}$/i.test(
      text,
    ) &&
    /\d|\b(?:private|tbc|tba|to be announced|in lieu)\b/i.test(text)
  )
    return { kind: 'furniture', what: 'record fields' };
  // An event listing's practicalities: `Tickets from £49 + VAT`, `Doors open 7 pm`, `Ages 18+`, `Free entry with RSVP`,
  // `Consultation closes: …`, `Registration deadline: …`.
  if (
    words <= 14 &&
    (/^(?:(?:early[- ]bird|standard|general admission|vip|student|day|weekend|full) )?(?:tickets?|passes|entry|admission|prices?|registration)\s*(?::|from|start at|starting at|only)\s*(?:from\s*)?(?:[£$€¥]\s?\d|\d+\s?(?:[£$€]|usd|eur|gbp)|free\b)/i.test(
      text,
    ) ||
      /^(?:doors(?: open)?(?: at)?\s*:?\s*\d|ages? \d{1,2}\+|all ages\b|\d{1,2}\+ only\b|free (?:entry|admission)\b|rsvp (?:required|essential|by)\b|(?:tickets|registration|booking) (?:required|essential)\b|wheelchair accessible\b|step-free access\b)/i.test(
        text,
      ) ||
      /^(?:the )?(?:consultation|applications?|submissions?|registration|nominations|entries|comments|bids|tenders?|call for (?:papers|evidence|proposals)|survey|poll|voting)(?: period| window)? (?:closes?|opens?|deadline|ends?|due)\s*:\s*.{0,40}\d/i.test(
        text,
      ) ||
      /^(?:closing|opening|deadline|registration deadline|submission deadline|response deadline) date\s*:\s*.{0,40}\d/i.test(
        text,
      ))
  )
    return { kind: 'furniture', what: 'record fields' };
  // A recipe card's, a review's and a paper's fields: `Course: Dinner / Cuisine: …`, `Prep time: 15 mins`,
  // `Pros: … | Cons: …`, `Specs: …`, `DOI: 10.…`, `ISBN 978-…`.
  if (
    /^(?:course|cuisine|keywords?|servings|serves|yield|makes|prep(?:aration)? time|cook(?:ing)? time|total time|active time|resting time|calories|diet|difficulty|equipment|pros|cons|the good|the bad|specs|specifications|key specs|tech specs|price when reviewed|rrp|format|platforms?|runtime|running time|certificate|genre|starring)\s*:\s*\S/i.test(
      text,
    ) &&
    words <= 30
  )
    return { kind: 'furniture', what: 'record fields' };
  if (
    /^(?:doi\s*:?\s*(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/\S+|https?:\/\/(?:dx\.)?doi\.org\/10\.\d{4,9}\/\S+|e?-?(?:isbn|issn)(?:-1[03])?\s*:?\s*[\dX][\dX -]{6,20}|pmid\s*:?\s*\d{5,10}|pmcid\s*:?\s*pmc\d{5,10}|arxiv\s*:\s*\d{4}\.\d{4,5}(?:v\d)?)$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'document reference' };
  return undefined;
}

const EXCHANGE =
  '(?:NASDAQ|Nasdaq|NYSE|NYSE American|NYSE Arca|AMEX|LSE|AIM|TSX|TSXV|TSX-V|ASX|NZX|OTC|OTCQX|OTCQB|Euronext|XETRA|Xetra|SIX|HKEX|SGX|JSE|BSE|NSE|CSE)';
/** A listing alone, in its brackets or not (`(NASDAQ: ACME)`): built once, not on every line widgetLine reads. */
const LISTING = new RegExp(
  `^\\(?${EXCHANGE}\\s*:\\s*[A-Z]{1,5}(?:\\.[A-Z]{1,2})?(?:\\s*[;,/]\\s*${EXCHANGE}\\s*:\\s*[A-Z]{1,5}(?:\\.[A-Z]{1,2})?)*\\)?$`,
  'u',
);

/** A widget's line: a rating, a counter, a stock quote, a score, a live badge, a chapter list, a player's label. */
function widgetLine(text: string): FurnitureLine | undefined {
  const words = wordCount(text);
  if (words > 30 || FINAL.test(text) || ENDS_ON_WORD.test(text)) return undefined;
  // A rating: a row of stars (`★★★★☆ (4/5)`, `★★★★★ 4.8 from 326 votes`), or a score out of five or ten under its label.
  if (
    (/[★☆⭐✩✪]{3,}/u.test(text) && words <= 14) ||
    /^(?:rating|our rating|score|our score|verdict score|stars?|overall)\s*:\s*\d(?:\.\d)?\s*(?:\/|out of)\s*(?:5|10|100)\b.{0,20}$/i.test(
      text,
    ) ||
    /^\d(?:\.\d)?\s*(?:\/|out of)\s*5\s*(?:stars?)?\s*[(·|-]?\s*(?:from\s+)?\(?\d[\d,.]*[kK]?\s+(?:ratings?|reviews?|votes?)\)?$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'rating widget' };
  if (/^\d(?:\.\d)?\s*(?:\/|out of)\s*(?:5|10)\s*stars?$/i.test(text))
    return { kind: 'furniture', what: 'rating widget' };
  // (session 16) A store's score with a star sign and its count: `4.3 ★ (612 ratings)`, `4.8★ · 12k reviews`.
  if (
    /^\d(?:[.,]\d)?\s*[★⭐✩☆]\s*[(·|-]?\s*\(?\d[\d,.]*\s*[kKmM]?\+?\s+(?:ratings?|reviews?|votes?)\)?$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'rating widget' };
  // `87% of 1,204 readers found this review helpful`, `312 people found this helpful`.
  if (
    /^\d[\d,.]*\s*(?:%|percent)?\s*(?:of \d[\d,.]*\s+)?(?:people|readers|users|customers|shoppers|buyers|members|voters)\s+found this (?:review |article |answer |page )?(?:helpful|useful)$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'rating widget' };
  // A stock quote (`ACME +3.42% ▲ $71.18`, `NYSE: ACME −1.2%`) or a listing alone in its brackets (`(NASDAQ: ACME)`).
  if (
    /^(?:[A-Z]{1,5}(?:\.[A-Z]{1,2})?\s+|[A-Z]{2,6}\s*:\s*[A-Z]{1,5}\s+)[+\-−–]?\$?\d[\d,.]*%?(?:\s*[▲▼△▽↑↓]\s*)?(?:\s*[+\-−–]?[$€£]?\d[\d,.]*%?)?(?:\s*[▲▼△▽↑↓])?$/u.test(
      text,
    ) ||
    LISTING.test(text)
  )
    return { kind: 'furniture', what: 'stock quote' };
  // A count with its icon (`👏 2.3K`, `❤ 214`), a profile's follower count (`… — 12K Followers · Writer for …`).
  if (/^(?:[\p{Extended_Pictographic}♥❤↻⟳][\uFE0F]?\s*\d[\d,.]*[kKmM]?\s*){1,6}$/u.test(text))
    return { kind: 'furniture', what: 'counters' };
  // (the count as a field, before a bar or at the end: `12,000 followers said …` is a sentence)
  if (
    words <= 20 &&
    /(?:^|[\s—–·|-])\d[\d,.]*[kKmM]?\s+(?:followers|subscribers|connections)\s*(?:$|[·|•—–])/i.test(text)
  )
    return { kind: 'furniture', what: 'author box' };
  // A score line (`FT | Rovers 2–1 Athletic`, `HT: Rovers 0-0 Athletic`), a live score (`Live: Roe v Doe — 287/6 (84.2
  // ov)`), a live page's badge and its latest line (`LIVE ● Updated 2 minutes ago`, `Latest: Polls close at 8`).
  if (
    /^(?:FT|HT|AET|ET|Full[- ]time|Half[- ]time|Final(?: score)?|Result|Live|Postponed|Abandoned)\s*[|:·•—–-]?\s*\p{Lu}[\p{L}.'& -]{1,40}?\s\d{1,3}\s*[–\-:]\s*\d{1,3}\s+\p{Lu}[\p{L}.'& -]{1,40}(?:\s*\(.{1,20}\))?$/u.test(
      text,
    ) ||
    /\b\d{1,3}\/\d{1,2}\s*\(\d{1,3}(?:\.\d)?\s*ov(?:ers)?\)/u.test(text) ||
    /^(?:live|breaking|latest|just in|developing|update|updated)\s*(?:[●•·|:—–-]\s*)?(?:(?:last )?updated\s+)?(?:\d{1,3}|an?|one|a few)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\s+ago$/i.test(
      text,
    ) ||
    (/^(?:latest|breaking|just in|live|developing|happening now)\s*:\s*\S/i.test(text) && words <= 16)
  )
    return { kind: 'furniture', what: 'live or score line' };
  // A weather warning's banner: `Yellow warning for wind until 18:00`, `Amber weather warning: snow and ice`.
  if (
    /^(?:yellow|amber|orange|red|severe)\s+(?:weather\s+)?(?:warning|alert|watch)\b(?:\s*(?:for|of|:)\s*[\p{L}, &/-]{2,40})?(?:\s+(?:until|from|in force|in place|between|valid)\b.{0,40})?$/iu.test(
      text,
    ) ||
    /^(?:weather|market|stock|sports?|score|traffic|travel|pollen|air quality)?\s*(?:data|forecasts?|quotes?|scores?|prices?|results|odds|maps?|radar|feeds?)(?: data)? (?:powered|provided|supplied|delivered|sourced) by\s+\S.{0,40}$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'data credit or banner' };
  // A podcast's chapters (`00:00 Intro | 04:12 …`): two or more time stamps, each with its label.
  if (
    (text.match(/(?:^|[\s|·•(])\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s+\S/gu) ?? []).length >= 2 &&
    !PROSE.test(text)
  )
    return { kind: 'furniture', what: 'chapter list' };
  // A page's counts and badges: `Show 12 new updates`, `Posted 3 days ago · 140 applicants`, `Liked by … and 342
  // others`, `Updated at 16.05 BST`, `Auto-update: On`, `Guest Book (24 entries)`.
  if (
    /^(?:show|load|see|view) \d{1,4} (?:new |more )?(?:updates|posts|comments|replies|entries|results)$/i.test(
      text,
    ) ||
    /^(?:(?:posted|listed|reposted|updated) \d{1,3} (?:minutes?|hours?|days?|weeks?|months?) ago|\d[\d,]*\+? (?:applicants|applications|candidates))(?:\s*[·|•]\s*(?:(?:posted|listed|reposted) \d{1,3} (?:minutes?|hours?|days?|weeks?|months?) ago|\d[\d,]*\+? (?:applicants|applications|candidates|views)|over \d[\d,]* (?:applicants|applications)))*$/i.test(
      text,
    ) ||
    /^liked by\s+[^.!?]{2,40}\s+and\s+\d[\d,.]*[kK]?\s+others$/i.test(text) ||
    /^(?:updated|posted|published|last updated)\s+(?:at\s+)?\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?$/i.test(
      text,
    ) ||
    /^auto[- ]?(?:update|refresh)(?:es|s)?\s*:?\s*(?:on|off)?$/i.test(text) ||
    /^(?:guest ?book|condolences|tributes|memories|comments|reviews|responses)\s*\(\d[\d,]*(?: entries| signatures| messages)?\)$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'counters' };
  // Where an episode sits in its show: `Season 3, Episode 7`, `S3 E7`, `Episode 212`.
  if (
    /^(?:season|series)\s+\d{1,3}\s*[,·|:—–-]?\s*(?:episode|ep\.?)\s*\d{1,4}$|^(?:episode|ep\.?)\s*#?\d{1,4}$|^s\d{1,3}\s?e\d{1,4}$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'issue number' };
  // A package's install command (`npm install acme@4.1.0`, `pip install acme==2.0`): the release page's, not a sentence.
  if (
    /^\$?\s*(?:npm (?:install|i|add)|npx|yarn add|pnpm (?:add|install|i)|bun add|pip3? install|pipx install|uv (?:add|pip install)|poetry add|conda install|cargo (?:add|install)|go (?:get|install)|gem install|brew install|composer require|dotnet add package|docker pull|apt(?:-get)? install|helm install)\s+(?:-{1,2}[\w-]+\s+)*[@\w./:=<>~^-]+(?:\s+[@\w./:=<>~^-]+){0,3}$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'install command' };
  // A live page's writers with their shifts: `Jane Roe (now) and John Doe (earlier)`.
  if (
    /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*\s+\((?:now|earlier|until [^)]{1,12}|from [^)]{1,12}|this morning|overnight)\)(?:(?:,\s*|\s+and\s+|\s*&\s*)(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*\s+\((?:now|earlier|until [^)]{1,12}|from [^)]{1,12}|this morning|overnight)\)){1,4}$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'live page writers' };
  return undefined;
}

/** A page's own small print and buttons about itself, in the forms pages of these kinds print them. */
function pageSelfLine(text: string): FurnitureLine | undefined {
  const words = wordCount(text);
  // A short label with a disclosure or navigation arrow after it (`Service Details ▾`, `Scores & Fixtures ›`): a
  // control. And a page's own sections and labels alone on a line (`Contents`, `Key events`, `On this page`).
  if (TRAILING_ARROW.test(text) && words <= 6 && !FINAL.test(text.replace(TRAILING_ARROW, '')))
    return { kind: 'furniture', what: 'page links' };
  if (
    /^(?:contents|table of contents|on this page|in this (?:section|article|guide)|jump to(?: section)?|key events|key moments|key updates|show key events only|filter (?:by|posts)|all updates|skip to (?:navigation|footer))$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'page links' };
  // A firm's boilerplate head as a release prints it plain (`About Acme Therapeutics`): a name, never a sentence.
  if (
    /^About (?:the )?\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\d&.'’-]*|&|of|and|for|the)){0,6}(?:,? (?:Inc|Ltd|LLC|plc|Corp|GmbH|AG|SA)\.?)?$/u.test(
      text,
    ) &&
    !/\b(?:Time|Face|Turn|Town)$/.test(text)
  )
    return { kind: 'furniture', what: 'release boilerplate head' };
  // A wire's dateline alone on its line: `BOSTON, March 4, 2026 /Acme Wire/ --`.
  if (
    /^[A-Z][A-Z .'-]{1,30}(?:,\s*[\p{L}. ]{2,20})?,\s*.{4,24}\d{4}\s*\/\s*[^/]{2,40}\/\s*(?:--|—|–|-)?$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'wire dateline' };
  // A release's media links: `Logo - https://…`, `Photo: https://…`.
  if (
    /^(?:logo|photo|image|video|multimedia|graphic|infographic|b-roll|photos?)\s*[-–—:]\s*https?:\/\/\S+$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'press wire furniture' };
  if (words > 40) return undefined;
  // Calls to act on the page: `Find an Expert`, `Order flowers for the family → …`, `Request an accessible format of
  // this document`, `Cite this page`, `Watch the meeting on … — Video archive`, `Unlock the full transcript …`.
  if (
    words <= 16 &&
    (/^(?:press kit|media kit|(?:for )?media (?:inquiries|enquiries)|(?:back|return) to (?:news|newsroom|all news|press releases)|easy apply|(?:save|report|share) (?:this )?job|similar jobs|apply (?:by|before) .{3,24}\d|compare prices|sold out|waitlist open|online event|in-person event|hybrid event|edited|translate (?:post|tweet)|see translation|show (?:this )?thread|(?:paid |premium )?(?:subscribers?|members?|supporters?)[- ]only(?: post| content| story| episode)?|support (?:the|this|our) (?:show|podcast|newsletter|channel|work) on \S.{0,30}|\[(?:operator instructions|inaudible|crosstalk|technical difficulty|technical difficulties|indiscernible|music|applause|laughter|break in recording)\]|(?:corporate|conference call|call|company) participants|guest ?book\b.{0,30}|news provided by\s+\S.{0,60}|pre-?release|latest release|download (?:the )?(?:mp3|audio|episode|transcript)\b.{0,30}|@[\w-]{1,39} made (?:their|his|her|a) first contribution\b.{0,40}|(?:released|published|tagged) by @[\w-]{1,39}.{0,30}|organi[sz]ed by\s+[A-Z][^.!?]{1,60}|live (?:reporting|coverage|blog|updates) (?:by|from)\s+[A-Z][^.!?]{1,80}|find an? (?:expert|specialist|doctor|physician|provider|location|clinic|researcher|spokesperson|media contact)|cite this (?:page|article|judgment|judgement|paper|report|episode)|(?:order|send|buy) (?:flowers|a (?:sympathy )?(?:gift|card|tree)|sympathy gifts?)\b.{0,60}|plant (?:a )?(?:memorial )?trees?\b.{0,60}|light a candle|share a memory|request (?:an? |this )?(?:accessible|alternative|alternate|different|large[- ]print|braille|audio) (?:format|version|copy)\b.{0,40}|(?:…|\.{3})\s*(?:see|read|show) more|(?:jump|skip) to (?:recipe|the recipe|review|video|comments)|print recipe|save recipe|rate (?:this )?recipe|pin (?:this )?recipe)$/i.test(
      text,
    ) ||
      /^(?:watch|stream|listen to|replay)(?: the)? (?:webcast|replay|recording|audio|meeting|hearing|session|service|funeral|ceremony|event|debate|match|game|full (?:video|meeting|episode)|live ?stream|replay|recording)\b[^.!?]{0,60}$/i.test(
        text,
      ) ||
      /^(?:unlock|read|get|access|see) (?:the )?(?:full|complete|rest of the|entire) (?:transcript|article|story|report|review|recipe|analysis|episode)\b[^.!?]{0,40}(?:trial|subscribe|subscription|pro|premium|plus|members?|\bfree\b)[^.!?]{0,30}$/i.test(
        text,
      ) ||
      /^(?:more|other|all|previous|past|recent) (?:[\p{Lu}\d][\w&-]{0,10} )?(?:transcripts|episodes|stories|articles|posts|issues|editions|recipes|reviews|results|fixtures)\s*(?:[→›»:>]|[|·])\s*\S/iu.test(
        text,
      ) ||
      /^(?:listen|subscribe|follow|watch)(?: (?:on|in|via|at|with))?\s*:?\s*(?:apple podcasts|spotify|youtube(?: music)?|overcast|pocket casts|amazon music|audible|castbox|stitcher|google podcasts|iheart(?:radio)?|rss|soundcloud|podbean|deezer|tunein)\b(?:\s*(?:[|·•,/]|and|or)\s*[\p{L}\d][\p{L}\d .+-]{0,20}){0,8}$/iu.test(
        text,
      ) ||
      /^(?:open access|free access|cc[ -]by(?:[ -](?:sa|nc|nd)){0,2}(?:[ -]\d\.\d)?|cc0(?: 1\.0)?|peer[- ]reviewed|research article|original (?:article|research)|review article|preprint|accepted manuscript|version of record)(?:\s*[·|•]\s*(?:open access|free access|cc[ -]by(?:[ -](?:sa|nc|nd)){0,2}(?:[ -]\d\.\d)?|cc0(?: 1\.0)?|peer[- ]reviewed|research article|original (?:article|research)|review article|preprint|accepted manuscript|version of record)){0,3}$/i.test(
        text,
      ))
  )
    return { kind: 'furniture', what: 'call to action' };
  // A paper's affiliations, each after its footnote mark: `¹ Department of …, … University; ² Institute of …`.
  if (
    /^[¹²³⁴⁵⁶⁷⁸⁹*†‡§a-c]\s*(?:Department|Dept\.?|School|Faculty|Institute|Centre|Center|Laboratory|Lab|Division|College|University|Unit|Program(?:me)?|Hospital)\b[^.!?]{0,200}$/u.test(
      text,
    ) &&
    !FINAL.test(text)
  )
    return { kind: 'furniture', what: 'affiliations' };
  // The page's own small print: a newsletter's (`You're reading …, a free weekly newsletter …`, `Upgrade to paid for
  // $8/month`, `Our mailing address is: …`), an employer's (`… is an equal opportunity employer …`), a recipe's
  // (`Nutrition information is an estimate …`), an affiliate's (`We independently review everything we recommend.`,
  // `When you buy through our links, we may earn a commission.`), a newsroom's (`This newsroom is intended for members
  // of the press.`), a transcript's, a live stream's (`A livestream of the service will be available here …`).
  if (
    /^you['’]re (?:reading|receiving|subscribed to)\b[^!?]{0,100}\b(?:newsletter|edition|issue|digest|briefing|bulletin)\b[^!?]{0,60}$/i.test(
      text,
    ) ||
    /^upgrade to (?:paid|premium|pro|a paid (?:subscription|plan))\b[^!?]{0,60}$/i.test(text) ||
    // (an affiliate's and a recipe blog's: `This post may contain affiliate links.`, `As an Amazon Associate …`,
    // `Did you make this recipe? Tag @… on Instagram`; a closed form's banner: `This consultation is now closed`)
    /^(?:this (?:post|page|article|site|review|recipe|guide|story) (?:may )?contains? affiliate links\b|as an amazon associate\b|did you (?:make|try|cook|bake) this(?: recipe)?\?)[^!?]{0,100}$/i.test(
      text,
    ) ||
    /^this (?:consultation|call for evidence|survey|petition|competition|vacancy|job|position|listing|offer|poll|form) (?:is|has) (?:now )?(?:closed|expired|ended)\.?$/i.test(
      text,
    ) ||
    /^our (?:mailing|postal) address is\s*:?\s*\S/i.test(text) ||
    /^(?:[\p{Lu}][^.!?]{0,60}\s(?:is|are)|we(?:['’]re| are)) (?:an? )?(?:proud )?equal (?:opportunity|employment opportunity|opportunities) employer\b[^!?]{0,140}$/iu.test(
      text,
    ) ||
    /^(?:the )?(?:nutrition(?:al)? (?:information|info|facts|values|data)|calorie (?:counts?|information)|nutrition)(?: (?:shown|provided|listed|above|below))? (?:is|are) (?:an? )?(?:estimate|approximate|calculated|automatically|provided|for (?:information|reference))\b[^!?]{0,80}$/i.test(
      text,
    ) ||
    /^(?:we|our (?:editors|team|writers|experts|reviewers)) (?:independently|personally) (?:review|select|choose|test|research|pick|vet)\b[^!?]{0,60}$/i.test(
      text,
    ) ||
    /^(?:when|if) you (?:buy|purchase|shop|click|sign up)\b[^!?]{0,60}\b(?:we|this site|[\p{Lu}][\w ]{1,30}) (?:may|might|can|will) (?:earn|receive|get|be paid)\b[^!?]{0,80}$/iu.test(
      text,
    ) ||
    /^this (?:newsroom|site|website|page|section|portal|press (?:room|centre|center)) is (?:intended|meant|designed|provided) (?:only |solely )?for (?:members of the )?(?:press|media|news media|journalists|reporters|investors|healthcare professionals)\b[^!?]{0,60}$/i.test(
      text,
    ) ||
    /^(?:this |the )?transcripts? (?:is|are|was|were|has been|have been) (?:automatically |machine[- ])?(?:generated|produced|created|prepared)\b[^!?]{0,160}$/i.test(
      text,
    ) ||
    /^(?:a |the )?(?:live ?stream|webcast|recording|video|stream)(?: of (?:the|this) (?:service|funeral|meeting|event|ceremony|hearing|memorial|match|game))? (?:will be|is) (?:available|posted|shown|streamed|accessible)\b[^!?]{0,60}\b(?:here|below|above|on this page)\b[^!?]{0,60}$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'disclaimer' };
  return undefined;
}

/**
 * (session 11) A line of a record page, a widget or a page's own small print (recordFieldLine, widgetLine,
 * pageSelfLine), read also without the pictographs a page sets before it (`🎧 Listen on …`, `📌 Pinned post`).
 */
export function pageKindLine(raw: string): FurnitureLine | undefined {
  const text = raw.trim();
  const found = recordFieldLine(text) ?? widgetLine(text) ?? pageSelfLine(text);
  if (found) return found;
  const bare = text.replace(LEADING_ICONS, '');
  if (bare === text || bare === '' || wordCount(bare) > 20 || FINAL.test(bare)) return undefined;
  return recordFieldLine(bare) ?? widgetLine(bare) ?? pageSelfLine(bare) ?? iconLine(bare);
}

/** What a pictograph sets before a page's widget: a button, a badge, a count, a date or a place. */
function iconLine(bare: string): FurnitureLine | undefined {
  const found = furnitureLine(bare);
  if (found?.kind === 'furniture') return found;
  // `📅 June 9–11, 2026 · 📍 Harbourside …`: a listing's fields behind their icons, each short.
  const fields = bare.split(/\s+[|·•]\s+/);
  if (
    fields.length >= 2 &&
    fields.slice(1).some((f) => LEADING_ICONS.test(f)) &&
    fields.every((f) => wordCount(f) <= 8) &&
    !/\.\s+\p{Lu}/u.test(bare)
  )
    return { kind: 'furniture', what: 'record fields' };
  return undefined;
}

/** The sentences of a museum's or a tour's audio guide about its own use. */
const GUIDE_NOTE = [
  /^(?:visitors\s*:\s*)?(?:please )?(?:press|enter|key in|dial|tap|select)\b.{0,80}\b(?:handset|audio guide|keypad|headphones|player|app|device)\b/i,
  /^(?:or )?scan the (?:qr )?code\b/i,
  /^(?:total )?running time(?: is)?(?: about| approximately| around)? \d{1,3} min(?:ute)?s?$/i,
  /^end of (?:the )?(?:tour|guide|stop|audio guide)$/i,
  /^(?:a |the )?(?:full |printed )?transcript of (?:this|the) (?:guide|tour|audio guide)\b.{0,60}\bis available\b/i,
  /^please (?:return|hand back|leave) (?:your|the) (?:handset|audio guide|headphones|player|device)\b/i,
];
function guideNotes(text: string): boolean {
  const sentences = text
    .split(/(?<=[.!?])\s+/u)
    .map((x) => x.trim().replace(/[.!?]+$/u, ''))
    .filter((x) => x !== '');
  return (
    sentences.length > 0 &&
    sentences.every((x) => GUIDE_NOTE.some((re) => re.test(x))) &&
    /\b(?:handset|audio guide|tour)\b/i.test(text)
  );
}

/**
 * (session 16) A calendar invitation's own lines, as mail clients and calendar services print them around the
 * organiser's note: the event's fields (`When: …`, `Join online: …`, `Guests: …`), its reply row and notices
 * (`Reply for …`, `Invitation from Google Calendar`, `Forwarding this invitation could allow …`) and the iCalendar
 * or vCard text an export appends (`BEGIN:VCALENDAR`, `DTSTART;TZID=Europe/London:20260312T140000`).
 */
function calendarLine(text: string, words: number): FurnitureLine | undefined {
  if (
    /^(?:BEGIN|END):V(?:CALENDAR|EVENT|TODO|JOURNAL|ALARM|TIMEZONE|CARD)$/.test(text) ||
    (/^(?:[A-Z][A-Z]{1,20}(?:-[A-Z]+)*)(?:;[A-Z-]{2,20}=[^:;\s]{1,60})*:\S/.test(text) &&
      /^(?:DT(?:START|END|STAMP)|SUMMARY|DESCRIPTION|LOCATION|UID|ORGANIZER|ATTENDEE|PRODID|VERSION|METHOD|RRULE|STATUS|SEQUENCE|TZID|TZOFFSET(?:FROM|TO)|CREATED|LAST-MODIFIED|TRANSP|CLASS|CALSCALE|FN|N|TEL|EMAIL|ADR|ORG|TITLE|URL|X-[A-Z-]+)[;:]/.test(
        text,
      ))
  )
    return { kind: 'furniture', what: 'calendar data' };
  if (
    words <= 40 &&
    !(/[.!?]$/.test(text) && /^(?:when|where)\b/i.test(text)) &&
    (/^(?:when|where|join (?:online|by phone|(?:the |a )?(?:zoom|teams|google meet|webex) meeting)|meeting (?:id|link|number)|passcode|dial[- ]in|conference (?:id|details)|organi[sz]er|guests|attendees|required attendees|optional attendees|calendar|video call)\s*:\s*\S/i.test(
      text,
    ) ||
      /^(?:invitation from (?:google|outlook|apple|zoho|proton)[\w ]{0,20}|view all guest info|reply for \S+@\S+|going\??\s+(?:yes|no|maybe)\b.*|join by phone\b.*|more (?:phone numbers|options)\s*»?|forwarding this invitation could allow\b.*|learn more about (?:google calendar|outlook) ?\S*|invitation from \S+@\S+)$/i.test(
        text,
      ))
  )
    return { kind: 'furniture', what: 'calendar invite line' };
  return undefined;
}

/** Three to nine short labels between chevrons, none a sentence (an initial's full stop is not one). */
function chevronTrail(text: string): boolean {
  if (!text.includes('›') && !text.includes('»')) return false;
  const parts = text.split(/\s+[›»]\s+/);
  return (
    parts.length >= 3 &&
    parts.length <= 9 &&
    parts.every(
      (p) =>
        p.length >= 1 &&
        p.length <= 60 &&
        wordCount(p) <= 8 &&
        !/[!?:;|]|\p{Ll}\.|\.\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(p) &&
        !/[.,]$/.test(p),
    )
  );
}

/**
 * (session 16) The standing lines a page sets around any kind of text: who paid for it (`Bulletin sponsored by …`,
 * `Supported by …`), an election leaflet's imprint (`Promoted by …`, the law's words), a handling banner
 * (`CONFIDENTIAL — Do not forward …`) and an endorsement row (`Endorsed by: …`).
 */
function standingNotice(text: string, words: number): FurnitureLine | undefined {
  if (words > 30) return undefined;
  if (
    words <= 12 &&
    /^(?:(?!(?:was|were|is|are|has|have|had|been)\b)[\p{L}'’-]+\s+){0,2}(?:sponsored|supported|underwritten|brought to you|made possible|presented) by\s+[^.!?,;]{2,60}\.?$/iu.test(
      text,
    ) &&
    !/^(?:the|this|a|an|it|he|she|they|we)\s+\p{Ll}/u.test(text)
  )
    return { kind: 'furniture', what: 'sponsor line' };
  if (/^(?:published and |printed and )?promoted by\s+\S/i.test(text))
    return { kind: 'furniture', what: 'imprint' };
  if (
    /^(?:STRICTLY |PRIVATE AND )?(?:CONFIDENTIAL|INTERNAL(?: USE)?(?: ONLY)?|RESTRICTED|NOT FOR (?:DISTRIBUTION|PUBLICATION))\b(?:\s*[—–:|-]\s*\S.*)?$/.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'handling note' };
  if (/^(?:endorsed|backed|nominated|seconded) by\s*:\s*\S/i.test(text))
    return { kind: 'furniture', what: 'endorsements' };
  return undefined;
}
