// Suppression outranks every other change: once an address bounced or its owner reported us as spam, a
// preference save, a confirmation or an unsubscribe racing with the feedback event must not bring it back (the
// feedback write moves the version on, so a racing write re-reads and lifecycle.ts leaves suppressed readers be).
// Only an explicit status change (SubscriberStore.setStatus, an operator's decision) lifts a suppression.
import { createHash } from 'node:crypto';
import { checkEmail } from '../mail/address.ts';
import type { SubscriberStatus } from './types.ts';

export const SUPPRESSED_STATUSES: readonly SubscriberStatus[] = ['bounced', 'complained'];

export const isSuppressed = (status: SubscriberStatus): boolean => SUPPRESSED_STATUSES.includes(status);

/** The address as stored: checked and normalized when valid, else as given. */
export function normalizedEmail(email: string): string {
  const checked = checkEmail(email);
  return checked.ok ? checked.email : email;
}

/**
 * What stays after an erase: a SHA-256 of the normalized address, so a later subscribe or import of the same
 * address is refused without keeping the address itself.
 */
export function suppressionHash(email: string): string {
  return createHash('sha256').update(normalizedEmail(email)).digest('hex');
}
