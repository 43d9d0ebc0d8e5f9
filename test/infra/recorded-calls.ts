// Recorded AWS calls (functions/shared/sdk-calls.ts) judged the way IAM would judge them in the account: each call
// becomes the request(s) IAM evaluates (action, resource ARN with the deployed names, condition keys) and is run
// through the simulator against the calling function's synthesized policies; conversely, every action a policy
// statement grants is matched against the calls that used it.
import type { CfnElement } from 'aws-cdk-lib';
import type { SdkCall } from '../../functions/shared/sdk-calls.ts';
import { type Env, evaluate, type PolicyDocument, resolve, rolePolicies } from './iam.ts';
import type { synthTemplate } from './stack-fixture.ts';

type Synth = ReturnType<typeof synthTemplate>;
export type FunctionName = keyof Synth['stack']['functions'];
type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

export interface Deployed {
  env: Env;
  /** Each function's resolved policies and environment variables, as the template gives them. */
  functions: Record<FunctionName, { policies: PolicyDocument[]; environment: Record<string, string> }>;
  /** Addresses SES has as identities of their own (else it authorizes a send against the address's domain). */
  addressIdentities: Set<string>;
}

export function deployedFunctions(synth: Synth): Deployed {
  const template = synth.template.toJSON() as { Resources: Resources };
  const env: Env = { account: synth.stack.account, region: synth.stack.region };
  const functions = {} as Deployed['functions'];
  for (const name of Object.keys(synth.stack.functions) as FunctionName[]) {
    const fn = synth.stack.functions[name].fn;
    const id = synth.stack.getLogicalId(fn.node.defaultChild as CfnElement);
    const role = synth.stack.getLogicalId(fn.role!.node.defaultChild as CfnElement);
    functions[name] = deployedFunction(template, template.Resources[id], role, env);
  }
  return { env, functions, addressIdentities: addressIdentities(template) };
}

/** The same from a synthesized template (cdk.out), functions named as the rehearsal names them. */
export function deployedFromTemplate(
  template: { Resources: Resources },
  env: Env,
  functionIds: Record<string, string>,
): Deployed {
  const functions = {} as Deployed['functions'];
  for (const [name, id] of Object.entries(functionIds)) {
    const fn = template.Resources[id]!;
    const role = ((fn.Properties?.Role as { 'Fn::GetAtt'?: string[] })?.['Fn::GetAtt'] ?? [])[0]!;
    functions[name as FunctionName] = deployedFunction(template, fn, role, env);
  }
  return { env, functions, addressIdentities: addressIdentities(template) };
}

/** A function's policies (its role's) and environment variables, resolved. */
function deployedFunction(
  template: { Resources: Resources },
  fn: Resources[string] | undefined,
  role: string,
  env: Env,
): Deployed['functions'][FunctionName] {
  const variables = (fn?.Properties?.Environment as { Variables?: unknown })?.Variables;
  return {
    policies: rolePolicies(template, role, env),
    environment: resolve(variables ?? {}, template.Resources, env) as Record<string, string>,
  };
}

function addressIdentities(template: { Resources: Resources }): Set<string> {
  const identities = new Set<string>();
  for (const r of Object.values(template.Resources))
    if (r.Type === 'AWS::SES::EmailIdentity') {
      const identity = r.Properties?.EmailIdentity;
      if (typeof identity === 'string' && identity.includes('@')) identities.add(identity);
    }
  return identities;
}

export interface IamRequestOf {
  action: string;
  resource: string;
  context: Record<string, string | string[]>;
}

/**
 * The requests IAM evaluates for one call made by `fn`, named as in the account: a name the local run used is
 * replaced by the deployed one when both come from the same environment variable (`local` is the environment
 * the local run gave the function).
 */
