// Term families, sense guards and one rule added in session 10 for the opened sealed13 half (docs/themes.md,
// "Session 10, sealed13"). Every text here was written for this test, not taken from an evaluation article. The first
// list gets its theme only from the new words (each fails with the taxonomy before): care told through the hospital's
// own words (the trauma team, sepsis, pneumonia, the lungs, radiographers), people who protest for a pause on AI, a
// start-up's raise and its pitch told beside a paragraph full of model words, labelling AI-generated content (显式/
// 隐式标识, 合成内容; Taiwan's 浮水印 and 深偽) and who answers for a model's output (技术中立, 注意义务). The second
// part holds the other senses the guards keep out — a hospital's logistics, a company's own policy and its funding
// from a bank loan, a filing's contact block, a risk warning that names policy as one uncertainty — and the rule: a
// lead with no text of its own is read on the editor's note.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomyFile } from '../../../functions/adapters/fs/taxonomy.ts';
import { classifyArticle } from '../../../functions/core/topics/classify.ts';
import type { Taxonomy } from '../../../functions/core/topics/types.ts';
import { articleOf } from '../article/articles.ts';
import { vocabulary } from './vocabulary.ts';

const { themes, termTopics, topicTerms } = vocabulary();
let taxonomy: Taxonomy;
beforeAll(async () => {
  taxonomy = await loadTaxonomyFile();
});

const told: [string, 'en' | 'zh', string, string[]][] = [
  [
    'health',
    'en',
    'A long night in resus',
    [
      'The trauma team was paged twice before midnight, and a sonographer stayed on to look for fluid around the lungs of a cyclist.',
    ],
  ],
  [
    'health',
    'en',
    'Winter pressures',
    ['Cases of pneumonia and sepsis climbed through January, and the radiographers worked double shifts.'],
  ],
  [
    'governance',
    'en',
    'Outside the developers forum',
    [
      'Protesters demanded a pause on frontier systems until outsiders can check them, and blocked the entrance for an hour.',
    ],
  ],
  [
    'industry',
    'en',
    'Two engineers leave a lab to build tiny models',
    [
      "The pair, who led the lab's work on distilling large language models, have raised $15 million for a new start-up; their pitch is reasoning models under two billion parameters that run on a phone.",
    ],
  ],
  [
    'governance',
    'zh',
    '新功能上线',
    ['即日起，用户上传的合成内容须同时添加显式标识和隐式标识，后者写入文件的元数据。'],
  ],
  ['governance', 'zh', '影片要加註記', ['社群平台須為深偽影片加上浮水印，供使用者辨識。']],
  [
    'governance',
    'zh',
    '法院怎么看',
    ['判决书认为，服务提供者不能以技术中立为由推脱，而应证明自己已经尽到注意义务。'],
  ],
];

describe('session-10 (sealed13) families: sections whose theme is told only through the new words', () => {
  for (const [topic, lang, heading, paragraphs] of told) {
    it(`${topic} (${lang}): ${heading}`, () => {
      expect(themes(lang, heading, paragraphs)).toContain(topic);
    });
  }

  it('the liability and labelling words read in Traditional text too', () => {
    expect(termTopics('zh', '業者不得以技術中立為由規避注意義務。')).toContain('governance');
    expect(termTopics('zh', '生成的影像須加上顯式標識。')).toContain('governance');
  });

  it('a protest needs a word of AI oversight beside it', () => {
    expect(
      topicTerms(
        'en',
        'Activists marched on the ministry to demand a ban on facial recognition.',
        'governance',
      ),
    ).toContain('activist');
    expect(
      topicTerms('en', 'Dock workers staged a protest over pay and shift patterns.', 'governance'),
    ).toEqual([]);
  });

  it('a raise needs money or a round beside it; a pitch needs investors or founders', () => {
    expect(topicTerms('en', 'The fintech raised $45 million in a Series B round.', 'industry')).toContain(
      'raise',
    );
    expect(topicTerms('en', 'She showed the angels a ten-slide pitch deck.', 'industry')).toContain(
      'pitch deck',
    );
    expect(
      topicTerms('en', 'The union asked the firm to raise wages for night shifts.', 'industry'),
    ).not.toContain('raise');
    expect(topicTerms('en', 'The match was played on a muddy pitch.', 'industry')).toEqual([]);
  });
});

describe('session-10 (sealed13) guards: the other senses', () => {
  it("a hospital's logistics is the site, not medicine", () => {
    expect(
      topicTerms('en', 'The start-up sells carts for hospital logistics and parcel depots.', 'health'),
    ).toEqual([]);
    expect(topicTerms('en', 'Patients at the hospital waited four hours.', 'health')).toContain('hospital');
  });

  it("a company's own policy and a deal funded by a bank loan are no public policy", () => {
    expect(
      themes('en', 'Paying for the deal', [
        'The purchase price will be funded from cash on hand and a new credit facility. The board intends to keep paying a dividend in line with its policy.',
      ]),
    ).not.toContain('policy');
    expect(topicTerms('en', 'Read our privacy policy before you sign up.', 'policy')).toEqual([]);
    // the state's policy and money keep their sense
    expect(topicTerms('en', 'The ministry set out its policy on chip exports.', 'policy')).toContain(
      'policy',
    );
    expect(topicTerms('en', 'The scheme will fund twelve new training centres.', 'policy')).toContain('fund');
  });

  it("a filing's contact block is no industry story", () => {
    expect(
      themes('en', 'Contacts', [
        'Investor Relations: +44 20 0000 0000. Media: press office.',
        'The person responsible for this notice is the Company Secretary.',
      ]),
    ).not.toContain('industry');
    expect(topicTerms('en', 'Pension funds and other investors bought the shares.', 'industry')).toContain(
      'investor',
    );
  });

  it('a risk warning that names policy as one uncertainty is no policy story', () => {
    expect(
      themes('zh', '风险因素', [
        '项目建设周期较长，所在园区的产业扶持政策能否持续存在不确定性，如遇政策调整，项目进度可能受到影响。',
      ]),
    ).not.toContain('policy');
    // a government's support policy keeps its sense
    expect(
      themes('zh', '政策出台', ['市政府出台扶持政策，对新建智算中心给予一次性补贴，并设立专项资金。']),
    ).toContain('policy');
  });

  it('标示 counts only beside AI words', () => {
    expect(topicTerms('zh', '包装上须标示产地和保质期。', 'governance')).toEqual([]);
    expect(topicTerms('zh', '平台要求创作者标示AI生成的影像。', 'governance')).toContain('标示');
  });

  it("a lead with no text of its own is read on the editor's note", () => {
    const article = articleOf([
      '# 谁为AI客服的错误回答买单',
      '',
      '编者按：某电商平台的智能客服给出错误退款承诺后，消费者起诉平台要求兑现。平台能否以“系统自动生成”为由免责？本期请两位律师解读。',
      '',
      '### 律师甲：承诺就是承诺',
      '',
      '消费者看到的回答来自平台，平台应当对其服务承担法律责任，不能把责任推给算法。',
      '',
      '### 律师乙：要看过错',
      '',
      '如果平台已经在页面显著位置提示回答可能有误，并及时纠正，法院在认定责任时会考虑这些因素。',
    ]);
    expect(article.lead.paragraphs).toEqual([]);
    expect(article.note?.length).toBe(1);
    const lead = classifyArticle(article, taxonomy).find((t) => t.sectionId === 'lead');
    expect(lead?.themes.map((m) => m.topic)).toContain('governance');
  });
});
