import { UPLOAD_MAX_MB_DEFAULT } from '@roundtable/contracts';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { isAbsolute, relative, resolve } from 'node:path';

export type DatabaseConfig =
  | { kind: 'sqlite'; path: string }
  | {
      kind: 'mysql';
      /** From the URL scheme; TypeORM reads MariaDB's catalogue slightly differently when told. */
      flavour: 'mysql' | 'mariadb';
      url: string;
      host: string;
      port: number;
      username: string;
      password: string;
      database: string;
    };

export type TrustProxy = false | number | string[];

/** STORAGE_URL: an S3-compatible bucket; credentials come from the AWS SDK's usual variables and files. */
export interface S3StorageConfig {
  bucket: string;
  /** Prepended to every key (the URL's path), so that one bucket can serve several installations. */
  prefix: string;
  /** An S3-compatible server (MinIO, Ceph, s3rver...); null: AWS itself. Addressed path-style when set. */
  endpoint: string | null;
  region: string;
}

export interface AppConfig {
  port: number;
  database: DatabaseConfig;
  /** Null only in demo mode, where the built-in mail catcher takes the mail. */
  smtpUrl: string | null;
  mailFrom: string;
  publicUrl: string;
  admin: { email: string; password: string } | null;
  /** Where stored files live when STORAGE_URL is not set (the folder driver of `storage/`). */
  storageDir: string;
  /** STORAGE_URL: files in an S3-compatible bucket instead of storageDir; null: the folder. */
  storageS3: S3StorageConfig | null;
  defaultTimezone: string;
  rateLimits: boolean;
  /**
   * Express's `trust proxy`: which hops in front of the app may name the client in X-Forwarded-For. `false`:
   * none, the client is the socket's peer. A number: that many proxies. A list: proxies by address or subnet.
   */
  trustProxy: TrustProxy;
  /**
   * Signs the public forms' tokens (the bot guard, decision 0010). Every instance must share it; null: a random
   * key per process, which serves one instance.
   */
  formSecret: string | null;
  /** Days after an event's end when its registrants' personal data is anonymised. */
  retentionDays: number;
  /** UPLOAD_MAX_MB in bytes: the largest material an organiser may upload. */
  uploadMaxBytes: number;
  /** `npm start`: demo data, mail catcher, demo logins printed. */
  demo: boolean;
  /** Built Angular app served next to /api (FRONTEND_DIR overrides where the build put it); null: API only. */
  frontendDir: string | null;
  /** The e-mail templates (templates/ at the top of the repository). */
  templatesDir: string;
  mail: MailTuning;
  invitations: { reminderDaysBeforeRespondBy: number[] };
  /** How often the scheduled jobs (reminders, expiry) look for work. */
  schedulerIntervalMs: number;
  /** LOG_FORMAT: `text` (Nest's lines, as always) or `json` (one object per line, with request ids and access lines). */
  logFormat: LogFormat;
  /** METRICS_TOKEN: the bearer token of GET /api/metrics; null: no metrics route (404). */
  metricsToken: string | null;
  /** IMAP_URL: the ORGANIZER mailbox read for calendar replies and bounces (decision 0032); unset or null: not read. */
  imap?: ImapConfig | null;
  /** Outgoing webhooks (decision 0035). */
  webhooks: WebhookConfig;
}

export interface ImapConfig {
  host: string;
  port: number;
  /** `imaps://`: TLS from the start; `imap://`: STARTTLS when the server offers it. */
  secure: boolean;
  user: string;
  password: string;
  mailbox: string;
  /** How often the mailbox is looked at besides IDLE's news, and the NOOP poll of a server without IDLE. */
  pollMs: number;
}

export interface WebhookConfig {
  /** WEBHOOK_CA_FILE: PEM certificates trusted besides Node's own roots (a partner's private CA); null: none. */
  extraCa: string | null;
  /**
   * WEBHOOK_ALLOW_PRIVATE: endpoints on loopback, private and link-local addresses are refused unless true
   * (an installation whose partners sit in its own network, and the tests).
   */
  allowPrivateNetworks: boolean;
  /** How long one attempt may take, connecting and answering. */
  timeoutMs: number;
}

