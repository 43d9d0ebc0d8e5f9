// The editor's desk in a real browser (Debian Chromium), on the server `npm start` runs: publish an article from
// /dev (its alert goes out), publish it again after fixing it (a correction: "updated", no second alert), schedule
// another one (npm start's timer publishes it at its publishAt), then read the editions' status on the desk and on
// an edition's page with its variants. No JavaScript is needed: the pages are checked with it disabled.
// Screenshots: test-results/screenshots/desk-*.png.
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { useLocalInstance } from '../helpers/local.ts';
import { outboxEntries } from '../helpers/outbox.ts';
import { subscriberRecord } from '../helpers/subscribers.ts';

const SHOTS = 'test-results/screenshots';
let browser: Browser;
let contentDir: string;

function article(slug: string, title: string, front: string, body: string): Promise<void> {
  return writeFile(
    join(contentDir, `${slug}.md`),
    `---\nslug: ${slug}\ntitle: ${title}\nlang: en\n${front}---\n\n# ${title}\n\nThe harbour hospital opened a clinic on Monday: clinicians there read radiology scans for every patient of the port, and the hospital says clinical waiting times will halve.\n\n## Patients\n\n${body}\n`,
  );
}

/** The desk's row of an article, and its state badge. */
const row = (page: Page, title: string) => page.locator('tr', { hasText: title });

/**
 * The instance's clock: real time, held `lag` behind while the scheduled article must stay scheduled (the desk and
 * npm start's timer go by this clock: however slow the machine, its publishAt is not reached before the desk has
 * been read).
 */
let lag = 0;
const clock = { now: () => new Date(Date.now() - lag) };

const local = useLocalInstance('desk-e2e', async (dataDir) => {
  mkdirSync(SHOTS, { recursive: true });
  contentDir = join(dataDir, 'articles');
  mkdirSync(contentDir);
  await article(
    'harbour-clinic',
    'Harbour clinic opens',
    '',
    'The clinic treats two thousand patients a week.',
  );
  return { contentDir, schedulePollMs: 200, clock };
});

beforeAll(async () => {
  await local.delivery.ports.subscribers.create(
    subscriberRecord('s-health', 'health@example.org', { health: 'instant' }, { contentLangs: ['en'] }),
  );
  browser = await launchChromium();
}, 120_000);

afterEach(() => {
  lag = 0; // a failed test leaves the clock as it found it
});

afterAll(async () => {
  await browser?.close();
});

