// Routing for the HTTP functions on Powertools' event-handler Router. Each route lives in its own module as an
// `HttpRoute` (method, API Gateway path, handler); a function's route list registers it with one line, and the
// same list drives the Router, the local server and the CDK HTTP API routes, so the three never drift.
//
// The Router only decides which route runs. Route handlers get the event exactly as API Gateway sent it: the
// Router builds a web Request from a routing copy holding nothing but the method and path, so a hostile header,
// body or query string can never make routing itself fail (undici refuses some header values a handler must
// still answer politely), and the handlers keep their own strict body parsing and size limits.
import { isHttpMethod, Router } from '@aws-lambda-powertools/event-handler/http';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type { HttpHandler, HttpResult } from './http.ts';

export type HttpMethod = 'GET' | 'POST';

/** One route of an HTTP function; `handle` gets the function's shared context (its deps and helpers). */
export interface HttpRoute<Ctx> {
  method: HttpMethod;
  /** As an API Gateway route key names it: `/confirm`, or `{name}` for one path segment (`/articles/{slug}`). */
  path: string;
  handle(ctx: Ctx, event: APIGatewayProxyEventV2): Promise<HttpResult>;
}

/** `{ method, path }` of each route: what the CDK HTTP API and the local server register. */
export function routeKeys<Ctx>(routes: readonly HttpRoute<Ctx>[]): { method: HttpMethod; path: string }[] {
  return routes.map(({ method, path }) => ({ method, path }));
}

export interface RouterAnswers {
  /** No route has this path. */
  notFound(event: APIGatewayProxyEventV2): HttpResult | Promise<HttpResult>;
  /** A route has this path under other methods (`allow`, HEAD included with GET); default: `notFound`. */
  methodNotAllowed?(event: APIGatewayProxyEventV2, allow: string[]): HttpResult | Promise<HttpResult>;
  /** A route threw: the answer (never a stack trace) and whatever logging the function does. */
  onError(error: Error, event: APIGatewayProxyEventV2): HttpResult | Promise<HttpResult>;
  /** Where the Router reports its own problems (e.g. a route registered twice). */
  logger?: { warn(message: string): void; error(message: string): void };
}

/** `/articles/{slug}` → a regular expression matching one segment there; static paths stay strings. */
function routerPath(path: string): `/${string}` | RegExp {
  if (!path.includes('{')) return path as `/${string}`;
  // No named groups: the Router would URL-decode them and fail the request on a malformed `%` escape; routes read
  // their parameters from the event (pathParameters on AWS, the raw path locally).
  const source = path
    .split('/')
    .map((segment) => (/^\{\w+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}

function pathMatches(pattern: string, path: string): boolean {
  const wanted = pattern.split('/');
  const got = path.split('/');
  return (
    wanted.length === got.length &&
    wanted.every((w, i) => (/^\{\w+\}$/.test(w) ? got[i] !== '' : w === got[i]))
  );
}

/** The path as the Router normalizes it: trailing slashes dropped, except for the root. */
function normalizedPath(rawPath: string): string {
  const path = rawPath.startsWith('/') ? rawPath : `/${rawPath}`;
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** API Gateway reads a result without a status code as 200; the Router needs it said. */
const withStatus = (result: HttpResult) => ({ ...result, statusCode: result.statusCode ?? 200 });

/** Builds the function's entry: a Powertools Router over `routes`, answering misses and failures with `answers`. */
export function createHttpRouter<Ctx>(
  routes: readonly HttpRoute<Ctx>[],
  ctx: Ctx,
  answers: RouterAnswers,
): HttpHandler {
  const logger = answers.logger ?? console;
  const router = new Router({
    logger: {
      debug: () => {},
      info: () => {},
      warn: (message: unknown) => logger.warn(String(message)),
      error: (message: unknown) => logger.error(String(message)),
    },
  });
  // The event API Gateway sent, for the routing copy the Router hands back in its request context.
  const originals = new WeakMap<object, APIGatewayProxyEventV2>();
  const original = (routing: unknown) => originals.get(routing as object)!;

  for (const route of routes) {
    router.route(
      async (reqCtx) => {
        try {
          return withStatus(await route.handle(ctx, original(reqCtx.event)));
        } catch (error) {
          // The Router picks an error handler by class: make sure there is one.
          throw error instanceof Error ? error : new Error(String(error));
        }
      },
      // HEAD is answered as GET (Node and API Gateway drop the body).
      { method: route.method === 'GET' ? ['GET', 'HEAD'] : route.method, path: routerPath(route.path) },
    );
  }

  const missed = (event: APIGatewayProxyEventV2) => {
    const path = normalizedPath(event.rawPath ?? '/');
    const allow = [...new Set(routes.filter((r) => pathMatches(r.path, path)).map((r) => r.method))];
    if (allow.length === 0 || !answers.methodNotAllowed) return answers.notFound(event);
    return answers.methodNotAllowed(event, allow.includes('GET') ? [...allow, 'HEAD'] : allow);
  };
  router.notFound(async (_error, reqCtx) => withStatus(await missed(original(reqCtx.event))));
  router.errorHandler(Error, async (error, reqCtx) =>
    withStatus(await answers.onError(error, original(reqCtx.event))),
  );

  return async (event: APIGatewayProxyEventV2, context?: Context) => {
    const method = (event.requestContext?.http?.method ?? 'GET').toUpperCase();
    // The Router answers a method it does not know with a bare 405: give it our page instead.
    if (!isHttpMethod(method)) return missed(event);
    // Characters a URL would read as a query, a fragment or nothing at all stay part of the path.
    const rawPath = normalizedPath(event.rawPath ?? '/').replace(/[?#\\\s\p{Cc}]/gu, encodeURIComponent);
    const routing: APIGatewayProxyEventV2 = {
      version: '2.0',
      routeKey: `${method} ${rawPath}`,
      rawPath,
      rawQueryString: '',
      headers: {},
      requestContext: {
        ...event.requestContext,
        domainName: 'localhost',
        http: { ...event.requestContext?.http, method },
      },
      isBase64Encoded: false,
    };
    originals.set(routing, event);
    try {
      return await router.resolve(routing, context ?? ({} as Context));
    } catch (error) {
      // Only a path no URL can hold gets here: an answer, not a crash.
      return answers.onError(error instanceof Error ? error : new Error(String(error)), event);
    }
  };
}
