// The reader's journey in Chromium against the whole local stack (`startLocal`: production handlers, dynalite, the
// SES stand-in, the real planner and sender), with the clock injected so a pause can end: subscribe → check inbox →
// confirm → welcome; subscribing again adds a topic and keeps the old ones; the preference center refuses an empty
// form; a pause sends nothing and ends by itself; unsubscribe then undo restores exactly; a zh-Hant reader gets
// Traditional Chinese pages, emails and digest; the subscribe answer is the same for every state of an address.
// Every page is checked with axe-core (0 serious or critical) and html-validate (0 errors) and screenshotted into
// test-results/screenshots/ (zh-Hans, zh-Hant, en; 390 and 1280 px; light and dark).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import type { ParsedMail } from 'mailparser';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../functions/adapters/dynamodb/client.ts';
import { DynamoSubscriberStore } from '../../functions/adapters/dynamodb/subscriber-store.ts';
import type { Subscriber } from '../../functions/core/subscribers/types.ts';
import { launchChromium } from '../helpers/browser.ts';
import { useLocalInstance } from '../helpers/local.ts';
import { clearOutbox, outboxEntries, parsedEml } from '../helpers/outbox.ts';

const SHOTS = 'test-results/screenshots';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const DAY = 86_400_000;

let browser: Browser;
let store: DynamoSubscriberStore;
/** The injected clock: real time moved by `offset` (a pause that ends, a new day for a new edition). */
let offset = 0;
const clock = { now: () => new Date(Date.now() + offset) };

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }] },
});

const local = useLocalInstance('reader', (dataDir) => {
  mkdirSync(SHOTS, { recursive: true });
  // The two sample articles, and the seed again under another name: a third article for a later edition.
  const contentDir = join(dataDir, 'articles');
  mkdirSync(contentDir);
  for (const file of ['ai-shanghai-2025.md', 'northbridge-ai-hospitals.md'])
    copyFileSync(join('content/articles', file), join(contentDir, file));
  copyFileSync('content/articles/ai-shanghai-2025.md', join(contentDir, 'ai-shanghai-2025-again.md'));
  return { contentDir, clock, log: () => {} };
});

beforeAll(async () => {
  store = new DynamoSubscriberStore({
    client: createDynamoClient({ endpoint: local.standins.dynamoEndpoint, region: 'us-east-1' }),
    tableName: local.standins.tableName,
  });
  browser = await launchChromium();
}, 120_000);

/** Per page checked: its height and what axe-core found at each impact, written to test-results/. */
const audit: { page: string; height: number; axe: Record<string, number> }[] = [];

afterAll(async () => {
  if (audit.length > 0)
    writeFileSync('test-results/reader-pages.json', `${JSON.stringify(audit, null, 2)}\n`);
  await browser?.close();
});

async function mailsTo(address: string): Promise<ParsedMail[]> {
  const entries = (await outboxEntries(local.standins.sesEndpoint)).filter((e) =>
    e.destination.to.includes(address),
  );
  return Promise.all(entries.map((e) => parsedEml(local.standins.sesEndpoint, e.messageId)));
}

function link(mail: ParsedMail | undefined, path: string): string {
  const found = new RegExp(`https?://\\S+${path}\\?token=[A-Za-z0-9._~%-]+`).exec(mail?.text ?? '')?.[0];
  expect(found, `${path} link in "${mail?.subject}"`).toBeTruthy();
  return found!;
}

async function subscriber(email: string): Promise<Subscriber> {
  const s = await store.getByEmail(email);
  expect(s, email).toBeTruthy();
  return s!;
}

