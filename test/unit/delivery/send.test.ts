import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { MailerError } from '../../../functions/core/delivery/errors.ts';
import { planDigest } from '../../../functions/core/delivery/plan.ts';
import { resumeEdition, sendJob } from '../../../functions/core/delivery/send.ts';
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
async function drain(w: ReturnType<typeof world>, jobs: SendJob[], crashAfter?: () => boolean) {
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

  it('skips a subscriber who unsubscribed after planning, and counts it', async () => {
    const { w, plan, jobs } = await plannedWorld(2);
    await w.subscribers.setStatus('r000', 'unsubscribed', '2025-01-20T01:00:00.000Z');
    await drain(w, jobs);
    expect(w.mailer.sent.map((m) => m.to)).toEqual(['r001@example.org']);
    expect((await w.ledger.get(plan.editionId, 'r000'))?.status).toBe('skipped');
    expect((await w.editions.get(plan.editionId))?.counts).toMatchObject({ planned: 2, sent: 1, skipped: 1 });
    expect((await w.editions.get(plan.editionId))?.status).toBe('done');
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
