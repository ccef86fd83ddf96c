import { defineConfig } from 'vitest/config';

/** Real-browser specs: one worker, since every spec drives a whole browser on a 2-core machine. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    passWithNoTests: true,
  },
});
