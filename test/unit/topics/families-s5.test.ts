// Term families and sense guards added in session 5 (docs/themes.md, "Session 5: sealed2 opened"), after the sealed2
// half's theme failures were opened. Every text here was written for this test, not taken from an evaluation
// article. The first list gets its theme only from the session-5 words (each fails with the taxonomy before):
// accountability said plainly (who is responsible, a sign-off, what the law requires), the skilled trades as talent
// helpers, 投入 as a firm's outlay. The second holds passing mentions and other senses, each of which fails without
// its session-5 weight or guard: a site's technicians as a headcount, 投入使用 (a building put into service), data
// kept on a server in a privacy clause (服务器加密存储, 不出校园), and a model's training named in a data-use clause
// (不得/未经…用于训练).
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../functions/core/types.ts';
import { vocabulary } from './vocabulary.ts';

const { themes, termTopics } = vocabulary();

const told: [string, Lang, string, string[]][] = [
  [
    'governance',
    'en',
    'Whose responsibility?',
    [
      'If the routing tool sends an ambulance to the wrong street, the county says the dispatcher who accepted the route is responsible, and the supplier must keep a full record; the state law will require both.',
      'Dispatchers say they were not asked.',
    ],
  ],
  [
    'governance',
    'en',
    'No sign-off, no launch',
    [
      "The bank's new lending model went live without the risk committee's sign-off, an internal review found.",
      'The regulator has asked who was responsible.',
    ],
  ],
  [
    'governance',
    'en',
    'Who keeps the records',
    [
      'Each lender using the scoring tool must keep a log of every refusal, and the new law will require that log to be kept for six years.',
      'Brokers say the smaller lenders will struggle; the big banks already keep one.',
    ],
  ],
  [
    'talent',
    'en',
    'Where the crews come from',
    [
      "Most of the plant's technicians did a two-year course at the county's technical college; the rest came from the navy.",
      'Aldo Brennan, 31, moved over from the bakery next door two winters ago, when the ovens closed.',
      'He says the noise took a month to get used to, and the smell of hot oil never quite goes away.',
      'The plant opens its second line in the spring, once the new roof is on.',
    ],
  ],
  [
    'industry',
    'zh',
    '算一笔账',
    [
      '几家企业算了一笔账：换一套视觉检测设备，前期投入要五十多万，三年才能收回。',
      '一位老板说，厂里宁可再招两个人。',
    ],
  ],
];

describe('themes said in the session 5 words', () => {
  it.each(told)('%s (%s): “%s”', (topic, lang, heading, paragraphs) => {
    expect(themes(lang, heading, paragraphs)).toContain(topic);
  });
});

const passing: [string, Lang, string, string[]][] = [
  // technician weighs 1: at 2 it makes a talent theme of a headcount next to "staff".
  [
    'talent',
    'en',
    'A smaller crew',
    [
      'The bottling line at Dunmere now runs with 30 technicians on each shift, against 200 staff ten years ago.',
    ],
  ],
  ['industry', 'zh', '新楼启用', ['新建的社区图书馆下月投入使用，附近几家企业捐赠了一批桌椅。']],
  ['compute', 'zh', '声纹放在哪里', ['平台承诺，用户的声纹只在本地服务器加密存储，用户可随时要求删除。']],
  [
    'talent',
    'zh',
    '录像怎么管',
    ['课题组承诺，采集的课堂外录像一律不出校园，三个月后销毁，当事人可申请查看。'],
  ],
  [
    'models',
    'zh',
    '合同里的一句话',
    ['新版用户协议写明，平台不得将用户上传的照片用于训练模型，违者承担违约责任。'],
  ],
  ['models', 'zh', '照片的去向', ['不少用户担心，自己上传的照片会在未经同意的情况下被拿去训练模型。']],
];

describe('passing mentions and other senses of the session 5 words', () => {
  it.each(passing)('not %s (%s): “%s”', (topic, lang, heading, paragraphs) => {
    expect(themes(lang, heading, paragraphs)).not.toContain(topic);
  });
});

describe('the session 5 words, one at a time', () => {
  it('responsibility is not a response, and require needs a law or a rule nearby', () => {
    expect(termTopics('en', 'The response from readers was warm, and the responsive site held up.')).toEqual(
      [],
    );
    expect(termTopics('en', 'The new accelerators require twice the power.')).not.toContain('governance');
    expect(termTopics('en', 'Who is responsible when the tool is wrong?')).toContain('governance');
    expect(termTopics('en', 'The rules require a human to check each refusal.')).toContain('governance');
  });
  it('retraining a network, or a product on consented data, is no worker’s retraining', () => {
    expect(termTopics('en', 'The vendor will retrain the network on last winter’s scans.')).not.toContain(
      'talent',
    );
    expect(termTopics('en', 'No scan is used to retrain the product without consent.')).not.toContain(
      'talent',
    );
    expect(termTopics('en', 'The council will retrain 200 bus drivers.')).toContain('talent');
  });
  it('投入 is an outlay told with money or cost, not effort or a site put into service', () => {
    expect(termTopics('zh', '这套设备的一次性投入要五十万。')).toContain('industry');
    expect(termTopics('zh', '成员们投入了大量精力排练。')).not.toContain('industry');
    expect(termTopics('zh', '她全情投入，排练到深夜。')).not.toContain('industry');
    expect(termTopics('zh', '新机房今年6月投入运行。')).not.toContain('industry');
  });
  it('服务器 and 存储 in a privacy clause are where data is kept, elsewhere compute', () => {
    expect(termTopics('zh', '病历只在院内服务器加密存储，不出院。')).not.toContain('compute');
    expect(termTopics('zh', '新机房上架了两千台服务器。')).toContain('compute');
  });
  it('训练 in a data-use clause is not the model’s training', () => {
    expect(termTopics('zh', '平台不得将照片用于训练。')).not.toContain('models');
    expect(termTopics('zh', '团队用三个月训练了新模型。')).toContain('models');
  });
});
