// The edge: CloudFront routes each request to the cache behaviour AWS would pick (first matching path pattern,
// else the default) and the WAF web ACL is run on request streams by a small evaluator of the statements it
// synthesizes (byte matches, and/not, rate-based counting per IP over the window) — not by trusting its shape.
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLOUDFRONT_REGION } from '../../infra/build.ts';
import { FORWARDED_HEADERS, ONE_CLICK_PATH, RATE_WINDOW_SECONDS } from '../../infra/constructs/edge.ts';
import { synthTemplate } from './stack-fixture.ts';

const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';

// biome-ignore lint/suspicious/noExplicitAny: CloudFormation JSON read by path in assertions
type Json = Record<string, any>;
type Synth = ReturnType<typeof synthTemplate>;

let prod: Synth;
let edge: Template;
beforeAll(() => {
  prod = synthTemplate();
  edge = Template.fromStack(prod.edge!);
});

function distributionConfig(t: Template): Json {
  const [d] = Object.values(t.findResources('AWS::CloudFront::Distribution')) as Json[];
  return d!.Properties.DistributionConfig;
}

/** CloudFront path patterns: `*` any characters, `?` one, case-sensitive, matched against the whole path. */
function patternMatches(pattern: string, path: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re.startsWith('/') ? re : `/${re}`}$`).test(path);
}

/** The behaviour CloudFront applies: cache behaviours in order, first match wins, else the default. */
function behaviourFor(config: Json, path: string): Json {
  return (
    (config.CacheBehaviors as Json[]).find((b) => patternMatches(b.PathPattern, path)) ??
    config.DefaultCacheBehavior
  );
}

function resourceById(t: Template, ref: Json | string): Json {
  const id = typeof ref === 'string' ? ref : ref.Ref;
  return (t.toJSON().Resources as Json)[id];
}

describe('CloudFront in front of the HTTP API', () => {
  it('sends every request to the API over HTTPS (TLS 1.2), never the execute-api host in links', () => {
    const config = distributionConfig(prod.template);
    const origin = (config.Origins as Json[])[0]!;
    expect(JSON.stringify(origin.DomainName)).toContain('ApiEndpoint');
    expect(origin.CustomOriginConfig).toMatchObject({
      OriginProtocolPolicy: 'https-only',
      OriginSSLProtocols: ['TLSv1.2'],
    });
    const dev = synthTemplate({ stage: 'dev' });
    const siteUrls = Object.values(dev.template.findResources('AWS::Lambda::Function'))
      .map((f) => (f as Json).Properties.Environment?.Variables?.SITE_URL)
      .filter(Boolean);
    expect(siteUrls.length).toBeGreaterThan(0);
    for (const url of siteUrls) {
      expect(JSON.stringify(url)).toContain('DomainName');
      expect(JSON.stringify(url)).not.toContain('execute-api');
    }
  });

  it.each([
    ['GET', '/', 'cached'],
    ['GET', '/articles/ai-shanghai-2025', 'cached'],
    ['GET', '/archive/topics/health', 'cached'],
    ['GET', '/feeds/all.xml', 'cached'],
    ['GET', '/confirm', 'uncached'],
    ['GET', '/preferences', 'uncached'],
    ['GET', '/unsubscribe', 'uncached'],
    ['POST', '/unsubscribe', 'uncached'],
    ['POST', '/api/subscriptions', 'uncached'],
    ['GET', '/api/topics', 'uncached'],
  ])('%s %s is %s', (method, path, expected) => {
    const b = behaviourFor(distributionConfig(prod.template), path);
    expect(b.AllowedMethods).toContain(method);
    expect(b.ViewerProtocolPolicy).toBe('redirect-to-https');
    if (expected === 'uncached') expect(b.CachePolicyId).toBe(CACHING_DISABLED);
    else {
      const policy = resourceById(prod.template, b.CachePolicyId).Properties.CachePolicyConfig;
      // Cached only as long as the page's own Cache-Control says; keyed by query and Accept-Language.
      expect(policy).toMatchObject({ DefaultTTL: 0, MinTTL: 0, MaxTTL: 86400 });
      expect(policy.ParametersInCacheKeyAndForwardedToOrigin).toMatchObject({
        QueryStringsConfig: { QueryStringBehavior: 'all' },
        HeadersConfig: { HeaderBehavior: 'whitelist', Headers: ['Accept-Language'] },
        CookiesConfig: { CookieBehavior: 'none' },
      });
    }
  });

  it('forwards what the functions read (cross-site checks, language, viewer address) and never Host', () => {
    const config = distributionConfig(prod.template);
    for (const path of ['/', '/api/subscriptions', ONE_CLICK_PATH]) {
      const policy = resourceById(prod.template, behaviourFor(config, path).OriginRequestPolicyId).Properties
        .OriginRequestPolicyConfig;
      expect(policy.HeadersConfig.HeaderBehavior).toBe('whitelist');
      expect(policy.HeadersConfig.Headers).toEqual([...FORWARDED_HEADERS]);
      expect(policy.HeadersConfig.Headers).toEqual(
        expect.arrayContaining(['Origin', 'Sec-Fetch-Site', 'CloudFront-Viewer-Address']),
      );
      expect(policy.HeadersConfig.Headers).not.toContain('Host');
      expect(policy.QueryStringsConfig.QueryStringBehavior).toBe('all');
    }
  });

  it('adds HSTS to every response', () => {
    const config = distributionConfig(prod.template);
    const ids = new Set(
      [config.DefaultCacheBehavior, ...config.CacheBehaviors].map((b: Json) => b.ResponseHeadersPolicyId.Ref),
    );
    expect(ids.size).toBe(1);
    expect(
      resourceById(prod.template, [...ids][0]).Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig,
    ).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 31536000, Override: false },
    });
  });

  it('serves the custom domain with its certificate (TLS 1.2) and alias records in the zone', () => {
    const config = distributionConfig(prod.template);
    expect(config.Aliases).toEqual(['news.example.org']);
    expect(config.ViewerCertificate).toMatchObject({
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
    });
    for (const type of ['A', 'AAAA'])
      prod.template.hasResourceProperties('AWS::Route53::RecordSet', {
        Type: type,
        Name: 'news.example.org.',
        HostedZoneId: 'Z0123456789EXAMPLE',
        AliasTarget: Match.objectLike({ HostedZoneId: Match.anyValue() }),
      });
  });
});

describe('us-east-1 for what CloudFront needs', () => {
  it('a stack elsewhere gets a small us-east-1 stack with the web ACL and the DNS-validated certificate', () => {
    expect(prod.stack.region).toBe('ap-southeast-1');
    expect(prod.edge!.region).toBe(CLOUDFRONT_REGION);
    expect(prod.edge!.account).toBe('123456789012');
    edge.hasResourceProperties('AWS::WAFv2::WebACL', { Scope: 'CLOUDFRONT' });
    edge.hasResourceProperties('AWS::CertificateManager::Certificate', {
      DomainName: 'news.example.org',
      ValidationMethod: 'DNS',
      DomainValidationOptions: [{ DomainName: 'news.example.org', HostedZoneId: 'Z0123456789EXAMPLE' }],
    });
    prod.template.resourceCountIs('AWS::WAFv2::WebACL', 0);
    // The main stack reads both ARNs from the edge stack's outputs in us-east-1, and deploys after it.
    expect(prod.stack.dependencies).toContain(prod.edge);
    const config = distributionConfig(prod.template);
    const fromEdge = { StackName: 'tidings-prod-edge', Region: 'us-east-1', OutputName: expect.any(String) };
    expect(config.WebACLId).toEqual({ 'Fn::GetStackOutput': fromEdge });
    expect(config.ViewerCertificate.AcmCertificateArn).toEqual({ 'Fn::GetStackOutput': fromEdge });
  });

  it('a stack in us-east-1 holds them itself', () => {
    const east = synthTemplate({ context: { region: 'us-east-1' } });
    expect(east.edge).toBeUndefined();
    east.template.hasResourceProperties('AWS::WAFv2::WebACL', { Scope: 'CLOUDFRONT' });
    east.template.resourceCountIs('AWS::CertificateManager::Certificate', 1);
    expect(JSON.stringify(distributionConfig(east.template).WebACLId)).toMatch(/FirewallWebAcl.*Arn/);
  });

  it('a certificate ARN from the config is used as given, and no certificate is made', () => {
    const arn = 'arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555';
    const given = synthTemplate({ context: { 'customDomain.certificateArn': arn } });
    Template.fromStack(given.edge!).resourceCountIs('AWS::CertificateManager::Certificate', 0);
    expect(distributionConfig(given.template).ViewerCertificate.AcmCertificateArn).toBe(arn);
  });
});

// ---- the web ACL, evaluated ----

interface WafRequest {
  ip: string;
  method: string;
  path: string;
  at: number; // seconds
}

function matches(statement: Json, r: WafRequest): boolean {
  if (statement.AndStatement) return statement.AndStatement.Statements.every((s: Json) => matches(s, r));
  if (statement.OrStatement) return statement.OrStatement.Statements.some((s: Json) => matches(s, r));
  if (statement.NotStatement) return !matches(statement.NotStatement.Statement, r);
  if (statement.ByteMatchStatement) {
    const m = statement.ByteMatchStatement;
    const field = m.FieldToMatch.Method ? r.method : m.FieldToMatch.UriPath ? r.path : undefined;
    if (field === undefined) throw new Error(`field not modelled: ${JSON.stringify(m.FieldToMatch)}`);
    const s = m.SearchString as string;
    switch (m.PositionalConstraint) {
      case 'EXACTLY':
        return field === s;
      case 'STARTS_WITH':
        return field.startsWith(s);
      case 'CONTAINS':
        return field.includes(s);
      default:
        throw new Error(`constraint not modelled: ${m.PositionalConstraint}`);
    }
  }
  throw new Error(`statement not modelled: ${Object.keys(statement)}`);
}

/**
 * Runs a request stream through the rules in priority order, as WAF does: a managed group inspects only what its
 * scope-down matches (we record that it inspected); a rate-based rule counts, per IP, the requests its scope-down
 * matches within the window and applies its action to that IP's matching requests while over the limit.
 */
function runWaf(acl: Json, requests: WafRequest[]) {
  const rules = [...(acl.Rules as Json[])].sort((a, b) => a.Priority - b.Priority);
  const seen = new Map<string, number[]>();
  return requests.map((r) => {
    const inspectedBy: string[] = [];
    for (const rule of rules) {
      const st = rule.Statement;
      if (st.ManagedRuleGroupStatement) {
        const scope = st.ManagedRuleGroupStatement.ScopeDownStatement;
        if (!scope || matches(scope, r)) inspectedBy.push(rule.Name);
        continue;
      }
      if (st.RateBasedStatement) {
        const rb = st.RateBasedStatement;
        if (rb.ScopeDownStatement && !matches(rb.ScopeDownStatement, r)) continue;
        const key = `${rule.Name}|${r.ip}`;
        const times = (seen.get(key) ?? []).filter((t) => t > r.at - rb.EvaluationWindowSec);
        times.push(r.at);
        seen.set(key, times);
        if (times.length > rb.Limit)
          return { ...r, verdict: rule.Action.Block?.CustomResponse?.ResponseCode ?? 403, inspectedBy };
      }
    }
    return { ...r, verdict: 'allowed' as const, inspectedBy };
  });
}

describe('web ACL', () => {
  let acl: Json;
  beforeAll(() => {
    acl = (Object.values(edge.findResources('AWS::WAFv2::WebACL'))[0] as Json).Properties;
  });

  const burst = (n: number, r: Omit<WafRequest, 'at'>, seconds = 60) =>
    Array.from({ length: n }, (_, i) => ({ ...r, at: (i * seconds) / n }));

  it('blocks one IP with 429 past the stage limit of subscription POSTs in 5 minutes', () => {
    expect(
      acl.Rules.find((r: Json) => r.Statement.RateBasedStatement).Statement.RateBasedStatement,
    ).toMatchObject({
      Limit: 100,
      AggregateKeyType: 'IP',
      EvaluationWindowSec: RATE_WINDOW_SECONDS,
    });
    const results = runWaf(
      acl,
      burst(150, { ip: '198.51.100.7', method: 'POST', path: '/api/subscriptions' }),
    );
    expect(results.filter((r) => r.verdict === 'allowed')).toHaveLength(100);
    expect(results.at(-1)!.verdict).toBe(429);
  });

  it('leaves other IPs, page views and the next window alone', () => {
    const attack = burst(150, { ip: '198.51.100.7', method: 'POST', path: '/api/subscriptions' });
    const reader = { ip: '203.0.113.5', method: 'POST', path: '/api/subscriptions', at: 30 };
    const pages = burst(500, { ip: '198.51.100.7', method: 'GET', path: '/articles/x' });
    const later = {
      ip: '198.51.100.7',
      method: 'POST',
      path: '/api/subscriptions',
      at: 60 + RATE_WINDOW_SECONDS,
    };
    const results = runWaf(
      acl,
      [...attack, reader, ...pages, later].sort((a, b) => a.at - b.at),
    );
    expect(results.find((r) => r.ip === reader.ip)!.verdict).toBe('allowed');
    expect(results.filter((r) => r.method === 'GET').every((r) => r.verdict === 'allowed')).toBe(true);
    expect(results.at(-1)).toMatchObject({ at: later.at, verdict: 'allowed' });
  });

  it('never limits or filters the one-click POST, however many come from one mailbox provider', () => {
    const results = runWaf(acl, burst(10_000, { ip: '209.85.220.41', method: 'POST', path: ONE_CLICK_PATH }));
    expect(results.every((r) => r.verdict === 'allowed' && r.inspectedBy.length === 0)).toBe(true);
  });

  it("puts everything else through AWS's common rule set", () => {
    expect(acl.Rules).toContainEqual(
      expect.objectContaining({
        OverrideAction: { None: {} },
        Statement: {
          ManagedRuleGroupStatement: expect.objectContaining({
            VendorName: 'AWS',
            Name: 'AWSManagedRulesCommonRuleSet',
          }),
        },
      }),
    );
    const [page, form, unsubscribePage] = runWaf(acl, [
      { ip: '203.0.113.5', method: 'GET', path: '/', at: 0 },
      { ip: '203.0.113.5', method: 'POST', path: '/preferences', at: 1 },
      { ip: '203.0.113.5', method: 'GET', path: ONE_CLICK_PATH, at: 2 },
    ]);
    for (const r of [page, form, unsubscribePage]) expect(r!.inspectedBy).toEqual(['aws-common']);
  });

  it('the limit follows the stage setting', () => {
    const t = Template.fromStack(synthTemplate({ context: { subscribeLimitPerIp: '20' } }).edge!);
    t.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({ Statement: { RateBasedStatement: Match.objectLike({ Limit: 20 }) } }),
      ]),
    });
  });
});

describe('API access logs', () => {
  it('hold no client address, are kept 30 days and deleted with the stack', () => {
    const stage = Object.values(prod.template.findResources('AWS::ApiGatewayV2::Stage'))[0] as Json;
    const format = stage.Properties.AccessLogSettings.Format as string;
    expect(format).not.toMatch(/sourceIp|X-Forwarded-For|identity\./i);
    expect(format).not.toMatch(/querystring|path/i); // tokens travel in query strings
    const logGroupId = stage.Properties.AccessLogSettings.DestinationArn['Fn::GetAtt'][0];
    const group = resourceById(prod.template, logGroupId);
    expect(group.Properties.RetentionInDays).toBe(30);
    expect(group.DeletionPolicy).toBe('Delete');
  });
});
