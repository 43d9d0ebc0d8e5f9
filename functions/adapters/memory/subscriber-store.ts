// In-memory twin of the DynamoDB subscriber store, with the same conditional semantics (versions, the address
// claim, the sparse audience and due indexes), for unit tests, the benchmark and fault injection.
import { audiencesOf, dueAt } from '../../core/subscribers/audience.ts';
import { upgradeSubscriber } from '../../core/subscribers/migrate.ts';
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

  async get(id: string) {
    return this.read(id);
  }

  async getMany(ids: readonly string[]) {
    const found = new Map<string, Subscriber>();
    for (const id of new Set(ids)) {
      const subscriber = this.read(id);
      if (subscriber) found.set(id, subscriber);
    }
    return found;
  }

  private read(id: string): Subscriber | undefined {
    const found = this.byId.get(id);
    return found && upgradeSubscriber(clone(found) as unknown as Record<string, unknown>);
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

  async update(read: Subscriber, next: Subscriber) {
    if (next.id !== read.id) throw new Error('update: the id of a subscriber cannot change');
    const current = this.byId.get(next.id);
    if (!current) throw new SubscriberNotFoundError(next.id, 'missing');
    if (current.email !== next.email) throw new SubscriberNotFoundError(next.id, 'address-mismatch');
    if ((current.version ?? 0) !== read.version) return undefined;
    const stored = { ...clone(next), version: read.version + 1 };
    this.byId.set(next.id, stored);
    return clone(stored);
  }

  async setStatus(id: string, status: SubscriberStatus, at: string) {
    const current = this.byId.get(id);
    if (!current) return;
    const { pause: _lifted, ...rest } = current;
    const base = status === 'active' ? rest : current;
    this.byId.set(id, { ...base, status, updatedAt: at, version: (current.version ?? 0) + 1 });
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

  async *due(now: Date, pageSize = 100): AsyncIterable<string[]> {
    const at = now.toISOString();
    const due = [...this.byId.values()]
      .map((s) => ({ id: s.id, due: dueAt(s) }))
      .filter((s): s is { id: string; due: string } => s.due !== undefined && s.due <= at)
      .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
      .map((s) => s.id);
    for (let i = 0; i < due.length; i += pageSize) yield due.slice(i, i + pageSize);
  }

  /**
   * What DynamoDB's TTL does some time after `deleteAfter`: never-confirmed subscribers past it are deleted with
   * their address claim. Tests and the benchmark call it to move time on.
   */
  expire(now: Date): number {
    let removed = 0;
    for (const [id, subscriber] of this.byId) {
      if (subscriber.deleteAfter !== undefined && subscriber.deleteAfter <= now.toISOString()) {
        this.byId.delete(id);
        if (this.idByEmail.get(subscriber.email) === id) this.idByEmail.delete(subscriber.email);
        removed++;
      }
    }
    return removed;
  }

  /** Test helper: stores a record as given (any status, version or legacy shape), with its address claim. */
  seed(subscriber: Subscriber): void {
    this.byId.set(subscriber.id, clone(subscriber));
    this.idByEmail.set(subscriber.email, subscriber.id);
  }

  /** Test helper: everything stored, to compare before and after a request that must change nothing. */
  snapshot(): string {
    return JSON.stringify([...this.byId.entries()]);
  }

  /** Test and benchmark helper: every stored subscriber. */
  all(): Subscriber[] {
    return [...this.byId.values()].map(clone);
  }
}
