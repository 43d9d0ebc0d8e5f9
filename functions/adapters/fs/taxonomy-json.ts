// The taxonomy as the deployed functions read it: JSON written from content/topics.yaml at synth, so their
// bundles need no YAML parser. Validated again on load like the YAML.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { topicModelFromDocument } from '../../core/topics/model.ts';
import { TaxonomyError, taxonomyFromDocument } from '../../core/topics/taxonomy.ts';
import type { Taxonomy, TopicModel } from '../../core/topics/types.ts';

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
  return withTopicModel(taxonomyFromJson(await readTaxonomyText(path), path), path);
}

/** The trained theme model's file name, beside the taxonomy's (content/topic-model.json; in a bundle, beside
 * topics.json). Written by `npm run train-themes`. */
export const TOPIC_MODEL_FILE = 'topic-model.json';

/**
 * The trained theme model beside a taxonomy file (docs/themes.md, "A second signal"), or undefined when there is
 * none there: the classifier is then lexicon-only. A model file that is there but unreadable or invalid fails.
 */
export async function readTopicModel(taxonomyPath: string): Promise<TopicModel | undefined> {
  const path = join(dirname(taxonomyPath), TOPIC_MODEL_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    if (code === 'ENOENT') return undefined;
    throw new TaxonomyError(`${path}: cannot read the theme model (${code})`);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new TaxonomyError(`${path}: not JSON — write it with npm run train-themes`);
  }
  return topicModelFromDocument(document, path);
}

/** The taxonomy with the model found beside its file, if any. */
export async function withTopicModel(taxonomy: Taxonomy, taxonomyPath: string): Promise<Taxonomy> {
  const model = await readTopicModel(taxonomyPath);
  return model ? { ...taxonomy, model } : taxonomy;
}
