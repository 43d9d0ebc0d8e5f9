// The AWS services the deployed functions call that the local stand-ins (dynalite, aws-ses-v2-local) do not speak,
// reduced to the calls the functions make: S3 GetObject (path-style), SQS SendMessage/SendMessageBatch and
// Secrets Manager GetSecretValue (AWS JSON protocols); SES's GetSendQuota, which aws-ses-v2-local does not answer
// (every other SES call is passed on to it). Anything else is answered with an error naming the call, so
// a function that starts calling something new fails the rehearsal by name.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface QueuedMessage {
  messageId: string;
  body: string;
  /** The queue URL the function sent it to. */
  queueUrl: string;
  /** When SQS accepted it (epoch ms): the record's SentTimestamp. */
  sentAt: number;
  md5OfBody: string;
  /** As sent (`{ DataType, StringValue?, BinaryValue? }` by name). */
  messageAttributes: Record<string, { DataType: string; StringValue?: string; BinaryValue?: string }>;
}

export interface AwsStandin {
  endpoint: string;
  /** Objects by `bucket/key`. */
  objects: Map<string, string>;
  /** Secret strings by ARN (or name). */
  secrets: Map<string, string>;
  /** Messages sent to `queueUrl` and not yet taken. */
  take(queueUrl: string): QueuedMessage[];
  /** Every message sent and not yet taken, whatever its queue. */
  waiting(): readonly QueuedMessage[];
  /** From now on SES answers every SendRawEmail with this error (SES's query-protocol shape); undefined: sends again. */
  refuseSends(error: { code: string; message: string } | undefined): void;
  /** SendRawEmail calls refused so far. */
  refused(): number;
  stop(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function json(res: ServerResponse, status: number, value: unknown, type = 'application/x-amz-json-1.0') {
  res.writeHead(status, { 'content-type': type });
  res.end(JSON.stringify(value));
}

function refuse(res: ServerResponse, what: string) {
  json(res, 400, {
    __type: 'com.amazonaws#UnsupportedOperation',
    message: `the rehearsal's AWS stand-in does not answer ${what}`,
  });
}

const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');

const QUOTA = `<GetSendQuotaResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><GetSendQuotaResult><Max24HourSend>50000.0</Max24HourSend><MaxSendRate>14.0</MaxSendRate><SentLast24Hours>0.0</SentLast24Hours></GetSendQuotaResult><ResponseMetadata><RequestId>rehearsal</RequestId></ResponseMetadata></GetSendQuotaResponse>`;

/** `sesEndpoint`: the SES stand-in that SES query-protocol calls other than GetSendQuota are passed to. */
export async function startAwsStandin(sesEndpoint: string): Promise<AwsStandin> {
  const objects = new Map<string, string>();
  const secrets = new Map<string, string>();
  const queued: QueuedMessage[] = [];
  let refusal: { code: string; message: string } | undefined;
  let refusedSends = 0;
  const enqueue = (queueUrl: string, entry: Record<string, unknown>): QueuedMessage => {
    const text = String(entry.MessageBody);
    const message: QueuedMessage = {
      messageId: randomUUID(),
      body: text,
      queueUrl,
      sentAt: Date.now(),
      md5OfBody: md5(text),
      messageAttributes: (entry.MessageAttributes ?? {}) as QueuedMessage['messageAttributes'],
    };
    queued.push(message);
    return message;
  };

  const server = createServer(async (req, res) => {
    try {
      const target = String(req.headers['x-amz-target'] ?? '');
      if (req.method === 'GET' && !target) {
        // S3 path-style GetObject: /<bucket>/<key>
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
        const text = objects.get(path);
        if (text === undefined) {
          res.writeHead(404, { 'content-type': 'application/xml' });
          res.end(
            `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>no object ${path}</Message></Error>`,
          );
          return;
        }
        const bytes = Buffer.from(text, 'utf8');
        res.writeHead(200, {
          'content-type': 'text/markdown; charset=utf-8',
          'content-length': bytes.length,
          etag: `"${md5(text)}"`,
          'last-modified': new Date().toUTCString(),
        });
        res.end(bytes);
        return;
      }
      const text = await body(req);
      if (req.method === 'POST' && !target) {
        // SES (query protocol, form-encoded Action=…).
        const action = new URLSearchParams(text).get('Action');
        if (action === 'SendRawEmail' && refusal) {
          refusedSends++;
          res.writeHead(400, { 'content-type': 'text/xml' });
          res.end(
            `<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>Sender</Type><Code>${refusal.code}</Code><Message>${refusal.message}</Message></Error><RequestId>rehearsal</RequestId></ErrorResponse>`,
          );
          return;
        }
        if (action === 'GetSendQuota') {
          res.writeHead(200, { 'content-type': 'text/xml' });
          res.end(QUOTA);
          return;
        }
        const headers = Object.fromEntries(
          Object.entries(req.headers).filter(([k, v]) => k !== 'host' && typeof v === 'string'),
        ) as Record<string, string>;
        const answer = await fetch(`${sesEndpoint}${req.url ?? '/'}`, {
          method: 'POST',
          headers,
          body: text,
        });
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/xml' });
        res.end(Buffer.from(await answer.arrayBuffer()));
        return;
      }
      const input = JSON.parse(text || '{}') as Record<string, unknown>;
      switch (target) {
        case 'AmazonSQS.SendMessage': {
          const message = enqueue(String(input.QueueUrl), input);
          return json(res, 200, { MessageId: message.messageId, MD5OfMessageBody: message.md5OfBody });
        }
        case 'AmazonSQS.SendMessageBatch': {
          const entries = input.Entries as Array<{ Id: string } & Record<string, unknown>>;
          const successful = entries.map((e) => {
            const message = enqueue(String(input.QueueUrl), e);
            return { Id: e.Id, MessageId: message.messageId, MD5OfMessageBody: message.md5OfBody };
          });
          return json(res, 200, { Successful: successful, Failed: [] });
        }
        case 'secretsmanager.GetSecretValue': {
          const id = String(input.SecretId);
          const value = secrets.get(id);
          if (value === undefined)
            return json(
              res,
              400,
              {
                __type: 'ResourceNotFoundException',
                message: `Secrets Manager can't find the specified secret (${id})`,
              },
              'application/x-amz-json-1.1',
            );
          return json(
            res,
            200,
            {
              ARN: id,
              Name: id.split(':').pop(),
              SecretString: value,
              VersionId: 'rehearsal',
              VersionStages: ['AWSCURRENT'],
              CreatedDate: Math.floor(Date.now() / 1000),
            },
            'application/x-amz-json-1.1',
          );
        }
        default:
          return refuse(res, `${req.method} ${req.url} ${target}`.trim());
      }
    } catch (error) {
      json(res, 500, { __type: 'InternalFailure', message: (error as Error).message });
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    objects,
    secrets,
    take(queueUrl) {
      const taken = queued.filter((m) => m.queueUrl === queueUrl);
      for (const m of taken) queued.splice(queued.indexOf(m), 1);
      return taken;
    },
    waiting: () => [...queued],
    refuseSends(error) {
      refusal = error;
    },
    refused: () => refusedSends,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
