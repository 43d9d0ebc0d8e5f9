// The Lambda functions by name: what the access table (access.ts) and the function construct
// (constructs/function.ts) are both keyed by. Below both, so the construct depends on access and never the reverse.

/** Lambda entry points, one file each under functions/handlers/, each exporting `handler`. */
export const HANDLERS = [
  'http-subscriptions',
  'http-articles',
  'publish',
  'plan',
  'send',
  'feedback',
  'inbound-unsubscribe',
] as const;
export type HandlerName = (typeof HANDLERS)[number];
