// A person's whole journey through the whole pipeline, in a real browser, on the same server `npm start` runs:
// two people subscribe (different topics and languages), confirm from the outbox, the seed article is published,
// the daily digest goes out; each email holds exactly their themes' sections; one unsubscribes with a click; the
// next digest reaches only the other; a bounce comes back. Screenshots: test-results/screenshots/journey-*.png
// (kept by CI). Every AWS call each function makes on the way is recorded and judged against that function's
// synthesized IAM policies (issue 15 §5): allowed, and no granted action left unused without a reason.
import { mkdirSync } from 'node:fs';
import type { SNSEvent } from 'aws-lambda';
import type { ParsedMail } from 'mailparser';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDeliveryConfig } from '../../functions/adapters/delivery-config.ts';
import { DELIVERY_HEADERS } from '../../functions/core/delivery/editions.ts';
import { planDigest } from '../../functions/core/delivery/plan.ts';
import { buildFeedbackHandler } from '../../functions/handlers/feedback.ts';
import {
  asFunction,
  clearRecordedSdkCalls,
  RECORD_SDK_CALLS,
  recordedSdkCalls,
} from '../../functions/shared/sdk-calls.ts';
import { launchChromium } from '../helpers/browser.ts';
import { useLocalInstance } from '../helpers/local.ts';
import { clearOutbox, outboxEntries, parsedEml } from '../helpers/outbox.ts';
import { deployedFunctions, GRANTS_NO_RUN_USES, judge, unusedGrants } from '../infra/recorded-calls.ts';
import { synthTemplate } from '../infra/stack-fixture.ts';

const SHOTS = 'test-results/screenshots';
const DESKTOP = { width: 1280, height: 900 };
const MOBILE = { width: 390, height: 844 };

let browser: Browser;

const people = {
  mei: {
    email: 'mei@example.org',
    locale: 'zh-CN',
    viewport: DESKTOP,
    topic: '医疗与生物医药',
    lang: 'zh',
    uiLocale: 'zh-Hans',
    subscribe: '订阅',
    confirm: '确认订阅',
  },
  sam: {
    email: 'sam@example.org',
    locale: 'en-GB',
    viewport: MOBILE,
    topic: 'Talent & education',
    lang: 'en',
    uiLocale: 'en',
    subscribe: 'Subscribe',
    confirm: 'Confirm subscription',
  },
} as const;

async function mailsTo(address: string): Promise<ParsedMail[]> {
  const entries = (await outboxEntries(local.standins.sesEndpoint)).filter((e) =>
    e.destination.to.includes(address),
  );
  return Promise.all(entries.map((e) => parsedEml(local.standins.sesEndpoint, e.messageId)));
}

async function shot(context: BrowserContext, html: string, file: string): Promise<void> {
  const page = await context.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  await page.screenshot({ path: `${SHOTS}/${file}`, fullPage: true });
  await page.close();
}

// Names the functions are given in production where the local run has its own (the table, the configuration set):
// the recorded calls are mapped to the deployed names through the variable both come from.
let deployed: ReturnType<typeof deployedFunctions>;
let secondDigest: ParsedMail | undefined;
let secondEdition = '';
const restoreEnv: Record<string, string | undefined> = {};
function setEnv(name: string, value: string): void {
  restoreEnv[name] = process.env[name];
  process.env[name] = value;
}

// Before the instance starts: the functions read this environment when they are wired.
beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
  deployed = deployedFunctions(synthTemplate());
  setEnv(RECORD_SDK_CALLS, 'memory');
  // The sender and configuration set as deployed, so SES calls carry what IAM's conditions read.
  setEnv('SENDER_EMAIL', deployed.functions.send.environment.SENDER_EMAIL!);
  setEnv('CONFIGURATION_SET', 'tidings-local');
  clearRecordedSdkCalls();
}, 120_000);

const local = useLocalInstance('journey');

beforeAll(async () => {
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  for (const [name, value] of Object.entries(restoreEnv))
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  await browser?.close();
});

/**
 * Grants the journey does not exercise, each with why it stays: those no run can show (recorded-calls.ts) and what
 * the local wiring does instead of AWS. The list must match exactly: a grant that starts being used, or a new one
 * nobody uses, fails the test until this list is brought up to date.
 */
