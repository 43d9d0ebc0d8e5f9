import { defineConfig } from 'vitest/config';

// The arm64 check of the synthesized publish bundle (test/arm64): run by .ci/run after `cdk synth`, not by `npm test`.
export default defineConfig({
  test: {
    include: ['test/arm64/**/*.test.ts'],
    testTimeout: 300_000,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', POWERTOOLS_TRACE_ENABLED: 'false' },
  },
});
