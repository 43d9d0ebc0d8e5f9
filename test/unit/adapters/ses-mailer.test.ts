// The SES mailer against a fake SES HTTP endpoint (not aws-sdk-client-mock, which would skip the SDK's own
// retries): one request per call, and what each SES answer — or the lack of one — becomes for the sender.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSesClient } from '../../../functions/adapters/ses/client.ts';
import {
  classifySesError,
  createSesMailer,
  readMaxSendRate,
  sanitizeTag,
  tagsFromHeaders,
} from '../../../functions/adapters/ses/mailer.ts';
import { MailerError } from '../../../functions/core/delivery/errors.ts';

/** An answer, or `drop`: read the request, then close the connection without answering (accepted, reply lost). */
type Reply = { status: number; body: string } | 'drop';
const requests: URLSearchParams[] = [];
let replies: Reply[] = [];
let server: Server;
let endpoint: string;

const ok = (id: string): Reply => ({
  status: 200,
  body: `<SendRawEmailResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><SendRawEmailResult><MessageId>${id}</MessageId></SendRawEmailResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></SendRawEmailResponse>`,
});
const fail = (status: number, code: string, message: string): Reply => ({
  status,
  body: `<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>${status >= 500 ? 'Receiver' : 'Sender'}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>r</RequestId></ErrorResponse>`,
});

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      requests.push(new URLSearchParams(body));
      const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
      if (reply === 'drop') req.socket.destroy();
      else res.writeHead(reply.status, { 'content-type': 'text/xml' }).end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  requests.length = 0;
});

const raw = [
  'From: =?UTF-8?B?5paw6Ze7?= <news@tidings.example.org>',
  'To: alice@example.org',
  'Subject: hi',
  'X-Tidings-Edition: daily-2025-01-20',
  'X-Tidings-Subscriber: 01JABC',
  '',
  'body',
].join('\r\n');
const email = { from: 'news@tidings.example.org', to: 'alice@example.org', data: Buffer.from(raw) };

async function sendWith(sequence: Reply[]): Promise<MailerError | { messageId: string }> {
  replies = sequence;
  requests.length = 0;
  // The production client: its default is one attempt per call.
  const mailer = createSesMailer({
    client: createSesClient({ endpoint }),
    configurationSet: 'tidings-events',
  });
  try {
    return await mailer.sendRaw(email);
  } catch (error) {
    if (error instanceof MailerError) return error;
    throw error;
  }
}

