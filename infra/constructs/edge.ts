// The public edge: CloudFront in front of the HTTP API (pages and archive cached per their own Cache-Control,
// token links, the API and form POSTs passed through uncached), an AWS WAF web ACL with AWS's common rule set and a
// per-IP rate limit on subscription POSTs (the RFC 8058 one-click POST exempt from both: mailbox providers send
// many from few addresses), and the custom domain's certificate and DNS record.
import { CfnOutput, Duration, Fn, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { Certificate, CertificateValidation, type ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Distribution,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { AaaaRecord, ARecord, HostedZone, type IHostedZone, RecordTarget } from 'aws-cdk-lib/aws-route53';
import { CloudFrontTarget } from 'aws-cdk-lib/aws-route53-targets';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

/** RFC 8058 one-click unsubscribe: the POST mailbox providers send. Never rate limited or filtered at the edge. */
export const ONE_CLICK_PATH = '/unsubscribe';

/**
 * Paths whose responses depend on a token or are state-changing API calls: never cached, every viewer header
 * (but Host) passed to the API. Everything else (subscribe page, articles, archive, feeds) is cached per the
 * Cache-Control the function sends.
 */
export const UNCACHED_PATHS = ['/api/*', '/confirm*', '/preferences*', '/unsubscribe*'] as const;

/** Headers the functions read: language negotiation, body parsing, cross-site checks, the viewer's address. */
export const FORWARDED_HEADERS = [
  'Accept',
  'Accept-Language',
  'Content-Type',
  'Origin',
  'Referer',
  'Sec-Fetch-Site',
  'User-Agent',
  // The client's address (ip:port): behind CloudFront the API's sourceIp is CloudFront's own.
  'CloudFront-Viewer-Address',
] as const;

/** The subscription POST rate rule's window (WAF allows 60, 120, 300 or 600 seconds). */
export const RATE_WINDOW_SECONDS = 300;

export interface WebFirewallProps {
  /** Subscription POSTs allowed per client IP per RATE_WINDOW_SECONDS. */
  subscribeLimitPerIp: number;
  /** Metric name prefix, one per stage. */
  metricPrefix: string;
}

/** A CloudFront-scoped web ACL: it must be created in us-east-1. */
export class WebFirewall extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: WebFirewallProps) {
    super(scope, id);
    const visibility = (name: string) => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName: `${props.metricPrefix}-${name}`,
    });
    const oneClick: CfnWebACL.StatementProperty = {
      andStatement: {
        statements: [
          { byteMatchStatement: method('POST') },
          {
            byteMatchStatement: {
              fieldToMatch: { uriPath: {} },
              positionalConstraint: 'EXACTLY',
              searchString: ONE_CLICK_PATH,
              textTransformations: [{ priority: 0, type: 'NONE' }],
            },
          },
        ],
      },
    };
    const notOneClick: CfnWebACL.StatementProperty = { notStatement: { statement: oneClick } };
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('all'),
      rules: [
        {
          name: 'aws-common',
          priority: 0,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: 'AWSManagedRulesCommonRuleSet',
              scopeDownStatement: notOneClick,
            },
          },
          visibilityConfig: visibility('aws-common'),
        },
        {
          name: 'subscribe-per-ip',
          priority: 1,
          action: { block: { customResponse: { responseCode: 429 } } },
          statement: {
            rateBasedStatement: {
              limit: props.subscribeLimitPerIp,
              evaluationWindowSec: RATE_WINDOW_SECONDS,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                andStatement: { statements: [{ byteMatchStatement: method('POST') }, notOneClick] },
              },
            },
          },
          visibilityConfig: visibility('subscribe-per-ip'),
        },
      ],
    });
  }
}

function method(name: string): CfnWebACL.ByteMatchStatementProperty {
  return {
    fieldToMatch: { method: {} },
    positionalConstraint: 'EXACTLY',
    searchString: name,
    textTransformations: [{ priority: 0, type: 'NONE' }],
  };
}

export interface EdgeStackProps extends StackProps {
  subscribeLimitPerIp: number;
  metricPrefix: string;
  /** A certificate for this domain is made here (us-east-1) and validated by DNS in the zone. */
  certificateFor?: { domainName: string; hostedZone: { id: string; name: string } };
}

/**
 * What CloudFront needs from us-east-1 when the main stack is elsewhere: the web ACL and a made certificate.
 * The main stack reads their ARNs through cross-region references (SSM parameters CDK writes and reads).
 */
