// In-memory Mailer: keeps every accepted message, and lets tests and the benchmark inject provider failures.
import { buildMime } from '../../core/mail/mime.ts';
import type { Mailer, RawEmail, SimpleEmail } from '../../ports.ts';

/** What SES does with a SendEmail: composes the message (here with the composer the planner uses). */
export async function composeSimpleEmail(email: SimpleEmail): Promise<RawEmail> {
  const data = await buildMime({
    from: email.from,
    to: email.to,
    subject: email.subject,
    html: email.html,
    text: email.text,
  });
  return { from: email.from.address, to: email.to, data, ...(email.tags ? { tags: email.tags } : {}) };
}

export class MemoryMailer implements Mailer {
  readonly sent: (RawEmail & { messageId: string })[] = [];
  /** Called before each send; throw (e.g. a MailerError) to simulate the provider refusing it. */
  beforeSend?: (email: RawEmail, attempt: number) => void | Promise<void>;
  /** Called after a message was accepted (it is in `sent`); throw to simulate its reply being lost. */
  afterSend?: (email: RawEmail, messageId: string) => void | Promise<void>;
  private attempts = 0;

  async sendRaw(email: RawEmail) {
    await this.beforeSend?.(email, ++this.attempts);
    const messageId = `memory-${this.sent.length + 1}`;
    this.sent.push({ ...email, messageId });
    await this.afterSend?.(email, messageId);
    return { messageId };
  }

  async send(email: SimpleEmail) {
    return this.sendRaw(await composeSimpleEmail(email));
  }

  /** How many messages each address received. */
  countsByRecipient(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of this.sent) counts.set(m.to, (counts.get(m.to) ?? 0) + 1);
    return counts;
  }
}
