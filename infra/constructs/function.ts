// One place for Lambda defaults, and binding helpers that set an environment variable AND its IAM grant
// together, so a function can never hold a name it may not use (or a permission it has no name for).
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { type BundlingOptions, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DEFAULT_CONFIRMATIONS_FILE } from '../../functions/adapters/fs/confirmations.ts';
import { DEFAULT_READER_FILE } from '../../functions/adapters/fs/reader-pack.ts';
import { taxonomyJson } from '../../functions/adapters/fs/taxonomy.ts';
import { TOPIC_MODEL_FILE } from '../../functions/adapters/fs/taxonomy-json.ts';
import type { TableAccess } from '../access.ts';
import { HANDLERS, type HandlerName } from '../handlers.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Handlers that render email with MJML (3.5 MB, ~0.5 s to import): only these may bundle it, and only these get
 * templates/ copied beside their code. http-subscriptions fills the precompiled confirmation email instead.
 */
export const RENDERING_HANDLERS: readonly HandlerName[] = ['publish', 'plan'];

/** The sender needs no taxonomy (its jobs name the variant to send), nor does the mailto: unsubscribe. */
const TAXONOMY_HANDLERS: readonly HandlerName[] = HANDLERS.filter(
  (h) => h !== 'send' && h !== 'inbound-unsubscribe',
);

/** Where the bundle's runtime files land: Lambda unpacks the asset into /var/task. */
export const LAMBDA_TASK_ROOT = '/var/task';

export const NODE_TARGET = 'node24';

/**
 * Links of the SDK's default credential chain that Lambda never reaches: Lambda puts the role's credentials in
 * AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN, the chain's first link. The chain loads the others
 * (SSO, profiles, processes, web identity, container and instance metadata) with dynamic `import()` only when the
 * environment has no credentials, so leaving them out of the bundles saves about 100 KB each (their nested
 * STS/SSO clients) and changes nothing on Lambda. test/infra/bundles.test.ts checks they stay dynamic imports.
 */
export const LAMBDA_UNREACHED_CREDENTIAL_PROVIDERS = [
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-web-identity',
  '@aws-sdk/credential-provider-http',
  '@smithy/credential-provider-imds',
] as const;

/** esbuild options shared by the stack and test/infra/bundles.test.ts, so the test builds what is deployed. */
export const ESBUILD_OPTIONS = {
  format: 'esm',
  platform: 'node',
  target: NODE_TARGET,
  mainFields: ['module', 'main'],
  // ESM output still meets CommonJS dependencies that call require(); give them one.
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
  minify: true,
  // No source maps: even without the sources embedded a map is 1.5× the minified code it maps (13.7 MB beside the
  // publish bundle), and Node would parse it (--enable-source-maps) on the first error. Names are kept instead,
  // so the stack that Powertools Logger logs with every error names each function on the way (`at sendJob`).
  sourcemap: false,
  keepNames: true,
  // cosmiconfig (under mjml's htmlnano) requires typescript lazily, only to read .ts config files we never
  // have: excluding it saves 3.5 MB per rendering bundle.
  // @node-rs/jieba is a native addon: never bundled, installed for Lambda's platform beside the bundle instead.
  // The credential chain's later links: see LAMBDA_UNREACHED_CREDENTIAL_PROVIDERS.
  external: ['typescript', '@node-rs/jieba', ...LAMBDA_UNREACHED_CREDENTIAL_PROVIDERS],
} as const;

/**
 * Handlers that segment Chinese text (classify sections) and so load @node-rs/jieba. Their bundles get it
 * installed for linux-arm64 (npm ci at synth, from the lock file); test/infra/bundles.test.ts fails when a
 * handler imports jieba without being listed here.
 */
export const NATIVE_HANDLERS: readonly HandlerName[] = ['publish'];
export const NATIVE_MODULES = ['@node-rs/jieba'];

export function entryPath(name: HandlerName): string {
  return join(REPO_ROOT, 'functions', 'handlers', `${name}.ts`);
}

let taxonomyJsonFile: string | undefined;

/**
 * content/topics.yaml in its JSON form, validated and written once per synth: a bad taxonomy fails `cdk deploy`
 * here, and the functions read it without a YAML parser in their bundles.
 */
function runtimeTaxonomy(): string {
  if (!taxonomyJsonFile) {
    const dir = mkdtempSync(join(tmpdir(), 'tidings-runtime-'));
    // The bundles have copied it by the time synth ends; nothing stays behind in the temp dir.
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'topics.json');
    writeFileSync(file, taxonomyJson(join(REPO_ROOT, 'content', 'topics.yaml')));
    taxonomyJsonFile = file;
  }
  return taxonomyJsonFile;
}

/**
 * Files read from disk at run time, copied beside the bundle: [absolute source, bundle-relative target].
 * The taxonomy (TAXONOMY_FILE) for all but the sender, with the theme model beside it where sections are
 * classified; the precompiled confirmation emails (CONFIRMATIONS_FILE)
 * and reader emails and zh-Hant pages (READER_FILE) for the subscription API; templates/ only where MJML renders (TIDINGS_TEMPLATES_DIR).
 */
