// Stateful resources, kept apart from the functions that use them: all RETAIN so a stack delete or a bad
// deploy never takes subscribers, articles or signing keys with it.
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
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

export class Data extends Construct {
  readonly table: Table;
  readonly contentBucket: Bucket;
  readonly accessLogsBucket: Bucket;
  readonly tokenKeys: Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      timeToLiveAttribute: TTL_ATTRIBUTE,
    });
    for (const gsi of GSIS) {
      this.table.addGlobalSecondaryIndex({
        indexName: gsi.indexName,
        partitionKey: { name: gsi.partitionKey, type: AttributeType.STRING },
        sortKey: { name: gsi.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }

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

    this.contentBucket = new Bucket(this, 'Content', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'content/',
    });

    this.tokenKeys = new Secret(this, 'TokenKeys', {
      description: 'tidings link-signing keys: {"id","secret"} or {"keys":[…]} newest first',
      generateSecretString: { ...TOKEN_KEY_GENERATION },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.tokenKeys).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotation must keep the old key verifiable while links signed with it live (weeks in inboxes); it is a documented manual step (docs/deploy.md: add a newer key first), not a single-value rotation Lambda.',
    });
  }
}
