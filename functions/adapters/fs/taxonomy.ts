import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadTaxonomy, TaxonomyError } from '../../core/topics/taxonomy.ts';
import type { Taxonomy } from '../../core/topics/types.ts';

export const DEFAULT_TAXONOMY_FILE = fileURLToPath(new URL('../../../content/topics.yaml', import.meta.url));

/** Reads and validates a taxonomy file; every failure is a TaxonomyError naming the file. */
export async function loadTaxonomyFile(path: string = DEFAULT_TAXONOMY_FILE): Promise<Taxonomy> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new TaxonomyError(`${path}: cannot read the taxonomy file (${code})`);
  }
  return loadTaxonomy(text, path);
}
