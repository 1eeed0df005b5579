import { ConfigError, loadConfig, redact } from './config';

const base = { SMTP_URL: 'smtp://127.0.0.1:2525' };

function errorOf(env: Record<string, string>, defaults: Record<string, string> = base): ConfigError {
  try {
    loadConfig({ ...defaults, ...env }, '/srv/rt');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('reads IMAP_URL, leaves the mailbox unread without it, and never repeats its password in an error', () => {
    expect(loadConfig(base, '/srv/rt').imap).toBeNull();
    expect(
      loadConfig({
        ...base,
        IMAP_URL: 'imaps://events%40example.org:s%3Acret@mail.example.org/Calendar%20replies',
      }).imap,
    ).toEqual({
      host: 'mail.example.org',
      port: 993,
      secure: true,
      user: 'events@example.org',
      password: 's:cret',
      mailbox: 'Calendar replies',
      pollMs: 30_000,
    });
    expect(loadConfig({ ...base, IMAP_URL: 'imap://u:p@127.0.0.1:1143' }).imap).toMatchObject({
      port: 1143,
      secure: false,
      mailbox: 'INBOX',
    });
    expect(errorOf({ IMAP_URL: 'imap://user:hunter2@' }).message).not.toContain('hunter2');
  });

  it('applies the documented defaults', () => {
    const config = loadConfig(base, '/srv/rt');
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'sqlite', path: '/srv/rt/data/roundtable.sqlite' });
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.mailFrom).toBe('Roundtable <events@localhost>');
    expect(config.defaultTimezone).toBe('Europe/Sofia');
    expect(config.rateLimits).toBe(true);
    expect(config.storageDir).toBe('/srv/rt/data/files');
    expect(config.admin).toBeNull();
    expect(config.retentionDays).toBe(365);
    expect(config.formSecret).toBeNull();
    expect(loadConfig({ ...base, RETENTION_DAYS: '30' }).retentionDays).toBe(30);
    expect(loadConfig({ ...base, ROUNDTABLE_DEMO: 'true' }).retentionDays).toBe(3650);
    expect(loadConfig({ ...base, ROUNDTABLE_DEMO: 'true', RETENTION_DAYS: '30' }).retentionDays).toBe(30);
    expect(config.uploadMaxBytes).toBe(50 * 1024 * 1024);
    expect(loadConfig({ ...base, UPLOAD_MAX_MB: '5' }).uploadMaxBytes).toBe(5 * 1024 * 1024);
    expect(() => loadConfig({ ...base, UPLOAD_MAX_MB: '0' })).toThrow(/UPLOAD_MAX_MB/);
    expect(() => loadConfig({ ...base, UPLOAD_MAX_MB: '1.5' })).toThrow(/UPLOAD_MAX_MB/);
  });

  it('reads mysql and mariadb URLs, decoding credentials', () => {
    const config = loadConfig({ ...base, DATABASE_URL: 'mariadb://rt:p%40ss@db.local:3307/roundtable' });
    expect(config.database).toMatchObject({
      kind: 'mysql',
      flavour: 'mariadb',
      host: 'db.local',
      port: 3307,
      username: 'rt',
      password: 'p@ss',
      database: 'roundtable',
    });
  });

  it.each([
    [{ DATABASE_URL: 'foo://x' }, 'DATABASE_URL', /unsupported scheme "foo"/],
    [{ DATABASE_URL: 'mysql://localhost' }, 'DATABASE_URL', /needs a host and a database/],
    [{ PORT: 'eighty' }, 'PORT', /not a port/],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL', /unsupported scheme/],
    [{ SMTP_URL: '' }, 'SMTP_URL', /is required/],
    [{ DEFAULT_TIMEZONE: 'Europe/Atlantis' }, 'DEFAULT_TIMEZONE', /IANA/],
    [{ RATE_LIMITS: 'maybe' }, 'RATE_LIMITS', /on or off/],
    [{ ADMIN_EMAIL: 'root@example.org' }, 'ADMIN_PASSWORD', /at least 10/],
    [{ PUBLIC_URL: 'ftp://x' }, 'PUBLIC_URL', /http/],
    [{ MAIL_FROM: 'nobody' }, 'MAIL_FROM', /not an address/],
    [{ MAIL_TUNING: 'speed=11' }, 'MAIL_TUNING', /unknown setting/],
    [{ MAIL_TUNING: 'leaseMs=-1' }, 'MAIL_TUNING', /positive whole number/],
    [{ RETENTION_DAYS: '0' }, 'RETENTION_DAYS', /1 to 3650/],
    [{ RETENTION_DAYS: 'a year' }, 'RETENTION_DAYS', /whole number/],
    [{ FORM_SECRET: 'short' }, 'FORM_SECRET', /at least 32/],
    [{ IMAP_URL: 'pop3://u:p@mail' }, 'IMAP_URL', /unsupported scheme "pop3"/],
    [{ IMAP_URL: 'imaps://mail.example.org' }, 'IMAP_URL', /needs a user and a password/],
  ])('rejects %p naming %s', (env, variable, message) => {
    const error = errorOf(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`${variable}: `)).toBe(true);
  });

  it('names a bad DATABASE_URL even when SMTP_URL is missing as well', () => {
    expect(errorOf({ DATABASE_URL: 'foo://x' }, {}).variable).toBe('DATABASE_URL');
  });

  it('reads advanced dispatcher tuning', () => {
    const config = loadConfig({ ...base, MAIL_TUNING: 'leaseMs=3000, pollIntervalMs=100,dispatcher=false' });
    expect(config.mail).toMatchObject({
      leaseMs: 3000,
      pollIntervalMs: 100,
      dispatcher: false,
      batchSize: 100,
    });
  });

  it('does not require SMTP_URL in demo mode, where the mail catcher takes the mail', () => {
    expect(loadConfig({ ROUNDTABLE_DEMO: 'true' }).smtpUrl).toBeNull();
  });

  it('never prints a database password in an error', () => {
    const error = errorOf({ DATABASE_URL: 'postgres://rt:hunter2@db/x' });
    expect(error.message).not.toContain('hunter2');
    expect(redact('mysql://rt:hunter2@db:3306/x')).toBe('mysql://rt:***@db:3306/x');
  });

  it('reads TRUST_PROXY as off, a number of proxies or a list of addresses and subnets', () => {
    expect(loadConfig(base).trustProxy).toBe(false);
    expect(loadConfig({ ...base, TRUST_PROXY: 'off' }).trustProxy).toBe(false);
    expect(loadConfig({ ...base, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ ...base, TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
    ]);
  });

  it('refuses a TRUST_PROXY that would trust any client, or that it cannot read', () => {
    for (const value of ['true', 'on', '0', '11', '10.0.0.0/33', 'proxy.local', '10.0.0.1/8/1']) {
      expect(errorOf({ TRUST_PROXY: value }).variable).toBe('TRUST_PROXY');
    }
  });

  it('reads LOG_FORMAT (text by default) and METRICS_TOKEN (unset: no metrics)', () => {
    expect(loadConfig(base)).toMatchObject({ logFormat: 'text', metricsToken: null });
    expect(loadConfig({ ...base, LOG_FORMAT: 'json' }).logFormat).toBe('json');
    const token = 'a-long-scrape-token-0123456789';
    expect(loadConfig({ ...base, METRICS_TOKEN: token }).metricsToken).toBe(token);
    expect(errorOf({ LOG_FORMAT: 'pino' }).variable).toBe('LOG_FORMAT');
    for (const value of ['short', 'has a space in the middle', 'токен-на-кирилица-дълъг']) {
      const error = errorOf({ METRICS_TOKEN: value });
      expect(error.variable).toBe('METRICS_TOKEN');
      expect(error.message).not.toContain(value);
    }
  });

  it('keeps files in STORAGE_DIR unless STORAGE_URL names a bucket', () => {
    expect(loadConfig(base, '/srv/rt').storageS3).toBeNull();
    expect(loadConfig({ ...base, STORAGE_URL: 's3://rt-files' }, '/srv/rt').storageS3).toEqual({
      bucket: 'rt-files',
      prefix: '',
      endpoint: null,
      region: 'us-east-1',
    });
    expect(
      loadConfig({ ...base, STORAGE_URL: 's3://rt-files', AWS_REGION: 'eu-west-1' }).storageS3?.region,
    ).toBe('eu-west-1');
    const minio = loadConfig({
      ...base,
      STORAGE_URL: 's3://rt.files/roundtable/prod/?endpoint=http://minio.local:9000/&region=eu-central-1',
    });
    expect(minio.storageS3).toEqual({
      bucket: 'rt.files',
      prefix: 'roundtable/prod/',
      endpoint: 'http://minio.local:9000',
      region: 'eu-central-1',
    });
  });

  it.each([
    ['https://rt-files', /unsupported scheme "https"/],
    ['s3://ab', /not a bucket name/],
    ['s3://Files', /not a bucket name/],
    ['s3://rt-files?endpoint=minio:9000', /endpoint "minio:9000" is not an http\(s\) URL/],
    ['s3://rt-files?endpoint=ftp://minio', /not an http\(s\) URL/],
    ['s3://rt-files?bucket=other', /unknown parameter "bucket"/],
    ['s3://rt-files?region=EU%20West', /not a region name/],
    ['s3://rt-files/a%2F..%2Fb', /must not contain/],
  ])('refuses STORAGE_URL=%s with one line naming it', (value, message) => {
    const error = errorOf({ STORAGE_URL: value });
    expect(error.variable).toBe('STORAGE_URL');
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });

  it('never takes credentials in STORAGE_URL, nor prints them', () => {
    const error = errorOf({ STORAGE_URL: 's3://AKIA:hunter2@rt-files' });
    expect(error.message).toMatch(/AWS_ACCESS_KEY_ID/);
    expect(error.message).not.toContain('hunter2');
  });

  it('refuses a STORAGE_DIR inside the folder the frontend is served from', () => {
    const paths = { frontendDir: '/srv/rt/dist/frontend', templatesDir: '/srv/rt/templates' };
    const load = (env: Record<string, string>) => () => loadConfig({ ...base, ...env }, '/srv/rt', paths);
    expect(load({ STORAGE_DIR: 'dist/frontend/files' })).toThrow(/^STORAGE_DIR: .* inside the served/);
    expect(load({ STORAGE_DIR: 'dist/frontend' })).toThrow(/^STORAGE_DIR: /);
    expect(load({ STORAGE_DIR: 'dist/frontend-files' })).not.toThrow();
    expect(load({ STORAGE_DIR: 'data/files' })).not.toThrow();
  });
});
