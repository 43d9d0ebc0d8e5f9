// Render-time checks of template data: a missing or empty value fails loudly, naming the field, instead of
// leaving a blank in thousands of inboxes. Each template brings its schema (see EmailTemplate).
import type { Lang } from '../types.ts';
import type { EmailTemplate } from './types.ts';

export class TemplateDataError extends Error {
  override name = 'TemplateDataError';
  constructor(
    readonly template: string,
    /** Paths of the offending fields, e.g. `groups[0].items[1].heading`. */
    readonly fields: string[],
    message: string,
  ) {
    super(message);
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(root)';
}

/** Returns the data unchanged when complete; throws TemplateDataError naming every bad field otherwise. */
export function checkTemplateData<D extends { lang: Lang }>(template: EmailTemplate<D>, data: unknown): D {
  const result = template.schema.safeParse(data);
  if (result.success) return data as D;
  const problems = result.error.issues.map((issue) => ({
    field: fieldPath(issue.path),
    message: issue.message,
  }));
  throw new TemplateDataError(
    template.name,
    problems.map((p) => p.field),
    `${template.name} email: missing or invalid data: ${problems.map((p) => `${p.field} (${p.message})`).join('; ')}`,
  );
}
