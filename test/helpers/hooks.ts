// A resource one test file starts before its tests and stops after them. The file holds it as a constant from the
// start: every property read goes to the started resource (reading one before the start throws). Hooks the file
// registers after this one run after the start and before the stop.
import { afterAll, beforeAll } from 'vitest';

export function useStarted<T extends object>(
  start: () => Promise<T>,
  stop: (started: T) => Promise<void>,
  timeoutMs?: number,
): T {
  let value: T | undefined;
  beforeAll(async () => {
    value = await start();
  }, timeoutMs);
  afterAll(async () => {
    if (value) await stop(value);
  });
  return new Proxy({} as T, {
    get(_, key) {
      if (!value) throw new Error('not started yet: use it inside tests and hooks');
      return Reflect.get(value, key);
    },
  });
}
