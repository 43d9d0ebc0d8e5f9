// The edges of the story: what lies before its first sentence and after its last.
import { stopsOpen } from '../text.ts';
import { parseDate, wordCount, ZH_BRACKET_PART_HEAD } from './words.ts';

/** An editor's note (编者按：…, Editor's note: …): article content, but not the lead. */
export function isEditorsNote(text: string): boolean {
  return (
    /^[【[（(]?(?:编者按|编者的话|编者注|编注)[】\]）)]?[:：\s]/u.test(text.trim()) ||
    /^editor[’']?s note\s*[:：]/i.test(text.trim())
  );
}

/** A sentence's last mark at the end of a line, with the quotes and brackets that may close it. */
const SENTENCE_CLOSED = /[。！？.!?…]["”’'」』）)\]]*$/u;
export const closesSentence = (text: string): boolean => SENTENCE_CLOSED.test(text.trim());

/**
 * A line that reads as the story's own text: it closes a sentence, or it is too long for a label, or it introduces
 * what follows (`The plan has three parts:`). Page furniture is none of these; `Media contact:` is too short.
 */
export function storyLine(raw: string): boolean {
  // An end mark run on after the last sentence (`……上诉。（完）`) closes the story; the sentence is still its text.
  const text = raw.trim().replace(/\s*[（(【]\s*(?:完|全文完|终)\s*[）)】]$/u, '');
  if (text === '') return false;
  if (SENTENCE_CLOSED.test(text)) return true;
  const han = /\p{Script=Han}/u.test(text);
  const size = han ? [...text].length : wordCount(text);
  if (size >= (han ? 40 : 15)) return true;
  return /[:：]$/u.test(text) && size >= (han ? 8 : 4);
}

/**
 * Marks only a page's own lines carry, never a sentence's: fields set apart (`a | b`, `a · b`), a time or a date,
 * a copyright sign, a bracketed button (【打印】, [Share]), a hashtag, a link, a handle or an address, a phone
 * number, a count.
 */
const PAGE_MARKS = [
  /\s[|｜·•›>»/]\s|[|｜]/u,
  /©|\(c\)\s*\d{4}/iu,
  /\b\d{1,2}:\d{2}\b/u,
  /^[【[][^】\]]{1,20}[】\]]/u,
  /(?:^|\s)#[\p{L}\p{N}_]{2,}/u,
  /^\+?\d[\d\s()-]{7,}$/u,
  // A count and what it counts (`1,842 followers`, `3 min read`, `12 Comments`).
  /^\d[\d,.]*\s*[KkMm万千]?\+?\s*\p{L}{1,12}(?:\s\p{L}{1,8})?$/u,
];

/**
 * A line outside the story's text (before its first sentence or after its last) that carries a page's marks and
 * no sentence: a kicker with a date, a row of fields, buttons, a contact line, in forms no rule names. A plain short
 * line without marks stays text (an unmarked subheading, a sentence the export cut off: its warning is kept).
 */
export function edgeFurniture(raw: string): boolean {
  const text = raw.trim().replace(/[\s\u3000]+/gu, ' ');
  if (text === '' || storyLine(text)) return false;
  // (session 11) A case release's part head (【基本案情】) is its text's, however it is bracketed.
  if (ZH_BRACKET_PART_HEAD.test(text)) return false;
  // A link, a handle or an address is the page's whatever case it starts in.
  if (/https?:\/\/|www\.|(?:^|\s)@\w|\S+@\S+\.\w/u.test(text) && wordCount(text) <= 12) return true;
  if (!PAGE_MARKS.some((mark) => mark.test(text)) && parseDate(text) === undefined) return false;
  // A line that stops on a word no sentence ends on (`the`, 的) may be a sentence the export cut off.
  if (/\p{Script=Han}/u.test(text))
    return !stopsOpen(text, 'zh') && !/[，；]/u.test(text) && !zhTimedTurn(text);
  return !stopsOpen(text, 'en') && !/^\p{Ll}/u.test(text) && wordCount(text) <= 25;
}

/** A body's name by the word for what kind of body it is: 某某大学附属第二医院, 信息中心, 医务处, 某某研究院. */
const ZH_BODY =
  /^\p{Script=Han}{1,24}(?:大学|学院|医院|中心|研究院|研究所|实验室|委员会|办公室|公司|集团|协会|学会|基金会|处|科|部|局|厅|委|办|署|所|站|馆|队|室)$/u;

/**
 * A report's own lines over or under its text, as an export of a printed document leaves them: the bodies issuing it,
 * two or more names set apart by spaces (某某医院 信息中心　医务处), or the month it is dated (2026年3月, 二〇二六年三月).
 * A sentence is never spaced into names, and a month alone is no text; the caller keeps this to the story's edges.
 */
export function zhDocumentEdge(raw: string): boolean {
  const text = raw.trim();
  if (isBareMonth(text)) return true;
  // A document's date in Chinese numerals under its sign-off (二〇二六年三月二十七日).
  if (/^[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$/u.test(text))
    return true;
  // An announcement's or a bulletin's sign-off: the issuing board alone (某某股份有限公司董事会, 某某联盟秘书处), or a
  // body with the date it signed (某某股份有限公司董事会　2026年3月27日).
  const signed = text.replace(
    /[\s\u3000]+(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/u,
    '',
  );
  if (/^\p{Script=Han}[\p{Script=Han}（）()]{1,38}(?:董事会|监事会|理事会|秘书处)$/u.test(signed))
    return true;
  if (signed !== text && ZH_BODY.test(signed)) return true;
  const names = text.split(/[\s\u3000]+/u);
  return names.length >= 2 && names.length <= 6 && names.every((n) => ZH_BODY.test(n));
}

/** A month alone on its line, in figures or in Chinese numerals (2026年3月, 二〇二六年三月). */
export function isBareMonth(raw: string): boolean {
  return /^(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月$/u.test(
    raw.trim(),
  );
}

/**
 * (session 14) A transcript's turn under its time code ([00:58:29] 某某：我们下一步会把价格): what was said, cut off or
 * not, never the page's line.
 */
function zhTimedTurn(text: string): boolean {
  return /^[[【(（]?\d{1,2}:\d{2}(?::\d{2})?[\]】)）]?\s?[\p{Script=Han}A-Za-z·]{1,12}[:：]\s?\S/u.test(text);
}
