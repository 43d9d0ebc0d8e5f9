// Simplified → Traditional Chinese with OpenCC (opencc-js): Taiwan or Hong Kong characters and phrasing
// (ZH_HANT_VARIANT). Used where zh-Hant output is made: the rendering functions (one conversion per compiled
// variant) and the build-time precompile of the subscription function's pages and emails, which therefore carries
// no dictionary. The dictionaries (about 1 MB) are loaded on the first conversion, not at import.
import type { CompiledEmail } from '../../core/render/types.ts';
import type { ZhHantVariant } from '../../shared/config.ts';

export type Convert = (text: string) => string;

const converters = new Map<ZhHantVariant, Promise<Convert>>();

/** The converter for a variant: built once per process (building the phrase tries takes a few hundred ms). */
export function hantConverter(variant: ZhHantVariant): Promise<Convert> {
  let converter = converters.get(variant);
  if (!converter) {
    converter = (async () => {
      const [{ ConverterFactory }, preset] = await Promise.all([
        import('opencc-js/core'),
        import('opencc-js/preset/cn2t'),
      ]);
      // Phrase tables too (软件 → 軟體 in Taiwan), not only characters: twp / hkp.
      return ConverterFactory(...preset.from.cn!, ...preset.to[variant === 'tw' ? 'twp' : 'hkp']!);
    })();
    converters.set(variant, converter);
  }
  return converter;
}

/** The BCP 47 tag of a variant's text, for `lang` attributes. */
export function hantTag(variant: ZhHantVariant): string {
  return variant === 'tw' ? 'zh-TW' : 'zh-HK';
}

/**
 * A compiled zh email in Traditional Chinese. OpenCC changes only Chinese characters: markup, URLs, placeholders
 * and English text (an English article quoted in the email) stay byte for byte; `lang="zh-CN"` becomes the
 * variant's tag so screen readers and fonts follow.
 */
export function convertEmail(email: CompiledEmail, convert: Convert, variant: ZhHantVariant): CompiledEmail {
  const tag = hantTag(variant);
  return {
    ...email,
    subject: convert(email.subject),
    preheader: convert(email.preheader),
    html: hantFonts(convert(email.html), variant).replaceAll('lang="zh-CN"', `lang="${tag}"`),
    text: convert(email.text),
  };
}

/** Simplified-Chinese font families in a stack swapped for the variant's Traditional ones (same look). */
export function hantFonts(css: string, variant: ZhHantVariant): string {
  const region = variant === 'tw' ? 'TC' : 'HK';
  return css
    .replaceAll('PingFang SC', `PingFang ${region}`)
    .replaceAll('Noto Sans CJK SC', `Noto Sans CJK ${region}`)
    .replaceAll('Microsoft YaHei', 'Microsoft JhengHei')
    .replaceAll('Hiragino Sans GB', 'Hiragino Sans CNS');
}
