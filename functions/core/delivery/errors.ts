// How a send can fail, in the terms that decide what the sender does next. Adapters map provider errors to
// these kinds; the core never sees an SDK error.

export type MailerErrorKind =
  /** Over the provider's send rate: back off and retry. */
  | 'throttled'
  /** Daily quota used up (or sending paused by the provider): pause the edition, resume later. */
  | 'quota-exceeded'
  /** The provider refused this message or address for good: record it, never retry. */
  | 'rejected'
  /** Anything else (timeouts, 5xx): retry later. */
  | 'transient';

export class MailerError extends Error {
  override name = 'MailerError';
  constructor(
    readonly kind: MailerErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isMailerError(error: unknown): error is MailerError {
  return error instanceof MailerError;
}
