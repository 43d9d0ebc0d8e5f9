// The renderer wired to the template set (templates/registry.ts): what the rendering composition roots use — the
// publish and plan functions, the CLI, `npm start`, previews and the build-time precompile. Importing this module
// loads MJML: the send and subscription functions never do.
import { EMAIL_TEMPLATES, TEMPLATES_DIR } from '../../../templates/registry.ts';
import { createEmailCompiler } from '../../core/render/compile.ts';
import type { CompiledEmail, EditionRenderer } from '../../core/render/types.ts';
import type { Locale } from '../../core/types.ts';
import { readerConfig, type ZhHantVariant } from '../../shared/config.ts';
import { convertEmail, hantConverter } from '../opencc/hant.ts';

export const compileEmail = createEmailCompiler({ includeDir: TEMPLATES_DIR });

/**
 * The edition renderer; zh-Hant variants are converted with OpenCC in the configured phrasing (ZH_HANT_VARIANT,
 * read at the first zh-Hant variant unless given).
 */
export function createEditionRenderer(options: { zhHantVariant?: ZhHantVariant } = {}): EditionRenderer {
  const localize = async (email: CompiledEmail, locale: Locale | undefined): Promise<CompiledEmail> => {
    if (locale !== 'zh-Hant') return email;
    const variant = options.zhHantVariant ?? readerConfig(process.env).zhHantVariant;
    return convertEmail(email, await hantConverter(variant), variant);
  };
  return {
    digest: async (data, locale) => localize(await compileEmail(EMAIL_TEMPLATES.digest, data), locale),
    alert: async (data, locale) => localize(await compileEmail(EMAIL_TEMPLATES.alert, data), locale),
  };
}

export const editionRenderer: EditionRenderer = createEditionRenderer();
