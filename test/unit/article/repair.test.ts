// Layout repair and structure rules on small hand-made articles, one rule per test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseByline } from '../../../functions/core/article/parse.ts';
import type { Article } from '../../../functions/core/article/types.ts';

const parse = (lines: string[], file = 'test.md') => parseArticle(lines.join('\n'), { file });
const texts = (a: Article | undefined) =>
  [a!.lead, ...a!.sections].map((s) => s.paragraphs.map((p) => p.text));
const codes = (r: { diagnostics: { code: string }[] }) => r.diagnostics.map((d) => d.code);

describe('joining paragraphs', () => {
  it('joins across a photo that sits in the middle of a sentence, and keeps the photo as a figure', () => {
    const r = parse([
      '# 标题',
      '',
      '## 一',
      '',
      '包括算力节',
      '',
      '机房外景',
      '',
      '本报记者 张三 摄',
      '',
      '点分布不合理。',
    ]);
    expect(texts(r.article)).toEqual([[], ['包括算力节点分布不合理。']]);
    expect(r.article!.figures).toEqual([{ caption: '机房外景', credit: '本报记者 张三 摄', line: 7 }]);
    expect(r.article!.repairs).toEqual([expect.objectContaining({ kind: 'joined-paragraphs', line: 11 })]);
  });

  it('joins a sentence broken over three paragraphs', () => {
    const r = parse([
      '# 标题',
      '',
      '## 一',
      '',
      '今年以来，上海人工智能产业的规模持续扩大，相关企业',
      '',
      '数量超过一千家，覆盖芯片、',
      '',
      '算法和应用等环节。',
    ]);
    expect(texts(r.article)[1]).toEqual([
      '今年以来，上海人工智能产业的规模持续扩大，相关企业数量超过一千家，覆盖芯片、算法和应用等环节。',
    ]);
    expect(r.article!.repairs.map((x) => x.line)).toEqual([7, 9]);
  });

  it('never merges a short line without sentence punctuation on a guess: it stays apart, with a warning', () => {
    // An unmarked subheading and an unknown credit-like line: neither is half of the sentence next to it.
    const r = parse([
      '# 标题',
      '',
      '## 一',
      '',
      '记者手记',
      '',
      '今年春天我们走访了十家企业，看到了变化。',
      '',
      '报告显示，全市已有三百家企业部署了相关',
      '',
      '城市夜景',
    ]);
    expect(texts(r.article)[1]).toEqual([
      '记者手记',
      '今年春天我们走访了十家企业，看到了变化。',
      '报告显示，全市已有三百家企业部署了相关',
      '城市夜景',
    ]);
    expect(r.article!.repairs.filter((x) => x.kind === 'joined-paragraphs')).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['unpunctuated-line', 5],
      ['cut-off-sentence', 9],
      ['cut-off-sentence', 11],
    ]);
    expect(r.diagnostics[1]!.message).toContain('before the short line “城市夜景” at line 11');
    expect(r.diagnostics[0]!.message).toMatch(
      /kept as its own paragraph, not joined to the text after it; if it is a subheading/,
    );
  });

  it('does not join after a colon that introduces a quotation', () => {
    const r = parse(['# 标题', '', '## 一', '', '他表示:', '', '“我们会继续努力。”']);
    expect(texts(r.article)[1]).toEqual(['他表示：', '“我们会继续努力。”']);
    expect(r.diagnostics).toEqual([]);
  });

  it('never joins list items, quotes or code, and warns when body text breaks off before one', () => {
    const r = parse([
      '# 标题',
      '',
      '## 一',
      '',
      '建议包括',
      '',
      '- 建设智算中心',
      '- 培养人才',
      '',
      '> 引用一段话',
      '',
      '结束。',
    ]);
    expect(texts(r.article)[1]).toEqual(['建议包括', '建设智算中心', '培养人才', '引用一段话', '结束。']);
    expect(r.article!.sections[0]!.paragraphs.map((p) => p.kind)).toEqual([
      undefined,
      'list-item',
      'list-item',
      'quote',
      undefined,
    ]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'cut-off-sentence', line: 5 })]);
    expect(r.article!.repairs).toEqual([]);
  });

  it('warns when the article itself ends mid-sentence', () => {
    const r = parse(['# 标题', '', '## 一', '', '完整的一句。', '', '最后一段没有写']);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'cut-off-sentence', line: 7 })]);
    expect(r.diagnostics[0]!.message).toContain('end of the article');
  });

  it('joins soft line breaks inside a paragraph: no space in Chinese, one space in English', () => {
    const r = parse([
      '# T',
      '',
      '## S',
      '',
      '上海人工智能',
      '产业规模扩大。',
      '',
      'The plan',
      'was approved.',
    ]);
    expect(texts(r.article)[1]).toEqual(['上海人工智能产业规模扩大。', 'The plan was approved.']);
    expect(r.article!.repairs).toEqual([]);
  });
});