export function iamRequests(
  call: SdkCall,
  fn: FunctionName,
  deployed: Deployed,
  local: Record<string, string | undefined>,
): IamRequestOf[] {
  const { account, region } = deployed.env;
  const environment = deployed.functions[fn].environment;
  const named = (value: string | undefined, variable: string): string => {
    if (value === undefined) return '';
    return local[variable] !== undefined && value === local[variable] && environment[variable]
      ? environment[variable]!
      : value;
  };
  const t = call.target;
  switch (call.service) {
    case 'dynamodb': {
      const context: Record<string, string[]> = t.leadingKeys?.length
        ? { 'dynamodb:LeadingKeys': t.leadingKeys }
        : {};
      return (t.tables ?? []).map((table) => ({
        action: call.action,
        resource: `arn:aws:dynamodb:${region}:${account}:table/${named(table, 'TABLE_NAME')}${t.index ? `/index/${t.index}` : ''}`,
        context,
      }));
    }
    case 'ses': {
      if (!t.fromAddress) return [{ action: call.action, resource: '*', context: {} }]; // GetSendQuota & co.
      const context = { 'ses:FromAddress': t.fromAddress };
      const domain = t.fromAddress.split('@')[1]!;
      const identity = deployed.addressIdentities.has(t.fromAddress) ? t.fromAddress : domain;
      const requests = [
        {
          action: call.action,
          resource: `arn:aws:ses:${region}:${account}:identity/${identity}`,
          context,
        },
      ];
      if (t.configurationSet)
        requests.push({
          action: call.action,
          resource: `arn:aws:ses:${region}:${account}:configuration-set/${named(t.configurationSet, 'CONFIGURATION_SET')}`,
          context,
        });
      return requests;
    }
    case 's3':
      return [
        {
          action: call.action,
          resource: `arn:aws:s3:::${named(t.bucket, 'CONTENT_BUCKET')}${t.key ? `/${t.key}` : ''}`,
          context: {},
        },
      ];
    case 'sqs': {
      const url = named(t.queueUrl, 'SEND_QUEUE_URL');
      const name = url.split('/').pop();
      return [{ action: call.action, resource: `arn:aws:sqs:${region}:${account}:${name}`, context: {} }];
    }
    case 'secretsmanager':
      return [{ action: call.action, resource: named(t.secretId, 'TOKEN_KEYS_SECRET_ARN'), context: {} }];
    case 'scheduler': {
      const group = named(t.scheduleGroup, 'PUBLISH_SCHEDULE_GROUP');
      const requests = [
        {
          action: call.action,
          resource: `arn:aws:scheduler:${region}:${account}:schedule/${group}/${t.scheduleName ?? '*'}`,
          context: {},
        },
      ];
      if (t.roleArn) requests.push({ action: 'iam:PassRole', resource: t.roleArn, context: {} });
      return requests;
    }
    default:
      throw new Error(`no IAM request model for ${call.action}: add one to test/infra/recorded-calls.ts`);
  }
}

export interface Verdict {
  fn: FunctionName;
  call: SdkCall;
  request: IamRequestOf;
  result: Awaited<ReturnType<typeof evaluate>>;
}

/** Every distinct request each function's recorded calls make, with IAM's answer to it. */
export async function judge(
  calls: readonly SdkCall[],
  deployed: Deployed,
  local: Record<string, string | undefined>,
): Promise<Verdict[]> {
  const verdicts: Verdict[] = [];
  const seen = new Set<string>();
  for (const call of calls) {
    const fn = call.function as FunctionName;
    for (const request of iamRequests(call, fn, deployed, local)) {
      const key = JSON.stringify([fn, request]);
      if (seen.has(key)) continue;
      seen.add(key);
      const result = await evaluate(deployed.functions[fn].policies, request, deployed.env);
      verdicts.push({ fn, call, request, result });
    }
  }
  return verdicts;
}

/** A granted resource by the name it has in the stack: `tidings-DataTableFDBAD0F2/index/*` → `DataTable/index/*`. */
function label(resource: unknown): string {
  const r = String(resource);
  if (r === '*') return r;
  return r
    .replace(/^.*?tidings-/, '')
    .replace(/-AbCdEf$/, '')
    .replace(/[0-9A-Fa-f]{8}(?=$|\/)/, '');
}

/** `fn action resources` (resources by their stack names) for each statement action no allowed request used. */
export async function unusedGrants(verdicts: Verdict[], deployed: Deployed): Promise<string[]> {
  const unused: string[] = [];
  for (const [fn, { policies }] of Object.entries(deployed.functions) as [
    FunctionName,
    Deployed['functions'][FunctionName],
  ][]) {
    const requests = verdicts.filter((v) => v.fn === fn && v.result === 'Allowed').map((v) => v.request);
    for (const policy of policies)
      for (const statement of policy.Statement) {
        if (statement.Effect !== 'Allow') continue;
        const actions = [statement.Action].flat() as string[];
        for (const action of actions) {
          // The statement alone, narrowed to this action: does any request this function made pass it?
          const narrowed: PolicyDocument = {
            Version: '2012-10-17',
            Statement: [{ ...statement, Action: action }],
          };
          let used = false;
          for (const request of requests)
            if ((await evaluate([narrowed], request, deployed.env)) === 'Allowed') {
              used = true;
              break;
            }
          if (!used) unused.push(`${fn} ${action} ${[statement.Resource].flat().map(label).join(',')}`);
        }
      }
  }
  return unused;
}

