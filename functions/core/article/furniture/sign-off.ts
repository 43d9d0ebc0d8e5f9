// A letter's sign-off (session 13): a statement, an open letter or a mail closes with a valediction (`Signed,`,
// `Yours sincerely,`, `Best regards,`), the signer's name and their office under it. The signer is who wrote it; none
// of those lines is the story, and none is a sentence cut off before the text that follows.
import type { Block, Line } from '../blocks.ts';
import { linesOf } from '../blocks.ts';
import { bareEnglishName } from './en-lines.ts';
import { wordCount } from './words.ts';

const VALEDICTION =
  /^(?:signed|sincerely|yours(?: sincerely| faithfully| truly)?|(?:with )?(?:best|kind|warm|warmest)(?: regards| wishes)|regards|respectfully(?: yours)?|in solidarity|best)\s*,?$/i;

export interface SignOff {
  lines: Map<number, { what: string; text: string }>;
  /** The person who signed (none when an office signs: `Information Governance Team`). */
  signer?: string;
}

/** (session 15) An office signing for its body: `Information Governance Team`, `Planning Services`, `The Editors`. */
const OFFICE =
  /^(?:the\s+)?(?:[\p{Lu}][\p{L}'’&-]*\s+){0,5}(?:team|office|unit|department|service|services|desk|secretariat|committee|board|council|editors|directorate|division)$/iu;

/**
 * The last valediction in the second half of the text or its last eight lines, when a name follows it within two lines: that line, the
 * name, and up to two lines of office under the name (short, capitalised, no sentence).
 */
export function readSignOff(blocks: readonly Block[]): SignOff | undefined {
  const lines: Line[] = blocks.flatMap((b) => (b.type === 'para' && !b.kind ? linesOf(b) : []));
  for (let i = lines.length - 1; i >= Math.max(0, Math.min(lines.length / 2, lines.length - 8)); i--) {
    if (!VALEDICTION.test(lines[i]!.text)) continue;
    const name = lines[i + 1];
    // The name right under it (a blank line between at most).
    const near = name !== undefined && name.line <= lines[i]!.line + 2;
    const signer = near ? bareEnglishName(withoutLetters(name.text)) : undefined;
    const office = near && !signer && OFFICE.test(name.text.trim()) && wordCount(name.text) <= 6;
    if (!name || (!signer && !office)) return undefined;
    const found: SignOff['lines'] = new Map();
    for (const l of [lines[i]!, name]) found.set(l.line, { what: 'sign-off', text: l.text });
    for (const office of lines.slice(i + 2, i + 4)) {
      if (!/^\p{Lu}/u.test(office.text) || /[.!?:;]$/.test(office.text) || wordCount(office.text) > 10) break;
      if (office.line > name.line + 2) break;
      found.set(office.line, { what: 'sign-off', text: office.text });
    }
    return signer ? { lines: found, signer } : { lines: found };
  }
  return undefined;
}

/**
 * (session 15) The signer without the letters after their name (`Jane Roe, MD`, `Jo Lee, PhD, RN`, `Sam Hart Jr.`):
 * degrees and honours, not part of the name the byline gives.
 */
const POSTNOMINALS =
  /(?:,?\s+(?:Jr\.?|Sr\.?|II|III|IV)|,\s*(?:M\.?D\.?|Ph\.?D\.?|D\.?O\.?|R\.?N\.?|NP|PA-C|MBA|MPH|MSc|MSN|DNP|DDS|DMD|DPhil|J\.?D\.?|Esq\.?|CPA|CFA|P\.?E\.?|FRCP|FRCS|FRCPC|MBBS|FACP|FACS|OBE|MBE|CBE|KC|QC))+$/u;
function withoutLetters(text: string): string {
  return text.trim().replace(POSTNOMINALS, '');
}
