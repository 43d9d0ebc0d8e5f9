import { describe, expect, it } from 'vitest';
import type { CompiledEmail, ConfirmData } from '../../../functions/core/render/types.ts';
import { createCachedConfirmationRenderer } from '../../../functions/core/subscriptions/confirmation-renderer.ts';
import { makeTaxonomy } from './fakes.ts';

function counting(fail = false) {
  const calls: ConfirmData[] = [];
  const compile = async (data: ConfirmData): Promise<CompiledEmail> => {
    calls.push(data);
    if (fail && calls.length === 1) throw new Error('mjml failed');
    return {
      template: 'confirm',
      lang: data.lang,
      subject: data.topicNames.join('/'),
      preheader: '',
      html: '',
      text: '',
      placeholders: [],
    };
  };
  return { calls, compile };
}

describe('createCachedConfirmationRenderer', () => {
  it('compiles once per (language, set of topics) and names topics from the taxonomy', async () => {
    const { calls, compile } = counting();
    const renderer = createCachedConfirmationRenderer({
      compile,
      taxonomy: makeTaxonomy(),
      siteUrl: 'https://s.example',
    });
    const a = await renderer.render('zh', ['talent', 'ai']);
    const b = await renderer.render('zh', ['ai', 'talent', 'ai']);
    await renderer.render('en', ['ai', 'talent']);
    expect(a).toBe(b);
    expect(calls).toEqual([
      { lang: 'zh', siteUrl: 'https://s.example', topicNames: ['人工智能', '人才'] },
      { lang: 'en', siteUrl: 'https://s.example', topicNames: ['Artificial intelligence', 'Talent'] },
    ]);
  });

  it('does not cache a failed compile', async () => {
    const { calls, compile } = counting(true);
    const renderer = createCachedConfirmationRenderer({
      compile,
      taxonomy: makeTaxonomy(),
      siteUrl: 'https://s.example',
    });
    await expect(renderer.render('en', ['ai'])).rejects.toThrow('mjml failed');
    await expect(renderer.render('en', ['ai'])).resolves.toMatchObject({
      subject: 'Artificial intelligence',
    });
    expect(calls).toHaveLength(2);
  });
});