describe('SES mailer', () => {
  it('sends the raw MIME with configuration set, destination and edition/subscriber tags', async () => {
    const result = await sendWith([ok('msg-1')]);
    expect(result).toEqual({ messageId: 'msg-1' });
    const form = requests[0]!;
    expect(form.get('Action')).toBe('SendRawEmail');
    expect(form.get('ConfigurationSetName')).toBe('tidings-events');
    expect(form.get('Destinations.member.1')).toBe('alice@example.org');
    expect(Buffer.from(form.get('RawMessage.Data') ?? '', 'base64').toString()).toBe(raw);
    const tags = Object.fromEntries(
      [1, 2].map((i) => [form.get(`Tags.member.${i}.Name`), form.get(`Tags.member.${i}.Value`)]),
    );
    expect(tags).toEqual({ edition: 'daily-2025-01-20', subscriber: '01JABC' });
  });

  it('makes one request per call, whatever comes back: throttling is left to the sender', async () => {
    const result = await sendWith([fail(400, 'Throttling', 'Maximum sending rate exceeded.'), ok('msg-2')]);
    expect(result).toBeInstanceOf(MailerError);
    expect((result as MailerError).kind).toBe('throttled');
    expect(requests).toHaveLength(1);
  });

  it.each([
    ['the daily quota', fail(400, 'Throttling', 'Daily message quota exceeded.'), 'quota-exceeded'],
    ['a rejected message', fail(400, 'MessageRejected', 'Email address is not verified.'), 'rejected'],
    ['an unverified MAIL FROM', fail(400, 'MailFromDomainNotVerifiedException', 'not verified'), 'rejected'],
    [
      'an IAM or sandbox denial',
      fail(403, 'AccessDenied', 'not authorized to perform ses:SendRawEmail'),
      'rejected',
    ],
    ['a refused signature', fail(403, 'SignatureDoesNotMatch', 'signature'), 'transient'],
    ['a 5xx after the request was sent', fail(503, 'ServiceUnavailable', 'try later'), 'ambiguous'],
    ['a 200 whose body cannot be read', { status: 200, body: '<SendRawEmailResp' }, 'ambiguous'],
    ['a reply lost after SES read the request', 'drop' as const, 'ambiguous'],
  ] as const)('maps %s to %s, with one request', async (_what, reply, kind) => {
    const result = await sendWith([reply]);
    expect(result).toBeInstanceOf(MailerError);
    expect((result as MailerError).kind).toBe(kind);
    expect(requests).toHaveLength(1);
  });

  it('maps a request that timed out after it was sent to ambiguous', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const client = createSesClient({
      endpoint: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
      requestTimeoutMs: 200,
    });
    const error = await createSesMailer({ client })
      .sendRaw(email)
      .catch((e: unknown) => e);
    silent.closeAllConnections();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
    expect(error).toBeInstanceOf(MailerError);
    expect((error as MailerError).kind).toBe('ambiguous');
  });

  it('maps a connection that was never made to transient: SES cannot have the message', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await createSesMailer({ client: createSesClient({ endpoint: `http://127.0.0.1:${port}` }) })
      .sendRaw(email)
      .catch((e: unknown) => e);
    expect((error as MailerError).kind).toBe('transient');
  });

  it('reads the max send rate from GetSendQuota', async () => {
    replies = [
      {
        status: 200,
        body: '<GetSendQuotaResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><GetSendQuotaResult><Max24HourSend>50000</Max24HourSend><MaxSendRate>14</MaxSendRate><SentLast24Hours>3</SentLast24Hours></GetSendQuotaResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetSendQuotaResponse>',
      },
    ];
    expect(await readMaxSendRate(createSesClient({ endpoint }))).toBe(14);
    expect(requests[0]?.get('Action')).toBe('GetSendQuota');
  });
});

