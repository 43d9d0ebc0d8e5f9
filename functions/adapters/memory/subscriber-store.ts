// In-memory twin of the DynamoDB subscriber store, with the same conditional semantics, for unit tests, the
// benchmark and fault injection.
import { audiencesOf } from '../../core/subscribers/audience.ts';
import { saveKeepsSuppression } from '../../core/subscribers/suppression.ts';
import {
  DuplicateSubscriberIdError,
  type Subscriber,
  SubscriberNotFoundError,
  type SubscriberStatus,
} from '../../core/subscribers/types.ts';
import type { Cadence } from '../../core/types.ts';
import type { SubscriberStore } from '../../ports.ts';

const clone = <T>(value: T): T => structuredClone(value);

export class MemorySubscriberStore implements SubscriberStore {
  private readonly byId = new Map<string, Subscriber>();
  private readonly idByEmail = new Map<string, string>();
  private readonly confirmationSlots = new Map<string, number>();

  async get(id: string) {
    const found = this.byId.get(id);
    return found && clone(found);
  }

  async getByEmail(email: string) {
    const id = this.idByEmail.get(email);
    return id === undefined ? undefined : this.get(id);
  }

  async create(subscriber: Subscriber) {
    if (this.idByEmail.has(subscriber.email)) return false;
    if (this.byId.has(subscriber.id)) throw new DuplicateSubscriberIdError(subscriber.id);
    this.idByEmail.set(subscriber.email, subscriber.id);
    this.byId.set(subscriber.id, clone(subscriber));
    return true;
  }

  async save(subscriber: Subscriber) {
    const current = this.byId.get(subscriber.id);
    if (!current) throw new SubscriberNotFoundError(subscriber.id, 'missing');
    if (current.email !== subscriber.email)
      throw new SubscriberNotFoundError(subscriber.id, 'address-mismatch');
    // Same rule as the DynamoDB condition: a save never lifts a suppression.
    if (!saveKeepsSuppression(current.status, subscriber.status)) return;
    this.byId.set(subscriber.id, clone(subscriber));
  }

  async setStatus(id: string, status: SubscriberStatus, at: string) {
    const current = this.byId.get(id);
    if (!current) return;
    this.byId.set(id, { ...current, status, updatedAt: at });
  }

  async *audience(cadence: Cadence, pageSize = 100): AsyncIterable<Subscriber[]> {
    let page: Subscriber[] = [];
    const ids = [...this.byId.keys()].sort();
    for (const id of ids) {
      const subscriber = this.byId.get(id);
      if (!subscriber || !audiencesOf(subscriber).includes(cadence)) continue;
      page.push(clone(subscriber));
      if (page.length === pageSize) {
        yield page;
        page = [];
      }
    }
    if (page.length > 0) yield page;
  }

  async claimConfirmationSlot(email: string, windowSeconds: number, now: Date) {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const until = this.confirmationSlots.get(email);
    if (until !== undefined && until > nowSeconds) return false;
    this.confirmationSlots.set(email, nowSeconds + windowSeconds);
    return true;
  }

  /** Test and benchmark helper: every stored subscriber. */
  all(): Subscriber[] {
    return [...this.byId.values()].map(clone);
  }
}
