// What each function may do to the table, action by action, from what its code calls (functions/adapters/dynamodb):
// no function may Scan; only the ones that write sections or erase in bulk BatchWrite; only the ones that give back
// a claim or replace a pointer Delete. A function that starts calling a new action needs it added here — the IAM
// tests (test/infra/privileges.test.ts) check each function's calls against its synthesized policy.
import type { HandlerName } from './handlers.ts';

export type TableAction =
  | 'dynamodb:GetItem'
  | 'dynamodb:BatchGetItem'
  | 'dynamodb:Query'
  | 'dynamodb:PutItem'
  | 'dynamodb:UpdateItem'
  | 'dynamodb:DeleteItem'
  | 'dynamodb:BatchWriteItem'
  | 'dynamodb:ConditionCheckItem';

export interface TableAccess {
  actions: readonly TableAction[];
  /** Queries the indexes (audience-<cadence>, due) too: Query only there, in a statement without the key condition. */
  indexes: boolean;
  /** Why each write or delete is needed (shown in docs/deploy.md, checked for presence). */
  why: string;
  /**
   * Partition key patterns the function may touch (`dynamodb:LeadingKeys`, ForAllValues:StringLike), where the key
   * design separates its items from everything else; absent where a function reads or writes most item kinds.
   */
  leadingKeys?: readonly string[];
}

export const TABLE_ACCESS: Record<HandlerName, TableAccess> = {
  'http-subscriptions': {
    actions: [
      'dynamodb:GetItem',
      'dynamodb:Query',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
    ],
    indexes: false,
    why: 'reads and writes subscribers, address claims and anti-bombing counters, reads suppressions; DeleteItem gives back a claim it could not complete; Query reads the recent sections for the welcome email',
    // The public API: never an edition, delivery or variant, whatever a bug or an injected key asks for. Published
    // sections (SECTION_MONTHS, SECTIONS#…) are read for the welcome email.
    leadingKeys: ['SUB#*', 'EMAIL#*', 'LIMIT#*', 'SUPPRESS#*', 'SECTION_MONTHS', 'SECTIONS#*'],
  },
  'http-articles': {
    actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'],
    indexes: false,
    why: 'reads an article marker and queries its sections; the archive topic pages and feeds read every article record in BatchGetItem (found denied by the deploy rehearsal)',
    // Public pages: articles, sections and editions only (the content and edition stores' partitions, all of them
    // read by `npm run rehearse`), never a subscriber, an address, a suppression or a delivery.
    leadingKeys: ['ARTICLE#*', 'ARTICLES', 'SECTIONS#*', 'SECTION_MONTHS', 'EDITION#*', 'EDITIONS#*'],
  },
  publish: {
    actions: [
      'dynamodb:GetItem',
      'dynamodb:Query',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
      'dynamodb:BatchWriteItem',
    ],
    indexes: true,
    why: 'stores sections (BatchWriteItem), queries the instant audience index, creates the alert edition and its variants; DeleteItem releases a held article once it publishes',
  },
  plan: {
    actions: [
      'dynamodb:GetItem',
      'dynamodb:Query',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
    ],
    indexes: true,
    why: 'queries the audience index and the sections, creates the edition and its variants; DeleteItem replaces the edition pointer',
    // On the table (its index queries have a statement of their own): editions, their pointers and variants, the
    // published sections, and the subscribers its housekeeping resumes or clears (all recorded by `npm run
    // rehearse`), never an address, a suppression, a delivery or an article.
    leadingKeys: ['EDITION#*', 'EDITIONS#*', 'VARIANT#*', 'SECTIONS#*', 'SECTION_MONTHS', 'SUB#*'],
  },
  send: {
    actions: [
      'dynamodb:GetItem',
      'dynamodb:BatchGetItem',
      'dynamodb:Query',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
    ],
    indexes: false,
    why: 'claims and settles deliveries, re-reads a job’s recipients in one BatchGetItem, parks jobs of a paused edition, adds edition counts; DeleteItem releases its own claim after a retryable failure',
    // A job names its edition, variant and recipients: the sender touches those and its own ledger and parked jobs
    // (every one of them recorded by `npm run rehearse`, the parking when SES's daily quota runs out), never an
    // address, a suppression, an article or a section.
    leadingKeys: ['EDITION#*', 'VARIANT#*', 'SUB#*', 'DELIVERY#*', 'PARKED#*'],
  },
  'inbound-unsubscribe': {
    actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
    indexes: false,
    why: 'reads the subscriber a mailed unsubscribe token names and saves the ended list (PutItem with a version check, UpdateItem on the address claim)',
  },
  feedback: {
    actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
    indexes: false,
    why: 'finds the subscriber by tag or address, marks it bounced or complained, counts and pauses the edition (all updates in place)',
    leadingKeys: ['SUB#*', 'EMAIL#*', 'EDITION#*'],
  },
};
