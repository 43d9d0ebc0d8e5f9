// How a send can fail, in the terms that decide what the sender does next. Adapters map provider errors to
// these kinds; the core never sees an SDK error.

export type MailerErrorKind =
  /** Over the provider's send rate, answered before acceptance: back off and retry. */
  | 'throttled'
  /** Daily quota used up (or sending paused by the provider): pause the edition, resume later. */
  | 'quota-exceeded'
  /**
   * The provider refused this message, address or sender for good (MessageRejected, AccessDenied, an unverified
   * identity): record it, never retry.
   */
  | 'rejected'
  /**
   * The request may have been accepted: it was sent and no answer came back (a timeout, a reset connection, a
   * 5xx, a reply that could not be read). Sending again could deliver a second email, so nothing resends it.
   */
  | 'ambiguous'
  /** Refused before acceptance for a reason that may pass (a connection never made, an expired signature): retry. */
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
