// (session 13) The join repair's guesses: a paragraph with no sentence end is joined to the next one with no other
// evidence only when its shape shows it was cut inside a clause (text.ts cutInsideClause). Invented text, zh and en.
import { describe, expect, it } from 'vitest';
import { cutInsideClause } from '../../../functions/core/article/text.ts';
import { paragraphsOf, parseLines } from './articles.ts';

const parsed = (first: string, second: string, lead = true) => {
  const r = parseLines([
    '# 标题 Title',
    '',
    ...(lead ? ['本文开头一句。 The story opens here.', ''] : []),
    first,
    '',
    second,
  ]);
  const joins = r.article!.repairs.filter((x) => x.kind === 'joined-paragraphs');
  const cutAt = r.diagnostics.filter((d) => d.code === 'cut-off-sentence').map((d) => d.line);
  return { joins, cutAt, paragraphs: paragraphsOf(r.article!) };
};

describe('a paragraph cut inside a clause is still joined to its rest', () => {
  it.each([
    ['区卫健委有关负责人介绍，新建的两个社区医院主要面向', '老年人和慢性病患者提供家庭医生签约服务。'],
    ['项目去年底完成验收。今年，中心又与三所高校共建', '人工智能联合实验室，面向在校学生开放。'],
    ['一站式窗口可办理社保、医保、', '公积金等十二个事项。'],
    ['园区负责人说，这一批“智能', '工位”已全部租出。'],
    [
      'The fund opened in March. Over three years, the council sets aside',
      '12 million pounds for new bus lanes.',
    ],
    ['The board voted on Tuesday to send the plan to', 'Parliament before the summer recess.'],
  ])('“%s” + “%s”', (first, second) => {
    const r = parsed(first, second);
    expect(r.joins).toHaveLength(1);
    expect(r.joins[0]!.detail).toContain('no evidence: a guess');
    expect(r.cutAt).toEqual([]);
  });
});

describe('a line that never ran on a clause is not joined on a guess: the cut is warned about', () => {
  it.each([
    ['采购人：某市数据局，联系人：周工，电话：0571-86001234', '采购代理机构：某某招标咨询有限公司'],
    ['✅ 离校两年内未就业的高校毕业生、登记失业人员', '✅ 农村转移就业劳动者、退役军人'],
    ['供应商地址：某市高新区创新大道18号', '中标单位：某某数智科技有限公司'],
    ['Dear members,', '2026 was the year the club finally paid off its loan.'],
    ['Respectfully submitted,', 'Ana Ruiz, Club Secretary'],
    ['Guide to Work Permits for Visiting Researchers', '为吸引海外科研人员来区工作，现将有关事项说明如下。'],
  ])('“%s” / “%s”', (first, second) => {
    const r = parsed(first, second);
    expect(r.joins).toEqual([]);
    expect(r.paragraphs).toContain(second);
    expect(r.cutAt).toContain(5);
  });

  it('a standfirst under the headline is neither joined nor warned about', () => {
    const r = parsed(
      'Why small ferries pay for themselves and the big ones never do',
      'Every summer someone asks me why the island still runs three small boats.',
      false,
    );
    expect(r.joins).toEqual([]);
    expect(r.cutAt).toEqual([]);
  });
});

describe('cutInsideClause reads the shape of the cut', () => {
  it('zh: a comma, an open word, a sentence before, an enumeration or an open quotation', () => {
    expect(cutInsideClause('负责人介绍，二期主要面向', 'zh')).toBe(true);
    expect(cutInsideClause('这笔资金将用在', 'zh')).toBe(true);
    expect(cutInsideClause('试点已经结束。学校组建了', 'zh')).toBe(true);
    expect(cutInsideClause('覆盖社保、医保、', 'zh')).toBe(true);
    expect(cutInsideClause('被称为“数字', 'zh')).toBe(true);
    expect(cutInsideClause('联系人：周工，电话：0571-86001234', 'zh')).toBe(false);
    expect(cutInsideClause('✅ 高校毕业生、登记失业人员', 'zh')).toBe(false);
    expect(cutInsideClause('联合体成员：某某算力有限公司', 'zh')).toBe(false);
  });

  it('en: an open word, or a sentence ended before the one it stops in', () => {
    expect(cutInsideClause('It sent the plan to', 'en')).toBe(true);
    expect(cutInsideClause('It opened in May. Over three years, it sets aside', 'en')).toBe(true);
    expect(cutInsideClause('Three bills move, and a tariff fight heads to court', 'en')).toBe(false);
    expect(cutInsideClause('Hi all,', 'en')).toBe(false);
  });
});
