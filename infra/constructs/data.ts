// Stateful resources, kept apart from the functions that use them: all RETAIN so a stack delete or a bad
// deploy never takes subscribers, articles or signing keys with it.
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, type ITable, ProjectionType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from 'aws-cdk-lib/aws-s3';
import { type ISecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { GSIS, TABLE_KEYS, TTL_ATTRIBUTE } from '../../functions/adapters/dynamodb/table.ts';

/**
 * The first token key, as Secrets Manager generates it: {"id":"k1","secret":"<64 letters and digits>"}.
 * Letters and digits are all base64 characters, so the loader reads 48 random bytes (~380 bits) from it.
 * Rotation: replace the value with {"keys":[{"id":"k2","secret":…},{"id":"k1","secret":…}]}, newest first.
 */
export const TOKEN_KEY_GENERATION = {
  secretStringTemplate: JSON.stringify({ id: 'k1' }),
  generateStringKey: 'secret',
  passwordLength: 64,
  excludePunctuation: true,
  includeSpace: false,
} as const;

export interface DataProps {
  /**
   * Retained resources to attach instead of creating new ones: after a teardown (the same table, bucket and key
   * secret, so subscribers stay and old links keep working) or a point-in-time restore (the restored table).
   */
  existing?: { tableName?: string; tokenKeysSecretArn?: string; contentBucketName?: string };
}

export class Data extends Construct {
  readonly table: ITable;
  readonly contentBucket: IBucket;
  readonly accessLogsBucket: Bucket;
  readonly tokenKeys: ISecret;

  constructor(scope: Construct, id: string, props: DataProps = {}) {
    super(scope, id);
    const existing = props.existing ?? {};
    this.table = existing.tableName
      ? Table.fromTableAttributes(this, 'Table', {
          tableName: existing.tableName,
          globalIndexes: GSIS.map((g) => g.indexName),
        })
      : this.newTable();

    this.accessLogsBucket = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.accessLogsBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access log destination itself; logging it into itself would loop.',
    });

    this.contentBucket = existing.contentBucketName
      ? Bucket.fromBucketName(this, 'Content', existing.contentBucketName)
      : new Bucket(this, 'Content', {
          encryption: BucketEncryption.S3_MANAGED,
          blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
          enforceSSL: true,
          versioned: true,
          removalPolicy: RemovalPolicy.RETAIN,
          serverAccessLogsBucket: this.accessLogsBucket,
          serverAccessLogsPrefix: 'content/',
        });

    this.tokenKeys = existing.tokenKeysSecretArn
      ? Secret.fromSecretCompleteArn(this, 'TokenKeys', existing.tokenKeysSecretArn)
      : this.newTokenKeys();
  }

  private newTable(): Table {
    const table = new Table(this, 'Table', {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      timeToLiveAttribute: TTL_ATTRIBUTE,
    });
    for (const gsi of GSIS) {
      table.addGlobalSecondaryIndex({
        indexName: gsi.indexName,
        partitionKey: { name: gsi.partitionKey, type: AttributeType.STRING },
        sortKey: { name: gsi.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }
    return table;
  }

  private newTokenKeys(): Secret {
    const secret = new Secret(this, 'TokenKeys', {
      description: 'tidings link-signing keys: {"id","secret"} or {"keys":[…]} newest first',
      generateSecretString: { ...TOKEN_KEY_GENERATION },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotation must keep the old key verifiable while links signed with it live (weeks in inboxes); it is a documented manual step (docs/deploy.md: add a newer key first), not a single-value rotation Lambda.',
    });
    return secret;
  }
}
