import { defineConfig } from '@playwright/test';

const PORT = Number(process.env['E2E_PORT'] ?? 3300);
/** Where the server keeps its data; wiped at each start, so two runs side by side need their own. */
const DIR = process.env['E2E_DIR'] ?? '/tmp/rt-e2e';
/** The demo admin that `npm start` creates (backend/src/demo/demo-data.ts); the journeys run on a demo start. */
export const E2E_ADMIN = { email: 'admin@roundtable.localhost', password: 'kragla-masa-2026' };

/*
 * Journeys through the built app in Debian's Chromium (never a downloaded browser), started as `npm start`
 * starts it: demo data and the built-in mail catcher, whose messages the journeys read. The server runs under
 * TZ=America/New_York and the browser under America/Los_Angeles, so a page that showed either clock instead
 * of the event's own zone (Europe/Sofia) would fail.
 */
export default defineConfig({
  testDir: './specs',
  testMatch: '**/*.e2e.ts',
  outputDir: '../test-results/e2e-artifacts',
  forbidOnly: true,
  retries: 0,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    timezoneId: 'America/Los_Angeles',
    locale: 'en-US',
    // The browser asks for reduced motion, which Material honours by showing field errors at once instead of
    // fading them in: axe then measures the colours a reader sees, never a pale frame halfway through a fade
    // (a fade that began after the audit's wait failed one CI run in ten).
    contextOptions: { reducedMotion: 'reduce' },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `rm -rf ${DIR} && mkdir -p ${DIR}/data && node dist/backend/main.js`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    env: {
      PORT: String(PORT),
      TZ: 'America/New_York',
      ROUNDTABLE_DEMO: 'true',
      DATABASE_URL: `sqlite:${DIR}/data/roundtable.sqlite`,
      STORAGE_DIR: `${DIR}/data/files`,
      PUBLIC_URL: `http://127.0.0.1:${PORT}`,
      RATE_LIMITS: 'off',
    },
  },
});
