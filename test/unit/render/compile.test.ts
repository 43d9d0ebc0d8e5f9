import mjml2html from 'mjml';
import { describe, expect, it } from 'vitest';
import { compileEmail } from '../../../functions/adapters/render/renderer.ts';
import { MAX_HTML_BYTES } from '../../../functions/core/render/compile.ts';
import { TemplateDataError } from '../../../functions/core/render/schema.ts';
import { type CompiledEmail, type DigestStory, PLACEHOLDERS } from '../../../functions/core/render/types.ts';
import type { Lang } from '../../../functions/core/types.ts';
import { escapeMarkup } from '../../../functions/shared/markup.ts';
import { EMAIL_TEMPLATES } from '../../../templates/registry.ts';
import { alert, confirm, digest, item, SITE, story } from './fixtures.ts';

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
    expect(result.html).toContain('name="color-scheme"');
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
    expect(email.html).toContain(`<title>${email.subject}</title>`);
  });

  it('reads well in any client: fonts for its language, colours inline, dark styles, no reformatting', async () => {
    const email = await compile();
    // CJK fonts first for Chinese (Latin letters from the same font); Latin first for English.
    const fonts = /font-family:([^;"]+)/.exec(email.html)![1]!;
    expect(fonts.trim().startsWith(lang === 'zh' ? "'PingFang SC'" : '-apple-system')).toBe(true);
    expect(fonts).toContain('Noto Sans CJK SC');
    expect(email.html).toContain('<meta name="x-apple-disable-message-reformatting">');
    expect(email.html).toContain('<meta name="color-scheme" content="light dark">');
    expect(email.html).toContain('<meta name="supported-color-schemes" content="light dark">');
    expect(email.html).toContain('@media (prefers-color-scheme: dark)');
    // Every link carries its colour inline: with <style> dropped the masthead stays white on navy.
    for (const a of email.html.match(/<a\b[^>]*>/g) ?? []) expect(a).toMatch(/style="[^"]*color:/);
    // The preheader is hidden by display and size, never by a colour close to the background.
    const hidden = /<div class="preheader"[^>]*>/.exec(email.html)![0];
    expect(hidden).toContain('display:none');
    expect(hidden).not.toMatch(/color:/);
    expect(email.html).toContain(`${escapeMarkup(email.preheader)}&zwnj;&nbsp;&zwnj;&nbsp;`);
  });

  it('puts the preheader in the HTML but not in the text part', async () => {
    const email = await compile();
    expect(email.preheader.length).toBeGreaterThan(0);
    expect(email.html).toContain(escapeMarkup(email.preheader));
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

describe('the digest as an edition', () => {
  it('names the top story and the number of stories in the subject, per language', async () => {
    expect((await compileEmail(EMAIL_TEMPLATES.digest, digest())).subject).toBe(
      '模塑申城,让AI向新向暖向未来等 3 篇 | tidings 每日摘要',
    );
    expect(
      (await compileEmail(EMAIL_TEMPLATES.digest, digest({ lang: 'en', cadence: 'weekly' }))).subject,
    ).toBe('模塑申城,让AI向新向暖向未来 and 2 more | Weekly digest');
    expect((await compileEmail(EMAIL_TEMPLATES.digest, digest({ groups: [] }))).subject).toBe(
      '模塑申城,让AI向新向暖向未来 | tidings 每日摘要',
    );
  });

  it('shows the date the reader’s way in the masthead', async () => {
    expect((await compileEmail(EMAIL_TEMPLATES.digest, digest())).text).toContain('每日摘要 · 1月20日 周一');
    expect((await compileEmail(EMAIL_TEMPLATES.digest, digest({ lang: 'en' }))).text).toContain(
      'Daily digest · Mon 20 Jan 2025',
    );
  });

  it('leads with the top story, then "in this issue" with counts, then each story once under its topic', async () => {
    const { text, html, preheader } = await compileEmail(EMAIL_TEMPLATES.digest, digest());
    const order = [
      '头条 · 教育',
      '模塑申城',
      '本期内容',
      '人工智能',
      'Northbridge bets',
      '社区医院用上AI辅助诊断',
    ];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(text.split('模塑申城,让AI向新向暖向未来').length - 1).toBe(1);
    // Contents: each topic with its count, linking to its section (the top story's topic to the top).
    expect(html).toContain('<a href="#top"');
    expect(html).toContain('<a href="#topic-ai"');
    expect(html).toContain('id="topic-health"');
    expect(text).toMatch(/教育\s*· 1 篇/);
    expect(text).toMatch(/医疗健康\s*· 1 篇/);
    // Tags and the article's other sections.
    expect(text).toContain('相关主题：医疗健康');
    expect(text).toContain('文中还谈到：');
    // The preheader lists the next headlines.
    expect(preheader).toBe('另有：Northbridge bets on AI from the ward to the wafer；社区医院用上AI辅助诊断');
  });

  it('links the web version ("view in browser"), and the web version has no personal links', async () => {
    const email = await compileEmail(EMAIL_TEMPLATES.digest, digest());
    expect(email.text).toContain(`在浏览器中查看 [${SITE}/archive/daily-2025-01-20]`);
    const web = await compileEmail(EMAIL_TEMPLATES.digest, digest({ web: true, webUrl: undefined }));
    expect(web.placeholders).toEqual([]);
    expect(web.text).not.toContain('在浏览器中查看');
    expect(web.text).toContain('这是 tidings 邮件的网页版。');
    expect(web.text).toContain(`按主题订阅 [${SITE}]`);
  });

  it('marks Chinese article text inside an English email with its language', async () => {
    const en = await compileEmail(EMAIL_TEMPLATES.digest, digest({ lang: 'en' }));
    expect(en.html).toMatch(/<html lang="en"/);
    expect(en.html).toMatch(/<h1 id="top" [^>]* lang="zh-CN">/);
    const zh = await compileEmail(EMAIL_TEMPLATES.digest, digest());
    expect(zh.html).not.toMatch(/<h1 id="top" [^>]* lang=/);
    expect(zh.html).toMatch(/<h3 [^>]* lang="en">/);
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

describe('the alert', () => {
  it('names the topics and the article in the subject, each section once with its topics', async () => {
    const data = alert({
      topics: [
        { id: 'health', name: '医疗健康' },
        { id: 'ai', name: '人工智能' },
      ],
      items: [
        { ...item(), topics: [{ id: 'health', name: '医疗健康' }] },
        {
          ...item({
            sectionId: 's3',
            heading: '培养复合型人才',
            url: `${SITE}/articles/ai-shanghai-2025#s3`,
          }),
          topics: [
            { id: 'ai', name: '人工智能' },
            { id: 'health', name: '医疗健康' },
          ],
        },
      ],
    });
    const email = await compileEmail(EMAIL_TEMPLATES.alert, data);
    expect(email.subject).toBe('【医疗健康、人工智能】模塑申城,让AI向新向暖向未来');
    expect(email.text).toContain('人工智能、医疗健康');
    expect(email.text.split('培养复合型人才').length - 1).toBe(1);
    expect(email.preheader).toBe('医疗健康、人工智能：打通赋能产业链“最后一公里”；培养复合型人才');
    expect(email.text).toContain('退订将停止所有即时提醒');
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
            stories: [
              story({
                title: hostile,
                tags: [{ id: 'x', name: hostile }],
                excerpt: `${hostile} a "quoted" & <b>bold</b>`,
                more: [{ heading: hostile, url: `${SITE}/articles/x#s1` }],
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
  it('names a missing story title with its path', async () => {
    const data = digest();
    delete (data.groups[1]!.stories[0] as Partial<DigestStory>).title;
    const error = await compileEmail(EMAIL_TEMPLATES.digest, data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateDataError);
    expect((error as TemplateDataError).fields).toEqual(['groups[1].stories[0].title']);
    expect((error as Error).message).toContain('groups[1].stories[0].title');
  });

  it('refuses blank values instead of rendering a blank', async () => {
    await expect(
      compileEmail(EMAIL_TEMPLATES.alert, alert({ topics: [{ id: 'health', name: '  ' }] })),
    ).rejects.toThrow(/topics\[0\]\.name/);
    await expect(compileEmail(EMAIL_TEMPLATES.confirm, confirm({ topicNames: [] }))).rejects.toThrow(
      /topicNames/,
    );
    await expect(
      compileEmail(
        EMAIL_TEMPLATES.digest,
        digest({ groups: [{ topic: { id: 'ai', name: 'AI' }, stories: [] }] }),
      ),
    ).rejects.toThrow(/groups\[0\]\.stories/);
    await expect(compileEmail(EMAIL_TEMPLATES.digest, digest({ editionDate: '' }))).rejects.toThrow(
      /editionDate/,
    );
    await expect(compileEmail(EMAIL_TEMPLATES.digest, digest({ editionDate: '20 Jan' }))).rejects.toThrow(
      /editionDate \(expected a date YYYY-MM-DD\)/,
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
    '人工智能大模型的竞争力核心在于能否高效赋能各行各业,并与社会经济发展、民生领域紧密融合。'.repeat(3);
  const hugeGroups = (themes: number, perTheme: number) =>
    Array.from({ length: themes }, (_, g) => ({
      topic: { id: `t${g}`, name: `主题${g}` },
      stories: Array.from({ length: perTheme }, (_, i) =>
        story({
          articleSlug: `a-${g}-${i}`,
          title: `第${g}组第${i}篇 标题`,
          url: `${SITE}/articles/a-${g}-${i}#s1`,
          contentLang: 'zh',
          topic: { id: `t${g}`, name: `主题${g}` },
          excerpt: paragraph,
          more: [1, 2, 3].map((n) => ({
            heading: `第${n}节`,
            url: `${SITE}/articles/a-${g}-${i}#s${n + 1}`,
          })),
        }),
      ),
    }));
  const stories = (html: string) => new Set(html.match(/articles\/a-\d+-\d+#s1/g) ?? []).size;

  it('drops excerpts before stories: a large digest keeps every story as a headline link', async () => {
    const email = await compileEmail(EMAIL_TEMPLATES.digest, digest({ groups: hugeGroups(8, 20) }));
    expect(Buffer.byteLength(email.html)).toBeLessThan(MAX_HTML_BYTES);
    expect(email.html).toContain('本期内容较多');
    expect(stories(email.html)).toBe(160);
    expect(email.text).not.toMatch(/另有 \d+ 篇/);
  });

  it('caps a huge digest under 100 KB, counting what it leaves to the web version', async () => {
    const email = await compileEmail(EMAIL_TEMPLATES.digest, digest({ groups: hugeGroups(8, 60) }));
    expect(Buffer.byteLength(email.html)).toBeLessThan(MAX_HTML_BYTES);
    for (let g = 0; g < 8; g++) expect(email.html).toContain(`主题${g}`);
    // 240 stories shared by 8 topics: 30 each, and the other 30 of each topic counted.
    expect(stories(email.html)).toBe(240);
    expect(email.text.match(/另有 30 篇，请在网页版阅读/g)).toHaveLength(8);
    expect(email.placeholders).toEqual(['manageUrl', 'unsubscribeUrl']);
  });

  it('keeps a normal digest whole (the snapshot: review its diff when a template changes)', async () => {
    const email = await compileEmail(EMAIL_TEMPLATES.digest, digest());
    expect(email.html).not.toContain('本期内容较多');
    expect(email.text).toContain('算力是人工智能发展的关键支撑。');
    await expect(email.html).toMatchFileSnapshot('__snapshots__/digest.zh.html');
    await expect(email.text).toMatchFileSnapshot('__snapshots__/digest.zh.txt');
  });
});