it('joins a number cut from its unit, even when the first part is a short line', () => {
  const r = parse(['# 标题', '', '## 一', '', '项目预计到2027', '', '年底建成，总投资约46亿元。']);
  expect(texts(r.article)).toEqual([[], ['项目预计到2027年底建成，总投资约46亿元。']]);
  expect(codes(r)).toEqual([]);
  // Without that evidence the short line stays apart, with a warning.
  const apart = parse(['# 标题', '', '## 一', '', '项目预计到2027', '', '建成后总投资约46亿元。']);
  expect(texts(apart.article)).toEqual([[], ['项目预计到2027', '建成后总投资约46亿元。']]);
  expect(codes(apart)).toEqual(['unpunctuated-line']);
});

describe('moving a heading that interrupts a sentence', () => {
  it('moves a bold subheading that cut a sentence past the end of that sentence', () => {
    const r = parse([
      '# 标题',
      '',
      '## 一',
      '',
      '今年，本市将推动产业链协同发展，打造',
      '',
      '**记者手记**',
      '',
      '新的增长点。此外还有其他内容。',
    ]);
    expect(texts(r.article)).toEqual([
      [],
      ['今年，本市将推动产业链协同发展，打造新的增长点。', '记者手记', '此外还有其他内容。'],
    ]);
    expect(codes(r)).toEqual([]);
    expect(r.article!.repairs.map((x) => x.kind)).toEqual(['joined-paragraphs', 'moved-heading']);
  });

  it('moves the heading past a continuation with no sentence end of its own, to the next sentence', () => {
    // 在这|个 → 这个 is the evidence; 个方向上 has no 。, so the sentence runs into the next paragraph too.
    const r = parse([
      '# 标题',
      '',
      '指出,在这',
      '',
      '## 小节',
      '',
      '个方向上',
      '',
      '形成闭环。这一点得到认可。',
    ]);
    expect(texts(r.article)).toEqual([['指出，在这个方向上形成闭环。'], ['这一点得到认可。']]);
    expect(r.diagnostics).toEqual([]);
    expect(r.article!.sections[0]!.paragraphs[0]!.line).toBe(9);
  });

  it('drops the moved paragraph entirely when the sentence ends exactly at its end', () => {
    const r = parse(['# 标题', '', '指出,在这', '', '## 小节', '', '个方向上形成闭环。', '', '新的一段。']);
    expect(texts(r.article)).toEqual([['指出，在这个方向上形成闭环。'], ['新的一段。']]);
  });

  it.each([
    // A paragraph never ends on a comma.
    [
      '全年平均值已降至1.2以下，',
      '比三年前下降了近两成。电费也省了。',
      '全年平均值已降至1.2以下，比三年前下降了近两成。',
    ],
    // A quotation opened before the heading closes after it.
    [
      '他说：“我们的目标是',
      '让机器人干那些人不愿干的活。”车间里很安静。',
      '他说：“我们的目标是让机器人干那些人不愿干的活。”',
    ],
    // The first sentence after the heading is too short to stand alone.
    ['项目预计明年三季度', '投入运营。届时将新增一万个岗位。', '项目预计明年三季度投入运营。'],
    // English: a sentence cannot end on "in"; "March" is not how a new sentence opens.
    [
      'The rules will be published in',
      'March, officials said. Critics disagree.',
      'The rules will be published in March, officials said.',
    ],
  ])('moves a heading that cut “%s” on evidence from both sides', (before, after, joined) => {
    const r = parse(['# 标题', '', before, '', '## 小节', '', after]);
    expect(texts(r.article)[0]).toEqual([joined]);
    expect(r.article!.repairs.map((x) => x.kind)).toEqual(['joined-paragraphs', 'moved-heading']);
  });

  it('moves a brief item heading past the whole paragraph it cut: the item before owns it', () => {
    const r = parse([
      '# 简报',
      '',
      '## 国内',
      '',
      '### 甲',
      '',
      '二期工程开工，预计明年三季度',
      '',
      '### 乙',
      '',
      '投入运营。建成后，总算力将翻番。',
      '',
      '医院完成了首例远程手术。',
    ]);
    expect(r.article!.sections.map((s) => s.paragraphs.map((p) => p.text))).toEqual([
      ['二期工程开工，预计明年三季度投入运营。建成后，总算力将翻番。'],
      ['医院完成了首例远程手术。'],
    ]);
  });

  it('treats a leading comma after the heading as a continuation', () => {
    const r = parse(['# 标题', '', '上海', '', '## 小节', '', ',作为先导城市,发展迅速。下一句。']);
    expect(texts(r.article)).toEqual([['上海，作为先导城市，发展迅速。'], ['下一句。']]);
  });
});

