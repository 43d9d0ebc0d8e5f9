import { describe, expect, it } from 'vitest';
import { MemorySendLimits } from '../../../functions/adapters/memory/send-limits.ts';
import {
  confirmationBudgetPerHour,
  normalizedMailbox,
  subscribeCounters,
} from '../../../functions/core/subscriptions/limits.ts';
import { sendLimitsContract } from './limits-contract.ts';

sendLimitsContract('memory', async () => new MemorySendLimits());

describe('anti list-bombing limits', () => {
  it('count +tag and Gmail dot variants of one inbox as that inbox', () => {
    expect(normalizedMailbox('Alice+news7@Example.org')).toBe('alice@example.org');
    expect(normalizedMailbox('a.l.i.c.e+x@googlemail.com')).toBe('alice@gmail.com');
    // Dots matter at other providers.
    expect(normalizedMailbox('a.lice@outlook.com')).toBe('a.lice@outlook.com');
  });

  it('derive the hourly budget from the SES 24-hour quota (10%), never below 10', () => {
    expect(confirmationBudgetPerHour(50_000)).toBe(208);
    expect(confirmationBudgetPerHour(200)).toBe(10);
    expect(confirmationBudgetPerHour(undefined)).toBe(10);
  });

  it('take from inbox, domain, network and the global budget, most specific first', () => {
    const counters = subscribeCounters('bob+1@example.org', '203.0.113.0/24', 208);
    expect(counters.map((c) => [c.key, c.limit, c.windowSeconds])).toEqual([
      ['mailbox:600:bob@example.org', 1, 600],
      ['mailbox:86400:bob@example.org', 3, 86_400],
      ['domain:example.org', 52, 3600],
      ['network:203.0.113.0/24', 20, 3600],
      ['global', 208, 3600],
    ]);
  });
});
