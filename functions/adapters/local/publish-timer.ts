// Adapter: PublishScheduler for `npm start`, the local runtime's timer. It arms a timer per scheduled article due
// soon, and re-reads the scheduled articles every few seconds, so an article the CLI scheduled (another process,
// same stand-ins) or unscheduled is picked up without any call between the two. A timer that fires publishes
// through `fire`, one at a time.
import type { ScheduledSummary } from '../../core/desk/types.ts';
import type { PublishScheduler } from '../../ports.ts';

export interface LocalPublishTimerOptions {
  list(): Promise<ScheduledSummary[]>;
  fire(slug: string): Promise<void>;
  /** How often the scheduled articles are read again (default 5 s). */
  pollMs?: number;
  onError?(error: unknown): void;
  now?(): number;
}

export interface LocalPublishTimer extends PublishScheduler {
  /** Reads the scheduled articles and (re)arms their timers; resolves once done. */
  sync(): Promise<void>;
  start(): void;
  /** Stops polling and arming; resolves once the poll under way (a read of the store) has finished. */
  stop(): Promise<void>;
  /** Resolves when no publish started by a timer is running. */
  idle(): Promise<void>;
}

export function createLocalPublishTimer(options: LocalPublishTimerOptions): LocalPublishTimer {
  const pollMs = options.pollMs ?? 5000;
  const now = options.now ?? Date.now;
  const timers = new Map<string, { at: number; timer: NodeJS.Timeout }>();
  let poller: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  /** The poll under way: the stand-ins must not close under its read. */
  let polling: Promise<void> = Promise.resolve();
  let stopped = false;

  const disarm = (slug: string) => {
    const armed = timers.get(slug);
    if (armed) clearTimeout(armed.timer);
    timers.delete(slug);
  };

  function arm(slug: string, at: number): void {
    if (stopped || timers.get(slug)?.at === at) return;
    disarm(slug);
    const delay = at - now();
    // Far-off schedules are armed by a later sync (timers cannot wait more than ~24 days anyway).
    if (delay > pollMs * 2) return;
    const timer = setTimeout(
      () => {
        timers.delete(slug);
        running = running.then(() => options.fire(slug)).catch((error: unknown) => options.onError?.(error));
      },
      Math.max(0, delay),
    );
    timer.unref?.();
    timers.set(slug, { at, timer });
  }

  async function sync(): Promise<void> {
    const entries = await options.list();
    const wanted = new Map(entries.map((e) => [e.slug, Date.parse(e.publishAt)]));
    for (const slug of [...timers.keys()]) if (!wanted.has(slug)) disarm(slug);
    for (const [slug, at] of wanted) arm(slug, at);
  }

  return {
    async schedule(slug, at) {
      arm(slug, at.getTime());
    },
    async cancel(slug) {
      disarm(slug);
    },
    sync,
    start() {
      stopped = false;
      const tick = () => {
        polling = sync()
          .catch((error: unknown) => options.onError?.(error))
          .finally(() => {
            if (!stopped) {
              poller = setTimeout(tick, pollMs);
              poller.unref?.();
            }
          });
      };
      tick();
    },
    async stop() {
      stopped = true;
      if (poller) clearTimeout(poller);
      for (const slug of [...timers.keys()]) disarm(slug);
      await polling;
    },
    idle: () => running,
  };
}