export type LogFormat = 'text' | 'json';

/** How the outbox dispatcher works; not configuration a person sets, but tests and benchmarks tune it. */
export interface MailTuning {
  /** Off in tests that drive the dispatcher by hand. */
  dispatcher: boolean;
  pollIntervalMs: number;
  batchSize: number;
  /** A claimed message not marked sent within this time is taken again (its sender died). */
  leaseMs: number;
  maxAttempts: number;
  backoffBaseMs: number;
  backoffCapMs: number;
  /** Pooled SMTP connections. */
  maxConnections: number;
  /**
   * Claim-and-send loops per instance. Two keep the SMTP pool busy while one loop waits for the last message
   * of its batch; they claim like separate instances, so no message is taken twice.
   */
  workers: number;
  /**
   * While people's requests come in (ForegroundLoad), a loop waits up to this long for a quiet moment before it
   * claims, and then claims a tenth of a batch (decision 0025): mail goes out later in a rush, never not at all.
   */
  yieldMs: number;
}

export const DEFAULT_MAIL_TUNING: MailTuning = {
  dispatcher: true,
  pollIntervalMs: 1000,
  batchSize: 100,
  leaseMs: 2 * 60_000,
  maxAttempts: 20,
  backoffBaseMs: 5_000,
  backoffCapMs: 30 * 60_000,
  maxConnections: 5,
  workers: 2,
  yieldMs: 1000,
};

export interface BuildPaths {
  frontendDir: string | null;
  templatesDir: string;
}

/** A configuration value that stops the start; `variable` names the culprit for the one-line message. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

type Env = Record<string, string | undefined>;

/** Reads and validates the whole configuration at once, so a bad value stops the start before anything runs. */
export function loadConfig(
  env: Env,
  cwd = process.cwd(),
  paths: BuildPaths = { frontendDir: null, templatesDir: resolve(cwd, 'templates') },
): AppConfig {
  const demo = parseBoolean(env, 'ROUNDTABLE_DEMO', false);
  // In the order of the README's table, so the line names the first variable a reader would look at: a bad
  // DATABASE_URL is reported as such even when SMTP_URL is missing too.
  const port = parsePort(env['PORT']);
  const database = parseDatabaseUrl(env['DATABASE_URL'] ?? 'sqlite:./data/roundtable.sqlite', cwd);
  const smtpUrl = parseSmtpUrl(env['SMTP_URL']);
  if (!smtpUrl && !demo) {
    throw new ConfigError('SMTP_URL', 'is required (smtp://[user:pass@]host:port or smtps://...)');
  }
  const storageDir = resolve(cwd, env['STORAGE_DIR'] || './data/files');
  const frontendDir = env['FRONTEND_DIR'] ? resolve(cwd, env['FRONTEND_DIR']) : paths.frontendDir;
  checkNotServed(storageDir, frontendDir);
  return {
    port,
    database,
    smtpUrl,
    mailFrom: parseMailFrom(env['MAIL_FROM'] ?? 'Roundtable <events@localhost>'),
    publicUrl: parsePublicUrl(env['PUBLIC_URL'] ?? `http://localhost:${port}`),
    admin: parseAdmin(env),
    storageDir,
    storageS3: parseStorageUrl(env['STORAGE_URL'], env['AWS_REGION'] || env['AWS_DEFAULT_REGION']),
    defaultTimezone: parseTimezone(env['DEFAULT_TIMEZONE'] ?? 'Europe/Sofia'),
    rateLimits: parseOnOff(env['RATE_LIMITS']),
    trustProxy: parseTrustProxy(env['TRUST_PROXY']),
    formSecret: parseFormSecret(env['FORM_SECRET']),
    retentionDays: parseRetentionDays(env['RETENTION_DAYS'], demo),
    uploadMaxBytes: parseUploadMaxMb(env['UPLOAD_MAX_MB']) * 1024 * 1024,
    demo,
    frontendDir,
    templatesDir: paths.templatesDir,
    mail: parseMailTuning(env['MAIL_TUNING']),
    invitations: { reminderDaysBeforeRespondBy: [7, 2] },
    schedulerIntervalMs: 60_000,
    logFormat: parseLogFormat(env['LOG_FORMAT']),
    metricsToken: parseMetricsToken(env['METRICS_TOKEN']),
    webhooks: {
      extraCa: parseCaFile(env['WEBHOOK_CA_FILE'], cwd),
      allowPrivateNetworks: parseBoolean(env, 'WEBHOOK_ALLOW_PRIVATE', false),
      timeoutMs: 10_000,
    },
    imap: parseImapUrl(env['IMAP_URL']),
  };
}

