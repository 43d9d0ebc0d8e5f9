// Composes a variant's MimeTemplate once (at planning), with nodemailer's MailComposer and every header encoded
// as for a real send, around marker values that are then cut out as slots. See variant-mime.ts for the fill.
import { buildMime } from './mime.ts';
import { type MimeTemplate, mimeDate } from './variant-mime.ts';

const MARK = {
  to: 'recipient@tidings.invalid',
  unsubscribe: 'https://tidings.invalid/__UNSUBSCRIBE__',
  unsubscribeToken: 'TIDINGSUNSUBSCRIBETOKENMARK',
  messageId: '__MESSAGEID__@tidings.invalid',
  text: 'TIDINGSTEXTBODYMARK',
  html: 'TIDINGSHTMLBODYMARK',
  date: new Date(Date.UTC(2000, 0, 1)),
} as const;

export interface VariantMimeInput {
  from: { address: string; name?: string };
  replyTo?: string;
  subject: string;
  /** A mailbox that unsubscribes whoever writes to it with their token as the subject (INBOUND_DOMAIN). */
  unsubscribeMailbox?: string;
  listId?: string;
  /** Headers the same for every recipient of the variant. */
  headers?: Record<string, string>;
  /** Names of per-recipient headers (values given to `renderMime`). */
  recipientHeaders?: readonly string[];
}

export async function composeMimeTemplate(input: VariantMimeInput): Promise<MimeTemplate> {
  const recipientHeaders = input.recipientHeaders ?? [];
  const headerMarks = Object.fromEntries(recipientHeaders.map((name, i) => [name, `TIDINGSHEADER${i}MARK`]));
  const message = Buffer.from(
    await buildMime({
      from: input.from,
      to: MARK.to,
      ...(input.replyTo !== undefined ? { replyTo: input.replyTo } : {}),
      subject: input.subject,
      text: MARK.text,
      html: MARK.html,
      unsubscribeUrl: MARK.unsubscribe,
      ...(input.unsubscribeMailbox !== undefined
        ? { unsubscribeMailto: `mailto:${input.unsubscribeMailbox}?subject=${MARK.unsubscribeToken}` }
        : {}),
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
    ...(input.unsubscribeMailbox !== undefined
      ? ([[MARK.unsubscribeToken, 'unsubscribeToken']] as [string, string][])
      : []),
    [`<${MARK.messageId}>`, 'messageId'],
    [mimeDate(MARK.date), 'date'],
    ...recipientHeaders.map((name): [string, string] => [headerMarks[name]!, `header:${name}`]),
  ];
  for (const [token, slot] of tokens) {
    const at = message.indexOf(token);
    if (at < 0) throw new Error(`MIME template lost its ${slot} marker`);
    if (message.indexOf(token, at + 1) >= 0) throw new Error(`${slot} marker appears twice`);
  }
  // Cut the message at every marker, in order of appearance.
  const found = tokens
    .map(([token, slot]) => ({ at: message.indexOf(token), token, slot }))
    .sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  const slots: string[] = [];
  let cursor = 0;
  for (const { at, token, slot } of found) {
    parts.push(message.slice(cursor, at));
    slots.push(slot);
    cursor = at + token.length;
  }
  parts.push(message.slice(cursor));
  return { parts, slots, from: input.from.address };
}
