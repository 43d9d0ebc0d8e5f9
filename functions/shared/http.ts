// HTTP edge helpers for API Gateway HTTP API (payload v2) handlers: body parsing with a size cap, the
// same-origin check that stands in for CSRF tokens, and responses that always carry the security headers.
// Domain code never sees these types; handlers translate at the edge.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';

export type HttpResult = APIGatewayProxyStructuredResultV2;

/** An HTTP function's entry as the local server and the tests call it (Lambda passes a context too). */
export type HttpHandler = (event: APIGatewayProxyEventV2, context?: Context) => Promise<HttpResult>;

/** No route accepts more: a subscribe form is a few hundred bytes. */
export const MAX_BODY_BYTES = 8 * 1024;

export type BodyProblem = 'too-large' | 'malformed' | 'unsupported-media-type';

/** A request the edge refuses; `status` is what the client gets, `problem` a stable code for logs and tests. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly problem: string,
    message: string,
  ) {
    super(message);
  }
}

export type ParsedBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'form'; fields: Record<string, string[]> }
  | { kind: 'empty' };

export function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) {
    if (key.toLowerCase() === wanted && value !== undefined) return value;
  }
  return undefined;
}

export function rawBody(event: APIGatewayProxyEventV2): Buffer {
  if (event.body === undefined || event.body === null || event.body === '') return Buffer.alloc(0);
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body, 'utf8');
}

/**
 * Parses a JSON, urlencoded or multipart/form-data body. Throws HttpError 413 over MAX_BODY_BYTES,
 * 400 when malformed, 415 for other media types.
 */
export function parseBody(event: APIGatewayProxyEventV2, maxBytes = MAX_BODY_BYTES): ParsedBody {
  const bytes = rawBody(event);
  if (bytes.length > maxBytes) {
    throw new HttpError(413, 'too-large', `The request body is larger than ${maxBytes} bytes.`);
  }
  if (bytes.length === 0) return { kind: 'empty' };
  const contentType = header(event, 'content-type') ?? '';
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  const text = decodeUtf8(bytes);
  if (mediaType === 'application/json') {
    try {
      return { kind: 'json', value: JSON.parse(text) };
    } catch {
      throw new HttpError(400, 'malformed', 'The request body is not valid JSON.');
    }
  }
  if (mediaType === 'application/x-www-form-urlencoded') {
    return { kind: 'form', fields: parseUrlencoded(text) };
  }
  if (mediaType === 'multipart/form-data') {
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
    const value = boundary?.[1] ?? boundary?.[2];
    if (!value) throw new HttpError(400, 'malformed', 'The multipart body has no boundary.');
    return { kind: 'form', fields: parseMultipart(text, value) };
  }
  throw new HttpError(
    415,
    'unsupported-media-type',
    'Send application/json, application/x-www-form-urlencoded or multipart/form-data.',
  );
}

function decodeUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'malformed', 'The request body is not valid UTF-8.');
  }
}

function addField(fields: Record<string, string[]>, name: string, value: string): void {
  const list = Object.hasOwn(fields, name) ? fields[name]! : [];
  list.push(value);
  fields[name] = list;
}

export function parseUrlencoded(text: string): Record<string, string[]> {
  const fields: Record<string, string[]> = Object.create(null);
  for (const [name, value] of new URLSearchParams(text)) addField(fields, name, value);
  return fields;
}

