import { describe, expect, it } from 'vitest';
import { synthTemplate } from './stack-fixture.ts';

describe('tracing', () => {
  it('every function traces actively and may write only X-Ray segments and telemetry with the wildcard', () => {
    const { template } = synthTemplate();
    const functions = Object.values(template.findResources('AWS::Lambda::Function')) as {
      Properties: {
        TracingConfig?: { Mode?: string };
        Environment?: { Variables?: Record<string, unknown> };
      };
    }[];
    // The tidings functions (CDK's own helper functions carry no Powertools settings).
    const ours = functions.filter((f) => f.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME);
    expect(ours.length).toBeGreaterThanOrEqual(6);
    for (const f of ours) expect(f.Properties.TracingConfig?.Mode).toBe('Active');

    const wildcard = Object.values(template.findResources('AWS::IAM::Policy')).flatMap((p) =>
      (
        p as {
          Properties: { PolicyDocument: { Statement: { Action: string | string[]; Resource: unknown }[] } };
        }
      ).Properties.PolicyDocument.Statement.filter((s) => s.Resource === '*').flatMap((s) =>
        [s.Action].flat(),
      ),
    );
    // Besides X-Ray, only the subscription API's ses:GetSendQuota (SES defines no resource for it either).
    expect(new Set(wildcard)).toEqual(
      new Set(['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'ses:GetSendQuota']),
    );
  });
});
