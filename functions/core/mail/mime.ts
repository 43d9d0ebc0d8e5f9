import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { checkEmail } from './address.ts';
import { MimeInputError } from './errors.ts';

export { MimeInputError } from './errors.ts';

export interface MimeInput {
  /** Bare address of the sender identity. */
  from: { address: string; name?: string };
  to: string;
  subject: string;
  html: string;
  text: string;
  /** RFC 8058: one https URL that unsubscribes with a POST. */
  unsubscribeUrl?: string;
  /** A `mailto:` that unsubscribes too, listed after the https URL, for clients that only send mail. */
  unsubscribeMailto?: string;
  /** Reply-To address (replies to list mail reach the editors, not the sending address). */
  replyTo?: string;
  /** RFC 2919 list identifier, e.g. `<daily.digest.tidings.example.org>`; a distinct one per list. */
  listId?: string;
  /** Extra headers (e.g. SES configuration set, feedback tags); values must be single-line. */
  headers?: Record<string, string>;
  messageId?: string;
  date?: Date;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what this rejects.
const SINGLE_LINE = /^[^\r\n\u0000]*$/;

function assertHeaderValue(name: string, value: string): void {
  if (!SINGLE_LINE.test(value)) throw new MimeInputError(`header ${name} contains a line break or NUL`);
}

/**
 * Builds a complete MIME message (CRLF, UTF-8, RFC 2047 encoded subject and names, text + HTML alternative)
 * with nodemailer's MailComposer. Addresses are validated here, before the composer could split them.
 */
export async function buildMime(input: MimeInput): Promise<Buffer> {
  for (const [label, address] of [
    ['from', input.from.address],
    ['to', input.to],
    ...(input.replyTo !== undefined ? ([['reply-to', input.replyTo]] as const) : []),
  ] as const) {
    const checked = checkEmail(address);
    if (!checked.ok) throw new MimeInputError(`${label} address is invalid (${checked.problem})`);
  }
  if (input.from.name !== undefined) assertHeaderValue('from name', input.from.name);
  assertHeaderValue('subject', input.subject);

  const headers: Record<string, string> = {};
  if (input.unsubscribeUrl !== undefined) {
    if (
      !input.unsubscribeUrl.startsWith('https://') &&
      !input.unsubscribeUrl.startsWith('http://localhost')
    ) {
      throw new MimeInputError('unsubscribe URL must be https');
    }
    assertHeaderValue('List-Unsubscribe', input.unsubscribeUrl);
    if (/[<>\s,]/.test(input.unsubscribeUrl))
      throw new MimeInputError('unsubscribe URL must be one plain URL');
    let mailto = '';
    if (input.unsubscribeMailto !== undefined) {
      if (!/^mailto:[^\s<>,"]+$/.test(input.unsubscribeMailto))
        throw new MimeInputError('unsubscribe mailto must be one plain mailto: URI');
      mailto = `, <${input.unsubscribeMailto}>`;
    }
    headers['List-Unsubscribe'] = `<${input.unsubscribeUrl}>${mailto}`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  if (input.listId !== undefined) {
    assertHeaderValue('List-Id', input.listId);
    headers['List-Id'] = input.listId;
  }
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    if (!/^[A-Za-z0-9-]+$/.test(name))
      throw new MimeInputError(`invalid header name ${JSON.stringify(name)}`);
    assertHeaderValue(name, value);
    headers[name] = value;
  }

  const composer = new MailComposer({
    from: input.from.name ? { name: input.from.name, address: input.from.address } : input.from.address,
    to: input.to,
    ...(input.replyTo !== undefined ? { replyTo: input.replyTo } : {}),
    subject: input.subject,
    text: input.text,
    html: input.html,
    headers,
    messageId: input.messageId,
    date: input.date,
    newline: 'windows',
    // Let nodemailer choose the transfer encoding: base64 for CJK bodies (quoted-printable would triple them).
    textEncoding: undefined,
  });
  return composer.compile().build();
}
