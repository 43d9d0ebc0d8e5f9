// Adapter: Mailer on SES v1 SendRawEmail (editions, composed by the planner) and SendEmail (the double opt-in,
// composed by SES). SES has no idempotency key, so the SDK makes one attempt per call (ses/client.ts) and each
// failure is mapped to the core's MailerError kinds by whether SES can have accepted the message: back off
// (throttled), pause the edition (quota-exceeded), give up on the address (rejected), retry (transient: refused
// before acceptance), or never resend (ambiguous: sent, and no readable answer came back).
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
  /**
   * Extra attempts of a SendEmail that SES refused before accepting it (throttled, transient), with backoff: the
   * double opt-in has no other retry. SendRawEmail leaves that to the sender, which paces the whole job.
   */
  sendRetries?: number;
  sleep?: (ms: number) => Promise<void>;
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
  $metadata?: { httpStatusCode?: number };
}

/**
 * Refusals that sending again cannot fix. AccessDenied included: in the SES sandbox it names an unverified
 * recipient, and otherwise an IAM grant that is wrong until someone deploys a fix (the failures are alarmed).
 */
const REJECTED_NAMES = new Set([
  'MessageRejected',
  'MailFromDomainNotVerifiedException',
  'MailFromDomainNotVerified',
  'InvalidParameterValue',
  'AccessDenied',
  'AccessDeniedException',
]);

/** Failures raised before the request left this process: SES cannot have seen the message. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EADDRNOTAVAIL',
]);
const NOT_SENT_NAMES = new Set(['CredentialsProviderError', 'ProviderError', 'TokenProviderError']);

/**
 * Maps an error thrown by SendRawEmail or SendEmail (one SDK attempt) to a MailerError kind. An answer from SES
 * decides by its code; a 5xx, or a 2xx that could not be read, may mean SES took the message (ambiguous). Without an
 * answer, only failures known to happen before the request was written (no connection, no credentials) are safe to
 * retry; a timeout, a reset or anything unknown is ambiguous.
 */
export function classifySesError(error: unknown): MailerErrorKind {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorShape;
  const name = e.name ?? '';
  const message = e.message ?? '';
  const status = e.$metadata?.httpStatusCode;
  if (status === undefined || status < 500) {
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
    if (
      REJECTED_NAMES.has(name) ||
      /illegal address|invalid address|address is not verified/i.test(message)
    ) {
      return 'rejected';
    }
  }
  if (status !== undefined) {
    // Any other refusal (an expired signature, a bad token) came back before SES accepted anything.
    return status >= 400 && status < 500 ? 'transient' : 'ambiguous';
  }
  if (
    NOT_SENT_CODES.has(e.code ?? '') ||
    NOT_SENT_NAMES.has(name) ||
    /did not establish a connection/i.test(message)
  ) {
    return 'transient';
  }
  return 'ambiguous';
}

const SES_TAG = /^ses:feedback-id-[ab]$/;

/** SES tags from a name → value map, each sanitized to what SES accepts. */
function sesTags(tags: Record<string, string>) {
  const entries = Object.entries(tags);
  if (entries.length === 0) return {};
  return {
    Tags: entries.map(([Name, Value]) => ({
      // SES's own tag names (`ses:feedback-id-a`) keep their colon; ours are sanitized.
      Name: SES_TAG.test(Name) ? Name : sanitizeTag(Name),
      Value: sanitizeTag(Value),
    })),
  };
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
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  /** Sends one command once; a failure becomes a MailerError of the right kind. */
  const call = async (api: string, command: SendRawEmailCommand | SendEmailCommand) => {
    try {
      // One client, two command types: the union is not assignable to send()'s overloads.
      const result = await options.client.send(command as SendRawEmailCommand);
      if (!result.MessageId) throw new MailerError('ambiguous', `SES ${api} answered without a message id`);
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
      const command = new SendEmailCommand({
        Source: formatSource(email.from),
        Destination: { ToAddresses: [email.to] },
        Message: {
          Subject: utf8(email.subject),
          Body: { Html: utf8(email.html), Text: utf8(email.text) },
        },
        ...configurationSet,
        ...sesTags(email.tags ?? {}),
      });
      const retries = options.sendRetries ?? 2;
      for (let attempt = 0; ; attempt++) {
        try {
          return await call('SendEmail', command);
        } catch (error) {
          const retryable =
            error instanceof MailerError && (error.kind === 'throttled' || error.kind === 'transient');
          if (!retryable || attempt >= retries) throw error;
          // 100 ms, 200 ms, … with full jitter: only refusals that SES answered before accepting come here.
          await sleep(100 * 2 ** attempt * Math.random());
        }
      }
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
