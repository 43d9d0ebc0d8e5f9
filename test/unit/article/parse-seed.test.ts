// The seed article (Chinese newspaper text with layout damage): every break in it, classified with a reason.
// The file is the original text, byte for byte, under a 4-line front matter block that accepts its two warnings
// for the publish gate (slug from the file name, language detected), so original line n is file line n + 4.
// Half-width punctuation between Chinese characters reads full-width (one repair).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../functions/core/article/parse.ts';
import type { Article, Paragraph } from '../../../functions/core/article/types.ts';

const FILE = 'content/articles/ai-shanghai-2025.md';
const source = readFileSync(FILE, 'utf8');
const result = parseArticle(source, { file: FILE });
const article = result.article as Article;

const allParagraphs = (a: Article): Paragraph[] => [a.lead, ...a.sections].flatMap((s) => s.paragraphs);
const bodyText = (a: Article) => allParagraphs(a).map((p) => p.text);

describe('seed article: structure', () => {
  it('parses without errors', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(article).toBeDefined();
  });

  it('keeps the body byte-identical to the original seed below the front matter that accepts its warnings', () => {
    const [, fm = '', body = ''] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(source)!;
    expect(fm).toContain('accept: [cut-off-sentence, mixed-language-fragment]');
    expect(article.accept).toEqual(['cut-off-sentence', 'mixed-language-fragment']);
    expect(body.startsWith('\n\n\n\n本报记者 范洁')).toBe(true);
    expect(body.endsWith('推动资源高效利用。')).toBe(true);
    // sha256 of the original seed file (/work/shared/seed/ai-shanghai-2025.md, 7686 bytes).
    expect(createHash('sha256').update(body).digest('hex')).toBe(
      '52dff6832fbe2a3f4fea6a67bb869cc8a69723531bfe375e4a7729a649457eab',
    );
  });

  it('takes the title from the # heading even though it comes after the lead and a photo', () => {
    expect(article.title).toBe('模塑申城，让AI向新向暖向未来');
    expect(article.lead.heading).toBe(article.title);
    expect(article.slug).toBe('ai-shanghai-2025');
    expect(article.lang).toBe('zh');
  });

  it('reads the byline into names', () => {
    expect(article.byline).toEqual({
      raw: '本报记者 范洁 邵阳 屠瑜 解敏 杨欢',
      names: ['范洁', '邵阳', '屠瑜', '解敏', '杨欢'],
    });
  });

  it('has the three sections with their exact headings', () => {
    expect(article.sections.map((s) => [s.id, s.heading, s.line])).toEqual([
      ['s1', '夯实产业基础促进“飞轮闭环”', 35],
      ['s2', '打通赋能产业链“最后一公里”', 43],
      ['s3', '培养“人工智能+”复合型人才', 53],
    ]);
    expect(article.counts).toMatchObject({ sections: 3, paragraphs: 15, figures: 1 });
  });

  it('keeps the photo caption and credit out of the body and in figures', () => {
    expect(article.figures).toEqual([
      { caption: '18台人形机器人组成的“十八金刚”阵列“迎宾”', credit: '本报记者 陈梦泽 摄', line: 17 },
    ]);
    const text = bodyText(article).join('\n');
    expect(text).not.toContain('十八金刚');
    expect(text).not.toContain('陈梦泽');
    // Neither does the byline or the title end up as a paragraph.
    expect(text).not.toContain('本报记者');
    expect(bodyText(article)).not.toContain(article.title);
  });

  it('puts the text before the first ## in the lead: the two opening paragraphs, then the text after the title', () => {
    const lead = article.lead.paragraphs;
    expect(lead.map((p) => p.line)).toEqual([11, 13, 23, 25, 29, 33]);
    expect(lead[0]!.text.startsWith('2024年底，上海发布')).toBe(true);
    expect(lead[2]!.text.startsWith('伴随生成式人工智能')).toBe(true);
    expect(lead.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('seed article: paragraphs broken mid-sentence are joined', () => {
  const texts = bodyText(article);
  const repairLines = article.repairs.filter((r) => r.kind === 'joined-paragraphs').map((r) => r.line);
  // Each case: the paragraph ends with no terminal punctuation and the next paragraph is body text.
  it.each([
    // “算力节” / “点分布”: the word 节点 is split across the break.
    ['算力节点分布不合理', 27],
    // “今 / 天,”: an opening quote and the word 今天 split; the quote must join its text.
    ['带来了产业机会。“今天，人工智能的应用', 31],
    // “上海人工智能产业” / “规模已超”: no split word, but the sentence clearly has no end.
    ['上海人工智能产业规模已超3800亿元', 39],
    // “专业” / “性与精准度”: the word 专业性 is split.
    ['泛化性、专业性与精准度', 49],
    // “科研” / “人员”: 科研人员 split between two words.
    ['给予科研人员更多支持', 59],
    // “意” / “识不足”: 意识 split.
    ['对应用AI技术的意识不足', 63],
    // “畅通” / “AI人才”: the continuation starts with Latin letters; no space is added in Chinese text.
    ['畅通AI人才引进通道', 65],
  ])('joins %s (continuation at line %i)', (joined, line) => {
    expect(texts.some((t) => t.includes(joined))).toBe(true);
    expect(repairLines).toContain(line);
  });

  it('does not leave any of the broken halves as paragraphs of their own', () => {
    for (const start of [
      '点分布不合理',
      '天，人工智能',
      '规模已超',
      '性与精准度',
      '人员更多支持',
      '识不足',
      'AI人才引进通道',
    ]) {
      expect(texts.some((t) => t.startsWith(start))).toBe(false);
    }
  });

  it('records every repair with a line and a detail, and none as a warning', () => {
    const layout = article.repairs.filter(
      (r) => r.kind === 'joined-paragraphs' || r.kind === 'moved-heading',
    );
    expect(layout).toHaveLength(9);
    for (const r of article.repairs) {
      expect(r.line).toBeGreaterThan(0);
      expect(r.detail.length).toBeGreaterThan(10);
    }
    expect(result.diagnostics.map((d) => d.code)).not.toContain('join-repaired');
    expect(article.repairs.find((r) => r.line === 27)!.detail).toContain('节点');
  });

  it('normalises half-width punctuation between Chinese characters in one repair with its count', () => {
    const punctuation = article.repairs.filter((r) => r.kind === 'punctuation');
    expect(punctuation).toHaveLength(1);
    expect(punctuation[0]!.detail).toMatch(/^\d+ half-width punctuation marks/);
    expect(article.repairs).toHaveLength(10);
    expect(bodyText(article).join('')).not.toMatch(/\p{Script=Han}[,:;?!]\p{Script=Han}/u);
    expect(source).toContain('2024年底,上海发布'); // the file itself is untouched
  });

  it('leaves paragraphs that end with 。 or ” or …… alone', () => {
    // Line 11 ends with ……, line 13 with 。, line 31's paragraph with 。” — none are joined to what follows.
    const lead = article.lead.paragraphs;
    expect(lead[0]!.text.endsWith('系列模型……')).toBe(true);
    expect(lead[1]!.text.endsWith('向新向暖向未来。')).toBe(true);
    expect(lead[4]!.text.endsWith('将资源更多向数智中心倾斜。”')).toBe(true);
  });
});

describe('seed article: the heading that interrupts a sentence is moved', () => {
  // `…在这` / `## 夯实产业基础促进“飞轮闭环”` / `个方向上,…`: 这|个 form the word 这个 across the heading,
  // so the text after the heading is the rest of the sentence. The sentence is completed in the lead and the
  // section starts at the next sentence.
  it('completes the sentence in the paragraph before the heading', () => {
    const last = article.lead.paragraphs.at(-1)!;
    expect(last.line).toBe(33);
    expect(last.text.endsWith('在这个方向上，上海有机会形成两个产业的互相促进发展的“飞轮闭环”。')).toBe(true);
  });

  it('starts section s1 with the next sentence', () => {
    const first = article.sections[0]!.paragraphs[0]!;
    expect(first.text.startsWith('这一点得到市人大代表')).toBe(true);
    expect(first.line).toBe(37);
    // …and that paragraph is itself joined with line 39 (see above).
    expect(first.text).toContain('上海人工智能产业规模已超3800亿元');
  });

  it('records the move', () => {
    const moved = article.repairs.filter((r) => r.kind === 'moved-heading');
    expect(moved).toHaveLength(1);
    expect(moved[0]!.line).toBe(35);
    expect(moved[0]!.detail).toContain('夯实产业基础促进');
  });
});

describe('seed article: what cannot be repaired is reported, not rewritten', () => {
  it('warns about the sentence cut off before “培养”人工智能+”复合型人才” and leaves the heading in place', () => {
    // `…上海正` / `## 培养…` / `人才培养方面,…`: 正 and 人才 make no word together and 人才培养方面 starts a new
    // sentence, so the end of the sentence is missing from the source: nothing to join it with.
    const cut = result.diagnostics.filter((d) => d.code === 'cut-off-sentence');
    expect(cut).toEqual([expect.objectContaining({ severity: 'warning', line: 51, file: FILE })]);
    expect(cut[0]!.message).toContain('上海正');
    const s2 = article.sections[1]!;
    expect(s2.paragraphs.at(-1)!.text.endsWith('等方面的比拼。上海正')).toBe(true);
    expect(article.sections[2]!.paragraphs[0]!.text.startsWith('人才培养方面，')).toBe(true);
  });

  it('keeps the stray English “and” in the text and flags it', () => {
    expect(bodyText(article).some((t) => t.includes('提升实践能力 and 跨学科知识'))).toBe(true);
    const mixed = result.diagnostics.filter((d) => d.code === 'mixed-language-fragment');
    expect(mixed).toEqual([expect.objectContaining({ severity: 'warning', line: 59 })]);
  });

  it('has no other warnings', () => {
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual([
      'cut-off-sentence',
      'mixed-language-fragment',
    ]);
  });
});
