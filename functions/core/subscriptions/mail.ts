// One transactional email to one subscriber (confirmation, already-subscribed, welcome): the compiled email with
// their links filled in. On no list: SES composes it, so the subscription function carries no MIME composer.
import type { CompiledEmail } from '../render/types.ts';
import type { Subscriber } from '../subscribers/types.ts';
import type { SubscriptionDeps } from './types.ts';

export async function mailSubscriber(
  deps: Pick<SubscriptionDeps, 'mailer' | 'personalize' | 'links' | 'sender'>,
  subscriber: Subscriber,
  compiled: CompiledEmail,
  /** The confirm link, for emails that carry one; else empty. */
  confirmUrl: string,
  tags: Record<string, string>,
): Promise<void> {
  const email = deps.personalize(compiled, {
    confirmUrl,
    manageUrl: deps.links.manage(subscriber),
    unsubscribeUrl: deps.links.unsubscribe(subscriber),
  });
  await deps.mailer.send({
    from: deps.sender,
    to: subscriber.email,
    subject: email.subject,
    html: email.html,
    text: email.text,
    tags,
  });
}
