// Suppression outranks every other change: once an address bounced or its owner reported us as spam, a
// preference save, a confirmation or an unsubscribe racing with the feedback event must not bring it back (the
// feedback write moves the version on, so a racing write re-reads and lifecycle.ts leaves suppressed readers be).
// Only an explicit status change (SubscriberStore.setStatus, an operator's decision) lifts a suppression.
import { createHash, createHmac } from 'node:crypto';
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
 * The unsalted SHA-256 of the normalized address that erases wrote before suppression keys were peppered: anyone
 * who can read the table can test a guessed address against it. Only `tidings migrate` and the read fallback for
 * entries it has not rewritten yet use it.
 */
export function legacySuppressionHash(email: string): string {
  return createHash('sha256').update(normalizedEmail(email)).digest('hex');
}

/** Marks a peppered key, so a migration tells them from legacy hashes (64 hex digits). */
const PEPPERED = 'h1-';

/**
 * What stays after an erase: an HMAC-SHA256, under a secret pepper, of the legacy hash of the normalized address,
 * so a later subscribe or import of the same address is refused without keeping the address, and a copy of the
 * table alone re-identifies no one (a guess cannot be checked without the pepper). Keyed over the legacy hash, so
 * existing entries can be rewritten without the addresses (`rekeyLegacySuppression`).
 */
export function suppressionHash(email: string, pepper: Uint8Array): string {
  return rekeyLegacySuppression(legacySuppressionHash(email), pepper);
}

export function rekeyLegacySuppression(legacyHash: string, pepper: Uint8Array): string {
  return PEPPERED + createHmac('sha256', pepper).update(legacyHash).digest('base64url');
}

export const isLegacySuppressionHash = (hash: string): boolean => /^[0-9a-f]{64}$/.test(hash);

/** The pepper from its configured seed (token-keys secret): a key used for nothing else. */
export function suppressionPepper(seed: Uint8Array): Buffer {
  return createHmac('sha256', seed).update('tidings suppression pepper v1').digest();
}