const UNUSED_GRANTS: Record<string, string> = {
  ...GRANTS_NO_RUN_USES,
  'articles dynamodb:BatchGetItem DataTable':
    'the archive topic pages and feeds read every article record; this journey opens none (npm run rehearse does)',
  'subscriptions ses:GetSendQuota *':
    'read at cold start on AWS to size the confirmation budget; the local SES has no quota (npm run rehearse calls it)',
  'subscriptions secretsmanager:GetSecretValue DataTokenKeys': 'locally the token keys come from a file',
  'publish secretsmanager:GetSecretValue DataTokenKeys': 'locally the token keys come from a file',
  'send secretsmanager:GetSecretValue DataTokenKeys': 'locally the token keys come from a file',
  'publish s3:GetObject datacontent/articles/*':
    'locally the desk publishes from content/, not from the bucket',
  'publish sqs:SendMessage DeliverySend': 'locally alert jobs go to the in-process queue',
  'plan sqs:SendMessage DeliverySend': 'locally digest jobs go to the in-process queue',
  'subscriptions sqs:SendMessage SubscribeRequests':
    'locally (and in this journey) subscribe requests go to the in-process queue or are processed inline',
  'send dynamodb:DeleteItem DataTable': 'releases its own claim after a retryable SES failure',
};

