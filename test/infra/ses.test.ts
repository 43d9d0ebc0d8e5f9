// SES in the stack: the domain identity with Easy DKIM and custom MAIL FROM, its DNS records, the configuration
// set, and the send grants checked the way SES authorizes a send — against the identity it sends as, the
// configuration set, and in the sandbox each recipient's identity too — by an IAM policy simulator.
import type { CfnElement } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Env, evaluate, type IamRequest, rolePolicies } from './iam.ts';
import { synthTemplate } from './stack-fixture.ts';

const prodEnv: Env = { account: '123456789012', region: 'ap-southeast-1' };

/**
 * The IAM requests SES makes for one v1 send (SendEmail/SendRawEmail), as the SES developer guide describes:
 * the identity the From address is sent as (its own address identity when verified, else its domain's), the
 * configuration set named in the call, and — while the account is in the sandbox — each recipient's verified
 * identity, all with ses:FromAddress. An unverified recipient in the sandbox is refused outright.
 */
function sesAuthorizations(send: {
  action: 'ses:SendRawEmail' | 'ses:SendEmail';
  from: string;
  to: string[];
  configurationSet: string;
  verified: string[];
  sandbox: boolean;
  env: Env;
}): IamRequest[] | 'MessageRejected' {
  const arn = (name: string) => `arn:aws:ses:${send.env.region}:${send.env.account}:identity/${name}`;
  const identityOf = (address: string): string | undefined => {
    if (send.verified.includes(address)) return address;
    const domain = address.split('@')[1]!;
    return send.verified.find((v) => !v.includes('@') && (domain === v || domain.endsWith(`.${v}`)));
  };
  const sender = identityOf(send.from);
  if (!sender) return 'MessageRejected';
  const context = { 'ses:FromAddress': send.from };
  const requests: IamRequest[] = [
    { action: send.action, resource: arn(sender), context },
    {
      action: send.action,
      resource: `arn:aws:ses:${send.env.region}:${send.env.account}:configuration-set/${send.configurationSet}`,
      context,
    },
  ];
  if (send.sandbox) {
    for (const to of send.to) {
      const identity = identityOf(to);
      if (!identity) return 'MessageRejected';
      requests.push({ action: send.action, resource: arn(identity), context });
    }
  }
  return requests;
}

type Synth = ReturnType<typeof synthTemplate>;

function roleOf(synth: Synth, fn: keyof Synth['stack']['functions']): string {
  return synth.stack.getLogicalId(synth.stack.functions[fn].fn.role!.node.defaultChild as CfnElement);
}

function configurationSetName(synth: Synth): string {
  const [id] = Object.keys(synth.template.findResources('AWS::SES::ConfigurationSet'));
  return `tidings-${id}`; // the name iam.ts gives it
}

/** IAM's verdict on every authorization SES makes for this send, by the role of `fn`. */
async function mayDeliver(
  synth: Synth,
  fn: keyof Synth['stack']['functions'],
  send: Omit<Parameters<typeof sesAuthorizations>[0], 'configurationSet' | 'env'> & { env?: Env },
): Promise<string> {
  const env = send.env ?? prodEnv;
  const requests = sesAuthorizations({ ...send, configurationSet: configurationSetName(synth), env });
  if (requests === 'MessageRejected') return 'MessageRejected';
  const policies = rolePolicies(synth.template.toJSON() as never, roleOf(synth, fn), env);
  for (const request of requests) {
    const verdict = await evaluate(policies, request, env);
    if (verdict !== 'Allowed') return `AccessDenied on ${request.resource}`;
  }
  return 'sent';
}

let prod: Synth;
beforeAll(() => {
  prod = synthTemplate();
});

describe('domain identity', () => {
  it('is the sender domain with Easy DKIM (2048-bit), custom MAIL FROM and the configuration set', () => {
    prod.template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'example.org',
      DkimAttributes: { SigningEnabled: true },
      DkimSigningAttributes: { NextSigningKeyLength: 'RSA_2048_BIT' },
      MailFromAttributes: { MailFromDomain: 'bounce.example.org', BehaviorOnMxFailure: 'USE_DEFAULT_VALUE' },
      ConfigurationSetAttributes: { ConfigurationSetName: { Ref: Match.anyValue() } },
    });
  });

  it('with a hosted zone, creates the 3 DKIM CNAMEs and the MAIL FROM MX and SPF records in it', () => {
    const records = Object.values(prod.template.findResources('AWS::Route53::RecordSet')).map(
      (r) => (r as { Properties: Record<string, unknown> }).Properties,
    );
    const dkim = records.filter((r) => r.Type === 'CNAME');
    expect(dkim).toHaveLength(3);
    for (const [i, r] of dkim.entries()) {
      expect(r.HostedZoneId).toBe('Z0123456789EXAMPLE');
      expect(r.Name).toEqual({ 'Fn::GetAtt': [expect.any(String), `DkimDNSTokenName${i + 1}`] });
      expect(r.ResourceRecords).toEqual([
        { 'Fn::GetAtt': [expect.any(String), `DkimDNSTokenValue${i + 1}`] },
      ]);
    }
    expect(records).toContainEqual(
      expect.objectContaining({
        Type: 'MX',
        Name: 'bounce.example.org.',
        ResourceRecords: ['10 feedback-smtp.ap-southeast-1.amazonses.com'],
      }),
    );
    expect(records).toContainEqual(
      expect.objectContaining({
        Type: 'TXT',
        Name: 'bounce.example.org.',
        ResourceRecords: ['"v=spf1 include:amazonses.com ~all"'],
      }),
    );
  });

  it('without a zone creates no records and outputs the ones to create by hand', () => {
    const dev = synthTemplate({ stage: 'dev' }).template;
    dev.resourceCountIs('AWS::Route53::RecordSet', 0);
    const outputs = dev.findOutputs('*');
    const byKey = (prefix: string) => Object.entries(outputs).filter(([k]) => k.includes(prefix));
    expect(byKey('DkimRecord')).toHaveLength(3);
    expect(JSON.stringify(byKey('MailFromMxRecord'))).toContain(
      'bounce.example.org MX 10 feedback-smtp.ap-southeast-1.amazonses.com',
    );
    expect(JSON.stringify(byKey('MailFromSpfRecord'))).toContain('v=spf1 include:amazonses.com ~all');
    expect(JSON.stringify(byKey('DmarcRecord'))).toContain('_dmarc.example.org TXT');
  });
});

