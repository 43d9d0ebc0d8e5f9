// Browser run of the whole subscription journey in both languages, against the handler wired exactly as in
// production (DynamoDB adapter on dynalite, SES mailer on aws-ses-v2-local, token keys from a file, real MJML
// confirm template) behind a local HTTP server: subscribe form → confirmation email read from the SES outbox →
// confirm → preference center → RFC 8058 one-click unsubscribe → unsubscribe page. Screenshots: test-results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../functions/adapters/dynamodb/client.ts';
import { DynamoSubscriberStore } from '../../functions/adapters/dynamodb/subscriber-store.ts';
import { taxonomyJson } from '../../functions/adapters/fs/taxonomy.ts';
import { ensureLocalTokenKeys, loadTokenKeys } from '../../functions/adapters/secrets/token-keys.ts';
import { signToken, type TokenKey } from '../../functions/core/tokens.ts';
import {
  buildSubscriptionApi,
  readSubscriptionConfig,
  subscriptionRoutes,
} from '../../functions/handlers/http-subscriptions.ts';
import { type HttpHandler, matchRoute, type Route, sendResult, toEvent } from '../../local/http.ts';
import { type Standins, startStandins } from '../../local/standins.ts';
import { launchChromium } from '../helpers/browser.ts';
import { outboxEntries, rawEml } from '../helpers/outbox.ts';
import { CapturingLogger, readMail } from '../unit/subscriptions/fakes.ts';

const SHOTS = 'test-results/screenshots';
let standins: Standins;
let keysDir: string;
let keys: TokenKey[];
let store: DynamoSubscriberStore;
let server: Server;
let browser: Browser;
let site = '';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  standins = await startStandins({ tableName: 'tidings-e2e' });
  keysDir = await mkdtemp(join(tmpdir(), 'tidings-e2e-'));
  const keysFile = await ensureLocalTokenKeys(join(keysDir, 'token-keys.json'));
  // As deployed: the taxonomy's JSON form, written from content/topics.yaml the way synth writes it.
  const taxonomyFile = join(keysDir, 'topics.json');
  writeFileSync(taxonomyFile, taxonomyJson());
  keys = await loadTokenKeys({ tokenKeysFile: keysFile });
  store = new DynamoSubscriberStore({
    client: createDynamoClient({ endpoint: standins.dynamoEndpoint, region: 'us-east-1' }),
    tableName: standins.tableName,
  });
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const api: HttpHandler = await buildSubscriptionApi(
    readSubscriptionConfig({
      TABLE_NAME: standins.tableName,
      DYNAMODB_ENDPOINT: standins.dynamoEndpoint,
      SES_ENDPOINT: standins.sesEndpoint,
      SENDER_EMAIL: 'news@example.org',
      SENDER_NAME: 'tidings',
      SITE_URL: site,
      TOKEN_KEYS_FILE: keysFile,
      TAXONOMY_FILE: taxonomyFile,
      AWS_REGION: 'us-east-1',
    }),
    new CapturingLogger(),
  );
  const routes: Route[] = subscriptionRoutes.map((r) => ({ ...r, handler: api }));
  server.on('request', async (req, res) => {
    const route = matchRoute(routes, req.method ?? 'GET', new URL(req.url ?? '/', site).pathname);
    const event = await toEvent(req);
    if (event === 'too-large') {
      res.statusCode = 413;
      res.end();
      return;
    }
    sendResult(res, await (route?.handler ?? api)(event));
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await standins?.stop();
  if (keysDir) await rm(keysDir, { recursive: true, force: true });
});

async function outbox(to: string) {
  const entries = (await outboxEntries(standins.sesEndpoint)).filter((e) => e.destination.to.includes(to));
  return entries;
}

/** Fails the test on any console error, which is how a CSP violation (e.g. a blocked style) shows up. */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const journeys = [
  {
    lang: 'zh' as const,
    locale: 'zh-CN',
    viewport: { width: 1024, height: 900 },
    email: 'reader.zh@example.org',
    text: {
      subscribe: '订阅',
      checkInbox: '请查收确认邮件',
      confirm: '确认订阅',
      confirmed: '订阅已确认',
      manage: '管理订阅偏好',
      save: '保存',
      saved: '偏好已保存',
      all: '退订全部邮件',
      gone: '已退订',
    },
    topics: ['大模型与技术', '医疗与生物医药'],
  },
  {
    lang: 'en' as const,
    locale: 'en-GB',
    viewport: { width: 390, height: 844 },
    email: 'reader.en@example.org',
    text: {
      subscribe: 'Subscribe',
      checkInbox: 'Check your inbox',
      confirm: 'Confirm subscription',
      confirmed: 'Subscription confirmed',
      manage: 'Manage preferences',
      save: 'Save',
      saved: 'Preferences saved',
      all: 'Unsubscribe from everything',
      gone: 'Unsubscribed',
    },
    topics: ['Models & research', 'Health & life sciences'],
  },
];

