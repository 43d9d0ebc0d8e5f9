// Configuration from the environment, parsed with a schema once per cold start. A missing or invalid value
// fails at init with the variable's name and what it should hold, never later on the first subscriber.
import * as z from './validation.ts';

const optional = z.blankAsUndefined;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const httpUrl = z.pipe(
  z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  z.transform((u) => u.replace(/\/+$/, '')),
);

function parse<T extends Record<string, z.ZodMiniType>>(
  shape: T,
  env: NodeJS.ProcessEnv,
): z.infer<z.ZodMiniObject<T>> {
  const result = z.object(shape).safeParse(env);
  if (!result.success) {
    const problems = result.error.issues
      .map((i) => {
        const name = i.path.join('.');
        return env[name] === undefined ? `${name} is not set` : `${name}: ${i.message}`;
      })
      .join('; ');
    throw new ConfigError(`invalid configuration — ${problems}`);
  }
  return result.data;
}

const awsRegion = optional(
  z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be a region such as ap-east-1')),
);

// AWS_REGION is set by Lambda; REGION is accepted for local runs and scripts that set only that.
const region = {
  AWS_REGION: awsRegion,
  REGION: awsRegion,
};

/**
 * TABLE_NAME: the DynamoDB table; DYNAMODB_ENDPOINT: a local endpoint (dynalite), unset on AWS;
 * AWS_REGION or REGION: the region (the SDK's default chain when both are unset).
 */
export function dataConfig(env: NodeJS.ProcessEnv = process.env) {
  const c = parse(
    {
      TABLE_NAME: z.string().check(z.minLength(3), z.maxLength(255)),
      DYNAMODB_ENDPOINT: optional(httpUrl),
      ...region,
    },
    env,
  );
  return { tableName: c.TABLE_NAME, dynamodbEndpoint: c.DYNAMODB_ENDPOINT, region: c.AWS_REGION ?? c.REGION };
}

/**
 * SENDER_EMAIL: the verified SES From address; SENDER_NAME: display name; CONFIGURATION_SET: SES configuration
 * set for bounce/complaint events; SITE_URL: public origin of pages and links; LIST_ID_DOMAIN: domain used in
 * List-Id headers (default: the sender's domain); POSTAL_ADDRESS: one line, in every bulk email's footer;
 * REPLY_TO: where replies go; INBOUND_DOMAIN: a domain SES receives mail for, which adds a mailto: to
 * List-Unsubscribe; SES_ENDPOINT: a local SES stand-in, unset on AWS.
 */
export function mailConfig(env: NodeJS.ProcessEnv = process.env) {
  const c = parse(
    {
      SENDER_EMAIL: z.email(),
      SENDER_NAME: optional(z.string().check(z.maxLength(100), z.regex(/^[^\r\n]*$/, 'must be one line'))),
      CONFIGURATION_SET: optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/))),
      SITE_URL: httpUrl,
      LIST_ID_DOMAIN: optional(z.string().check(z.regex(/^[a-z0-9.-]+$/i))),
      POSTAL_ADDRESS: optional(
        z.string().check(z.trim(), z.maxLength(200), z.regex(/^[^\r\n]+$/, 'must be one line')),
      ),
      REPLY_TO: optional(z.email()),
      INBOUND_DOMAIN: optional(
        z
          .string()
          .check(
            z.regex(
              /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i,
              'must be a domain such as inbound.example.org',
            ),
          ),
      ),
      SES_ENDPOINT: optional(httpUrl),
      ...region,
    },
    env,
  );
  return {
    senderEmail: c.SENDER_EMAIL,
    senderName: c.SENDER_NAME ?? 'tidings',
    configurationSet: c.CONFIGURATION_SET,
    siteUrl: c.SITE_URL,
    listIdDomain: c.LIST_ID_DOMAIN ?? c.SENDER_EMAIL.split('@')[1]!,
    postalAddress: c.POSTAL_ADDRESS,
    replyTo: c.REPLY_TO,
    inboundDomain: c.INBOUND_DOMAIN?.toLowerCase(),
    sesEndpoint: c.SES_ENDPOINT,
    region: c.AWS_REGION ?? c.REGION,
  };
}

/** Exactly one of TOKEN_KEYS_SECRET_ARN (Secrets Manager, on AWS) or TOKEN_KEYS_FILE (local). */
export function tokenConfig(env: NodeJS.ProcessEnv = process.env) {
  const c = parse(
    {
      TOKEN_KEYS_SECRET_ARN: optional(z.string().check(z.startsWith('arn:'))),
      TOKEN_KEYS_FILE: optional(z.string().check(z.minLength(1))),
    },
    env,
  );
  if ((c.TOKEN_KEYS_SECRET_ARN === undefined) === (c.TOKEN_KEYS_FILE === undefined)) {
    throw new ConfigError(
      'invalid configuration — set exactly one of TOKEN_KEYS_SECRET_ARN or TOKEN_KEYS_FILE',
    );
  }
  return { tokenKeysSecretArn: c.TOKEN_KEYS_SECRET_ARN, tokenKeysFile: c.TOKEN_KEYS_FILE };
}

