// Adapter: Mailer on SES v1 SendRawEmail. The SDK already retries throttling and 5xx with backoff; what
// is still failing afterwards is mapped to the core's MailerError kinds, which decide what the sender does:
// back off (throttled), pause the edition (quota-exceeded), give up on the address (rejected) or retry later.
import { GetSendQuotaCommand, type SESClient, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { MailerError, type MailerErrorKind } from '../../core/delivery/errors.ts';
import type { Mailer, RawEmail } from '../../ports.ts';

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

/** Headers the sender sets so feedback can find the edition and subscriber without an address lookup. */
const TAG_HEADERS: Record<string, string> = {
  'x-tidings-edition': 'edition',
  'x-tidings-subscriber': 'subscriber',
};

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

export function createSesMailer(options: SesMailerOptions): Mailer {
  return {
    async sendRaw(email: RawEmail) {
      const tags = { ...tagsFromHeaders(email.data), ...(email.tags ?? {}) };
      try {
        const result = await options.client.send(
          new SendRawEmailCommand({
            RawMessage: { Data: email.data },
            Source: email.from,
            Destinations: [email.to],
            ...(options.configurationSet ? { ConfigurationSetName: options.configurationSet } : {}),
            ...(Object.keys(tags).length > 0
              ? {
                  Tags: Object.entries(tags).map(([Name, Value]) => ({
                    Name: sanitizeTag(Name),
                    Value: sanitizeTag(Value),
                  })),
                }
              : {}),
          }),
        );
        if (!result.MessageId)
          throw new MailerError('transient', 'SES accepted the message but returned no message id');
        return { messageId: result.MessageId };
      } catch (error) {
        if (error instanceof MailerError) throw error;
        const kind = classifySesError(error);
        const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        throw new MailerError(kind, `SES SendRawEmail failed (${kind}): ${detail}`, { cause: error });
      }
    },
  };
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
