// (session 14) A Chinese brief's items headed in brackets: a mobile paper's, a text-message edition's or a digest's
// stories each open with their headline in 【】 and run on after it (【某某平台上线运行】11月2日，……). Read like a bold
// lead-in: the headline opens the item's section, under the part (## 要闻) it sits in.

import { ZH_BRACKET_PART_HEAD } from './furniture/words.ts';
import type { FlowItem } from './repair.ts';

/** A headline in brackets opening a paragraph, and the story after it. */
const ZH_BRACKET_HEADLINE = /^【([^【】\n]{5,40})】(?=\S)/u;

function bracketHeadlineEnd(item: FlowItem): number | undefined {
  if (item.type !== 'para' || item.para.kind || item.para.emphasis?.allBold) return undefined;
  if (item.para.emphasis?.boldLeadEnd !== undefined) return undefined;
  const text = item.para.text;
  const m = ZH_BRACKET_HEADLINE.exec(text);
  if (!m) return undefined;
  const inner = m[1]!.trim();
  const rest = text.slice(m[0].length);
  // A headline: Han words and no sentence, no field (【责任编辑：某某】), no part head (【基本案情】), no agency's stamp
  // (【某某日报讯】), no sender before a time (【客服】09:12).
  if (
    !/\p{Script=Han}{3}/u.test(inner) ||
    /[。！？!?；;：:]/u.test(inner) ||
    /(?:讯|电|消息|报道|记者|编辑|广告|推广)$/u.test(inner) ||
    ZH_BRACKET_PART_HEAD.test(m[0]) ||
    /^\s*\d{1,2}:\d{2}/u.test(rest)
  )
    return undefined;
  // The story after it: a sentence of its own.
  if ([...rest].length < 20 || !/[，。！？；]/u.test(rest)) return undefined;
  return m[0].length;
}

/**
 * The paragraphs opening with a bracketed headline, marked as bold lead-ins when the page holds two or more of them
 * (one alone is the story's emphasis): the brief's item reader then makes each its section.
 */
export function zhBracketHeadlines(flow: FlowItem[]): FlowItem[] {
  const found = flow.map((x) => [x, bracketHeadlineEnd(x)] as const).filter(([, end]) => end !== undefined);
  if (found.length < 2) return flow;
  for (const [x, end] of found)
    if (x.type === 'para') x.para.emphasis = { ...x.para.emphasis, boldLeadEnd: end! };
  return flow;
}
