// Accept and enqueue (issue 16 #4): the subscribe endpoint only checks the input and queues the request, so its
// answer takes the same path, and the same time, for a new, pending, active, unsubscribed, suppressed or erased
// address. The request is processed from the queue (SQS on AWS, an in-process queue in `npm start`): lookups,
// limits, the stored request and the email, exactly as requestSubscription does them.
import { isMailerError } from '../delivery/errors.ts';
import type { SubscribeOutcome, SubscribeRequest, SubscriptionDeps } from './types.ts';
import { requestSubscription } from './use-cases.ts';

export type ProcessedRequest =
  | { kind: 'done'; outcome: SubscribeOutcome }
  /** Nothing reached the reader and the limits were given back: the queue delivers it again later. */
  | { kind: 'retry'; reason: string }
  /** SES refused the address for good, or may have taken the email (its reply was lost): never sent again. */
  | { kind: 'dropped'; reason: string };

export async function processSubscribeRequest(
  deps: SubscriptionDeps,
  request: SubscribeRequest,
): Promise<ProcessedRequest> {
  try {
    return { kind: 'done', outcome: await requestSubscription(deps, request) };
  } catch (error) {
    if (isMailerError(error) && (error.kind === 'rejected' || error.kind === 'ambiguous'))
      return { kind: 'dropped', reason: `${error.kind}: ${error.message}` };
    return { kind: 'retry', reason: error instanceof Error ? error.message : String(error) };
  }
}
