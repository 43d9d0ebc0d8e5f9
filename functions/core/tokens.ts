// Signed, purpose-bound links for subscribers: confirm (double opt-in), manage (preference center) and
// unsubscribe (one list, RFC 8058 one-click). Stateless HMAC tokens, so a link works without a session or a
// lookup table, and a key id inside each token lets keys rotate: sign with the newest, verify against all.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { MailingList } from './delivery/types.ts';

export type TokenPurpose = 'confirm' | 'manage' | 'unsubscribe';
const PURPOSES: readonly TokenPurpose[] = ['confirm', 'manage', 'unsubscribe'];

export interface TokenKey {
  /** Short identifier carried in the token, e.g. `k2`. */
  id: string;
  secret: Buffer;
}

export interface TokenClaims {
  /** Subscriber id. */
  sub: string;
  purpose: TokenPurpose;
  /** The list an unsubscribe token ends (see listKey). */
  list?: string;
  /** Expiry, epoch seconds. Every token signed now has one; tokens from before link lifetimes may not. */
  exp?: number;
  /** Confirm tokens: the nonce of the pending request the link confirms (and no other). */
  nonce?: string;
}

const DAY = 24 * 60 * 60;

/**
 * How long a link works. Confirm links live as long as their pending request. Manage and unsubscribe links stay in
 * inboxes for months: 13 months covers a year of old emails, after which the page offers to email a fresh link.
 * Signing keys are kept for verification this long after they stop signing (docs/deploy.md, key rotation).
 */
export const LINK_LIFETIME_SECONDS: Record<TokenPurpose, number> = {
  confirm: 7 * DAY,
  manage: 396 * DAY,
  unsubscribe: 396 * DAY,
};

/** Expiry (epoch seconds) of a link of `purpose` signed at `now`. */
export function linkExpiry(purpose: TokenPurpose, now: Date): number {
  return Math.floor(now.getTime() / 1000) + LINK_LIFETIME_SECONDS[purpose];
}

export type TokenFailure =
  | 'malformed'
  | 'too-long'
  | 'unknown-key'
  | 'bad-signature'
  | 'expired'
  | 'wrong-purpose';

export class TokenSigningError extends Error {
  override name = 'TokenSigningError';
}

/** Longer input is rejected before any decoding or HMAC work. */
export const MAX_TOKEN_LENGTH = 512;
const SIGNATURE_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_-]{1,16}$/;
const B64URL = /^[A-Za-z0-9_-]+$/;
const NONCE = /^[A-Za-z0-9_-]{1,40}$/;

function mac(key: TokenKey, keyIdAndPayload: string): Buffer {
  return createHmac('sha256', key.secret).update(keyIdAndPayload).digest();
}

/** Token format: `<keyId>.<base64url(JSON claims)>.<base64url(HMAC-SHA256(keyId.payload))>`. */
export function signToken(claims: TokenClaims, keys: readonly TokenKey[]): string {
  const key = keys[0];
  if (!key) throw new TokenSigningError('no token key configured');
  if (!KEY_ID.test(key.id))
    throw new TokenSigningError(`token key id ${JSON.stringify(key.id)} is not [A-Za-z0-9_-]{1,16}`);
  if (key.secret.length < 32) throw new TokenSigningError('token key secret must be at least 32 bytes');
  if (claims.purpose === 'confirm' && claims.exp === undefined)
    throw new TokenSigningError('confirm tokens need an expiry');
  if (claims.nonce !== undefined && !NONCE.test(claims.nonce))
    throw new TokenSigningError('a nonce is 1-40 characters of [A-Za-z0-9_-]');
  // A fixed field order keeps tokens short and deterministic.
  const body: Record<string, string | number> = { s: claims.sub, p: claims.purpose };
  if (claims.list !== undefined) body.l = claims.list;
  if (claims.exp !== undefined) body.e = claims.exp;
  if (claims.nonce !== undefined) body.n = claims.nonce;
  const head = `${key.id}.${Buffer.from(JSON.stringify(body)).toString('base64url')}`;
  const token = `${head}.${mac(key, head).toString('base64url')}`;
  if (token.length > MAX_TOKEN_LENGTH) throw new TokenSigningError('claims too large for a token');
  return token;
}

