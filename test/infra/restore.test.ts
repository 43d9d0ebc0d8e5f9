// Restore and teardown, as the runbooks in docs/deploy.md do them: what the stack keeps when deleted, and a stage
// that attaches the kept (or restored) table, bucket and key secret instead of creating new ones — its functions'
// environment and IAM evaluated against those resources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CfnElement } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { settingPaths } from '../../infra/config.ts';
import { REPO_ROOT } from '../../infra/constructs/function.ts';
import { type Env, evaluate, rolePolicies } from './iam.ts';
import { synthTemplate } from './stack-fixture.ts';

const env: Env = { account: '123456789012', region: 'ap-southeast-1' };
const kept = {
  'existing.tableName': 'tidings-prod-restored',
  'existing.contentBucketName': 'tidings-prod-content-kept',
  'existing.tokenKeysSecretArn':
    'arn:aws:secretsmanager:ap-southeast-1:123456789012:secret:tidings-keys-AbCdEf',
};
type Synth = ReturnType<typeof synthTemplate>;
// biome-ignore lint/suspicious/noExplicitAny: CloudFormation JSON read by path in assertions
type Json = Record<string, any>;

let fresh: Synth;
let attached: Synth;
beforeAll(() => {
  fresh = synthTemplate();
  attached = synthTemplate({ context: kept });
});

function envOf(s: Synth, fn: keyof Synth['stack']['functions']): Json {
  const id = s.stack.getLogicalId(s.stack.functions[fn].fn.node.defaultChild as CfnElement);
  return (s.template.toJSON().Resources[id] as Json).Properties.Environment.Variables;
}

describe('teardown keeps the data', () => {
  it('table, content bucket and key secret are retained, and their names are stack outputs', () => {
    for (const type of ['AWS::DynamoDB::Table', 'AWS::SecretsManager::Secret'])
      for (const r of Object.values(fresh.template.findResources(type)) as Json[])
        expect(r.DeletionPolicy, type).toBe('Retain');
    const buckets = fresh.template.findResources('AWS::S3::Bucket');
    expect(Object.values(buckets).every((b) => (b as Json).DeletionPolicy === 'Retain')).toBe(true);
    for (const output of ['TableName', 'ContentBucketName', 'TokenKeysSecretArn'])
      fresh.template.hasOutput(output, {});
  });
});

describe('a stage that attaches existing resources', () => {
  it('creates no table, content bucket or secret of its own', () => {
    attached.template.resourceCountIs('AWS::DynamoDB::Table', 0);
    attached.template.resourceCountIs('AWS::SecretsManager::Secret', 0);
    // Only the access-log bucket remains a resource of the stack.
    expect(Object.keys(attached.template.findResources('AWS::S3::Bucket'))).toEqual([
      expect.stringMatching(/AccessLogs/),
    ]);
  });

  it('points every function at them', () => {
    for (const fn of Object.keys(attached.stack.functions) as Array<keyof Synth['stack']['functions']>)
      expect(envOf(attached, fn).TABLE_NAME, fn).toBe('tidings-prod-restored');
    for (const fn of ['subscriptions', 'publish', 'send'] as const)
      expect(envOf(attached, fn).TOKEN_KEYS_SECRET_ARN, fn).toBe(kept['existing.tokenKeysSecretArn']);
    expect(envOf(attached, 'publish').CONTENT_BUCKET).toBe('tidings-prod-content-kept');
    attached.template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: 'tidings-prod-content-kept',
    });
  });

  it('grants the same access on them, evaluated with an IAM policy simulator', async () => {
    const policiesOf = (fn: keyof Synth['stack']['functions']) =>
      rolePolicies(
        attached.template.toJSON() as never,
        attached.stack.getLogicalId(attached.stack.functions[fn].fn.role!.node.defaultChild as CfnElement),
        env,
      );
    const table = `arn:aws:dynamodb:${env.region}:${env.account}:table/tidings-prod-restored`;
    const may = (fn: keyof Synth['stack']['functions'], action: string, resource: string) =>
      evaluate(policiesOf(fn), { action, resource }, env);
    expect(await may('send', 'dynamodb:PutItem', table)).toBe('Allowed');
    expect(await may('plan', 'dynamodb:Query', `${table}/index/audience-daily`)).toBe('Allowed');
    expect(await may('publish', 's3:GetObject', 'arn:aws:s3:::tidings-prod-content-kept/articles/x.md')).toBe(
      'Allowed',
    );
    expect(
      await may('subscriptions', 'secretsmanager:GetSecretValue', kept['existing.tokenKeysSecretArn']),
    ).toBe('Allowed');
    expect(await may('send', 'dynamodb:Scan', table)).toBe('ImplicitlyDenied');
  });
});

describe('the runbooks in docs/deploy.md', () => {
  const doc = readFileSync(join(REPO_ROOT, 'docs', 'deploy.md'), 'utf8');

  it('name settings and outputs that exist', () => {
    expect(doc).toContain('#### Runbook: redeploy after a teardown');
    expect(doc).toContain('#### Runbook: point-in-time restore of the table');
    // `existing.x` in the text and the keys of the `existing: { … }` example block.
    const block = /existing: \{([^}]*)\}/.exec(doc)![1]!;
    const settings = [
      ...[...doc.matchAll(/`(existing\.\w+)/g)].map((m) => m[1]!),
      ...[...block.matchAll(/^\s*(\w+):/gm)].map((m) => `existing.${m[1]}`),
    ];
    expect(new Set(settings).size).toBe(3);
    for (const s of settings) expect(settingPaths()).toContain(s);
    for (const output of ['TableName', 'ContentBucketName', 'TokenKeysSecretArn']) {
      expect(doc).toContain(`\`${output}\``);
      fresh.template.hasOutput(output, {});
    }
  });

  it('re-enable what a restored table lacks: TTL on the attribute the stack uses, PITR, deletion protection', () => {
    const ttl = (Object.values(fresh.template.findResources('AWS::DynamoDB::Table'))[0] as Json).Properties
      .TimeToLiveSpecification.AttributeName;
    expect(doc).toContain(`AttributeName=${ttl}`);
    expect(doc).toContain('PointInTimeRecoveryEnabled=true');
    expect(doc).toContain('--deletion-protection-enabled');
  });
});
