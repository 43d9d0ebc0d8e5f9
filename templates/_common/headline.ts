// The headlines every email writes: one class (the head partial's dark-mode styles find them by it), ink
// written inline, 24 px for the email's title and 18 px for a story's. A linked headline stays ink, not underlined.
import { mj, type SafeMarkup } from '../../functions/shared/markup.ts';
import { COLORS, HEADLINE_LINK } from './style.ts';

const SIZES = {
  1: 'font-size:24px;line-height:1.35',
  2: 'font-size:18px;line-height:1.4',
  3: 'font-size:18px;line-height:1.4',
};

export interface HeadlineInput {
  /** 1: the email's title; 2 and 3: a story, under a section or topic heading. */
  level: 1 | 2 | 3;
  text: string;
  /** Where the headline links to, if anywhere. */
  href?: string;
  /** The CSS margin: by default a short gap below; `0` where the next block brings its own padding. */
  margin?: string;
  /** ` lang="…"` (langAttr) when the headline is in another language than the email. */
  lang?: SafeMarkup;
  /** An anchor for in-email links ("in this issue"). */
  id?: string;
}

export function headline({ level, text, href, margin, lang, id }: HeadlineInput): SafeMarkup {
  const gap = margin ?? (level === 1 ? '0 0 8px' : '0 0 6px');
  const content = href ? mj`<a href="${href}" style="${HEADLINE_LINK}">${text}</a>` : text;
  return mj`<h${level}${id ? mj` id="${id}"` : ''} class="headline" style="margin:${gap};${SIZES[level]};color:${COLORS.ink}"${lang}>${content}</h${level}>`;
}
