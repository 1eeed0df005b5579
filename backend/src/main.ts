import './compile-cache';
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './app.factory';
import { AppLogger } from './common/app-logger';
import { ConfigError, loadConfig, redact, type AppConfig } from './config/config';
import { DEMO_ACCOUNTS } from './demo/demo-data';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    // The bundle runs from dist/backend: the Angular build sits beside it, the templates at the repository top.
    const builtFrontend = join(__dirname, '../frontend/browser');
    config = loadConfig(process.env, process.cwd(), {
      frontendDir: existsSync(join(builtFrontend, 'index.html')) ? builtFrontend : null,
      templatesDir: join(__dirname, '../../templates'),
    });
  } catch (error) {
    if (error instanceof ConfigError) return fail(`Configuration error: ${error.message}`);
    throw error;
  }
  let app;
  try {
    app = await createApp(config);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const target = config.database.kind === 'mysql' ? redact(config.database.url) : config.database.path;
    return fail(`Cannot start: DATABASE_URL (${target}): ${reason}`);
  }
  app.enableShutdownHooks();
  try {
    await app.listen(config.port);
  } catch (error) {
    return fail(
      `Cannot start: PORT ${config.port}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  printBanner(config);
}

function printBanner(config: AppConfig): void {
  const lines = [
    `Roundtable is running at ${config.publicUrl}  (API docs: ${config.publicUrl}/api/docs)`,
    `Database: ${config.database.kind === 'sqlite' ? `SQLite ${config.database.path}` : `MySQL ${redact(config.database.url)}`}`,
  ];
  if (!config.frontendDir) lines.push('No built frontend was found: serving the API only.');
  if (config.demo && !config.smtpUrl)
    lines.push(`Mail catcher: all mail is kept at ${config.publicUrl}/api/dev/mailbox`);
  if (config.demo) {
    lines.push('Demo logins (demo data only, never in production):');
    for (const account of DEMO_ACCOUNTS) {
      lines.push(`  ${account.role.padEnd(9)} ${account.email}  password: ${account.password}`);
    }
  }
  // LOG_FORMAT=json: every line on standard output is one JSON object, the banner too.
  if (config.logFormat === 'json') new AppLogger({ format: 'json' }).log(lines.join('\n'), 'Roundtable');
  else console.log(lines.join('\n'));
}

/** One clear line and a non-zero exit; a half-started app may hold sockets, so exit rather than wait. */
function fail(line: string): void {
  console.error(line);
  process.exit(1);
}

void main();
