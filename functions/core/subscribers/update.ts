// Optimistic locking for every subscriber change: read, apply a pure change (lifecycle.ts), write on the
// condition that nobody wrote in between; when someone did, read again and apply the same change to what is
// stored now. Nothing is overwritten blindly, so a one-click unsubscribe between a read and a write is never lost.
import type { SubscriberStore } from '../../ports.ts';
import type { Change } from './lifecycle.ts';
import { type Subscriber, SubscriberContentionError } from './types.ts';

/** Retries after a lost race. Each retry means another writer succeeded, so this is only reached under a storm. */
export const MAX_UPDATE_ATTEMPTS = 8;

export interface Applied<O> {
  outcome: O | 'unknown-subscriber';
  /** The record as stored after the change (or as read, when the change wrote nothing). */
  subscriber?: Subscriber;
  /** Whether this call wrote. */
  written: boolean;
}

export async function changeSubscriber<C extends Change<unknown>>(
  store: Pick<SubscriberStore, 'get' | 'update'>,
  id: string,
  change: (current: Subscriber) => C,
  onApplied?: (change: C) => void,
): Promise<Applied<C['outcome']>> {
  for (let attempt = 0; attempt < MAX_UPDATE_ATTEMPTS; attempt++) {
    const current = await store.get(id);
    if (!current) return { outcome: 'unknown-subscriber', written: false };
    const result = change(current);
    if (!result.next) {
      onApplied?.(result);
      return { outcome: result.outcome, subscriber: current, written: false };
    }
    const stored = await store.update(current, result.next);
    if (stored) {
      onApplied?.(result);
      return { outcome: result.outcome, subscriber: stored, written: true };
    }
  }
  throw new SubscriberContentionError(id);
}
