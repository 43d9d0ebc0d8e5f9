// Address checks run before any store or mail call: a comma, semicolon, quote, angle bracket or line break
// in an address is how one field becomes two recipients or an extra header.

const LOCAL_MAX = 64;
const TOTAL_MAX = 254;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this rejects.
const FORBIDDEN = /[\s,;"'<>()[\]\\\u0000-\u001f\u007f]/u;
const LOCAL_PART = /^[A-Za-z0-9!#$%&*+/=?^_`{|}~.-]+$/;
const DOMAIN = /^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

export type AddressProblem =
  | 'empty'
  | 'too-long'
  | 'forbidden-character'
  | 'not-one-at'
  | 'local-part'
  | 'domain';

export function checkEmail(
  input: string,
): { ok: true; email: string } | { ok: false; problem: AddressProblem } {
  const email = input.trim();
  if (email === '') return { ok: false, problem: 'empty' };
  if (email.length > TOTAL_MAX) return { ok: false, problem: 'too-long' };
  if (FORBIDDEN.test(email)) return { ok: false, problem: 'forbidden-character' };
  const parts = email.split('@');
  if (parts.length !== 2) return { ok: false, problem: 'not-one-at' };
  const [local, domain] = parts as [string, string];
  if (local.length === 0 || local.length > LOCAL_MAX || !LOCAL_PART.test(local))
    return { ok: false, problem: 'local-part' };
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..'))
    return { ok: false, problem: 'local-part' };
  if (!DOMAIN.test(domain)) return { ok: false, problem: 'domain' };
  return { ok: true, email: normalizeEmail(email) };
}

/** Domain is case-insensitive; the local part is kept as typed (RFC 5321), but most providers ignore case. */
export function normalizeEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, at).toLowerCase()}@${email.slice(at + 1).toLowerCase()}`;
}
