// The email audit: every kind of email in the template registry, in zh and en, checked on the exact bytes handed
// to SES. Digests (daily, weekly) and alerts go through the real publisher, planner and sender (in-memory stores,
// the real renderer and MIME composer); the other kinds (sent by SES SendEmail) are rendered from their preview
// data and composed as SES composes them. Checks: mailparser round trip, header rules, size, html-validate, the
// text part, links, the postal address and, with Debian's SpamAssassin (stock rules, local tests), the score.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { HtmlValidate } from 'html-validate';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSimpleEmail } from '../../functions/adapters/memory/mailer.ts';
import { compileEmail, editionRenderer } from '../../functions/adapters/render/renderer.ts';
import { parseArticle } from '../../functions/core/article/parse.ts';
import { planDigest } from '../../functions/core/delivery/plan.ts';
import { publishArticle } from '../../functions/core/delivery/publish.ts';
import { sendJob } from '../../functions/core/delivery/send.ts';
import { personalize } from '../../functions/core/render/personalize.ts';
import { classifyArticle } from '../../functions/core/topics/classify.ts';
import type { Lang, TopicId } from '../../functions/core/types.ts';
import { PREVIEW_POSTAL_ADDRESS, PREVIEW_TAXONOMY } from '../../templates/preview-seed.ts';
import { EMAIL_PREVIEWS } from '../../templates/previews.ts';
import { EMAIL_TEMPLATES, type EmailKind } from '../../templates/registry.ts';
import { launchChromium } from '../helpers/browser.ts';
import { subscriber, world } from '../unit/delivery/world.ts';

const run = promisify(execFile);
const SITE = 'https://news.example.org';
const LANGS: Lang[] = ['zh', 'en'];
const OUT = 'test-results/emails';

interface Audited {
  /** `digest-daily.zh`, `alert.en`, `confirm.zh`, … */
  name: string;
  kind: EmailKind;
  lang: Lang;
  /** List mail (digests, alerts): one-click unsubscribe, List-Id, postal address. */
  list: boolean;
  raw: Buffer;
  tags: Record<string, string>;
}

const emails: Audited[] = [];

/** Publishes the sample articles, plans both digests and sends every job: the bytes the sender hands SES. */
async function viaSendPath(): Promise<Audited[]> {
  const w = Object.assign(world(new Date('2025-01-20T12:00:00.000Z')), {
    render: editionRenderer,
    taxonomy: PREVIEW_TAXONOMY,
    postalAddress: PREVIEW_POSTAL_ADDRESS,
    replyTo: 'editors@example.org',
    inboundDomain: 'in.news.example.org',
  });
  const articles = ['ai-shanghai-2025.md', 'northbridge-ai-hospitals.md'].map((file) => {
    const { article } = parseArticle(readFileSync(`content/articles/${file}`, 'utf8'), { file });
    return article!;
  });
  const themes = articles.map((a) => classifyArticle(a, PREVIEW_TAXONOMY));
  const topics = [
    ...new Set(themes.flatMap((t) => t.flatMap((s) => s.themes.map((m) => m.topic)))),
  ] as TopicId[];
  const all = (cadence: 'instant' | 'daily' | 'weekly') =>
    Object.fromEntries(topics.map((t) => [t, cadence]));
  // zh-Hant readers get the zh variant converted with OpenCC (issue 13): audited as `<kind>.zh-Hant`.
  for (const lang of [...LANGS, 'zh-Hant'] as const) {
    for (const cadence of ['instant', 'daily', 'weekly'] as const) {
      const reader = subscriber(`${cadence}-${lang}`, all(cadence), lang === 'en' ? 'en' : 'zh');
      await w.subscribers.create(lang === 'zh-Hant' ? { ...reader, locale: 'zh-Hant' } : reader);
    }
  }
  for (const [i, article] of articles.entries())
    await publishArticle(w, article, themes[i]!, `2025-01-20T0${2 + i}:00:00.000Z`);
  await planDigest(w, 'daily');
  await planDigest(w, 'weekly');
  for (const job of w.queue.take()) await sendJob(w, job);
  // One email per reader: the instant reader of both articles gets one alert per article.
  const seen = new Set<string>();
  const out: Audited[] = [];
  for (const sent of w.mailer.sent) {
    const [cadence, variant] = sent.to.replace('@example.org', '').split(/-(.*)/) as [string, string];
    const lang: Lang = variant === 'en' ? 'en' : 'zh';
    const name = cadence === 'instant' ? `alert.${variant}` : `digest-${cadence}.${variant}`;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({
      name,
      kind: cadence === 'instant' ? 'alert' : 'digest',
      lang,
      list: true,
      raw: Buffer.from(sent.data),
      tags: sent.tags ?? {},
    });
  }
  return out;
}

