// The publish gate: an article goes out to readers only when the parser had nothing left for an editor to look
// at. Errors always block; warnings block unless the article's front matter accepts their codes
// (`accept: [cut-off-sentence]`), which is how an editor says "I read this one, send it as it is". One decision,
// used by `tidings publish`, the /dev Publish button, the S3-triggered publish function and scheduled publishing.
import type { Diagnostic } from '../types.ts';
import type { ParseResult } from './types.ts';

export interface GateDecision {
  publish: boolean;
  /** Errors: the article could not be read, or is unusable as it is. Never accepted. */
  errors: Diagnostic[];
  /** Warnings whose codes the front matter does not accept: they hold the article. */
  blocking: Diagnostic[];
  /** Warnings the front matter accepts: reported, not holding. */
  accepted: Diagnostic[];
}

export function publishGate(result: ParseResult): GateDecision {
  const accept = new Set(result.article?.accept ?? []);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
  const blocking = warnings.filter((d) => !accept.has(d.code));
  const accepted = warnings.filter((d) => accept.has(d.code));
  return {
    publish: result.article !== undefined && errors.length === 0 && blocking.length === 0,
    errors,
    blocking,
    accepted,
  };
}

/** One line per diagnostic, as an editor reads them: `file:line severity code message`. */
export function formatDiagnostic(d: Diagnostic, file?: string): string {
  return `${d.file ?? file ?? ''}${d.line ? `:${d.line}` : ''}: ${d.severity}: ${d.message} [${d.code}]`;
}

/** What to do about a held article, naming the codes that hold it. */
export function gateAdvice(decision: GateDecision): string {
  if (decision.errors.length > 0) return 'fix the errors in the file and publish it again';
  const codes = [...new Set(decision.blocking.map((d) => d.code))];
  return `fix the file, or if the warnings are acceptable as they are, add "accept: [${codes.join(', ')}]" to its front matter, then publish it again`;
}

/** An article the publish function did not send because of its diagnostics, until it is fixed or accepted. */
export interface HeldArticle {
  slug: string;
  /** Where it came from (the S3 key or file name). */
  source?: string;
  heldAt: string;
  diagnostics: Diagnostic[];
}
