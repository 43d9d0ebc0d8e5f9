// Builds the stack as app.ts does (cdk-nag registered before any synth) but without bundling or the
// builtin CloudFormation validation, which would only slow every test down.
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readStackConfig } from '../../infra/config.ts';
import { TidingsStack } from '../../infra/stack.ts';

export function buildApp(context: Record<string, unknown> = { senderEmail: 'news@example.org' }) {
  const app = new App({
    context: { 'aws:cdk:bundling-stacks': [], ...context },
    builtinCloudFormationValidation: false,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const config = readStackConfig(app.node, {});
  const stack = new TidingsStack(app, 'Test', {
    config,
    env: { account: '123456789012', region: 'ap-east-1' },
  });
  return { app, stack, config };
}

export function synthTemplate(context?: Record<string, unknown>) {
  const built = buildApp(context);
  return { ...built, template: Template.fromStack(built.stack) };
}