/** `imap(s)://user:pass@host:port/Mailbox`; the user and password URL-encoded (`events%40example.org`). */
export function parseImapUrl(value: string | undefined): ImapConfig | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      'IMAP_URL',
      `"${redact(value)}" is not a URL (imap(s)://user:pass@host:port/Mailbox)`,
    );
  }
  if (url.protocol !== 'imap:' && url.protocol !== 'imaps:') {
    throw new ConfigError(
      'IMAP_URL',
      `unsupported scheme "${url.protocol.replace(/:$/, '')}" (use imap:// or imaps://)`,
    );
  }
  if (!url.hostname) throw new ConfigError('IMAP_URL', 'needs a host');
  if (!url.username || !url.password) throw new ConfigError('IMAP_URL', 'needs a user and a password');
  const secure = url.protocol === 'imaps:';
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 993 : 143,
    secure,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    mailbox: decodeURIComponent(url.pathname.replace(/^\//, '')) || 'INBOX',
    pollMs: 30_000,
  };
}

/** The file's PEM certificates, read once at start; a missing file or one without a certificate stops it. */
function parseCaFile(value: string | undefined, cwd: string): string | null {
  if (value === undefined || value === '') return null;
  let text: string;
  try {
    text = readFileSync(resolve(cwd, value), 'utf8');
  } catch {
    throw new ConfigError('WEBHOOK_CA_FILE', `cannot read "${value}"`);
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    throw new ConfigError('WEBHOOK_CA_FILE', `"${value}" holds no PEM certificate`);
  }
  return text;
}

function parseLogFormat(value: string | undefined): LogFormat {
  if (value === undefined || value === '' || value === 'text') return 'text';
  if (value === 'json') return 'json';
  throw new ConfigError('LOG_FORMAT', `"${value}" must be text or json`);
}

/** Long enough not to be guessed; printable, so that it fits an Authorization header as it is. */
function parseMetricsToken(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (value.length < 16 || !/^[\x21-\x7e]+$/.test(value)) {
    throw new ConfigError('METRICS_TOKEN', 'must be at least 16 printable characters without spaces');
  }
  return value;
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new ConfigError('PORT', `"${value}" is not a port number (1-65535)`);
  }
  return port;
}

export function parseDatabaseUrl(value: string, cwd: string): DatabaseConfig {
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!path)
      throw new ConfigError(
        'DATABASE_URL',
        'sqlite: needs a file path, e.g. sqlite:./data/roundtable.sqlite',
      );
    return { kind: 'sqlite', path: path === ':memory:' || isAbsolute(path) ? path : resolve(cwd, path) };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      'DATABASE_URL',
      `"${redact(value)}" is not a URL (sqlite:<path> or mysql://user:pass@host:port/db)`,
    );
  }
  if (url.protocol !== 'mysql:' && url.protocol !== 'mariadb:') {
    throw new ConfigError(
      'DATABASE_URL',
      `unsupported scheme "${url.protocol.replace(/:$/, '')}" (use sqlite:<path>, mysql:// or mariadb://)`,
    );
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!url.hostname || !database) {
    throw new ConfigError(
      'DATABASE_URL',
      'a MySQL URL needs a host and a database: mysql://user:pass@host:port/db',
    );
  }
  return {
    kind: 'mysql',
    flavour: url.protocol === 'mariadb:' ? 'mariadb' : 'mysql',
    url: value,
    host: url.hostname,
    port: url.port ? Number(url.port) : 3306,
    username: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database,
  };
}

