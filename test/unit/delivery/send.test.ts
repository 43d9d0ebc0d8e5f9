import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { MailerError } from '../../../functions/core/delivery/errors.ts';
import { planDigest } from '../../../functions/core/delivery/plan.ts';
import { recountEdition } from '../../../functions/core/delivery/recount.ts';
import { resumeEdition, type SendEvents, sendJob } from '../../../functions/core/delivery/send.ts';
import type { SendJob } from '../../../functions/core/delivery/types.ts';
import { section, subscriber, world } from './world.ts';

async function plannedWorld(readers: number) {
  const w = world();
  await w.content.publish('a', [section('a', 's2', ['health'], '2025-01-19T02:00:00.000Z')]);
  for (let i = 0; i < readers; i++) {
    await w.subscribers.create(
      subscriber(`r${String(i).padStart(3, '0')}`, { health: 'daily' }, i % 3 ? 'zh' : 'en'),
    );
  }
  const plan = await planDigest(w, 'daily');
  return { w, plan, jobs: w.queue.take() };
}

/** SQS-style processing: every job is delivered; failed recipients come back as the whole message again. */
async function drain(
  w: ReturnType<typeof world> & { events?: SendEvents },
  jobs: SendJob[],
  crashAfter?: () => boolean,
) {
  let queue = [...jobs];
  for (let round = 0; queue.length > 0 && round < 50; round++) {
    const next: SendJob[] = [];
    for (const job of queue) {
      try {
        const outcome = await sendJob(w, job);
        if (outcome.retry.length > 0) next.push(job); // partial batch failure: the message is redelivered whole
      } catch {
        next.push(job);
      }
      if (crashAfter?.()) next.push(job); // the sender died after this batch: SQS redelivers it
    }
    queue = [...next, ...w.queue.take()];
  }
  return queue;
}

