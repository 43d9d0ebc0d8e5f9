// cdk.json runs this: `npx cdk synth -c senderEmail=news@example.org`. Fails clearly when a required value is missing.
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readStackConfig, StackConfigError } from './config.ts';
import { TidingsStack } from './stack.ts';

// TIDINGS_SYNTH_TEMPLATES_ONLY=1 synthesizes the templates without building the function bundles: fully offline
// (a full synth fetches the linux-arm64 build of the native word segmenter for the publish bundle once).
const app = new App(
  process.env.TIDINGS_SYNTH_TEMPLATES_ONLY
    ? { postCliContext: { 'aws:cdk:bundling-stacks': [] } }
    : undefined,
);
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
try {
  const config = readStackConfig(app.node);
  new TidingsStack(app, `tidings-${config.stage}`, {
    config,
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
    description: 'tidings: newsletter and alert pipeline (articles in, theme digests and alerts out via SES)',
  });
} catch (err) {
  if (err instanceof StackConfigError) {
    console.error(`tidings: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
app.synth();
