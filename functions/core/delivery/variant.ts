// A variant is compiled and its MIME message composed once, at planning; senders only fill in recipients.
import { composeMimeTemplate } from '../mail/mime-template.ts';
import type { CompiledEmail } from '../render/types.ts';
import { DELIVERY_HEADERS, feedbackTags, listId, unsubscribeMailbox } from './editions.ts';
import type { MailingList, PreparedVariant } from './types.ts';

/** Who sends, as every variant's From, Reply-To, List-Id and List-Unsubscribe say it. */
export interface SenderIdentity {
  sender: { address: string; name?: string };
  /** Where replies go (REPLY_TO); without it, to the sender. */
  replyTo?: string;
  listIdDomain: string;
  /** With an inbound domain (INBOUND_DOMAIN), List-Unsubscribe also offers a mailto: address there. */
  inboundDomain?: string;
}

/**
 * Composes a variant's MIME message once. `feedback`: the stream and group of its SES Feedback-ID tags (see
 * feedbackTags), the same for every recipient.
 */
export async function prepareVariant(
  identity: SenderIdentity,
  editionId: string,
  list: MailingList,
  email: CompiledEmail,
  feedback: { stream: string; group?: string },
): Promise<PreparedVariant> {
  const mime = await composeMimeTemplate({
    from: identity.sender,
    ...(identity.replyTo ? { replyTo: identity.replyTo } : {}),
    subject: email.subject,
    listId: listId(list, identity.listIdDomain),
    ...(identity.inboundDomain ? { unsubscribeMailbox: unsubscribeMailbox(identity.inboundDomain) } : {}),
    headers: { [DELIVERY_HEADERS.edition]: editionId },
    // Filled in per recipient by the sender.
    recipientHeaders: [DELIVERY_HEADERS.subscriber],
  });
  return { email, mime, tags: feedbackTags(feedback.stream, feedback.group) };
}
