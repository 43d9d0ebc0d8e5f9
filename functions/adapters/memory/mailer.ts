// In-memory Mailer: keeps every accepted message, and lets tests and the benchmark inject provider failures.
import type { Mailer, RawEmail } from '../../ports.ts';

export class MemoryMailer implements Mailer {
  readonly sent: (RawEmail & { messageId: string })[] = [];
  /** Called before each send; throw (e.g. a MailerError) to simulate the provider refusing it. */
  beforeSend?: (email: RawEmail, attempt: number) => void | Promise<void>;
  private attempts = 0;

  async sendRaw(email: RawEmail) {
    await this.beforeSend?.(email, ++this.attempts);
    const messageId = `memory-${this.sent.length + 1}`;
    this.sent.push({ ...email, messageId });
    return { messageId };
  }

  /** How many messages each address received. */
  countsByRecipient(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of this.sent) counts.set(m.to, (counts.get(m.to) ?? 0) + 1);
    return counts;
  }
}