/** Text fields only: no route takes uploads, so a file part is refused rather than buffered. */
export function parseMultipart(text: string, boundary: string): Record<string, string[]> {
  const fields: Record<string, string[]> = Object.create(null);
  const delimiter = `--${boundary}`;
  const parts = text.split(delimiter);
  if (parts.length < 3 || !parts[parts.length - 1]!.startsWith('--')) {
    throw new HttpError(400, 'malformed', 'The multipart body is not terminated.');
  }
  for (const part of parts.slice(1, -1)) {
    const body = part.replace(/^\r?\n/, '');
    const split = body.search(/\r?\n\r?\n/);
    if (split < 0) throw new HttpError(400, 'malformed', 'A multipart part has no header block.');
    const head = body.slice(0, split);
    const value = body
      .slice(split)
      .replace(/^\r?\n\r?\n/, '')
      .replace(/\r?\n$/, '');
    const disposition = /^content-disposition:\s*form-data\s*;(.*)$/im.exec(head);
    if (!disposition) throw new HttpError(400, 'malformed', 'A multipart part has no form-data disposition.');
    if (/\bfilename\*?=/i.test(disposition[1]!)) {
      throw new HttpError(400, 'malformed', 'File uploads are not accepted.');
    }
    const name = /\bname="([^"]*)"/i.exec(disposition[1]!)?.[1];
    if (name === undefined) throw new HttpError(400, 'malformed', 'A multipart part has no name.');
    addField(fields, name, value);
  }
  return fields;
}

/**
 * Cross-site request check for state-changing browser posts (instead of CSRF tokens): modern browsers send
 * Sec-Fetch-Site; older ones Origin. Requests with neither (curl, server-to-server) are not browser CSRF.
 */
export function isCrossSite(event: APIGatewayProxyEventV2, siteUrl: string): boolean {
  const fetchSite = header(event, 'sec-fetch-site')?.toLowerCase();
  // Sec-Fetch-Site is set by the browser itself and decides alone when present: under our
  // `Referrer-Policy: no-referrer` Chromium sends `Origin: null` even for same-origin form posts.
  if (fetchSite !== undefined) return fetchSite !== 'same-origin' && fetchSite !== 'none';
  const origin = header(event, 'origin');
  if (origin === undefined) return false;
  return origin !== new URL(siteUrl).origin;
}

/** Accept-Language negotiation with q-values over the given languages; `fallback` when nothing matches. */
export function negotiateLanguage<L extends string>(
  acceptLanguage: string | undefined,
  supported: readonly L[],
  fallback: L,
): L {
  if (!acceptLanguage) return fallback;
  const ranked = acceptLanguage
    .split(',')
    .map((entry, index) => {
      const [tag, ...params] = entry.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: (tag ?? '').trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((e) => e.tag !== '' && Number.isFinite(e.q) && e.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    const match = supported.find((l) => l === primary);
    if (match) return match;
  }
  return fallback;
}

const BASE_HEADERS: Record<string, string> = {
  // Browsers keep to HTTPS for a year once they have seen the site over HTTPS (ignored on plain-HTTP localhost).
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'interest-cohort=()',
};

/** CSP for server-rendered pages: no scripts at all, only the page's own inline style (by hash), forms to self. */
export function pageCsp(styleHash: string): string {
  return [
    "default-src 'none'",
    `style-src '${styleHash}'`,
    "img-src 'self' data:",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export interface ResponseOptions {
  /** Pages reached through tokens must not be kept by shared caches or the back button. */
  noStore?: boolean;
  headers?: Record<string, string>;
}

export function htmlResponse(
  status: number,
  html: string,
  styleHash: string,
  options: ResponseOptions = {},
): HttpResult {
  return {
    statusCode: status,
    headers: {
      ...BASE_HEADERS,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': pageCsp(styleHash),
      'cache-control': options.noStore ? 'no-store' : 'no-cache',
      ...options.headers,
    },
    body: html,
  };
}

export function jsonResponse(status: number, value: unknown, options: ResponseOptions = {}): HttpResult {
  return {
    statusCode: status,
    headers: {
      ...BASE_HEADERS,
      'content-type': 'application/json; charset=utf-8',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'cache-control': options.noStore ? 'no-store' : 'no-cache',
      ...options.headers,
    },
    body: JSON.stringify(value),
  };
}

/** True when the client prefers JSON (an API call) over a page (a browser form post). */
export function wantsJson(event: APIGatewayProxyEventV2): boolean {
  const contentType = header(event, 'content-type') ?? '';
  if (contentType.toLowerCase().startsWith('application/json')) return true;
  const accept = header(event, 'accept') ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}
