import { defineConfig } from 'vitest/config';

// What needs the bundles of a full `cdk synth`: the arm64 check of the publish bundle (test/arm64). Run by .ci/run
// after its synth, not by `npm test`. The deploy rehearsal (test/rehearse) is out of CI until it delivers the
// subscribe-request queue to the subscription function (subscribe became accept-and-enqueue after it was written).
export default defineConfig({
  test: {
    include: ['test/arm64/**/*.test.ts'],
    testTimeout: 300_000,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', POWERTOOLS_TRACE_ENABLED: 'false' },
  },
});
