/*
 * API tier: boots the real app against a real database (TEST_DATABASE=sqlite|mysql) and, where a spec needs
 * it, a real SMTP server in the test process. Files run one at a time: each boots its own app and database,
 * and two cores are better spent on one app than split between two.
 */
export default {
  displayName: `api-${process.env['TEST_DATABASE'] ?? 'sqlite'}`,
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/test/**/*.api-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  maxWorkers: 1,
  testTimeout: 30000,
};
