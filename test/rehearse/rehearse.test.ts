// The deploy rehearsal (test/rehearse/rehearse.ts, `npm run rehearse`) on the bundles of a full synth: each Lambda
// bundle as synthesized, driven through a reader's journey with AWS's event shapes, and every AWS call it made
// checked against its role in the template. Run by .ci/run after its `cdk synth` (vitest.arm64.config.ts):
//   TIDINGS_CDK_OUT=cdk.out npx vitest run --config vitest.arm64.config.ts test/rehearse
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIam } from './iam-check.ts';
import { rehearse } from './rehearse.ts';

const cdkOut = resolve(process.env.TIDINGS_CDK_OUT ?? 'cdk.out');
const FUNCTIONS = ['articles', 'feedback', 'plan', 'publish', 'send', 'subscriptions'];

describe('deploy rehearsal', () => {
  it('runs every bundle as synthesized through the journey, and IAM allows every AWS call each made', async () => {
    const result = await rehearse({ cdkOut, log: (line) => console.log(`rehearse: ${line}`) });
    expect(result.functions.map((f) => f.name).sort()).toEqual(FUNCTIONS);
    expect(result.steps).toHaveLength(15);
    // At least two confirmations, an alert and a digest (the steps found each in the outbox) went through SES.
    expect(result.emails).toBeGreaterThanOrEqual(4);

    const perFunction: Record<string, number> = {};
    for (const c of result.calls) perFunction[c.function ?? '?'] = (perFunction[c.function ?? '?'] ?? 0) + 1;
    expect(Object.keys(perFunction).sort()).toEqual(FUNCTIONS);
    // The calls only the deployed wiring makes (the local runtime reads files and queues in process instead).
    const actions = new Set(result.calls.map((c) => `${c.function} ${c.action}`));
    for (const call of [
      'publish s3:GetObject',
      'subscriptions sqs:SendMessage', // the subscribe request, delivered back to it by its event source mapping
      'publish sqs:SendMessage',
      'plan sqs:SendMessage',
      'subscriptions secretsmanager:GetSecretValue',
      'send secretsmanager:GetSecretValue',
      'subscriptions ses:GetSendQuota',
      'send ses:SendRawEmail',
      'subscriptions ses:SendEmail',
      'articles dynamodb:BatchGetItem', // the archive's topic pages and feeds read every article record
    ])
      expect([...actions], call).toContain(call);

    const iam = await checkIam(result);
    expect(iam.keyless, 'DynamoDB calls whose partition keys the simulator would not see').toEqual([]);
    expect(iam.denied, 'calls IAM would refuse in the account').toEqual([]);
    expect(
      iam.unexplained,
      'granted actions no call used, not listed in GRANTS_NO_RUN_USES (test/infra/recorded-calls.ts)',
    ).toEqual([]);
    expect(
      iam.stale,
      'listed as unused in GRANTS_NO_RUN_USES (test/infra/recorded-calls.ts), but used or no longer granted',
    ).toEqual([]);
    console.log(
      `rehearse: ${result.calls.length} AWS calls ${JSON.stringify(perFunction)}, ${iam.verdicts.length} distinct IAM requests, 0 denied, ${iam.unused.length} unused grants (each listed with why), ${(result.durationMs / 1000).toFixed(0)} s`,
    );
  }, 300_000);
});
