// The publish gate: errors always block; warnings block unless the front matter accepts their codes.
import { describe, expect, it } from 'vitest';
import { gateAdvice, publishGate } from '../../../functions/core/article/gate.ts';
import { parseArticle } from '../../../functions/core/article/parse.ts';

const cut = ['# 标题', '', '上海正', '', '## 第一节', '', '人才培养方面，要加强。'];
const parse = (lines: string[]) => parseArticle(lines.join('\n'), { file: 'a.md' });

describe('publish gate', () => {
  it('publishes an article without warnings', () => {
    const gate = publishGate(parse(['# 标题', '', '## 一', '', '正文。']));
    expect(gate).toEqual({ publish: true, errors: [], blocking: [], accepted: [] });
  });

  it('holds an article with a warning nobody accepted, and says which code to accept', () => {
    const gate = publishGate(parse(cut));
    expect(gate.publish).toBe(false);
    expect(gate.blocking.map((d) => [d.code, d.line])).toEqual([['cut-off-sentence', 3]]);
    expect(gateAdvice(gate)).toContain('accept: [cut-off-sentence]');
  });

  it('lets the warnings through that the front matter accepts, and only those', () => {
    const accepted = publishGate(parse(['---', 'accept: [cut-off-sentence]', '---', ...cut]));
    expect(accepted.publish).toBe(true);
    expect(accepted.accepted.map((d) => d.code)).toEqual(['cut-off-sentence']);
    const other = publishGate(parse(['---', 'accept: [mixed-language-fragment]', '---', ...cut]));
    expect(other.publish).toBe(false);
  });

  it('never lets errors through, whatever the front matter accepts', () => {
    const gate = publishGate(parse(['---', 'accept: [missing-title]', '---', '## 只有一节', '', '正文。']));
    expect(gate.publish).toBe(false);
    expect(gate.errors.map((d) => d.code)).toEqual(['missing-title']);
    expect(gateAdvice(gate)).toMatch(/fix the errors/);
  });

  it('lets the seed through: its front matter accepts its two reviewed warnings', async () => {
    const { readFileSync } = await import('node:fs');
    const file = 'content/articles/ai-shanghai-2025.md';
    const gate = publishGate(parseArticle(readFileSync(file, 'utf8'), { file }));
    expect(gate.publish).toBe(true);
    expect(gate.accepted.map((d) => d.code).sort()).toEqual(['cut-off-sentence', 'mixed-language-fragment']);
  });
});
