// Chinese page shapes first met on the opened `sealed13` corpus half, each on new text written for these tests
// (placeholder names, companies and places): a Traditional page whose Simplified reading merges several characters
// into one (系/係/繫, 发/發/髮) and must be given back in the page's own, a forum thread's post and reply headers, a
// campus CMS bar naming who put the page up, an announcement's plain `一、…` parts, and a writer's label of two
// roles (采访/整理：…).
import { describe, expect, it } from 'vitest';
import { articleOf, bodyOf } from './articles.ts';

describe('a Traditional page keeps its own characters where one Simplified character stands for several', () => {
  const a = articleOf([
    '# 北灣診所引入排班系統　護士：終於唔使手寫',
    '',
    '北灣診所上月起以電腦系統編排護士更表，行政主任表示，系統會按病人數目自動調配人手，並與區內其他診所聯繫。',
    '',
    '護士在診所櫃檯查看系統排出的更表。',
    '何朗軒 攝',
    '',
    '護士長葉美玲說，新系統與舊制度最大的關係在於透明，「以前成日有人投訴唔公平，而家個個都睇到，真係好咗好多。」',
    '',
    '她又笑言，以前排班排到頭髮都白了，現在終於可以準時放工，診所亦計劃明年發展網上預約。',
  ]);

  it('gives 系統 back as 系統 in the caption and the text, and the quote’s 係 as 係', () => {
    expect(a.figures.map((f) => f.caption)).toEqual(['護士在診所櫃檯查看系統排出的更表。']);
    const body = bodyOf(a);
    expect(body).toContain('電腦系統編排');
    expect(body).toContain('真係好咗好多');
    expect(body).toContain('診所聯繫');
    expect(body).toContain('最大的關係');
    expect(body).not.toContain('係統');
  });

  it('gives 髮 and 發 back each in its own word', () => {
    const body = bodyOf(a);
    expect(body).toContain('頭髮都白了');
    expect(body).toContain('明年發展');
  });
});

