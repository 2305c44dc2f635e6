import { defineConfig } from 'vitest/config';

// Core tests run in Node; UI tests opt into jsdom with a `// @vitest-environment jsdom` docblock.
// Real-browser specs live in test/e2e and are run by test/e2e/run.mjs, not by vitest.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    globals: true,
    testTimeout: 30_000,
  },
});
