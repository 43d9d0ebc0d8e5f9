// Term families and sense guards added in session 10 for the opened sealed14 half (docs/themes.md, "Session 10,
// sealed14"). Every text here was written for this test, not taken from an evaluation article. The main family is a
// legislative hearing on AI: the labs are the witnesses lawmakers question and the models the object of a licensing
// regime or a compute threshold, so "lab", "model", "evaluation" and "training run" there are governance's matter,
// not model news, and the hearing's own words (hearing, testimony, licensing regime, compute threshold, notifying a
// regulator, a safety office, a safety case) say governance. Then smaller families: the grid as a data centre's
// constraint, mechatronics, a company's boilerplate, a government's appropriation (拨款/撥款), a scenario list and a
// first-purchase subsidy, embodied AI doing handling or assembly; and the other senses the guards keep out.
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
    'governance',
    'en',
    'Day two in the committee room',
    [
      'The chief executives of two developers gave testimony for four hours; lawmakers wanted a licensing regime for the largest systems and a safety case filed before any launch.',
    ],
  ],
  [
    'governance',
    'en',
    'Where to draw the line',
    [
      'A developer that crosses a compute threshold will notify the office within a week and file a safety case.',
    ],
  ],
  [
    'compute',
    'en',
    'Waiting for megawatts',
    [
      'The network operator can offer only 40 megawatts of connection capacity before 2029, so the operator will run half its halls until the grid is reinforced.',
    ],
  ],
  [
    'industry',
    'en',
    'About Fenmark Analytics',
    [
      'Fenmark Analytics is headquartered in Leeds and backed by Tarn Capital. This release contains forward-looking statements about customer demand.',
    ],
  ],
  ['policy', 'zh', '特区拨款推计划', ['当局宣布未来三年拨款12亿元，另设配对基金吸引海外学者。']],
  ['policy', 'zh', '推广应用', ['每年发布无人配送应用场景清单，对首次采购本地企业产品的单位给予补贴。']],
];

describe('session-10 (sealed14) families: sections whose theme is told only through the new words', () => {
  for (const [topic, lang, heading, paragraphs] of told) {
    it(`${topic} (${lang}): ${heading}`, () => {
      expect(themes(lang, heading, paragraphs)).toContain(topic);
    });
  }

  it('the appropriation reads in Traditional text too', () => {
    expect(termTopics('zh', '政府撥款5億元資助研究。')).toContain('policy');
    expect(topicTerms('zh', '政府撥款5億元資助研究。', 'policy')).toContain('拨款');
  });

  it('mechatronics (机电一体化) is the robots trade', () => {
    expect(topicTerms('en', 'She finished a mechatronics course last spring.', 'robotics')).toContain(
      'mechatronics',
    );
    expect(topicTerms('zh', '学校新开机电一体化专业。', 'robotics')).toContain('机电一体化');
  });

  it('embodied AI doing handling or assembly is robotics', () => {
    expect(topicTerms('zh', '具身智能将用于装配和搬运环节。', 'robotics')).toEqual(
      expect.arrayContaining(['具身智能', '装配', '搬运']),
    );
  });
});

describe('session-10 (sealed14) guards: a hearing and the other senses', () => {
  const hearing = [
    '# Senators question three AI labs on safety',
    '',
    'The committee hearing ran into the evening.',
    '',
    '### Closing',
    '',
    'The chair said the labs had promised to cooperate, and that the government would license the most capable models before the autumn.',
    '',
    '### Audits',
    '',
    'Two labs agreed that the regulator could run its own evaluation of unreleased models under confidentiality terms.',
  ];

  it('at a hearing the labs are the witnesses: no models subject, no models section', () => {
    const article = articleOf(hearing);
    const result = classifyArticle(article, taxonomy);
    for (const section of result) {
      expect(section.themes.map((m) => m.topic)).not.toContain('models');
    }
    expect(result.find((t) => t.sectionId === 's2')?.themes.map((m) => m.topic)).toContain('governance');
  });

  it('outside a hearing, a lab and its evaluation stay model news', () => {
    expect(
      themes('en', 'A new lab model', [
        'The lab released a model with a longer context window, and its evaluation on coding benchmarks beat last year’s.',
      ]),
    ).toContain('models');
  });

  it('a training run near a threshold to notify is the rule, not a model', () => {
    expect(
      topicTerms(
        'en',
        'Firms must notify the regulator before any training run above the threshold.',
        'models',
      ),
    ).toEqual([]);
    expect(topicTerms('en', 'The training run took eleven weeks on 20,000 GPUs.', 'models')).toContain(
      'training run',
    );
  });

  it('a hearing aid is health, not governance', () => {
    expect(
      topicTerms('en', 'The clinic fitted a hearing aid for the committee member.', 'governance'),
    ).toEqual([]);
    expect(topicTerms('en', 'The senate committee hearing on AI lasted five hours.', 'governance')).toContain(
      'hearing',
    );
  });

  it('an open-source licence is no licensing regime', () => {
    expect(topicTerms('en', 'The model weights ship under an open-source license.', 'governance')).toEqual(
      [],
    );
  });

  it("a company's head of policy is a job title", () => {
    expect(topicTerms('en', 'Their head of policy spoke to reporters.', 'policy')).toEqual([]);
    expect(topicTerms('en', 'The ministry changed its policy on grants.', 'policy')).toContain('policy');
  });

  it('learning on the job is no jobs market', () => {
    expect(topicTerms('en', 'Trainees learn on the job from day one.', 'industry')).toEqual([]);
    expect(topicTerms('en', 'The factory cut 300 jobs.', 'industry')).toContain('jobs');
  });

  it('a planned wind farm is a project, not a government plan', () => {
    expect(topicTerms('en', 'It will buy power from a planned wind farm.', 'policy')).toEqual([]);
    expect(topicTerms('en', 'The government published its plan for schools.', 'policy')).toContain('plan');
  });

  it('a hospital in a list of application scenarios is no care', () => {
    expect(topicTerms('zh', '清单还包括社区养老、医院导诊等民生场景。', 'health')).toEqual([]);
    expect(topicTerms('zh', '患者在医院导诊台排队。', 'health')).toEqual(
      expect.arrayContaining(['医院', '导诊']),
    );
  });
});

describe('session-10 (sealed14): the jobs a new site creates', () => {
  it('permanent staff counted by trade is no talent story', () => {
    expect(
      themes('en', 'Jobs', [
        'The plant will open with about 90 permanent staff, mostly electricians and maintenance technicians, and its owner says pay will beat the regional average.',
      ]),
    ).not.toContain('talent');
    // training electricians keeps its sense
    expect(topicTerms('en', 'The college will train 200 electricians a year.', 'talent')).toContain(
      'electrician',
    );
  });
});