/** A kind SES composes (SendEmail): rendered from its preview, personalized, composed like SES does. */
async function viaSendEmail(kind: EmailKind, lang: Lang): Promise<Audited> {
  const template = EMAIL_TEMPLATES[kind];
  const data = EMAIL_PREVIEWS[kind](lang, SITE);
  // biome-ignore lint/suspicious/noExplicitAny: the registry maps each kind to its own data type
  const compiled = await compileEmail(template as any, data as any);
  const email = personalize(compiled, {
    manageUrl: `${SITE}/manage?token=t.manage.x`,
    unsubscribeUrl: `${SITE}/unsubscribe?token=t.unsub.x`,
    confirmUrl: `${SITE}/confirm?token=t.confirm.x`,
  });
  const raw = await composeSimpleEmail({
    from: { address: 'news@news.example.org', name: 'tidings' },
    to: `reader-${lang}@example.org`,
    subject: email.subject,
    html: email.html,
    text: email.text,
  });
  return { name: `${kind}.${lang}`, kind, lang, list: false, raw: Buffer.from(raw.data), tags: {} };
}

beforeAll(async () => {
  emails.push(...(await viaSendPath()));
  for (const kind of Object.keys(EMAIL_TEMPLATES) as EmailKind[]) {
    if (kind === 'digest' || kind === 'alert') continue;
    for (const lang of LANGS) emails.push(await viaSendEmail(kind, lang));
  }
  await mkdir(OUT, { recursive: true });
  for (const e of emails) await writeFile(join(OUT, `${e.name}.eml`), e.raw);
}, 120_000);

// MJML writes tables with presentational attributes and inline styles by design: the audit keeps the rules
// about structure (nesting, unclosed or duplicate elements and ids, attribute syntax, missing alt).
const validator = new HtmlValidate({
  extends: ['html-validate:document'],
  rules: {
    'element-required-attributes': 'error',
    'no-dup-id': 'error',
    'no-dup-attr': 'error',
    'attribute-allowed-values': 'error',
    'wcag/h37': 'error',
  },
});

