#!/usr/bin/env node
/*
 * `npm test`: every test this machine can run, then one closing line `N passed, N failed, N skipped`.
 *
 *   unit        backend and frontend specs (pure rules, components)
 *   api         the real app on SQLite (server TZ=UTC) and on MariaDB/MySQL (TZ=America/New_York) when
 *               TEST_MYSQL_URL is set; the time-zone and invitation (calendar) specs again under the other
 *               zone on each database
 *   security    authorisation matrix over the OpenAPI document, tokens, limits, headers, uploads, injection
 *   fuzz        generated bad input against every public route: no 5xx, problem+json, nothing stored
 *   fault       SMTP outage, SIGKILL mid-burst, MariaDB restart, two instances on one database
 *   inbound     calendar replies (iTIP REPLY) and bounce reports read by IMAP from a real Dovecot, on SQLite and
 *               MariaDB
 *   budgets     the built app's public pages within their JavaScript budget, and axe on the public pages and the organiser pages the e2e audit does not open
 *               (e2e/budgets/page-budgets.mjs --check; one test per page check)
 *   e2e         Playwright driving Debian's Chromium through whole journeys
 *
 * A suite that cannot run here is reported as skipped, with the reason. Under CI=true nothing may be skipped:
 * a skipped suite counts as failed. `npm test -- --only=api` runs the suites whose names start with "api".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
const ci = process.env.CI === 'true' || process.env.CI === '1';
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const mysqlUrl = process.env.TEST_MYSQL_URL;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const jest = (name, config, env = {}, extra = []) => ({
  name,
  run: () =>
    run(
      'npx',
      ['jest', '-c', config, '--json', `--outputFile=${join(results, `${name}.json`)}`, ...extra],
      env,
    ),
  count: () => countJest(join(results, `${name}.json`)),
});

const mysqlMissing = mysqlUrl
  ? null
  : 'TEST_MYSQL_URL is not set (e.g. mariadb://roundtable:roundtable@127.0.0.1:3306/roundtable; .ci/start-mariadb.sh starts one)';
const chromiumMissing = existsSync(chromium) ? null : `${chromium} not found (apt-get install chromium)`;
const dovecot = '/usr/sbin/dovecot';
const dovecotMissing = existsSync(dovecot) ? null : `${dovecot} not found (apt-get install dovecot-imapd)`;

const suites = [
  jest('unit-backend', 'backend/jest.config.ts'),
  jest('unit-frontend', 'frontend/jest.config.ts'),
  jest('api-sqlite', 'backend/jest.api.config.ts', { TEST_DATABASE: 'sqlite', TZ: 'UTC' }),
  jest(
    'api-sqlite-new-york',
    'backend/jest.api.config.ts',
    { TEST_DATABASE: 'sqlite', TZ: 'America/New_York' },
    ['--testPathPatterns', 'timezone|invitations'],
  ),
  {
    ...jest('api-mysql', 'backend/jest.api.config.ts', { TEST_DATABASE: 'mysql', TZ: 'America/New_York' }),
    skip: mysqlMissing,
  },
  {
    ...jest('api-mysql-utc', 'backend/jest.api.config.ts', { TEST_DATABASE: 'mysql', TZ: 'UTC' }, [
      '--testPathPatterns',
      'timezone|invitations',
    ]),
    skip: mysqlMissing,
  },
  jest('security', 'backend/jest.api.config.ts', {
    API_SUITE: 'security',
    TEST_DATABASE: 'sqlite',
    TZ: 'UTC',
  }),
  jest('fuzz', 'backend/jest.api.config.ts', { API_SUITE: 'fuzz', TEST_DATABASE: 'sqlite', TZ: 'UTC' }),
  {
    ...jest('fault', 'backend/jest.api.config.ts', {
      API_SUITE: 'fault',
      TEST_DATABASE: 'mysql',
      TZ: 'UTC',
    }),
    skip: mysqlMissing,
  },
  {
    ...jest('inbound-sqlite', 'backend/jest.api.config.ts', {
      API_SUITE: 'inbound',
      TEST_DATABASE: 'sqlite',
      TZ: 'UTC',
    }),
    skip: dovecotMissing,
  },
  {
    ...jest('inbound-mysql', 'backend/jest.api.config.ts', {
      API_SUITE: 'inbound',
      TEST_DATABASE: 'mysql',
      TZ: 'America/New_York',
    }),
    skip: dovecotMissing ?? mysqlMissing,
  },
  {
    // After the build at the start of the run; its own free port and data folder, never the journeys' ones.
    name: 'budgets',
    skip: chromiumMissing,
    run: async () =>
      run('node', ['e2e/budgets/page-budgets.mjs', '--check', `--json=${join(results, 'budgets.json')}`], {
        BUDGETS_PORT: String(await freePort()),
      }),
    count: () => countBudgets(join(results, 'budgets.json')),
  },
  {
    name: 'e2e-chromium',
    skip: chromiumMissing,
    run: async () =>
      run('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts'], {
        PLAYWRIGHT_JSON_OUTPUT_NAME: join(results, 'e2e-chromium.json'),
        // A free port, so the journeys never meet a server someone left running.
        E2E_PORT: String(await freePort()),
      }),
    count: () => countPlaywright(join(results, 'e2e-chromium.json')),
  },
].filter((suite) => !only || suite.name.startsWith(only));

function run(command, args, env) {
  console.log(
    `\n$ ${Object.entries(env)
      .map(([k, v]) => `${k}=${v} `)
      .join('')}${command} ${args.join(' ')}`,
  );
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function countJest(file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests,
    // A file that fails to load has no failed tests but is a failure all the same.
    failed: report.numFailedTests + report.numRuntimeErrorTestSuites,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function countPlaywright(file) {
  if (!existsSync(file)) return null;
  const { stats, errors = [] } = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected + errors.length,
    skipped: stats.skipped,
  };
}

/** Each page's budget and each page's axe audit is one test (e2e/budgets/page-budgets.mjs writes them). */
function countBudgets(file) {
  if (!existsSync(file)) return null;
  const { passed, failed } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed, failed, skipped: 0 };
}