describe('subscription journey in a browser', () => {
  for (const j of journeys) {
    it(`${j.lang}: subscribe, confirm from the email, change topics, one-click unsubscribe`, async () => {
      const context = await browser.newContext({ locale: j.locale, viewport: j.viewport });
      const page = await context.newPage();
      const errors = watchConsole(page);

      // Subscribe form, language from Accept-Language; plain form post without JavaScript.
      const first = await page.goto(`${site}/`);
      expect(first?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(j.lang === 'zh' ? 'zh-CN' : 'en');
      await page.getByLabel(j.lang === 'zh' ? '电子邮箱' : 'Email address').fill(j.email);
      for (const name of j.topics) await page.getByText(name, { exact: true }).first().click();
      await page.locator('#cadence-weekly').check();
      await page.locator(`#lang-${j.lang}`).check();
      // Keyboard focus is visible (outline from :focus-visible), so the inline style was allowed by the CSP.
      await page.locator('#email').focus();
      expect(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')).toBe('solid');
      await page.screenshot({ path: `${SHOTS}/${j.lang}-1-subscribe.png`, fullPage: true });
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/subscriptions')),
        page.getByRole('button', { name: j.text.subscribe, exact: true }).click(),
      ]);
      expect(response.status()).toBe(202);
      await expect.poll(() => page.locator('h1').textContent()).toBe(j.text.checkInbox);
      await page.screenshot({ path: `${SHOTS}/${j.lang}-2-check-inbox.png`, fullPage: true });

      // The confirmation email, read from the SES outbox: real template, one message, links to this site.
      const sent = await outbox(j.email);
      expect(sent).toHaveLength(1);
      const mail = await readMail({
        from: '',
        to: j.email,
        data: await rawEml(standins.sesEndpoint, sent[0]!.messageId),
      });
      expect(mail.parsed.to).toMatchObject({ value: [{ address: j.email }] });
      for (const name of j.topics) expect(mail.text).toContain(name);
      const confirmUrl = mail.link('/confirm');
      expect(confirmUrl.origin).toBe(site);
      const pending = await store.getByEmail(j.email);
      expect(pending?.status).toBe('pending');

      // Opening the link (what a link scanner also does) changes nothing; the button confirms.
      await page.goto(confirmUrl.toString());
      expect((await store.getByEmail(j.email))?.status).toBe('pending');
      await page.screenshot({ path: `${SHOTS}/${j.lang}-3-confirm.png`, fullPage: true });
      await page.getByRole('button', { name: j.text.confirm }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(j.text.confirmed);
      const active = await store.getByEmail(j.email);
      expect(active?.status).toBe('active');
      expect(Object.values(active!.topics)).toEqual(['weekly', 'weekly']);
      await page.screenshot({ path: `${SHOTS}/${j.lang}-4-confirmed.png`, fullPage: true });

      // Preference center: health to instant alerts, models off, talent daily.
      await page.getByRole('link', { name: j.text.manage }).click();
      await page.locator('select[name="topic.health"]').selectOption('instant');
      await page.locator('select[name="topic.models"]').selectOption('none');
      await page.locator('select[name="topic.talent"]').selectOption('daily');
      await page.screenshot({ path: `${SHOTS}/${j.lang}-5-preferences.png`, fullPage: true });
      await page.getByRole('button', { name: j.text.save, exact: true }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(j.text.saved);
      expect((await store.getByEmail(j.email))?.topics).toEqual({ health: 'instant', talent: 'daily' });

      // RFC 8058 one-click as a mail provider sends it: cross-site, no cookies, no Origin.
      const listToken = signToken({ sub: active!.id, purpose: 'unsubscribe', list: 'digest:daily' }, keys);
      const oneClick = await fetch(`${site}/unsubscribe?token=${encodeURIComponent(listToken)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
        body: 'List-Unsubscribe=One-Click',
        redirect: 'manual',
      });
      expect(oneClick.status).toBe(200);
      expect((await store.getByEmail(j.email))?.topics).toEqual({ health: 'instant' });

      // The unsubscribe page linked from an alert email: this list, or everything.
      const alertToken = signToken({ sub: active!.id, purpose: 'unsubscribe', list: 'alerts:health' }, keys);
      await page.goto(`${site}/unsubscribe?token=${encodeURIComponent(alertToken)}`);
      expect((await store.getByEmail(j.email))?.topics).toEqual({ health: 'instant' });
      await page.screenshot({ path: `${SHOTS}/${j.lang}-6-unsubscribe.png`, fullPage: true });
      await page.getByRole('button', { name: j.text.all }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(j.text.gone);
      expect(await store.getByEmail(j.email)).toMatchObject({ status: 'unsubscribed', topics: {} });
      await page.screenshot({ path: `${SHOTS}/${j.lang}-7-unsubscribed.png`, fullPage: true });

      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
