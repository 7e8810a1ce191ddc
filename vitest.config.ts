import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  test: {
    projects: [
      // the crash tests live together in test/crash/: the short loop runs with the unit tests, the full one alone
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/crash/importCrash.test.ts'], environment: 'node' } },
      // `npm run test:crash` only: the full SIGKILL loop
      { extends: true, test: { name: 'crash', include: ['test/crash/**/*.full.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'contract', include: ['test/contract/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['test/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/component/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
