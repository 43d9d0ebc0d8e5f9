// A record of every AWS call the functions make, for the least-privilege test (issue 15 §5): what was called
// (IAM service prefix and action), by which function, naming which table, index, partition keys, bucket and key,
// queue, secret, sender. The test turns each record into the request IAM would evaluate in the account and runs it
// against that function's synthesized policies. Off unless TIDINGS_RECORD_SDK_CALLS is set when a client is built;
// the stack never sets it (a stack test checks), so deployed functions carry the code but never run it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { appendFileSync } from 'node:fs';

export interface SdkCall {
  /** The function that made it: asFunction's name in-process, else the Lambda function name. */
  function?: string;
  /** IAM service prefix: dynamodb, ses, s3, sqs, secretsmanager, scheduler… */
  service: string;
  /** IAM action, `<service>:<Operation>`. */
  action: string;
  /** What the call names, as sent (local names; the test maps them to the account's). */
  target: SdkTarget;
}

export interface SdkTarget {
  /** DynamoDB tables (one, or each of a batch's). */
  tables?: string[];
  index?: string;
  /** DynamoDB partition key values the call touches (the `dynamodb:LeadingKeys` condition key). */
  leadingKeys?: string[];
  bucket?: string;
  key?: string;
  queueUrl?: string;
  secretId?: string;
  /** SES: the sender address (the `ses:FromAddress` condition key) and configuration set. */
  fromAddress?: string;
  configurationSet?: string;
  /** Scheduler: the schedule and its group; the role it passes. */
  scheduleGroup?: string;
  scheduleName?: string;
  roleArn?: string;
}

/** The env switch: `memory` keeps calls in this process (recordedSdkCalls); a path appends JSON lines there. */
export const RECORD_SDK_CALLS = 'TIDINGS_RECORD_SDK_CALLS';

const running = new AsyncLocalStorage<string>();
const memory: SdkCall[] = [];

/** Runs `work` as function `name`: calls made inside it (however deep, across awaits) are recorded as its own. */
export function asFunction<T>(name: string, work: () => T): T {
  return running.run(name, work);
}

export function recordedSdkCalls(): readonly SdkCall[] {
  return memory;
}

export function clearRecordedSdkCalls(): void {
  memory.length = 0;
}

const SERVICES: Record<string, string> = {
  DynamoDBClient: 'dynamodb',
  SESClient: 'ses',
  SESv2Client: 'ses',
  S3Client: 's3',
  SQSClient: 'sqs',
  SecretsManagerClient: 'secretsmanager',
  SchedulerClient: 'scheduler',
  LambdaClient: 'lambda',
  CloudFormationClient: 'cloudformation',
  STSClient: 'sts',
};

/** IAM authorizes these under another action name. */
const IAM_ACTION: Record<string, string> = { 'sqs:SendMessageBatch': 'sqs:SendMessage' };

type Input = Record<string, unknown>;

/** A key attribute's value, from the document client's plain input or the marshalled `{ S: … }` form. */
function plain(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { S?: unknown }).S === 'string')
    return (value as { S: string }).S;
  return undefined;
}

const PARTITION_KEY = 'pk';