export function verifyToken(
  token: string,
  purpose: TokenPurpose,
  keys: readonly TokenKey[],
  now: Date,
):
  | { ok: true; claims: TokenClaims }
  | { ok: false; reason: Exclude<TokenFailure, 'expired'> }
  // An expired token is authentic: its claims say whom to offer a fresh link (nothing else may use them).
  | { ok: false; reason: 'expired'; claims: TokenClaims } {
  if (typeof token !== 'string' || token.length === 0) return { ok: false, reason: 'malformed' };
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'too-long' };
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  const [keyId, payload, signature] = parts as [string, string, string];
  if (!KEY_ID.test(keyId) || !B64URL.test(payload) || !B64URL.test(signature))
    return { ok: false, reason: 'malformed' };
  const key = keys.find((k) => k.id === keyId);
  if (!key) return { ok: false, reason: 'unknown-key' };
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(key, `${keyId}.${payload}`);
  // timingSafeEqual throws on a length mismatch, so check the length first.
  // Non-canonical base64 (changed padding bits) decodes to the same bytes: reject it, so a token has one spelling.
  if (given.length !== SIGNATURE_BYTES || given.toString('base64url') !== signature) {
    return { ok: false, reason: 'bad-signature' };
  }
  if (!timingSafeEqual(given, expected)) return { ok: false, reason: 'bad-signature' };

  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const claims = readClaims(body);
  if (!claims) return { ok: false, reason: 'malformed' };
  if (claims.purpose !== purpose) return { ok: false, reason: 'wrong-purpose' };
  if (claims.purpose === 'confirm' && claims.exp === undefined) return { ok: false, reason: 'malformed' };
  if (claims.exp !== undefined && now.getTime() / 1000 >= claims.exp)
    return { ok: false, reason: 'expired', claims };
  return { ok: true, claims };
}

function readClaims(body: unknown): TokenClaims | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { s, p, l, e, n } = body as Record<string, unknown>;
  if (typeof s !== 'string' || s.length === 0 || s.length > 100) return undefined;
  if (typeof p !== 'string' || !PURPOSES.includes(p as TokenPurpose)) return undefined;
  if (l !== undefined && (typeof l !== 'string' || parseListKey(l) === undefined)) return undefined;
  if (e !== undefined && (typeof e !== 'number' || !Number.isInteger(e))) return undefined;
  if (n !== undefined && (typeof n !== 'string' || !NONCE.test(n))) return undefined;
  return {
    sub: s,
    purpose: p as TokenPurpose,
    ...(l !== undefined ? { list: l as string } : {}),
    ...(e !== undefined ? { exp: e as number } : {}),
    ...(n !== undefined ? { nonce: n as string } : {}),
  };
}

/** `digest:daily`, `digest:weekly`, `alerts`: the list an unsubscribe token ends (see MailingList). */
export function listKey(list: MailingList): string {
  return list.kind === 'digest' ? `digest:${list.cadence}` : 'alerts';
}

/**
 * The list a token names. `alerts:<topic>` is what alert emails carried before alerts became one list: such a
 * link in an old email now ends all alerts, as one from a new alert would.
 */
export function parseListKey(value: string): MailingList | undefined {
  if (value === 'alerts') return { kind: 'alerts' };
  const match = /^(digest|alerts):([a-z][a-z0-9-]{0,63})$/.exec(value);
  if (!match) return undefined;
  const [, kind, name] = match as unknown as [string, string, string];
  if (kind === 'digest')
    return name === 'daily' || name === 'weekly' ? { kind: 'digest', cadence: name } : undefined;
  return { kind: 'alerts' };
}
