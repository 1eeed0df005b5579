/*
 * What the benches that drive the app over HTTP share: the app in its own process (`server.ts`) on a bench
 * database, a small signed-in client, autocannon's figures, a DataSource on the same database, and bulk-seeded
 * registrations.
 */
import autocannon from 'autocannon';
import { SECTORS, type Sector } from '@roundtable/contracts';
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { RegistrationEntity } from '../src/registrations/registration.entity';
import type { BenchDatabase } from './support';

export const ADMIN = { email: 'bench@example.org', password: 'bench-password-1' };

export interface Server {
  url: string;
  profile(path: string): Promise<() => Promise<void>>;
  stop(): Promise<void>;
}

/** backend/bench/server.ts in its own process, on `database`, mailing to `smtpUrl`. */
export async function startServer(
  database: BenchDatabase,
  smtpUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<Server> {
  const storage = mkdtempSync(join(tmpdir(), 'rt-bench-files-'));
  const child: ChildProcess = fork(join(__dirname, 'server.ts'), [], {
    execArgv: ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register'],
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      SMTP_URL: smtpUrl,
      MAIL_FROM: 'Roundtable <events@bench.test>',
      PUBLIC_URL: 'http://bench.test',
      RATE_LIMITS: 'off',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      STORAGE_DIR: storage,
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const waitFor = <T>(pick: (message: Record<string, unknown>) => T | undefined) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: Record<string, unknown>) => {
        const value = pick(message);
        if (value === undefined) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(value);
      };
      const onExit = (code: number | null) => reject(new Error(`bench server exited with ${code}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const port = await waitFor((message) => message['port'] as number | undefined);
  return {
    url: `http://127.0.0.1:${port}`,
    profile: async (path) => {
      child.send({ profile: 'start' });
      await waitFor((message) => message['profiling'] as true | undefined);
      return async () => {
        child.send({ profile: 'stop', path });
        await waitFor((message) => message['profiled'] as string | undefined);
      };
    },
    stop: async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ stop: true });
      await exited;
      rmSync(storage, { recursive: true, force: true });
    },
  };
}

export class Api {
  token = '';
  constructor(readonly url: string) {}

  async login(credentials = ADMIN): Promise<void> {
    this.token = (await this.send('POST', '/api/auth/login', credentials))['accessToken'] as string;
  }

  /** JSON in (or a multipart form), JSON out; anything but 2xx throws. */
  async send(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
    const form = body instanceof FormData;
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        ...(form ? {} : { 'content-type': 'application/json' }),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<Record<string, unknown>>;
  }