describe('the local desk in a browser', () => {
  it('publish → correction → scheduled publish → status, without JavaScript', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();

    // Publish: the article's alert goes to the one health reader.
    await page.goto(`${local.url}/dev`);
    expect(await page.locator('h1').textContent()).toBe('The local desk');
    await expect.poll(() => row(page, 'Harbour clinic opens').textContent()).toContain('not published');
    await row(page, 'Harbour clinic opens').getByRole('button', { name: 'Publish' }).click();
    expect(await page.locator('h1').textContent()).toBe('Published Harbour clinic opens');
    expect(await page.locator('main').textContent()).toContain('1 alert queued');
    expect(await outboxEntries(local.standins.sesEndpoint)).toHaveLength(1);

    // Correction: the file is fixed; publishing it again updates the page and mails nobody.
    await article(
      'harbour-clinic',
      'Harbour clinic opens',
      'correction: An earlier version said two thousand patients.\n',
      'The clinic treats two hundred patients a week.',
    );
    await page.goto(`${local.url}/dev`);
    const published = row(page, 'Harbour clinic opens');
    expect(await published.locator('.state').textContent()).toBe('published');
    expect(await published.textContent()).toContain('version 1');
    await published.getByRole('button', { name: 'Publish correction' }).click();
    expect(await page.locator('h1').textContent()).toBe('Corrected Harbour clinic opens');
    expect(await page.locator('main').textContent()).toContain('changed s1; no alert sent');
    await page.goto(`${local.url}/articles/harbour-clinic`);
    expect(await page.locator('body').textContent()).toContain(
      'Correction: An earlier version said two thousand patients.',
    );
    expect(await outboxEntries(local.standins.sesEndpoint)).toHaveLength(1);

    // Scheduled publish: a second article with a publishAt a few seconds ahead. The instance's clock is held half an
    // hour behind until the desk has shown it scheduled: on a loaded machine those seconds could pass before that,
    // and it would be published on submit, or by the timer before the desk is read.
    lag = 30 * 60_000;
    const publishAt = new Date(Date.now() + 3000).toISOString();
    await article(
      'harbour-ferry',
      'Harbour ferry clinic',
      `publishAt: ${publishAt}\n`,
      'Patients on the islands see a doctor every week.',
    );
    await page.goto(`${local.url}/dev`);
    await row(page, 'Harbour ferry clinic').getByRole('button', { name: 'Schedule' }).click();
    expect(await page.locator('h1').textContent()).toBe('Scheduled Harbour ferry clinic');
    await page.goto(`${local.url}/dev`);
    expect(await row(page, 'Harbour ferry clinic').locator('.state').textContent()).toBe('scheduled');
    expect(await page.locator('h3', { hasText: 'Scheduled' }).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/desk-scheduled.png`, fullPage: true });
    // The clock catches up: npm start's timer publishes it at its time; the desk shows it published.
    lag = 0;
    await expect
      .poll(
        async () => {
          await page.goto(`${local.url}/dev`);
          return row(page, 'Harbour ferry clinic').locator('.state').textContent();
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe('published');
    // Publishing and sending are two steps: the page may show the edition still sending, so
    // reload until the send has finished (on a busy machine that takes a few hundred ms more).
    await expect
      .poll(
        async () => {
          await page.goto(`${local.url}/dev`);
          return page
            .locator('#editions ~ div table')
            .first()
            .locator('tr', { hasText: 'alert-harbour-ferry' })
            .locator('.state')
            .textContent();
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe('done');
    expect(await outboxEntries(local.standins.sesEndpoint)).toHaveLength(2);

    // Status: the editions with their counts, and one edition's variants.
    const editions = page.locator('#editions ~ div table').first();
    const clinic = editions.locator('tr', { hasText: 'alert-harbour-clinic' });
    expect((await clinic.locator('td').allTextContents()).slice(1, 5)).toEqual([
      'instant alert',
      'done',
      '1',
      '1',
    ]);
    const subscribers = page.locator('#subscribers ~ div table').first();
    expect(
      (await subscribers.locator('tr', { hasText: 'health' }).locator('td').allTextContents()).slice(1),
    ).toEqual(['1', '0', '0']);
    await page.screenshot({ path: `${SHOTS}/desk.png`, fullPage: true });

    await page.getByRole('link', { name: 'alert-harbour-ferry' }).click();
    expect(await page.locator('h1').textContent()).toBe('Edition alert-harbour-ferry');
    expect(await page.locator('.bar').textContent()).toContain('100%');
    const variant = page.locator('table').nth(1).locator('tr').nth(1);
    expect(await variant.locator('td').allTextContents()).toEqual(['en', 'health', '2', '1', '1', '0', '0']);
    await page.screenshot({ path: `${SHOTS}/desk-edition.png`, fullPage: true });
    await context.close();
  }, 120_000);

  it('themes and persona previews are pages too; GET changes nothing', async () => {
    const page = await browser.newPage();
    await page.goto(`${local.url}/dev/themes/harbour-clinic`);
    expect(await page.locator('h1').textContent()).toBe('Themes: Harbour clinic opens');
    expect(await page.locator('mark', { hasText: 'hospital' }).first().getAttribute('title')).toBe('health');
    await page.goto(`${local.url}/dev`);
    await page.locator('#persona').fill('health:instant');
    await page.locator('#article').selectOption('harbour-clinic');
    await page.getByRole('button', { name: 'Preview' }).click();
    expect(await page.locator('h1').textContent()).toBe('What this reader gets now');
    expect(await page.locator('h2').first().textContent()).toMatch(/^Alert: /);
    for (const path of [
      '/dev/editions/%E0%A4%A',
      '/dev/themes/..%2F..%2Fetc',
      '/dev/editions/no-such-edition',
    ]) {
      const missing = await page.goto(`${local.url}${path}`);
      expect(missing?.status(), path).toBe(404);
    }
    const response = await page.goto(`${local.url}/dev/persona?persona=helth:daily`);
    expect(response?.status()).toBe(400);
    expect(await page.locator('main').textContent()).toContain('unknown topic "helth"');
    expect(await outboxEntries(local.standins.sesEndpoint)).toHaveLength(2);
    await page.close();
  }, 60_000);
});
