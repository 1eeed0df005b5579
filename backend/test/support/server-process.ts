import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The built server, as `npm run start:prod` runs it. .ci/test.mjs builds it before the API specs. */
export const SERVER_MAIN = join(__dirname, '../../../dist/backend/main.js');

export function assertBuilt(): void {
  if (!existsSync(SERVER_MAIN)) throw new Error(`${SERVER_MAIN} is missing: run npx nx build backend first`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface ServerProcess {
  port: number;
  url: string;
  output(): string;
  /** SIGKILL: no shutdown hooks, no chance to finish what it was doing. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the built server with `env` (and nothing else of this process's environment). `port` keeps the address
 * of a server that is started again after a kill, so its clients find it where it was.
 */
export async function startServer(
  env: Record<string, string>,
  { port = 0 }: { port?: number } = {},
): Promise<ServerProcess> {
  assertBuilt();
  port ||= await freePort();
  const child = spawn(process.execPath, [SERVER_MAIN], {
    env: { PATH: process.env['PATH'] ?? '', TZ: process.env['TZ'] ?? 'UTC', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    // Seconds on a quiet machine (cold start target 3 s); the limit is for a machine shared with other runs.
    const timer = setTimeout(() => {
      // Not left running: its open pipes would keep the test run from ending.
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${output}`));
    }, 60_000);
    const onData = () => {
      if (!output.includes('Roundtable is running')) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve();
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    kill: () => end(child, 'SIGKILL'),
    stop: () => end(child, 'SIGTERM'),
  };
}

function end(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** Waits until `check` answers true, checking every `everyMs`; for state outside this process (a database). */
export async function eventually(
  check: () => Promise<boolean>,
  timeoutMs = 20_000,
  what = 'condition',
  everyMs = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
