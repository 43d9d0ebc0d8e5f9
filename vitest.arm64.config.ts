import { defineConfig } from 'vitest/config';

// What needs the bundles of a full `cdk synth`: the arm64 check of the publish bundle (test/arm64) and the deploy
// rehearsal (test/rehearse: every bundle through the journey, the subscribe-request and send queues delivered as
// their event source mappings would, each AWS call checked against its role). Run by .ci/run after its synth, not
// by `npm test`.
export default defineConfig({
  test: {
    include: ['test/arm64/**/*.test.ts', 'test/rehearse/**/*.test.ts'],
    testTimeout: 300_000,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', POWERTOOLS_TRACE_ENABLED: 'false' },
  },
});
