#!/usr/bin/env node
/*
 * `npm start`: builds what is missing (Nx's cache makes an unchanged build instant), then runs one process
 * serving the Angular app and /api, with demo data, the mail catcher and the demo logins printed.
 * `npm start -- --prod` (npm run start:prod): the same built app, configured only by the environment.
 */
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const production = process.argv.includes('--prod');
const main = join(root, 'dist/backend/main.js');

const needsBuild =
  !production || !existsSync(main) || !existsSync(join(root, 'dist/frontend/browser/index.html'));
if (needsBuild) {
  const build = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '-p', 'backend', 'frontend', '--output-style=static'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { NX_NO_CLOUD: 'true', NX_DAEMON: 'false', ...process.env },
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const env = production ? process.env : { ROUNDTABLE_DEMO: 'true', ...process.env };
const server = spawn(process.execPath, ['--enable-source-maps', main], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
