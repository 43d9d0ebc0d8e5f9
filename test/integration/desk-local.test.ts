// The article lifecycle on a running local instance, through the CLI's commands: publish, correct (the page
// says "updated" with the note, no second alert), history, schedule (npm start's timer publishes it), unschedule,
// withdraw (the page is gone; what mailed it is listed). Mostly in-process; the real CLI once for the wiring.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  runHistory,
  runScheduled,
  runUnschedule,
  runWithdraw,
} from '../../functions/cli/commands/articles.ts';
import { runPublish } from '../../functions/cli/commands/publish.ts';
import { type LocalTarget, localTarget } from '../../functions/cli/target.ts';
import { NOISE, tidings } from '../helpers/cli.ts';
import { useLocalInstance } from '../helpers/local.ts';
import { clearOutbox, outboxEntries, parsedEml } from '../helpers/outbox.ts';
import { subscriberRecord } from '../helpers/subscribers.ts';

/**
 * The instance's clock: real time, held `lag` behind while a test needs a scheduled article to stay scheduled (the
 * desk and its timer go by this clock: however slow the machine, the publishAt is not reached before the schedule
 * has been read). Less than an hour, so `tidings scheduled` still says "in N min".
 */
let lag = 0;
const clock = { now: () => new Date(Date.now() - lag) };
const LAG_MS = 30 * 60_000;
const local = useLocalInstance('desk', { writeState: true, schedulePollMs: 200, clock });
let target: LocalTarget;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

function articleFile(name: string, front: string, s1 = 'The clinic treats two hundred patients a week.') {
  const file = join(local.dataDir, `${name}.md`);
  return writeFile(
    file,
    `---\nslug: harbour-clinic\ntitle: Harbour clinic opens\nlang: en\n${front}\n---\n\n# Harbour clinic opens\n\nThe harbour hospital opened a clinic on Monday: clinicians there read radiology scans for every patient of the port, and the hospital says clinical waiting times will halve.\n\n## Patients\n\n${s1}\n`,
  ).then(() => file);
}

async function page(slug: string) {
  const response = await fetch(`${local.url}/articles/${slug}`);
  return { status: response.status, html: await response.text() };
}

beforeAll(async () => {
  target = await localTarget(local.delivery);
  await local.delivery.ports.subscribers.create(
    subscriberRecord('s-alert', 'alert@example.org', { health: 'instant' }),
  );
});

afterEach(() => {
  lag = 0; // a failed test leaves the clock as it found it
});