describe('email audit', () => {
  it('covers every kind in the registry, in zh and en, digests daily and weekly', () => {
    const names = emails.map((e) => e.name).sort();
    const kinds = Object.keys(EMAIL_TEMPLATES).flatMap((k) =>
      k === 'digest' ? ['digest-daily', 'digest-weekly'] : [k],
    );
    const hant = ['alert.zh-Hant', 'digest-daily.zh-Hant', 'digest-weekly.zh-Hant'];
    expect(names).toEqual([...kinds.flatMap((k) => LANGS.map((l) => `${k}.${l}`)), ...hant].sort());
  });

  it('zh-Hant readers get Traditional Chinese: the fixed words and the articles converted', async () => {
    for (const e of emails.filter((x) => x.name.endsWith('.zh-Hant'))) {
      const m = await simpleParser(e.raw);
      const simplified = emails.find((x) => x.name === e.name.replace('zh-Hant', 'zh'))!;
      const zh = await simpleParser(simplified.raw);
      expect(m.text, e.name).not.toBe(zh.text);
      if (e.kind === 'digest') {
        expect(m.text, e.name).toContain('頭條');
        expect(m.text, e.name).not.toContain('头条');
      }
      expect(m.html, e.name).toMatch(/<html[^>]* lang="zh-(Hant|TW|HK)/);
    }
  });

  it('is 7-bit MIME with CRLF line ends, lines under 998 octets and under 100 KB', () => {
    for (const e of emails) {
      const text = e.raw.toString('latin1');
      expect(
        e.raw.every((b) => b < 0x80),
        e.name,
      ).toBe(true);
      expect(/(?<!\r)\n/.test(text), `${e.name}: bare LF`).toBe(false);
      expect(Math.max(...text.split('\r\n').map((l) => l.length)), e.name).toBeLessThanOrEqual(998);
      expect(e.raw.length, e.name).toBeLessThan(100 * 1024);
    }
  });

  it('parses back (mailparser) with subject, both parts, sender, date and message id', async () => {
    for (const e of emails) {
      const m = await simpleParser(e.raw);
      expect(m.subject, e.name).toBeTruthy();
      expect(m.subject, e.name).not.toMatch(/=\?|__TIDINGS/);
      expect(m.html, e.name).toBeTruthy();
      expect((m.text ?? '').length, e.name).toBeGreaterThan(100);
      expect(m.from?.value[0]?.address, e.name).toMatch(/@(news\.)?example\.org$/);
      expect(m.date?.getTime(), e.name).not.toBeNaN();
      expect(m.messageId, e.name).toMatch(/^<.+@.+>$/);
      expect(m.headers.get('mime-version'), e.name).toBe('1.0');
      // The preheader is for the inbox list only, and nothing is left unfilled.
      expect(`${m.html}${m.text}`, e.name).not.toContain('tidings.invalid');
    }
  });

  it('list mail: one-click https unsubscribe first (mailto second), List-Id per list, Reply-To, Feedback-ID tags', async () => {
    for (const e of emails.filter((x) => x.list)) {
      const m = await simpleParser(e.raw);
      const header = (name: string) => {
        const line = m.headerLines.find((h) => h.key === name.toLowerCase())?.line ?? '';
        return line
          .slice(line.indexOf(':') + 1)
          .replace(/\r\n\s+/g, ' ')
          .trim();
      };
      expect(header('List-Unsubscribe'), e.name).toMatch(
        /^<https:\/\/news\.example\.org\/unsubscribe\?token=[\w.-]+>, <mailto:unsubscribe@in\.news\.example\.org\?subject=[\w.-]+>$/,
      );
      expect(header('List-Unsubscribe-Post'), e.name).toBe('List-Unsubscribe=One-Click');
      const list = e.kind === 'alert' ? 'alerts' : `${e.name.split('.')[0]!.replace('digest-', '')}.digest`;
      expect(header('List-Id'), e.name).toBe(`<${list}.news.example.org>`);
      expect(m.replyTo?.value[0]?.address, e.name).toBe('editors@example.org');
      const stream = e.kind === 'alert' ? 'alert' : e.name.split('.')[0];
      expect(e.tags['ses:feedback-id-a'], e.name).toBe(stream);
      // Never a per-subscriber value: Feedback-ID identifies streams.
      expect(e.tags['ses:feedback-id-b'], e.name).toMatch(/^[a-z-]+$/);
      expect(e.tags['ses:feedback-id-b'], e.name).not.toBe(e.tags.subscriber);
      // The sender's postal address in both parts.
      expect(m.html, e.name).toContain(PREVIEW_POSTAL_ADDRESS);
      expect(m.text, e.name).toContain(PREVIEW_POSTAL_ADDRESS);
    }
  });

  it('links are absolute https on the site’s origin (or a mailto:), in both parts', async () => {
    for (const e of emails) {
      const m = await simpleParser(e.raw);
      const html = m.html as string;
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((x) => x[1]!);
      expect(hrefs.length, e.name).toBeGreaterThan(2);
      for (const href of hrefs) {
        if (href.startsWith('#')) {
          // In-email anchors ("in this issue") point at an id the email has.
          expect(html, `${e.name}: ${href}`).toContain(`id="${href.slice(1)}"`);
          continue;
        }
        expect(new URL(href).origin, `${e.name}: ${href}`).toBe(SITE);
      }
      for (const url of (m.text ?? '').match(/\[(https?:[^\]\s]+)\]/g) ?? [])
        expect(new URL(url.slice(1, -1)).origin, `${e.name}: ${url}`).toBe(SITE);
    }
  });

  it('html-validate finds no structural error; lang and dir set; images have alt', async () => {
    for (const e of emails) {
      const m = await simpleParser(e.raw);
      const html = m.html as string;
      const report = await validator.validateString(html);
      const problems = report.results.flatMap((r) =>
        r.messages.filter((x) => x.severity === 2).map((x) => `${x.ruleId}: ${x.message} (line ${x.line})`),
      );
      expect(problems, e.name).toEqual([]);
      expect(html, e.name).toMatch(e.lang === 'zh' ? /<html[^>]* lang="zh/ : /<html[^>]* lang="en/);
    }
  });

  it('deliverability details: preheader without a colour trick, colour-scheme metas, Apple meta, fonts per language', async () => {
    for (const e of emails) {
      const html = (await simpleParser(e.raw)).html as string;
      expect(html, e.name).toContain('<meta name="color-scheme" content="light dark">');
      expect(html, e.name).toContain('<meta name="supported-color-schemes" content="light dark">');
      expect(html, e.name).toContain('<meta name="x-apple-disable-message-reformatting">');
      expect(html, e.name).toContain('prefers-color-scheme: dark');
      // The preheader: hidden by display and size, never by a colour matching the background (HTML_FONT_LOW_CONTRAST);
      // filler after it keeps inbox previews from running into the masthead.
      const preheader = /<div class="preheader"[^>]*style="([^"]*)"[^>]*>([^<]*)</.exec(html);
      expect(preheader?.[1], e.name).toMatch(/display:none/);
      expect(preheader?.[1], e.name).not.toMatch(/(^|;)\s*color:/);
      expect(preheader?.[2], e.name).toMatch(/(&zwnj;&nbsp;){20}/);
      const font = /font-family:\s*([^;"]+)/.exec(html)?.[1] ?? '';
      if (e.lang === 'zh') expect(font, e.name).toMatch(/^[^,]*(PingFang|Hiragino|YaHei|Noto Sans CJK)/);
      else expect(font, e.name).toMatch(/^-apple-system|^system-ui|^Helvetica|^Arial|^'Segoe UI'/);
    }
  });
});

