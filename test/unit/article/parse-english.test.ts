import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../functions/core/article/parse.ts';
import type { Article } from '../../../functions/core/article/types.ts';

const FILE = 'content/articles/northbridge-ai-hospitals.md';
const result = parseArticle(readFileSync(FILE, 'utf8'), { file: FILE });
const article = result.article as Article;

describe('English sample article', () => {
  it('parses cleanly: no errors, no warnings, nothing to repair', () => {
    expect(result.diagnostics).toEqual([]);
    expect(article.repairs).toEqual([]);
  });

  it('reads front matter: slug, date, lang and title', () => {
    expect(article).toMatchObject({
      slug: 'northbridge-ai-hospitals',
      date: '2025-03-14',
      lang: 'en',
      title: 'Northbridge bets on AI from the ward to the wafer',
    });
  });

  it('reads the English byline into names', () => {
    expect(article.byline).toEqual({
      raw: 'By Amira Patel and Tom Lindqvist',
      names: ['Amira Patel', 'Tom Lindqvist'],
    });
  });

  it('has a two-paragraph lead and four sections', () => {
    expect(article.lead.paragraphs).toHaveLength(2);
    expect(article.lead.paragraphs[0]!.text.startsWith('Northbridge, a port city')).toBe(true);
    expect(article.sections.map((s) => s.heading)).toEqual([
      'Hospitals start with the paperwork',
      'Chips, power and a data centre by the docks',
      'Retraining before hiring',
      'A local rulebook for public algorithms',
    ]);
    expect(article.sections.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('takes the photo caption and its Photo: credit out of the body', () => {
    expect(article.figures).toEqual([
      {
        caption: "Robotic arms sort medication at Northbridge General Hospital's central pharmacy.",
        credit: 'Photo: Lena Okafor / Tidings',
        line: 17,
      },
    ]);
    const body = [article.lead, ...article.sections]
      .flatMap((s) => s.paragraphs.map((p) => p.text))
      .join('\n');
    expect(body).not.toContain('Robotic arms sort medication');
    expect(body).not.toContain('By Amira Patel');
  });

  it('is between 600 and 900 words of body text', () => {
    const words = [article.lead, ...article.sections]
      .flatMap((s) => s.paragraphs.map((p) => p.text))
      .join(' ')
      .split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(600);
    expect(words).toBeLessThanOrEqual(900);
  });
});

describe('English layout repair', () => {
  it('joins a paragraph broken mid-sentence with a space, and keeps a line-end hyphen', () => {
    const src = [
      '# Title',
      '',
      'The council approved the plan for the',
      '',
      'new data centre on Tuesday. It opens in well-',
      '',
      'known fashion next year.',
      '',
      '## Next',
      '',
      'More.',
    ].join('\n');
    const { article: a } = parseArticle(src, { file: 'x.md' });
    expect(a!.lead.paragraphs.map((p) => p.text)).toEqual([
      'The council approved the plan for the new data centre on Tuesday. It opens in well-known fashion next year.',
    ]);
    expect(a!.repairs.map((r) => r.line)).toEqual([5, 7]);
  });

  it('moves a heading that interrupts a sentence when the text after it starts in lower case', () => {
    const src = [
      '# Title',
      '',
      'Hospitals will test the model in',
      '',
      '## Radiology next',
      '',
      'two wards from May. Radiology follows in the autumn.',
    ].join('\n');
    const { article: a, diagnostics } = parseArticle(src, { file: 'x.md' });
    expect(diagnostics).toEqual([]);
    expect(a!.lead.paragraphs.map((p) => p.text)).toEqual([
      'Hospitals will test the model in two wards from May.',
    ]);
    expect(a!.sections[0]!.paragraphs.map((p) => p.text)).toEqual(['Radiology follows in the autumn.']);
    expect(a!.repairs.map((r) => r.kind)).toEqual(['joined-paragraphs', 'moved-heading']);
  });

  it('warns instead when the text after the heading starts a new sentence', () => {
    const src = [
      '# Title',
      '',
      'Hospitals will test the model in',
      '',
      '## Radiology',
      '',
      'Radiology follows.',
    ].join('\n');
    const { article: a, diagnostics } = parseArticle(src, { file: 'x.md' });
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'cut-off-sentence', line: 3, severity: 'warning' }),
    ]);
    expect(a!.lead.paragraphs[0]!.text).toBe('Hospitals will test the model in');
    expect(a!.repairs).toEqual([]);
  });

  it('detects English from the text when the front matter does not say', () => {
    const { article: a } = parseArticle('# Hello\n\n## World\n\nPlain English text here.', {
      file: 'hello.md',
    });
    expect(a!.lang).toBe('en');
    expect(a!.slug).toBe('hello');
  });
});
