// Lines a mail client, a chat app, a community site or an editing tool adds to what people wrote (session 14): an
// exported channel's reactions and system notices, a mail's mobile signature, its external-sender banner and
// confidentiality footer, a file attached to a message, a Q&A site's post actions and stamps, a wiki talk page's
// header and ratings, a code review's merge box, a record's labelled fields, an editor's empty placeholder. Every one
// is the tool's, never the writer's, whatever the story is about; they are read by shape in any article, not only in
// one recognised as a mail or a chat.
import type { FurnitureLine } from './words.ts';
import { wordCount } from './words.ts';

/**
 * A reaction: a Slack-style `:name:` or an emoji, and how many reacted with it (`:eyes: 2`, `👍 14  ❤️ 3`). (© and ®
 * count as pictographs in Unicode: `© 2026` is a copyright line.)
 */
const REACTION = String.raw`(?::[a-z0-9_+'-]{1,40}:|(?![©®™])\p{Extended_Pictographic}[\u{FE0F}\u{200D}\p{Extended_Pictographic}\p{EMod}]*)\s*\d{1,5}`;
const REACTIONS = new RegExp(`^${REACTION}(?:\\s+${REACTION}){0,9}$`, 'u');

/** A document's type and size in brackets after its name (`Pricing form (XLSX, 48 KB)`, `(PDF 1.2 MB)`). */
const TYPE_AND_SIZE =
  /\(\s*(?:pdf|docx?|xlsx?|pptx?|csv|zip|odt|ods|odp|txt|rtf|xml|json)\s*[,·]?\s*\d[\d.,]*\s*[KMG]i?B\s*\)$/i;
/** A file's name with its extension, no spaces (`forecast-v3.xlsx`, `Corran-response-DRAFT-v1.docx`). */
const FILE_NAME =
  /^[\p{L}\p{N}_.()[\]-]{1,100}\.(?:pdf|docx?|xlsx?|pptx?|csv|zip|odt|ods|odp|txt|rtf|key|numbers|pages|png|jpe?g|gif|mp4|mov)$/iu;

/**
 * A file attached to a message or listed for download: its name, or a title with the file's type and size, after an
 * optional paperclip or `Attachment:` label (`📎 forecast-v3.xlsx`, `Attachment: draft.docx (64 KB)`,
 * `Notice of Intent to Award (PDF, 96 KB)`). A sentence never ends on a file's size in brackets.
 */
export function isFileLine(raw: string): boolean {
  const text = raw
    .trim()
    .replace(/^(?:[-*•]\s+)?(?:📎|🔗|📄)\s*|^(?:attachments?|attached|download|file)\s*:\s*/iu, '')
    .trim();
  if (text === '' || wordCount(text) > 16) return false;
  if (TYPE_AND_SIZE.test(text)) return !/[.!?]\s/.test(text.replace(TYPE_AND_SIZE, ''));
  return FILE_NAME.test(text.replace(/\s*\(\d[\d.,]*\s*[KMG]i?B\)$/i, ''));
}

/** Any language: reaction rows and attached files. */
export function messageLine(text: string): FurnitureLine | undefined {
  if (REACTIONS.test(text)) return { kind: 'furniture', what: 'reactions' };
  // (`Download the full report (PDF, 2 MB)` is the page's download link, read with the English lines)
  if (isFileLine(text) && !/^download\s/i.test(text)) return { kind: 'furniture', what: 'attached file' };
  return enMessageLine(text);
}

