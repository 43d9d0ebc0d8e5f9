import type { Lang } from '../functions/core/types.ts';
import { firstSendLines, topicLines } from '../functions/pages/subscription-pages.ts';
import { uiFor } from '../functions/pages/ui.ts';
import type { AlreadySubscribedData } from './already-subscribed.ts';
import { PREVIEW_SITE_URL, PREVIEW_TAXONOMY } from './preview-seed.ts';
import type { WelcomeData } from './welcome.ts';

/** A reader who follows health daily and models weekly, with the lines the confirmed page shows them. */
export function welcomePreview(lang: Lang, siteUrl: string = PREVIEW_SITE_URL): WelcomeData {
  const ui = uiFor(lang === 'zh' ? 'zh-Hans' : 'en');
  const when =
    lang === 'zh'
      ? { daily: '12月1日周二 07:00', weekly: '12月7日周一 08:00' }
      : { daily: 'Tue 1 Dec, 07:00', weekly: 'Mon 7 Dec, 08:00' };
  return {
    lang,
    siteUrl,
    recap: [
      ...topicLines(ui, PREVIEW_TAXONOMY.topics, { health: 'daily', models: 'weekly' }),
      ...firstSendLines(ui, new Set(['daily', 'weekly']), when),
    ],
    latest: [
      {
        title:
          lang === 'zh'
            ? '模塑申城，让AI向新向暖向未来'
            : 'Northbridge bets on AI from the ward to the wafer',
        url: `${siteUrl}/articles/${lang === 'zh' ? 'ai-shanghai-2025' : 'northbridge-ai-hospitals'}`,
      },
    ],
  };
}

/** An active reader of health who asked again, adding models. */
export function alreadySubscribedPreview(
  lang: Lang,
  siteUrl: string = PREVIEW_SITE_URL,
): AlreadySubscribedData {
  const name = (id: string) => PREVIEW_TAXONOMY.byId.get(id)!.name[lang];
  return { lang, siteUrl, topicNames: [name('health')], addedNames: [name('models')] };
}
