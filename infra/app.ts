// cdk.json runs this: `npx cdk deploy -c stage=prod` builds the stage named in tidings.config.ts (default: dev),
// with `-c name=value` overriding one setting. A bad or missing setting stops synth with the field's name.
import { App } from 'aws-cdk-lib';
import config from '../tidings.config.ts';
import { buildTidings } from './build.ts';
import { StackConfigError } from './config.ts';

// TIDINGS_SYNTH_TEMPLATES_ONLY=1 synthesizes the templates without building the function bundles: fully offline
// (a full synth fetches the linux-arm64 build of the native word segmenter for the publish bundle once).
const app = new App(
  process.env.TIDINGS_SYNTH_TEMPLATES_ONLY
    ? { postCliContext: { 'aws:cdk:bundling-stacks': [] } }
    : undefined,
);
try {
  buildTidings(app, config, {
    defaultAccount: process.env.CDK_DEFAULT_ACCOUNT,
    defaultRegion: process.env.CDK_DEFAULT_REGION,
  });
} catch (err) {
  if (err instanceof StackConfigError) {
    console.error(`tidings: ${err.message.replaceAll('\n', '\ntidings: ')}`);
    process.exit(1);
  }
  throw err;
}
app.synth();
