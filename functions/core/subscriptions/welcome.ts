// The welcome email, sent once a confirmation has made the subscription active. Transactional and on no list:
// SES composes it (no MIME composer in the subscription function); its unsubscribe link ends everything.
import type { CompiledEmail } from '../render/types.ts';
import type { Subscriber } from '../subscribers/types.ts';
import type { Locale } from '../types.ts';
import type { SubscriptionDeps } from './types.ts';

/** Renders the welcome email for a locale with the recap lines the confirmed page shows (topics, first sends). */
export interface WelcomeRenderer {
  render(locale: Locale, recap: readonly string[]): Promise<CompiledEmail>;
}

export async function sendWelcome(
  deps: Pick<SubscriptionDeps, 'mailer' | 'personalize' | 'links' | 'sender'>,
  renderer: WelcomeRenderer,
  subscriber: Subscriber,
  recap: readonly string[],
): Promise<void> {
  const compiled = await renderer.render(subscriber.locale, recap);
  const email = deps.personalize(compiled, {
    confirmUrl: '',
    manageUrl: deps.links.manage(subscriber),
    unsubscribeUrl: deps.links.unsubscribe(subscriber),
  });
  await deps.mailer.send({
    from: deps.sender,
    to: subscriber.email,
    subject: email.subject,
    html: email.html,
    text: email.text,
    tags: { kind: 'welcome' },
  });
}
