import type { SESEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { MemorySubscriberStore } from '../../../functions/adapters/memory/subscriber-store.ts';
import { signToken, type TokenKey } from '../../../functions/core/tokens.ts';
import { createInboundUnsubscribeHandler } from '../../../functions/handlers/inbound-unsubscribe.ts';
import { subscriber } from '../delivery/world.ts';

const K1: TokenKey = { id: 'k1', secret: Buffer.alloc(32, 1) };
const K2: TokenKey = { id: 'k2', secret: Buffer.alloc(32, 2) };
const MAILBOX = 'unsubscribe@in.example.org';

function mail(subject: string, recipients = [MAILBOX], virus = 'PASS'): SESEvent {
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: { messageId: 'm1', commonHeaders: { subject } },
          receipt: { recipients, virusVerdict: { status: virus } },
        },
      },
    ],
  } as unknown as SESEvent;
}

async function setup(keys: TokenKey[] = [K1]) {
  const store = new MemorySubscriberStore();
  await store.create(
    subscriber('s1', { health: 'instant', talent: 'instant', ai: 'daily', models: 'weekly' }),
  );
  const logged: { reason?: string }[] = [];
  let reloaded = 0;
  const handler = createInboundUnsubscribeHandler({
    mailbox: MAILBOX,
    store,
    tokenKeys: async () => keys,
    reloadTokenKeys: async () => {
      reloaded++;
      return [K2, K1];
    },
    clock: { now: () => new Date('2025-01-20T00:00:00Z') },
    logger: { info: () => {}, warn: (_m: string, data: { reason?: string }) => void logged.push(data) },
  });
  const topics = async () => (await store.get('s1'))!.topics;
  return { store, handler, logged, topics, reloads: () => reloaded };
}

const token = (list?: string, key = K1) =>
  signToken({ sub: 's1', purpose: 'unsubscribe', ...(list ? { list } : {}) }, [key]);

describe('inbound unsubscribe (mailto: List-Unsubscribe)', () => {
  it('ends the list the subject’s token names, as the one-click POST does', async () => {
    const { handler, topics } = await setup();
    expect(await handler(mail(token('alerts')))).toEqual({ unsubscribed: 1, ignored: 0 });
    expect(await topics()).toEqual({ ai: 'daily', models: 'weekly' });
    // A client that prefixes the subject still works; a daily digest token ends only the daily topics.
    expect(await handler(mail(`Re: ${token('digest:daily')}`))).toEqual({ unsubscribed: 1, ignored: 0 });
    expect(await topics()).toEqual({ models: 'weekly' });
  });

  it('ends everything for a token without a list', async () => {
    const { handler, store } = await setup();
    await handler(mail(token()));
    expect(await store.get('s1')).toMatchObject({ status: 'unsubscribed', topics: {} });
  });

  it('changes nothing for a forged or damaged token, another mailbox, or a virus', async () => {
    const { handler, topics, logged } = await setup();
    const before = await topics();
    const forged = signToken({ sub: 's1', purpose: 'unsubscribe', list: 'alerts' }, [
      { id: 'k1', secret: Buffer.alloc(32, 9) },
    ]);
    const manage = signToken({ sub: 's1', purpose: 'manage' }, [K1]);
    for (const event of [
      mail(forged),
      mail(manage),
      mail('unsubscribe me please'),
      mail(token('alerts'), ['editors@in.example.org']),
      mail(token('alerts'), [MAILBOX], 'FAIL'),
    ]) {
      expect(await handler(event)).toEqual({ unsubscribed: 0, ignored: 1 });
    }
    expect(await topics()).toEqual(before);
    expect(logged.map((l) => l.reason)).toEqual([
      'token bad-signature',
      'token wrong-purpose',
      'no token in the subject',
      'not addressed to the unsubscribe mailbox',
      'virus verdict FAIL',
    ]);
  });

  it('reads the keys again for a token signed with a key it has not seen (a rotation)', async () => {
    const { handler, topics, reloads } = await setup([K1]);
    expect(await handler(mail(token('alerts', K2)))).toEqual({ unsubscribed: 1, ignored: 0 });
    expect(reloads()).toBe(1);
    expect(await topics()).toEqual({ ai: 'daily', models: 'weekly' });
  });
});
