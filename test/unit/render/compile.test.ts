import mjml2html from 'mjml';
import { describe, expect, it } from 'vitest';
import { compileEmail } from '../../../functions/adapters/render/renderer.ts';
import { MAX_HTML_BYTES } from '../../../functions/core/render/compile.ts';
import { TemplateDataError } from '../../../functions/core/render/schema.ts';
import { type CompiledEmail, PLACEHOLDERS } from '../../../functions/core/render/types.ts';
import type { Lang } from '../../../functions/core/types.ts';
import { EMAIL_TEMPLATES } from '../../../templates/registry.ts';
import { alert, confirm, digest, item, SITE } from './fixtures.ts';

const TEMPLATES_DIR = new URL('../../../templates/', import.meta.url).pathname;

const cases: { name: string; lang: Lang; compile: () => Promise<CompiledEmail>; mjml: () => string }[] = [];
for (const lang of ['zh', 'en'] as const) {
  cases.push(
    {
      name: 'digest',
      lang,
      compile: () => compileEmail(EMAIL_TEMPLATES.digest, digest({ lang })),
      mjml: () => EMAIL_TEMPLATES.digest.render(digest({ lang })).mjml,
    },
    {
      name: 'alert',
      lang,
      compile: () => compileEmail(EMAIL_TEMPLATES.alert, alert({ lang })),
      mjml: () => EMAIL_TEMPLATES.alert.render(alert({ lang })).mjml,
    },
    {
      name: 'confirm',
      lang,
      compile: () => compileEmail(EMAIL_TEMPLATES.confirm, confirm({ lang })),
      mjml: () => EMAIL_TEMPLATES.confirm.render(confirm({ lang })).mjml,
    },
  );
}

describe.each(cases)('$name email ($lang)', ({ name, lang, compile, mjml }) => {
  it('passes MJML strict validation with zero errors, includes resolved', async () => {
    // Soft level reports every error instead of throwing on the first; an unresolved include would leave
    // the head's mj-attributes out and the system fonts with it.
    const result = await mjml2html(mjml(), {
      validationLevel: 'soft',
      ignoreIncludes: false,
      filePath: TEMPLATES_DIR,
      fonts: {},
    });
    expect(result.errors).toEqual([]);
    expect(result.html).toContain('PingFang SC');
  });

  it('is a complete, accessible, self-contained email', async () => {
    const email = await compile();
    expect(Buffer.byteLength(email.html)).toBeLessThan(MAX_HTML_BYTES);
    expect(email.html).toMatch(new RegExp(`<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"`));
    const tables = email.html.match(/<table\b[^>]*>/g) ?? [];
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table).toContain('role="presentation"');
    for (const img of email.html.match(/<img\b[^>]*>/g) ?? []) expect(img).toMatch(/\balt="[^"]+"/);
    expect(email.html).not.toContain('fonts.googleapis');
    expect(email.html).not.toContain('@import');
    expect(email.html).not.toMatch(/<link\b/i);
    expect(email.html).toContain("'Microsoft YaHei', 'Noto Sans CJK SC'");
    expect(email.html).toContain(`<title>${email.subject}</title>`);
  });

  it('puts the preheader in the HTML but not in the text part', async () => {
    const email = await compile();
    expect(email.preheader.length).toBeGreaterThan(0);
    expect(email.html).toContain(email.preheader.replaceAll('<', '&lt;'));
    expect(email.text).not.toContain(email.preheader);
    expect(email.text).not.toMatch(/<[a-z]/i);
  });

  it('carries the recipient links as placeholders, in both parts', async () => {
    const email = await compile();
    const expected = name === 'confirm' ? ['confirmUrl'] : ['manageUrl', 'unsubscribeUrl'];
    expect(email.placeholders.sort()).toEqual(expected);
    for (const key of expected as (keyof typeof PLACEHOLDERS)[]) {
      expect(email.html).toContain(`href="${PLACEHOLDERS[key]}"`);
      expect(email.text).toContain(`[${PLACEHOLDERS[key]}]`);
    }
    if (name === 'confirm') expect(email.text).not.toContain(PLACEHOLDERS.unsubscribeUrl);
  });
});

