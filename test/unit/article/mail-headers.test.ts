// A mail pasted whole (functions/core/article/furniture/mail.ts): its header fields, forward marks and the forwarder's
// note are the mail's, and the original message's subject, sender and date stand in for a page's title, byline and date.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../functions/core/article/parse.ts';

const read = (source: string) => {
  const { article, diagnostics } = parseArticle(source, { file: 'mail.md', pageLines: null });
  const a = article!;
  return {
    a,
    diagnostics,
    body: [a.lead, ...a.sections].flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n'),
  };
};

describe('a forwarded mail', () => {
  const forwarded = [
    '**From:** Priya Castellane <priya@northfold.example>',
    '**Sent:** Friday, April 10, 2026 8:15 AM',
    '**To:** Newsdesk <desk@northfold.example>',
    '**Subject:** Fwd: Brightwater Labs — Q1 note to backers',
    '',
    'One for the robotics page? Numbers look odd. P',
    '',
    '---------- Forwarded message ---------',
    'From: Dario Mbeki <dario@brightwater.example>',
    'Date: Thu, 9 Apr 2026 at 18:02',
    'Subject: Brightwater Labs — Q1 note to backers',
    'To: backers@brightwater.example',
    '',
    'Hello everyone,',
    '',
    'The first quarter brought our warehouse robots to three new sites and our first paying customer abroad.',
    '',
    '## Hiring',
    '',
    'We hired four engineers and opened a role for a field technician in Leeds.',
  ].join('\n');

  it('takes the original subject as the title, its sender as the byline and its date as the date', () => {
    const { a, diagnostics } = read(forwarded);
    expect(a.title).toBe('Brightwater Labs — Q1 note to backers');
    expect(a.byline?.names).toEqual(['Dario Mbeki']);
    expect(a.meta?.published).toBe('2026-04-09');
    // The repair points at the original message's subject, not the forwarder's.
    expect(a.repairs.find((r) => r.kind === 'title-from-subject')?.line).toBe(11);
    expect(diagnostics.filter((d) => d.code === 'missing-title')).toEqual([]);
  });

  it('lifts the header fields, the forward mark and the forwarder’s note out of the body', () => {
    const { a, body } = read(forwarded);
    for (const gone of [
      'From:',
      'Sent:',
      'Subject:',
      'To:',
      'Forwarded message',
      'One for the robotics page',
    ])
      expect(body).not.toContain(gone);
    expect(body).toContain('The first quarter brought our warehouse robots');
    expect(a.furniture?.map((f) => f.what)).toEqual(
      expect.arrayContaining(['mail header', 'mail forward mark', "forwarder's note"]),
    );
  });

  it('reads a Chinese mail client’s fields too', () => {
    const zh = [
      '发件人: 韩露 <hanlu@qiaoshan.example>',
      '发送时间: 2026年4月9日 星期四 18:02',
      '收件人: 编辑部',
      '主题: 转发: 桥山智算一季度运营简报',
      '',
      '各位好：',
      '',
      '一季度，桥山智算中心新增上架服务器三百台，算力利用率提升到七成。',
    ].join('\n');
    const { a, body } = read(zh);
    expect(a.title).toBe('桥山智算一季度运营简报');
    expect(a.byline?.names).toEqual(['韩露']);
    expect(a.meta?.published).toBe('2026-04-09');
    expect(body).not.toContain('发件人');
    expect(body).toContain('算力利用率');
  });
});

describe('not a mail', () => {
  it('when one line names where a release came from (`From: Department for …`), nor a sentence about a sender', () => {
    const release = [
      '# New guidance on AI in schools',
      '',
      'From: Department for Education',
      '',
      'Subject: the guidance covers homework and exams, the minister said.',
      '',
      'Schools will get the guidance in May.',
    ].join('\n');
    const { a, body } = read(release);
    expect(a.title).toBe('New guidance on AI in schools');
    expect(a.furniture?.some((f) => f.what.startsWith('mail'))).toBeFalsy();
    expect(body).toContain('Schools will get the guidance in May.');
  });

  it('keeps the page’s own title over the subject', () => {
    const titled = [
      '# The backers’ letter, annotated',
      '',
      'From: Dario Mbeki',
      'Subject: Q1 note',
      '',
      'Text here.',
    ];
    expect(read(titled.join('\n')).a.title).toBe('The backers’ letter, annotated');
  });
});