const FUNCTIONS = ['subscriptions', 'articles', 'publish', 'plan', 'send', 'feedback'] as const;

/** Lambda's event source mapping: what it calls with the function's role, which no bundle records. */
const pollerGrants = (fn: string, queue: string, what: string): Record<string, string> => ({
  [`${fn} sqs:ReceiveMessage ${queue}`]: `Lambda's event source mapping polls ${what} with the function's role (the runs deliver the batches themselves)`,
  [`${fn} sqs:DeleteMessage ${queue}`]: `Lambda's event source mapping deletes the handled messages of ${what} with the function's role`,
  [`${fn} sqs:GetQueueAttributes ${queue}`]: `Lambda reads ${what}'s attributes when it creates the event source mapping`,
  [`${fn} sqs:ChangeMessageVisibility ${queue}`]:
    "added by CDK's SqsEventSource (grantConsumeMessages); not among what Lambda's poller needs (AWSLambdaSQSQueueExecutionRole: ReceiveMessage, DeleteMessage, GetQueueAttributes)",
  [`${fn} sqs:GetQueueUrl ${queue}`]:
    "added by CDK's SqsEventSource (grantConsumeMessages); the functions get the URL from the environment and Lambda's poller works by ARN",
});

/** Lambda's on-failure destination: it sends a failed asynchronous event with the function's role. */
const destinationGrants = (fn: string, queue: string): Record<string, string> =>
  Object.fromEntries(
    ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'].map((action) => [
      `${fn} ${action} ${queue}`,
      `Lambda sends a failed asynchronous event to ${queue} (the on-failure destination) with the function's role; no event fails in either run`,
    ]),
  );

/**
 * Granted actions that no recorded run (the in-process journey, `npm run rehearse`) can show used, each with why it
 * stays: what the Lambda service itself does with a function's role (tracing, event source mappings, on-failure
 * destinations), and paths neither run drives. Each run adds the ones only it leaves out; its list must match
 * exactly, so a grant that starts being used, or a new one nobody uses, fails until the list is brought up to date.
 */
export const GRANTS_NO_RUN_USES: Record<string, string> = {
  ...Object.fromEntries(
    FUNCTIONS.flatMap((fn) =>
      ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'].map((action) => [
        `${fn} ${action} *`,
        'active tracing: the Lambda runtime sends the segments, not the bundle (tracing is off in both runs)',
      ]),
    ),
  ),
  ...pollerGrants('subscriptions', 'SubscribeRequests', 'the subscribe-request queue'),
  ...pollerGrants('send', 'DeliverySend', 'the send queue'),
  ...destinationGrants('publish', 'PublishFailures'),
  ...destinationGrants('plan', 'PlanFailures'),
  ...destinationGrants('feedback', 'FeedbackFailures'),
  'subscriptions dynamodb:DeleteItem DataTable':
    'gives back an address claim when creating the subscriber fails (a lost race), not on the happy path',
  'publish scheduler:CreateSchedule prod-publish/*':
    'only for an article with a future publishAt; both runs publish the seed now',
  'publish scheduler:UpdateSchedule prod-publish/*': 'rescheduling an article',
  'publish scheduler:DeleteSchedule prod-publish/*': 'unscheduling an article',
  'publish iam:PassRole PublishSchedulerInvokePublish':
    'a new schedule passes the role that lets the Scheduler invoke publish',
  'publish dynamodb:Query DataTable':
    "queries on the table itself (a corrected article's old sections, the held articles); a new article's publish queries only the indexes",
  'plan dynamodb:DeleteItem DataTable':
    "replaces an edition's pointer when its window (until) changes, which the journey never does",
  'send dynamodb:Query DataTable': 'reads parked jobs and the ledger when resuming a paused edition',
};
