// Tracer is built at import from the environment: each test imports tracing.ts afresh with tracing on, as on
// Lambda (AWS_EXECUTION_ENV set), and watches what the wrapper asks of it.
import { SESClient } from '@aws-sdk/client-ses';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Tracing = typeof import('../../../functions/shared/tracing.ts');

async function tracingOnLambda(): Promise<Tracing> {
  vi.stubEnv('AWS_EXECUTION_ENV', 'AWS_Lambda_nodejs24.x');
  vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'on-demand');
  vi.stubEnv('POWERTOOLS_TRACE_ENABLED', 'true');
  vi.stubEnv('POWERTOOLS_SERVICE_NAME', 'tidings-test');
  vi.resetModules();
  return import('../../../functions/shared/tracing.ts');
}

/** A stand-in for the Lambda segment X-Ray provides, recording the subsegments opened on it. */
function fakeSegment() {
  const opened: { name: string; closed: boolean }[] = [];
  const segment = {
    addNewSubsegment(name: string) {
      const sub = { name, closed: false, close: () => (sub.closed = true) };
      opened.push(sub);
      return sub;
    },
  };
  return { segment, opened };
}

beforeEach(() => vi.restoreAllMocks());
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('tracing', () => {
  it('is off in tests, npm start and the CLI: clients stay unpatched, handlers run as they are', async () => {
    vi.resetModules();
    const { tracer, traced, withTracing } = await import('../../../functions/shared/tracing.ts');
    expect(tracer.isTracingEnabled()).toBe(false);
    const client = new SESClient({ region: 'us-east-1' });
    expect(traced(client).middlewareStack.identify().join()).not.toContain('XRaySDKInstrumentation');
    expect(await withTracing('x', async (n: number) => n + 1)(1)).toBe(2);
  });

  it('on Lambda, captures AWS clients: each call gets its own subsegment', async () => {
    const { traced } = await tracingOnLambda();
    const client = traced(new SESClient({ region: 'us-east-1' }));
    expect(client.middlewareStack.identify().join()).toContain('XRaySDKInstrumentation');
  });

  it('wraps each invocation in a subsegment annotated with ColdStart (true once) and Service', async () => {
    const { tracer, withTracing } = await tracingOnLambda();
    const { segment, opened } = fakeSegment();
    vi.spyOn(tracer, 'getSegment').mockReturnValue(segment as never);
    const current: unknown[] = [];
    vi.spyOn(tracer, 'setSegment').mockImplementation((s) => void current.push(s));
    const annotations: [string, unknown][] = [];
    vi.spyOn(tracer, 'putAnnotation').mockImplementation((k, v) => void annotations.push([k, v]));

    const handler = withTracing('send', async () => 'done');
    expect(await handler({})).toBe('done');
    expect(await handler({})).toBe('done');
    expect(opened.map((s) => [s.name, s.closed])).toEqual([
      ['## send', true],
      ['## send', true],
    ]);
    expect(annotations).toEqual([
      ['ColdStart', true],
      ['Service', 'tidings-test'],
      ['ColdStart', false],
      ['Service', 'tidings-test'],
    ]);
    // The function's own segment is current again after each invocation.
    expect(current.at(-1)).toBe(segment);
  });

  it('records a failure without the addresses in its message, and still throws it', async () => {
    const { tracer, withTracing } = await tracingOnLambda();
    const { segment, opened } = fakeSegment();
    vi.spyOn(tracer, 'getSegment').mockReturnValue(segment as never);
    vi.spyOn(tracer, 'setSegment').mockImplementation(() => {});
    vi.spyOn(tracer, 'putAnnotation').mockImplementation(() => {});
    const recorded: Error[] = [];
    vi.spyOn(tracer, 'addErrorAsMetadata').mockImplementation((e) => void recorded.push(e));

    const failure = new Error('MessageRejected: alice@example.org');
    await expect(withTracing('send', async () => Promise.reject(failure))({})).rejects.toBe(failure);
    expect(recorded.map((e) => e.message)).toEqual(['MessageRejected: a***@example.org']);
    expect(opened[0]?.closed).toBe(true);
  });
});