describe('SES tag helpers', () => {
  it('sanitizes tag values to the characters SES allows', () => {
    expect(sanitizeTag('alert-ai-shanghai-2025/health:zh')).toBe('alert-ai-shanghai-2025_health_zh');
    expect(sanitizeTag('人工智能')).toBe('____');
    expect(sanitizeTag('')).toBe('_');
  });

  it('passes the Feedback-ID tags under their SES names', async () => {
    replies = [ok('msg-f')];
    const mailer = createSesMailer({ client: createSesClient({ endpoint, maxAttempts: 1 }) });
    await mailer.sendRaw({
      ...email,
      tags: { 'ses:feedback-id-a': 'digest-daily', 'ses:feedback-id-b': 'daily' },
    });
    const form = requests.at(-1)!;
    const tags = Object.fromEntries(
      [1, 2, 3, 4].map((i) => [form.get(`Tags.member.${i}.Name`), form.get(`Tags.member.${i}.Value`)]),
    );
    expect(tags).toMatchObject({ 'ses:feedback-id-a': 'digest-daily', 'ses:feedback-id-b': 'daily' });
  });

  it('reads folded tidings headers from the header block only', () => {
    const data = Buffer.from(
      'X-Tidings-Edition:\r\n daily-1\r\nSubject: x\r\n\r\nX-Tidings-Subscriber: fake\r\n',
    );
    expect(tagsFromHeaders(data)).toEqual({ edition: 'daily-1' });
  });

  it('classifies an unknown error without an answer as ambiguous, and one raised before sending as transient', () => {
    expect(classifySesError(new Error('socket hang up'))).toBe('ambiguous');
    expect(classifySesError(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBe(
      'ambiguous',
    );
    expect(classifySesError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(
      'transient',
    );
    expect(classifySesError({ name: 'CredentialsProviderError', message: 'no credentials' })).toBe(
      'transient',
    );
    expect(classifySesError({ name: 'AccountSendingPausedException', message: 'paused' })).toBe(
      'quota-exceeded',
    );
  });
});

describe('SES mailer, messages SES composes (SendEmail)', () => {
  const sent = (id: string): Reply => ({
    status: 200,
    body: `<SendEmailResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><SendEmailResult><MessageId>${id}</MessageId></SendEmailResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></SendEmailResponse>`,
  });
  const confirmation = {
    from: { address: 'news@tidings.example.org', name: '潮汐 tidings, 资讯' },
    to: 'alice@example.org',
    subject: '请确认您的订阅',
    html: '<p>确认</p>',
    text: '确认',
    tags: { kind: 'confirmation' },
  };
  const mailer = () =>
    createSesMailer({
      client: createSesClient({ endpoint }),
      configurationSet: 'tidings-events',
      sleep: async () => {},
    });

  it('sends UTF-8 subject and bodies with an RFC 2047 sender name, configuration set and tags', async () => {
    replies = [sent('msg-9')];
    expect(await mailer().send(confirmation)).toEqual({ messageId: 'msg-9' });
    const form = requests[0]!;
    expect(form.get('Action')).toBe('SendEmail');
    expect(form.get('Destination.ToAddresses.member.1')).toBe('alice@example.org');
    expect(form.get('Message.Subject.Data')).toBe('请确认您的订阅');
    expect(form.get('Message.Subject.Charset')).toBe('UTF-8');
    expect(form.get('Message.Body.Html.Data')).toBe('<p>确认</p>');
    expect(form.get('Message.Body.Text.Data')).toBe('确认');
    expect(form.get('ConfigurationSetName')).toBe('tidings-events');
    expect(form.get('Tags.member.1.Name')).toBe('kind');
    // The comma in the name is inside the encoded word, so it cannot split the sender into two addresses.
    const source = form.get('Source')!;
    expect(source).toMatch(
      /^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=( =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=)* <news@tidings\.example\.org>$/,
    );
    const decoded = [...source.matchAll(/=\?UTF-8\?B\?([^?]+)\?=/g)]
      .map((m) => Buffer.from(m[1]!, 'base64'))
      .reduce((a, b) => Buffer.concat([a, b]));
    expect(decoded.toString('utf8')).toBe('潮汐 tidings, 资讯');
  });

  it('quotes a printable ASCII sender name and refuses header injection before calling SES', async () => {
    replies = [sent('msg-10')];
    await mailer().send({ ...confirmation, from: { address: 'news@tidings.example.org', name: 'tidings' } });
    expect(requests[0]!.get('Source')).toBe('"tidings" <news@tidings.example.org>');
    requests.length = 0;
    await expect(mailer().send({ ...confirmation, subject: 'hi\r\nBcc: e@x.net' })).rejects.toMatchObject({
      kind: 'rejected',
    });
    await expect(
      mailer().send({ ...confirmation, to: 'a@example.org, b@example.net' }),
    ).rejects.toMatchObject({
      kind: 'rejected',
    });
    expect(requests).toHaveLength(0);
  });

  it('tries a SendEmail that SES refused before accepting it again (3 attempts), then maps it', async () => {
    replies = [fail(400, 'Throttling', 'Maximum sending rate exceeded.'), sent('msg-11')];
    expect(await mailer().send(confirmation)).toEqual({ messageId: 'msg-11' });
    expect(requests).toHaveLength(2);
    requests.length = 0;
    replies = [fail(400, 'Throttling', 'Maximum sending rate exceeded.')];
    await expect(mailer().send(confirmation)).rejects.toMatchObject({ kind: 'throttled' });
    expect(requests).toHaveLength(3);
  });

  it('never repeats a SendEmail that SES may have accepted', async () => {
    replies = ['drop', sent('msg-12')];
    await expect(mailer().send(confirmation)).rejects.toMatchObject({ kind: 'ambiguous' });
    expect(requests).toHaveLength(1);
  });
});
