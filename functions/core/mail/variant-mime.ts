// Fast MIME for many recipients of one variant. Most of each message is identical across a variant's
// recipients, so the planner composes it once per variant (mime-template.ts, with nodemailer) around marker
// values and stores it cut at those markers: a MimeTemplate. The sender only puts each recipient's values in
// (address, links, ids, date, and their two bodies base64-encoded), so its bundle carries no MIME composer.
// Tests parse both paths back with mailparser and require the same message.
import { randomUUID } from 'node:crypto';
import { checkEmail } from './address.ts';
import { MimeInputError } from './errors.ts';

/** A variant's whole message as literal text between per-recipient slots: parts[0] slots[0] parts[1] … */
export interface MimeTemplate {
  /** Message text between the slots; latin1, as the composer's output is 7-bit. */
  parts: string[];
  /** What fills each gap: to, unsubscribe, unsubscribeToken, messageId, date, text, html or `header:<name>`. */
  slots: string[];
  /** The sender address, whose domain names each Message-ID (as MailComposer does). */
  from: string;
}

export interface RecipientMime {
  to: string;
  html: string;
  text: string;
  unsubscribeUrl?: string;
  /** The unsubscribe token alone, for a template whose List-Unsubscribe also has a mailto: (its subject). */
  unsubscribeToken?: string;
  headers?: Record<string, string>;
  messageId?: string;
  date?: Date;
}

function messageIdFor(from: string): string {
  return `<${randomUUID()}@${from.slice(from.lastIndexOf('@') + 1)}>`;
}

/** RFC 5322 date as MailComposer writes it: `Mon, 20 Jan 2025 00:00:00 +0000`. */
export function mimeDate(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

/** Base64 in lines of 76 characters joined by CRLF (RFC 2045). */
export function base64Lines(text: string): string {
  const encoded = Buffer.from(text, 'utf8').toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += 76) lines.push(encoded.slice(i, i + 76));
  return lines.join('\r\n');
}

/** One recipient's complete message. Validates every value that reaches a header. */
export function renderMime(template: MimeTemplate, recipient: RecipientMime): Buffer {
  const { parts, slots } = template;
  if (parts.length !== slots.length + 1)
    throw new Error('MIME template is damaged: parts and slots disagree');
  const to = checkEmail(recipient.to);
  if (!to.ok) throw new MimeInputError(`to address is invalid (${to.problem})`);
  const url = recipient.unsubscribeUrl ?? '';
  if (!/^(https:\/\/|http:\/\/localhost[:/])[^\s<>,]*$/.test(url)) {
    throw new MimeInputError('unsubscribe URL must be one https URL');
  }
  const values: Record<string, string> = {
    text: `Content-Transfer-Encoding: base64\r\n\r\n${base64Lines(recipient.text)}`,
    html: `Content-Transfer-Encoding: base64\r\n\r\n${base64Lines(recipient.html)}`,
    to: recipient.to.trim(),
    unsubscribe: url,
    ...(recipient.unsubscribeToken !== undefined ? { unsubscribeToken: recipient.unsubscribeToken } : {}),
    messageId: recipient.messageId ?? messageIdFor(template.from),
    date: mimeDate(recipient.date ?? new Date()),
  };
  if (
    recipient.unsubscribeToken !== undefined &&
    !/^[A-Za-z0-9._-]{1,512}$/.test(recipient.unsubscribeToken)
  ) {
    throw new MimeInputError('unsubscribe token must be URL-safe');
  }
  for (const [name, value] of Object.entries(recipient.headers ?? {})) {
    if (!/^[\x20-\x7e]*$/.test(value)) {
      throw new MimeInputError(`header ${name} must be one line of printable ASCII`);
    }
    values[`header:${name}`] = value;
  }
  let out = parts[0]!;
  for (let i = 0; i < slots.length; i++) {
    const value = values[slots[i]!];
    if (value === undefined) throw new MimeInputError(`no value for ${slots[i]}`);
    out += value + parts[i + 1]!;
  }
  return Buffer.from(out, 'latin1');
}
