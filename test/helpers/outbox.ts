// Reads the aws-ses-v2-local outbox the way a person would open it: the list, then each message's .eml,
// parsed with a real MIME parser.
import { type ParsedMail, simpleParser } from 'mailparser';

export interface OutboxEntry {
  messageId: string;
  destination: { to: string[] };
}

export async function outboxEntries(sesEndpoint: string): Promise<OutboxEntry[]> {
  const response = await fetch(`${sesEndpoint}/store`);
  return ((await response.json()) as { emails: OutboxEntry[] }).emails;
}

/** The raw .eml bytes; the stand-in answers `{ body }` with a JSON-serialized Buffer. */
export async function rawEml(sesEndpoint: string, messageId: string): Promise<Buffer> {
  const response = await fetch(`${sesEndpoint}/get-emlContent?messageId=${encodeURIComponent(messageId)}`);
  const { body } = (await response.json()) as { body: { type: 'Buffer'; data: number[] } | string };
  return typeof body === 'string' ? Buffer.from(body) : Buffer.from(body.data);
}

export async function parsedEml(sesEndpoint: string, messageId: string): Promise<ParsedMail> {
  return simpleParser(await rawEml(sesEndpoint, messageId));
}

export async function clearOutbox(sesEndpoint: string): Promise<void> {
  await fetch(`${sesEndpoint}/clear-store`, { method: 'POST' });
}
