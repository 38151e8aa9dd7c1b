import { defineConfig } from 'vitest/config';

// Three projects: pure units; the data layer on embedded PGlite; and the same data tests on
// PostgreSQL when TEST_DATABASE_URL is set.
const root = new URL('.', import.meta.url).pathname.replace(/\/$/, '');
const serverStubs = {
  // The `@/` paths of tsconfig.json
  '@': root,
  'server-only': new URL('./tests/support/empty.ts', import.meta.url).pathname,
  'next/cache': new URL('./tests/support/next-cache.ts', import.meta.url).pathname,
};

const dataProject = (name: string, setup: string) => ({
  // The data layer reads the staff session cookie through next/headers: tests set it (actAs).
  resolve: { alias: { ...serverStubs, 'next/headers': new URL('./tests/support/next-headers.ts', import.meta.url).pathname } },
  test: {
    name,
    include: ['tests/data/**/*.test.ts'],
    globalSetup: [setup],
    setupFiles: ['tests/support/data-env.ts'],
    // One database per run, owned by one process at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      { resolve: { alias: serverStubs }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      dataProject('data-pglite', 'tests/support/setup-pglite.ts'),
      ...(process.env.TEST_DATABASE_URL ? [dataProject('data-postgres', 'tests/support/setup-postgres.ts')] : []),
    ],
  },
});
