// `npm run templates:compile`: writes templates/compiled/confirm.json (the confirmation email per language) and
// templates/compiled/reader.json (welcome and already-subscribed emails, and every reader email and page string in
// Traditional Chinese, converted with OpenCC) for the subscription function, which carries neither MJML nor
// OpenCC. Run it after changing templates, page strings (functions/pages/strings.ts) or topic names in
// content/topics.yaml; the test suite fails while a file is stale.

import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { DEFAULT_CONFIRMATIONS_FILE } from '../functions/adapters/fs/confirmations.ts';
import { DEFAULT_READER_FILE } from '../functions/adapters/fs/reader-pack.ts';
import {
  compileConfirmations,
  compileReaderPack,
  confirmationsJson,
  readerPackJson,
} from '../functions/adapters/render/precompile.ts';
import { loadTaxonomy } from '../functions/core/topics/taxonomy-yaml.ts';

const taxonomyFile = new URL('../content/topics.yaml', import.meta.url);
const taxonomy = loadTaxonomy(readFileSync(taxonomyFile, 'utf8'), 'content/topics.yaml');
const files: [string, string][] = [
  [DEFAULT_CONFIRMATIONS_FILE, confirmationsJson(await compileConfirmations())],
  [DEFAULT_READER_FILE, readerPackJson(await compileReaderPack(taxonomy))],
];
for (const [file, json] of files) {
  writeFileSync(file, json);
  console.log(
    `templates:compile: wrote ${relative(process.cwd(), file)} (${Math.round(json.length / 1024)} KB)`,
  );
}
