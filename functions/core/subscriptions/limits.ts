// Anti list-bombing: how many confirmation (and already-subscribed) emails a request may cause. Limits hold per
// normalized mailbox (so `+tag` and Gmail dot variants of one inbox count as one), per recipient domain, per client
// network, and globally per hour from the SES quota, so confirmations can never eat the newsletters' quota. The
// counters live in the table (SendLimits port) with TTL and conditional updates: Lambdas scale out, so no
// in-memory counter would hold. Over any limit nothing is stored or sent, and the HTTP answer stays the same.

export interface LimitCounter {
  /** What is counted, e.g. `mailbox:alice@gmail.com`; stores keep only a keyed hash of it. */
  key: string;
  limit: number;
  /** The window starts with the first count and lasts this long. */
  windowSeconds: number;
}

const HOUR = 3600;

/** Share of the SES 24-hour quota that confirmations may use; the rest is the newsletters'. */
export const CONFIRMATION_QUOTA_SHARE = 0.1;
/** The budget when the quota is unknown (the local stand-in) and its floor (the SES sandbox quota is 200/day). */
export const MIN_CONFIRMATIONS_PER_HOUR = 10;

export const SUBSCRIBE_LIMITS = {
  /** One email per inbox per 10 minutes, at most 3 a day. */
  mailbox: [
    { limit: 1, windowSeconds: 600 },
    { limit: 3, windowSeconds: 24 * HOUR },
  ],
  /** Per client network (/24 or /48): a person signs up a few addresses, not dozens. */
  network: { limit: 20, windowSeconds: HOUR },
  /** Per recipient domain: a quarter of the hourly budget (at least 20), so many addresses at one domain cannot be flooded. */
  domainShare: 0.25,
  domainMin: 20,
} as const;

/** Confirmations per hour allowed by the account's 24-hour sending quota. */
export function confirmationBudgetPerHour(max24HourSend: number | undefined): number {
  if (max24HourSend === undefined || !Number.isFinite(max24HourSend) || max24HourSend <= 0)
    return MIN_CONFIRMATIONS_PER_HOUR;
  return Math.max(MIN_CONFIRMATIONS_PER_HOUR, Math.floor((max24HourSend * CONFIRMATION_QUOTA_SHARE) / 24));
}

/** Providers whose documented rule is that dots in the local part do not matter (Gmail). */
const DOTS_IGNORED = new Set(['gmail.com', 'googlemail.com']);
const SAME_MAILBOX_DOMAIN: Record<string, string> = { 'googlemail.com': 'gmail.com' };

/**
 * The inbox an address delivers to, for counting only (the stored address stays as typed): lower case, the
 * `+tag` dropped (sub-addressing, RFC 5233, honoured by Gmail, Outlook, iCloud, Fastmail, Proton and others),
 * and for Gmail the dots dropped and googlemail.com read as gmail.com (Google: "dots don't matter in Gmail
 * addresses"). Over-grouping two people who share an inbox's base name only tightens their limit.
 */
export function normalizedMailbox(email: string): string {
  const at = email.lastIndexOf('@');
  const domainPart = email.slice(at + 1).toLowerCase();
  const domain = SAME_MAILBOX_DOMAIN[domainPart] ?? domainPart;
  let local = email.slice(0, at).toLowerCase();
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (DOTS_IGNORED.has(domain)) local = local.replaceAll('.', '');
  return `${local}@${domain}`;
}

/** Every counter one subscribe request takes from, most specific first (so a flood of one inbox spends its own). */
export function subscribeCounters(
  email: string,
  network: string | undefined,
  budgetPerHour: number,
): LimitCounter[] {
  const mailbox = normalizedMailbox(email);
  const domain = mailbox.slice(mailbox.lastIndexOf('@') + 1);
  return [
    ...SUBSCRIBE_LIMITS.mailbox.map((l) => ({ key: `mailbox:${l.windowSeconds}:${mailbox}`, ...l })),
    {
      key: `domain:${domain}`,
      limit: Math.max(SUBSCRIBE_LIMITS.domainMin, Math.ceil(budgetPerHour * SUBSCRIBE_LIMITS.domainShare)),
      windowSeconds: HOUR,
    },
    ...(network ? [{ key: `network:${network}`, ...SUBSCRIBE_LIMITS.network }] : []),
    { key: 'global', limit: budgetPerHour, windowSeconds: HOUR },
  ];
}
