// Where a command acts: the instance `npm start` runs here (its state file), or — with `--stack` — a deployed
// stack (see stack.ts). Both give the same stores, so each command is written once.
import { userInfo } from 'node:os';
import type { LocalDelivery } from '../adapters/local/runtime.ts';
import type {
  ArticleHistory,
  Clock,
  ContentStore,
  DeliveryLedger,
  EditionStore,
  ParkedJobs,
  PublishScheduler,
  ScheduledArticles,
  SubscriberStore,
} from '../ports.ts';

export interface DeskStores {
  content: ContentStore;
  history: ArticleHistory;
  scheduled: ScheduledArticles;
  scheduler: PublishScheduler;
  editions: EditionStore;
  ledger: DeliveryLedger;
  parked: ParkedJobs;
  subscribers: SubscriberStore;
  clock: Clock;
}

export interface LocalTarget extends DeskStores {
  kind: 'local';
  /** For messages: "the local npm start (http://localhost:3000)". */
  where: string;
  timezone: string;
  local: LocalDelivery;
}

/** The running `npm start` (from its state file); `delivery`: one already wired (tests, the server itself). */
export async function localTarget(delivery?: LocalDelivery): Promise<LocalTarget> {
  const { startLocalDelivery } = await import('../adapters/local/runtime.ts');
  const local = delivery ?? (await startLocalDelivery());
  const { ports } = local;
  return {
    kind: 'local',
    where: `the local npm start (${local.coreDeps.siteUrl})`,
    timezone: ports.config.delivery.timezone,
    local,
    content: ports.content,
    history: ports.history,
    scheduled: ports.scheduled,
    scheduler: local.desk.scheduler,
    editions: ports.editions,
    ledger: ports.ledger,
    parked: ports.parked,
    subscribers: ports.subscribers,
    // The clock its desk publishes and schedules by (the system clock, unless the instance was given another).
    clock: local.desk.clock,
  };
}

/** Who is acting, as versions record it: TIDINGS_EDITOR, else the login name. */
export function localEditor(): string {
  if (process.env.TIDINGS_EDITOR) return process.env.TIDINGS_EDITOR;
  try {
    return userInfo().username;
  } catch {
    return 'unknown editor';
  }
}
