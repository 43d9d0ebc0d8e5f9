// Stage configuration: the committed tidings.config.ts names each stage's settings; `-c name=value` overrides one
// for a one-off deploy. Validated once at synth: every problem names its field (`stages.prod.postalAddress`) and
// what to put there, so a deploy can never silently lose a domain, an alarm address or the postal address.
import { z } from 'zod';

export class StackConfigError extends Error {
  override name = 'StackConfigError';
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const domain = z
  .string()
  .transform((d) => d.toLowerCase())
  .refine((d) => DOMAIN.test(d), 'must be a domain name such as example.org');
const email = z.email('must be an email address such as news@example.org');
const httpsOrigin = z
  .string()
  .refine(
    (u) => /^https:\/\/[^\s/?#]+\/?$/.test(u),
    'must be an https origin such as https://news.example.org',
  )
  .transform((u) => u.replace(/\/+$/, ''))
  // Links on the shared execute-api host look like phishing to mailbox providers, and the stage changes it.
  .refine((u) => !/\.execute-api\.[a-z0-9-]+\.amazonaws\.com$/.test(u), 'must not be an execute-api host');
const timezone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Asia/Shanghai');

const DAILY_AT = /^([01]\d|2[0-3]):([0-5]\d)$/;
const WEEKLY_AT = /^(mon|tue|wed|thu|fri|sat|sun) ([01]\d|2[0-3]):([0-5]\d)$/;

const stageSchema = z.strictObject({
  /** AWS account id. Required when the stage mails real people. */
  account: z
    .string()
    .regex(/^\d{12}$/, 'must be a 12-digit AWS account id')
    .optional(),
  /** AWS region of the main stack (SES, the API, the table). CloudFront's web ACL goes to us-east-1 regardless. */
  region: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be a region such as ap-southeast-1')
    .optional(),
  /** True for a stage whose mail reaches the public: demands account, region, site origin, postal address, alarms. */
  mailsRealPeople: z.boolean().default(false),
  /** CloudFormation termination protection; required for stages that mail real people. */
  terminationProtection: z.boolean().default(false),
  sender: z.strictObject({
    /** From address. */
    email,
    /** SES domain identity (Easy DKIM, custom MAIL FROM). Default: the address's domain. */
    domain: domain.optional(),
    /** Display name in From. */
    name: z
      .string()
      .max(100)
      .regex(/^[^\r\n]*$/, 'must be one line')
      .optional(),
    /** MAIL FROM subdomain under the domain (bounces land there, SPF aligns with it). */
    mailFromSubdomain: z
      .string()
      .regex(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/, 'must be one DNS label such as bounce')
      .default('bounce'),
    /** The address is verified as its own SES identity too: SES then authorizes against it, so IAM must name it. */
    addressIdentity: z.boolean().default(false),
  }),
  /** Public origin of pages and every email link. Default: https://<customDomain.name>, else the CloudFront domain. */
  siteUrl: httpsOrigin.optional(),
  /** A custom domain for the site, served by CloudFront. */
  customDomain: z
    .strictObject({
      name: domain,
      /** ACM certificate in us-east-1 (CloudFront's region). Without it a DNS-validated one is made in hostedZone. */
      certificateArn: z
        .string()
        .regex(
          /^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[\w-]+$/,
          'must be an ACM certificate ARN in us-east-1 (CloudFront only uses certificates from us-east-1)',
        )
        .optional(),
    })
    .optional(),
  /** Route 53 public hosted zone: when given, the stack creates the SES and custom-domain DNS records in it. */
  hostedZone: z
    .strictObject({ id: z.string().regex(/^Z[A-Z0-9]{1,32}$/, 'must be a hosted zone id'), name: domain })
    .optional(),
  /** One line, in every bulk email footer (CAN-SPAM/CASL). Required when the stage mails real people. */
  postalAddress: z
    .string()
    .min(5)
    .max(200)
    .regex(/^[^\r\n]*$/, 'must be one line')
    .optional(),
  /** Reply-To of bulk email. */
  replyTo: email.optional(),
  /** SES receiving domain for mailto: List-Unsubscribe (handled by an SES receipt rule). */
  inboundDomain: domain.optional(),
  /** Subscribed to the alarm topic. Required when the stage mails real people. */
  alarmEmail: email.optional(),
  /** The SES account's maximum send rate, messages per second (the SES console shows it). */
  sendRate: z.number().positive().max(10_000).default(1),
  /** Time zone of the digest schedules and of dates in emails. */
  timezone: timezone.default('Asia/Shanghai'),
  /** Daily digest time `HH:MM` in `timezone`, or false for no daily digest. */
  dailyDigestAt: z
    .union([z.string().regex(DAILY_AT, 'must be HH:MM such as 07:00'), z.literal(false)])
    .default('07:00'),
  /** Weekly digest `ddd HH:MM` in `timezone`, or false for no weekly digest. */
  weeklyDigestAt: z
    .union([z.string().regex(WEEKLY_AT, 'must be a weekday and HH:MM such as mon 08:00'), z.literal(false)])
    .default('mon 08:00'),
  /** Regional phrasing of Traditional Chinese output. */
  zhHantVariant: z.enum(['tw', 'hk']).default('tw'),
  /** The SES account is in the sandbox: only verified recipients, and IAM is checked on each recipient identity. */
  sandbox: z.boolean().default(false),
  /** Verified SES identities (addresses or domains) that may receive mail while in the sandbox. */
  testRecipients: z.array(z.union([email, domain])).default([]),
  /** HTTP API stage throttling, behind CloudFront and WAF. */
  api: z
    .strictObject({
      throttleRate: z.number().positive().default(50),
      throttleBurst: z.number().int().positive().default(100),
    })
    .default({ throttleRate: 50, throttleBurst: 100 }),
  /** WAF: subscription POSTs allowed per client IP per 5 minutes (WAF's minimum is 10). */
  subscribeLimitPerIp: z.number().int().min(10).max(2_000_000_000).default(100),
  /** Retained resources to attach instead of creating new ones (after a teardown or a point-in-time restore). */
  existing: z
    .strictObject({
      tableName: z
        .string()
        .regex(/^[A-Za-z0-9_.-]{3,255}$/, 'must be a DynamoDB table name')
        .optional(),
      tokenKeysSecretArn: z
        .string()
        .regex(
          /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[\w/+=.@-]+-[A-Za-z0-9]{6}$/,
          'must be the full secret ARN, with its 6-character suffix',
        )
        .optional(),
      contentBucketName: z
        .string()
        .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name')
        .optional(),
    })
    .default({}),
});

/** One stage as written in tidings.config.ts (defaults may be left out). */
export type StageSettings = z.input<typeof stageSchema>;
/** One stage after validation, defaults applied. */
export type StageConfig = z.output<typeof stageSchema> & {
  stage: string;
  sender: z.output<typeof stageSchema>['sender'] & { domain: string };
};

export interface TidingsConfig {
  stages: Record<string, StageSettings>;
}

/** Identity function that gives tidings.config.ts its types. */
export function defineConfig(config: TidingsConfig): TidingsConfig {
  return config;
}

export const STAGE_NAME = /^[a-z][a-z0-9-]{0,15}$/;

/** Setting paths `-c` may override, e.g. `sender.domain`, `sendRate`, `api.throttleRate`. */
export function settingPaths(): string[] {
  const paths: string[] = [];
  const walk = (shape: Record<string, z.ZodType>, prefix: string) => {
    for (const [key, schema] of Object.entries(shape)) {
      const inner = unwrap(schema);
      if (inner instanceof z.ZodObject) {
        walk(inner.shape as Record<string, z.ZodType>, `${prefix}${key}.`);
      } else paths.push(`${prefix}${key}`);
    }
  };
  walk(stageSchema.shape as unknown as Record<string, z.ZodType>, '');
  return paths;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s;
}

/** `-c` values are strings: `true`/`false`, numbers and JSON arrays/objects are read as such. */
function contextValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const v = value.trim();
  if (v === '') return undefined; // `-c postalAddress=` unsets a setting
  if (v === 'true' || v === 'false') return v === 'true';
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  if (/^[[{]/.test(v)) {
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  }
  return v;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node[key] = typeof next === 'object' && next !== null ? { ...(next as object) } : {};
    node = node[key] as Record<string, unknown>;
  }
  if (value === undefined) delete node[keys.at(-1)!];
  else node[keys.at(-1)!] = value;
}

/** Context keys that are CDK's or cdk-nag's own (feature flags, `aws:cdk:…`), not tidings settings. */
const isCdkContextKey = (key: string) => key.includes(':') || key.startsWith('@');

/**
 * The settings of `stage` from the config file with `-c` overrides applied, validated. Throws StackConfigError
 * naming each bad field (`stages.prod.postalAddress: required …`) and how to fix it.
 */
export function resolveStage(
  config: TidingsConfig,
  stage: string,
  context: Record<string, unknown> = {},
): StageConfig {
  if (!STAGE_NAME.test(stage))
    throw new StackConfigError(`stage must be lowercase letters, digits and - ("${stage}"): -c stage=prod`);
  const base = config.stages[stage];
  if (!base)
    throw new StackConfigError(
      `stage "${stage}" is not in tidings.config.ts (stages: ${Object.keys(config.stages).join(', ')}); add it there or pass -c stage=<one of them>`,
    );
  const known = new Set(settingPaths());
  const merged = structuredClone(base) as Record<string, unknown>;
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(context)) {
    if (key === 'stage' || isCdkContextKey(key)) continue;
    if (!known.has(key)) {
      unknown.push(key);
      continue;
    }
    setPath(merged, key, contextValue(value));
  }
  if (unknown.length > 0)
    throw new StackConfigError(
      `unknown setting ${unknown.map((k) => `-c ${k}`).join(', ')}; settings are: ${[...known].join(', ')}`,
    );

  const where = `stages.${stage}`;
  const parsed = stageSchema.safeParse(merged);
  if (!parsed.success)
    throw new StackConfigError(
      parsed.error.issues.map((i) => `${[where, ...i.path].join('.')}: ${i.message}`).join('\n'),
    );
  const s = parsed.data;
  const problems: string[] = [];
  const need = (field: string, why: string) => problems.push(`${where}.${field}: ${why}`);

  const emailDomain = s.sender.email.split('@')[1]!.toLowerCase();
  const senderDomain = s.sender.domain ?? emailDomain;
  if (emailDomain !== senderDomain && !emailDomain.endsWith(`.${senderDomain}`))
    need('sender.domain', `must be the domain of sender.email (${emailDomain}) or a parent of it`);
  if (s.customDomain && !s.customDomain.certificateArn && !s.hostedZone)
    need(
      'customDomain.certificateArn',
      'required unless hostedZone is set (a new certificate is validated by DNS in that zone)',
    );
  if (s.hostedZone && s.customDomain && !isWithin(s.customDomain.name, s.hostedZone.name))
    need('customDomain.name', `must be in hostedZone.name (${s.hostedZone.name})`);
  if (s.siteUrl && s.customDomain && new URL(s.siteUrl).hostname !== s.customDomain.name)
    need('siteUrl', `must be https://${s.customDomain.name} when customDomain is set (or leave it out)`);
  if (s.sandbox && s.testRecipients.length === 0)
    need('testRecipients', 'list the verified recipient identities the sandbox may mail (at least one)');
  if (s.existing.tokenKeysSecretArn && s.region && s.existing.tokenKeysSecretArn.split(':')[3] !== s.region)
    need('existing.tokenKeysSecretArn', `must be a secret in the stage's region (${s.region})`);
  if (s.mailsRealPeople) {
    const real = 'required for a stage that mails real people (mailsRealPeople: true)';
    if (!s.account)
      need('account', `${real}, so a deploy cannot land in whatever account the shell points at`);
    if (!s.region) need('region', `${real}, so the stack cannot default to us-east-1`);
    if (!s.siteUrl && !s.customDomain)
      need('siteUrl', `${real}: set siteUrl or customDomain; links must use your own domain`);
    if (!s.postalAddress) need('postalAddress', `${real}: bulk email must show a postal address`);
    if (!s.alarmEmail) need('alarmEmail', `${real}: someone must hear the alarms`);
    if (!s.terminationProtection) need('terminationProtection', `${real}: set it to true`);
  }
  if (problems.length > 0) throw new StackConfigError(problems.join('\n'));
  return { ...s, stage, sender: { ...s.sender, domain: senderDomain } };
}

function isWithin(name: string, zone: string): boolean {
  return name === zone || name.endsWith(`.${zone}`);
}

/**
 * Sender concurrency cap: each concurrent sender gets rate / concurrency messages a second from its token bucket.
 * One sender per ~5 msg/s keeps each bucket's share large enough to matter, at least 2 (SQS event source minimum)
 * and at most 100 so a misconfigured rate cannot fan out unbounded.
 */
export function senderConcurrency(sendRate: number): number {
  return Math.min(100, Math.max(2, Math.ceil(sendRate / 5)));
}

/** Scheduler cron fields for a digest time: `07:00` daily, `mon 08:00` weekly (in the stage's time zone). */
export function digestCron(at: string): { minute: string; hour: string; weekDay?: string } {
  const weekly = WEEKLY_AT.exec(at);
  if (weekly)
    return {
      minute: String(Number(weekly[3])),
      hour: String(Number(weekly[2])),
      weekDay: weekly[1]!.toUpperCase(),
    };
  const daily = DAILY_AT.exec(at);
  if (!daily) throw new StackConfigError(`not a digest time: "${at}"`);
  return { minute: String(Number(daily[2])), hour: String(Number(daily[1])) };
}