function enMessageLine(raw: string): FurnitureLine | undefined {
  if (/\p{Script=Han}/u.test(raw)) return undefined;
  // (an app sets its notices in italics or bold: `*Ola has joined the channel.*`)
  const text = raw.replace(/^[*_]+|[*_]+$/g, '').trim();
  const words = wordCount(text);
  // A mail client's signature: `Sent from my iPhone`, `Sent from Outlook for iOS`, `Get Outlook for Android`.
  if (
    words <= 8 &&
    /^(?:sent (?:from|via|with) (?:my )?(?:iphone|ipad|android|mobile|phone|smartphone|blackberry|samsung\b.*|galaxy\b.*|huawei\b.*|pixel\b.*|outlook\b.*|(?:yahoo |windows |proton)?mail\b.*|gmail\b.*|spark\b.*)|get outlook for (?:ios|android))\.?$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'mail signature' };
  // A mail system's banner over a message from outside (`[EXTERNAL] This message originated outside …`, `CAUTION: This
  // email originated from outside the organization. Do not click links …`).
  if (
    words <= 50 &&
    /^(?:\[\s*(?:external|ext|caution|warning)(?: (?:email|sender|message))?\s*\]|(?:external(?: (?:email|sender|message))?|caution|warning)\s*:)/i.test(
      text,
    ) &&
    /\b(?:originated (?:from )?outside|from outside (?:the|your|our)|external sender|do not click (?:on )?links|unless you recogni[sz]e)\b/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'mail banner' };
  // A mail's confidentiality footer: `This email and any attachments are confidential and intended solely for …`.
  if (
    words <= 90 &&
    /^(?:(?:confidentiality notice|disclaimer|important|privileged (?:and|&) confidential)\s*[:.-]\s*)?(?:this|the information in this) (?:e-?mail|message|communication|transmission)(?: (?:and|including) any (?:attachments?|files?|documents?)(?: (?:transmitted|sent) with it)?)?,? (?:is|are|may (?:be|contain)|contains?) (?:strictly )?(?:confidential|privileged|intended (?:solely|only) for)\b/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'mail disclaimer' };
  // A chat's system notice: `Ola Bergqvist has joined the channel.`, `Sam left the group`.
  if (
    words <= 10 &&
    /^(?:@?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}) (?:has |have )?(?:joined|left) the (?:channel|group|chat|conversation|call|meeting|room|server)\.?$/u.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'chat notice' };
  // A thread's summary under a message: `↳ 3 replies · Last reply 10:02 AM`, `12 replies`.
  if (
    /^(?:↳|↪|└)?\s*\**\d{1,4} repl(?:y|ies)\**(?:\s*[·|•]\s*(?:last reply|view thread)\b.{0,30})?$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'thread summary' };
  // The app's offer at the end of an export: `Messages older than 90 days are hidden … Upgrade to see full history.`
  if (
    words <= 30 &&
    /(?:^|[.!?]\s+)upgrade(?: now| today)? to (?:see|view|read|unlock|access|search|keep)\b[^.!?]{0,60}[.!]?$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'upgrade prompt' };
  // An editor's leftovers: a slide's empty placeholder (`[Click to add text]`), a comment box's tabs (`Write  Preview`).
  if (
    /^\[?click (?:here )?to (?:add|enter|edit|type) (?:text|a title|title|notes|subtitle|a date|a caption)\.?\]?$/i.test(
      text,
    ) ||
    /^write\s+preview$/i.test(text)
  )
    return { kind: 'furniture', what: 'editor placeholder' };
  const threads = threadLine(text, words);
  if (threads) return threads;
  // A protective marking (`OFFICIAL – SENSITIVE · Do not circulate outside the board`, `CONFIDENTIAL`), set in capitals.
  if (
    words <= 16 &&
    /^(?:OFFICIAL(?:\s*[-–—:]\s*SENSITIVE)?|COMMERCIAL IN CONFIDENCE|(?:STRICTLY )?CONFIDENTIAL|RESTRICTED|INTERNAL(?: USE ONLY)?|FOR (?:OFFICIAL|INTERNAL) USE ONLY|NOT PROTECTIVELY MARKED|SECRET|TOP SECRET|PROTECTED(?: [A-C])?|UNCLASSIFIED|SENSITIVE BUT UNCLASSIFIED)(?:$|\s*[·|•:–—-]\s*\S.*$)/.test(
      raw.replace(/^[*_]+|[*_]+$/g, '').trim(),
    ) &&
    !/[.!?]$/.test(text)
  )
    return { kind: 'furniture', what: 'protective marking' };
  return undefined;
}

