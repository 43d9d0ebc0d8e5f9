// Local stand-in for API Gateway HTTP API (payload v2): turns a Node request into the same event the Lambda
// handlers receive on AWS, so `npm start` runs the production handlers unchanged.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { HttpHandler } from '../functions/shared/http.ts';

export type { HttpHandler };

export interface Route {
  method: 'GET' | 'POST';
  /**
   * Path as in an HTTP API route key such as `GET /confirm`; `{name}` matches one path segment
   * (`/articles/{slug}`). A trailing `*` matches a prefix.
   */
  path: string;
  handler: HttpHandler;
}

/** API Gateway rejects payloads over 10 MB; the local server caps lower since no route accepts more than 8 KB. */
const MAX_BODY = 1024 * 1024;

export async function toEvent(req: IncomingMessage): Promise<APIGatewayProxyEventV2 | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (name === 'cookie') cookies.push(...String(value).split(/;\s*/));
    else headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const queryStringParameters: Record<string, string> = {};
  for (const key of new Set(url.searchParams.keys())) {
    // API Gateway joins repeated parameters with commas.
    queryStringParameters[key] = url.searchParams.getAll(key).join(',');
  }
  const body = Buffer.concat(chunks);
  const textual = /^(text\/|application\/(json|x-www-form-urlencoded))/.test(headers['content-type'] ?? '');
  const method = req.method ?? 'GET';
  return {
    version: '2.0',
    routeKey: `${method} ${url.pathname}`,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    cookies: cookies.length ? cookies : undefined,
    headers,
    queryStringParameters: Object.keys(queryStringParameters).length ? queryStringParameters : undefined,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method,
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: crypto.randomUUID(),
      routeKey: `${method} ${url.pathname}`,
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    body: body.length ? (textual ? body.toString('utf8') : body.toString('base64')) : undefined,
    isBase64Encoded: body.length > 0 && !textual,
  };
}

export function sendResult(res: ServerResponse, result: APIGatewayProxyStructuredResultV2): void {
  res.statusCode = result.statusCode ?? 200;
  for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, String(value));
  if (result.cookies?.length) res.setHeader('set-cookie', result.cookies);
  const body = result.body ?? '';
  res.end(result.isBase64Encoded ? Buffer.from(body, 'base64') : body);
}

export function matchRoute(routes: Route[], method: string, path: string): Route | undefined {
  const wanted = method === 'HEAD' ? 'GET' : method;
  // As the Powertools Router in the functions does: `/confirm/` is `/confirm`.
  const normalized = path.length > 1 ? path.replace(/\/+$/, '') || '/' : path;
  return routes.find((r) => r.method === wanted && pathMatches(r.path, normalized));
}

function pathMatches(pattern: string, path: string): boolean {
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
  const wanted = pattern.split('/');
  const got = path.split('/');
  return (
    wanted.length === got.length &&
    wanted.every((w, i) => (/^\{\w+\}$/.test(w) ? got[i] !== '' : w === got[i]))
  );
}
