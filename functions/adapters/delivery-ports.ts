// Composition root for the delivery side: builds every port the delivery core needs from the environment,
// once per cold start, for the Lambda handlers (publish, plan, send, feedback) and the CLI alike.
// Clients are created here and nowhere else, so each process holds one DynamoDB and one SES connection pool.
import { S3Client } from '@aws-sdk/client-s3';
import type { SESClient } from '@aws-sdk/client-ses';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TokenKey } from '../core/tokens.ts';
import type { Taxonomy } from '../core/topics/types.ts';
import type {
  Clock,
  ContentStore,
  DeliveryLedger,
  EditionStore,
  Mailer,
  SendQueue,
  SubscriberStore,
  VariantStore,
} from '../ports.ts';
import { dataConfig, deliveryConfig, mailConfig, tokenConfig } from '../shared/config.ts';
import { createDynamoClient } from './dynamodb/client.ts';
import { createDynamoContentStore } from './dynamodb/content-store.ts';
import { createDynamoDeliveryLedger } from './dynamodb/delivery-ledger.ts';
import { createDynamoEditionStore } from './dynamodb/edition-store.ts';
import { DynamoSubscriberStore } from './dynamodb/subscriber-store.ts';
import { createDynamoVariantStore } from './dynamodb/variant-store.ts';
import { DEFAULT_TAXONOMY_FILE, loadTaxonomyFile } from './fs/taxonomy.ts';
import { type ArticleObjectReader, createS3ArticleReader } from './s3/article-object.ts';
import { loadTokenKeys } from './secrets/token-keys.ts';
import { createSesClient } from './ses/client.ts';
import { createSesMailer, readMaxSendRate } from './ses/mailer.ts';
import { createSqsSendQueue } from './sqs/send-queue.ts';

export interface DeliveryConfig {
  data: ReturnType<typeof dataConfig>;
  mail: ReturnType<typeof mailConfig>;
  tokens: ReturnType<typeof tokenConfig>;
  delivery: ReturnType<typeof deliveryConfig>;
  taxonomyFile: string;
}

/** Parses every variable the delivery handlers read; throws a ConfigError naming the bad one. */
export function readDeliveryConfig(env: NodeJS.ProcessEnv = process.env): DeliveryConfig {
  return {
    data: dataConfig(env),
    mail: mailConfig(env),
    tokens: tokenConfig(env),
    delivery: deliveryConfig(env),
    taxonomyFile: env.TAXONOMY_FILE || DEFAULT_TAXONOMY_FILE,
  };
}

export interface DeliveryPorts {
  config: DeliveryConfig;
  dynamo: DynamoDBDocumentClient;
  ses: SESClient;
  subscribers: SubscriberStore;
  content: ContentStore;
  editions: EditionStore;
  variants: VariantStore;
  ledger: DeliveryLedger;
  mailer: Mailer;
  clock: Clock;
  /** SQS when SEND_QUEUE_URL is set; otherwise the caller supplies one (the local in-process queue). */
  queue?: SendQueue;
  articles: ArticleObjectReader;
  tokenKeys: TokenKey[];
  taxonomy: Taxonomy;
  /** SES max send rate for the whole account (SEND_RATE, else GetSendQuota), messages per second. */
  accountSendRate: number;
  /** This sender's share of it: the account rate split over the concurrent sender invocations. */
  senderRate: number;
}

export const systemClock: Clock = { now: () => new Date() };

export async function createDeliveryPorts(config: DeliveryConfig): Promise<DeliveryPorts> {
  const region = config.data.region ?? config.mail.region;
  const dynamo = createDynamoClient({
    ...(config.data.dynamodbEndpoint ? { endpoint: config.data.dynamodbEndpoint } : {}),
    ...(region ? { region } : {}),
  });
  const ses = createSesClient({
    ...(config.mail.sesEndpoint ? { endpoint: config.mail.sesEndpoint } : {}),
    ...(region ? { region } : {}),
  });
  const table = { client: dynamo, tableName: config.data.tableName };
  const [tokenKeys, taxonomy, accountSendRate] = await Promise.all([
    loadTokenKeys(config.tokens),
    loadTaxonomyFile(config.taxonomyFile),
    // The local SES stand-in has no GetSendQuota: use the default SES sandbox rate there.
    config.delivery.sendRate ?? (config.mail.sesEndpoint ? Promise.resolve(14) : readMaxSendRate(ses)),
  ]);
  return {
    config,
    dynamo,
    ses,
    subscribers: new DynamoSubscriberStore(table),
    content: createDynamoContentStore(table),
    editions: createDynamoEditionStore({ ...table, clock: systemClock }),
    variants: createDynamoVariantStore(table),
    ledger: createDynamoDeliveryLedger(table),
    mailer: createSesMailer({
      client: ses,
      ...(config.mail.configurationSet ? { configurationSet: config.mail.configurationSet } : {}),
    }),
    clock: systemClock,
    ...(config.delivery.sendQueueUrl
      ? {
          queue: createSqsSendQueue({
            client: new SQSClient(region ? { region } : {}),
            queueUrl: config.delivery.sendQueueUrl,
          }),
        }
      : {}),
    articles: createS3ArticleReader(new S3Client(region ? { region } : {})),
    tokenKeys,
    taxonomy,
    accountSendRate,
    senderRate: accountSendRate / config.delivery.senderConcurrency,
  };
}
