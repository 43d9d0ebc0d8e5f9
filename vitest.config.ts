import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Need a full synth (and qemu with an arm64 Node): .ci/run runs them with vitest.arm64.config.ts after it.
    exclude: ['test/arm64/**', 'test/rehearse/**', '**/node_modules/**'],
    // Integration and browser suites start real local endpoints; give them room on a 2-core CI box.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Versions are pinned by the lock file; the SDK's Node 22 notice would only bury the test output. X-Ray
    // tracing is for Lambda (test/unit/shared/tracing.test.ts turns it on where it is under test).
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', POWERTOOLS_TRACE_ENABLED: 'false' },
  },
});
