// `tidings --stack <name> …` against a deployed stack, in-process: the stack's outputs are those of the synthesized
// stack (CloudFormation DescribeStacks mocked with them), the table is a real DynamoDB API (dynalite, under the
// output's table name), and S3, Lambda, EventBridge Scheduler, SQS and STS are aws-sdk-client-mock mocks whose
// calls are checked. Each writing command says which stack, region and identity it acts as; destructive ones ask.
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DeleteScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { CommanderError } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createDynamoArticleHistory,
  createDynamoScheduledArticles,
} from '../../functions/adapters/dynamodb/article-desk.ts';
import { createDynamoContentStore } from '../../functions/adapters/dynamodb/content-store.ts';
import { createDynamoEditionStore } from '../../functions/adapters/dynamodb/edition-store.ts';
import { createDynamoParkedJobs } from '../../functions/adapters/dynamodb/parked-jobs.ts';
import { DynamoSubscriberStore } from '../../functions/adapters/dynamodb/subscriber-store.ts';
import { buildProgram } from '../../functions/cli/program.ts';
import { newEdition } from '../../functions/core/delivery/editions.ts';
import { useDynalite } from '../helpers/dynalite.ts';
import { synthTemplate } from '../infra/stack-fixture.ts';

const table = useDynalite();
const STACK = 'tidings-prod';
const CALLER = 'arn:aws:iam::111111111111:user/editor';
const cfn = mockClient(CloudFormationClient);
const sts = mockClient(STSClient);
const lambda = mockClient(LambdaClient);
const s3 = mockClient(S3Client);
const scheduler = mockClient(SchedulerClient);
const sqs = mockClient(SQSClient);
const secrets = mockClient(SecretsManagerClient);
const SECRET_ARN = 'arn:aws:secretsmanager:eu-west-1:111111111111:secret:tidings-prod-token-keys-AbCdEf';
const saved = { ...process.env };
let outputKeys: string[] = [];

/** Runs `tidings <args>` in this process; what it printed, and its exit code. */
async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0),
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0),
    vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(`${a.join(' ')}\n`)),
    vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(`${a.join(' ')}\n`)),
  ];
  process.exitCode = 0;
  let code = 0;
  try {
    await buildProgram().parseAsync(['node', 'tidings', ...args]);
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    code = error.exitCode;
  } finally {
    for (const s of spies) s.mockRestore();
    process.exitCode = 0;
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}

beforeAll(async () => {
  // The outputs of the synthesized stack, with values for the ones the CLI uses.
  outputKeys = Object.keys(synthTemplate().template.toJSON().Outputs as Record<string, unknown>);
  const values: Record<string, string> = {
    TableName: table.tableName,
    SendQueueUrl: 'https://sqs.eu-west-1.amazonaws.com/111111111111/tidings-prod-send',
    PlanFunctionName: 'tidings-prod-plan',
    ContentBucketName: 'tidings-prod-content',
    PublishScheduleGroup: 'tidings-prod-publish',
    TokenKeysSecretArn: SECRET_ARN,
  };
  secrets
    .on(GetSecretValueCommand, { SecretId: SECRET_ARN })
    .resolves({ SecretString: JSON.stringify({ id: 'k1', secret: Buffer.alloc(32, 9).toString('base64') }) });
  cfn
    .on(DescribeStacksCommand)
    .rejects(Object.assign(new Error('Stack with id nope does not exist'), { name: 'ValidationError' }));
  cfn.on(DescribeStacksCommand, { StackName: STACK }).resolves({
    Stacks: [
      {
        StackName: STACK,
        CreationTime: new Date(),
        StackStatus: 'UPDATE_COMPLETE',
        Outputs: outputKeys.map((k) => ({ OutputKey: k, OutputValue: values[k] ?? `value-of-${k}` })),
      },
    ],
  });
  cfn.on(DescribeStacksCommand, { StackName: 'not-tidings' }).resolves({
    Stacks: [
      { StackName: 'not-tidings', CreationTime: new Date(), StackStatus: 'CREATE_COMPLETE', Outputs: [] },
    ],
  });
  sts.on(GetCallerIdentityCommand).resolves({ Arn: CALLER, Account: '111111111111' });
  Object.assign(process.env, {
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    DYNAMODB_ENDPOINT: table.endpoint,
  });
  delete process.env.TIDINGS_STACK;
}, 120_000);

