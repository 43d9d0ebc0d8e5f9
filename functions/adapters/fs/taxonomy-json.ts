// The taxonomy as the deployed functions read it: JSON written from content/topics.yaml at synth, so their
// bundles need no YAML parser. Validated again on load like the YAML.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { TaxonomyError, taxonomyFromDocument } from '../../core/topics/taxonomy.ts';
import type { Taxonomy } from '../../core/topics/types.ts';

/** The editors' taxonomy in the repository: where local runs and the CLI read it when TAXONOMY_FILE is unset. */
export const DEFAULT_TAXONOMY_FILE = fileURLToPath(new URL('../../../content/topics.yaml', import.meta.url));

export async function readTaxonomyText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new TaxonomyError(`${path}: cannot read the taxonomy file (${code})`);
  }
}

export function taxonomyFromJson(text: string, source: string): Taxonomy {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new TaxonomyError(
      `${source}: not JSON — the functions read the taxonomy's JSON form (written from topics.yaml at deploy)`,
    );
  }
  return taxonomyFromDocument(document, source);
}

export async function loadTaxonomyJsonFile(path: string): Promise<Taxonomy> {
  return taxonomyFromJson(await readTaxonomyText(path), path);
}
