import type { INestApplication } from '@nestjs/common';
import type { LoginResponse, User, UserRole } from '@roundtable/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { join } from 'node:path';
import { createApp, type CreateAppOptions } from '../../src/app.factory';
import { DEFAULT_MAIL_TUNING, type AppConfig } from '../../src/config/config';
import { createTestDatabase, type TestDatabase } from './test-database';

export type Http = ReturnType<typeof request>;

export const ADMIN = { email: 'admin@example.org', password: 'admin-password-1' };
export const PASSWORD = 'correct-horse-battery';

export interface TestApp {
  app: INestApplication;
  http: Http;
  config: AppConfig;
  database: TestDatabase;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** Boots the real application, as production does, on a fresh database of the kind under test. */
export async function bootApp(
  overrides: Partial<AppConfig> = {},
  options: CreateAppOptions = { logger: false },
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config: AppConfig = {
    port: 0,
    database: database.config,
    smtpUrl: 'smtp://127.0.0.1:2525',
    mailFrom: 'Roundtable <events@roundtable.test>',
    publicUrl: 'http://roundtable.test',
    admin: ADMIN,
    storageDir: '/tmp/rt-files',
    storageS3: null,
    defaultTimezone: 'Europe/Sofia',
    rateLimits: false,
    trustProxy: false,
    formSecret: null,
    retentionDays: 365,
    uploadMaxBytes: 50 * 1024 * 1024,
    demo: false,
    frontendDir: null,
    templatesDir: join(__dirname, '../../../templates'),
    mail: DEFAULT_MAIL_TUNING,
    invitations: { reminderDaysBeforeRespondBy: [7, 2] },
    schedulerIntervalMs: 60_000,
    logFormat: 'text',
    metricsToken: null,
    webhooks: { extraCa: null, allowPrivateNetworks: false, timeoutMs: 5_000 },
    ...overrides,
  };
  const app = await createApp(config, options);
  return {
    app,
    http: request(app.getHttpServer()),
    config,
    database,
    dataSource: app.get(DataSource),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

export async function login(http: Http, email: string, password: string): Promise<string> {
  const response = await http.post('/api/auth/login').send({ email, password }).expect(200);
  return (response.body as LoginResponse).accessToken;
}

let accounts = 0;

/** Creates an account through the admin API and logs it in; returns its bearer token. */
export async function tokenFor(http: Http, role: UserRole): Promise<string> {
  const adminToken = await login(http, ADMIN.email, ADMIN.password);
  if (role === 'admin') return adminToken;
  const email = `${role}-${++accounts}@example.org`;
  await http
    .post('/api/users')
    .auth(adminToken, { type: 'bearer' })
    .send({ email, name: `Test ${role}`, role, password: PASSWORD })
    .expect(201);
  return login(http, email, PASSWORD);
}

export async function createUser(
  http: Http,
  adminToken: string,
  role: UserRole,
  email: string,
): Promise<User> {
  const response = await http
    .post('/api/users')
    .auth(adminToken, { type: 'bearer' })
    .send({ email, name: `Test ${role}`, role, password: PASSWORD })
    .expect(201);
  return response.body as User;
}
