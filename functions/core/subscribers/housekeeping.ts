// The housekeeping sweep, run before every digest plan and article publish: readers whose pause has ended become
// active again (back in the audience indexes before the planner reads them) and expired pending requests are
// removed with their personal data. It reads the sparse due index only, never every subscriber.
import type { Clock, SubscriberStore } from '../../ports.ts';
import { applyHousekeeping } from './lifecycle.ts';
import { changeSubscriber } from './update.ts';

export interface HousekeepingReport {
  resumed: number;
  requestsExpired: number;
}

export async function runHousekeeping(deps: {
  store: SubscriberStore;
  clock: Clock;
}): Promise<HousekeepingReport> {
  const report: HousekeepingReport = { resumed: 0, requestsExpired: 0 };
  const now = deps.clock.now();
  for await (const page of deps.store.due(now)) {
    for (const id of page) {
      const applied = await changeSubscriber(deps.store, id, (current) => applyHousekeeping(current, now));
      if (applied.outcome === 'resumed') report.resumed++;
      if (applied.outcome === 'request-expired') report.requestsExpired++;
    }
  }
  return report;
}
