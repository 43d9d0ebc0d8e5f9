// The stage configuration: the committed tidings.config.ts is valid, production demands what real readers need,
// every problem names its field, `-c` overrides one setting, and the runtime settings reach the functions.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import type { CfnElement } from 'aws-cdk-lib';
import recommended from 'aws-cdk-lib/recommended-feature-flags.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { resolveStage, StackConfigError, type StageSettings, settingPaths } from '../../infra/config.ts';
import { REPO_ROOT } from '../../infra/constructs/function.ts';
import {
  buildApp,
  CDK_JSON_CONTEXT,
  COMMITTED_CONFIG,
  configWith,
  SYNTH_ROOT,
  synthTemplate,
} from './stack-fixture.ts';

const minimal: StageSettings = { sender: { email: 'news@example.org' } };
const resolve = (settings: StageSettings, context: Record<string, unknown> = {}) =>
  resolveStage(configWith('x', settings), 'x', context);
const problemsOf = (settings: StageSettings, context: Record<string, unknown> = {}): string => {
  try {
    resolve(settings, context);
  } catch (err) {
    if (err instanceof StackConfigError) return err.message;
    throw err;
  }
  return '';
};

type Fn = { Properties: { Environment?: { Variables: Record<string, unknown> } } };
function envOf(
  template: ReturnType<typeof synthTemplate>['template'],
  stack: ReturnType<typeof synthTemplate>['stack'],
  name: keyof ReturnType<typeof synthTemplate>['stack']['functions'],
) {
  const id = stack.getLogicalId(stack.functions[name].fn.node.defaultChild as CfnElement);
  return (template.toJSON().Resources[id] as Fn).Properties.Environment?.Variables ?? {};
}

describe('tidings.config.ts', () => {
  it('its stages dev and prod are valid as committed', () => {
    expect(Object.keys(COMMITTED_CONFIG.stages).sort()).toEqual(['dev', 'prod']);
    const dev = resolveStage(COMMITTED_CONFIG, 'dev');
    const prod = resolveStage(COMMITTED_CONFIG, 'prod');
    expect(dev.mailsRealPeople).toBe(false);
    expect(dev.sandbox).toBe(true);
    expect(prod.mailsRealPeople).toBe(true);
    expect(prod.sandbox).toBe(false);
  });

  it('prod deploys to its own account and region with termination protection', () => {
    const { app, stack } = buildApp({ stage: 'prod' });
    expect(stack.stackName).toBe('tidings-prod');
    expect([stack.account, stack.region]).toEqual(['123456789012', 'ap-southeast-1']);
    const artifact = app.synth().getStackByName('tidings-prod');
    expect(artifact.terminationProtection).toBe(true);
    expect(artifact.environment).toMatchObject({ account: '123456789012', region: 'ap-southeast-1' });
  });

  it('dev takes the account from the CLI profile and has no termination protection', () => {
    const { app, stack } = buildApp({ stage: 'dev' });
    expect(stack.account).toBe('111111111111'); // the fixture's stand-in for CDK_DEFAULT_ACCOUNT
    expect(app.synth().getStackByName('tidings-dev').terminationProtection).toBe(false);
  });
});

describe('validation names the field', () => {
  it('a stage that mails real people needs account, region, origin, postal address, alarms, protection', () => {
    const message = problemsOf({ ...minimal, mailsRealPeople: true });
    for (const field of [
      'account',
      'region',
      'siteUrl',
      'postalAddress',
      'alarmEmail',
      'terminationProtection',
    ])
      expect(message).toContain(`stages.x.${field}: required for a stage that mails real people`);
  });

  it('a test stage needs none of them', () => {
    expect(problemsOf(minimal)).toBe('');
  });

  it.each<[string, StageSettings, string]>([
    [
      'sender.email',
      { sender: { email: 'not-an-address' } },
      'stages.x.sender.email: must be an email address',
    ],
    [
      'sender.domain',
      { sender: { email: 'a@example.org', domain: 'other.org' } },
      'stages.x.sender.domain: must be the domain of sender.email',
    ],
    ['timezone', { ...minimal, timezone: 'Mars/Base' }, 'stages.x.timezone: must be an IANA time zone'],
    ['sendRate', { ...minimal, sendRate: -1 }, 'stages.x.sendRate:'],
    ['dailyDigestAt', { ...minimal, dailyDigestAt: '7am' }, 'stages.x.dailyDigestAt'],
    ['weeklyDigestAt', { ...minimal, weeklyDigestAt: 'monday 08:00' }, 'stages.x.weeklyDigestAt'],
    ['zhHantVariant', { ...minimal, zhHantVariant: 'cn' as 'tw' }, 'stages.x.zhHantVariant'],
    [
      'siteUrl http',
      { ...minimal, siteUrl: 'http://news.example.org' },
      'stages.x.siteUrl: must be an https origin',
    ],
    [
      'siteUrl execute-api',
      { ...minimal, siteUrl: 'https://abc123.execute-api.ap-southeast-1.amazonaws.com' },
      'stages.x.siteUrl: must not be an execute-api host',
    ],
    [
      'certificate outside us-east-1',
      {
        ...minimal,
        customDomain: {
          name: 'news.example.org',
          certificateArn: 'arn:aws:acm:ap-southeast-1:123456789012:certificate/abc',
        },
      },
      'stages.x.customDomain.certificateArn: must be an ACM certificate ARN in us-east-1',
    ],
    [
      'custom domain without certificate or zone',
      { ...minimal, customDomain: { name: 'news.example.org' } },
      'stages.x.customDomain.certificateArn: required unless hostedZone is set',
    ],
    [
      'custom domain outside the zone',
      {
        ...minimal,
        customDomain: { name: 'news.example.net' },
        hostedZone: { id: 'Z123', name: 'example.org' },
      },
      'stages.x.customDomain.name: must be in hostedZone.name',
    ],
    ['sandbox without recipients', { ...minimal, sandbox: true }, 'stages.x.testRecipients:'],
    [
      'postalAddress two lines',
      { ...minimal, postalAddress: 'a street\nsomewhere' },
      'stages.x.postalAddress: must be one line',
    ],
    ['unknown field', { ...minimal, sendrate: 3 } as StageSettings, 'stages.x: Unrecognized key: "sendrate"'],
    [
      'secret ARN without suffix',
      {
        ...minimal,
        existing: { tokenKeysSecretArn: 'arn:aws:secretsmanager:ap-southeast-1:123456789012:secret:tidings' },
      },
      'stages.x.existing.tokenKeysSecretArn: must be the full secret ARN',
    ],
  ])('%s', (_name, settings, expected) => {
    expect(problemsOf(settings)).toContain(expected);
  });

  it('an unknown stage lists the stages there are', () => {
    expect(() => resolveStage(COMMITTED_CONFIG, 'staging')).toThrow(
      'stage "staging" is not in tidings.config.ts (stages: dev, prod)',
    );
  });
});

