// Term families and sense guards added in session 10 for the opened sealed15 half (docs/themes.md, "Session 10,
// sealed15"). Every text here was written for this test, not taken from an evaluation article. The families: an AI
// liability law told through its litigation (the deployer, the claimant, a litigation hold, indemnities, a human
// override), data retention and the commissioner who regulates it, what running AI costs (hosting, the cloud bill,
// broadband), a farm economy told in money (均价, 增收, 亩均, 合作社); and the guards: a data-use promise and kept or
// deleted prompts are no model news, a court's protective orders no sales orders, a product's pricing plan no
// government plan, employment listed beside credit and housing no jobs market, a contract's compliance clause no
// AI governance, a public procurement notice's own form (采购人, 供应商, 中标) no industry story, a budget no revenue.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomyFile } from '../../../functions/adapters/fs/taxonomy.ts';
import { classifyArticle } from '../../../functions/core/topics/classify.ts';
import type { Taxonomy } from '../../../functions/core/topics/types.ts';
import { articleOf } from '../article/articles.ts';
import { vocabulary } from './vocabulary.ts';

const { themes, topicTerms } = vocabulary();
let taxonomy: Taxonomy;
beforeAll(async () => {
  taxonomy = await loadTaxonomyFile();
});

const told: [string, 'en' | 'zh', string, string[]][] = [
  [
    'governance',
    'en',
    'What to keep on file',
    [
      'Put a litigation hold on every version and its logs now, and have the indemnity clauses from your supplier at hand for the day a claimant comes forward.',
    ],
  ],
  [
    'governance',
    'en',
    'How long we keep your chats',
    [
      'Chats are kept for fourteen days and then removed; the retention period for account records is one year, as the information commissioner advised.',
    ],
  ],
  [
    'compute',
    'en',
    'Running costs',
    [
      'The college pays for hosting on a rented cloud and for faster broadband in two villages; last year the hosting costs doubled.',
    ],
  ],
  [
    'industry',
    'zh',
    '山区果园见效益',
    ['今年猕猴桃均价每公斤提高两元，合作社带动果农增收，亩均多卖八百元。'],
  ],
  [
    'industry',
    'zh',
    '山區果園見效益',
    ['今年獼猴桃均價每公斤提高兩元，合作社帶動果農增收，畝均多賣八百元。'],
  ],
];

describe('session-10 (sealed15) families: sections whose theme is told only through the new words', () => {
  for (const [topic, lang, heading, paragraphs] of told) {
    it(`${topic} (${lang}): ${heading}`, () => {
      expect(themes(lang, heading, paragraphs)).toContain(topic);
    });
  }

  it('a deployer and a claimant are the parties of a liability law', () => {
    expect(topicTerms('en', 'The deployer must answer once a claimant shows harm.', 'governance')).toEqual(
      expect.arrayContaining(['deployer', 'claimant']),
    );
  });

  it('"the Act" beside a claim or a deployer is the statute', () => {
    expect(topicTerms('en', 'Claims brought under the Act go to the county court.', 'governance')).toContain(
      'act',
    );
  });
});

describe('session-10 (sealed15) guards: the other senses', () => {
  it('a data-use promise is privacy, not model news', () => {
    expect(topicTerms('en', 'Customer files are never used to train our models.', 'models')).toEqual([]);
    expect(topicTerms('en', 'The lab trained the model on a new dataset.', 'models')).toContain('model');
  });

  it('prompts deleted after so many days are retention, not model news', () => {
    expect(
      topicTerms('en', 'Prompts are deleted after seven days under the new retention setting.', 'models'),
    ).toEqual([]);
    expect(topicTerms('en', 'Longer prompts gave better answers.', 'models')).toContain('prompt');
  });

  it("a court's protective orders are no sales orders", () => {
    expect(topicTerms('en', 'The judge issued protective orders over the source code.', 'industry')).toEqual(
      [],
    );
    expect(topicTerms('en', 'New orders rose 12% in the quarter.', 'industry')).toContain('orders');
  });

  it("a product's pricing plan is no government plan", () => {
    expect(topicTerms('en', 'Teams on the Enterprise plan can switch it off.', 'policy')).toEqual([]);
  });

  it('employment listed beside credit and housing is an area of decisions, not the jobs market', () => {
    expect(
      topicTerms('en', 'Automated decisions on credit, employment and housing are covered.', 'industry'),
    ).toEqual([]);
    expect(topicTerms('en', 'Employment in the region rose by 4,000.', 'industry')).toContain('employment');
  });

  it('the privacy commissioner is a regulator, not a policy maker', () => {
    expect(topicTerms('en', 'The privacy commissioner published new guidance.', 'policy')).toEqual([]);
    expect(topicTerms('en', 'The privacy commissioner published new guidance.', 'governance')).toContain(
      'privacy commissioner',
    );
  });

  it("a contract's compliance clause is no AI governance (Simplified and Traditional)", () => {
    expect(topicTerms('zh', '乙方应遵守数据安全相关法律法规，并对甲方资料保密。', 'governance')).toEqual([]);
    expect(topicTerms('zh', '雙方應當遵守數據安全相關法律法規。', 'governance')).toEqual([]);
    expect(topicTerms('zh', '国家加快完善数据安全法律法规。', 'governance')).toEqual(
      expect.arrayContaining(['数据安全', '法律法规']),
    );
  });

  it('a budget is what a buyer will spend, not a firm’s money', () => {
    expect(topicTerms('zh', '本项目预算金额为3.5亿元。', 'industry')).toEqual([]);
    expect(topicTerms('zh', '公司全年营收12亿元。', 'industry')).toContain('亿元');
  });

  it('a procurement notice names buyer, agent and supplier as its form: no industry section', () => {
    const notice = [
      '# 某市智能计算中心设备采购项目成交结果公告',
      '',
      '### 一、成交信息',
      '',
      '成交供应商为北辰数联科技有限公司，成交金额1.9亿元，供应商须在合同签订后90日内完成交付。',
      '',
      '### 二、质疑',
      '',
      '参加本次政府采购活动的供应商认为成交结果损害自身权益的，可向采购人提出质疑；中标供应商名单另行公布。',
      '',
      '### 三、联系方式',
      '',
      '采购人：某市大数据中心　采购代理机构：某某招标咨询有限公司',
    ];
    const result = classifyArticle(articleOf(notice), taxonomy);
    for (const section of result) {
      expect(section.themes.map((m) => m.topic)).not.toContain('industry');
    }
    // in a news story a firm winning a bid stays industry
    expect(
      topicTerms('zh', '该公司中标一项两亿元的算力项目，供应商名单上还有三家同行。', 'industry'),
    ).toEqual(expect.arrayContaining(['中标', '供应商']));
  });
});
