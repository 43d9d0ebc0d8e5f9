// The renderer wired to the template set (templates/registry.ts): what the rendering composition roots use — the
// publish and plan functions, the CLI, `npm start`, previews and the build-time precompile. Importing this module
// loads MJML: the send and subscription functions never do.
import { EMAIL_TEMPLATES, TEMPLATES_DIR } from '../../../templates/registry.ts';
import { createEmailCompiler } from '../../core/render/compile.ts';
import type { EditionRenderer } from '../../core/render/types.ts';

export const compileEmail = createEmailCompiler({ includeDir: TEMPLATES_DIR });

export const editionRenderer: EditionRenderer = {
  digest: (data) => compileEmail(EMAIL_TEMPLATES.digest, data),
  alert: (data) => compileEmail(EMAIL_TEMPLATES.alert, data),
};