describe('SpamAssassin (stock rules, local tests)', () => {
  // Rules that fire and why they are accepted; anything else fails the audit.
  const ACCEPTED: Record<string, string> = {
    HTML_MESSAGE: 'informational (0.001): the email has an HTML part, as every newsletter does',
    NO_RECEIVED: 'informational (-0.001): these are the bytes before SES; SES adds the Received headers',
    NO_RELAYS: 'informational (-0.001): as NO_RECEIVED, no relay has handled the message yet',
  };

  it('scores 0.0 on every email', async () => {
    const found = await run('sh', ['-c', 'command -v spamassassin']).catch(() => undefined);
    expect(
      found?.stdout.trim(),
      'spamassassin is not installed: apt-get install spamassassin (.ci/run does)',
    ).toBeTruthy();
    const scores: string[] = [];
    for (const e of emails) {
      const out = await new Promise<string>((resolve, reject) => {
        const child = execFile(
          'spamassassin',
          ['-L', '-t', '--cf=report_safe 0'],
          { maxBuffer: 4 << 20 },
          (error, stdout) =>
            // spamassassin -t exits 1 for spam; the score is read from its output either way.
            error && !stdout ? reject(error) : resolve(stdout),
        );
        child.stdin!.end(e.raw);
      });
      const status = /^X-Spam-Status: (.*(?:\r?\n[ \t].*)*)/m.exec(out)?.[1]?.replace(/\s+/g, ' ') ?? '';
      const score = Number(/score=(-?[\d.]+)/.exec(status)?.[1]);
      const tests = (/tests=(.*?) autolearn=/.exec(status)?.[1] ?? '')
        .split(/,\s*/)
        .filter((t) => t && t !== 'none');
      scores.push(`${e.name} ${score} ${tests.join(',')}`);
      const unexplained = tests.filter((t) => !(t in ACCEPTED));
      expect(unexplained, `${e.name}: ${status}`).toEqual([]);
      // SpamAssassin prints one decimal: the accepted rules' thousandths sum to 0.0 (or -0.0).
      expect(Math.abs(score), `${e.name}: ${status}`).toBeLessThan(0.05);
    }
    await writeFile(join(OUT, 'spamassassin.txt'), `${scores.join('\n')}\n`);
  }, 180_000);
});

