// Evaluates a synthesized role's policies the way IAM would, offline: the template's intrinsic functions are
// resolved to the names and ARNs the resources would have in the account, and each request goes through
// @cloud-copilot/iam-simulate (actions, resource ARNs, wildcards and condition operators as AWS defines them).
import { runSimulation } from '@cloud-copilot/iam-simulate';

export interface Env {
  account: string;
  region: string;
  partition?: string;
}

type Json = unknown;
type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

/** Physical names the way CloudFormation makes them up: stable per logical id, lower case where AWS needs it. */
export function physicalName(
  logicalId: string,
  type: string,
  properties: Record<string, unknown> = {},
): string {
  const given =
    properties.TableName ??
    properties.BucketName ??
    properties.QueueName ??
    properties.Name ??
    properties.FunctionName;
  if (typeof given === 'string') return given;
  const name = `tidings-${logicalId}`.slice(0, 60);
  return type === 'AWS::S3::Bucket' ? name.toLowerCase() : name;
}

/** `Ref` and `Fn::GetAtt [id, Arn]` of the resource types our policies name. */
function refAndArn(logicalId: string, resources: Resources, env: Env): { ref: string; arn: string } {
  const r = resources[logicalId];
  if (!r) throw new Error(`no resource ${logicalId} in the template`);
  const p = env.partition ?? 'aws';
  const { account, region } = env;
  const name = physicalName(logicalId, r.Type, r.Properties);
  switch (r.Type) {
    case 'AWS::DynamoDB::Table':
    case 'AWS::DynamoDB::GlobalTable':
      return { ref: name, arn: `arn:${p}:dynamodb:${region}:${account}:table/${name}` };
    case 'AWS::S3::Bucket':
      return { ref: name, arn: `arn:${p}:s3:::${name}` };
    case 'AWS::SQS::Queue':
      return {
        ref: `https://sqs.${region}.amazonaws.com/${account}/${name}`,
        arn: `arn:${p}:sqs:${region}:${account}:${name}`,
      };
    case 'AWS::SecretsManager::Secret': {
      const arn = `arn:${p}:secretsmanager:${region}:${account}:secret:${name}-AbCdEf`;
      return { ref: arn, arn };
    }
    case 'AWS::SNS::Topic': {
      const arn = `arn:${p}:sns:${region}:${account}:${name}`;
      return { ref: arn, arn };
    }
    case 'AWS::Lambda::Function':
      return { ref: name, arn: `arn:${p}:lambda:${region}:${account}:function:${name}` };
    case 'AWS::SES::ConfigurationSet':
      return { ref: name, arn: `arn:${p}:ses:${region}:${account}:configuration-set/${name}` };
    case 'AWS::SES::EmailIdentity':
      return { ref: name, arn: `arn:${p}:ses:${region}:${account}:identity/${name}` };
    case 'AWS::Logs::LogGroup':
      return { ref: name, arn: `arn:${p}:logs:${region}:${account}:log-group:${name}:*` };
    case 'AWS::IAM::Role':
      return { ref: name, arn: `arn:${p}:iam::${account}:role/${name}` };
    default:
      throw new Error(`no naming rule for ${r.Type} (${logicalId})`);
  }
}

/** What `AWS::StackId` resolves to in these tests: the stack `tidings-prod` in env's account and region. */
export function stackIdOf(env: Env): string {
  return `arn:${env.partition ?? 'aws'}:cloudformation:${env.region}:${env.account}:stack/tidings-prod/6b2a1e40-0c1f-11f0-9a4e-0a1b2c3d4e5f`;
}

