import { alertEditionId, editionUrl } from '../functions/core/delivery/editions.ts';
import { buildAlertData } from '../functions/core/render/excerpt.ts';
import type { AlertData } from '../functions/core/render/types.ts';
import type { Lang } from '../functions/core/types.ts';
import {
  PREVIEW_POSTAL_ADDRESS,
  PREVIEW_SITE_URL,
  PREVIEW_TAXONOMY,
  previewSections,
} from './preview-seed.ts';

/** The alert for the seed article to a reader with two instant topics: one email naming both. */
export function alertPreview(lang: Lang, siteUrl: string = PREVIEW_SITE_URL): AlertData {
  const sections = previewSections().filter((s) => s.articleSlug === 'ai-shanghai-2025');
  return buildAlertData(sections, PREVIEW_TAXONOMY, {
    lang,
    siteUrl,
    topics: ['health', 'talent'],
    webUrl: editionUrl(siteUrl, alertEditionId('ai-shanghai-2025')),
    postalAddress: PREVIEW_POSTAL_ADDRESS,
  });
}