describe('-c overrides', () => {
  it('override one setting, typed like the file', () => {
    const c = resolve(minimal, {
      sendRate: '14',
      'sender.name': 'Daily Brief',
      sandbox: 'true',
      testRecipients: '["qa@example.org"]',
      weeklyDigestAt: 'false',
      'api.throttleRate': '7',
    });
    expect(c.sendRate).toBe(14);
    expect(c.sender.name).toBe('Daily Brief');
    expect(c.sandbox).toBe(true);
    expect(c.testRecipients).toEqual(['qa@example.org']);
    expect(c.weeklyDigestAt).toBe(false);
    expect(c.api.throttleRate).toBe(7);
  });

  it('an override is validated like the file', () => {
    expect(problemsOf(minimal, { timezone: 'Nowhere' })).toContain('stages.x.timezone');
  });

  it('a misspelt -c is refused with the list of settings, CDK context keys pass', () => {
    expect(problemsOf(minimal, { senderEmail: 'a@b.org' })).toContain('unknown setting -c senderEmail');
    expect(problemsOf(minimal, { '@aws-cdk/core:newStyleStackSynthesis': true, 'aws:cdk:x': 1 })).toBe('');
    expect(settingPaths()).toEqual(
      expect.arrayContaining(['sender.email', 'customDomain.name', 'existing.tableName']),
    );
  });
});

describe('runtime settings on the functions (PLAN decision 3)', () => {
  it('every setting the stage names reaches the functions that render mail or pages', () => {
    const { template, stack } = synthTemplate({ context: { inboundDomain: 'in.example.org' } });
    for (const name of ['subscriptions', 'articles', 'publish', 'plan', 'send'] as const) {
      expect(envOf(template, stack, name), name).toMatchObject({
        SITE_URL: 'https://news.example.org',
        POSTAL_ADDRESS: 'tidings, 1 Example Road, Singapore 000000',
        REPLY_TO: 'editors@example.org',
        INBOUND_DOMAIN: 'in.example.org',
        DAILY_DIGEST_AT: '07:00',
        WEEKLY_DIGEST_AT: 'mon 08:00',
        TIMEZONE: 'Asia/Shanghai',
        ZH_HANT_VARIANT: 'tw',
      });
    }
  });

  it('every function writes metrics to Tidings/<stage>', () => {
    for (const stage of ['dev', 'prod']) {
      const { template, stack } = synthTemplate({ stage });
      for (const name of Object.keys(stack.functions) as Array<keyof typeof stack.functions>)
        expect(envOf(template, stack, name).POWERTOOLS_METRICS_NAMESPACE, name).toBe(`Tidings/${stage}`);
    }
  });

  it('unset optional settings stay unset', () => {
    const { template, stack } = synthTemplate({ stage: 'dev' });
    const env = envOf(template, stack, 'plan');
    expect(env).not.toHaveProperty('REPLY_TO');
    expect(env).not.toHaveProperty('INBOUND_DOMAIN');
  });
});

describe('CDK app hygiene', () => {
  it('cdk.json sets every recommended feature flag to its recommended value', () => {
    for (const [flag, value] of Object.entries(recommended))
      expect(CDK_JSON_CONTEXT[flag], flag).toEqual(value);
  });

  it('a test synth leaves no cloud assembly in the temp dir', async () => {
    // A separate process, as vitest runs each file: its assemblies must be gone when it exits.
    const probe = `const m = await import('./test/infra/stack-fixture.ts');
      const { app } = m.buildApp({ stage: 'dev' }); app.synth();
      console.log(JSON.stringify({ root: m.SYNTH_ROOT, outdir: app.outdir }));`;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', probe],
      { cwd: REPO_ROOT, timeout: 60_000 },
    );
    const { root, outdir } = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
      root: string;
      outdir: string;
    };
    expect(outdir.startsWith(root)).toBe(true);
    expect(existsSync(root)).toBe(false);
    expect(SYNTH_ROOT).not.toBe(root);
  });
});
