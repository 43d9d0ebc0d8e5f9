// Fast MIME for many recipients of one variant. Most of each message is identical across a variant's
// recipients, so the message is composed once per variant by nodemailer's MailComposer (`buildMime`, with every
// header encoded as for a real send) around marker values, and each recipient only gets their values put in:
// address, links, ids, date, and their two bodies base64-encoded. Tests parse both paths back with mailparser and
// require the same message.
import { randomUUID } from 'node:crypto';
import { checkEmail } from './address.ts';
import { buildMime, MimeInputError } from './mime.ts';

const MARK = {
  to: 'recipient@tidings.invalid',
  unsubscribe: 'https://tidings.invalid/__UNSUBSCRIBE__',
  messageId: '__MESSAGEID__@tidings.invalid',
  text: 'TIDINGSTEXTBODYMARK',
  html: 'TIDINGSHTMLBODYMARK',
  date: new Date(Date.UTC(2000, 0, 1)),
} as const;

export interface VariantMimeInput {
  from: { address: string; name?: string };
  subject: string;
  listId?: string;
  /** Headers the same for every recipient of the variant. */
  headers?: Record<string, string>;
  /** Names of per-recipient headers (values given to `render`). */
  recipientHeaders?: readonly string[];
}

export interface RecipientMime {
  to: string;
  html: string;
  text: string;
  unsubscribeUrl?: string;
  headers?: Record<string, string>;
  messageId?: string;
  date?: Date;
}

/** Message-ID's domain part: the sender's domain, as MailComposer does. */
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

export class VariantMime {
  private constructor(
    private readonly parts: string[],
    private readonly slots: string[],
    private readonly from: string,
  ) {}

  static async prepare(input: VariantMimeInput): Promise<VariantMime> {
    const recipientHeaders = input.recipientHeaders ?? [];
    const headerMarks = Object.fromEntries(
      recipientHeaders.map((name, i) => [name, `TIDINGSHEADER${i}MARK`]),
    );
    const template = Buffer.from(
      await buildMime({
        from: input.from,
        to: MARK.to,
        subject: input.subject,
        text: MARK.text,
        html: MARK.html,
        unsubscribeUrl: MARK.unsubscribe,
        ...(input.listId !== undefined ? { listId: input.listId } : {}),
        headers: { ...input.headers, ...headerMarks },
        messageId: `<${MARK.messageId}>`,
        date: MARK.date,
      }),
    ).toString('latin1');
    // The markers are ASCII, so the composer sent the bodies as 7bit; real bodies go out as base64.
    const tokens: [string, string][] = [
      [`Content-Transfer-Encoding: 7bit\r\n\r\n${MARK.text}`, 'text'],
      [`Content-Transfer-Encoding: 7bit\r\n\r\n${MARK.html}`, 'html'],
      [MARK.to, 'to'],
      [MARK.unsubscribe, 'unsubscribe'],
      [`<${MARK.messageId}>`, 'messageId'],
      [mimeDate(MARK.date), 'date'],
      ...recipientHeaders.map((name): [string, string] => [headerMarks[name]!, `header:${name}`]),
    ];
    // Split the template at every marker, in order of appearance.
    const found = tokens
      .map(([token, slot]) => ({ at: template.indexOf(token), token, slot }))
      .filter((t) => t.at >= 0)
      .sort((a, b) => a.at - b.at);
    for (const [token, slot] of tokens) {
      if (template.indexOf(token) < 0) throw new Error(`MIME template lost its ${slot} marker`);
      if (template.indexOf(token, template.indexOf(token) + 1) >= 0)
        throw new Error(`${slot} marker appears twice`);
    }
    const parts: string[] = [];
    const slots: string[] = [];
    let cursor = 0;
    for (const { at, token, slot } of found) {
      parts.push(template.slice(cursor, at));
      slots.push(slot);
      cursor = at + token.length;
    }
    parts.push(template.slice(cursor));
    return new VariantMime(parts, slots, input.from.address);
  }

  /** One recipient's complete message. Validates every value that reaches a header. */
  render(recipient: RecipientMime): Buffer {
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
      messageId: recipient.messageId ?? messageIdFor(this.from),
      date: mimeDate(recipient.date ?? new Date()),
    };
    for (const [name, value] of Object.entries(recipient.headers ?? {})) {
      if (!/^[\x20-\x7e]*$/.test(value)) {
        throw new MimeInputError(`header ${name} must be one line of printable ASCII`);
      }
      values[`header:${name}`] = value;
    }
    let out = this.parts[0]!;
    for (let i = 0; i < this.slots.length; i++) {
      const value = values[this.slots[i]!];
      if (value === undefined) throw new MimeInputError(`no value for ${this.slots[i]}`);
      out += value + this.parts[i + 1]!;
    }
    return Buffer.from(out, 'latin1');
  }
}
