import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import tseslint from 'typescript-eslint';

// Next's rules (React, hooks, a11y, Core Web Vitals), typescript-eslint's strict set where it costs
// little, and the house rules: `@/` imports, no import circles, named exports, and the walls
// between public code, newsroom code and the data layer.

const noClimbing = { group: ['./*', '../*'], message: 'Import with the @/ path instead.' };
// Type-only imports vanish at run time: the routing grammar names newsroom capabilities.
const newsroomCode = {
  group: ['@/db/access/newsroom/*', '@/lib/newsroom/*', '@/components/newsroom/*', '@/app/(newsroom)/*'],
  message: 'Public code never imports newsroom code.',
  allowTypeImports: true,
};
const dataLayer = { group: ['@/db/*', 'drizzle-orm', 'drizzle-orm/*'], message: 'Components get data as props; only db/access/ queries.' };

export default tseslint.config(
  { ignores: ['.next/**', '.next-bench/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'data/**', 'next-env.d.ts'] },
  ...nextVitals,
  ...nextTypescript,
  ...tseslint.configs.strict,
  {
    settings: { 'import/resolver': { typescript: { project: './tsconfig.json' } }, 'import/ignore': ['node_modules'] },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noClimbing] }],
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-default-export': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Images come from our own media route with srcset (lite pages have no image optimizer).
      '@next/next/no-img-element': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['components/**'],
    ignores: ['components/newsroom/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noClimbing, dataLayer, newsroomCode] }] },
  },
  {
    files: ['components/newsroom/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noClimbing, dataLayer] }] },
  },
  {
    files: [
      'app/(service)/**',
      'app/(portal)/**',
      'app/api/**',
      'app/media/**',
      'app/sitemaps/**',
      'app/sitemap.xml/**',
      'app/robots.txt/**',
      'lib/*.ts',
      'db/access/*.ts',
    ],
    // The clock runs scheduled publishing, a newsroom change, for the whole site.
    ignores: ['db/access/clock.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noClimbing, newsroomCode] }] },
  },
  {
    // Run by plain Node (no tsx, so no `@/` paths): they import their siblings by relative paths.
    files: ['scripts/start.mjs', 'scripts/bench.mjs', 'scripts/bench-sitemaps.mjs'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Next.js and tools look for these default exports.
    files: [
      'app/**/{page,layout,error,not-found,global-not-found}.tsx',
      'i18n/request.ts',
      '*.config.{ts,mjs}',
      'proxy.ts',
      'tests/support/setup-*.ts',
    ],
    rules: { 'import/no-default-export': 'off' },
  },
);