describe('subjects and content', () => {
  it('names cadence, date and theme count in the digest subject, per language', async () => {
    expect((await compileEmail(EMAIL_TEMPLATES.digest, digest())).subject).toBe(
      '每日摘要 · 2025-01-20 · 3 个主题',
    );
    expect(
      (await compileEmail(EMAIL_TEMPLATES.digest, digest({ lang: 'en', cadence: 'weekly' }))).subject,
    ).toBe('Weekly digest · 2025-01-20 · 3 topics');
  });

  it('shows theme headings, item headings, excerpts and read-more links in the digest text', async () => {
    const { text } = await compileEmail(EMAIL_TEMPLATES.digest, digest());
    for (const heading of ['人工智能', '医疗健康', '教育', '打通赋能产业链“最后一公里”', '罕见病数据匮乏']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(`阅读全文 → [${SITE}/articles/ai-shanghai-2025#s2]`);
    expect(text.indexOf('人工智能\n')).toBeLessThan(text.indexOf('医疗健康'));
  });

  it('marks Chinese article text inside an English email with its language', async () => {
    const en = await compileEmail(
      EMAIL_TEMPLATES.digest,
      digest({
        lang: 'en',
        groups: [{ topic: { id: 'health', name: 'Health' }, items: [item({ contentLang: 'zh' })] }],
      }),
    );
    expect(en.html).toMatch(/<html lang="en"/);
    expect(en.html).toContain('<div lang="zh-CN"><h3>');
    const zh = await compileEmail(
      EMAIL_TEMPLATES.digest,
      digest({
        groups: [{ topic: { id: 'health', name: '医疗健康' }, items: [item({ contentLang: 'zh' })] }],
      }),
    );
    expect(zh.html).not.toContain('<div lang=');
  });

  it('prints the sender postal address in the footer when configured, escaped', async () => {
    const postalAddress = '上海市黄浦区 <某路> 100 号';
    for (const email of [
      await compileEmail(EMAIL_TEMPLATES.digest, digest({ postalAddress })),
      await compileEmail(EMAIL_TEMPLATES.alert, alert({ postalAddress })),
      await compileEmail(EMAIL_TEMPLATES.confirm, confirm({ postalAddress })),
    ]) {
      expect(email.text).toContain(postalAddress);
      expect(email.html).toContain('上海市黄浦区 &lt;某路&gt; 100 号');
    }
    expect((await compileEmail(EMAIL_TEMPLATES.digest, digest())).text).toMatch(
      /tidings 资讯订阅 · news\.example\.org\s*$/,
    );
  });

  it('lists the chosen topics in the confirmation, in the subscriber language', async () => {
    const zh = await compileEmail(EMAIL_TEMPLATES.confirm, confirm());
    expect(zh.text).toContain('人工智能、医疗健康');
    expect(zh.subject).toBe('请确认您的订阅');
    const en = await compileEmail(
      EMAIL_TEMPLATES.confirm,
      confirm({ lang: 'en', topicNames: ['AI', 'Health'] }),
    );
    expect(en.text).toContain('AI, Health');
  });
});

describe('escaping', () => {
  it('escapes hostile text in headings, titles, topic names and excerpts', async () => {
    const hostile = '<script>alert(1)</script></mj-text><mj-raw><img src=x onerror=alert(1)></mj-raw>';
    const email = await compileEmail(
      EMAIL_TEMPLATES.digest,
      digest({
        groups: [
          {
            topic: { id: 'ai', name: hostile },
            items: [
              item({
                heading: hostile,
                articleTitle: hostile,
                excerpt: [hostile, 'a "quoted" & <b>bold</b>'],
              }),
            ],
          },
        ],
      }),
    );
    expect(email.html).not.toContain('<script');
    expect(email.html).not.toMatch(/<img\b/);
    expect(email.html).not.toContain('<b>bold');
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email.html).toContain('a &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;');
    // In the text part the reader sees the characters, not entities.
    expect(email.text).toContain('<script>alert(1)</script>');
  });

  it('refuses links that are not http(s)', async () => {
    await expect(
      compileEmail(
        EMAIL_TEMPLATES.alert,
        alert({ items: [{ ...item({ url: 'javascript:alert(1)' }), topics: alert().topics }] }),
      ),
    ).rejects.toThrow(/items\[0\]\.url \(expected an http\(s\) URL\)/);
  });
});

