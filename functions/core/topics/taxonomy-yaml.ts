// The taxonomy as editors write it: YAML, parsed here with its line numbers in errors, then validated.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { TaxonomyError, taxonomyFromDocument } from './taxonomy.ts';
import type { Taxonomy } from './types.ts';

/** The YAML document itself, for writing its JSON form; throws a TaxonomyError with the line. */
export function parseTaxonomyYaml(yamlText: string, source = 'topics.yaml'): unknown {
  try {
    return parseYaml(yamlText);
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0]?.line : undefined;
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new TaxonomyError(`${source}${line ? `:${line}` : ''}: not valid YAML (${detail})`);
  }
}

export function loadTaxonomy(yamlText: string, source = 'topics.yaml'): Taxonomy {
  return taxonomyFromDocument(parseTaxonomyYaml(yamlText, source), source);
}
