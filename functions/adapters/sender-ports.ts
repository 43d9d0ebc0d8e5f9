// Composition root of the sender: only the ports sendJob needs (DynamoDB stores, SES, token keys, its share of
// the send rate). Kept apart from delivery-ports.ts so the send function's bundle carries no S3, SQS, taxonomy
// or YAML code. Clients are created here and nowhere else: one DynamoDB and one SES connection pool per process.
import type { SESClient } from '@aws-sdk/client-ses';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TokenKey } from '../core/tokens.ts';
import type {
  Clock,
  DeliveryLedger,
  EditionStore,
  Mailer,
  ParkedJobs,
  SubscriberStore,
  VariantStore,
} from '../ports.ts';
import type { DeliveryConfig } from './delivery-config.ts';
import { createDynamoClient } from './dynamodb/client.ts';
import { createDynamoDeliveryLedger } from './dynamodb/delivery-ledger.ts';
import { createDynamoEditionStore } from './dynamodb/edition-store.ts';
import { createDynamoParkedJobs } from './dynamodb/parked-jobs.ts';
import { DynamoSubscriberStore } from './dynamodb/subscriber-store.ts';
import { createDynamoVariantStore } from './dynamodb/variant-store.ts';
import { loadTokenKeys } from './secrets/token-keys.ts';
import { createSesClient } from './ses/client.ts';
import { createSesMailer, readMaxSendRate } from './ses/mailer.ts';

export interface SenderPorts {
  config: DeliveryConfig;
  dynamo: DynamoDBDocumentClient;
  ses: SESClient;
  subscribers: SubscriberStore;
  editions: EditionStore;
  variants: VariantStore;
  ledger: DeliveryLedger;
  parked: ParkedJobs;
  mailer: Mailer;
  clock: Clock;
  /** Empty for roles that sign no links (plan, feedback). */
  tokenKeys: TokenKey[];
  /**
   * This sender's share of the SES max send rate (SEND_RATE, else GetSendQuota; 14/s on the local stand-in),
   * split over the concurrent sender invocations so together they never exceed it. Read once, on first use.
   */
  senderRate(): Promise<number>;
}

export const systemClock: Clock = { now: () => new Date() };

/** The AWS region: the data configuration's, else the mail configuration's, else the SDK's default chain. */
export function regionOf(config: DeliveryConfig): string | undefined {
  return config.data.region ?? config.mail?.region;
}

export async function createSenderPorts(config: DeliveryConfig): Promise<SenderPorts> {
  const region = regionOf(config);
  const dynamo = createDynamoClient({
    ...(config.data.dynamodbEndpoint ? { endpoint: config.data.dynamodbEndpoint } : {}),
    ...(region ? { region } : {}),
  });
  const ses = createSesClient({
    ...(config.mail?.sesEndpoint ? { endpoint: config.mail.sesEndpoint } : {}),
    ...(region ? { region } : {}),
  });
  const table = { client: dynamo, tableName: config.data.tableName };
  const tokenKeys = config.tokens ? await loadTokenKeys(config.tokens) : [];
  let accountRate: Promise<number> | undefined;
  const senderRate = async () => {
    // The local SES stand-in has no GetSendQuota: use the SES sandbox rate there.
    accountRate ??= config.delivery.sendRate
      ? Promise.resolve(config.delivery.sendRate)
      : config.mail?.sesEndpoint
        ? Promise.resolve(14)
        : readMaxSendRate(ses);
    accountRate.catch(() => {
      accountRate = undefined;
    });
    return (await accountRate) / config.delivery.senderConcurrency;
  };
  return {
    config,
    dynamo,
    ses,
    subscribers: new DynamoSubscriberStore(table),
    editions: createDynamoEditionStore({ ...table, clock: systemClock }),
    variants: createDynamoVariantStore(table),
    ledger: createDynamoDeliveryLedger(table),
    parked: createDynamoParkedJobs(table),
    mailer: createSesMailer({
      client: ses,
      ...(config.mail?.configurationSet ? { configurationSet: config.mail.configurationSet } : {}),
    }),
    clock: systemClock,
    tokenKeys,
    senderRate,
  };
}