function build() {
  const status = run(
    'npx',
    ['nx', 'run-many', '-t', 'build', '-p', 'backend', 'frontend', '--output-style=static'],
    {
      NX_NO_CLOUD: 'true',
      NX_DAEMON: 'false',
    },
  );
  if (status !== 0) {
    console.error('\nThe build failed; no test can run.\n0 passed, 1 failed, 0 skipped');
    process.exit(1);
  }
}

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
// The process-level API spec and the e2e journeys run the built app.
build();

const rows = [];
for (const suite of suites) {
  if (suite.skip) {
    rows.push({
      name: suite.name,
      passed: 0,
      failed: ci ? 1 : 0,
      skipped: 1,
      note: `skipped: ${suite.skip}`,
    });
    continue;
  }
  const status = await suite.run();
  const counts = suite.count();
  if (!counts) {
    rows.push({ name: suite.name, passed: 0, failed: 1, skipped: 0, note: `no report (exit ${status})` });
  } else {
    const failed = counts.failed || (status !== 0 ? 1 : 0);
    const none = counts.passed + failed + counts.skipped === 0;
    rows.push({ name: suite.name, ...counts, failed: none ? 1 : failed, note: none ? 'ran no test' : '' });
  }
}

const total = rows.reduce(
  (sum, row) => ({
    passed: sum.passed + row.passed,
    failed: sum.failed + row.failed,
    skipped: sum.skipped + row.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log('\nSuite                      passed  failed  skipped');
for (const row of rows) {
  console.log(
    `${row.name.padEnd(26)} ${String(row.passed).padStart(6)}  ${String(row.failed).padStart(6)}  ${String(row.skipped).padStart(7)}  ${row.note}`,
  );
}
if (ci && total.skipped > 0) console.log('CI=true: a suite that cannot run counts as failed.');
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
