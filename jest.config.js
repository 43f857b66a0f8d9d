// Three suites, one runner: pure rules (unit), handlers and data against DynamoDB Local + s3rver + stand-ins
// (integration), and the H5 build in headless Chromium (e2e). `npm test` runs them in that order.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
  },
];
const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: { '^@shared/(.*)$': '<rootDir>/shared/$1' },
  testEnvironment: 'node',
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/integration-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/e2e-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
  collectCoverageFrom: ['<rootDir>/shared/domain/**/*.ts', '<rootDir>/shared/policy/**/*.ts'],
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: { './shared/domain/': { lines: 95 } },
};
