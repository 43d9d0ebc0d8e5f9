import type { ConfirmData } from '../functions/core/render/types.ts';
import type { Lang } from '../functions/core/types.ts';
import { PREVIEW_SITE_URL, PREVIEW_TAXONOMY } from './preview-seed.ts';

/** A double opt-in email for two chosen topics (names from the taxonomy, as the subscribe form sends). */
export function confirmPreview(lang: Lang, siteUrl: string = PREVIEW_SITE_URL): ConfirmData {
  return {
    lang,
    siteUrl,
    topicNames: ['models', 'health'].map((id) => PREVIEW_TAXONOMY.byId.get(id)!.name[lang]),
  };
}
