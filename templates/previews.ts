// Preview data for every template in the registry, built from the sample articles by the real parser, classifier
// and builders: what `tidings preview` renders and what the email audit checks besides the real send path. The
// mapped type makes a template without a preview a type error.
import type { TemplateDataOf } from '../functions/core/render/types.ts';
import type { Lang } from '../functions/core/types.ts';
import { alertPreview } from './alert.preview.ts';
import { confirmPreview } from './confirm.preview.ts';
import { digestPreview } from './digest.preview.ts';
import { alreadySubscribedPreview, welcomePreview } from './reader.preview.ts';
import type { EMAIL_TEMPLATES } from './registry.ts';

type Templates = typeof EMAIL_TEMPLATES;

export const EMAIL_PREVIEWS: {
  [K in keyof Templates]: (lang: Lang, siteUrl?: string) => TemplateDataOf<Templates[K]>;
} = {
  digest: digestPreview,
  alert: alertPreview,
  confirm: confirmPreview,
  welcome: welcomePreview,
  alreadySubscribed: alreadySubscribedPreview,
};