/** The partition key value of a Query: the value bound to `<key> = :v` in its key condition. */
function queriedPartition(input: Input): string | undefined {
  const condition = String(input.KeyConditionExpression ?? '');
  const names = (input.ExpressionAttributeNames ?? {}) as Record<string, string>;
  const values = (input.ExpressionAttributeValues ?? {}) as Record<string, unknown>;
  const first = /^\s*\(?\s*(#?[\w]+)\s*=\s*(:[\w]+)/.exec(condition);
  if (!first) return undefined;
  const attribute = names[first[1]!] ?? first[1]!;
  // On an index, LeadingKeys is the index's partition value; on the table, pk's.
  if (!input.IndexName && attribute !== PARTITION_KEY) return undefined;
  return plain(values[first[2]!]);
}

function dynamoTarget(operation: string, input: Input): SdkTarget {
  const keyOf = (item: unknown) => plain((item as Input | undefined)?.[PARTITION_KEY]);
  const requestItems = input.RequestItems as Record<string, unknown> | undefined;
  if (requestItems) {
    const keys: unknown[] = [];
    for (const request of Object.values(requestItems)) {
      if (Array.isArray(request))
        for (const r of request as Input[])
          keys.push(
            keyOf((r.PutRequest as Input | undefined)?.Item ?? (r.DeleteRequest as Input | undefined)?.Key),
          );
      else keys.push(...(((request as Input).Keys as unknown[]) ?? []).map(keyOf));
    }
    return { tables: Object.keys(requestItems), leadingKeys: unique(keys) };
  }
  const key = operation === 'Query' ? queriedPartition(input) : keyOf(input.Key ?? input.Item);
  return {
    ...(typeof input.TableName === 'string' ? { tables: [input.TableName] } : {}),
    ...(typeof input.IndexName === 'string' ? { index: input.IndexName } : {}),
    leadingKeys: unique([key]),
  };
}

function unique(values: unknown[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string'))].sort();
}

/** `"Name" <a@b>` or `a@b` → `a@b`. */
function address(from: unknown): string | undefined {
  if (typeof from !== 'string') return undefined;
  return (/<([^>]+)>\s*$/.exec(from)?.[1] ?? from).trim();
}

/** The From header of a raw message, when SendRawEmail names no Source. */
function rawFrom(data: unknown): string | undefined {
  const text =
    typeof data === 'string' ? data : data instanceof Uint8Array ? Buffer.from(data).toString('utf8') : '';
  const header = /^From:\s*(.+)$/im.exec(text.slice(0, 16_384))?.[1];
  return address(header);
}

export function targetOf(service: string, operation: string, input: Input): SdkTarget {
  switch (service) {
    case 'dynamodb':
      return dynamoTarget(operation, input);
    case 'ses': {
      const from =
        address(input.Source) ??
        address(input.FromEmailAddress) ??
        rawFrom((input.RawMessage as Input | undefined)?.Data);
      return {
        ...(from ? { fromAddress: from } : {}),
        ...(typeof input.ConfigurationSetName === 'string'
          ? { configurationSet: input.ConfigurationSetName }
          : {}),
      };
    }
    case 's3':
      return { bucket: String(input.Bucket ?? ''), ...(input.Key ? { key: String(input.Key) } : {}) };
    case 'sqs':
      return { queueUrl: String(input.QueueUrl ?? '') };
    case 'secretsmanager':
      return { secretId: String(input.SecretId ?? '') };
    case 'scheduler':
      return {
        scheduleGroup: String(input.GroupName ?? 'default'),
        ...(input.Name ? { scheduleName: String(input.Name) } : {}),
        ...(typeof (input.Target as Input | undefined)?.RoleArn === 'string'
          ? { roleArn: (input.Target as Input).RoleArn as string }
          : {}),
      };
    default:
      return {};
  }
}

interface MiddlewareStackLike {
  add(
    middleware: (
      next: (args: { input: Input }) => Promise<unknown>,
      context: { clientName?: string; commandName?: string },
    ) => (args: { input: Input }) => Promise<unknown>,
    options: { step: 'initialize'; name: string; priority: 'low' },
  ): void;
}

/**
 * Adds the recording middleware to `client` when the switch is on (read now, so tests can turn it on before
 * building the pipeline). Recorded before the call is sent: a call IAM would deny must be seen even if the local
 * stand-in refused it too.
 */
export function recordSdkCalls<Client>(client: Client): Client {
  const sink = process.env[RECORD_SDK_CALLS];
  if (!sink) return client;
  const stack = (client as { middlewareStack?: MiddlewareStackLike }).middlewareStack;
  if (!stack) return client;
  stack.add(
    (next, context) => async (args) => {
      const service = SERVICES[context.clientName ?? ''] ?? context.clientName ?? 'unknown';
      const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
      const action = `${service}:${operation}`;
      const fn = running.getStore() ?? process.env.AWS_LAMBDA_FUNCTION_NAME;
      const call: SdkCall = {
        ...(fn ? { function: fn } : {}),
        service,
        action: IAM_ACTION[action] ?? action,
        target: targetOf(service, operation, args.input ?? {}),
      };
      if (sink === 'memory') memory.push(call);
      else appendFileSync(sink, `${JSON.stringify(call)}\n`);
      return next(args);
    },
    // `low`: after the document client has marshalled its input (either form is read).
    { step: 'initialize', name: 'tidingsRecordSdkCall', priority: 'low' },
  );
  return client;
}
