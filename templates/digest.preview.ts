import { digestEditionId, editionUrl } from '../functions/core/delivery/editions.ts';
import { buildDigestData } from '../functions/core/render/excerpt.ts';
import type { DigestData } from '../functions/core/render/types.ts';
import type { Lang } from '../functions/core/types.ts';
import {
  PREVIEW_EDITION_DATE,
  PREVIEW_POSTAL_ADDRESS,
  PREVIEW_SITE_URL,
  PREVIEW_TAXONOMY,
  previewSections,
} from './preview-seed.ts';

/** A daily digest for a reader following every preview theme, in each email language. */
export function digestPreview(lang: Lang, siteUrl: string = PREVIEW_SITE_URL): DigestData {
  const editionId = digestEditionId('daily', new Date(`${PREVIEW_EDITION_DATE}T12:00:00Z`), 'Asia/Shanghai');
  return buildDigestData(previewSections(), PREVIEW_TAXONOMY, {
    lang,
    cadence: 'daily',
    editionDate: PREVIEW_EDITION_DATE,
    siteUrl,
    topics: PREVIEW_TAXONOMY.topics.map((t) => t.id),
    webUrl: editionUrl(siteUrl, editionId),
    postalAddress: PREVIEW_POSTAL_ADDRESS,
  });
}