function parseSmtpUrl(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('SMTP_URL', `"${redact(value)}" is not a URL (smtp://[user:pass@]host:port)`);
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ConfigError(
      'SMTP_URL',
      `unsupported scheme "${url.protocol.replace(/:$/, '')}" (use smtp:// or smtps://)`,
    );
  }
  if (!url.hostname) throw new ConfigError('SMTP_URL', 'needs a host');
  return value;
}

/** Stored files are served only through the API's checks, never by the static file server of the frontend. */
function checkNotServed(storageDir: string, frontendDir: string | null): void {
  if (!frontendDir) return;
  const inside = relative(frontendDir, storageDir);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw new ConfigError(
      'STORAGE_DIR',
      `"${storageDir}" is inside the served frontend folder ${frontendDir}`,
    );
  }
}

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const STORAGE_URL_PARAMETERS = ['endpoint', 'region'];

/**
 * `s3://bucket[/prefix][?endpoint=http://host:port][&region=eu-central-1]`. The region defaults to AWS_REGION,
 * then us-east-1 (what S3-compatible servers usually expect). Credentials never go in the URL.
 */
export function parseStorageUrl(value: string | undefined, defaultRegion?: string): S3StorageConfig | null {
  if (value === undefined || value.trim() === '') return null;
  const example = 's3://bucket?endpoint=http://host:port&region=...';
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new ConfigError('STORAGE_URL', `"${redact(value)}" is not a URL (${example})`);
  }
  if (url.protocol !== 's3:') {
    throw new ConfigError(
      'STORAGE_URL',
      `unsupported scheme "${url.protocol.replace(/:$/, '')}" (use ${example})`,
    );
  }
  if (url.username || url.password) {
    throw new ConfigError(
      'STORAGE_URL',
      'must not carry credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY',
    );
  }
  const bucket = url.hostname;
  if (!BUCKET_NAME.test(bucket)) {
    throw new ConfigError(
      'STORAGE_URL',
      `"${bucket}" is not a bucket name (3-63 lower-case letters, digits, dots and hyphens)`,
    );
  }
  for (const name of url.searchParams.keys()) {
    if (!STORAGE_URL_PARAMETERS.includes(name)) {
      throw new ConfigError('STORAGE_URL', `unknown parameter "${name}" (endpoint, region)`);
    }
  }
  const endpoint = url.searchParams.get('endpoint');
  if (endpoint !== null) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(endpoint);
    } catch {
      parsed = null;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) {
      throw new ConfigError('STORAGE_URL', `endpoint "${endpoint}" is not an http(s) URL`);
    }
  }
  const region = url.searchParams.get('region') || defaultRegion || 'us-east-1';
  if (!/^[a-z0-9-]+$/.test(region)) {
    throw new ConfigError('STORAGE_URL', `region "${region}" is not a region name`);
  }
  const path = decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, '');
  if (path.split('/').some((part) => part === '.' || part === '..')) {
    throw new ConfigError('STORAGE_URL', `the prefix "${path}" must not contain . or .. segments`);
  }
  return { bucket, prefix: path ? `${path}/` : '', endpoint: endpoint?.replace(/\/$/, '') ?? null, region };
}

function parseMailFrom(value: string): string {
  const address = /<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value)?.[1] ?? value.trim();
  if (!/^[^@\s]+@[^@\s]+$/.test(address)) {
    throw new ConfigError('MAIL_FROM', `"${value}" is not an address ("Name <user@host>" or "user@host")`);
  }
  return value.trim();
}

function parsePublicUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
    return url.toString().replace(/\/$/, '');
  } catch {
    throw new ConfigError('PUBLIC_URL', `"${value}" is not an http(s) URL`);
  }
}

function parseAdmin(env: Env): AppConfig['admin'] {
  const email = env['ADMIN_EMAIL']?.trim();
  const password = env['ADMIN_PASSWORD'];
  if (!email && !password) return null;
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
    throw new ConfigError('ADMIN_EMAIL', 'must be an e-mail address when ADMIN_PASSWORD is set');
  }
  if (!password || password.length < 10) {
    throw new ConfigError('ADMIN_PASSWORD', 'must be at least 10 characters when ADMIN_EMAIL is set');
  }
  return { email: email.toLowerCase(), password };
}