describe('sendJob', () => {
  it('builds a standards-compliant MIME message for each recipient', async () => {
    const { w, jobs } = await plannedWorld(3);
    await drain(w, jobs);
    expect(w.mailer.sent).toHaveLength(3);
    const raw = Buffer.from(w.mailer.sent[0]!.data);
    const text = raw.toString('latin1');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // CRLF only
    for (const line of text.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
    const parsed = await simpleParser(raw);
    const header = (name: string) => parsed.headerLines.find((h) => h.key === name)?.line ?? '';
    const unsubscribe = header('list-unsubscribe').replace(/^List-Unsubscribe:\s*/i, '');
    expect(unsubscribe).toMatch(/^<https:\/\/news\.example\.org\/unsubscribe\?token=[^>\s,]+>$/);
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(header('list-id')).toMatch(/<daily\.digest\.news\.example\.org>/i);
    expect(parsed.from?.value[0]).toEqual({ address: 'news@example.org', name: '潮汐 tidings' });
    expect(parsed.subject).toBe('digest 摘要 1');
    // SES Feedback-ID tags name the stream, never the subscriber (who has a tag of their own for feedback).
    expect(w.mailer.sent[0]!.tags).toEqual({
      'ses:feedback-id-a': 'digest-daily',
      'ses:feedback-id-b': 'daily',
      edition: 'daily-2025-01-20',
      subscriber: w.mailer.sent[0]!.tags!.subscriber,
    });
    // The planner gave the template the edition's web version and the postal address.
    expect(w.compileCalls[0]!.data).toMatchObject({
      webUrl: 'https://news.example.org/archive/daily-2025-01-20',
      postalAddress: w.postalAddress,
    });
    expect(parsed.messageId).toBeTruthy();
    expect(parsed.date).toBeInstanceOf(Date);
    expect(parsed.text).toContain(unsubscribe.slice(1, -1));
    // multipart/alternative, text first
    expect(text).toMatch(/Content-Type: multipart\/alternative/);
    expect(text.indexOf('text/plain')).toBeLessThan(text.indexOf('text/html'));
    // encoded body lines stay within 76 characters
    const body = text.slice(text.indexOf('\r\n\r\n'));
    for (const line of body.split('\r\n'))
      if (/^[A-Za-z0-9+/=]+$/.test(line)) expect(line.length).toBeLessThanOrEqual(76);
  });

  it('re-checks a job’s recipients with one batch read, not one read each (issue 15 §9)', async () => {
    const { w, jobs } = await plannedWorld(40);
    let gets = 0;
    let batches = 0;
    const get = w.subscribers.get.bind(w.subscribers);
    const getMany = w.subscribers.getMany.bind(w.subscribers);
    w.subscribers.get = async (id) => {
      gets++;
      return get(id);
    };
    w.subscribers.getMany = async (ids) => {
      batches++;
      return getMany(ids);
    };
    await drain(w, jobs);
    expect(w.mailer.sent).toHaveLength(40);
    expect(batches).toBe(jobs.length);
    expect(gets).toBe(0);
  });

  it('skips a subscriber who unsubscribed after planning, and counts it', async () => {
    const { w, plan, jobs } = await plannedWorld(2);
    await w.subscribers.setStatus('r000', 'unsubscribed', '2025-01-20T01:00:00.000Z');
    await drain(w, jobs);
    expect(w.mailer.sent.map((m) => m.to)).toEqual(['r001@example.org']);
    expect((await w.ledger.get(plan.editionId, 'r000'))?.status).toBe('skipped');
    expect((await w.editions.get(plan.editionId))?.counts).toMatchObject({ planned: 2, sent: 1, skipped: 1 });
    expect((await w.editions.get(plan.editionId))?.status).toBe('done');
  });

  it('sends an alert with the alerts List-Id, and skips a reader who stopped following its topics at instant', async () => {
    const w = world();
    const { publishArticle } = await import('../../../functions/core/delivery/publish.ts');
    await w.subscribers.create(subscriber('both', { health: 'instant', talent: 'instant' }));
    await w.subscribers.create(subscriber('moved', { health: 'instant' }));
    await w.subscribers.create(subscriber('other', { health: 'instant', compute: 'instant' }));
    const article = {
      slug: 'b',
      title: 'Title b',
      lang: 'zh' as const,
      lead: { id: 'lead', heading: 'Title b', paragraphs: [{ text: '第一段。' }] },
      sections: [],
      figures: [],
    };
    const themes = [
      { sectionId: 'lead', themes: [{ topic: 'health', score: 9, paragraphs: [0], evidence: [] }] },
    ];
    await publishArticle(w, article as never, themes, '2025-01-20T00:00:00.000Z');
    // Before the send: one reader moved health to the daily digest, one kept another instant topic only.
    const moved = (await w.subscribers.get('moved'))!;
    await w.subscribers.update(moved, { ...moved, topics: { health: 'daily' } });
    const other = (await w.subscribers.get('other'))!;
    await w.subscribers.update(other, { ...other, topics: { compute: 'instant' } });
    await drain(w, w.queue.take());
    expect(w.mailer.sent.map((m) => m.to)).toEqual(['both@example.org']);
    const parsed = await simpleParser(Buffer.from(w.mailer.sent[0]!.data));
    expect(parsed.headerLines.find((h) => h.key === 'list-id')?.line).toMatch(/<alerts\.news\.example\.org>/);
    const token = /token=([^>\s]+)/.exec(
      parsed.headerLines.find((h) => h.key === 'list-unsubscribe')!.line,
    )![1]!;
    const { verifyToken } = await import('../../../functions/core/tokens.ts');
    const verified = verifyToken(decodeURIComponent(token), 'unsubscribe', w.tokenKeys, w.clock.now());
    expect(verified).toMatchObject({ ok: true, claims: { list: 'alerts' } });
    expect((await w.ledger.get('alert-b', 'other'))?.status).toBe('skipped');
    expect((await w.ledger.get('alert-b', 'moved'))?.status).toBe('skipped');
  });

  it('under throttling, rejections and crashes with redelivery: exactly one email per eligible subscriber', async () => {
    const { w, plan, jobs } = await plannedWorld(240);
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const rejected = new Set(['r007@example.org', 'r100@example.org', 'r199@example.org']);
    w.mailer.beforeSend = (email) => {
      if (rejected.has(email.to)) throw new MailerError('rejected', 'MessageRejected: Address blacklisted');
      if (random() < 0.2) throw new MailerError('throttled', 'Throttling: Maximum sending rate exceeded');
    };
    let batches = 0;
    const left = await drain(w, jobs, () => ++batches % 3 === 0);
    expect(left).toEqual([]);
    const counts = w.mailer.countsByRecipient();
    expect(counts.size).toBe(237);
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
    for (const address of rejected) expect(counts.has(address)).toBe(false);
    for (const id of ['r007', 'r100', 'r199'])
      expect((await w.ledger.get(plan.editionId, id))?.status).toBe('failed');
    const edition = await w.editions.get(plan.editionId);
    expect(edition?.counts).toMatchObject({ planned: 240, sent: 237, failed: 3, skipped: 0 });
    expect(edition?.status).toBe('done');
  });

  it('never resends a message whose SES reply was lost: one email, the claim stays `sending`, counted ambiguous', async () => {
    const { w, plan, jobs } = await plannedWorld(30);
    const lost = new Set(['r003@example.org', 'r010@example.org', 'r021@example.org']);
    w.mailer.afterSend = (email) => {
      if (lost.has(email.to))
        throw new MailerError('ambiguous', 'SES SendRawEmail failed (ambiguous): socket hang up');
    };
    const reasons: string[] = [];
    // Each job is delivered again after it ran (the first few batches), as a crashed or duplicated SQS receive would.
    let batches = 0;
    const left = await drain(
      { ...w, events: { ambiguous: (_e, _s, reason) => reasons.push(reason) } },
      jobs,
      () => ++batches <= 4,
    );
    expect(left).toEqual([]);
    const counts = w.mailer.countsByRecipient();
    expect(counts.size).toBe(30);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(reasons).toHaveLength(3);
    for (const id of ['r003', 'r010', 'r021']) {
      expect(await w.ledger.get(plan.editionId, id)).toMatchObject({
        status: 'sending',
        reason: expect.stringMatching(/socket hang up; not resent/),
      });
    }
    expect(await w.editions.get(plan.editionId)).toMatchObject({
      status: 'done',
      counts: { planned: 30, sent: 27, ambiguous: 3 },
    });
    expect(await recountEdition(w, plan.editionId)).toMatchObject({ ambiguous: 3, after: { ambiguous: 3 } });
  });

  it('records a permanent refusal (MessageRejected, AccessDenied) as failed, once, without retrying it', async () => {
    const { w, plan, jobs } = await plannedWorld(4);
    let attempts = 0;
    w.mailer.beforeSend = (email) => {
      if (email.to !== 'r001@example.org') return;
      attempts++;
      throw new MailerError('rejected', 'SES SendRawEmail failed (rejected): AccessDenied: not authorized');
    };
    const failed: string[] = [];
    let batches = 0;
    await drain({ ...w, events: { failed: (_e, id) => failed.push(id) } }, jobs, () => ++batches <= 2);
    expect(attempts).toBe(1);
    expect(failed).toEqual(['r001']);
    expect((await w.ledger.get(plan.editionId, 'r001'))?.status).toBe('failed');
    expect(await w.editions.get(plan.editionId)).toMatchObject({
      status: 'done',
      counts: { sent: 3, failed: 1 },
    });
  });

  it('pauses the edition when the daily quota runs out, parks the rest, and resumes exactly where it stopped', async () => {
    const { w, plan, jobs } = await plannedWorld(120);
    let accepted = 0;
    w.mailer.beforeSend = () => {
      if (accepted >= 70) throw new MailerError('quota-exceeded', 'Daily message quota exceeded');
      accepted++;
    };
    await drain(w, jobs);
    const paused = await w.editions.get(plan.editionId);
    expect(paused?.status).toBe('paused');
    expect(paused?.pauseReason).toMatch(/daily sending quota/);
    expect(w.mailer.sent).toHaveLength(70);

    w.mailer.beforeSend = undefined; // the quota reset
    expect(await resumeEdition(w, plan.editionId)).toMatchObject({ resumed: true });
    await drain(w, w.queue.take());
    const counts = w.mailer.countsByRecipient();
    expect(counts.size).toBe(120);
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
    expect(await w.editions.get(plan.editionId)).toMatchObject({ status: 'done', counts: { sent: 120 } });
  });

  it.each(['update', 'park'] as const)(
    'loses nobody when the %s write fails as the quota runs out: the job comes back and is parked then',
    async (failing) => {
      const { w, plan, jobs } = await plannedWorld(60);
      let accepted = 0;
      w.mailer.beforeSend = () => {
        if (accepted >= 5) throw new MailerError('quota-exceeded', 'Daily message quota exceeded');
        accepted++;
      };
      const store = failing === 'update' ? w.editions : w.parked;
      const original = (store as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[failing]!;
      let failures = 0;
      (store as unknown as Record<string, unknown>)[failing] = async (...args: unknown[]) => {
        // The first pause write fails once, as a throttled or timed-out DynamoDB call would.
        if (failures === 0 && (failing === 'park' || (args[1] as { status?: string }).status === 'paused')) {
          failures++;
          throw new Error(`${failing}: ProvisionedThroughputExceededException`);
        }
        return original.apply(store, args);
      };
      const first = await sendJob(w, jobs[0]!);
      if (failing === 'park') {
        // Not reported paused while its recipients are nowhere safe: SQS must deliver the message again.
        expect(first.paused).toBeUndefined();
        expect(first.retry.length).toBeGreaterThan(0);
      } else {
        // The next recipient meets the quota too and pauses the edition; the one whose pause failed is parked.
        expect(first.paused).toMatch(/daily sending quota/);
      }
      await drain(w, [...(first.paused ? [] : [jobs[0]!]), ...jobs.slice(1)]);
      expect(failures).toBe(1);
      expect((await w.editions.get(plan.editionId))?.status).toBe('paused');
      w.mailer.beforeSend = undefined;
      await resumeEdition(w, plan.editionId);
      await drain(w, w.queue.take());
      const counts = w.mailer.countsByRecipient();
      expect(counts.size).toBe(60);
      expect([...counts.values()].every((c) => c === 1)).toBe(true);
      expect(await w.editions.get(plan.editionId)).toMatchObject({ status: 'done', counts: { sent: 60 } });
    },
  );

  it('resumes again after a resume that failed half-way, and parked jobs are never lost', async () => {
    const { w, plan, jobs } = await plannedWorld(120);
    let accepted = 0;
    w.mailer.beforeSend = () => {
      if (accepted >= 10) throw new MailerError('quota-exceeded', 'Daily message quota exceeded');
      accepted++;
    };
    await drain(w, jobs);
    w.mailer.beforeSend = undefined;
    const enqueue = w.queue.enqueue.bind(w.queue);
    w.queue.enqueue = async () => {
      throw new Error('SQS unavailable');
    };
    await expect(resumeEdition(w, plan.editionId)).rejects.toThrow('SQS unavailable');
    // The edition already says `sending`; its jobs are still parked, and the next resume takes them up.
    expect((await w.editions.get(plan.editionId))?.status).toBe('sending');
    w.queue.enqueue = enqueue;
    expect(await resumeEdition(w, plan.editionId)).toMatchObject({ resumed: true });
    expect(await resumeEdition(w, plan.editionId)).toMatchObject({ resumed: false, jobs: 0 });
    await drain(w, w.queue.take());
    expect(w.mailer.countsByRecipient().size).toBe(120);
    expect(await w.editions.get(plan.editionId)).toMatchObject({ status: 'done', counts: { sent: 120 } });
  });

  it('retries only the recipients that failed, in-process, before handing the job back to the queue', async () => {
    const { w, jobs } = await plannedWorld(75);
    const job = jobs.find((j) => j.recipients.length === 50)!;
    const reads: string[] = [];
    const getMany = w.subscribers.getMany.bind(w.subscribers);
    w.subscribers.getMany = async (ids) => {
      reads.push(...ids);
      return getMany(ids);
    };
    const claim = w.ledger.claim.bind(w.ledger);
    let calls = 0;
    let failed = 0;
    w.ledger.claim = async (...args: Parameters<typeof claim>) => {
      // Every seventh claim fails before it is written: a transient DynamoDB error.
      if (++calls % 7 === 0) {
        failed++;
        throw new Error('TimeoutError');
      }
      return claim(...args);
    };
    const outcome = await sendJob(w, job);
    expect(outcome.retry).toEqual([]);
    expect(w.mailer.sent).toHaveLength(50);
    expect(failed).toBeGreaterThan(7);
    // Each pass re-reads only the recipients left: nobody whose email went out is read a second time.
    expect(reads.length).toBe(50 + failed);
  });

  it('a claim whose write landed but whose answer was lost still ends in exactly one email', async () => {
    const { w, plan, jobs } = await plannedWorld(20);
    const claim = w.ledger.claim.bind(w.ledger);
    let lost = 0;
    w.ledger.claim = async (...args: Parameters<typeof claim>) => {
      const result = await claim(...args);
      // The first ten claims that succeed land and then time out.
      if (result && lost < 10) {
        lost++;
        throw new Error('TimeoutError: answer lost');
      }
      return result;
    };
    // Giving the unknown claim back fails too: only recognizing it as this sender's own avoids losing the person.
    w.ledger.release = async () => {
      throw new Error('TimeoutError');
    };
    await drain(w, jobs);
    expect(lost).toBe(10);
    const counts = w.mailer.countsByRecipient();
    expect(counts.size).toBe(20);
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
    expect(await w.editions.get(plan.editionId)).toMatchObject({ status: 'done', counts: { sent: 20 } });
  });

  it('an edition whose counts write failed is recounted from the ledger and completed', async () => {
    const { w, plan, jobs } = await plannedWorld(30);
    const addCounts = w.editions.addCounts.bind(w.editions);
    let failures = 0;
    w.editions.addCounts = async (id, delta) => {
      if (failures++ === 0) throw new Error('ProvisionedThroughputExceededException');
      return addCounts(id, delta);
    };
    await drain(w, jobs);
    expect(w.mailer.countsByRecipient().size).toBe(30);
    // The redelivered job found everyone claimed: the first job's counts are gone and the edition never ends.
    const stuck = await w.editions.get(plan.editionId);
    expect(stuck?.status).toBe('sending');
    expect(stuck!.counts.sent).toBeLessThan(30);

    const result = await recountEdition(w, plan.editionId);
    expect(result).toMatchObject({ status: 'done', ambiguous: 0, after: { planned: 30, sent: 30 } });
    expect(await w.editions.get(plan.editionId)).toMatchObject({ status: 'done', counts: { sent: 30 } });
    await expect(recountEdition(w, 'daily-1999-01-01')).rejects.toThrow(/no edition/);
  });

  it('never lets header injection through a subscriber field add a header or a recipient', async () => {
    const { w, jobs } = await plannedWorld(1);
    const s = (await w.subscribers.get('r000'))!;
    // An address that slipped past validation (e.g. imported from elsewhere) is refused, not split.
    (w.subscribers as unknown as { byId: Map<string, typeof s> }).byId.set('r000', {
      ...s,
      email: 'a@example.org,\r\nBcc: evil@example.net',
    });
    await drain(w, jobs);
    expect(w.mailer.sent).toHaveLength(0);
  });
});