describe('in Chromium: 320, 375 and 600 px, light and dark, and with <style> removed', () => {
  const SHOTS = 'test-results/screenshots';
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    browser = await launchChromium();
    await mkdir(SHOTS, { recursive: true });
  });
  afterAll(async () => browser?.close());

  it('fits the width, keeps the masthead on its lines, turns dark, keeps its colours without styles', async () => {
    for (const e of emails) {
      const html = (await simpleParser(e.raw)).html as string;
      // 320 px (the narrowest phones) is checked, 375 and 600 px also saved as screenshots.
      for (const width of [320, 375, 600]) {
        for (const scheme of ['light', 'dark'] as const) {
          const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
          await page.setContent(html);
          // A string: the page's DOM types are not in this project's TypeScript lib.
          const look = (await page.evaluate(`(() => {
            const brand = document.querySelector('a[href="https://news.example.org"]');
            return {
              overflow: document.documentElement.scrollWidth - window.innerWidth,
              brandHeight: brand ? brand.getBoundingClientRect().height : 0,
              brandColor: brand ? getComputedStyle(brand).color : '',
              body: getComputedStyle(document.body).backgroundColor,
            };
          })()`)) as { overflow: number; brandHeight: number; brandColor: string; body: string };
          const where = `${e.name} ${width} px ${scheme}`;
          expect(look.overflow, where).toBeLessThanOrEqual(0);
          // The brand stands on one line (20 px type, line height 1.3).
          expect(look.brandHeight, where).toBeGreaterThan(0);
          expect(look.brandHeight, where).toBeLessThan(40);
          expect(look.brandColor, where).toBe('rgb(255, 255, 255)');
          expect(look.body, where).toBe(scheme === 'dark' ? 'rgb(17, 21, 28)' : 'rgb(246, 247, 249)');
          if (width !== 320)
            await page.screenshot({ path: join(SHOTS, `${e.name}.${width}.${scheme}.png`), fullPage: true });
          await page.close();
        }
      }
      // Where a client drops <style> (Gmail apps with other accounts), inline colours keep the brand white on navy.
      const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
      await page.setContent(html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ''));
      const bare = await page.evaluate(`(() => ({
        styles: document.querySelectorAll('style').length,
        brand: getComputedStyle(document.querySelector('a[href="https://news.example.org"]')).color,
      }))()`);
      expect(bare, `${e.name} without styles`).toEqual({ styles: 0, brand: 'rgb(255, 255, 255)' });
      await page.screenshot({ path: join(SHOTS, `${e.name}.375.no-style.png`), fullPage: true });
      await page.close();
    }
  }, 180_000);
});