describe('the article lifecycle on the local instance', () => {
  it('publishes, then a correction updates the page without a second alert, and history lists both', async () => {
    await clearOutbox(local.standins.sesEndpoint);
    const first = capture();
    await runPublish(await articleFile('v1', ''), target, 'alice', first.io);
    expect(first.out[0]).toMatch(/published harbour-clinic — 2 sections stored, 1 alert queued/);
    expect(first.out).toContain('  alerts: 1 sent, 0 skipped, 0 failed');
    expect(await outboxEntries(local.standins.sesEndpoint)).toHaveLength(1);

    const fixed = capture();
    const note = 'An earlier version said two thousand patients.';
    await runPublish(
      await articleFile(
        'v2',
        `correction: ${note}`,
        'The clinic treats two hundred patients a week, mostly dock workers.',
      ),
      target,
      'bob',
      fixed.io,
    );
    expect(fixed.out[0]).toMatch(/corrected harbour-clinic — version 2: changed s1; no alert sent/);
    expect(await outboxEntries(local.standins.sesEndpoint)).toHaveLength(1);

    const shown = await page('harbour-clinic');
    expect(shown.status).toBe(200);
    expect(shown.html).toContain('mostly dock workers');
    expect(shown.html).toContain(`<strong>Correction:</strong> ${note}`);
    expect(shown.html).toMatch(/Updated <time datetime="\d{4}-\d{2}-\d{2}T/);

    const history = capture();
    await runHistory(target, 'harbour-clinic', history.io);
    expect(history.out[0]).toBe('harbour-clinic — Harbour clinic opens');
    expect(history.out[1]).toMatch(/^ {2}published, version 2, updated /);
    expect(history.out[2]).toMatch(/^ {2}v1 .* published by alice — 2 sections, 1 alert$/);
    expect(history.out[3]).toMatch(
      /^ {2}v2 .* corrected by bob — changed s1 — “An earlier version said two thousand patients\.”$/,
    );
  }, 60_000);

  it('schedules a correction that npm start’s timer publishes at its time; unschedule cancels another', async () => {
    // Due in 1.5 s of real time, but the instance's clock is held half an hour behind until the schedule has been
    // read: until then, however slow this machine, it is not published on submit nor by the timer.
    lag = LAG_MS;
    const soon = new Date(Date.now() + 1500).toISOString();
    const scheduled = capture();
    await runPublish(
      await articleFile('v3', `publishAt: ${soon}`, 'Scheduled wording.'),
      target,
      'carol',
      scheduled.io,
    );
    expect(scheduled.out[0]).toBe(`${join(local.dataDir, 'v3.md')}: scheduled harbour-clinic for ${soon}`);
    const listed = capture();
    await runScheduled(target, listed.io);
    expect(listed.out[0]).toMatch(
      /^harbour-clinic +\d{4}-\d{2}-\d{2} \d{2}:\d{2} GMT\+08:00 {2}\(in \d+ min\) {2}“Harbour clinic opens” {2}scheduled by carol$/,
    );

    // The clock catches up: the timer publishes it, and the page shows the scheduled wording. The page changes
    // before the publish has recorded its version and removed the schedule: wait for the timer's publish to end.
    lag = 0;
    await expect
      .poll(async () => (await page('harbour-clinic')).html, { timeout: 30_000, interval: 100 })
      .toContain('Scheduled wording.');
    await local.publishTimer.idle();
    const versions = await local.delivery.ports.history.versions('harbour-clinic');
    expect(versions.at(-1)).toMatchObject({
      version: 3,
      kind: 'corrected',
      by: 'carol',
      scheduled: { by: 'carol' },
    });
    const none = capture();
    await runScheduled(target, none.io);
    expect(none.out).toEqual([`nothing is scheduled in the local npm start (${local.url})`]);

    const later = capture();
    await runPublish(
      await articleFile('v4', 'publishAt: 2099-01-01T08:00:00+08:00', 'Far off.'),
      target,
      'carol',
      later.io,
    );
    const cancelled = capture();
    await runUnschedule(target, 'harbour-clinic', cancelled.io);
    expect(cancelled.out).toEqual([
      'harbour-clinic: the publish scheduled for 2099-01-01T08:00:00+08:00 is cancelled (nothing was published)',
    ]);
    await expect(runUnschedule(target, 'harbour-clinic', capture().io)).rejects.toThrow(
      /nothing is scheduled for harbour-clinic/,
    );
  }, 60_000);

  it('the real CLI reads the same history and scheduled list', async () => {
    const env = { TIDINGS_DATA_DIR: local.dataDir };
    const history = await tidings(['history', 'harbour-clinic'], env);
    expect(history.stderr).not.toMatch(NOISE);
    expect(history.code).toBe(0);
    expect(history.stdout).toContain('v3');
    expect(history.stdout).toContain('corrected by carol (scheduled on ');
    const bad = await tidings(['history', 'Not A Slug'], env);
    expect(bad.code).toBe(2);
    const missing = await tidings(['withdraw', 'harbour-clinic'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--reason');
  }, 90_000);

  it('withdraws: the page is gone and the alert that carried it is listed', async () => {
    const out = capture();
    await runWithdraw(target, 'harbour-clinic', 'The figures could not be confirmed', 'dora', out.io);
    expect(out.out[0]).toBe(
      'withdrew harbour-clinic (version 4): 2 sections out of the archive and of digests not yet planned',
    );
    expect(out.out[1]).toBe('already mailed — these emails cannot be taken back:');
    expect(out.out[2]).toMatch(/^ {2}alert-harbour-clinic +instant alert +1 sent of 1 planned$/);
    expect((await page('harbour-clinic')).status).toBe(404);
    await expect(runWithdraw(target, 'no-such-article', 'x', 'dora', capture().io)).rejects.toThrow(
      /no-such-article is not published/,
    );
  }, 30_000);

  it('the real CLI sends a digest, refuses to plan it twice, sends it --again, and status shows both', async () => {
    const env = { TIDINGS_DATA_DIR: local.dataDir };
    await local.delivery.ports.subscribers.create(
      subscriberRecord('s-daily', 'daily@example.org', { health: 'daily' }, { contentLangs: ['en'] }),
    );
    const file = join(local.dataDir, 'ferry.md');
    await writeFile(
      file,
      '---\nslug: harbour-ferry\ntitle: Harbour ferry clinic\nlang: en\n---\n\n# Harbour ferry clinic\n\nThe harbour hospital sends clinicians on the ferry: patients on the islands see a doctor every week, and the hospital reads their radiology scans the same day.\n',
    );
    await runPublish(file, target, 'erin', capture().io);
    await clearOutbox(local.standins.sesEndpoint);

    // What this reader will get, before it is sent: the preview writes the same message the digest then sends.
    const out = join(local.dataDir, 'persona');
    const preview = await tidings(
      ['preview', '--persona', 'health:daily', '--lang', 'en', '--edition', 'daily', '--out', out],
      env,
    );
    expect(preview.stderr).not.toMatch(NOISE);
    expect(preview.code).toBe(0);
    const eml = /^ {2}(\/.*\.eml)$/m.exec(preview.stdout)?.[1];
    expect(preview.stdout).toMatch(/^digest daily-\d{4}-\d{2}-\d{2}: “/m);
    expect(preview.stdout).toContain('1 section (harbour-ferry#s1), topics health');
    const previewed = await simpleParser(await readFile(eml!));
    const none = await tidings(
      ['preview', '--persona', 'health:instant', '--article', 'harbour-ferry', '--content-langs', 'zh'],
      env,
    );
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('no alert: harbour-ferry is in en, which the persona does not read');
    const typo = await tidings(['preview', '--persona', 'helth:daily'], env);
    expect(typo.code).toBe(2);
    expect(typo.stderr.trim()).toMatch(/^tidings preview: unknown topic "helth" \(topics: /);

    const first = await tidings(['digest', 'daily'], env);
    expect(first.stderr).not.toMatch(NOISE);
    expect(first.code).toBe(0);
    const id = /^(daily-\d{4}-\d{2}-\d{2}): /m.exec(first.stdout)?.[1];
    expect(id).toBeDefined();
    expect(first.stdout).toContain('sent 1, skipped 0, failed 0');
    const [mailed] = await outboxEntries(local.standins.sesEndpoint);
    const sent = await parsedEml(local.standins.sesEndpoint, mailed!.messageId);
    expect(previewed.subject).toBe(sent.subject);
    const untokened = (html: unknown) => String(html).replace(/token=[\w.~-]+/g, 'token=T');
    expect(untokened(previewed.html)).toBe(untokened(sent.html));
    const twice = await tidings(['digest', 'daily'], env);
    expect(twice.stdout).toContain(`${id}: already planned — nothing queued again`);
    const again = await tidings(['digest', 'daily', '--again'], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`${id}-again-1: `);
    expect(again.stdout).toContain('sent 1, skipped 0, failed 0');
    expect(await outboxEntries(local.standins.sesEndpoint)).toHaveLength(2);

    const status = await tidings(['status'], env);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(new RegExp(`^${id}-again-1 +daily digest +done +1 +1 +0 +0`, 'm'));
    expect(status.stdout).toMatch(new RegExp(`^${id} +daily digest +done +1 +1 `, 'm'));
    expect(status.stdout).toMatch(/^alert-harbour-clinic +instant alert +done/m);
    const detail = await tidings(['status', `${id}-again-1`], env);
    expect(detail.stdout).toContain('planned 1, sent 1, skipped 0, failed 0, ambiguous 0');
    expect(detail.stdout).toMatch(
      /1 variant:\n +en · health · 1 section +planned 1, sent 1, skipped 0, failed 0/,
    );
    const unknown = await tidings(['status', 'daily-1999-01-01'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toMatch(
      /^tidings status: no edition daily-1999-01-01 in the local npm start/,
    );
  }, 120_000);
});
