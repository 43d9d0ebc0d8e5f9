// YAML front matter: split it off the Markdown, parse it with `yaml`, validate it with zod, and point every
// problem at the line of the file where it is.
import { LineCounter, parseDocument } from 'yaml';
import * as z from '../../shared/validation.ts';
import type { Diagnostic } from '../types.ts';
import type { FrontMatter } from './types.ts';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const line300 = z.string().check(z.trim(), z.minLength(1), z.maxLength(300));
const FrontMatterSchema = z.object({
  slug: z.optional(
    z
      .string()
      .check(
        z.maxLength(80),
        z.regex(SLUG_PATTERN, 'use lowercase letters, digits and single hyphens, e.g. ai-shanghai-2025'),
      ),
  ),
  title: z.optional(line300),
  // YAML 1.2 keeps `2025-01-20` a string; a quoted or unquoted date both land here.
  date: z.optional(z.iso.date('use an ISO date, YYYY-MM-DD')),
  lang: z.optional(z.enum(['zh', 'en'], 'use zh or en')),
  source: z.optional(z.url({ protocol: /^https?$/, error: 'use an http(s) URL' })),
  byline: z.optional(line300),
  themes: z.optional(
    z.record(
      z.string().check(z.regex(/^(\*|lead|s[1-9]\d*)$/, 'keys are section ids (lead, s1, s2, …) or *')),
      z
        .array(z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'topic ids are lowercase, e.g. health')))
        .check(z.minLength(1)),
    ),
  ),
  // Warning codes an editor reviewed and accepts for publishing (the publish gate), e.g. [cut-off-sentence].
  accept: z.optional(
    z.array(
      z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'warning codes are lowercase, e.g. cut-off-sentence')),
    ),
  ),
  punctuation: z.optional(z.enum(['normalize', 'keep'], 'use normalize or keep')),
  // Scheduled publishing: an instant, so it must say its time zone (an offset or Z).
  publishAt: z.optional(
    z.string().check(
      z.regex(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/,
        'use an ISO date and time with its time zone, e.g. 2025-01-21T08:00+08:00',
      ),
      z.refine((v) => !Number.isNaN(Date.parse(v)), 'not a real date and time'),
    ),
  ),
  correction: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(500))),
  realert: z.optional(z.boolean('use true or false')),
});

const KNOWN_KEYS = new Set(Object.keys(FrontMatterSchema.shape));

export interface FrontMatterSplit {
  /** Parsed and validated front matter; absent when there was none or it was rejected. */
  frontMatter?: FrontMatter;
  /** The Markdown after the front matter. */
  body: string;
  /** Number of source lines before the body, so body line n is file line n + bodyLineOffset. */
  bodyLineOffset: number;
  diagnostics: Diagnostic[];
}

/** `source` must already use `\n` line ends. */
export function splitFrontMatter(source: string, file: string | undefined): FrontMatterSplit {
  const lines = source.split('\n');
  if (lines[0]?.trimEnd() !== '---') return { body: source, bodyLineOffset: 0, diagnostics: [] };

  const close = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
  const at = (line: number, code: string, message: string): Diagnostic => ({
    severity: 'error',
    code,
    message,
    file,
    line,
  });
  if (close < 0) {
    return {
      body: '',
      bodyLineOffset: lines.length,
      diagnostics: [
        at(1, 'front-matter-unclosed', 'front matter starts with --- but never ends: add a closing --- line'),
      ],
    };
  }

  const yamlText = lines.slice(1, close).join('\n');
  const body = lines.slice(close + 1).join('\n');
  const bodyLineOffset = close + 1;
  // YAML line 1 is file line 2 (after the opening ---).
  const fileLine = (yamlLine: number) => yamlLine + 1;

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = fileLine(yamlError.linePos?.[0].line ?? 1);
    // Drop yaml's own "at line n, column m" (counted inside the block): the file line is given instead.
    const reason = yamlError.message.split('\n')[0]!.replace(/\s+at line \d+, column \d+:?$/, '');
    return {
      body,
      bodyLineOffset,
      diagnostics: [
        at(
          line,
          'front-matter-yaml',
          `front matter is not valid YAML (${reason}): fix the YAML at or just before line ${line}`,
        ),
      ],
    };
  }

  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      body,
      bodyLineOffset,
      diagnostics: [at(2, 'front-matter-yaml', 'front matter must be a YAML mapping of key: value lines')],
    };
  }

  const lineOf = (path: readonly PropertyKey[]): number => {
    const node = doc.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    return offset === undefined ? 2 : fileLine(lineCounter.linePos(offset).line);
  };

  const diagnostics: Diagnostic[] = [];
  for (const key of Object.keys(data)) {
    if (!KNOWN_KEYS.has(key)) {
      diagnostics.push({
        severity: 'warning',
        code: 'front-matter-unknown-key',
        message: `front matter key "${key}" is not used (known keys: ${[...KNOWN_KEYS].join(', ')}): check its spelling`,
        file,
        line: lineOf([key]),
      });
    }
  }

  const parsed = FrontMatterSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = issue.path.map(String).join('.') || '(front matter)';
      // A bad record key (`themes.intro`) carries the useful message one level down.
      const message =
        issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
      diagnostics.push(
        at(lineOf(issue.path), 'front-matter-invalid', `front matter field "${name}": ${message}`),
      );
    }
    return { body, bodyLineOffset, diagnostics };
  }
  if (parsed.data.realert && !parsed.data.correction) {
    diagnostics.push(
      at(
        lineOf(['realert']),
        'realert-without-reason',
        'front matter realert: true sends readers an update alert: say why in `correction: …` (shown in the alert and on the article page)',
      ),
    );
    return { body, bodyLineOffset, diagnostics };
  }
  return { frontMatter: parsed.data, body, bodyLineOffset, diagnostics };
}
