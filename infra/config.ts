// Deployment settings from CDK context (-c name=value) or the environment (TIDINGS_NAME), read once at synth.
// A missing required value fails synth with its name and how to set it, never a half-configured stack.
import type { Node } from 'constructs';

export class StackConfigError extends Error {
  override name = 'StackConfigError';
}

export interface StackConfig {
  stage: string;
  senderEmail: string;
  /** Verified SES domain identity; when unset the identity is the sender address itself. */
  senderDomain?: string;
  senderName?: string;
  /** Public origin for links in emails; default: the HTTP API URL. */
  siteUrl?: string;
  timezone: string;
  /** SES account max send rate, messages per second. */
  sendRate: number;
  throttleRate: number;
  throttleBurst: number;
  alarmEmail?: string;
  domainName?: string;
  certificateArn?: string;
}

const EMAIL = /^[^\s@<>",]+@[^\s@<>",]+\.[^\s@<>",]+$/;

function envName(key: string): string {
  return `TIDINGS_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

export function readStackConfig(node: Node, env: NodeJS.ProcessEnv = process.env): StackConfig {
  const raw = (key: string): string | undefined => {
    const v = node.tryGetContext(key) ?? env[envName(key)];
    return v === undefined || v === null || String(v).trim() === '' ? undefined : String(v).trim();
  };
  const fail = (key: string, problem: string, example: string): never => {
    throw new StackConfigError(
      `${key} ${problem}: set it with \`-c ${key}=${example}\` (or ${envName(key)}=${example})`,
    );
  };
  const num = (key: string, fallback: number, example: string): number => {
    const v = raw(key);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) fail(key, `must be a positive number, got "${v}"`, example);
    return n;
  };

  const senderEmail = raw('senderEmail');
  if (senderEmail === undefined) fail('senderEmail', 'is required', 'news@example.org');
  if (!EMAIL.test(senderEmail as string))
    fail('senderEmail', `is not an email address ("${senderEmail}")`, 'news@example.org');
  const senderDomain = raw('senderDomain');
  if (senderDomain !== undefined && !/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(senderDomain))
    fail('senderDomain', `is not a domain name ("${senderDomain}")`, 'example.org');
  if (
    senderDomain !== undefined &&
    !(senderEmail as string).toLowerCase().endsWith(`@${senderDomain.toLowerCase()}`)
  )
    fail('senderDomain', `must be the domain of senderEmail (${senderEmail})`, 'example.org');
  const siteUrl = raw('siteUrl');
  if (siteUrl !== undefined && !/^https:\/\/[^\s/]+/.test(siteUrl))
    fail('siteUrl', `must be an https URL ("${siteUrl}")`, 'https://news.example.org');
  const timezone = raw('timezone') ?? 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
  } catch {
    fail('timezone', `is not an IANA time zone ("${timezone}")`, 'Asia/Shanghai');
  }
  const alarmEmail = raw('alarmEmail');
  if (alarmEmail !== undefined && !EMAIL.test(alarmEmail))
    fail('alarmEmail', `is not an email address ("${alarmEmail}")`, 'ops@example.org');
  const domainName = raw('domainName');
  const certificateArn = raw('certificateArn');
  if ((domainName === undefined) !== (certificateArn === undefined))
    fail(
      domainName === undefined ? 'domainName' : 'certificateArn',
      'is required when a custom domain is used (set both domainName and certificateArn)',
      domainName === undefined ? 'news.example.org' : 'arn:aws:acm:REGION:ACCOUNT:certificate/ID',
    );
  const stage = raw('stage') ?? 'dev';
  if (!/^[a-z][a-z0-9-]{0,15}$/.test(stage))
    fail('stage', `must be lowercase letters, digits, - ("${stage}")`, 'prod');

  return {
    stage,
    senderEmail: senderEmail as string,
    senderDomain,
    senderName: raw('senderName'),
    siteUrl: siteUrl?.replace(/\/+$/, ''),
    timezone,
    sendRate: num('sendRate', 14, '14'),
    throttleRate: num('throttleRate', 20, '20'),
    throttleBurst: num('throttleBurst', 40, '40'),
    alarmEmail,
    domainName,
    certificateArn,
  };
}

/**
 * Sender concurrency cap: each concurrent sender gets rate / concurrency messages a second from its token bucket.
 * One sender per ~5 msg/s keeps each bucket's share large enough to matter, at least 2 (SQS event source minimum)
 * and at most 100 so a misconfigured rate cannot fan out unbounded.
 */
export function senderConcurrency(sendRate: number): number {
  return Math.min(100, Math.max(2, Math.ceil(sendRate / 5)));
}
