// Term families and sense guards added in session 9 (docs/themes.md, "Session 9"), after the theme errors of the opened
// sealed10 half were read for their kind. Every text here was written for this test, not taken from an evaluation
// article. The first list gets its theme only from the session-9 words (each fails with the taxonomy before): the
// conditions that come with public money (en), Taiwan usage for a trade short of people and for chips, servers,
// algorithms and personal data (zh, Traditional). The second part holds the other senses the guards keep out: the
// teacher and student models of knowledge distillation, a business registered in a country, applicants who must explain
// their plans, a listed company's board resolutions, a service portal one files on, a field that names a kind of people
// (半导体人才) — and Traditional text read in Simplified by the guards and institution names (實驗室, 辦公).
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
    'policy',
    'en',
    'What strings are attached?',
    [
      'Firms on the programme must buy from an approved list of suppliers, and recipients who sell the kit within three years must repay it.',
    ],
  ],
  [
    'policy',
    'en',
    'Conditions of the grant',
    [
      'Labs must send their samples to an approved provider, and the clawback applies to any lab that misses the deadline.',
    ],
  ],
  [
    'policy',
    'en',
    'No strings attached?',
    [
      'Every recipient of the scheme must buy from an approved supplier, and any cash left over is subject to clawback.',
    ],
  ],
  [
    'talent',
    'zh',
    '科技業缺工　攬才大戰開打',
    [
      '新竹多家廠商坦言人才荒比去年更嚴重，人資部門把工程師起薪再調一成，仍招募不到足夠人手；有業者改走產學合作，提前留才。',
    ],
  ],
  [
    'compute',
    'zh',
    '伺服器訂單滿到年底',
    ['代工廠表示，AI伺服器與晶片需求持續強勁，資料中心客戶的訂單已排到年底，雲端運算業者也追加了機櫃。'],
  ],
  [
    'governance',
    'zh',
    '個資外洩誰負責',
    ['這起資安事件造成三十萬筆個資外洩，主管機關依個資法要求業者限期改善，並檢討演算法是否違法蒐集資料。'],
  ],
];

describe('session-9 families: sections whose theme is told only through the new words', () => {
  for (const [topic, lang, heading, paragraphs] of told) {
    it(`${topic} (${lang}): ${heading}`, () => {
      expect(themes(lang, heading, paragraphs)).toContain(topic);
    });
  }
});

describe('session-9 guards: the other senses', () => {
  it('the teacher and student of knowledge distillation are models, not people', () => {
    expect(
      themes('en', 'Shrinking the model', [
        'We distilled the 40-billion-parameter teacher into a student small enough for one GPU.',
        'The student model kept most of the quality; quantised to 8 bits, the student answers twice as fast.',
      ]),
    ).not.toContain('talent');
    expect(
      termTopics('en', 'The teacher network labels each example and the student network copies it.'),
    ).toContain('models');
    expect(termTopics('en', 'A student model trained on the teacher’s logits.')).not.toContain('talent');
  });

  it('one sense per article: where the student model is named, "the student" further on is the model', () => {
    const article = articleOf([
      '# Making our router small',
      '',
      'We trained a student model on the answers of our largest system.',
      '',
      '## What went wrong',
      '',
      'The student copied the teacher’s worst habit: it answered with confidence when it should have asked.',
      '',
      'Each new policy meant the student had to be retrained, and the teacher checked every batch.',
    ]);
    const s1 = classifyArticle(article, taxonomy).find((t) => t.sectionId === 's1');
    expect(s1?.themes.map((m) => m.topic)).not.toContain('talent');
    // the same section in an article about a school keeps its students and teachers
    const school = articleOf([
      '# A term of new lessons',
      '',
      'The school added a coding course this year.',
      '',
      '## What went wrong',
      '',
      'The student copied the teacher’s worst habit: she answered with confidence when she should have asked.',
      '',
      'Each new course meant the student had to be retrained, and the teacher checked every exercise.',
    ]);
    const s1School = classifyArticle(school, taxonomy).find((t) => t.sectionId === 's1');
    expect(s1School?.themes.map((m) => m.topic)).toContain('talent');
  });

  it('people who teach and learn keep their sense', () => {
    expect(
      themes('en', 'Back to class', [
        'The school hired six teachers this year, and every student now takes a coding lesson each week.',
      ]),
    ).toContain('talent');
    expect(termTopics('en', 'Teachers at the college say students need more lab time.')).toContain('talent');
    expect(termTopics('en', 'The plant will retrain its welders for the new line.')).toContain('talent');
  });

  it('a business registered in a country and applicants who explain their plans are no AI rules', () => {
    const section = [
      'Any business registered in the country with fewer than 50 staff may apply. Applicants must explain what they plan to build.',
    ];
    expect(themes('en', 'Who qualifies?', section)).not.toContain('governance');
    expect(topicTerms('en', 'Only firms registered for VAT can take part.', 'governance')).not.toContain(
      'register',
    );
    expect(topicTerms('en', 'The company has a registered office in Leeds.', 'governance')).not.toContain(
      'register',
    );
    // the AI-register and right-to-explanation senses stay
    expect(
      topicTerms('en', 'Providers must register high-risk systems in the public database.', 'governance'),
    ).toContain('register');
    expect(
      topicTerms(
        'en',
        'The law says a lender must explain an automated decision to refuse credit.',
        'governance',
      ),
    ).not.toEqual([]);
  });

  it("a listed company's board resolutions are no government's", () => {
    expect(
      termTopics('zh', '公司第二届董事会第五次会议审议通过了《关于设立全资子公司的议案》。'),
    ).not.toContain('policy');
    expect(termTopics('zh', '根据公司章程，该议案尚需提交股东大会审议通过。')).not.toContain('policy');
    expect(termTopics('zh', '国务院常务会议审议通过了《关于加快发展智能算力的意见》。')).toContain('policy');
    expect(termTopics('zh', '多位人大代表提交议案，建议加大对基础研究的投入。')).toContain('policy');
  });

  it('a portal one logs in to and files on is no cloud', () => {
    expect(topicTerms('zh', '申报单位登录“企业服务云平台”在线填报。', 'compute')).toEqual([]);
    expect(topicTerms('zh', '考生须先在招生云平台注册账号。', 'compute')).toEqual([]);
    expect(topicTerms('zh', '该公司把核心业务迁移到云平台，算力成本下降三成。', 'compute')).toContain(
      '云平台',
    );
  });

  it('a field that names a kind of people is talent, not the field', () => {
    expect(
      themes('zh', '留不住人', [
        '园区计划延揽海外半导体人才，并为芯片人才提供住房补贴。',
        '业者说，集成电路人才的缺口今年还在扩大。',
      ]),
    ).not.toContain('compute');
    expect(termTopics('zh', '园区计划延揽海外半导体人才。')).toContain('talent');
    expect(termTopics('zh', '半导体产能今年扩大两成。')).toContain('compute');
  });

  it('Traditional text is read in Simplified by the guards and institution names', () => {
    // 智能制造及机器人重点实验室 is where someone works, in either script
    expect(termTopics('zh', '他任職於智慧製造及機器人重點實驗室。')).not.toContain('robotics');
    expect(termTopics('zh', '他任职于智能制造及机器人重点实验室。')).not.toContain('robotics');
    // 自动化 beside 办公 is office automation, in either script
    expect(termTopics('zh', '公司導入辦公自動化系統。')).not.toContain('robotics');
    expect(termTopics('zh', '工廠導入自動化產線與工業機器人。')).toContain('robotics');
  });
});
