import { describe, expect, it } from 'vitest';
import { createPlanHandler, PlanEventError } from '../../../functions/handlers/plan.ts';
import { captureObservability } from '../adapters/observability-fakes.ts';

describe('plan handler', () => {
  it('plans the cadence named by the schedule, with an optional until', async () => {
    const calls: unknown[] = [];
    const handler = createPlanHandler({
      ...captureObservability(),
      planDigest: async (cadence, options) => {
        calls.push({ cadence, options });
        return { editionId: `${cadence}-2025-01-20`, planned: 3 };
      },
    });
    expect(await handler({ cadence: 'daily' })).toEqual({ editionId: 'daily-2025-01-20', planned: 3 });
    await handler({ cadence: 'weekly', until: '2025-01-20T07:00:00+08:00' });
    expect(calls).toEqual([
      { cadence: 'daily', options: {} },
      { cadence: 'weekly', options: { until: new Date('2025-01-19T23:00:00.000Z') } },
    ]);
  });

  it('refuses an event without a valid cadence, before planning anything', async () => {
    let planned = 0;
    const handler = createPlanHandler({
      ...captureObservability(),
      planDigest: async () => {
        planned++;
      },
    });
    await expect(handler({ cadence: 'instant' })).rejects.toBeInstanceOf(PlanEventError);
    await expect(handler({})).rejects.toThrow(/cadence/);
    await expect(handler({ cadence: 'daily', until: 'yesterday' })).rejects.toThrow(/until/);
    expect(planned).toBe(0);
  });
});
