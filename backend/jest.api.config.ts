/*
 * API tier: boots the real app against a real database (TEST_DATABASE=sqlite|mysql) and, where a spec needs
 * it, a real SMTP server in the test process. Files run one at a time: each boots its own app and database,
 * and two cores are better spent on one app than split between two.
 *
 * The specs directly in test/ are the `api-*` suites. Each folder under test/ is a suite of its own (issue 8),
 * chosen with API_SUITE:
 *   security  authorisation matrix, tokens, rate limits, headers, uploads, injection, secrets in logs
 *   fuzz      generated bad input against every public route of the OpenAPI document
 *   fault     SMTP outage, SIGKILL, database restart, two instances on one database
 *   inbound   calendar replies and bounces read from a real Dovecot IMAP server (decision 0032)
 */
const suite = process.env['API_SUITE'];

export default {
  displayName: suite ?? `api-${process.env['TEST_DATABASE'] ?? 'sqlite'}`,
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: suite ? [`<rootDir>/test/${suite}/**/*.api-spec.ts`] : ['<rootDir>/test/*.api-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  maxWorkers: 1,
  testTimeout: 30000,
};
