import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_READER_FILE, type ReaderPack } from '../../../functions/adapters/fs/reader-pack.ts';
import type { Subscriber } from '../../../functions/core/subscribers/types.ts';
import { LOCALES } from '../../../functions/core/types.ts';
import type { SiteInfo } from '../../../functions/pages/layout.ts';
import {
  checkInboxPage,
  confirmedPage,
  confirmPage,
  messagePage,
  pauseBanner,
  preferencesPage,
  restoredPage,
  savedPage,
  subscribePage,
  unsubscribeAllConfirmPage,
  unsubscribedPage,
  unsubscribePage,
} from '../../../functions/pages/subscription-pages.ts';
import { uiFor } from '../../../functions/pages/ui.ts';
import { makeTaxonomy } from './fakes.ts';

// Repeated checkbox names are how a form posts a list (topics=a&topics=b).
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }] },
});
const pack = JSON.parse(readFileSync(DEFAULT_READER_FILE, 'utf8')) as ReaderPack;
const taxonomy = makeTaxonomy();
const topics = taxonomy.topics;
const subscriber: Subscriber = {
  id: 's',
  email: 's@example.org',
  status: 'paused',
  topics: { health: 'daily', ai: 'instant' },
  locale: 'en',
  contentLangs: ['zh', 'en'],
  version: 0,
  consent: { requestedAt: 'x', method: 'api' },
  createdAt: 'x',
  updatedAt: 'x',
  pause: { since: '2026-01-01T00:00:00.000Z', until: '2026-02-01T00:00:00.000Z' },
};
const site: SiteInfo = {
  senderName: 'tidings',
  senderAddress: 'news@example.org',
  postalAddress: 'tidings, 1 Example Road, Singapore 000000',
  archiveHref: '/archive',
};
const stopped = {
  id: 'stop1',
  at: 'x',
  scope: 'digest:daily',
  topics: { health: 'daily' as const },
  status: 'active' as const,
};

describe('subscription pages are valid HTML in every locale, with no script', () => {
  for (const locale of LOCALES) {
    const ui = uiFor(locale, { variant: 'tw', pages: pack.zhHant.tw });
    const t = ui.t;
    const base = { ui, site };
    const schedule = { daily: '07:00', weekly: 'on Mondays at 08:00', zone: 'Asia/Shanghai' };
    const pages: [string, string][] = [
      ['subscribe', subscribePage({ ...base, topics, schedule })],
      [
        'subscribe with problems',
        subscribePage({
          ...base,
          topics,
          schedule,
          problems: ['email', 'topics'],
          values: { email: 'x"<y', topics: ['ai'], own: { ai: 'weekly' }, cadence: 'weekly', locale: 'en' },
        }),
      ],
      [
        'check inbox',
        checkInboxPage({
          ...base,
          topics,
          receipt: { email: 'a@example.org', topics: { ai: 'daily' }, locale, contentLangs: ['zh'] },
          fixHref: '/?r=x',
        }),
      ],
      ['confirm', confirmPage({ ...base, token: 'a.b.c' })],
      [
        'confirmed',
        confirmedPage({
          ...base,
          subscriber,
          topics,
          manageUrl: 'https://s.example/preferences?token=a.b&x=1',
          firstSends: ['x'],
        }),
      ],
      [
        'preferences',
        preferencesPage({
          ...base,
          token: 'a.b.c',
          subscriber,
          maskedEmail: 's***@example.org',
          topics,
          problems: ['noTopics'],
          pauseProblem: true,
          pausedUntil: '1 February 2026',
          pauseDates: { min: '2026-01-02', max: '2027-01-01' },
        }),
      ],
      ['unsubscribe all?', unsubscribeAllConfirmPage({ ...base, token: 'a.b.c', pausedUntil: 'x' })],
      [
        'saved',
        savedPage({ ...base, subscriber, topics, manageHref: '/preferences?token=a', pausedUntil: 'x' }),
      ],
      [
        'unsubscribe (list)',
        unsubscribePage({ ...base, token: 'a.b.c', listLabel: t.listName.digest.daily }),
      ],
      ['unsubscribe (all)', unsubscribePage({ ...base, token: 'a.b.c' })],
      [
        'unsubscribed',
        unsubscribedPage({
          ...base,
          topics,
          stopped,
          subscriber,
          all: false,
          token: 'a.b.c',
          manageHref: '/p',
        }),
      ],
      ['unsubscribed, nothing left', unsubscribedPage({ ...base, topics, all: true, token: 'a.b.c' })],
      ['restored', restoredPage({ ...base, subscriber, topics, manageHref: '/p' })],
      [
        'error with banner',
        messagePage({
          ...base,
          title: t.errorTitle,
          message: t.errorBody,
          requestId: 'req-1',
          banner: pauseBanner(ui, 'x', { token: 'a.b.c' }),
        }),
      ],
    ];
    it.each(pages)(`${locale}: %s`, async (_name, html) => {
      const report = await validator.validateString(html);
      const messages = report.results.flatMap((r) =>
        r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`),
      );
      expect(messages).toEqual([]);
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain('<meta name="color-scheme" content="light dark">');
      expect(html).toContain('prefers-color-scheme:dark');
      expect(html).toContain(site.postalAddress);
    });
  }

  it('zh-Hant pages are the zh pages in Traditional characters, language names in their own script', () => {
    const hant = uiFor('zh-Hant', { variant: 'tw', pages: pack.zhHant.tw });
    const page = subscribePage({
      ui: hant,
      site,
      topics,
      schedule: { daily: '07:00', weekly: '每週一 08:00', zone: 'Asia/Taipei' },
    });
    expect(page).toContain('<html lang="zh-TW">');
    expect(page).toContain('訂閱主題資訊');
    expect(page).toContain('每週摘要');
    expect(page).not.toContain('订阅');
    expect(page).toContain('简体中文');
    const hk = uiFor('zh-Hant', { variant: 'hk', pages: pack.zhHant.hk });
    expect(subscribePage({ ui: hk, site, topics, schedule: { daily: '', weekly: '', zone: '' } })).toContain(
      '<html lang="zh-HK">',
    );
  });

  it('English pages put Latin fonts first', () => {
    const page = subscribePage({
      ui: uiFor('en'),
      site,
      topics,
      schedule: { daily: '', weekly: '', zone: '' },
    });
    expect(page).toMatch(/html:lang\(en\) body\{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI"/);
    expect(page).toContain('<html lang="en">');
  });

  it('link the archive (a sample digest, the footer) only where the site has one', () => {
    const schedule = { daily: '07:00', weekly: 'on Mondays at 08:00', zone: 'Asia/Shanghai' };
    const withArchive = subscribePage({ ui: uiFor('en'), site, topics, schedule });
    expect(withArchive.match(/href="\/archive"/g)).toHaveLength(2);
    const { archiveHref: _none, ...noArchive } = site;
    const without = subscribePage({ ui: uiFor('en'), site: noArchive, topics, schedule });
    expect(without).not.toContain('archive');
    expect(without).not.toContain('See past digests');
  });
});