/** The local /dev actions, as the buttons post them. */
async function dev(path: 'publish' | 'digest', field: string): Promise<string> {
  const res = await fetch(`${local.url}/dev/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: local.url },
    body: field,
  });
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return text;
}

interface Reader {
  context: BrowserContext;
  page: Page;
  name: string;
  colorScheme: 'light' | 'dark';
  errors: string[];
}

async function reader(name: string, viewport: typeof PHONE, colorScheme: 'light' | 'dark', locale: string) {
  const context = await browser.newContext({ viewport, colorScheme, locale, javaScriptEnabled: false });
  const page = await context.newPage();
  const errors: string[] = [];
  // A CSP violation (a blocked style) shows as a console error.
  page.on('console', (m) => {
    // A refused form answers 400 on purpose; Chromium logs every 4xx document.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  return {
    context,
    page,
    name: `${name}-${viewport.width}-${colorScheme}`,
    colorScheme,
    errors,
  } satisfies Reader;
}

/** axe-core (0 serious/critical) and html-validate (0 errors) on the page as served, then a screenshot. */
async function check(r: Reader, step: string, response: Response | null): Promise<void> {
  expect(response, step).toBeTruthy();
  const html = await response!.text();
  const report = await validator.validateString(html);
  expect(
    report.results.flatMap((x) => x.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`)),
    `${r.name} ${step}: html-validate`,
  ).toEqual([]);
  // axe runs script in the page; the reader browses with JavaScript off, so axe gets the same HTML in a copy.
  const copy = await browser.newContext({ viewport: r.page.viewportSize()!, colorScheme: r.colorScheme });
  const probe = await copy.newPage();
  await probe.setContent(html, { waitUntil: 'load' });
  const axe = await new AxeBuilder({ page: probe }).analyze();
  const height = Number(await probe.evaluate('document.documentElement.scrollHeight'));
  // Every drop-down (fold-outs opened) is wide enough for its longest choice (text measured in its font; 20 px
  // of arrow).
  const clipped = await probe.evaluate(`(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const ctx = document.createElement('canvas').getContext('2d');
    const out = [];
    for (const s of document.querySelectorAll('select')) {
      if (!s.checkVisibility()) continue;
      const cs = getComputedStyle(s);
      ctx.font = cs.font;
      const widest = Math.max(...[...s.options].map((o) => ctx.measureText(o.text).width));
      const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 20;
      if (widest > room) out.push(s.id + ': ' + Math.round(widest) + ' px > ' + Math.round(room) + ' px');
    }
    return out;
  })()`);
  await copy.close();
  const impacts: Record<string, number> = { minor: 0, moderate: 0, serious: 0, critical: 0 };
  for (const v of axe.violations) impacts[v.impact ?? 'minor'] = (impacts[v.impact ?? 'minor'] ?? 0) + 1;
  audit.push({ page: `${r.name} ${step}`, height, axe: impacts });
  const serious = axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious, `${r.name} ${step}: axe`).toEqual([]);
  expect(clipped, `${r.name} ${step}: clipped drop-downs`).toEqual([]);
  expect(r.errors, `${r.name} ${step}: console`).toEqual([]);
  await r.page.screenshot({ path: `${SHOTS}/reader-${r.name}-${step}.png`, fullPage: true });
}

async function submit(r: Reader, name: string | RegExp): Promise<Response | null> {
  const [response] = await Promise.all([
    r.page.waitForNavigation(),
    r.page.getByRole('button', { name, exact: typeof name === 'string' }).click(),
  ]);
  return response;
}

