// The local publish timer's stop: the stand-ins close right after it, so it must not return while its poll is still
// reading the store (a read under a closed dynalite throws where nothing can catch it).
import { describe, expect, it } from 'vitest';
import { createLocalPublishTimer } from '../../../functions/adapters/local/publish-timer.ts';

describe('local publish timer', () => {
  it('stop waits for the poll under way, and polls no more after it', async () => {
    let release!: () => void;
    let reads = 0;
    const timer = createLocalPublishTimer({
      list: () => {
        reads++;
        return new Promise((ok) => {
          release = () => ok([]);
        });
      },
      fire: async () => {},
      pollMs: 5,
    });
    timer.start();
    let stopped = false;
    const stopping = timer.stop().then(() => {
      stopped = true;
    });
    await new Promise((ok) => setTimeout(ok, 20));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(stopped).toBe(true);
    await new Promise((ok) => setTimeout(ok, 20));
    expect(reads).toBe(1);
  });
});
