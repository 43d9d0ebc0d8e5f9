// Step 2 of rendering, run once per recipient (hundreds of thousands of times an edition): substitute the
// recipient's links into a compiled variant. No MJML, no regex built per call: the compiled text is cut into
// segments once per variant (cached by object identity) and joined with the recipient's values.
import { escapeMarkup } from '../../shared/markup.ts';
import { type CompiledEmail, type Personalization, type PersonalizedEmail, PLACEHOLDERS } from './types.ts';

export class PersonalizationError extends Error {
  override name = 'PersonalizationError';
}

type Key = keyof Personalization;
/** Literal text and placeholder keys, alternating as they occur. */
type Segments = (string | { key: Key })[];

const KEYS = Object.keys(PLACEHOLDERS) as Key[];
// Characters allowed in a URL (RFC 3986) and nothing else: no spaces, quotes or angle brackets can reach
// an attribute or a text line, whatever a token generator produces.
const URL_SAFE = /^https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

function segment(source: string): Segments {
  const out: Segments = [];
  let from = 0;
  for (;;) {
    let next = -1;
    let nextKey: Key | undefined;
    for (const key of KEYS) {
      const at = source.indexOf(PLACEHOLDERS[key], from);
      if (at >= 0 && (next < 0 || at < next)) {
        next = at;
        nextKey = key;
      }
    }
    if (next < 0 || nextKey === undefined) break;
    out.push(source.slice(from, next), { key: nextKey });
    from = next + PLACEHOLDERS[nextKey].length;
  }
  out.push(source.slice(from));
  return out;
}

interface Prepared {
  html: Segments;
  text: Segments;
  /** Placeholders found in the output itself, so a stale `placeholders` list cannot leave a blank link. */
  keys: Key[];
}

const cache = new WeakMap<CompiledEmail, Prepared>();

function prepare(compiled: CompiledEmail): Prepared {
  let entry = cache.get(compiled);
  if (!entry) {
    const html = segment(compiled.html);
    const text = segment(compiled.text);
    const found = new Set<Key>(compiled.placeholders);
    for (const s of [...html, ...text]) if (typeof s !== 'string') found.add(s.key);
    entry = { html, text, keys: [...found] };
    cache.set(compiled, entry);
  }
  return entry;
}

function join(segments: Segments, values: Record<Key, string>): string {
  let out = '';
  for (const s of segments) out += typeof s === 'string' ? s : values[s.key];
  return out;
}

/**
 * Fills a compiled variant with one recipient's links. Throws PersonalizationError when a placeholder the
 * variant contains has no value, or a value is not a plain http(s) URL.
 */
export function personalize(compiled: CompiledEmail, p: Personalization): PersonalizedEmail {
  const raw = { manageUrl: '', unsubscribeUrl: '', confirmUrl: '' } satisfies Record<Key, string>;
  const escaped = { ...raw };
  const prepared = prepare(compiled);
  for (const key of prepared.keys) {
    const value = p[key];
    if (value === undefined || value === '') {
      throw new PersonalizationError(
        `No value for ${key}: the ${compiled.template} email contains its link.`,
      );
    }
    if (!URL_SAFE.test(value)) {
      throw new PersonalizationError(`${key} is not a URL-safe http(s) link.`);
    }
    raw[key] = value;
    escaped[key] = escapeMarkup(value);
  }
  return { subject: compiled.subject, html: join(prepared.html, escaped), text: join(prepared.text, raw) };
}