export function isValidTimezone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

function parseTimezone(value: string): string {
  if (!isValidTimezone(value))
    throw new ConfigError('DEFAULT_TIMEZONE', `"${value}" is not an IANA time zone`);
  return value;
}

/**
 * Advanced: `MAIL_TUNING=leaseMs=3000,pollIntervalMs=100` overrides the dispatcher's defaults (benchmarks and
 * failure tests use it; production needs none of it).
 */
function parseMailTuning(value: string | undefined): MailTuning {
  const tuning: MailTuning = { ...DEFAULT_MAIL_TUNING };
  if (!value) return tuning;
  for (const pair of value.split(',')) {
    const [key, raw] = pair.split('=').map((part) => part.trim());
    if (!(key in tuning) || raw === undefined)
      throw new ConfigError('MAIL_TUNING', `unknown setting "${pair}"`);
    const target = tuning as unknown as Record<string, number | boolean>;
    if (typeof target[key] === 'boolean') {
      if (raw !== 'true' && raw !== 'false')
        throw new ConfigError('MAIL_TUNING', `${key} must be true or false`);
      target[key] = raw === 'true';
    } else {
      const number = Number(raw);
      if (!Number.isInteger(number) || number < 1)
        throw new ConfigError('MAIL_TUNING', `${key} must be a positive whole number`);
      target[key] = number;
    }
  }
  return tuning;
}

function parseFormSecret(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (value.length < 32) throw new ConfigError('FORM_SECRET', 'must be at least 32 characters');
  return value;
}

/**
 * 365 days by default. The demo keeps its people for ten years: its past round table (21 May 2024) is over a year
 * old, and 365 would anonymise its registrants at the first scheduler beat, a minute after `npm start`.
 */
function parseRetentionDays(value: string | undefined, demo: boolean): number {
  if (value === undefined || value === '') return demo ? 3650 : 365;
  const days = Number(value);
  if (!/^\d+$/.test(value) || days < 1 || days > 3650) {
    throw new ConfigError('RETENTION_DAYS', `"${value}" must be a whole number of days from 1 to 3650`);
  }
  return days;
}

/** Whole megabytes (MiB); the column keeping a material's size holds up to 2 GiB. */
function parseUploadMaxMb(value: string | undefined): number {
  if (value === undefined || value === '') return UPLOAD_MAX_MB_DEFAULT;
  const megabytes = Number(value);
  if (!/^\d+$/.test(value) || megabytes < 1 || megabytes > 2000) {
    throw new ConfigError('UPLOAD_MAX_MB', `"${value}" must be a whole number of megabytes from 1 to 2000`);
  }
  return megabytes;
}

function parseOnOff(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'on') return true;
  if (value === 'off') return false;
  throw new ConfigError('RATE_LIMITS', `"${value}" must be on or off`);
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * `off` (default), a number of proxies (1-10), or a comma-separated list of proxy addresses, subnets or
 * `loopback`/`linklocal`/`uniquelocal`. Never "trust everyone": then any client could name itself in
 * X-Forwarded-For and walk past the per-address limits.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'off') return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops < 1 || hops > 10) throw new ConfigError('TRUST_PROXY', `"${text}" must be 1 to 10 proxies`);
    return hops;
  }
  const entries = text.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    if (!PROXY_NAMES.includes(entry) && !isAddressOrSubnet(entry)) {
      throw new ConfigError(
        'TRUST_PROXY',
        `"${entry}" is not off, a number of proxies, an address, a subnet, or ${PROXY_NAMES.join('/')}`,
      );
    }
  }
  return entries;
}

function isAddressOrSubnet(entry: string): boolean {
  const [address, bits, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

function parseBoolean(env: Env, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes'].includes(value)) return true;
  if (['0', 'false', 'no'].includes(value)) return false;
  throw new ConfigError(name, `"${value}" must be true or false`);
}

/** Hides the password of a URL so that a configuration error never prints a secret. */
export function redact(value: string): string {
  return value.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
}
