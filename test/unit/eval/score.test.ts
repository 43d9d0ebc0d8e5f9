// The evaluation's figures on small hand-made label/result pairs: what counts as TP/FP/FN, micro vs per theme,
// joins and never-joins under zh and en spacing, leaks, false joins from repairs, cut-off warnings, and reads of
// parser output that lacks fields (they fail their check; they never crash the run).
import { describe, expect, it } from 'vitest';
import type { Labels } from '../../eval/labels.ts';
import { budgetMisses, prf, scoreArticle, summarize } from '../../eval/score.ts';

const TOPICS = ['compute', 'models', 'industry', 'health', 'talent', 'governance', 'robotics', 'policy'];

const para = (text: string, line = 5) => ({ index: 0, text, line });
const section = (id: string, heading: string, texts: string[], extra: Record<string, unknown> = {}) => ({
  id,
  heading,
  line: 3,
  paragraphs: texts.map((t, i) => ({ ...para(t, 5 + i * 2), index: i })),
  ...extra,
});
const article = (fields: Record<string, unknown>) => ({
  title: 'Port jobs',
  lead: section('lead', 'Port jobs', []),
  sections: [],
  figures: [],
  repairs: [],
  ...fields,
});
const themes = (bySection: Record<string, string[]>) =>
  Object.entries(bySection).map(([sectionId, topics]) => ({
    sectionId,
    themes: topics.map((topic) => ({ topic, score: 1, paragraphs: [], evidence: [] })),
  }));
const labels = (fields: Partial<Labels>): Labels => ({
  lang: 'en',
  title: 'Port jobs',
  sections: [{ heading: 'Training' }],
  ...fields,
});

