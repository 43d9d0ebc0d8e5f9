// Address checks run before any store or mail call: a comma, semicolon, quote, angle bracket or line break
// in an address is how one field becomes two recipients or an extra header. What is accepted is the RFC 5322
// dot-atom form (no quoted local parts, comments or IP literals: nobody subscribes with those, and each is a way
// to smuggle syntax). Internationalized domains are accepted and stored in punycode (`xn--…`, what SES and DNS
// use; displayEmail shows them in Unicode); a non-ASCII local part is refused, since SES cannot send SMTPUTF8.
import { domainToASCII, domainToUnicode } from 'node:url';

const LOCAL_MAX = 64;
const TOTAL_MAX = 254;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this rejects.
const FORBIDDEN = /[\s,;"'<>()[\]\\\u0000-\u001f\u007f]/u;
const LOCAL_PART = /^[A-Za-z0-9!#$%&*+/=?^_`{|}~.-]+$/;
// Labels of letters, digits and inner hyphens; the top level alphabetic or an IDN (`xn--…`) label.
const DOMAIN =
  /^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;
const ASCII = /^[\x21-\x7e]*$/;

export type AddressProblem =
  | 'empty'
  | 'too-long'
  | 'forbidden-character'
  | 'not-one-at'
  | 'local-part'
  /** The part before @ has characters outside ASCII: SES cannot deliver to such mailboxes (SMTPUTF8). */
  | 'local-part-non-ascii'
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
  const [local, rawDomain] = parts as [string, string];
  if (!ASCII.test(local)) return { ok: false, problem: 'local-part-non-ascii' };
  if (local.length === 0 || local.length > LOCAL_MAX || !LOCAL_PART.test(local))
    return { ok: false, problem: 'local-part' };
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..'))
    return { ok: false, problem: 'local-part' };
  // IDNA (UTS #46, as browsers do): Unicode labels become punycode, invalid ones an empty string.
  const domain =
    ASCII.test(rawDomain) && !/(^|\.)xn--/i.test(rawDomain) ? rawDomain : domainToASCII(rawDomain);
  if (domain === '' || !DOMAIN.test(domain)) return { ok: false, problem: 'domain' };
  if (local.length + 1 + domain.length > TOTAL_MAX) return { ok: false, problem: 'too-long' };
  return { ok: true, email: normalizeEmail(`${local}@${domain}`) };
}

/** The stored (punycode) address as a person reads it: the domain in Unicode. */
export function displayEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 0) return email;
  const domain = email.slice(at + 1);
  const unicode = /(^|\.)xn--/i.test(domain) ? domainToUnicode(domain) : domain;
  return `${email.slice(0, at)}@${unicode || domain}`;
}

/** Domain is case-insensitive; the local part is kept as typed (RFC 5321), but most providers ignore case. */
export function normalizeEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, at).toLowerCase()}@${email.slice(at + 1).toLowerCase()}`;
}
