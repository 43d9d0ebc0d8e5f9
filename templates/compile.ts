// `npm run templates:compile`: writes templates/compiled/confirm.json, the confirmation email precompiled per
// language for the subscription function (which carries no MJML). Run it after changing confirm.ts, _common/
// or strings.ts; the test suite fails while the file is stale.

import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { DEFAULT_CONFIRMATIONS_FILE } from '../functions/adapters/fs/confirmations.ts';
import { compileConfirmations, confirmationsJson } from '../functions/adapters/render/precompile.ts';

const json = confirmationsJson(await compileConfirmations());
writeFileSync(DEFAULT_CONFIRMATIONS_FILE, json);
console.log(
  `templates:compile: wrote ${relative(process.cwd(), DEFAULT_CONFIRMATIONS_FILE)} (${Math.round(json.length / 1024)} KB)`,
);
