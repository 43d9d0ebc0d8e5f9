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
  ParkedJobs,
  SendQueue,
  SubscriberStore,
  VariantStore,
} from '../ports.ts';
import { dataConfig, deliveryConfig, mailConfig, tokenConfig } from '../shared/config.ts';
import { createDynamoClient } from './dynamodb/client.ts';
import { createDynamoContentStore } from './dynamodb/content-store.ts';
import { createDynamoDeliveryLedger } from './dynamodb/delivery-ledger.ts';
import { createDynamoEditionStore } from './dynamodb/edition-store.ts';
import { createDynamoParkedJobs } from './dynamodb/parked-jobs.ts';
import { DynamoSubscriberStore } from './dynamodb/subscriber-store.ts';
import { createDynamoVariantStore } from './dynamodb/variant-store.ts';
import { DEFAULT_TAXONOMY_FILE, loadTaxonomyFile } from './fs/taxonomy.ts';
import { type ArticleObjectReader, createS3ArticleReader } from './s3/article-object.ts';
import { loadTokenKeys } from './secrets/token-keys.ts';
import { createSesClient } from './ses/client.ts';
import { createSesMailer, readMaxSendRate } from './ses/mailer.ts';
import { createSqsSendQueue } from './sqs/send-queue.ts';

/** Which Lambda (or the CLI) is being wired: each reads only the variables its function is given. */
export type DeliveryRole = 'publish' | 'plan' | 'send' | 'feedback' | 'cli';

const NEEDS: Record<DeliveryRole, { mail: boolean; tokens: boolean }> = {
  publish: { mail: true, tokens: true },
  plan: { mail: true, tokens: false },
  send: { mail: true, tokens: true },
  feedback: { mail: false, tokens: false },
  cli: { mail: true, tokens: true },
};

export interface DeliveryConfig {
  role: DeliveryRole;
  data: ReturnType<typeof dataConfig>;
  mail?: ReturnType<typeof mailConfig>;
  tokens?: ReturnType<typeof tokenConfig>;
  delivery: ReturnType<typeof deliveryConfig>;
  taxonomyFile: string;
}

/** Parses the variables `role` needs; throws a ConfigError naming the missing or invalid one. */
export function readDeliveryConfig(
  env: NodeJS.ProcessEnv = process.env,
  role: DeliveryRole = 'cli',
): DeliveryConfig {
  const needs = NEEDS[role];
  return {
    role,
    data: dataConfig(env),
    ...(needs.mail ? { mail: mailConfig(env) } : {}),
    ...(needs.tokens ? { tokens: tokenConfig(env) } : {}),
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
  parked: ParkedJobs;
  mailer: Mailer;
  clock: Clock;
  /** SQS when SEND_QUEUE_URL is set; otherwise the caller supplies one (the local in-process queue). */
  queue?: SendQueue;
  articles: ArticleObjectReader;
  /** Empty for roles that sign no links (plan, feedback). */
  tokenKeys: TokenKey[];
  taxonomy: Taxonomy;
  /**
   * This sender's share of the SES max send rate (SEND_RATE, else GetSendQuota; 14/s on the local stand-in),
   * split over the concurrent sender invocations so together they never exceed it. Read once, on first use.
   */
  senderRate(): Promise<number>;
}

export const systemClock: Clock = { now: () => new Date() };

export async function createDeliveryPorts(config: DeliveryConfig): Promise<DeliveryPorts> {
  const region = config.data.region ?? config.mail?.region;
  const dynamo = createDynamoClient({
    ...(config.data.dynamodbEndpoint ? { endpoint: config.data.dynamodbEndpoint } : {}),
    ...(region ? { region } : {}),
  });
  const ses = createSesClient({
    ...(config.mail?.sesEndpoint ? { endpoint: config.mail.sesEndpoint } : {}),
    ...(region ? { region } : {}),
  });
  const table = { client: dynamo, tableName: config.data.tableName };
  const [tokenKeys, taxonomy] = await Promise.all([
    config.tokens ? loadTokenKeys(config.tokens) : Promise.resolve([]),
    loadTaxonomyFile(config.taxonomyFile),
  ]);
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
    content: createDynamoContentStore(table),
    editions: createDynamoEditionStore({ ...table, clock: systemClock }),
    variants: createDynamoVariantStore(table),
    ledger: createDynamoDeliveryLedger(table),
    parked: createDynamoParkedJobs(table),
    mailer: createSesMailer({
      client: ses,
      ...(config.mail?.configurationSet ? { configurationSet: config.mail.configurationSet } : {}),
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
    senderRate,
  };
}

/**
 * What publishArticle and planDigest need, from the production ports. `compile` is passed in so that this module
 * never imports MJML: only the rendering functions' bundles carry it.
 */
export function planningDeps<Q extends SendQueue, C>(ports: DeliveryPorts, queue: Q, compile: C) {
  return {
    content: ports.content,
    editions: ports.editions,
    variants: ports.variants,
    queue,
    subscribers: ports.subscribers,
    compile,
    taxonomy: ports.taxonomy,
    siteUrl: ports.config.mail!.siteUrl,
    sender: { address: ports.config.mail!.senderEmail, name: ports.config.mail!.senderName },
    listIdDomain: ports.config.mail!.listIdDomain,
    clock: ports.clock,
    timezone: ports.config.delivery.timezone,
  };
}
