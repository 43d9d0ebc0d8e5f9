// Escaping by construction for emails and pages: every value interpolated into `mj\`…\`` is HTML-escaped unless
// it is already a SafeMarkup built by this tag, so no template or page can forget to escape an article's text.
// MJML passes mj-text/mj-button content through as HTML, so HTML escaping is the right escaping for it.

export class SafeMarkup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const ESCAPABLE = /[&<>"']/g;

export function escapeMarkup(text: string): string {
  return text.replace(ESCAPABLE, (c) => ESCAPES[c]!);
}

export type MarkupValue = SafeMarkup | string | number | boolean | null | undefined | readonly MarkupValue[];

function render(value: MarkupValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeMarkup) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeMarkup(String(value));
}

export function mj(strings: TemplateStringsArray, ...values: MarkupValue[]): SafeMarkup {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeMarkup(out);
}

/** The `lang` attribute for a content language. */
export function htmlLang(lang: 'zh' | 'en'): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/** ` lang="…"` for content in a language other than the email's, else nothing. */
export function langAttr(content: 'zh' | 'en' | undefined, email: 'zh' | 'en'): SafeMarkup {
  return new SafeMarkup(content && content !== email ? ` lang="${htmlLang(content)}"` : '');
}
