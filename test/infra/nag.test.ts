import { Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';
import { buildApp } from './stack-fixture.ts';

describe('cdk-nag AwsSolutions', () => {
  it.each(['prod', 'dev'])('finds nothing unacknowledged in any stack of stage %s', (stage) => {
    // The whole app: the us-east-1 edge stack too.
    const { app } = buildApp({ stage });
    expect(() => app.synth()).not.toThrow();
  });

  it('is really running: an unencrypted, unlogged bucket fails synth', () => {
    const { stack } = buildApp({ stage: 'prod' });
    new Bucket(stack, 'Careless');
    expect(() => Template.fromStack(stack)).toThrow(/AwsSolutions-S1|AwsSolutions-S10/);
  });

  it('every acknowledgement carries a reason of substance', () => {
    const { app } = buildApp({ stage: 'prod' });
    const reasons: Array<[string, string]> = [];
    for (const c of app.node.findAll()) {
      for (const m of c.node.metadata) {
        if (m.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
        for (const [id, reason] of Object.entries(m.data as Record<string, string>))
          reasons.push([id, reason]);
      }
    }
    expect(reasons.length).toBeGreaterThan(5);
    for (const [id, reason] of reasons) {
      expect(reason.length, id).toBeGreaterThan(40);
      // No blanket IAM acknowledgements: wildcard findings are acknowledged one by one.
      expect(id, id).not.toMatch(/^(Annotation::)?AwsSolutions-IAM5$/);
    }
  });
});
