import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import type { Subscriber } from '../../../functions/core/subscribers/types.ts';
import { LANGS } from '../../../functions/core/types.ts';
import { STRINGS } from '../../../functions/pages/strings.ts';
import {
  confirmedPage,
  confirmPage,
  messagePage,
  preferencesPage,
  subscribePage,
  unsubscribePage,
} from '../../../functions/pages/subscription-pages.ts';
import { makeTaxonomy } from './fakes.ts';

// Repeated checkbox names are how a form posts a list (topics=a&topics=b).
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }] },
});
const taxonomy = makeTaxonomy();
const subscriber: Subscriber = {
  id: 's',
  email: 's@example.org',
  status: 'active',
  topics: { health: 'daily' },
  locale: 'en',
  contentLangs: ['zh', 'en'],
  version: 0,
  consent: { requestedAt: 'x', method: 'api' },
  createdAt: 'x',
  updatedAt: 'x',
};

describe('subscription pages are valid, accessible HTML in both languages', () => {
  for (const lang of LANGS) {
    const t = STRINGS[lang];
    const pages: [string, string][] = [
      ['subscribe', subscribePage({ lang, topics: taxonomy.topics })],
      [
        'subscribe with problems',
        subscribePage({
          lang,
          topics: taxonomy.topics,
          problems: ['email', 'topics'],
          values: { email: 'x"<y', topics: ['ai'], cadence: 'weekly', lang: 'en' },
        }),
      ],
      ['confirm', confirmPage({ lang, token: 'a.b.c' })],
      ['confirmed', confirmedPage({ lang, manageUrl: 'https://s.example/preferences?token=a.b&x=1' })],
      [
        'preferences',
        preferencesPage({ lang, token: 'a.b.c', subscriber, topics: taxonomy.topics, problems: ['cadence'] }),
      ],
      ['unsubscribe (list)', unsubscribePage({ lang, token: 'a.b.c', listLabel: t.listName.digest.daily })],
      ['unsubscribe (all)', unsubscribePage({ lang, token: 'a.b.c' })],
      ['error', messagePage({ lang, title: t.errorTitle, message: t.errorBody, requestId: 'req-1' })],
    ];
    it.each(pages)(`${lang}: %s`, async (_name, html) => {
      const report = await validator.validateString(html);
      const messages = report.results.flatMap((r) =>
        r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`),
      );
      expect(messages).toEqual([]);
      expect(html).not.toMatch(/<script/i);
    });
  }
});
