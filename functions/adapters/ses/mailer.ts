// Adapter: Mailer on SES v1 SendRawEmail (editions, composed by the planner) and SendEmail (the double opt-in,
// composed by SES). The SDK already retries throttling and 5xx with backoff; what
// is still failing afterwards is mapped to the core's MailerError kinds, which decide what the sender does:
// back off (throttled), pause the edition (quota-exceeded), give up on the address (rejected) or retry later.
import {
  GetSendQuotaCommand,
  type SESClient,
  SendEmailCommand,
  SendRawEmailCommand,
} from '@aws-sdk/client-ses';
import { encodeWord } from 'nodemailer/lib/mime-funcs/index.js';
import { DELIVERY_HEADERS } from '../../core/delivery/editions.ts';
import { MailerError, type MailerErrorKind } from '../../core/delivery/errors.ts';
import { checkEmail } from '../../core/mail/address.ts';
import type { Mailer, RawEmail, SimpleEmail } from '../../ports.ts';

export interface SesMailerOptions {
  client: SESClient;
  /** Routes SES events (bounces, complaints, deliveries) to the feedback topic. */
  configurationSet?: string;
}

/** SES tag names and values allow only these characters (and at most 256 of them). */
const TAG_UNSAFE = /[^A-Za-z0-9_.@-]/g;

export function sanitizeTag(value: string): string {
  const clean = value.replace(TAG_UNSAFE, '_').slice(0, 256);
  return clean === '' ? '_' : clean;
}

/** Lower-cased delivery header → the SES tag that carries the same value. */
const TAG_HEADERS: Record<string, string> = Object.fromEntries(
  Object.entries(DELIVERY_HEADERS).map(([tag, name]) => [name.toLowerCase(), tag]),
);

/** Reads the edition/subscriber ids from the message's own headers (the header block only, unfolded). */
export function tagsFromHeaders(data: Uint8Array): Record<string, string> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const end = bytes.indexOf('\r\n\r\n');
  const head = bytes.subarray(0, end === -1 ? Math.min(bytes.length, 64 * 1024) : end).toString('latin1');
  const tags: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const tag = TAG_HEADERS[line.slice(0, colon).trim().toLowerCase()];
    if (tag) tags[tag] = line.slice(colon + 1).trim();
  }
  return tags;
}

interface SdkErrorShape {
  name?: string;
  message?: string;
  code?: string;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number };
}

const REJECTED_NAMES = new Set([
  'MessageRejected',
  'MailFromDomainNotVerifiedException',
  'MailFromDomainNotVerified',
  'InvalidParameterValue',
]);

/** Maps an error thrown by SendRawEmail (after the SDK's own retries) to a MailerError kind. */
export function classifySesError(error: unknown): MailerErrorKind {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorShape;
  const name = e.name ?? '';
  const message = e.message ?? '';
  if (/daily message quota exceeded/i.test(message)) return 'quota-exceeded';
  // A paused account sends nothing until an operator acts: same handling as an exhausted quota.
  if (name === 'AccountSendingPausedException' || name === 'ConfigurationSetSendingPausedException') {
    return 'quota-exceeded';
  }
  if (
    name === 'Throttling' ||
    name === 'ThrottlingException' ||
    /maximum sending rate exceeded/i.test(message)
  ) {
    return 'throttled';
  }
  if (REJECTED_NAMES.has(name) || /illegal address|invalid address|address is not verified/i.test(message)) {
    return 'rejected';
  }
  return 'transient';
}

/** SES tags from a name → value map, each sanitized to what SES accepts. */
function sesTags(tags: Record<string, string>) {
  const entries = Object.entries(tags);
  if (entries.length === 0) return {};
  return { Tags: entries.map(([Name, Value]) => ({ Name: sanitizeTag(Name), Value: sanitizeTag(Value) })) };
}

/**
 * The Source of SendEmail: SES wants a non-ASCII display name as RFC 2047 encoded words; a printable ASCII one
 * goes in quotes. The address is checked here, so no display name or address can add a recipient.
 */
export function formatSource(from: SimpleEmail['from']): string {
  if (!checkEmail(from.address).ok) throw new MailerError('rejected', 'sender address is invalid');
  const name = from.name?.trim();
  if (!name) return from.address;
  if (/[\r\n]/.test(name)) throw new MailerError('rejected', 'sender name must be one line');
  const phrase = /^[\x20-\x7e]*$/.test(name) && !/["\\]/.test(name) ? `"${name}"` : encodeWord(name, 'B', 52);
  return `${phrase} <${from.address}>`;
}

export function createSesMailer(options: SesMailerOptions): Mailer {
  const configurationSet = options.configurationSet ? { ConfigurationSetName: options.configurationSet } : {};
  /** Sends one command; what still fails after the SDK's retries becomes a MailerError of the right kind. */
  const call = async (api: string, command: SendRawEmailCommand | SendEmailCommand) => {
    try {
      // One client, two command types: the union is not assignable to send()'s overloads.
      const result = await options.client.send(command as SendRawEmailCommand);
      if (!result.MessageId)
        throw new MailerError('transient', 'SES accepted the message but returned no message id');
      return { messageId: result.MessageId };
    } catch (error) {
      if (error instanceof MailerError) throw error;
      const kind = classifySesError(error);
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new MailerError(kind, `SES ${api} failed (${kind}): ${detail}`, { cause: error });
    }
  };
  return {
    sendRaw(email: RawEmail) {
      const tags = { ...tagsFromHeaders(email.data), ...(email.tags ?? {}) };
      return call(
        'SendRawEmail',
        new SendRawEmailCommand({
          RawMessage: { Data: email.data },
          Source: email.from,
          Destinations: [email.to],
          ...configurationSet,
          ...sesTags(tags),
        }),
      );
    },

    async send(email: SimpleEmail) {
      if (!checkEmail(email.to).ok) throw new MailerError('rejected', 'recipient address is invalid');
      if (/[\r\n]/.test(email.subject)) throw new MailerError('rejected', 'subject must be one line');
      const utf8 = (Data: string) => ({ Data, Charset: 'UTF-8' });
      return call(
        'SendEmail',
        new SendEmailCommand({
          Source: formatSource(email.from),
          Destination: { ToAddresses: [email.to] },
          Message: {
            Subject: utf8(email.subject),
            Body: { Html: utf8(email.html), Text: utf8(email.text) },
          },
          ...configurationSet,
          ...sesTags(email.tags ?? {}),
        }),
      );
    },
  };
}

/** The account's 24-hour sending quota (messages), from which the hourly confirmation budget is derived. */
export async function readMax24HourSend(client: SESClient): Promise<number> {
  const quota = await client.send(new GetSendQuotaCommand({}));
  const max = quota.Max24HourSend;
  if (max === undefined || !Number.isFinite(max) || max <= 0) {
    throw new Error(`SES GetSendQuota returned no usable Max24HourSend (${String(max)})`);
  }
  return max;
}

/** The account's max send rate (messages per second), read at cold start when SEND_RATE is unset. */
export async function readMaxSendRate(client: SESClient): Promise<number> {
  const quota = await client.send(new GetSendQuotaCommand({}));
  const rate = quota.MaxSendRate;
  if (rate === undefined || !Number.isFinite(rate) || rate <= 0) {
    throw new Error(`SES GetSendQuota returned no usable MaxSendRate (${String(rate)})`);
  }
  return rate;
}
