// `tidings recount` and `tidings resume` as an operator runs them against a deployed table (TABLE_NAME set):
// the real CLI spawned, on dynalite.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createDynamoDeliveryLedger } from '../../functions/adapters/dynamodb/delivery-ledger.ts';
import { createDynamoEditionStore } from '../../functions/adapters/dynamodb/edition-store.ts';
import { newEdition } from '../../functions/core/delivery/editions.ts';
import { useDynalite } from '../helpers/dynalite.ts';

const run = promisify(execFile);
const db = useDynalite();

function tidings(args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, ['bin/tidings.js', ...args], {
    env: {
      PATH: process.env.PATH,
      TABLE_NAME: db.tableName,
      DYNAMODB_ENDPOINT: db.endpoint,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: '1',
      ...env,
    },
  }).catch((error: { stdout: string; stderr: string; code: number }) => error);
}

describe('edition commands against a deployed table', () => {
  it('recount sets the counts from the ledger and finishes a complete edition', async () => {
    const table = { client: db.client, tableName: db.tableName };
    const editions = createDynamoEditionStore({ ...table, clock: { now: () => new Date() } });
    const ledger = createDynamoDeliveryLedger(table);
    const id = 'daily-2025-01-20';
    await editions.create(
      newEdition(id, 'daily', '2025-01-19T00:00:00.000Z', '2025-01-20T00:00:00.000Z', 'x'),
    );
    await editions.addCounts(id, { planned: 4, sent: 1 });
    await editions.update(id, { status: 'sending' });
    const at = '2025-01-20T07:00:00.000Z';
    for (const [sub, status] of [
      ['a', 'sent'],
      ['b', 'sent'],
      ['c', 'skipped'],
      ['d', 'failed'],
    ] as const) {
      await ledger.claim(id, sub, at);
      await ledger.settle({ editionId: id, subscriberId: sub, status, at });
    }
    const { stdout } = await tidings(['recount', id]);
    expect(stdout).toContain('before: planned 4, sent 1, skipped 0, failed 0, ambiguous 0');
    expect(stdout).toContain('after:  planned 4, sent 2, skipped 1, failed 1, ambiguous 0 — done');
    expect(await editions.get(id)).toMatchObject({
      status: 'done',
      counts: { sent: 2, skipped: 1, failed: 1 },
    });
  }, 30_000);

  it('recount reports ambiguous deliveries (SES reply lost): counted, finished, never resent', async () => {
    const table = { client: db.client, tableName: db.tableName };
    const editions = createDynamoEditionStore({ ...table, clock: { now: () => new Date() } });
    const ledger = createDynamoDeliveryLedger(table);
    const id = 'daily-2025-01-21';
    await editions.create(
      newEdition(id, 'daily', '2025-01-20T00:00:00.000Z', '2025-01-21T00:00:00.000Z', 'x'),
    );
    await editions.addCounts(id, { planned: 2 });
    await editions.update(id, { status: 'sending' });
    const at = '2025-01-21T07:00:00.000Z';
    await ledger.claim(id, 'a', at);
    await ledger.settle({ editionId: id, subscriberId: 'a', status: 'sent', at });
    await ledger.claim(id, 'b', at, 'sender-1');
    await ledger.settle({
      editionId: id,
      subscriberId: 'b',
      status: 'sending',
      reason: 'SES SendRawEmail failed (ambiguous): socket hang up; not resent',
      at,
    });
    const { stdout } = await tidings(['recount', id]);
    expect(stdout).toContain('after:  planned 2, sent 1, skipped 0, failed 0, ambiguous 1 — done');
    expect(stdout).toMatch(/1 ambiguous delivery: .*none is resent/);
    // The claim is kept: nothing can give it back for a resend.
    await ledger.release(id, 'b', 'sender-1');
    expect(await ledger.get(id, 'b')).toMatchObject({
      status: 'sending',
      reason: expect.stringContaining('not resent'),
    });
  }, 30_000);

  it('names what is missing: an unknown edition, or the send queue for a resume on AWS', async () => {
    const unknown = (await tidings(['recount', 'daily-1999-01-01'])) as { stderr: string; code: number };
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no edition daily-1999-01-01');
    expect(unknown.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const resume = (await tidings(['resume', 'daily-2025-01-20'])) as { stderr: string; code: number };
    expect(resume.code).toBe(1);
    expect(resume.stderr).toContain('set SEND_QUEUE_URL (the stack output SendQueueUrl)');
  }, 30_000);
});