describe('structure', () => {
  it('turns an image paragraph and its credit into a figure', () => {
    const r = parse([
      '# T',
      '',
      '![Cranes at dawn](https://example.org/c.jpg)',
      '',
      'Photo: A. Lee',
      '',
      '## S',
      '',
      'Text.',
    ]);
    expect(r.article!.figures).toEqual([
      { caption: 'Cranes at dawn', image: 'https://example.org/c.jpg', credit: 'Photo: A. Lee', line: 3 },
    ]);
    expect(texts(r.article)).toEqual([[], ['Text.']]);
  });

  it('reads a caption and credit written on two lines of one paragraph', () => {
    const r = parse(['# 标题', '', '工人在车间调试机器人', '新华社记者 李四 摄', '', '## 一', '', '正文。']);
    expect(r.article!.figures).toEqual([
      { caption: '工人在车间调试机器人', credit: '新华社记者 李四 摄', line: 3 },
    ]);
  });

  it('takes a bracketed note as part of the caption when the credit follows on its own line', () => {
    const r = parse(['# 标题', '', '大学生在图书馆自习（资料图）', '', '东方IC', '', '## 一', '', '正文。']);
    expect(r.article!.figures.map((f) => [f.caption, f.credit])).toEqual([
      ['大学生在图书馆自习（资料图）', '东方IC'],
    ]);
  });

  it('keeps lines after the end of a story out of the body (reporting credits, 责任编辑, （完）)', () => {
    const r = parse([
      '# Title',
      '',
      'LONDON (Reuters) - The council approved the plan on Tuesday.',
      '',
      'It takes effect next year.',
      '',
      'Reporting by Jane Doe; Editing by John Roe',
      '',
      'Our Standards: The Trust Principles.',
    ]);
    expect(texts(r.article)).toEqual([
      [],
      ['The council approved the plan on Tuesday.', 'It takes effect next year.'],
    ]);
    expect(r.article!.meta).toEqual({ source: 'Reuters', editor: 'John Roe' });
  });

  it('flags a credit line with no caption', () => {
    const r = parse(['# 标题', '', '本报记者 王五 摄', '', '## 一', '', '正文。']);
    expect(codes(r)).toEqual(['credit-without-caption']);
    expect(r.article!.figures[0]).toMatchObject({ caption: '', credit: '本报记者 王五 摄' });
  });

  it('does not mistake a sentence starting with "By" for a byline', () => {
    const r = parse([
      '# T',
      '',
      'By the end of the year, the city will open a new hall.',
      '',
      '## S',
      '',
      'Text.',
    ]);
    expect(r.article!.byline).toBeUndefined();
    expect(texts(r.article)[0]).toEqual(['By the end of the year, the city will open a new hall.']);
  });

  it('reads Chinese bylines name by name and rejects long lines that only start like one', () => {
    expect(parseByline('记者 王芳、李明')).toEqual({ raw: '记者 王芳、李明', names: ['王芳', '李明'] });
    expect(parseByline('记者 今年上海发布了方案。')).toBeUndefined();
    // 60 characters with no spaces: a nested-repetition pattern would backtrack here for hours.
    expect(parseByline(`记者 ${'字'.repeat(60)}。`)).toBeUndefined();
  });

  it('only looks for a byline before the first section', () => {
    const r = parse(['# 标题', '', '## 一', '', '本报记者 范洁', '', '正文。']);
    expect(r.article!.byline).toBeUndefined();
  });

  it('makes ### items under ## parts the sections, with the part as their group; deeper headings are subheadings', () => {
    const r = parse([
      '# Weekly brief',
      '',
      '## Federal',
      '',
      '### Senate passes the bill',
      '',
      'The Senate voted.',
      '',
      '#### Reaction',
      '',
      'Groups welcomed it.',
      '',
      '### Agency guidance',
      '',
      'The agency wrote.',
      '',
      '## Around the world',
      '',
      'One paragraph of its own.',
    ]);
    expect(r.article!.sections.map((s) => [s.heading, s.group])).toEqual([
      ['Senate passes the bill', 'Federal'],
      ['Agency guidance', 'Federal'],
      ['Around the world', undefined],
    ]);
    expect(r.article!.sections[0]!.paragraphs.map((p) => [p.text, p.kind])).toEqual([
      ['The Senate voted.', undefined],
      ['Reaction', 'subheading'],
      ['Groups welcomed it.', undefined],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('makes bold one-paragraph items of a brief into sections, and keeps a **bold line** as a subheading', () => {
    const r = parse([
      '# 一周简报',
      '',
      '## 国内',
      '',
      '**工信部发布新规。**工信部日前发布算力基础设施指引。',
      '',
      '**两地签署协议**：两地将共建数据中心。',
      '',
      '## 评论',
      '',
      '**记者手记**',
      '',
      '这是记者的观察。',
    ]);
    expect(r.article!.sections.map((s) => [s.heading, s.group])).toEqual([
      ['工信部发布新规', '国内'],
      ['两地签署协议', '国内'],
      ['评论', undefined],
    ]);
    expect(r.article!.sections[0]!.paragraphs.map((p) => p.text)).toEqual([
      '工信部日前发布算力基础设施指引。',
    ]);
    expect(r.article!.sections[2]!.paragraphs.map((p) => [p.text, p.kind])).toEqual([
      ['记者手记', 'subheading'],
      ['这是记者的观察。', undefined],
    ]);
  });

  it('treats a second # title as a section and warns', () => {
    const r = parse(['# First', '', 'Lead.', '', '# Second', '', 'Body.']);
    expect(r.article!.title).toBe('First');
    expect(r.article!.sections.map((s) => s.heading)).toEqual(['Second']);
    expect(codes(r)).toEqual(['extra-title']);
  });

  it('warns about empty sections', () => {
    const r = parse(['# T', '', '## Empty', '', '## Full', '', 'Text.']);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'empty-section', line: 3 })]);
  });

  it('uses the front matter title, else a headline-shaped first line, else fails: never a section heading', () => {
    const withFm = parse(['---', 'title: From front matter', '---', '', '## S', '', 'Text.']);
    expect(withFm.article!.title).toBe('From front matter');
    expect(withFm.diagnostics).toEqual([]);
    const firstLine = parse(['Council approves data centre plan', '', 'The council voted on Tuesday.']);
    expect(firstLine.article!.title).toBe('Council approves data centre plan');
    expect(firstLine.article!.repairs[0]).toMatchObject({ kind: 'title-from-first-line', line: 1 });
    const without = parse(['## Only a section', '', 'Text.']);
    expect(without.article).toBeUndefined();
    expect(without.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'missing-title', file: 'test.md', line: 1 }),
    ]);
    expect(without.diagnostics[0]!.message).toContain('add a "# " line');
  });

  it('makes an article without sections one section titled by the article', () => {
    const r = parse(['# 上海发布新规', '', '本报讯 上海今天发布了新规。', '', '新规明年实施。']);
    expect(r.article!.lead.paragraphs).toEqual([]);
    expect(r.article!.sections.map((s) => [s.id, s.heading, s.paragraphs.length])).toEqual([
      ['s1', '上海发布新规', 2],
    ]);
  });

  it('derives a stable slug when neither front matter nor file name gives one', () => {
    const a = parseArticle('# 模塑申城\n\n## 一\n\n正文。', {});
    const b = parseArticle('# 模塑申城\n\n## 一\n\n正文。', {});
    expect(a.article!.slug).toMatch(/^article-[0-9a-f]{8}$/);
    expect(a.article!.slug).toBe(b.article!.slug);
    expect(codes(a)).toEqual(['slug-derived']);
    expect(parseArticle('# AI in Hospitals!\n\n## S\n\nText.', {}).article!.slug).toBe('ai-in-hospitals');
  });

  it('carries theme overrides and warns about unknown section ids', () => {
    const r = parse([
      '---',
      'themes:',
      "  '*': [policy]",
      '  s1: [health]',
      '  s9: [talent]',
      '---',
      '# T',
      '',
      '## S',
      '',
      'Text.',
    ]);
    expect(r.article!.themeOverrides).toEqual({ '*': ['policy'], s1: ['health'], s9: ['talent'] });
    expect(codes(r)).toEqual(['theme-override-unknown-section']);
  });

  it('warns when the front matter language contradicts the text, and about unknown keys', () => {
    const r = parse(['---', 'lang: en', 'titel: typo', '---', '# 标题', '', '## 一', '', '这是一段中文。']);
    expect(r.article!.lang).toBe('en');
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['front-matter-unknown-key', 3],
      ['lang-mismatch', 2],
    ]);
  });

  it('points line numbers past the front matter', () => {
    const r = parse(['---', 'slug: x', 'lang: zh', '---', '# 标题', '', '## 一', '', '正文。']);
    expect(r.article!.sections[0]).toMatchObject({ line: 7, paragraphs: [{ line: 9 }] });
  });
});

