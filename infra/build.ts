// Builds the stacks of one stage into an app: what app.ts runs and what every infra test builds, so the tests
// check the app as deployed (cdk-nag registered before any synth, the same stage resolution and stack ids).
import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { resolveStage, StackConfigError, type StageConfig, type TidingsConfig } from './config.ts';
import { EdgeStack } from './constructs/edge.ts';
import { TidingsStack } from './stack.ts';

export interface BuildOptions {
  /** Account and region of the CLI's credentials, used when the stage does not name them. */
  defaultAccount?: string | undefined;
  defaultRegion?: string | undefined;
}

export interface BuiltTidings {
  config: StageConfig;
  stack: TidingsStack;
  /** The us-east-1 stack (web ACL, made certificate) when the main stack is in another region. */
  edge?: EdgeStack;
}

/** CloudFront takes web ACLs and certificates from us-east-1 only. */
export const CLOUDFRONT_REGION = 'us-east-1';

export function stackName(stage: string): string {
  return `tidings-${stage}`;
}

export function buildTidings(app: App, config: TidingsConfig, options: BuildOptions = {}): BuiltTidings {
  const context = app.node.getAllContext() as Record<string, unknown>;
  const stage = typeof context.stage === 'string' && context.stage !== '' ? context.stage : 'dev';
  const resolved = resolveStage(config, stage, context);
  // Before any synth: a cached template would skip the checks (a false green).
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  const account = resolved.account ?? options.defaultAccount;
  const region = resolved.region ?? options.defaultRegion;
  if (!region)
    throw new StackConfigError(
      `stages.${stage}.region: required (or a default region in your AWS profile): CloudFront's web ACL is wired to it from us-east-1`,
    );
  const metricPrefix = `tidings-${stage}`;
  const madeCertificate =
    resolved.customDomain && !resolved.customDomain.certificateArn && resolved.hostedZone
      ? { domainName: resolved.customDomain.name, hostedZone: resolved.hostedZone }
      : undefined;
  const edge =
    region === CLOUDFRONT_REGION
      ? undefined
      : new EdgeStack(app, `${stackName(stage)}-edge`, {
          env: { account, region: CLOUDFRONT_REGION },
          subscribeLimitPerIp: resolved.subscribeLimitPerIp,
          metricPrefix,
          ...(madeCertificate ? { certificateFor: madeCertificate } : {}),
          terminationProtection: resolved.terminationProtection,
          description: `tidings (${stage}): CloudFront web ACL${madeCertificate ? ' and certificate' : ''} (us-east-1)`,
        });
  const stack = new TidingsStack(app, stackName(stage), {
    config: resolved,
    env: { account, region },
    crossRegionReferences: edge !== undefined,
    edge: edge
      ? {
          webAclArn: edge.firewall.webAcl.attrArn,
          ...(edge.certificate ? { certificate: edge.certificate } : {}),
        }
      : undefined,
    terminationProtection: resolved.terminationProtection,
    description: `tidings (${stage}): newsletter and alert pipeline (articles in, theme digests and alerts out via SES)`,
  });
  if (edge) stack.addStackDependency(edge);
  return { config: resolved, stack, ...(edge ? { edge } : {}) };
}