export class EdgeStack extends Stack {
  readonly firewall: WebFirewall;
  readonly certificate?: ICertificate;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, { ...props, crossRegionReferences: true });
    this.firewall = new WebFirewall(this, 'Firewall', props);
    if (props.certificateFor) {
      const zone = HostedZone.fromHostedZoneAttributes(this, 'Zone', {
        hostedZoneId: props.certificateFor.hostedZone.id,
        zoneName: props.certificateFor.hostedZone.name,
      });
      this.certificate = new Certificate(this, 'Certificate', {
        domainName: props.certificateFor.domainName,
        validation: CertificateValidation.fromDns(zone),
      });
    }
  }
}

export interface SiteProps {
  /** The HTTP API's endpoint, https://<id>.execute-api.<region>.amazonaws.com */
  apiEndpoint: string;
  webAclArn: string;
  customDomain?: { name: string; certificate: ICertificate };
  hostedZone?: IHostedZone;
}

export class Site extends Construct {
  readonly distribution: Distribution;
  /** The public origin: https://<custom domain> or https://<id>.cloudfront.net */
  readonly url: string;

  constructor(scope: Construct, id: string, props: SiteProps) {
    super(scope, id);
    const origin = new HttpOrigin(Fn.select(2, Fn.split('/', props.apiEndpoint)), {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
    });
    // Pages: cached only as long as the function's Cache-Control says (no header: not cached), keyed by path,
    // query (?lang=) and Accept-Language (the page language is negotiated from it).
    const pages = new CachePolicy(this, 'Pages', {
      comment: 'tidings pages: origin Cache-Control, per query and Accept-Language',
      defaultTtl: Duration.seconds(0),
      minTtl: Duration.seconds(0),
      maxTtl: Duration.days(1),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      headerBehavior: CacheHeaderBehavior.allowList('Accept-Language'),
      cookieBehavior: CacheCookieBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const forward = new OriginRequestPolicy(this, 'ToApi', {
      comment: 'tidings: what the functions read (never Host: API Gateway routes by it)',
      queryStringBehavior: OriginRequestQueryStringBehavior.all(),
      headerBehavior: OriginRequestHeaderBehavior.allowList(...FORWARDED_HEADERS),
      cookieBehavior: OriginRequestCookieBehavior.none(),
    });
    const security = new ResponseHeadersPolicy(this, 'Security', {
      comment: 'tidings: HSTS on every response',
      securityHeadersBehavior: {
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: false,
          override: false,
        },
      },
    });
    const passThrough = {
      origin,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: forward,
      responseHeadersPolicy: security,
    };
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'tidings site',
      defaultBehavior: {
        ...passThrough,
        cachePolicy: pages,
        compress: true,
      },
      additionalBehaviors: Object.fromEntries(UNCACHED_PATHS.map((p) => [p, passThrough])),
      webAclId: props.webAclArn,
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_ALL,
      ...(props.customDomain
        ? {
            domainNames: [props.customDomain.name],
            certificate: props.customDomain.certificate,
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });
    this.url = props.customDomain
      ? `https://${props.customDomain.name}`
      : `https://${this.distribution.distributionDomainName}`;

    if (props.customDomain && props.hostedZone) {
      const target = RecordTarget.fromAlias(new CloudFrontTarget(this.distribution));
      new ARecord(this, 'A', { zone: props.hostedZone, recordName: props.customDomain.name, target });
      new AaaaRecord(this, 'Aaaa', { zone: props.hostedZone, recordName: props.customDomain.name, target });
    } else if (props.customDomain) {
      new CfnOutput(this, 'DomainRecord', {
        description: `Create this record for ${props.customDomain.name} at your DNS host`,
        value: `${props.customDomain.name} CNAME ${this.distribution.distributionDomainName}`,
      });
    }

    const acknowledge = (ruleId: string, reason: string) =>
      Validations.of(this.distribution).acknowledge({ id: ruleId, reason });
    acknowledge(
      'AwsSolutions-CFR1',
      'A newsletter for readers anywhere: no country is blocked; abuse is limited per IP by the web ACL instead.',
    );
    acknowledge(
      'AwsSolutions-CFR3',
      'CloudFront standard logs record every full client IP; the privacy note keeps only the /24. The API access log (no client IP) and the web ACL sampled requests and metrics serve operations.',
    );
    acknowledge(
      'AwsSolutions-CFR5',
      'The origin is API Gateway over HTTPS only with TLS 1.2 (originSslProtocols); cdk-nag flags any custom origin.',
    );
    if (!props.customDomain)
      acknowledge(
        'AwsSolutions-CFR4',
        'Without a custom domain the distribution uses the default *.cloudfront.net certificate, whose minimum TLS version CloudFront fixes; a custom domain gets TLSv1.2_2021.',
      );
  }
}