describe('repair never loses or duplicates text', () => {
  // Random articles of CJK/Latin paragraphs, with and without sentence ends, and ## headings between them:
  // whatever gets joined or moved, the non-space characters that come out are exactly those that went in.
  const piece = fc.constantFrom(
    '人工',
    '智能',
    '这',
    '个',
    '算力',
    'AI',
    'plan',
    ' ',
    '。',
    ',',
    '”',
    '“',
    '…',
  );
  const paragraph = fc.array(piece, { minLength: 1, maxLength: 8 }).map((a) => a.join('').trim() || '字');
  const block = fc.oneof(
    { weight: 4, arbitrary: paragraph.map((t) => ({ heading: false, text: t })) },
    { weight: 1, arbitrary: paragraph.map((t) => ({ heading: true, text: t })) },
  );
  // Chinese punctuation is normalised (，for , between Chinese characters): compare marks in one form.
  const chars = (s: string) =>
    [...s.replace(/\s+/g, '').replace(/[，：；？！（）]/g, (c) => ',:;?!()'['，：；？！（）'.indexOf(c)]!)]
      .sort()
      .join('');

  it('keeps the multiset of characters', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), (blocks) => {
        const src = ['# 标题', ...blocks.map((b) => (b.heading ? `## ${b.text}` : b.text))].join('\n\n');
        // The repair is what is tested: the learned page-line model lifts lines on purpose (page-line-model.test.ts).
        const { article } = parseArticle(src, { file: 'prop.md', pageLines: null });
        if (!article) return;
        const headed = blocks.some((b) => b.heading);
        const out = [
          article.title,
          // Without any ## heading the article is one section titled by the article: not text of its own.
          ...(headed ? article.sections.map((s) => s.heading) : []),
          ...[article.lead, ...article.sections].flatMap((s) => s.paragraphs.map((p) => p.text)),
          ...article.figures.flatMap((f) => [f.caption, f.credit ?? '']),
          article.byline?.raw ?? '',
        ].join('');
        expect(chars(out)).toBe(chars(src.replace(/^#+ /gm, '')));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and always reports the file on diagnostics', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = parseArticle(s, { file: 'fuzz.md' });
        for (const d of r.diagnostics) expect(d.file).toBe('fuzz.md');
        expect(r.article !== undefined || r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
