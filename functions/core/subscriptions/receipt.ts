// The "check your inbox" receipt: what a subscribe form asked for, carried by the 303 redirect to the
// check-inbox page (which shows it) and to the form's "go back and correct it" link (which fills the form with it).
// It holds only what the visitor typed, never anything about the address's state, so the redirect is the same for
// every state. Sealed (AES-256-GCM under a key derived from the token key), so the address does not sit readable
// in access logs or browser history, and deterministic (the IV is a MAC of the content, as in SIV): the same request
// in the same hour gets byte-for-byte the same answer, whatever the address's state.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { TopicCadences } from '../subscribers/types.ts';
import type { TokenKey } from '../tokens.ts';
import { CADENCES, type Cadence, LANGS, type Lang, LOCALES, type Locale } from '../types.ts';

export interface Receipt {
  email: string;
  topics: TopicCadences;
  locale: Locale;
  contentLangs: Lang[];
}

/** A receipt opens for at least this long, and at most an hour more (its expiry is rounded up to the hour). */
export const RECEIPT_SECONDS = 60 * 60;
const HOUR = 3600;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const MAX_SEALED = 1200;

function keysOf(key: TokenKey) {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', key.secret, 'tidings', info, 32));
  return { enc: derive('receipt encryption'), iv: derive('receipt iv') };
}

/** `<keyId>.<base64url(iv | ciphertext | tag)>`. */
export function sealReceipt(receipt: Receipt, keys: readonly TokenKey[], now: Date): string {
  const key = keys[0];
  if (!key) throw new Error('no token key configured');
  const expires = (Math.floor(now.getTime() / 1000 / HOUR) + 1) * HOUR + RECEIPT_SECONDS;
  const plain = Buffer.from(
    JSON.stringify({
      e: receipt.email,
      t: receipt.topics,
      l: receipt.locale,
      c: receipt.contentLangs,
      x: expires,
    }),
  );
  const { enc, iv: ivKey } = keysOf(key);
  const iv = createHmac('sha256', ivKey).update(plain).digest().subarray(0, IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', enc, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return `${key.id}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
}

/** The receipt, or undefined when it is not one of ours, was altered or has expired. */
export function openReceipt(
  sealed: string | undefined,
  keys: readonly TokenKey[],
  now: Date,
): Receipt | undefined {
  if (!sealed || sealed.length > MAX_SEALED) return undefined;
  const dot = sealed.indexOf('.');
  const key = keys.find((k) => k.id === sealed.slice(0, dot));
  if (dot <= 0 || !key || !/^[A-Za-z0-9_-]+$/.test(sealed.slice(dot + 1))) return undefined;
  const raw = Buffer.from(sealed.slice(dot + 1), 'base64url');
  if (raw.length <= IV_BYTES + TAG_BYTES) return undefined;
  const { enc, iv: ivKey } = keysOf(key);
  const iv = raw.subarray(0, IV_BYTES);
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', enc, iv);
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    plain = Buffer.concat([
      decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    return undefined;
  }
  const expected = createHmac('sha256', ivKey).update(plain).digest().subarray(0, IV_BYTES);
  if (!timingSafeEqual(expected, iv)) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(plain.toString('utf8'));
  } catch {
    return undefined;
  }
  const { e, t, l, c, x } = body as Record<string, unknown>;
  if (typeof x !== 'number' || now.getTime() / 1000 >= x) return undefined;
  if (typeof e !== 'string' || !(LOCALES as readonly unknown[]).includes(l)) return undefined;
  if (!Array.isArray(c) || !c.every((lang) => (LANGS as readonly unknown[]).includes(lang))) return undefined;
  if (typeof t !== 'object' || t === null) return undefined;
  const topics: TopicCadences = {};
  for (const [id, cadence] of Object.entries(t)) {
    if ((CADENCES as readonly unknown[]).includes(cadence)) topics[id] = cadence as Cadence;
  }
  return { email: e, topics, locale: l as Locale, contentLangs: c as Lang[] };
}
