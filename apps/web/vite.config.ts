import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API serves GraphQL, health, invitation links and stored papers; in development Vite forwards them to it. */
const apiOrigin = process.env.PLENARY_API_ORIGIN ?? 'http://localhost:3000';

export const webRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * `@plenary/shared` is built as CommonJS for Node; the browser bundle compiles its TypeScript source
 * instead, so both apps always share the same code without a build step in between.
 */
export const sharedAlias = {
  '@plenary/shared': fileURLToPath(new URL('../../libs/shared/src/index.ts', import.meta.url)),
};

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  resolve: { alias: sharedAlias },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            {
              name: 'mantine',
              test: /node_modules[\\/](@mantine[\\/](?!charts)|@floating-ui|react-remove-scroll|react-number-format)/,
            },
            { name: 'graphql', test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|@wry|optimism|tslib)[\\/]/ },
            // Only the recommendation dashboard draws charts: its own chunk, loaded with that page.
            {
              name: 'charts',
              test: /node_modules[\\/](@mantine[\\/]charts|recharts|d3-|victory-vendor|decimal\.js-light)/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: apiOrigin, ws: true },
      '/health': { target: apiOrigin },
      '/invitations': { target: apiOrigin },
      '/files': { target: apiOrigin },
      // A meeting's downloads (agenda.pdf, calendar.ics, …) and its paper uploads; its pages stay Vite's.
      '^/meetings/[^/]+/(files$|.+\\.[a-z0-9]{2,5}$)': { target: apiOrigin },
      // A document's downloads (document.docx, comments.xlsx, redline.docx, …).
      '^/documents/[^/]+/.+\\.[a-z0-9]{2,5}$': { target: apiOrigin },
      // The registry's exports (export.xlsx?status=…, with the dashboard's filters) and evidence uploads.
      '^/recommendations/(export\\.[a-z]+(\\?|$)|[^/]+/files$)': { target: apiOrigin },
    },
  },
});