  /** Milliseconds to the last byte of an authorised GET. */
  async timedGet(path: string): Promise<number> {
    const started = process.hrtime.bigint();
    const response = await fetch(`${this.url}${path}`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
    return Number(process.hrtime.bigint() - started) / 1e6;
  }

  /** A published open event; its id and slug. */
  async openEventWithSlug(
    title: string,
    capacity: number,
    sectorQuotas: Partial<Record<Sector, number>> = {},
  ): Promise<{ id: string; slug: string }> {
    const event = await this.send('POST', '/api/events', {
      title,
      description: 'Описание на събитието.',
      startsAt: '2031-05-21T10:00',
      endsAt: '2031-05-21T13:00',
      timezone: 'Europe/Sofia',
      language: 'bg',
      venue: { name: 'Зала „Сердика“', address: 'ул. „Гюешево“ 21', city: 'София' },
      capacity,
      sectorQuotas,
      registrationMode: 'open',
    });
    await this.send('POST', `/api/events/${event['id']}/publish`);
    return { id: event['id'] as string, slug: event['slug'] as string };
  }

  async openEvent(title: string, capacity: number, sectorQuotas: Partial<Record<Sector, number>> = {}) {
    return (await this.openEventWithSlug(title, capacity, sectorQuotas)).id;
  }

  /** A staff account assigned to `eventId`, signed in as a client of its own. */
  async staffFor(eventId: string): Promise<Api> {
    const credentials = {
      email: `staff-${randomUUID().slice(0, 8)}@example.org`,
      password: 'bench-password-2',
    };
    const user = await this.send('POST', '/api/users', { ...credentials, name: 'Персонал', role: 'staff' });
    await this.send('PUT', `/api/events/${eventId}/staff`, { userIds: [user['id']] });
    const staff = new Api(this.url);
    await staff.login(credentials);
    return staff;
  }
}

export interface LoadFigures {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

export function figures(result: autocannon.Result): LoadFigures {
  const requests = result['2xx'] + result.non2xx;
  return {
    requests,
    perSecond: Math.round(requests / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** A measured load against its baseline: the rate as a share, the latencies as multiples. */
export function ratioTo(load: LoadFigures, baseline: LoadFigures) {
  return {
    perSecond: Number((load.perSecond / baseline.perSecond).toFixed(3)),
    p50: Number((load.p50Ms / Math.max(baseline.p50Ms, 1)).toFixed(1)),
    p99: Number((load.p99Ms / Math.max(baseline.p99Ms, 1)).toFixed(1)),
  };
}

/** The baseline of every load bench: `amount` raw `GET /api/health` at `connections`. */
export function health(url: string, amount: number, connections: number): Promise<autocannon.Result> {
  return autocannon({ url: `${url}/api/health`, connections, amount, timeout: 30 });
}

export async function openDataSource(database: BenchDatabase): Promise<DataSource> {
  const dataSource = new DataSource({ ...dataSourceOptions(database.config), migrations: [] });
  await dataSource.initialize();
  return dataSource;
}

const FIRST_NAMES = ['Мария', 'Иван', 'Елена', 'Георги', 'Десислава', 'Петър', 'Анна', 'Николай'];
const LAST_NAMES = ['Петрова', 'Иванов', 'Георгиева', 'Димитров', 'Николова', 'Стоянов', 'Колева', 'Тодоров'];
const ORGANIZATIONS = ['Община Раковски', 'РЗИ Пловдив', 'ОУ „Христо Ботев“', 'Фондация „Деца“', 'МТСП'];

/**
 * `rows` registrations in one event, by bulk INSERTs of 500 rows in one transaction; every tenth wait-listed
 * unless `row` says otherwise for the i-th (e.g. confirmed and checked in). Their ids, in order.
 */
export async function seedRegistrations(
  dataSource: DataSource,
  eventId: string,
  rows: number,
  row: (i: number) => Partial<RegistrationEntity> = () => ({}),
): Promise<string[]> {
  const start = Date.UTC(2031, 0, 1);
  // The version of the privacy notice a fresh database starts with (organisation defaults).
  const version = '1';
  const ids: string[] = [];
  await dataSource.transaction(async (manager) => {
    for (let offset = 0; offset < rows; offset += 500) {
      const values = Array.from({ length: Math.min(500, rows - offset) }, (_, k) => {
        const i = offset + k;
        const firstName = FIRST_NAMES[i % FIRST_NAMES.length];
        const lastName = `${LAST_NAMES[(i >> 3) % LAST_NAMES.length]} ${i}`;
        const email = `list-${i}@example.bg`;
        const organization = ORGANIZATIONS[i % ORGANIZATIONS.length];
        const at = new Date(start + i * 1000);
        const id = randomUUID();
        ids.push(id);
        return {
          id,
          eventId,
          firstName,
          lastName,
          email,
          activeEmailKey: email,
          organization,
          position: 'Експерт',
          sector: SECTORS[i % SECTORS.length],
          municipality: 'PDV25',
          phone: null,
          accessibilityNeeds: null,
          searchText: [firstName, lastName, email, organization].join(' ').toLowerCase(),
          language: 'bg' as const,
          consents: {
            processing: { given: true, version, at: at.toISOString() },
            media: { given: i % 2 === 0, version, at: at.toISOString() },
            publishName: { given: true, version, at: at.toISOString() },
            followUp: { given: false, version, at: at.toISOString() },
          },
          status: i % 10 === 9 ? ('waitlisted' as const) : ('confirmed' as const),
          queuedAt: i % 10 === 9 ? at : null,
          invitationId: null,
          createdAt: at,
          updatedAt: at,
          ...row(i),
        };
      });
      await manager.createQueryBuilder().insert().into(RegistrationEntity).values(values).execute();
    }
  });
  return ids;
}

/** Milliseconds `work` took. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