describe('the whole journey in a browser', () => {
  it('subscribe, confirm, publish, digest by theme, unsubscribe, next digest', async () => {
    const contexts: Record<string, BrowserContext> = {};
    for (const [name, p] of Object.entries(people)) {
      const context = await browser.newContext({ locale: p.locale, viewport: p.viewport });
      contexts[name] = context;
      const page = await context.newPage();
      await page.goto(`${local.url}/`);
      expect(await page.getAttribute('html', 'lang')).toBe(p.lang === 'zh' ? 'zh-CN' : 'en');
      await page.locator('#email').fill(p.email);
      await page.getByText(p.topic, { exact: true }).first().click();
      await page.locator('#cadence-daily').check();
      // Languages: the email language, and articles in Chinese too (the seed is Chinese; an English page
      // offers English articles only unless asked).
      await page
        .locator('details', { has: page.locator('#content-zh') })
        .locator('summary')
        .click();
      await page.locator(`#locale-${p.uiLocale}`).check();
      await page.locator('#content-zh').check();
      await page.screenshot({
        path: `${SHOTS}/journey-subscribe-${p.lang}-${p.viewport.width}.png`,
        fullPage: true,
      });
      await page.getByRole('button', { name: p.subscribe, exact: true }).click();
      await page.waitForLoadState('load');

      const [confirmation] = await mailsTo(p.email);
      const link = /https?:\/\/\S+\/confirm\?token=[A-Za-z0-9._~%-]+/.exec(confirmation?.text ?? '')?.[0];
      expect(link, 'confirmation link').toBeTruthy();
      await page.goto(link!);
      await page.getByRole('button', { name: p.confirm }).click();
      await page.waitForLoadState('load');
      await page.close();
    }

    // The editor publishes the seed article and sends the daily digest from the local index.
    await clearOutbox(local.standins.sesEndpoint);
    const editor = await browser.newContext({ viewport: DESKTOP });
    const index = await editor.newPage();
    await index.goto(`${local.url}/dev`);
    await index.locator('tr', { hasText: '模塑申城' }).getByRole('button', { name: 'Publish' }).click();
    await index.waitForLoadState('load');
    expect(await index.locator('h1').textContent()).toContain('Published');
    await index.goto(`${local.url}/dev`);
    await index.getByRole('button', { name: 'Send the daily digest now' }).click();
    await index.waitForLoadState('load');
    expect(await index.locator('body').textContent()).toContain('2 sent');

    const [meiDigest] = await mailsTo(people.mei.email);
    const [samDigest] = await mailsTo(people.sam.email);
    // Mei (health, zh) gets the rare-disease section as a health-focused excerpt, nothing on talent.
    expect(meiDigest?.subject).toMatch(/每日摘要/);
    // (the digest shows each article once by its title, linking to the section: s2 打通赋能产业链“最后一公里”)
    expect(meiDigest?.text).toContain('/articles/ai-shanghai-2025#s2]');
    expect(meiDigest?.text).toContain('罕见病');
    expect(meiDigest?.text).not.toContain('/articles/ai-shanghai-2025#s3]');
    expect(meiDigest?.text).not.toContain('谭黎敏'); // the section's other paragraphs are not in the excerpt
    // Sam (talent, en) gets the talent section and nothing on health.
    expect(samDigest?.subject).toMatch(/Daily digest/);
    expect(samDigest?.text).toContain('/articles/ai-shanghai-2025#s3]'); // 培养“人工智能+”复合型人才
    expect(samDigest?.text).not.toContain('罕见病');
    for (const [mail, lang, viewport] of [
      [meiDigest, 'zh', DESKTOP],
      [meiDigest, 'zh', MOBILE],
      [samDigest, 'en', DESKTOP],
      [samDigest, 'en', MOBILE],
    ] as const) {
      const context = await browser.newContext({ viewport });
      await shot(context, String(mail?.html), `journey-digest-${lang}-${viewport.width}.png`);
      await context.close();
    }

    // Mei's preference center, from the link in her digest, at both widths.
    const manage = /https?:\/\/\S+\/preferences\?token=[A-Za-z0-9._~%-]+/.exec(meiDigest?.text ?? '')?.[0];
    expect(manage).toBeTruthy();
    for (const viewport of [DESKTOP, MOBILE]) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport });
      const page = await context.newPage();
      await page.goto(manage!);
      expect(await page.locator('h1').textContent()).toBeTruthy();
      await page.screenshot({
        path: `${SHOTS}/journey-preferences-zh-${viewport.width}.png`,
        fullPage: true,
      });
      await context.close();
    }

    // Sam clicks "unsubscribe" in the digest and confirms on the page.
    const unsubscribe = /https?:\/\/\S+\/unsubscribe\?token=[A-Za-z0-9._~%-]+/.exec(
      samDigest?.text ?? '',
    )?.[0];
    expect(unsubscribe).toBeTruthy();
    const samPage = await contexts.sam!.newPage();
    await samPage.goto(unsubscribe!);
    await samPage.getByRole('button', { name: 'Unsubscribe from this list only' }).click();
    await samPage.waitForLoadState('load');

    // New content, and the next day's digest: only Mei gets one.
    await clearOutbox(local.standins.sesEndpoint);
    await index.goto(`${local.url}/dev`);
    await index.locator('tr', { hasText: 'Northbridge' }).getByRole('button', { name: 'Publish' }).click();
    await index.waitForLoadState('load');
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
    const next = await asFunction('plan', () =>
      planDigest(local.delivery.coreDeps, 'daily', { until: tomorrow }),
    );
    await local.delivery.queue.drain();
    expect(next.planned).toBe(1);
    const outbox = await outboxEntries(local.standins.sesEndpoint);
    expect(outbox.map((e) => e.destination.to)).toEqual([[people.mei.email]]);
    const [second] = await mailsTo(people.mei.email);
    expect(second?.text).toContain('Northbridge bets on AI from the ward to the wafer');
    expect(second?.text).toContain('/articles/northbridge-ai-hospitals#s1]'); // Hospitals start with the paperwork
    secondDigest = second;
    secondEdition = next.editionId;

    for (const context of Object.values(contexts)) await context.close();
    await editor.close();
  }, 120_000);

  it('a reader opens an article page; SES reports a hard bounce on the second digest', async () => {
    const article = await fetch(`${local.url}/articles/ai-shanghai-2025`);
    expect(article.status).toBe(200);

    // What SES publishes to the feedback topic, wrapped by SNS as Lambda receives it. The edition is named as the
    // sender's X-Tidings-Edition header names it (the local SES outbox does not keep that header); the subscriber
    // is found by the bounced address.
    const notification = {
      notificationType: 'Bounce',
      bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: people.mei.email }] },
      mail: {
        messageId: secondDigest?.messageId ?? 'unknown',
        headers: [{ name: DELIVERY_HEADERS.edition, value: secondEdition }],
      },
    };
    const event = {
      Records: [
        { EventSource: 'aws:sns', Sns: { MessageId: 'sns-1', Message: JSON.stringify(notification) } },
      ],
    } as unknown as SNSEvent;
    const feedback = await buildFeedbackHandler(
      readDeliveryConfig({ ...process.env, ...local.env }, 'feedback'),
    );
    const summary = await asFunction('feedback', () => feedback(event));
    expect(summary).toEqual({ applied: 1, ignored: 0 });
    expect((await local.delivery.ports.subscribers.getByEmail(people.mei.email))?.status).toBe('bounced');
    expect((await local.delivery.ports.editions.get(secondEdition))?.counts.bounced).toBe(1);
  });

  it('every AWS call each function made is allowed by its synthesized policy; every grant is used or explained', async () => {
    const calls = recordedSdkCalls().filter((c) => c.function);
    const perFunction: Record<string, number> = {};
    for (const c of calls) perFunction[c.function!] = (perFunction[c.function!] ?? 0) + 1;
    expect(Object.keys(perFunction).sort()).toEqual(Object.keys(deployed.functions).sort());
    const verdicts = await judge(calls, deployed, { ...process.env, ...local.env });
    const denied = verdicts
      .filter((v) => v.result !== 'Allowed')
      .map(
        (v) =>
          `${v.fn}: ${v.result} ${v.request.action} on ${v.request.resource} ${JSON.stringify(v.request.context)}`,
      );
    expect(denied, 'calls IAM would refuse in the account').toEqual([]);
    const unused = await unusedGrants(verdicts, deployed);
    expect(unused.sort(), 'granted actions no recorded call used (explain each in UNUSED_GRANTS)').toEqual(
      Object.keys(UNUSED_GRANTS).sort(),
    );
    console.log(
      `recorded AWS calls per function: ${JSON.stringify(perFunction)}; ${verdicts.length} distinct IAM requests, ${denied.length} denied`,
    );
  });
});