describe('configuration set', () => {
  it('requires TLS, tracks reputation, suppresses bounced and complaining addresses', () => {
    prod.template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
      ReputationOptions: { ReputationMetricsEnabled: true },
      SendingOptions: { SendingEnabled: true },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
  });

  it('reports bounces, complaints, rejects and delivery delays to the feedback topic', () => {
    prod.template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: Match.objectLike({
        Enabled: true,
        MatchingEventTypes: Match.arrayEquals(['bounce', 'complaint', 'reject', 'deliveryDelay']),
        SnsDestination: { TopicARN: { Ref: Match.stringLikeRegexp('EmailFeedback') } },
      }),
    });
  });
});

describe('send grants, evaluated as SES authorizes a send', () => {
  const domainOnly = ['example.org'];

  it('the sender delivers from the domain identity to anyone once out of the sandbox', async () => {
    const verdict = await mayDeliver(prod, 'send', {
      action: 'ses:SendRawEmail',
      from: 'news@example.org',
      to: ['reader@gmail.com'],
      verified: domainOnly,
      sandbox: false,
    });
    expect(verdict).toBe('sent');
  });

  it('the subscription API sends its composed confirmation; neither may use the other action', async () => {
    const base = { from: 'news@example.org', to: ['reader@gmail.com'], verified: domainOnly, sandbox: false };
    expect(await mayDeliver(prod, 'subscriptions', { ...base, action: 'ses:SendEmail' })).toBe('sent');
    expect(await mayDeliver(prod, 'subscriptions', { ...base, action: 'ses:SendRawEmail' })).toMatch(
      /AccessDenied/,
    );
    expect(await mayDeliver(prod, 'send', { ...base, action: 'ses:SendEmail' })).toMatch(/AccessDenied/);
    for (const fn of ['publish', 'plan', 'feedback', 'articles'] as const)
      expect(await mayDeliver(prod, fn, { ...base, action: 'ses:SendRawEmail' }), fn).toMatch(/AccessDenied/);
  });

  it('no other From address passes, even on the verified domain', async () => {
    const verdict = await mayDeliver(prod, 'send', {
      action: 'ses:SendRawEmail',
      from: 'ceo@example.org',
      to: ['reader@gmail.com'],
      verified: domainOnly,
      sandbox: false,
    });
    expect(verdict).toMatch(/AccessDenied/);
  });

  it('an address verified as its own identity is covered only when the stage says so', async () => {
    const send = {
      action: 'ses:SendRawEmail' as const,
      from: 'news@example.org',
      to: ['reader@gmail.com'],
      verified: ['example.org', 'news@example.org'],
      sandbox: false,
    };
    expect(await mayDeliver(prod, 'send', send)).toBe(
      'AccessDenied on arn:aws:ses:ap-southeast-1:123456789012:identity/news@example.org',
    );
    const both = synthTemplate({ context: { 'sender.addressIdentity': 'true' } });
    expect(await mayDeliver(both, 'send', send)).toBe('sent');
  });

  describe('in the SES sandbox', () => {
    const sandboxEnv: Env = { account: '111111111111', region: 'ap-southeast-1' };
    const send = {
      action: 'ses:SendRawEmail' as const,
      from: 'news@example.org',
      verified: ['example.org', 'editor@example.org'],
      sandbox: true,
      env: sandboxEnv,
    };

    it('the dev stage (sandbox: true) reaches its verified test recipients', async () => {
      const dev = synthTemplate({ stage: 'dev' });
      expect(await mayDeliver(dev, 'send', { ...send, to: ['editor@example.org'] })).toBe('sent');
      expect(
        await mayDeliver(dev, 'subscriptions', {
          ...send,
          action: 'ses:SendEmail',
          to: ['editor@example.org'],
        }),
      ).toBe('sent');
    });

    it('a stage that forgets it is in the sandbox gets AccessDenied on the recipient (the issue-15 failure)', async () => {
      const forgot = synthTemplate({ stage: 'dev', context: { sandbox: 'false' } });
      expect(await mayDeliver(forgot, 'send', { ...send, to: ['editor@example.org'] })).toBe(
        'AccessDenied on arn:aws:ses:ap-southeast-1:111111111111:identity/editor@example.org',
      );
    });

    it('unverified recipients are refused by SES itself, whatever IAM allows', async () => {
      const dev = synthTemplate({ stage: 'dev' });
      expect(await mayDeliver(dev, 'send', { ...send, to: ['stranger@gmail.com'] })).toBe('MessageRejected');
    });
  });
});
