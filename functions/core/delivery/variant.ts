// A variant is compiled and its MIME message composed once, at planning; senders only fill in recipients.
import { composeMimeTemplate } from '../mail/mime-template.ts';
import type { CompiledEmail } from '../render/types.ts';
import { DELIVERY_HEADERS, listId } from './editions.ts';
import type { MailingList, PreparedVariant } from './types.ts';

/** Who sends, as every variant's From and List-Id say it. */
export interface SenderIdentity {
  sender: { address: string; name?: string };
  listIdDomain: string;
}

export async function prepareVariant(
  identity: SenderIdentity,
  editionId: string,
  list: MailingList,
  email: CompiledEmail,
): Promise<PreparedVariant> {
  const mime = await composeMimeTemplate({
    from: identity.sender,
    subject: email.subject,
    listId: listId(list, identity.listIdDomain),
    headers: { [DELIVERY_HEADERS.edition]: editionId },
    // Filled in per recipient by the sender.
    recipientHeaders: [DELIVERY_HEADERS.subscriber],
  });
  return { email, mime };
}
