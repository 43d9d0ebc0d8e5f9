import { createHmac, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  listKey,
  MAX_TOKEN_LENGTH,
  parseListKey,
  signToken,
  type TokenKey,
  verifyToken,
} from '../../functions/core/tokens.ts';

const k1: TokenKey = { id: 'k1', secret: randomBytes(32) };
const k2: TokenKey = { id: 'k2', secret: randomBytes(32) };
const now = new Date('2025-01-20T08:00:00Z');
const inAWeek = Math.floor(now.getTime() / 1000) + 7 * 86400;

describe('tokens', () => {
  it('round-trips claims for the purpose they were signed for', () => {
    const token = signToken({ sub: 'sub-1', purpose: 'unsubscribe', list: 'digest:daily' }, [k1]);
    expect(verifyToken(token, 'unsubscribe', [k1], now)).toEqual({
      ok: true,
      claims: { sub: 'sub-1', purpose: 'unsubscribe', list: 'digest:daily' },
    });
  });

  it('is bound to its purpose', () => {
    const manage = signToken({ sub: 'sub-1', purpose: 'manage' }, [k1]);
    expect(verifyToken(manage, 'unsubscribe', [k1], now)).toEqual({ ok: false, reason: 'wrong-purpose' });
    expect(verifyToken(manage, 'confirm', [k1], now)).toEqual({ ok: false, reason: 'wrong-purpose' });
  });

  it('rotates keys: signs with the newest, verifies against every active key', () => {
    const old = signToken({ sub: 's', purpose: 'manage' }, [k1]);
    const fresh = signToken({ sub: 's', purpose: 'manage' }, [k2, k1]);
    expect(fresh.startsWith('k2.')).toBe(true);
    expect(verifyToken(old, 'manage', [k2, k1], now).ok).toBe(true);
    expect(verifyToken(fresh, 'manage', [k2, k1], now).ok).toBe(true);
    // A retired key no longer verifies.
    expect(verifyToken(old, 'manage', [k2], now)).toEqual({ ok: false, reason: 'unknown-key' });
  });

  it('requires and enforces an expiry on confirm tokens', () => {
    expect(() => signToken({ sub: 's', purpose: 'confirm' }, [k1])).toThrow(/expiry/);
    const token = signToken({ sub: 's', purpose: 'confirm', exp: inAWeek }, [k1]);
    expect(verifyToken(token, 'confirm', [k1], now).ok).toBe(true);
    // An expired token is still authentic: its claims let the page offer a fresh link.
    expect(verifyToken(token, 'confirm', [k1], new Date(inAWeek * 1000))).toEqual({
      ok: false,
      reason: 'expired',
      claims: { sub: 's', purpose: 'confirm', exp: inAWeek },
    });
  });

  it('rejects a token with any single character changed', () => {
    const token = signToken({ sub: 'sub-1', purpose: 'manage' }, [k1]);
    for (let i = 0; i < token.length; i++) {
      if (token[i] === '.') continue;
      const swapped = token[i] === 'B' ? 'A' : 'B';
      const tampered = token.slice(0, i) + swapped + token.slice(i + 1);
      expect(verifyToken(tampered, 'manage', [k1], now).ok, `position ${i}`).toBe(false);
    }
  });

  it('rejects forged, truncated, over-long and garbage tokens with a reason', () => {
    const token = signToken({ sub: 'sub-1', purpose: 'manage' }, [k1]);
    const forged = signToken({ sub: 'sub-2', purpose: 'manage' }, [{ id: 'k1', secret: randomBytes(32) }]);
    expect(verifyToken(forged, 'manage', [k1], now)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyToken(token.slice(0, -5), 'manage', [k1], now)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    expect(verifyToken(token.split('.').slice(0, 2).join('.'), 'manage', [k1], now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(verifyToken('x'.repeat(MAX_TOKEN_LENGTH + 1), 'manage', [k1], now)).toEqual({
      ok: false,
      reason: 'too-long',
    });
    for (const garbage of ['', '...', 'k1.%%%.abc', 'k1.\u0000.\u0000', '<script>.a.b']) {
      expect(verifyToken(garbage, 'manage', [k1], now).ok).toBe(false);
    }
  });

  it('encodes mailing lists and rejects unknown ones', () => {
    expect(listKey({ kind: 'digest', cadence: 'weekly' })).toBe('digest:weekly');
    expect(listKey({ kind: 'alerts' })).toBe('alerts');
    expect(parseListKey('alerts')).toEqual({ kind: 'alerts' });
    // Links in alerts sent while each topic was its own list end all alerts now, as a new alert's link does.
    expect(parseListKey('alerts:health')).toEqual({ kind: 'alerts' });
    expect(parseListKey('digest:daily')).toEqual({ kind: 'digest', cadence: 'daily' });
    expect(parseListKey('digest:instant')).toBeUndefined();
    expect(parseListKey('alerts:Health; drop')).toBeUndefined();
  });

  it('rejects a token with any bit of any decoded byte flipped (key id, claims or signature)', () => {
    const token = signToken({ sub: 'sub-1', purpose: 'unsubscribe', list: 'alerts:health' }, [k1]);
    const [keyId, payload, signature] = token.split('.') as [string, string, string];
    const parts = [Buffer.from(payload, 'base64url'), Buffer.from(signature, 'base64url')];
    for (const [which, bytes] of parts.entries()) {
      for (let i = 0; i < bytes.length; i++) {
        for (let bit = 0; bit < 8; bit++) {
          const copy = Buffer.from(bytes);
          copy[i]! ^= 1 << bit;
          const tampered =
            which === 0
              ? `${keyId}.${copy.toString('base64url')}.${signature}`
              : `${keyId}.${payload}.${copy.toString('base64url')}`;
          expect(verifyToken(tampered, 'unsubscribe', [k1], now)).toEqual({
            ok: false,
            reason: 'bad-signature',
          });
        }
      }
    }
    // Another key's id with this signature: unknown or wrong key, never accepted.
    expect(verifyToken(`k2.${payload}.${signature}`, 'unsubscribe', [k1, k2], now).ok).toBe(false);
  });

  it('never accepts nor throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (input) => {
        const result = verifyToken(input, 'manage', [k1], now);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const token = `k1.${Buffer.from(bytes).toString('base64url')}.${Buffer.alloc(32).toString('base64url')}`;
        expect(verifyToken(token, 'manage', [k1], now).ok).toBe(false);
      }),
    );
  });

  it('refuses validly signed claims that break the rules (no expiry on confirm, unknown list)', () => {
    const sign = (body: object) => {
      const head = `k1.${Buffer.from(JSON.stringify(body)).toString('base64url')}`;
      return `${head}.${createHmac('sha256', k1.secret).update(head).digest('base64url')}`;
    };
    expect(verifyToken(sign({ s: 'a', p: 'manage' }), 'manage', [k1], now).ok).toBe(true);
    expect(verifyToken(sign({ s: 'a', p: 'confirm' }), 'confirm', [k1], now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(
      verifyToken(sign({ s: 'a', p: 'unsubscribe', l: 'digest:hourly' }), 'unsubscribe', [k1], now),
    ).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(verifyToken(sign({ s: 'a', p: 'admin' }), 'manage', [k1], now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(verifyToken(sign({ s: '', p: 'manage' }), 'manage', [k1], now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(verifyToken(sign({ s: 'a', p: 'manage', e: '9999999999' }), 'manage', [k1], now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it('refuses to sign with a missing, short or badly named key', () => {
    const claims = { sub: 's', purpose: 'manage' } as const;
    expect(() => signToken(claims, [])).toThrow(/no token key/);
    expect(() => signToken(claims, [{ id: 'k1', secret: randomBytes(16) }])).toThrow(/at least 32 bytes/);
    expect(() => signToken(claims, [{ id: 'k.1', secret: randomBytes(32) }])).toThrow(/key id/);
    expect(() => signToken({ ...claims, sub: 'x'.repeat(600) }, [k1])).toThrow(/too large/);
  });
});

describe('link lifetimes', () => {
  it('every link expires: confirm after 7 days, manage and unsubscribe after 13 months', async () => {
    const { linkExpiry, LINK_LIFETIME_SECONDS } = await import('../../functions/core/tokens.ts');
    const now = new Date('2026-01-10T00:00:00Z');
    expect(LINK_LIFETIME_SECONDS.confirm).toBe(7 * 86_400);
    expect(LINK_LIFETIME_SECONDS.unsubscribe).toBeGreaterThanOrEqual(395 * 86_400);
    const unsubscribe = signToken(
      { sub: 's', purpose: 'unsubscribe', list: 'digest:daily', exp: linkExpiry('unsubscribe', now) },
      [k1],
    );
    expect(verifyToken(unsubscribe, 'unsubscribe', [k1], new Date('2027-01-10T00:00:00Z')).ok).toBe(true);
    const late = verifyToken(unsubscribe, 'unsubscribe', [k1], new Date('2027-03-01T00:00:00Z'));
    expect(late).toMatchObject({ ok: false, reason: 'expired', claims: { sub: 's' } });
  });
});
