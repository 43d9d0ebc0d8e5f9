// The CLI against a running local instance, as a person uses it: `npm start` in one terminal (here: startLocal
// with its state file), `tidings …` in another. The CLI finds the instance from the state file alone.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NOISE, tidings } from '../helpers/cli.ts';
import { useLocalInstance } from '../helpers/local.ts';
import { clearOutbox, outboxEntries, parsedEml } from '../helpers/outbox.ts';
import { subscriberRecord } from '../helpers/subscribers.ts';

const local = useLocalInstance('cli', { writeState: true });
let env: Record<string, string>;

beforeAll(async () => {
  env = { TIDINGS_DATA_DIR: local.dataDir };
  await local.delivery.ports.subscribers.create(
    subscriberRecord('s-alert', 'alert@example.org', { health: 'instant' }, { locale: 'zh-Hans' }),
  );
});

describe('tidings on the local instance', () => {
  it('--version prints the package version', async () => {
    const { code, stdout } = await tidings(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('usage errors exit 2, failures exit 1, each in one line', async () => {
    const usage = await tidings(['digest', 'monthly'], env);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('cadence must be daily or weekly');
    const badAddress = await tidings(['erase', 'not-an-address'], env);
    expect(badAddress.code).toBe(2);
    const missing = await tidings(['import', join(local.dataDir, 'nope.jsonl')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(
      `tidings import: ${join(local.dataDir, 'nope.jsonl')}: no such file or directory`,
    );
    for (const r of [usage, badAddress, missing]) expect(r.stderr).not.toMatch(NOISE);
  }, 60_000);

  it('publish <dir> publishes each file, alerts with links to this instance, and says so in the singular', async () => {
    await clearOutbox(local.standins.sesEndpoint);
    const { code, stdout, stderr } = await tidings(['publish', 'content/articles'], env);
    expect(stderr).not.toMatch(NOISE);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /ai-shanghai-2025\.md: published ai-shanghai-2025 — 4 sections stored, 1 alert queued \(1 variant\)/,
    );
    expect(stdout).toContain('northbridge-ai-hospitals.md: published northbridge-ai-hospitals');
    expect(stdout).toContain(`outbox: ${local.standins.outboxUrl}`);
    const entries = await outboxEntries(local.standins.sesEndpoint);
    expect(entries.length).toBeGreaterThan(0);
    const alert = await parsedEml(local.standins.sesEndpoint, entries[0]!.messageId);
    const links = [...String(alert.html).matchAll(/href="(https?:\/\/[^"/]+)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    // Never localhost:3000 unless that is where this instance runs.
    expect(new Set(links)).toEqual(new Set([local.url]));
  }, 60_000);

  it('publish of a file that cannot be read says why, in one line, and exits 1', async () => {
    const { code, stderr } = await tidings(['publish', 'content/articles/nope.md'], env);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'content/articles/nope.md: error: cannot read the file (no such file or directory)',
    );
    expect(stderr).toContain('content/articles/nope.md: not published');
    expect(stderr).not.toMatch(NOISE);
  }, 30_000);
});

describe('tidings with no local instance running', () => {
  it('says how to start one', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'tidings-none-'));
    try {
      const { code, stderr } = await tidings(['digest', 'daily'], { TIDINGS_DATA_DIR: empty });
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain('no local tidings is running');
      expect(stderr).toContain('npm start');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  }, 30_000);
});