describe('missing data fails loudly, naming the field', () => {
  it('names a missing item heading with its path', async () => {
    const data = digest();
    delete (data.groups[1]!.items[0] as Partial<(typeof data.groups)[number]['items'][number]>).heading;
    const error = await compileEmail(EMAIL_TEMPLATES.digest, data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateDataError);
    expect((error as TemplateDataError).fields).toEqual(['groups[1].items[0].heading']);
    expect((error as Error).message).toContain('groups[1].items[0].heading');
  });

  it('refuses blank values instead of rendering a blank', async () => {
    await expect(
      compileEmail(EMAIL_TEMPLATES.alert, alert({ topics: [{ id: 'health', name: '  ' }] })),
    ).rejects.toThrow(/topics\[0\]\.name/);
    await expect(compileEmail(EMAIL_TEMPLATES.confirm, confirm({ topicNames: [] }))).rejects.toThrow(
      /topicNames/,
    );
    await expect(compileEmail(EMAIL_TEMPLATES.digest, digest({ groups: [] }))).rejects.toThrow(/groups/);
    await expect(compileEmail(EMAIL_TEMPLATES.digest, digest({ editionDate: '' }))).rejects.toThrow(
      /editionDate/,
    );
    // The article title becomes the alert subject: a line break there would be a header injection.
    const article = { ...alert().article, title: '标题\r\nBcc: victim@example.org' };
    await expect(compileEmail(EMAIL_TEMPLATES.alert, alert({ article }))).rejects.toThrow(
      /article\.title \(expected a single line of text\)/,
    );
  });
});

describe('size budget', () => {
  const paragraph =
    '人工智能大模型的竞争力核心在于能否高效赋能各行各业,并与社会经济发展、民生领域紧密融合。'.repeat(5);
  const hugeGroups = (themes: number, perTheme: number) =>
    Array.from({ length: themes }, (_, g) => ({
      topic: { id: `t${g}`, name: `主题${g}` },
      items: Array.from({ length: perTheme }, (_, i) =>
        item({
          sectionId: `s${i}`,
          heading: `第${g}组第${i}条 标题`,
          url: `${SITE}/articles/a-${g}-${i}#s${i}`,
          excerpt: [paragraph, paragraph, paragraph],
        }),
      ),
    }));
  const links = (html: string) => new Set(html.match(/articles\/a-\d+-\d+#s\d+/g) ?? []).size;

  it('drops excerpts before items: a large digest keeps every item as a link', async () => {
    // 160 items with three long paragraphs each: about 450 KB in full, about 45 KB as links.
    const email = await compileEmail(EMAIL_TEMPLATES.digest, digest({ groups: hugeGroups(8, 20) }));
    expect(Buffer.byteLength(email.html)).toBeLessThan(MAX_HTML_BYTES);
    expect(email.html).toContain('本期内容较多');
    expect(links(email.html)).toBe(160);
    expect(email.text).not.toMatch(/另有 \d+ 篇/);
  });

  it('caps a huge digest (1.3 MB in full) under 100 KB, counting what it leaves to the website', async () => {
    const email = await compileEmail(EMAIL_TEMPLATES.digest, digest({ groups: hugeGroups(8, 60) }));
    expect(Buffer.byteLength(email.html)).toBeLessThan(MAX_HTML_BYTES);
    for (let g = 0; g < 8; g++) expect(email.html).toContain(`主题${g}`);
    // 240 links shared by 8 themes: 30 each, and the other 30 of each theme counted.
    expect(links(email.html)).toBe(240);
    expect(email.text.match(/另有 30 篇相关内容/g)).toHaveLength(8);
    expect(email.placeholders).toEqual(['manageUrl', 'unsubscribeUrl']);
  });

  it('keeps a normal digest whole', async () => {
    const email = await compileEmail(EMAIL_TEMPLATES.digest, digest());
    expect(email.html).not.toContain('本期内容较多');
    expect(email.text).toContain('算力是人工智能发展的关键支撑。');
  });
});

describe('snapshot', () => {
  it('renders the zh digest exactly as reviewed', async () => {
    const email = await compileEmail(EMAIL_TEMPLATES.digest, digest());
    await expect(email.html).toMatchFileSnapshot('__snapshots__/digest.zh.html');
    await expect(email.text).toMatchFileSnapshot('__snapshots__/digest.zh.txt');
  });
});
