import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const __dirname = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const alias = [
  { find: '@plenary/shared', replacement: path.resolve(__dirname, 'libs/shared/src/index.ts') },
  { find: '@plenary/seeds', replacement: path.resolve(__dirname, 'seeds/src/index.ts') },
  // One copy of graphql-js: Vite would otherwise pick its ESM build for our code while Nest loads
  // the CommonJS one, and types from one are unknown to the other.
  { find: /^graphql$/, replacement: require.resolve('graphql') },
];

/** SWC compiles the API's decorators with their metadata, which Nest's injection relies on. */
const server = {
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: { alias },
};

export default defineConfig({
  ...server,
  test: {
    // One embedded PostgreSQL for the run; each test file clones its own database from a migrated template.
    globalSetup: ['tests/helpers/global-setup.ts'],
    projects: [
      {
        ...server,
        test: { name: 'shared', include: ['libs/*/src/**/*.spec.ts'], environment: 'node' },
      },
      {
        ...server,
        test: {
          name: 'api',
          include: ['apps/api/src/**/*.spec.ts', 'tests/api/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      'apps/web/vitest.config.ts',
      {
        ...server,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
          // What a page waits for (a live update, a save) can take seconds on a busy machine; a poll
          // that never sees it still fails.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
