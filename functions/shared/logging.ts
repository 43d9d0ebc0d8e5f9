// Observability for the delivery handlers: one Powertools Logger and Metrics (EMF) per function, built at
// module scope. Subscriber addresses are personal data: every string a logger prints passes through
// `redactEmails`, so a careless `logger.info({ email })` still cannot leak a full address into CloudWatch.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

const EMAIL = /([A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;

/** `alice@example.org` → `a***@example.org`: enough to tell domains apart when debugging delivery. */
export function redactEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** Redacts every address inside free text (error messages from SES quote the recipient). */
export function redactEmails(text: string): string {
  return text.replace(EMAIL, (_match, local: string, domain: string) => `${local[0]}***@${domain}`);
}

/** JSON replacer for the Powertools Logger: redacts strings and error messages at any depth. */
export function redactingReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'string') return redactEmails(value);
  if (value instanceof Error) {
    return {
      name: value.name,
      message: redactEmails(value.message),
      ...(value.stack ? { stack: redactEmails(value.stack) } : {}),
    };
  }
  return value;
}

/** Local default; on AWS each stage sets POWERTOOLS_METRICS_NAMESPACE=Tidings/<stage> so stages never mix. */
export const METRICS_NAMESPACE = 'Tidings';

export function createLogger(
  serviceName: string,
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT',
): Logger {
  return new Logger({ serviceName, jsonReplacerFn: redactingReplacer, ...(logLevel ? { logLevel } : {}) });
}

/** Metrics' own notices ("No application metrics to publish") have no reader where metrics are off (CLI, npm start). */
const QUIET = { debug() {}, info() {}, warn() {}, error() {} };

export function createMetrics(serviceName: string, env: NodeJS.ProcessEnv = process.env): Metrics {
  // An explicit namespace would win over the environment in Powertools: pass one only when none is set.
  return new Metrics({
    namespace: env.POWERTOOLS_METRICS_NAMESPACE || METRICS_NAMESPACE,
    serviceName,
    ...(env.POWERTOOLS_METRICS_DISABLED === 'true' ? { logger: QUIET } : {}),
  });
}

/**
 * The delivery counters operators alarm on (bounce and complaint rates decide the SES account's fate;
 * PermanentSendFailures, AmbiguousSends and EditionPaused each need a person).
 */
export type DeliveryMetric =
  | 'sent'
  | 'skipped'
  | 'throttled'
  | 'bounced'
  | 'complained'
  | 'PermanentSendFailures'
  | 'AmbiguousSends'
  | 'EditionPaused';

export function countDeliveries(metrics: Metrics, counts: Partial<Record<DeliveryMetric, number>>): void {
  for (const [name, value] of Object.entries(counts)) {
    if (value !== undefined && value > 0) metrics.addMetric(name, MetricUnit.Count, value);
  }
}
