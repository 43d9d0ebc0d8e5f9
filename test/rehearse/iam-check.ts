// The rehearsal's IAM check (issue 15 §5), shared by `npm run rehearse` and test/rehearse/rehearse.test.ts: every AWS
// call the bundles made, named as in the account, through the IAM simulator against the calling function's role in
// the template; conversely, every action a role grants matched against the calls that used it. A granted action no
// call used must be listed below with why it stays: the list must match exactly, so a grant that starts being used
// or a new one nobody uses fails until the list is brought up to date.
import {
  type Deployed,
  deployedFromTemplate,
  judge,
  unusedGrants,
  type Verdict,
} from '../infra/recorded-calls.ts';
import type { RehearsalResult } from './rehearse.ts';

const FUNCTIONS = ['subscriptions', 'articles', 'publish', 'plan', 'send', 'feedback'] as const;

/** Lambda's event source mapping: what it calls with the function's role, which no bundle records. */
const pollerGrants = (fn: string, queue: string, what: string): Record<string, string> => ({
  [`${fn} sqs:ReceiveMessage ${queue}`]: `Lambda's event source mapping polls ${what} with the function's role (the rehearsal delivers the batches itself)`,
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
      `Lambda sends a failed asynchronous event to ${queue} (the on-failure destination) with the function's role; no event fails in the journey`,
    ]),
  );

export const UNUSED_GRANTS: Record<string, string> = {
  ...Object.fromEntries(
    FUNCTIONS.flatMap((fn) =>
      ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'].map((action) => [
        `${fn} ${action} *`,
        'active tracing: the Lambda runtime sends the segments, not the bundle (off in the rehearsal)',
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
    'only for an article with a future publishAt; the journey publishes the seed now',
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

export interface IamCheck {
  deployed: Deployed;
  /** One per distinct request (function, action, resource, condition keys) the recorded calls make. */
  verdicts: Verdict[];
  /** `fn: action on resource {context}` for each request IAM would refuse. */
  denied: string[];
  /** `fn action resources` for each granted action no allowed request used. */
  unused: string[];
  /** Unused grants the list does not explain, and listed ones that are in fact used (or no longer granted). */
  unexplained: string[];
  stale: string[];
  /**
   * DynamoDB calls recorded without their partition keys. Under ForAllValues an absent dynamodb:LeadingKeys passes
   * vacuously, so the simulator would not test a function's key condition for them: there must be none.
   */
  keyless: string[];
}

export async function checkIam(result: RehearsalResult): Promise<IamCheck> {
  const deployed = deployedFromTemplate(
    result.template,
    result.env,
    Object.fromEntries(result.functions.map((f) => [f.name, f.logicalId])),
  );
  const verdicts = await judge(result.calls, deployed, {});
  const denied = verdicts
    .filter((v) => v.result !== 'Allowed')
    .map((v) => `${v.fn}: ${v.request.action} on ${v.request.resource} ${JSON.stringify(v.request.context)}`);
  const unused = await unusedGrants(verdicts, deployed);
  return {
    deployed,
    verdicts,
    denied,
    unused,
    unexplained: unused.filter((u) => !(u in UNUSED_GRANTS)),
    stale: Object.keys(UNUSED_GRANTS).filter((u) => !unused.includes(u)),
    keyless: result.calls
      .filter((c) => c.service === 'dynamodb' && !c.target.leadingKeys?.length)
      .map(
        (c) =>
          `${c.function}: ${c.action} on ${c.target.tables?.join(',')}${c.target.index ? `/index/${c.target.index}` : ''}`,
      ),
  };
}
