// SES v1 client factory: SendRawEmail is the v1 call that carries our own List-Unsubscribe headers.
import { SESClient } from '@aws-sdk/client-ses';
import { traced } from '../../shared/tracing.ts';

export interface SesClientOptions {
  /** A local stand-in (aws-ses-v2-local); unset on AWS. */
  endpoint?: string;
  region?: string;
  /**
   * SDK attempts per call, including the first (1: no SDK retries). SES has no idempotency key: an SDK retry after
   * a timeout or a reset connection can deliver a message twice, so the mailer decides what may be retried.
   */
  maxAttempts?: number;
  requestTimeoutMs?: number;
}

export function createSesClient(options: SesClientOptions = {}): SESClient {
  return traced(
    new SESClient({
      region: options.region ?? process.env.AWS_REGION ?? 'us-east-1',
      maxAttempts: options.maxAttempts ?? 1,
      // Without a timeout a hung connection (the local stand-in hangs on some calls) waits forever.
      requestHandler: { requestTimeout: options.requestTimeoutMs ?? 10_000, throwOnRequestTimeout: true },
      ...(options.endpoint
        ? { endpoint: options.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
        : {}),
    }),
  );
}
