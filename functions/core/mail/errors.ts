/** A value that must not reach a message header or body as given (bad address, line break, non-URL). */
export class MimeInputError extends Error {
  override name = 'MimeInputError';
}
