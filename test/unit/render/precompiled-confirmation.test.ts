import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIRMATIONS_FILE } from '../../../functions/adapters/fs/confirmations.ts';
import { compileConfirmations, confirmationsJson } from '../../../functions/adapters/render/precompile.ts';
import { compileEmail } from '../../../functions/adapters/render/renderer.ts';
import type { ConfirmData } from '../../../functions/core/render/types.ts';
import {
  CONFIRMATION_MARKS,
  type PrecompiledConfirmations,
  precompiledConfirm,
} from '../../../functions/core/subscriptions/precompiled-confirmation.ts';
import { EMAIL_TEMPLATES } from '../../../templates/registry.ts';

const committed = JSON.parse(readFileSync(DEFAULT_CONFIRMATIONS_FILE, 'utf8')) as PrecompiledConfirmations;

describe('precompiled confirmation email', () => {
  it('is what the templates compile to today (else: npm run templates:compile)', async () => {
    const fresh = confirmationsJson(await compileConfirmations());
    expect(
      readFileSync(DEFAULT_CONFIRMATIONS_FILE, 'utf8') === fresh,
      'templates/compiled/confirm.json is stale: run `npm run templates:compile` and commit it',
    ).toBe(true);
  });

  const cases: ConfirmData[] = [
    { lang: 'zh', siteUrl: 'https://news.example.org', topicNames: ['罕见病与医疗'] },
    {
      lang: 'zh',
      siteUrl: 'https://abc123.execute-api.ap-east-1.amazonaws.com',
      topicNames: ['算力', '人才培养', '产业政策'],
    },
    {
      lang: 'en',
      siteUrl: 'https://news.example.org',
      topicNames: ['AI compute', 'Health & medicine', 'Policy <and> "rules"'],
    },
    { lang: 'en', siteUrl: 'http://localhost:3000', topicNames: ['Talent'] },
  ];

  it.each(cases)('filled for $lang at $siteUrl equals a direct MJML compile', async (data) => {
    const direct = await compileEmail(EMAIL_TEMPLATES.confirm, data);
    const filled = await precompiledConfirm(committed)(data);
    expect(filled.html).toBe(direct.html);
    // html-to-text wraps lines at 78 columns, so a longer topic list or URL wraps differently: same words.
    expect(filled.text.replace(/\s+/g, ' ')).toBe(direct.text.replace(/\s+/g, ' '));
    expect({ ...filled, html: '', text: '' }).toEqual({ ...direct, html: '', text: '' });
    for (const mark of Object.values(CONFIRMATION_MARKS)) {
      expect(filled.html).not.toContain(mark);
      expect(filled.text).not.toContain(mark);
    }
  });

  it('escapes what it fills into HTML', async () => {
    const filled = await precompiledConfirm(committed)({
      lang: 'en',
      siteUrl: 'https://news.example.org',
      topicNames: ['<img src=x onerror=alert(1)>'],
    });
    expect(filled.html).not.toContain('<img src=x');
    expect(filled.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
