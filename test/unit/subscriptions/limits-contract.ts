// The SendLimits contract, run against the memory twin and the DynamoDB adapter (test/integration).
import { beforeEach, describe, expect, it } from 'vitest';
import type { SendLimits } from '../../../functions/ports.ts';

export function sendLimitsContract(name: string, make: () => Promise<SendLimits>) {
  describe(`SendLimits contract: ${name}`, () => {
    let limits: SendLimits;
    beforeEach(async () => {
      limits = await make();
    });
    const t0 = new Date('2026-01-10T08:00:00Z');
    const at = (s: number) => new Date(t0.getTime() + s * 1000);

    it('counts up to the limit within a window, and again once it has ended', async () => {
      const c = [{ key: 'mailbox:a@example.org', limit: 2, windowSeconds: 600 }];
      expect(await limits.take(c, t0)).toBe(true);
      expect(await limits.take(c, at(1))).toBe(true);
      expect(await limits.take(c, at(599))).toBe(false);
      expect(await limits.take(c, at(600))).toBe(true);
    });

    it('takes nothing when any counter is full, and gives back what release names', async () => {
      const inbox = { key: 'mailbox:b@example.org', limit: 1, windowSeconds: 600 };
      const global = { key: 'global', limit: 2, windowSeconds: 3600 };
      expect(await limits.take([inbox, global], t0)).toBe(true);
      // The inbox is full: the global budget is not spent on the refused request.
      expect(await limits.take([inbox, global], at(1))).toBe(false);
      expect(await limits.take([{ ...inbox, key: 'mailbox:c@example.org' }, global], at(2))).toBe(true);
      expect(await limits.take([{ ...inbox, key: 'mailbox:d@example.org' }, global], at(3))).toBe(false);
      await limits.release([inbox, global], at(4));
      expect(await limits.take([inbox, global], at(5))).toBe(true);
    });

    it('lets exactly the limit through when many take at once', async () => {
      const c = [{ key: 'global', limit: 5, windowSeconds: 3600 }];
      const results = await Promise.all(Array.from({ length: 30 }, () => limits.take(c, t0)));
      expect(results.filter(Boolean)).toHaveLength(5);
    });
  });
}
