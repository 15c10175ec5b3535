import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// During `npm run dev` the API runs separately; VIZPOST_API names it.
const api = process.env.VIZPOST_API ?? 'http://127.0.0.1:8080';

/**
 * Matches the scripts of the named packages. Stylesheets are left out: App.tsx
 * loads them all up front, and a stylesheet in a group would drag the group's
 * scripts into the first load with it.
 */
function packages(...names: string[]) {
  const sep = String.raw`[\\/]`;
  const pattern = new RegExp(`${sep}node_modules${sep}(${names.map((n) => n.replace('/', sep)).join('|')})${sep}`);
  return (id: string) => pattern.test(id) && !id.endsWith('.css');
}

const mantine = packages('@mantine/core', '@mantine/hooks', '@mantine/form', '@mantine/notifications', '@mantine/store');

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the console: in chunks of their
        // own they stay cached across releases. A group also takes the packages
        // its members import, so each names only the packages it is about.
        codeSplitting: {
          groups: [
            { name: 'react', test: packages('react', 'react-dom', 'scheduler', 'react-router'), priority: 4 },
            { name: 'graphql', test: packages('urql', '@urql/core', 'graphql', 'graphql-ws'), priority: 3 },
            // Mantine is most of the weight: the first load takes only what the
            // frame around the pages uses; the rest comes with the first page to need it.
            { name: 'mantine', test: mantine, tags: ['$initial'], priority: 2 },
            { name: 'mantine-pages', test: mantine, priority: 2 },
            // Only the schedule pages pick dates.
            { name: 'mantine-dates', test: packages('@mantine/dates', 'dayjs'), priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/api': api,
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