export function runtimeFiles(name: HandlerName): Array<[string, string]> {
  const files: Array<[string, string]> = [];
  if (TAXONOMY_HANDLERS.includes(name)) files.push([runtimeTaxonomy(), 'topics.json']);
  // The trained theme model, read beside topics.json, where sections are classified (docs/themes.md).
  if (NATIVE_HANDLERS.includes(name))
    files.push([join(REPO_ROOT, 'content', TOPIC_MODEL_FILE), TOPIC_MODEL_FILE]);
  if (name === 'http-subscriptions')
    files.push([DEFAULT_CONFIRMATIONS_FILE, 'confirm.json'], [DEFAULT_READER_FILE, 'reader.json']);
  if (RENDERING_HANDLERS.includes(name)) files.push(...templateFiles());
  return files;
}

/** The MJML files under templates/ (what mj-include reads at run time), not the TypeScript that builds them. */
function templateFiles(): Array<[string, string]> {
  const root = join(REPO_ROOT, 'templates');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.mjml'))
    .sort()
    .map((path) => [join(root, path), join('templates', path)]);
}

/** Environment pointing the handler at its runtime files inside the unpacked bundle at `root`. */
export function runtimeFileEnv(name: HandlerName, root: string = LAMBDA_TASK_ROOT): Record<string, string> {
  return {
    ...(TAXONOMY_HANDLERS.includes(name) ? { TAXONOMY_FILE: `${root}/topics.json` } : {}),
    ...(name === 'http-subscriptions'
      ? { CONFIRMATIONS_FILE: `${root}/confirm.json`, READER_FILE: `${root}/reader.json` }
      : {}),
    ...(RENDERING_HANDLERS.includes(name) ? { TIDINGS_TEMPLATES_DIR: `${root}/templates` } : {}),
  };
}

function bundling(name: HandlerName): BundlingOptions {
  return {
    format: OutputFormat.ESM,
    target: ESBUILD_OPTIONS.target,
    mainFields: [...ESBUILD_OPTIONS.mainFields],
    banner: ESBUILD_OPTIONS.banner,
    minify: ESBUILD_OPTIONS.minify,
    sourceMap: ESBUILD_OPTIONS.sourcemap,
    keepNames: ESBUILD_OPTIONS.keepNames,
    // Bundle the AWS SDK too: the version we test with, not whatever the runtime ships.
    externalModules: [...ESBUILD_OPTIONS.external],
    forceDockerBundling: false,
    ...(NATIVE_HANDLERS.includes(name)
      ? {
          nodeModules: NATIVE_MODULES,
          // npm picks optional platform packages by these: the arm64 Linux binary, whatever the build host is.
          environment: { npm_config_os: 'linux', npm_config_cpu: 'arm64', npm_config_libc: 'glibc' },
        }
      : {}),
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      // Templates and the taxonomy are read from disk at run time (TIDINGS_TEMPLATES_DIR, TAXONOMY_FILE). The
      // package files only served the native module's install: nothing reads them at run time.
      afterBundling: (_inputDir: string, outputDir: string) => [
        ...runtimeFiles(name).map(
          ([from, to]) =>
            `mkdir -p "${dirname(join(outputDir, to))}" && cp -R "${from}" "${join(outputDir, to)}"`,
        ),
        ...(NATIVE_HANDLERS.includes(name)
          ? [`rm -f "${join(outputDir, 'package-lock.json')}" "${join(outputDir, 'package.json')}"`]
          : []),
      ],
    },
  };
}

export interface TidingsFunctionProps {
  handler: HandlerName;
  /** @default 256 MB (1024 for rendering handlers: MJML is CPU-bound and Lambda CPU scales with memory) */
  memorySize?: number;
  /** @default 10 seconds */
  timeout?: Duration;
  /** @default one month */
  logRetention?: RetentionDays;
  environment?: Record<string, string>;
  serviceName?: string;
  metricsNamespace?: string;
}