/** A community site's lines around its posts: a Q&A site's, a wiki talk page's, a code review's, a patent index's. */
function threadLine(text: string, words: number): FurnitureLine | undefined {
  // A Q&A site: each post's actions and stamp, the answers' sort, the closing prompt, a user's reputation and badges.
  if (
    /^(?:share\s+)?(?:edit\s+)?improve this (?:question|answer|post)(?:\s+follow)?(?:\s+flag)?$/i.test(text)
  )
    return { kind: 'furniture', what: 'post actions' };
  // (session 15) A link aggregator's comment header: the commenter's handle, how long ago, the thread's links and the
  // fold toggle (`tallis_k 5 hours ago | parent | next [–]`, `jdoe 2 days ago [-]`); and its reply box's button.
  if (
    /^@?[\w.-]{2,30}\s+(?:\d{1,3}|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago(?:\s*\|\s*[\p{L} ]{1,16})*\s*(?:\[[–—-]\]|\[\+\d*\])?$/iu.test(
      text,
    ) &&
    (/\|/.test(text) || /\[[–—+-]/.test(text) || /_|\d/.test(text.split(/\s/)[0]!))
  )
    return { kind: 'furniture', what: 'post time' };
  if (/^(?:add (?:a )?comment|post (?:a )?comment|reply|leave a reply|add reply)$/i.test(text))
    return { kind: 'furniture', what: 'post actions' };
  // (session 16) A Q&A or comment page's reply form, set as a heading or a button (`## Your Answer`, `Post Your Answer`).
  if (
    /^(?:your answer|post your (?:answer|reply|comment)|submit (?:your )?(?:answer|reply)|write (?:an answer|a reply))$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'answer form' };
  // (session 15: `Posted March 6, 2026` with its year is a page's date line, read as one)
  if (
    (!/^posted\b.*\b(?:19|20)\d\d\b/i.test(text) &&
      /^(?:asked|answered|edited|modified|commented|posted)\s+(?:on\s+)?(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?|\d+\s+(?:seconds?|mins?|minutes?|hours?|days?|weeks?|months?|years?) ago|yesterday|today)(?:,?\s+at\s+\d{1,2}:\d{2})?$/i.test(
        text,
      )) ||
    /^asked\s+[^·|]{1,30}[·|]\s*(?:modified|active|viewed)\b[^.!?]{0,60}$/i.test(text)
  )
    return { kind: 'furniture', what: 'post time' };
  if (
    (words <= 8 && /^sorted by\s*:/i.test(text)) ||
    /^not the answer you['’]re looking for\?/i.test(text) ||
    /^[✓✔]?\s*accepted(?: answer)?$/i.test(text) ||
    /^[\d.,]+k?(?:\s*[●•]\s*[\d.,]+k?){1,3}$/.test(text)
  )
    return { kind: 'furniture', what: 'Q&A site line' };
  // A wiki: its tagline, a talk page's header and rules, a project's rating, the page's last edit.
  if (
    /^from [\p{Lu}][\p{L}-]*, the free encyclopedia$/iu.test(text) ||
    (words <= 40 && /^this is the talk page for discussing (?:improvements|changes) to\b/i.test(text)) ||
    /^this is not a forum for (?:general )?discussion\b[^!?]{0,60}$/i.test(text) ||
    /^(?:put new text under old text\.?(?:\s*click here to start a new topic\.?)?|click here to start a new topic\.?|be polite(?:, and welcome to new editors)?|assume good faith|avoid personal attacks|sign your posts?\b[^.!?]{0,40}\.?)$/i.test(
      text,
    ) ||
    /^WikiProject [^()]{2,60}\((?:rated [\w-]+-class)?(?:,?\s*[\w-]+-importance)?\)$/i.test(text) ||
    /^this page was last (?:edited|modified|updated) on .{6,40}\.?$/i.test(text)
  )
    return { kind: 'furniture', what: 'wiki page line' };
  // A code review's merge box and its fields (`All checks have passed · 3 successful checks`, `Reviewers: @a · Labels: …`).
  if (
    /^(?:all checks have passed|some checks (?:were not successful|haven['’]t completed yet)|\d+ (?:successful|failing|failed|pending|skipped|in progress) checks?)(?:\s*[·|]\s*\d+ (?:successful|failing|failed|pending|skipped|in progress) checks?)*$/i.test(
      text,
    ) ||
    /^this branch (?:has no conflicts|has conflicts that must be resolved|is out-of-date) with the base branch\b[^!?]{0,80}$/i.test(
      text,
    ) ||
    /^merging (?:can be performed automatically|is blocked)\.?$/i.test(text) ||
    /^you['’]re not authori[sz]ed to merge this (?:pull|merge) request\.?$/i.test(text) ||
    // (session 15) a tracker's sidebar field left empty (`Projects: None yet`, `Development: No branches or pull
    // requests`)
    /^(?:reviewers?|assignees?|labels?|milestones?|projects?|linked issues?|development|type|priority)\s*:\s*(?:none(?: yet)?|no(?:\s+[\w-]+){1,5})\.?$/i.test(
      text,
    ) ||
    // (a labels line alone is a page's tags, read with the English lines)
    (/^(?:reviewers?|assignees?|milestone)\s*:/i.test(text) &&
      text
        .split(/\s+[·|]\s+/)
        .every((f) =>
          /^(?:reviewers?|assignees?|labels?|milestone|projects?|linked issues?|development)\s*:\s*\S/i.test(
            f,
          ),
        ))
  )
    return { kind: 'furniture', what: 'code review line' };
  // A record's labelled fields that are the index's, not the text's (`Current Assignee: …`, `Legal status: Pending`), and
  // its toggles (`Show all 18 claims`).
  if (
    (words <= 25 &&
      /^(?:current assignee|original assignee|assignee|legal status|application number|publication number|priority date|filing date)\s*:\s*\S/i.test(
        text,
      )) ||
    /^show (?:all|more|fewer|less)(?: \d[\d,]*)? (?:claims|citations|documents|results|comments|replies|answers|items|versions)$/i.test(
      text,
    )
  )
    return { kind: 'furniture', what: 'record field' };
  return undefined;
}
