// Builds the stacks of one stage into an app: what app.ts runs and what every infra test builds, so the tests
// check the app as deployed (cdk-nag registered before any synth, the same stage resolution and stack ids).
import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { resolveStage, type StageConfig, type TidingsConfig } from './config.ts';
import { TidingsStack } from './stack.ts';

export interface BuildOptions {
  /** Account and region of the CLI's credentials, used when the stage does not name them. */
  defaultAccount?: string | undefined;
  defaultRegion?: string | undefined;
}

export interface BuiltTidings {
  config: StageConfig;
  stack: TidingsStack;
}

export function stackName(stage: string): string {
  return `tidings-${stage}`;
}

export function buildTidings(app: App, config: TidingsConfig, options: BuildOptions = {}): BuiltTidings {
  const context = app.node.getAllContext() as Record<string, unknown>;
  const stage = typeof context.stage === 'string' && context.stage !== '' ? context.stage : 'dev';
  const resolved = resolveStage(config, stage, context);
  // Before any synth: a cached template would skip the checks (a false green).
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const stack = new TidingsStack(app, stackName(stage), {
    config: resolved,
    env: {
      account: resolved.account ?? options.defaultAccount,
      region: resolved.region ?? options.defaultRegion,
    },
    terminationProtection: resolved.terminationProtection,
    description: `tidings (${stage}): newsletter and alert pipeline (articles in, theme digests and alerts out via SES)`,
  });
  return { config: resolved, stack };
}