describe('the reader journey in a browser', { timeout: 180_000 }, () => {
  it('zh-Hans, 1280 px, light: subscribe, check inbox, confirm, welcome; subscribing again adds a topic and keeps the others', async () => {
    const mei = await reader('zh-Hans', DESKTOP, 'light', 'zh-CN');
    const email = 'mei@example.org';
    await check(mei, '1-subscribe', await mei.page.goto(`${local.url}/`));
    expect(await mei.page.getAttribute('html', 'lang')).toBe('zh-CN');
    await mei.page.getByLabel('电子邮箱').fill(email);
    await mei.page.getByRole('checkbox', { name: '医疗与生物医药' }).check();
    await mei.page.getByRole('checkbox', { name: '大模型与技术' }).check();
    await mei.page.getByText('为每个主题分别设置频率').click();
    await mei.page.getByLabel('大模型与技术', { exact: true }).last().selectOption('weekly');
    const inbox = await submit(mei, '订阅');
    expect(new URL(mei.page.url()).pathname).toBe('/check-inbox');
    await check(mei, '2-check-inbox', inbox);
    const shown = await mei.page.locator('main').textContent();
    expect(shown).toContain(email);
    expect(shown).toContain('医疗与生物医药：每日摘要');
    expect(shown).toContain('大模型与技术：每周摘要');
    expect(shown).toContain('垃圾邮件');

    const [confirmation] = await mailsTo(email);
    expect(confirmation?.subject).toBe('请确认您的订阅');
    await check(mei, '3-confirm', await mei.page.goto(link(confirmation, '/confirm')));
    expect(await mei.page.locator('main p').first().textContent()).toContain('扫描程序');
    await check(mei, '4-confirmed', await submit(mei, '确认订阅'));
    const recap = await mei.page.locator('main').textContent();
    expect(recap).toContain('医疗与生物医药：每日摘要');
    expect(recap).toContain('大模型与技术：每周摘要');
    expect(recap).toMatch(/第一封摘要：\d+月\d+日/);
    const welcome = (await mailsTo(email)).find((m) => m.subject === '欢迎订阅 tidings');
    expect(welcome?.text).toContain('医疗与生物医药：每日摘要');
    link(welcome, '/preferences');
    // Nothing published yet: no "recent articles" part.
    expect(welcome?.text).not.toContain('/articles/');
    // The used link says so.
    await mei.page.goBack();
    const again = await submit(mei, '确认订阅');
    expect(await mei.page.locator('h1').textContent()).toBe('此链接已使用');
    await check(mei, '5-used-link', again);

    // Again, with another topic: the same answer; the email says "already subscribed" and offers to add it.
    await clearOutbox(local.standins.sesEndpoint);
    offset += 11 * 60_000; // one email per address per 10 minutes
    await mei.page.goto(`${local.url}/?lang=zh-Hans`);
    await mei.page.getByLabel('电子邮箱').fill(email);
    await mei.page.getByRole('checkbox', { name: '人才与教育' }).check();
    await submit(mei, '订阅');
    const [already] = await mailsTo(email);
    expect(already?.subject).toBe('您已订阅 tidings');
    expect(already?.text).toContain('人才与教育');
    expect((await subscriber(email)).topics).toEqual({ health: 'daily', models: 'weekly' });
    await mei.page.goto(link(already, '/confirm'));
    await submit(mei, '确认订阅');
    expect((await subscriber(email)).topics).toEqual({ health: 'daily', models: 'weekly', talent: 'daily' });
    await mei.context.close();
  });

  it('en, 390 px, dark: the empty preference form is refused; a pause sends nothing and ends by itself', async () => {
    const sam = await reader('en', PHONE, 'dark', 'en-GB');
    const email = 'sam@example.org';
    await check(sam, '1-subscribe', await sam.page.goto(`${local.url}/`));
    // The form fits a phone screen: the button is above the fold.
    const button = await sam.page.getByRole('button', { name: 'Subscribe', exact: true }).boundingBox();
    expect(button!.y + button!.height).toBeLessThanOrEqual(PHONE.height);
    await sam.page.getByLabel('Email address').fill(email);
    await sam.page.getByRole('checkbox', { name: 'Health & life sciences' }).check();
    await sam.page.getByText(/^Languages:/).click();
    await sam.page.getByLabel('Articles in Chinese').check();
    await submit(sam, 'Subscribe');
    await sam.page.goto(link((await mailsTo(email))[0], '/confirm'));
    await submit(sam, 'Confirm subscription');
    const welcome = (await mailsTo(email)).find((m) => m.subject === 'Welcome to tidings');
    const manage = link(welcome, '/preferences');

    await check(sam, '2-preferences', await sam.page.goto(manage));
    expect(await sam.page.locator('main').textContent()).toContain('s***@example.org');
    expect(await sam.page.getByText('1 week', { exact: true }).count()).toBe(1);
    const before = await subscriber(email);
    await sam.page.getByLabel('Health & life sciences').selectOption('none');
    const refused = await submit(sam, 'Save preferences');
    expect(refused?.status()).toBe(400);
    expect(await sam.page.getByRole('alert').first().textContent()).toContain('pause instead');
    await check(sam, '3-empty-refused', refused);
    expect((await subscriber(email)).version).toBe(before.version);

    await sam.page.goto(manage);
    await sam.page.getByLabel('2 weeks').check();
    const paused = await submit(sam, 'Pause');
    expect(await sam.page.locator('h1').textContent()).toBe('Subscription paused');
    await check(sam, '4-paused', paused);
    await check(sam, '5-preferences-paused', await sam.page.goto(manage));
    expect(await sam.page.locator('.banner').textContent()).toContain('paused until');

    // While paused: an article on health and a daily digest reach Mei, not Sam.
    await clearOutbox(local.standins.sesEndpoint);
    await dev('publish', 'slug=northbridge-ai-hospitals');
    expect(await dev('digest', 'cadence=daily')).toContain('1 sent');
    expect(await mailsTo(email)).toEqual([]);
    expect((await mailsTo('mei@example.org')).length).toBe(1);

    // Fifteen days on, the pause has ended by itself: the next digest reaches Sam.
    offset += 15 * DAY;
    await dev('publish', 'slug=ai-shanghai-2025');
    expect(await dev('digest', 'cadence=daily')).toContain('2 sent');
    const [digest] = await mailsTo(email);
    expect(digest?.subject).toMatch(/Daily digest/);
    expect((await subscriber(email)).status).toBe('active');
    await sam.context.close();
  });

  it('zh-Hant, 390 px light and 1280 px dark: Traditional pages, emails and digest; unsubscribe then undo restores exactly', async () => {
    const lin = await reader('zh-Hant', PHONE, 'light', 'zh-TW');
    const email = 'lin@example.org';
    await check(lin, '1-subscribe', await lin.page.goto(`${local.url}/`));
    expect(await lin.page.getAttribute('html', 'lang')).toBe('zh-TW');
    expect(await lin.page.locator('h1').textContent()).toBe('訂閱主題資訊');
    await lin.page.getByLabel('電子郵箱').fill(email);
    await lin.page.getByRole('checkbox', { name: '醫療與生物醫藥' }).check();
    await lin.page.getByRole('checkbox', { name: '人才與教育' }).check();
    await lin.page.getByText('為每個主題分別設定頻率').click();
    await lin.page.getByLabel('人才與教育', { exact: true }).last().selectOption('weekly');
    await check(lin, '2-check-inbox', await submit(lin, '訂閱'));
    const [confirmation] = await mailsTo(email);
    expect(confirmation?.subject).toBe('請確認您的訂閱');
    expect(confirmation?.text).toContain('醫療與生物醫藥');
    await lin.page.goto(link(confirmation, '/confirm'));
    await check(lin, '3-confirmed', await submit(lin, '確認訂閱'));
    const welcome = (await mailsTo(email)).find((m) => m.subject?.startsWith('歡迎'));
    expect(welcome?.html).toContain('lang="zh-TW"');
    // The newest article on Lin's topics (published minutes ago, in Sam's test), linked to its page; the English
    // one is older than two weeks by now.
    expect(welcome?.text).toContain('您關注的主題最近發表的文章');
    expect(welcome?.text).toContain(`${local.url}/articles/ai-shanghai-2025]`);
    expect(welcome?.text).not.toContain('northbridge');

    // The next day's digest is in Traditional characters.
    await clearOutbox(local.standins.sesEndpoint);
    offset += DAY;
    await dev('publish', 'slug=ai-shanghai-2025-again');
    await dev('digest', 'cadence=daily');
    const [digest] = await mailsTo(email);
    expect(digest?.subject).toMatch(/每日摘要/);
    expect(digest?.text).toContain('罕見病');
    expect(digest?.text).not.toMatch(/[罕][见]|医疗|订阅/);
    for (const [viewport, scheme] of [
      [PHONE, 'light'],
      [DESKTOP, 'dark'],
    ] as const) {
      const context = await browser.newContext({ viewport, colorScheme: scheme });
      const page = await context.newPage();
      await page.setContent(String(digest?.html), { waitUntil: 'load' });
      await page.screenshot({
        path: `${SHOTS}/reader-zh-Hant-${viewport.width}-${scheme}-digest.png`,
        fullPage: true,
      });
      await context.close();
    }

    // Unsubscribe from the daily digest with the email's link, then undo: exactly what was stopped comes back.
    const before = await subscriber(email);
    expect(before.topics).toEqual({ health: 'daily', talent: 'weekly' });
    await check(lin, '4-unsubscribe', await lin.page.goto(link(digest, '/unsubscribe')));
    const done = await submit(lin, '僅退訂此類郵件');
    await check(lin, '5-unsubscribed', done);
    const page = await lin.page.locator('main').textContent();
    expect(page).toContain('醫療與生物醫藥：每日摘要');
    expect(page).toContain('人才與教育：每週摘要');
    expect((await subscriber(email)).topics).toEqual({ talent: 'weekly' });
    await check(lin, '6-restored', await submit(lin, '撤銷退訂'));
    const after = await subscriber(email);
    expect({
      status: after.status,
      topics: after.topics,
      locale: after.locale,
      contentLangs: after.contentLangs,
    }).toEqual({
      status: before.status,
      topics: before.topics,
      locale: before.locale,
      contentLangs: before.contentLangs,
    });

    // Preferences on a desktop in dark mode; "unsubscribe from everything" asks first.
    const dark = await reader('zh-Hant', DESKTOP, 'dark', 'zh-TW');
    await check(dark, '7-preferences', await dark.page.goto(link(digest, '/preferences')));
    await check(dark, '8-unsubscribe-all-ask', await submit(dark, '退訂全部郵件'));
    expect((await subscriber(email)).status).toBe('active');
    await dark.context.close();
    await lin.context.close();
  });

  it('answers a subscribe form byte for byte the same for a new, pending, active, unsubscribed and suppressed address', async () => {
    const email = 'same@example.org';
    const post = () =>
      fetch(`${local.url}/api/subscriptions`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: local.url },
        body: `ui=en&email=${encodeURIComponent(email)}&topics=health&cadence=daily&contentLangs=en&lang=en`,
      });
    const answer = async () => {
      const res = await post();
      const headers = [...res.headers].filter(
        ([name]) => !['date', 'connection', 'keep-alive'].includes(name),
      );
      return JSON.stringify([res.status, headers, await res.text()]);
    };
    // The receipt in the redirect expires on the hour: start just after one, so the 11 minutes below stay in it.
    const now = clock.now();
    offset += ((65 - now.getUTCMinutes()) * 60 - now.getUTCSeconds()) * 1000;
    const answers: string[] = [await answer()]; // new
    answers.push(await answer()); // pending
    await clearOutbox(local.standins.sesEndpoint);
    offset += 11 * 60_000; // past the one-email-per-10-minutes limit, so a confirmation is sent again
    await answer();
    const [confirmation] = await mailsTo(email);
    const token = new URL(link(confirmation, '/confirm')).searchParams.get('token')!;
    await fetch(`${local.url}/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: local.url },
      body: `token=${encodeURIComponent(token)}`,
    });
    expect((await subscriber(email)).status).toBe('active');
    answers.push(await answer()); // active
    const s = await subscriber(email);
    await store.update(s, { ...s, status: 'unsubscribed', topics: {}, updatedAt: clock.now().toISOString() });
    answers.push(await answer()); // unsubscribed
    await store.setStatus(s.id, 'bounced', clock.now().toISOString());
    answers.push(await answer()); // suppressed
    expect(JSON.parse(answers[0]!)[0]).toBe(303);
    expect(new Set(answers).size, answers.join('\n')).toBe(1);
  });
});
