// templates/compiled/reader.json: the subscription function's welcome and already-subscribed emails and its zh-Hant
// pages, compiled (MJML) and converted (OpenCC) at build time. It must be what the sources compile to today, and
// filling it must escape what it puts in and keep each variant's script.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_READER_FILE,
  loadReaderPack,
  precompiledAlreadySubscribed,
  precompiledWelcome,
  type ReaderPack,
} from '../../../functions/adapters/fs/reader-pack.ts';
import { compileReaderPack, readerPackJson } from '../../../functions/adapters/render/precompile.ts';
import { loadTaxonomy } from '../../../functions/core/topics/taxonomy-yaml.ts';

const taxonomy = loadTaxonomy(readFileSync('content/topics.yaml', 'utf8'), 'content/topics.yaml');
const committed = readFileSync(DEFAULT_READER_FILE, 'utf8');
const pack = JSON.parse(committed) as ReaderPack;
const dir = mkdtempSync(join(tmpdir(), 'tidings-reader-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = (zhHantVariant: 'tw' | 'hk', postalAddress?: string) => ({
  pack,
  taxonomy,
  siteUrl: 'https://news.example.org',
  zhHantVariant,
  ...(postalAddress ? { postalAddress } : {}),
});

describe('precompiled reader emails and zh-Hant pages', () => {
  it('are what the templates, page strings and topics compile to today (else: npm run templates:compile)', async () => {
    const fresh = readerPackJson(await compileReaderPack(taxonomy));
    expect(
      committed === fresh,
      'templates/compiled/reader.json is stale: run `npm run templates:compile` and commit it',
    ).toBe(true);
  }, 60_000);

  it('fill the welcome recap escaped, with the postal address, in the reader’s locale', async () => {
    const email = await precompiledWelcome(options('tw', 'Road <1>, Shanghai')).render(
      'en',
      ['Health: <daily> digest'],
      [],
    );
    expect(email.html).toContain('Health: &lt;daily&gt; digest');
    expect(email.html).not.toContain('<daily>');
    expect(email.text).toContain('Health: <daily> digest');
    expect(email.html).toContain('Road &lt;1&gt;, Shanghai');
    expect(email.html + email.text).not.toMatch(/TIDINGS[A-Z]*MARK/);
  });

  it('list the newest articles, one link each, escaped, and leave that part out when there are none', async () => {
    const articles = [
      { title: 'Rare <b>disease</b> & AI', url: 'https://news.example.org/articles/a?x=1&y=2' },
      { title: '模塑申城', url: 'https://news.example.org/articles/ai-shanghai-2025' },
    ];
    const welcome = precompiledWelcome(options('hk'));
    const en = await welcome.render('en', ['Health: Daily digest'], articles);
    expect(en.html).toContain(
      'href="https://news.example.org/articles/a?x=1&amp;y=2" style="color:#0b5cad;text-decoration:underline">Rare &lt;b&gt;disease&lt;/b&gt; &amp; AI</a><br><a',
    );
    expect(en.html.match(/\/articles\//g)).toHaveLength(2);
    expect(en.html).toContain('Recent articles on your topics:');
    expect(en.text).toContain('Rare <b>disease</b> & AI');
    expect(en.text).toContain('https://news.example.org/articles/ai-shanghai-2025');
    expect(en.html + en.text).not.toMatch(/TIDINGS[A-Z]*MARK|site\.tidings\.invalid/);
    const hant = await welcome.render('zh-Hant', ['x'], articles.slice(1));
    expect(hant.html.match(/\/articles\//g)).toHaveLength(1);
    expect(hant.html).toContain('lang="zh-HK"');
    const none = await welcome.render('en', ['x'], []);
    expect(none.html).not.toContain('/articles/');
    expect(none.html).not.toContain('Recent articles');
  });

  it('drop the postal line when none is configured', async () => {
    const email = await precompiledWelcome(options('tw')).render('zh-Hans', ['x'], []);
    expect(email.html + email.text).not.toMatch(/TIDINGS[A-Z]*MARK/);
  });

  it('name topics in Traditional Chinese with Taiwan or Hong Kong phrasing for zh-Hant readers', async () => {
    const tw = await precompiledAlreadySubscribed(options('tw')).render('zh-Hant', {
      topics: ['health'],
      added: ['talent'],
    });
    const hk = await precompiledAlreadySubscribed(options('hk')).render('zh-Hant', {
      topics: ['health'],
      added: [],
    });
    const hans = await precompiledAlreadySubscribed(options('tw')).render('zh-Hans', {
      topics: ['health'],
      added: [],
    });
    expect(tw.text).toContain('醫療與生物醫藥');
    expect(tw.text).toContain('人才與教育');
    expect(tw.html).toContain('lang="zh-TW"');
    expect(hk.html).toContain('lang="zh-HK"');
    expect(hk.text).not.toContain('人才與教育');
    expect(hans.text).toContain('医疗与生物医药');
    // OpenCC converted every Simplified character the zh-Hant emails carry (spot-check common ones).
    expect(tw.text + hk.text).not.toMatch(/[订阅邮这们为]/);
  });

  it('refuse to start from a missing or incomplete file, naming it', async () => {
    await expect(loadReaderPack(join(dir, 'missing.json'))).rejects.toThrow(/missing\.json: cannot read/);
    const partial = join(dir, 'partial.json');
    writeFileSync(partial, JSON.stringify({ ...pack, zhHant: { tw: pack.zhHant.tw } }));
    await expect(loadReaderPack(partial)).rejects.toThrow(/incomplete; run npm run templates:compile/);
  });
});
