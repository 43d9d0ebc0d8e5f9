// Accept and enqueue (issue 16 #4): with a request queue the endpoint only checks and queues; the SQS side
// processes each request as the endpoint did, redelivering what may pass and never what SES may have sent.
import { beforeEach, describe, expect, it } from 'vitest';
import { MailerError } from '../../../functions/core/delivery/errors.ts';
import type { SubscribeRequest } from '../../../functions/core/subscriptions/types.ts';
import {
  createSubscribeRequestHandler,
  createSubscriptionApi,
  type SubscriptionApiDeps,
} from '../../../functions/handlers/http-subscriptions.ts';
import { apiDeps, CapturingMailer, event, FakeStore, JSON_HEADERS, makeTaxonomy } from './fakes.ts';

const taxonomy = makeTaxonomy();
let store: FakeStore;
let mailer: CapturingMailer;
let queued: SubscribeRequest[];
let deps: SubscriptionApiDeps;

beforeEach(() => {
  store = new FakeStore();
  mailer = new CapturingMailer();
  queued = [];
  deps = apiDeps({
    store,
    mailer,
    taxonomy,
    requests: { enqueue: async (requests) => void queued.push(...requests) },
  });
});

const subscribe = (body: unknown) =>
  createSubscriptionApi(deps)(
    event({ method: 'POST', path: '/api/subscriptions', headers: JSON_HEADERS, body: JSON.stringify(body) }),
  );

const records = (requests: SubscribeRequest[]) => ({
  Records: requests.map((r, i) => ({ messageId: `m${i}`, body: JSON.stringify(r) })),
});

describe('with a request queue', () => {
  it('the endpoint queues the checked request and answers 202 before any lookup, write or email', async () => {
    let reads = 0;
    const getByEmail = store.getByEmail.bind(store);
    store.getByEmail = async (email) => {
      reads++;
      return getByEmail(email);
    };
    const res = await subscribe({ email: 'Reader@Example.org', topics: ['ai'] });
    expect(res.statusCode).toBe(202);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ email: 'reader@example.org', method: 'api' });
    expect(reads).toBe(0);
    expect(mailer.sent).toEqual([]);
    // Bad input is still refused at once, naming the field, and queues nothing.
    expect((await subscribe({ email: 'nope', topics: ['ai'] })).statusCode).toBe(400);
    expect(queued).toHaveLength(1);
  });

  it('the queue side sends the confirmation, retries what may pass, drops what SES refused or may have sent', async () => {
    await subscribe({ email: 'a@example.org', topics: ['ai'] });
    await subscribe({ email: 'b@example.org', topics: ['ai'] });
    await subscribe({ email: 'c@example.org', topics: ['ai'] });
    const outcomes: Record<string, MailerError | undefined> = {
      'a@example.org': undefined,
      'b@example.org': new MailerError('transient', 'SES connection refused'),
      'c@example.org': new MailerError('ambiguous', 'SES reply lost'),
    };
    const send = mailer.send.bind(mailer);
    mailer.send = async (email) => {
      const error = outcomes[email.to];
      if (error) throw error;
      return send(email);
    };
    const handle = createSubscribeRequestHandler(deps);
    const first = await handle(records(queued) as never);
    expect(first.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
    expect(mailer.sent).toHaveLength(1);
    // Redelivered once SES is back: b gets its one confirmation (its limits were given back).
    outcomes['b@example.org'] = undefined;
    const again = await handle(records([queued[1]!]) as never);
    expect(again.batchItemFailures).toEqual([]);
    expect(mailer.sent).toHaveLength(2);
    // An unreadable message can never succeed: dropped, not redelivered for ever.
    expect(
      (await handle({ Records: [{ messageId: 'x', body: 'not json' }] } as never)).batchItemFailures,
    ).toEqual([]);
  });
});
