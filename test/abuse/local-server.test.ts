// Finding 14 (issue 16): the local server accepted connections before it was ready, and a request made during
// start-up was never answered. Now it answers 503 with Retry-After until every stand-in and route is ready.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { type LocalPipeline, startLocal } from '../../local/server.ts';

/** A port the system just gave out and took back: the server under test must bind it itself, during start-up. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((ok) => probe.close(() => ok()));
  return port;
}

it('finding 14: during start-up every request is answered 503 with Retry-After, never left hanging', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'tidings-startup-'));
  const port = await freePort();
  let ready = false;
  let local: LocalPipeline | undefined;
  const starting = startLocal({ port, inMemory: true, dataDir }).then((l) => {
    local = l;
    ready = true;
    return l;
  });
  try {
    const refused: string[] = [];
    for (let n = 0; !ready; n++) {
      const email = `early${n}@example.org`;
      try {
        // A hanging connection is the failure: an answer must come well before start-up ends.
        const res = await fetch(`http://127.0.0.1:${port}/api/subscriptions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ email, topics: ['health'] }),
          signal: AbortSignal.timeout(10_000),
        });
        await res.text();
        // Answered after the ready moment (a request in flight then): served as usual.
        if (ready && res.status !== 503) continue;
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toBe('1');
        refused.push(email);
      } catch (error) {
        const code = (error as { cause?: { code?: string } }).cause?.code;
        // Refused before the port is bound: the client knows at once. Anything else (a timeout) fails.
        if (code !== 'ECONNREFUSED') throw error;
        await new Promise((r) => setTimeout(r, 10));
      }
    }
    const pipeline = await starting;
    // The server was reachable during start-up (it binds before the stand-ins start) and said so each time.
    expect(refused.length).toBeGreaterThan(0);
    // A request answered 503 stored nothing.
    for (const email of refused)
      expect(await pipeline.delivery.ports.subscribers.getByEmail(email)).toBeUndefined();
    const page = await fetch(`${pipeline.url}/`);
    expect(page.status).toBe(200);
  } finally {
    await (local ?? (await starting.catch(() => undefined)))?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}, 120_000);
