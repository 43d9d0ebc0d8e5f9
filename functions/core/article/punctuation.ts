// Chinese punctuation (GB/T 15834-2011): Chinese text takes full-width marks. Exports and copy-paste leave
// half-width `, : ; ? ! ( )` between Chinese characters; readers then see them in pages and emails. Only marks
// with Chinese on both sides change: digits, Latin words, times (`07:42`) and URLs keep their half-width forms.
// Pure, no I/O.

const FULL: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

const HAN = /\p{Script=Han}/u;
/** Full-width marks and quotes that stand where a Chinese character would (`”,他` / `,“今天`). */
const CJK_MARK = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’「」『』《》〈〉【】…—]/u;
const chinese = (ch: string | undefined) => ch !== undefined && (HAN.test(ch) || CJK_MARK.test(ch));
/** The character on one side of a mark, looking past a straight quote (`而上",造成`, `结节,"最后`): exports leave
 * Chinese quotation marks half-width as often as commas. */
const side = (chars: string[], i: number, step: 1 | -1) =>
  (chars[i] === '"' || chars[i] === "'") && HAN.test(chars[i + step] ?? '') ? chars[i + step] : chars[i];

export interface PunctuationCount {
  total: number;
  /** Per half-width mark replaced, e.g. `{ ',': 12, ':': 1 }`. */
  byMark: Record<string, number>;
}

/**
 * Half-width marks between Chinese characters made full-width. `,:;?!` change when the characters on both sides
 * are Chinese (or full-width marks); `?` and `!` also at the end of a Chinese sentence. A `(`…`)` pair changes
 * when the text just outside or inside it is Chinese: `人工智能(AIGC)迅猛` → `人工智能（AIGC）迅猛`.
 */
export function normalizeZhPunctuation(text: string, count?: PunctuationCount): string {
  if (!/[,:;?!()]/.test(text) || !HAN.test(text)) return text;
  const chars = [...text];
  const bump = (mark: string) => {
    if (!count) return;
    count.total++;
    count.byMark[mark] = (count.byMark[mark] ?? 0) + 1;
  };
  // Parentheses first, as pairs (no nesting across a pair that stays half-width).
  const open: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '(') open.push(i);
    else if (chars[i] === ')' && open.length > 0) {
      const o = open.pop()!;
      const inner = chars.slice(o + 1, i).join('');
      const outside = chinese(chars[o - 1]) || chinese(chars[i + 1]);
      if ((outside || HAN.test(inner)) && inner.trim() !== '' && !/^\d+$/.test(inner)) {
        chars[o] = FULL['(']!;
        chars[i] = FULL[')']!;
        bump('(');
        bump(')');
      }
    }
  }
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (!',:;?!'.includes(c)) continue;
    const before = chars[i - 1];
    const after = chars[i + 1];
    const between = chinese(side(chars, i - 1, -1)) && chinese(side(chars, i + 1, 1));
    const sentenceEnd =
      (c === '?' || c === '!') && HAN.test(before ?? '') && (after === undefined || /\s/.test(after));
    const clauseEnd = (c === ':' || c === ';') && HAN.test(before ?? '') && after === undefined;
    if (between || sentenceEnd || clauseEnd) {
      chars[i] = FULL[c]!;
      bump(c);
    }
  }
  return chars.join('');
}
