import { buildAlertData } from '../functions/core/render/excerpt.ts';
import type { TemplateData } from '../functions/core/render/types.ts';
import type { Lang } from '../functions/core/types.ts';
import { PREVIEW_SITE_URL, PREVIEW_TAXONOMY, previewSections } from './preview-seed.ts';

/** An instant health alert: the rare-disease section of the seed article. */
export function alertPreview(lang: Lang, siteUrl: string = PREVIEW_SITE_URL): TemplateData['alert'] {
  const section = previewSections().find((s) => s.articleSlug === 'ai-shanghai-2025' && s.sectionId === 's2');
  if (!section) throw new Error('The seed article has no section s2 to preview an alert with.');
  return buildAlertData(section, PREVIEW_TAXONOMY, {
    lang,
    siteUrl,
    topic: 'health',
  }) satisfies TemplateData['alert'];
}