afterEach(() => {
  lambda.reset();
  s3.reset();
  scheduler.reset();
});

afterAll(async () => {
  process.env = saved;
});

const tableOpts = () => ({ client: table.client, tableName: table.tableName });

describe('tidings --stack', () => {
  it('the synthesized stack declares every output the CLI reads', () => {
    expect(outputKeys).toEqual(
      expect.arrayContaining([
        'TableName',
        'SendQueueUrl',
        'PlanFunctionName',
        'ContentBucketName',
        'PublishScheduleGroup',
      ]),
    );
  });

  it('status reads the stack’s editions (no write: nothing announced)', async () => {
    const editions = createDynamoEditionStore({ ...tableOpts(), clock: { now: () => new Date() } });
    await editions.create(
      newEdition(
        'daily-2025-01-20',
        'daily',
        '2025-01-19T00:00:00.000Z',
        '2025-01-20T00:00:00.000Z',
        new Date().toISOString(),
      ),
    );
    await editions.setCounts('daily-2025-01-20', { planned: 3, sent: 2 });
    const r = await run('--stack', STACK, 'status');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`1 edition in stack ${STACK} (eu-west-1), newest first:`);
    expect(r.stdout).toMatch(/^daily-2025-01-20 +daily digest +planned +3 +2 /m);
    expect(r.stderr).toBe('');
    // TIDINGS_STACK does the same as --stack.
    process.env.TIDINGS_STACK = STACK;
    const viaEnv = await run('status', 'daily-2025-01-20');
    delete process.env.TIDINGS_STACK;
    expect(viaEnv.stdout).toContain(`daily-2025-01-20 — daily digest, planned (stack ${STACK} (eu-west-1))`);
  });

  it('withdraw states stack, region and caller, asks (refused without a terminal), and records the caller', async () => {
    const content = createDynamoContentStore(tableOpts());
    const section = {
      articleSlug: 'harbour-clinic',
      articleTitle: 'Harbour clinic',
      sectionId: 's1',
      heading: 'Harbour clinic',
      lang: 'en' as const,
      paragraphs: ['The clinic opened.'],
      themes: [],
      publishedAt: '2025-01-20T00:00:00.000Z',
    };
    await content.publish('harbour-clinic', [section], {
      title: 'Harbour clinic',
      lang: 'en',
      figures: [],
      hash: 'h1',
    });
    await content.finish('harbour-clinic');

    const refused = await run('--stack', STACK, 'withdraw', 'harbour-clinic', '--reason', 'unconfirmed');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`acting on stack ${STACK} in eu-west-1 as ${CALLER}`);
    expect(refused.stderr).toMatch(/no terminal to ask: add --yes to confirm/);
    expect((await content.article('harbour-clinic'))?.state).toBe('published');

    const done = await run(
      '--stack',
      STACK,
      'withdraw',
      'harbour-clinic',
      '--reason',
      'unconfirmed',
      '--yes',
    );
    expect(done.code).toBe(0);
    expect(done.stderr.split('\n')[0]).toBe(`acting on stack ${STACK} in eu-west-1 as ${CALLER}`);
    expect(done.stdout).toContain('withdrew harbour-clinic');
    const versions = await createDynamoArticleHistory(tableOpts()).versions('harbour-clinic');
    expect(versions.at(-1)).toMatchObject({ kind: 'withdrawn', by: CALLER, reason: 'unconfirmed' });
  });

  it('unschedule deletes the EventBridge schedule in the stack’s group', async () => {
    const scheduled = createDynamoScheduledArticles(tableOpts());
    await scheduled.put({
      slug: 'later-news',
      title: 'Later news',
      lang: 'en',
      publishAt: '2099-01-01T00:00:00.000Z',
      publishAtText: '2099-01-01T08:00:00+08:00',
      scheduledAt: '2025-01-20T00:00:00.000Z',
      by: 'alice',
      article: { slug: 'later-news' } as never,
      themes: [],
      diagnostics: [],
    });
    const r = await run('--stack', STACK, 'unschedule', 'later-news', '--yes');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'later-news: the publish scheduled for 2099-01-01T08:00:00+08:00 is cancelled',
    );
    expect(scheduler.commandCalls(DeleteScheduleCommand)[0]?.args[0].input).toMatchObject({
      GroupName: 'tidings-prod-publish',
    });
  });

  it('digest invokes the plan function; --again is refused without --force, and asked with it', async () => {
    lambda.on(InvokeCommand).resolves({
      StatusCode: 200,
      Payload: Buffer.from(
        JSON.stringify({
          editionId: 'daily-2025-01-21',
          created: true,
          sections: 4,
          subscribers: 10,
          planned: 9,
          variants: 2,
          jobs: 2,
        }),
      ) as never,
    });
    const r = await run('--stack', STACK, 'digest', 'daily');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`acting on stack ${STACK} in eu-west-1 as ${CALLER}`);
    expect(r.stdout).toContain(
      'daily-2025-01-21: 4 sections, 10 subscribers, 9 planned in 2 jobs (2 variants compiled)',
    );
    const call = lambda.commandCalls(InvokeCommand)[0]!.args[0].input;
    expect(call.FunctionName).toBe('tidings-prod-plan');
    expect(JSON.parse(Buffer.from(call.Payload as Uint8Array).toString())).toEqual({ cadence: 'daily' });

    const again = await run('--stack', STACK, 'digest', 'daily', '--again');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--again on stack tidings-prod mails every reader .* add --force/);
    const unasked = await run('--stack', STACK, 'digest', 'daily', '--again', '--force');
    expect(unasked.code).toBe(2);
    expect(unasked.stderr).toContain('add --yes to confirm');
    expect(lambda.commandCalls(InvokeCommand)).toHaveLength(1);
    const forced = await run('--stack', STACK, 'digest', 'daily', '--again', '--force', '--yes');
    expect(forced.code).toBe(0);
    const last = lambda.commandCalls(InvokeCommand).at(-1)!.args[0].input;
    expect(JSON.parse(Buffer.from(last.Payload as Uint8Array).toString())).toEqual({
      cadence: 'daily',
      again: true,
    });
  });

  it('publish uploads the article to the content bucket, where the publish function takes it', async () => {
    const file = join(tmpdir(), `stack-cli-${process.pid}.md`);
    await writeFile(
      file,
      '---\nslug: ferry-news\ntitle: Ferry news\nlang: en\n---\n\n# Ferry news\n\nThe ferry clinic opened.\n',
    );
    const r = await run('--stack', STACK, 'publish', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('uploaded to s3://tidings-prod-content/articles/ferry-news.md');
    const put = s3.commandCalls(PutObjectCommand)[0]!.args[0].input;
    expect(put).toMatchObject({ Bucket: 'tidings-prod-content', Key: 'articles/ferry-news.md' });
  });

  it('erase asks first; export reads the stack’s table', async () => {
    const erase = await run('--stack', STACK, 'erase', 'someone@example.org');
    expect(erase.code).toBe(2);
    expect(erase.stderr).toContain(
      `erase someone@example.org on stack ${STACK} (eu-west-1)? — no terminal to ask: add --yes`,
    );
    const erased = await run('--stack', STACK, 'erase', 'someone@example.org', '--yes');
    expect(erased.code).toBe(1);
    expect(erased.stderr).toContain('no subscriber has that address (nothing erased)');
    const exported = await run('--stack', STACK, 'export');
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain('exported 0 subscribers');
  });

  it('history, scheduled and editions read the stack; recount and resume act on its table and queue', async () => {
    const history = await run('--stack', STACK, 'history', 'harbour-clinic');
    expect(history.code).toBe(0);
    expect(history.stdout).toMatch(new RegExp(`withdrawn by ${CALLER} — “unconfirmed”`));
    const scheduled = await run('--stack', STACK, 'scheduled');
    expect(scheduled.stdout).toBe(`nothing is scheduled in stack ${STACK} (eu-west-1)\n`);
    const editions = await run('--stack', STACK, 'editions');
    expect(editions.stdout).toMatch(/^daily-2025-01-20 +\[/m);

    const recount = await run('--stack', STACK, 'recount', 'daily-2025-01-20');
    expect(recount.code).toBe(0);
    expect(recount.stderr).toContain(`acting on stack ${STACK} in eu-west-1`);
    expect(recount.stdout).toContain(`daily-2025-01-20 (table ${table.tableName})`);
    expect(recount.stdout).toContain('after:  planned 3, sent 0');

    const store = createDynamoEditionStore({ ...tableOpts(), clock: { now: () => new Date() } });
    await store.create(
      newEdition(
        'weekly-2025-01-20',
        'weekly',
        '2025-01-13T00:00:00.000Z',
        '2025-01-20T00:00:00.000Z',
        new Date().toISOString(),
      ),
    );
    await store.update('weekly-2025-01-20', { status: 'paused', pauseReason: 'daily sending quota reached' });
    await createDynamoParkedJobs(tableOpts()).park({
      editionId: 'weekly-2025-01-20',
      variantKey: 'weekly-2025-01-20/v',
      list: { kind: 'digest', cadence: 'weekly' },
      recipients: ['s1', 's2'],
    });
    sqs
      .on(SendMessageBatchCommand)
      .resolves({ Successful: [{ Id: '0', MessageId: 'm', MD5OfMessageBody: 'x' }], Failed: [] });
    const resumed = await run('--stack', STACK, 'resume', 'weekly-2025-01-20');
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain('weekly-2025-01-20: 1 parked job queued again');
    expect(sqs.commandCalls(SendMessageBatchCommand)[0]?.args[0].input.QueueUrl).toBe(
      'https://sqs.eu-west-1.amazonaws.com/111111111111/tidings-prod-send',
    );
  });

  it('export, erase and import move a subscriber out of and back into the stack’s table', async () => {
    const store = new DynamoSubscriberStore(tableOpts());
    await store.create({
      id: 's-export',
      email: 'mover@example.org',
      status: 'active',
      topics: { health: 'daily' },
      locale: 'en',
      contentLangs: ['en'],
      version: 0,
      consent: {
        requestedAt: '2025-01-20T00:00:00.000Z',
        method: 'web-form',
        confirmedAt: '2025-01-20T00:00:00.000Z',
      },
      createdAt: '2025-01-20T00:00:00.000Z',
      updatedAt: '2025-01-20T00:00:00.000Z',
    });
    const file = join(tmpdir(), `stack-cli-export-${process.pid}.jsonl`);
    const exported = await run('--stack', STACK, 'export', '--out', file);
    expect(exported.stderr).toContain(`exported 1 subscriber to ${file}`);
    const erased = await run('--stack', STACK, 'erase', 'mover@example.org', '--yes');
    expect(erased.code).toBe(0);
    expect(erased.stderr).toContain(`acting on stack ${STACK} in eu-west-1 as ${CALLER}`);
    expect(await store.getByEmail('mover@example.org')).toBeUndefined();
    const refused = await run('--stack', STACK, 'import', file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `import ${file} on stack ${STACK} (eu-west-1)? — no terminal to ask: add --yes`,
    );
    const imported = await run('--stack', STACK, 'import', file, '--yes');
    expect(imported.code).toBe(0);
    // Erased means suppressed: the import does not bring the address back.
    expect(imported.stdout).toContain('imported 0, already present 0, suppressed and skipped 1');
  });

  it('names a missing stack, or one that is not a tidings stack, in one line', async () => {
    const missing = await run('--stack', 'nope', 'status');
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(
      'tidings status: no stack nope in eu-west-1: check the name, or the region (--region or AWS_REGION)',
    );
    const other = await run('--stack', 'not-tidings', 'status');
    expect(other.stderr.trim()).toMatch(
      /stack not-tidings has no output TableName, SendQueueUrl, PlanFunctionName, ContentBucketName/,
    );
    const preview = await run('--stack', STACK, 'preview', '--persona', 'health:daily');
    expect(preview.code).toBe(2);
    expect(preview.stderr).toMatch(/^tidings preview: preview --persona renders from the local npm start/);
    const bad = await run('--stack', 'not a stack', 'status');
    expect(bad.code).toBe(2);
  });
});
