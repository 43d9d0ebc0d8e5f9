// An email pasted whole (session 13): a newsletter or an update forwarded to the editor arrives with the mail's header
// fields (`From:`, `Sent:`, `To:`, `Subject:`; Outlook's 发件人/收件人/主题), the client's forward mark
// (`---------- Forwarded message ---------`) and a forwarder's note above it. None of that is the story; the original
// message's fields say what a page's masthead would: its title (the subject), its writer (the sender) and its date.
import type { Block, Line } from '../blocks.ts';
import { linesOf } from '../blocks.ts';
import { parseDate, wordCount } from './words.ts';

const FIELD =
  /^(from|sent|date|to|cc|bcc|subject|reply-to|发件人|发送时间|时间|日期|收件人|抄送|主题)\s*[:：]\s*(\S.*)$/iu;
/** The mark a mail client puts over a forwarded or quoted message. */
const FORWARD_MARK =
  /^(?:-{2,}\s*(?:forwarded message|original message|转发的邮件|原始邮件)\s*-{2,}|begin forwarded message:?)$/iu;
/** Reply and forward prefixes a subject collects (`RE: FW: …`, `Fwd:`, `回复：`, `转发：`). */
const SUBJECT_PREFIX = /^(?:(?:re|fw|fwd|aw|wg|tr|回复|答复|转发)\s*[:：]\s*)+/iu;

const FIELD_KEY: Record<string, 'from' | 'date' | 'subject'> = {
  from: 'from',
  发件人: 'from',
  sent: 'date',
  date: 'date',
  发送时间: 'date',
  时间: 'date',
  日期: 'date',
  subject: 'subject',
  主题: 'subject',
};

interface Fields {
  from?: string;
  date?: string;
  subject?: string;
  /** The source line of the subject field. */
  subjectLine?: number;
}

export interface MailHeaders {
  /** Source lines that are the mail's, not the story's, with what each is. */
  lines: Map<number, { what: string; text: string }>;
  /** The original message's subject without its `RE:`/`FW:` prefixes, and its line. */
  subject?: { text: string; line: number };
  /** The original message's sender, by name. */
  sender?: string;
  /** The original message's date (ISO). */
  published?: string;
}

/** The sender's name in `Jane Roe <jane@example.com>`, `"Roe, Jane" jane@…`, never an address alone. */
function senderName(from: string): string | undefined {
  const name = from
    .replace(/<[^>]*>|\S+@\S+|\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/["'“”]/g, '')
    .trim();
  return /\p{L}/u.test(name) && wordCount(name) <= 5 ? name : undefined;
}

/**
 * The mail's header blocks (two or more fields in a row: the sender, and the date or the recipient), forward marks, and a forwarder's
 * note (the few lines between the first block and a forward mark). Undefined when the article is not a mail.
 */
export function readMailHeaders(blocks: readonly Block[]): MailHeaders | undefined {
  const lines: Line[] = blocks.flatMap((b) => (b.type === 'para' && !b.kind ? linesOf(b) : []));
  const found: MailHeaders['lines'] = new Map();
  const mark = (l: Line, what: string) => found.set(l.line, { what, text: l.text });
  const blocksOf: Fields[] = [];
  let firstBlockEnd = -1;
  let markAt = -1;
  for (let i = 0; i < lines.length; i++) {
    if (FORWARD_MARK.test(lines[i]!.text)) {
      mark(lines[i]!, 'mail forward mark');
      if (markAt < 0) markAt = i;
      continue;
    }
    let j = i;
    const fields: Fields = {};
    const names = new Set<string>();
    while (j < lines.length) {
      const m = FIELD.exec(lines[j]!.text);
      if (!m) break;
      const name = m[1]!.toLowerCase();
      if (names.has(name)) break;
      names.add(name);
      const key = FIELD_KEY[name];
      if (key) fields[key] = m[2]!.trim();
      if (key === 'subject') fields.subjectLine = lines[j]!.line;
      j++;
    }
    // A sender and when or to whom it went: a release's `From: Department for …` over a `Subject:` sentence is not one.
    if (
      j - i >= 2 &&
      fields.from !== undefined &&
      (fields.date !== undefined || names.has('to') || names.has('收件人'))
    ) {
      for (let k = i; k < j; k++) mark(lines[k]!, 'mail header');
      blocksOf.push(fields);
      if (firstBlockEnd < 0) firstBlockEnd = j;
      i = j - 1;
    }
  }
  if (blocksOf.length === 0) return undefined;
  // What the forwarder wrote above the forward mark: a note to the editor, not the message.
  if (markAt > firstBlockEnd && firstBlockEnd >= 0) {
    const note = lines.slice(firstBlockEnd, markAt);
    if (wordCount(note.map((l) => l.text).join(' ')) <= 60) for (const l of note) mark(l, "forwarder's note");
  }
  // The innermost message is the original: the last block's fields, the earlier blocks' when it lacks one.
  const pick = (key: 'from' | 'date') => blocksOf.findLast((f) => f[key] !== undefined)?.[key];
  const out: MailHeaders = { lines: found };
  const subjectFields = blocksOf.findLast((f) => f.subject !== undefined);
  const subject = subjectFields?.subject?.replace(SUBJECT_PREFIX, '').trim();
  if (subject && subjectFields?.subjectLine !== undefined)
    out.subject = { text: subject, line: subjectFields.subjectLine };
  const sender = senderName(pick('from') ?? '');
  if (sender) out.sender = sender;
  const published = parseDate(pick('date') ?? '');
  if (published) out.published = published;
  return out;
}