/**
 * SEND_QUEUE_URL: the SQS send queue; SEND_RATE: SES max send rate, messages/s (default: read from SES);
 * SENDER_CONCURRENCY: concurrent sender invocations sharing that rate (default 2); TIMEZONE: for edition dates
 * (default Asia/Shanghai); CONTENT_BUCKET: where articles are uploaded.
 */
export function deliveryConfig(env: NodeJS.ProcessEnv = process.env) {
  const c = parse(
    {
      SEND_QUEUE_URL: optional(httpUrl),
      SEND_RATE: optional(z.coerce.number().check(z.positive(), z.lte(10_000))),
      SENDER_CONCURRENCY: optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(1000))),
      TIMEZONE: optional(
        z.string().check(
          z.refine((tz) => {
            try {
              new Intl.DateTimeFormat('en', { timeZone: tz });
              return true;
            } catch {
              return false;
            }
          }, 'must be an IANA time zone such as Asia/Shanghai'),
        ),
      ),
      CONTENT_BUCKET: optional(z.string().check(z.minLength(3))),
    },
    env,
  );
  return {
    sendQueueUrl: c.SEND_QUEUE_URL,
    sendRate: c.SEND_RATE,
    senderConcurrency: c.SENDER_CONCURRENCY ?? 2,
    timezone: c.TIMEZONE ?? 'Asia/Shanghai',
    contentBucket: c.CONTENT_BUCKET,
  };
}

/**
 * Scheduled publishing on AWS: PUBLISH_SCHEDULE_GROUP (the EventBridge Scheduler group of one-time publish
 * schedules) and PUBLISH_SCHEDULER_ROLE_ARN (the role the scheduler assumes to invoke the publish function). Both
 * or neither: without them an article with a future publishAt is refused, saying so.
 */
export function schedulerConfig(env: NodeJS.ProcessEnv = process.env) {
  const c = parse(
    {
      PUBLISH_SCHEDULE_GROUP: optional(z.string().check(z.regex(/^[0-9A-Za-z_.-]{1,64}$/))),
      PUBLISH_SCHEDULER_ROLE_ARN: optional(z.string().check(z.startsWith('arn:'))),
    },
    env,
  );
  if ((c.PUBLISH_SCHEDULE_GROUP === undefined) !== (c.PUBLISH_SCHEDULER_ROLE_ARN === undefined)) {
    throw new ConfigError(
      'invalid configuration — set both PUBLISH_SCHEDULE_GROUP and PUBLISH_SCHEDULER_ROLE_ARN, or neither',
    );
  }
  return c.PUBLISH_SCHEDULE_GROUP && c.PUBLISH_SCHEDULER_ROLE_ARN
    ? { groupName: c.PUBLISH_SCHEDULE_GROUP, roleArn: c.PUBLISH_SCHEDULER_ROLE_ARN }
    : undefined;
}

export type ZhHantVariant = 'tw' | 'hk';
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** When a digest goes out, in TIMEZONE: every day at `time`, or weekly on `day` at `time` (`HH:MM`). */
export interface SendTime {
  day?: Weekday;
  time: string;
}

const clockTime = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour), e.g. 07:00'));
const weeklyTime = z
  .string()
  .check(
    z.regex(
      /^(mon|tue|wed|thu|fri|sat|sun) ([01]\d|2[0-3]):[0-5]\d$/,
      'must be "<day> HH:MM", e.g. mon 08:00',
    ),
  );

/**
 * What the reader is told on pages and in the welcome email (decision 3): POSTAL_ADDRESS (one line, in every bulk
 * email's footer and on every page), DAILY_DIGEST_AT (`07:00`), WEEKLY_DIGEST_AT (`mon 08:00`), TIMEZONE, and
 * ZH_HANT_VARIANT (`tw` | `hk`: Taiwan or Hong Kong phrasing of Traditional Chinese).
 */
export function readerConfig(env: NodeJS.ProcessEnv = process.env) {
  const c = parse(
    {
      POSTAL_ADDRESS: optional(z.string().check(z.maxLength(200), z.regex(/^[^\r\n]*$/, 'must be one line'))),
      DAILY_DIGEST_AT: optional(clockTime),
      WEEKLY_DIGEST_AT: optional(weeklyTime),
      ZH_HANT_VARIANT: optional(z.enum(['tw', 'hk'])),
    },
    env,
  );
  const [day, time] = (c.WEEKLY_DIGEST_AT ?? 'mon 08:00').split(' ') as [Weekday, string];
  return {
    postalAddress: c.POSTAL_ADDRESS,
    daily: { time: c.DAILY_DIGEST_AT ?? '07:00' } as SendTime,
    weekly: { day, time } as SendTime,
    timezone: deliveryConfig(env).timezone,
    zhHantVariant: (c.ZH_HANT_VARIANT ?? 'tw') as ZhHantVariant,
  };
}

export type ReaderConfig = ReturnType<typeof readerConfig>;
