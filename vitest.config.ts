import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['compiler/tests/**/*.test.ts', 'runtime/tests/**/*.test.ts', 'tests/**/*.test.ts', 'plugin/**/*.test.ts', 'e2e/**/*.test.ts', 'cache/**/*.test.ts', 'python/tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Tests spawn clang/opt/llc; two cores are all we have.
    maxWorkers: 2,
    // The CLI's build daemon is for people's edit loops; tests/daemon.test.ts turns it on for itself.
    env: { AITHON_DAEMON: '0' },
  },
});
