import { readFileSync } from 'node:fs';
import { taxonomyFromDocument } from '../../core/topics/taxonomy.ts';
import { loadTaxonomy, parseTaxonomyYaml } from '../../core/topics/taxonomy-yaml.ts';
import type { Taxonomy } from '../../core/topics/types.ts';
import {
  DEFAULT_TAXONOMY_FILE,
  readTaxonomyText,
  taxonomyFromJson,
  withTopicModel,
} from './taxonomy-json.ts';

export { DEFAULT_TAXONOMY_FILE } from './taxonomy-json.ts';

/** Reads and validates a taxonomy file, YAML or (by its .json name) JSON, with the trained theme model beside it
 * when there is one (topic-model.json); failures are TaxonomyErrors naming the file. */
export async function loadTaxonomyFile(path: string = DEFAULT_TAXONOMY_FILE): Promise<Taxonomy> {
  const text = await readTaxonomyText(path);
  return withTopicModel(
    path.endsWith('.json') ? taxonomyFromJson(text, path) : loadTaxonomy(text, path),
    path,
  );
}

/**
 * The YAML taxonomy's JSON form, validated first so a bad taxonomy fails the deploy (synth), not a function at
 * run time. Synchronous: CDK constructs are built synchronously.
 */
export function taxonomyJson(path: string = DEFAULT_TAXONOMY_FILE): string {
  const document = parseTaxonomyYaml(readFileSync(path, 'utf8'), path);
  taxonomyFromDocument(document, path);
  return JSON.stringify(document);
}
