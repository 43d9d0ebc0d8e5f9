// Builds the app as app.ts does (same stage resolution, cdk.json's feature flags, cdk-nag registered before any
// synth) but without bundling or the builtin CloudFormation validation, which would only slow every test down.
// One synth per distinct configuration per test file: templates are cached, and every cloud assembly goes to one
// temporary folder that is removed when the test process exits (no cdk.out… folders left in the temp dir).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildTidings } from '../../infra/build.ts';
import type { StageSettings, TidingsConfig } from '../../infra/config.ts';
import { REPO_ROOT } from '../../infra/constructs/function.ts';
import config from '../../tidings.config.ts';

const outRoot = mkdtempSync(join(tmpdir(), 'tidings-synth-'));
process.on('exit', () => rmSync(outRoot, { recursive: true, force: true }));
let apps = 0;

/** Where this process's cloud assemblies go (removed on exit). */
export const SYNTH_ROOT = outRoot;

/** cdk.json's context: the feature flags change templates, so tests use the deployed ones. */
export const CDK_JSON_CONTEXT = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8'))
  .context as Record<string, unknown>;

export const COMMITTED_CONFIG: TidingsConfig = config;

export interface BuildInput {
  /** Stage to build (default prod: the committed example with every production feature on). */
  stage?: string;
  /** `-c` overrides, as the CLI passes them. */
  context?: Record<string, unknown>;
  /** A config other than the committed tidings.config.ts. */
  config?: TidingsConfig;
}

export function buildApp(input: BuildInput = {}) {
  const app = new App({
    outdir: join(outRoot, `app${apps++}`),
    context: {
      ...CDK_JSON_CONTEXT,
      'aws:cdk:bundling-stacks': [],
      stage: input.stage ?? 'prod',
      ...input.context,
    },
    builtinCloudFormationValidation: false,
  });
  const built = buildTidings(app, input.config ?? config, {
    defaultAccount: '111111111111',
    defaultRegion: 'eu-west-1',
  });
  return { app, ...built };
}

const cache = new Map<string, ReturnType<typeof synthOnce>>();

function synthOnce(input: BuildInput) {
  const built = buildApp(input);
  return { ...built, template: Template.fromStack(built.stack) };
}

/** The synthesized stage, built once per distinct input in this test file. */
export function synthTemplate(input: BuildInput = {}) {
  const key = JSON.stringify(input);
  let hit = cache.get(key);
  if (!hit) {
    hit = synthOnce(input);
    cache.set(key, hit);
  }
  return hit;
}

/** A one-stage config for tests that vary settings beyond what `-c` expresses. */
export function configWith(stage: string, settings: StageSettings): TidingsConfig {
  return { stages: { [stage]: settings } };
}