export class TidingsFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly handler: HandlerName;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: TidingsFunctionProps) {
    super(scope, id);
    this.handler = props.handler;
    const renders = RENDERING_HANDLERS.includes(props.handler);
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.fn = new NodejsFunction(this, 'Function', {
      entry: entryPath(props.handler),
      handler: 'handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? (renders ? 1024 : 256),
      timeout: props.timeout ?? Duration.seconds(10),
      logGroup: this.logGroup,
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
      bundling: bundling(props.handler),
      // X-Ray: the invocation's segment; Powertools Tracer (functions/shared/tracing.ts) adds the handler's
      // subsegment with ColdStart and Service, and one per AWS call.
      tracing: Tracing.ACTIVE,
      environment: {
        ...runtimeFileEnv(props.handler),
        POWERTOOLS_SERVICE_NAME: props.serviceName ?? 'tidings',
        POWERTOOLS_METRICS_NAMESPACE: props.metricsNamespace ?? 'Tidings',
        ...props.environment,
      },
    });
    this.acknowledge(
      'AwsSolutions-IAM5[Resource::*]',
      'Active tracing adds xray:PutTraceSegments and xray:PutTelemetryRecords, which take no resource-level permissions (Resource must be *); they are the only actions on *.',
    );
    this.acknowledge(
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'The managed basic execution role only lets the function write its own CloudWatch logs; every data grant is per resource.',
    );
  }

  /**
   * For functions AWS invokes asynchronously (S3, SNS, Scheduler): after Lambda's own 2 retries the event goes to
   * `queue` with the error, instead of vanishing.
   */
  sendAsyncFailuresTo(queue: IQueue): this {
    this.fn.configureAsyncInvoke({
      onFailure: new SqsDestination(queue),
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
    });
    this.acknowledge(
      'Serverless-LambdaDLQ',
      'Failed asynchronous events go to an on-failure destination queue (with the error and the request), which AWS recommends over a dead-letter queue; its depth is alarmed.',
    );
    return this;
  }

  /** Why a function that AWS invokes synchronously (API Gateway) or through a queue has no async destination. */
  noAsyncDestination(reason: string): this {
    this.acknowledge('Serverless-LambdaDLQ', reason);
    this.acknowledge('Serverless-LambdaAsyncFailureDestination', reason);
    return this;
  }

  private acknowledge(id: string, reason: string): void {
    Validations.of(this).acknowledge({ id, reason });
  }

  setEnv(name: string, value: string): this {
    this.fn.addEnvironment(name, value);
    return this;
  }

  /**
   * The table name in TABLE_NAME and exactly the actions `access` lists on the table, limited to the partition keys
   * it lists; Query on its indexes if it queries them.
   */
  bindTable(table: ITable, access: TableAccess): this {
    this.fn.addEnvironment('TABLE_NAME', table.tableName);
    this.fn.addToRolePolicy(
      new PolicyStatement({
        actions: [...access.actions],
        resources: [table.tableArn],
        ...(access.leadingKeys
          ? { conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...access.leadingKeys] } } }
          : {}),
      }),
    );
    // The indexes are only queried. Their own statement, without the key condition: which partition value DynamoDB
    // checks on a query of a global secondary index cannot be established offline, so no condition is put there.
    if (access.indexes)
      this.fn.addToRolePolicy(
        new PolicyStatement({ actions: ['dynamodb:Query'], resources: [`${table.tableArn}/index/*`] }),
      );
    if (access.indexes)
      this.acknowledge(
        `AwsSolutions-IAM5[Resource::${nagResource(this, `${table.tableArn}/index/*`)}]`,
        "The table's own audience-<cadence> indexes, queried to find an edition's readers; no other table.",
      );
    return this;
  }

  /** SendMessage only (SendMessageBatch is authorized as sqs:SendMessage): no receive, delete or purge. */
  bindQueue(queue: IQueue): this {
    this.fn.addToRolePolicy(
      new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn] }),
    );
    this.fn.addEnvironment('SEND_QUEUE_URL', queue.queueUrl);
    return this;
  }

  /** Only the ARN goes into the environment; the value is fetched at cold start (GetSecretValue, nothing else). */
  bindSecret(secret: ISecret): this {
    this.fn.addEnvironment('TOKEN_KEYS_SECRET_ARN', secret.secretArn);
    this.fn.addToRolePolicy(
      new PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [secret.secretArn] }),
    );
    return this;
  }

  /** GetObject on uploads under `prefix` only: no listing, no other key. */
  bindBucket(bucket: IBucket, prefix: string): this {
    this.fn.addEnvironment('CONTENT_BUCKET', bucket.bucketName);
    const objects = bucket.arnForObjects(`${prefix}*`);
    this.fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [objects] }));
    this.acknowledge(
      `AwsSolutions-IAM5[Resource::${nagResource(this, objects)}]`,
      `Article uploads under ${prefix} in the content bucket: the only keys publish reads.`,
    );
    return this;
  }
}

/** How cdk-nag prints a resource string: Refs as <Id>, GetAtts as <Id.Attr>, pseudo parameters as <AWS::X>. */
export function nagResource(scope: Construct, value: string): string {
  const render = (v: unknown): string => {
    if (typeof v === 'string') return v;
    const o = v as Record<string, unknown>;
    if ('Ref' in o) return `<${o.Ref as string}>`;
    if ('Fn::GetAtt' in o) return `<${(o['Fn::GetAtt'] as string[]).join('.')}>`;
    if ('Fn::Join' in o) {
      const [sep, parts] = o['Fn::Join'] as [string, unknown[]];
      return parts.map(render).join(sep);
    }
    return JSON.stringify(v);
  };
  return render(Stack.of(scope).resolve(value));
}