/** Resolves Ref, Fn::GetAtt, Fn::Join, Fn::Select and Fn::Split against the template's resources. */
export function resolve(value: Json, resources: Resources, env: Env): Json {
  if (Array.isArray(value)) return value.map((v) => resolve(v, resources, env));
  if (typeof value !== 'object' || value === null) return value;
  const o = value as Record<string, Json>;
  if ('Ref' in o) {
    const ref = o.Ref as string;
    if (ref === 'AWS::Partition') return env.partition ?? 'aws';
    if (ref === 'AWS::Region') return env.region;
    if (ref === 'AWS::AccountId') return env.account;
    if (ref === 'AWS::URLSuffix') return 'amazonaws.com';
    if (ref === 'AWS::StackId') return stackIdOf(env);
    return refAndArn(ref, resources, env).ref;
  }
  if ('Fn::GetAtt' in o) {
    const [id, attr] = o['Fn::GetAtt'] as [string, string];
    if (attr === 'Arn') return refAndArn(id, resources, env).arn;
    if (attr === 'QueueUrl') return refAndArn(id, resources, env).ref;
    if (attr === 'QueueName') return physicalName(id, resources[id]!.Type, resources[id]!.Properties);
    if (attr === 'DomainName' && resources[id]?.Type === 'AWS::CloudFront::Distribution')
      return `${id.toLowerCase().slice(0, 14)}.cloudfront.net`;
    throw new Error(`GetAtt ${id}.${attr} not modelled`);
  }
  if ('Fn::Join' in o) {
    const [sep, parts] = o['Fn::Join'] as [string, Json[]];
    return (resolve(parts, resources, env) as string[]).join(sep);
  }
  if ('Fn::Select' in o) {
    const [i, list] = o['Fn::Select'] as [number, Json];
    return (resolve(list, resources, env) as Json[])[Number(i)];
  }
  if ('Fn::Split' in o) {
    const [sep, s] = o['Fn::Split'] as [string, Json];
    return (resolve(s, resources, env) as string).split(sep);
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, resolve(v, resources, env)]));
}

export interface PolicyDocument {
  Version: string;
  Statement: Array<Record<string, unknown>>;
}

/** Every identity policy attached to a role in the template (AWS::IAM::Policy and inline), resolved. */
export function rolePolicies(
  template: { Resources: Resources },
  roleLogicalId: string,
  env: Env,
): PolicyDocument[] {
  const resources = template.Resources;
  const docs: PolicyDocument[] = [];
  for (const r of Object.values(resources)) {
    if (r.Type !== 'AWS::IAM::Policy') continue;
    const roles = (r.Properties?.Roles ?? []) as Array<{ Ref?: string }>;
    if (roles.some((x) => x.Ref === roleLogicalId))
      docs.push(resolve(r.Properties!.PolicyDocument, resources, env) as PolicyDocument);
  }
  const role = resources[roleLogicalId];
  for (const inline of (role?.Properties?.Policies ?? []) as Array<{ PolicyDocument: Json }>)
    docs.push(resolve(inline.PolicyDocument, resources, env) as PolicyDocument);
  return docs;
}

export interface IamRequest {
  action: string;
  resource: string;
  context?: Record<string, string | string[]>;
}

/** IAM's answer for one request by a role holding these policies (same account, no SCPs). */
export async function evaluate(
  policies: PolicyDocument[],
  request: IamRequest,
  env: Env,
): Promise<'Allowed' | 'ImplicitlyDenied' | 'ExplicitlyDenied'> {
  const result = await runSimulation(
    {
      identityPolicies: policies.map((policy, i) => ({ name: `p${i}`, policy })),
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      request: {
        action: request.action,
        principal: `arn:aws:sts::${env.account}:assumed-role/tidings-fn/tidings-fn`,
        resource: { accountId: env.account, resource: request.resource },
        contextVariables: request.context ?? {},
      },
    } as Parameters<typeof runSimulation>[0],
    {},
  );
  if (result.resultType === 'error')
    throw new Error(`IAM simulation refused the request: ${JSON.stringify(result.errors)}`);
  return result.overallResult as 'Allowed' | 'ImplicitlyDenied' | 'ExplicitlyDenied';
}
