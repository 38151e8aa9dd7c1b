import { defineConfig } from '@playwright/test';

// The site under test is started by scripts/test.mjs (once per database) and named by BASE_URL.
// E2E_SMOKE=1 (the second database's run) is a smoke pass: reading, crawlers, errors and the
// newsroom's access rules and journeys; the full suite runs on the first.
const smoke = process.env.E2E_SMOKE === '1';
// E2E_FAULTS=1 runs only the fault tests (e2e/faults.spec.ts): they start a site of their own.
const faults = process.env.E2E_FAULTS === '1';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 3,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON ?? 'test-results/e2e.json' }]],
  // The reading site's tests look at the demo content (lead stories, banners); the newsroom's
  // publish new stories and breaking items, so they run once the reading tests are done.
  projects: faults
    ? [{ name: 'faults', testMatch: /faults\.spec\.ts/, timeout: 240_000 }]
    : [
        {
          name: 'site',
          testIgnore: /newsroom[-.]|faults\.spec/,
          ...(smoke && { testMatch: /\/(reading|crawler|errors|hostile-requests)\.spec\.ts/ }),
        },
        // Staff pages hydrate React in the browser: slower to drive than the lite public pages.
        { name: 'newsroom-sessions', testMatch: /newsroom\.setup\.ts/, dependencies: ['site'] },
        {
          name: 'newsroom',
          testMatch: smoke ? /newsroom-(access|journeys)\.spec\.ts/ : /newsroom-.*\.spec\.ts/,
          dependencies: ['newsroom-sessions'],
          timeout: 120_000,
        },
      ],
  use: {
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:3000',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});
