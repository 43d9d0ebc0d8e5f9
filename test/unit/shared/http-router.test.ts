import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { HttpError, jsonResponse } from '../../../functions/shared/http.ts';
import { createHttpRouter, type HttpRoute, routeKeys } from '../../../functions/shared/http-router.ts';

interface Ctx {
  seen: APIGatewayProxyEventV2[];
}

const routes: HttpRoute<Ctx>[] = [
  {
    method: 'GET',
    path: '/things/{id}',
    handle: async (ctx, event) => {
      ctx.seen.push(event);
      return jsonResponse(200, { path: event.rawPath, method: event.requestContext.http.method });
    },
  },
  { method: 'POST', path: '/things/{id}', handle: async () => jsonResponse(201, {}) },
  {
    method: 'POST',
    path: '/fail',
    handle: async (_ctx, event) => {
      if (event.body === 'http') throw new HttpError(413, 'too-large', 'too large');
      throw new Error('boom');
    },
  },
];

function event(
  method: string,
  rawPath: string,
  headers: Record<string, string> = {},
): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: `${method} ${rawPath}`,
    rawPath,
    rawQueryString: 'a=1',
    headers,
    queryStringParameters: { a: '1' },
    requestContext: { http: { method }, requestId: 'r1' } as APIGatewayProxyEventV2['requestContext'],
    isBase64Encoded: false,
  };
}

function router(answerMethodNotAllowed = true) {
  const ctx: Ctx = { seen: [] };
  const errors: Error[] = [];
  const handler = createHttpRouter(routes, ctx, {
    notFound: (e) => jsonResponse(404, { missing: e.rawPath }),
    ...(answerMethodNotAllowed
      ? {
          methodNotAllowed: (_e, allow) =>
            jsonResponse(405, { allow }, { headers: { allow: allow.join(', ') } }),
        }
      : {}),
    onError: (error) => {
      errors.push(error);
      return jsonResponse(error instanceof HttpError ? error.status : 500, { error: error.message });
    },
  });
  return { ctx, errors, handler };
}

const body = (res: { body?: string }) => JSON.parse(res.body ?? 'null');

describe('HTTP router (Powertools event-handler)', () => {
  it('hands the route the event exactly as API Gateway sent it, headers and query included', async () => {
    const { ctx, handler } = router();
    const sent = event('GET', '/things/42', { 'accept-language': 'en', host: 'evil.test/other' });
    const res = await handler(sent);
    expect(res.statusCode).toBe(200);
    expect(ctx.seen[0]).toBe(sent);
    expect(res.headers?.['content-type']).toBe('application/json; charset=utf-8');
  });

  it('answers HEAD with the GET route and ignores a trailing slash', async () => {
    const { handler } = router();
    expect(body(await handler(event('HEAD', '/things/42')))).toEqual({ path: '/things/42', method: 'HEAD' });
    expect((await handler(event('GET', '/things/42/'))).statusCode).toBe(200);
  });

  it('a known path under another method is a 405 naming the allowed methods; an unknown one a 404', async () => {
    const { handler } = router();
    const res = await handler(event('DELETE', '/things/42'));
    expect(res.statusCode).toBe(405);
    expect(res.headers?.allow).toBe('GET, POST, HEAD');
    expect((await handler(event('GET', '/nothing'))).statusCode).toBe(404);
    expect((await handler(event('GET', '/things'))).statusCode).toBe(404);
    // A method the Router itself does not know gets the same page, not a bare 405.
    expect((await handler(event('PROPFIND', '/nothing'))).statusCode).toBe(404);
    await expect(router(false).handler(event('DELETE', '/things/42'))).resolves.toMatchObject({
      statusCode: 404,
    });
  });

  it('routes and errors end in the answers given, never in a stack trace', async () => {
    const { handler, errors } = router();
    const failed = await handler({ ...event('POST', '/fail'), body: 'x' });
    expect(failed.statusCode).toBe(500);
    expect(body(failed)).toEqual({ error: 'boom' });
    expect((await handler({ ...event('POST', '/fail'), body: 'http' })).statusCode).toBe(413);
    expect(errors.map((e) => e.message)).toEqual(['boom', 'too large']);
  });

  it('hostile paths and header values never break routing', async () => {
    const { handler } = router();
    for (const path of ['/things/%ZZ', '/things/a b', '/things/x?y#z', '/things/\r\nx', '/things/\u0000']) {
      expect(
        (await handler(event('GET', path, { 'accept-language': 'en\r\nx: y\u0000' }))).statusCode,
        path,
      ).toBe(200);
    }
    expect((await handler(event('GET', '/things/a/b'))).statusCode).toBe(404);
  });

  it('lists each route once for the API and the local server', () => {
    expect(routeKeys(routes)).toEqual([
      { method: 'GET', path: '/things/{id}' },
      { method: 'POST', path: '/things/{id}' },
      { method: 'POST', path: '/fail' },
    ]);
  });
});
