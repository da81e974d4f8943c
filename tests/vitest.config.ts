import { configDefaults, defineConfig } from 'vitest/config'

// The checks over the built site share one build of the seeded data set, made by the site
// project's globalSetup; that project only builds when one of its files is selected.
const siteFiles = ['tests/site/**/*.test.ts', 'tests/e2e/site*.test.ts']

export default defineConfig({
  // The @shared/*, @cms/* and @site/* aliases come from tsconfig.json, as for tsc, tsx and Astro.
  resolve: { tsconfigPaths: true },
  // tsconfig keeps JSX for Next to compile; tests that render the admin's server components
  // (tests/int/memberAdmin.test.ts) need it compiled, with React's automatic runtime.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    root: new URL('..', import.meta.url).pathname,
    environment: 'node',
    testTimeout: 120_000,
    // Payload starts its job crons in any process that serves REST requests, the tests' own
    // included: tests run the mail queue themselves (payload.jobs.run) when they mean to.
    env: { MAIL_AUTORUN: '0' },
    hookTimeout: 600_000,
    // Integration files each start Payload on their own database; two at a time fits 2 cores.
    maxWorkers: 2,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'cms',
          include: ['tests/unit/**/*.test.ts', 'tests/int/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...siteFiles],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: siteFiles,
          globalSetup: ['tests/site/globalSetup.ts'],
        },
      },
    ],
  },
})