describe('theme counts', () => {
  it('counts TP for required, FP for anything neither required nor acceptable, FN for required not predicted', () => {
    const l = labels({
      sections: [
        {
          heading: 'Training',
          themes: { required: ['talent', 'industry'], acceptable: ['policy'], forbidden: ['robotics'] },
        },
      ],
    });
    const result = {
      article: article({ sections: [section('s1', 'Training', ['Text.'])] }),
      diagnostics: [],
    };
    const s = scoreArticle(l, '', {
      result,
      themes: themes({ s1: ['talent', 'policy', 'robotics', 'compute'] }),
    });
    expect(s.sections[0]).toMatchObject({
      matched: 's1',
      tp: ['talent'],
      fp: ['robotics', 'compute'],
      fn: ['industry'],
      forbiddenPredicted: ['robotics'],
    });
  });

  it('sums micro over all sections, and per theme separately', () => {
    const l = labels({
      lead: { themes: { required: ['policy'] } },
      sections: [
        { heading: 'A', themes: { required: ['talent'] } },
        { heading: 'B', themes: { required: ['talent', 'health'] } },
      ],
    });
    const result = {
      article: article({ sections: [section('s1', 'A', ['x']), section('s2', 'B', ['y'])] }),
      diagnostics: [],
    };
    const score = scoreArticle(l, '', {
      result,
      themes: themes({ lead: ['policy'], s1: ['talent', 'compute'], s2: ['talent'] }),
    });
    const sum = summarize([score], TOPICS);
    // TP: policy, talent, talent; FP: compute; FN: health.
    expect(sum.themes).toMatchObject({ tp: 3, fp: 1, fn: 1, precision: 0.75, recall: 0.75 });
    expect(sum.themes.f1).toBeCloseTo(0.75);
    expect(sum.perTheme.talent).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(sum.perTheme.health).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0, f1: 0 });
    expect(sum.perTheme.compute).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0 });
    // A theme nobody expected and nobody predicted made no error.
    expect(sum.perTheme.robotics).toMatchObject({ precision: 1, recall: 1 });
  });

  it('ignores predictions on the lead when the labels give the lead no themes', () => {
    const l = labels({ sections: [{ heading: 'A', themes: { required: ['talent'] } }] });
    const result = { article: article({ sections: [section('s1', 'A', ['x'])] }), diagnostics: [] };
    const score = scoreArticle(l, '', { result, themes: themes({ lead: ['compute'], s1: ['talent'] }) });
    expect(summarize([score], TOPICS).themes).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('compares a wire story labelled as one section titled by the article with the parsed lead', () => {
    const l = labels({ sections: [{ heading: 'Port jobs', themes: { required: ['industry'] } }] });
    const result = { article: article({ lead: section('lead', 'Port jobs', ['Text.']) }), diagnostics: [] };
    const score = scoreArticle(l, '', { result, themes: themes({ lead: ['industry'] }) });
    expect(score.sections[0]).toMatchObject({ matched: 'lead', tp: ['industry'] });
    // The structure still says what the reader misses: no section at position 1.
    expect(score.checks.find((c) => c.kind === 'heading')).toMatchObject({ ok: false });
  });

  it('counts every required theme of a section the parser did not produce as missed', () => {
    const l = labels({ sections: [{ heading: 'A', themes: { required: ['talent', 'policy'] } }] });
    const score = scoreArticle(l, '', { result: { article: article({}), diagnostics: [] }, themes: [] });
    expect(score.sections[0]).toMatchObject({ matched: undefined, fn: ['talent', 'policy'] });
  });

  it('scores an empty denominator 1 only when no error was made', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf({ tp: 0, fp: 0, fn: 2 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf({ tp: 0, fp: 3, fn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('joins and never-joins', () => {
  const run = (lang: 'en' | 'zh', texts: string[], l: Partial<Labels>) =>
    scoreArticle(labels({ lang, ...l }), '', {
      result: { article: article({ sections: [section('s1', 'Training', texts)] }), diagnostics: [] },
    });

  it('en: a join is made when A and B are in one paragraph with exactly one space between them', () => {
    const joins: [string, string][] = [['the plan was', 'approved on Tuesday']];
    expect(run('en', ['So the plan was approved on Tuesday.'], { joins }).missedJoins).toBe(0);
    expect(run('en', ['So the plan was\napproved on Tuesday.'], { joins }).missedJoins).toBe(0);
    expect(run('en', ['So the plan wasapproved on Tuesday.'], { joins }).missedJoins).toBe(1);
    const split = run('en', ['So the plan was', 'approved on Tuesday.'], { joins });
    expect(split.missedJoins).toBe(1);
    expect(split.checks.find((c) => c.kind === 'join')!.message).toContain('and are not');
  });

  it('zh: spaces between A and B are normalised away', () => {
    const joins: [string, string][] = [['算力节', '点分布']];
    expect(run('zh', ['全市算力节点分布广泛。'], { joins }).missedJoins).toBe(0);
    expect(run('zh', ['全市算力节 点分布广泛。'], { joins }).missedJoins).toBe(0);
    expect(run('zh', ['全市算力节', '点分布广泛。'], { joins }).missedJoins).toBe(1);
  });

  it('a never-join pair in one paragraph is a false join; in two paragraphs it is not', () => {
    const never_join: [string, string][] = [['Photo: Ann Lee/Reuters', 'The council voted']];
    const joined = run('en', ['Photo: Ann Lee/Reuters The council voted on Monday.'], { never_join });
    expect(joined.falseJoins).toHaveLength(1);
    expect(joined.checks.find((c) => c.kind === 'never_join')).toMatchObject({ ok: false });
    const apart = run('en', ['Photo: Ann Lee/Reuters', 'The council voted on Monday.'], { never_join });
    expect(apart.falseJoins).toEqual([]);
    expect(apart.checks.find((c) => c.kind === 'never_join')).toMatchObject({ ok: true });
    // zh: found even when the parser removed the space inside the credit.
    const zh = run('zh', ['本报记者陈梦泽摄伴随生成式人工智能发展'], {
      never_join: [['本报记者 陈梦泽 摄', '伴随生成式']],
    });
    expect(zh.falseJoins).toHaveLength(1);
  });

  it('counts never_in_body strings found in body paragraphs, whatever the whitespace or emphasis', () => {
    const never_in_body = ['Photo: Ann Lee/Reuters', 'Sign up for our newsletter'];
    const s = run('en', ['Text. *Photo: Ann  Lee/Reuters*', 'More text.'], { never_in_body });
    expect(s.leaked).toEqual([{ text: 'Photo: Ann Lee/Reuters', where: 's1 ¶1' }]);
    expect(run('zh', ['视觉中国资料图'], { never_in_body: ['视觉中国 资料图'] }).leaked).toHaveLength(1);
  });

  it('a join repair that made a paragraph holding a never_in_body string is a false join', () => {
    const l = labels({ never_in_body: ['Getty Images'] });
    const body = section('s1', 'Training', ['Getty Images The yard hired 40 people.', 'Clean paragraph.']);
    const result = {
      article: article({
        sections: [body],
        repairs: [
          { kind: 'joined-paragraphs', line: 6, detail: 'joined' },
          { kind: 'joined-paragraphs', line: 7, detail: 'joined' },
          { kind: 'moved-heading', line: 5, detail: 'Getty Images' },
        ],
      }),
      diagnostics: [],
    };
    const s = scoreArticle(l, '', { result });
    // Line 6 falls in ¶1 (starts at line 5), line 7 in ¶2 (clean); a moved heading is not a join.
    expect(s.falseJoins).toEqual([
      'the join repair at line 6 made a paragraph (s1 ¶1) holding "Getty Images"',
    ]);
    expect(s.leaked).toHaveLength(1);
  });
});

describe('structure checks', () => {
  const source = ['# Port jobs', '', '## Training', '', 'The yard said it would', '', '## Next', ''].join(
    '\n',
  );

  it('passes a cut-off sentence only when a cut-off-sentence warning points into its paragraph', () => {
    const l = labels({ cut_off: ['said it would'] });
    const at = (line: number, code = 'cut-off-sentence') =>
      scoreArticle(l, source, {
        result: { article: article({}), diagnostics: [{ severity: 'warning', code, line, message: 'cut' }] },
      }).checks.find((c) => c.kind === 'cut_off')!.ok;
    expect(at(5)).toBe(true);
    expect(at(6)).toBe(true);
    expect(at(3)).toBe(false);
    expect(at(5, 'join-repaired')).toBe(false);
  });

  it('checks title, byline as a set, headings at their position, groups, figures, meta, and extra sections', () => {
    const l = labels({
      byline: ['Ann Lee', 'Tom Ray'],
      sections: [
        { heading: 'Federal', group: 'News' },
        { heading: 'State', group: 'News' },
      ],
      figures: [{ caption: 'Cranes at the yard', credit: 'Photo: Ann Lee/Reuters' }, { caption: 'A welder' }],
      meta: { source: 'Reuters', published: '2026-03-03' },
    });
    const result = {
      article: article({
        byline: { raw: 'x', names: ['Tom Ray', 'Ann Lee'] },
        sections: [
          section('s1', 'Federal', ['a'], { group: 'News' }),
          section('s2', 'State', ['b']),
          section('s3', 'Share this', ['c']),
        ],
        figures: [
          { caption: 'Cranes at  the yard on Monday.', credit: 'Photo: Ann Lee/Reuters' },
          { caption: 'A welder at work.', credit: 'Getty Images' },
        ],
        meta: { source: 'Reuters', published: '2026-03-03T16:12:00-05:00' },
      }),
      diagnostics: [],
    };
    const s = scoreArticle(l, '', { result });
    const failed = s.checks.filter((c) => !c.ok).map((c) => c.message);
    expect(failed).toEqual([
      'section 2 group: expected "News", got none',
      'sections: 1 more than the 2 labelled: "Share this"',
      'figure "A welder" (no credit): got credit "Getty Images"',
    ]);
    // title, byline, 2 headings, 2 groups, extra sections, 2 figures, 2 meta fields.
    expect(s.checks).toHaveLength(11);
  });

  it('compares titles and headings with punctuation width folded, as the parser normalises it, and nothing else', () => {
    const check = (want: string, got: string) =>
      scoreArticle(labels({ lang: 'zh', title: want, sections: [{ heading: want }] }), '', {
        result: {
          article: article({ title: got, sections: [section('s1', got, ['正文。'])] }),
          diagnostics: [],
        },
      }).checks.filter((c) => c.kind === 'title' || c.kind === 'heading');
    expect(check('一套系统,让病人少跑路', '一套系统，让病人少跑路').every((c) => c.ok)).toBe(true);
    expect(check('一套系统让病人少跑路', '一套系统，让病人少跑路').some((c) => c.ok)).toBe(false);
  });

  it('takes a wire agency’s initials and its name as one source, and no other source for it', () => {
    const source = (want: string, got: string) => {
      const s = scoreArticle(labels({ meta: { source: want } }), '', {
        result: { article: article({ meta: { source: got } }), diagnostics: [] },
      });
      return s.checks.find((c) => c.kind === 'meta')!.ok;
    };
    expect(source('Associated Press', 'AP')).toBe(true);
    expect(source('AP', 'Associated Press')).toBe(true);
    expect(source('AFP', 'Agence France-Presse')).toBe(true);
    expect(source('Reuters', 'AP')).toBe(false);
    expect(source('Associated Press', 'Agence France-Presse')).toBe(false);
  });

  it('compares credits without emphasis or brackets around the whole credit', () => {
    const l = labels({
      figures: [
        { caption: 'Welders', credit: 'AP Photo/Ruth Calder' },
        { caption: 'Cranes', credit: '新华社发（程诚 摄）' },
        { caption: 'Docks', credit: 'AP Photo/Ruth Calder' },
      ],
    });
    const result = {
      article: article({
        figures: [
          { caption: 'Welders at work.', credit: '(AP Photo/Ruth Calder)' },
          { caption: 'Cranes.', credit: '新华社发（程诚 摄）' },
          { caption: 'Docks.', credit: '(AP Photo/Ruth Calder) (file)' },
        ],
      }),
      diagnostics: [],
    };
    const figures = scoreArticle(l, '', { result }).checks.filter((c) => c.kind === 'figure');
    expect(figures.map((c) => c.ok)).toEqual([true, true, false]);
  });

  it('fails the checks of fields the parser does not produce, without crashing', () => {
    const l = labels({
      byline: ['Ann Lee'],
      sections: [{ heading: 'Federal', group: 'News', themes: { required: ['policy'] } }],
      figures: [{ caption: 'Cranes' }],
      meta: { editor: 'Tom Ray' },
      joins: [['a', 'b']],
      cut_off: ['would'],
    });
    for (const result of [
      null,
      { diagnostics: 'nope' },
      { article: { title: 7, sections: 'x', figures: {}, meta: 3, lead: [] }, diagnostics: [] },
      {
        article: { title: 'Port jobs', sections: [{ heading: 'Federal', paragraphs: [{}] }] },
        diagnostics: [{}],
      },
    ]) {
      const s = scoreArticle(l, 'source', { result, themes: 'garbage' });
      expect(s.checks.find((c) => c.kind === 'group')!.ok).toBe(false);
      expect(s.checks.find((c) => c.kind === 'meta')!.message).toMatch(/got (none|no article\.meta)/);
      expect(s.checks.find((c) => c.kind === 'figure')!.ok).toBe(false);
      expect(s.sections[0]!.fn).toEqual(['policy']);
    }
    const none = scoreArticle(l, 'source', {
      result: { diagnostics: [{ severity: 'error', code: 'x', message: 'empty file' }] },
    });
    expect(none.notes).toEqual(['the parser gave no article: empty file']);
    expect(none.checks.every((c) => !c.ok || c.kind === 'sections')).toBe(true);
  });
});

describe('budget', () => {
  it('names each missed budget line', () => {
    const l = labels({ sections: [{ heading: 'Training', themes: { required: ['talent'] } }] });
    const good = scoreArticle(l, '', {
      result: { article: article({ sections: [section('s1', 'Training', ['x'])] }), diagnostics: [] },
      themes: themes({ s1: ['talent'] }),
    });
    expect(budgetMisses(summarize([good], TOPICS))).toEqual([]);
    const bad = scoreArticle({ ...l, never_in_body: ['x'] }, '', {
      result: { article: article({ sections: [section('s1', 'Other', ['x'])] }), diagnostics: [] },
    });
    expect(budgetMisses(summarize([bad], TOPICS))).toEqual([
      'structure 66.7 % < 98 %',
      'leaked 1 > 0',
      'theme F1 0.000 < 0.9',
    ]);
    expect(budgetMisses(summarize([], TOPICS))).toEqual(['no articles to measure']);
  });
});
