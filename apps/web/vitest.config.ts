import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';
import { sharedAlias, webRoot } from './vite.config.ts';

export default defineProject({
  root: webRoot,
  plugins: [react()],
  resolve: { alias: sharedAlias },
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.tsx'],
    setupFiles: ['./src/test/setup.ts'],
  },
});
