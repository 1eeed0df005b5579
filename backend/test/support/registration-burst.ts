import type { Event } from '@roundtable/contracts';
import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../../src/config/config';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { anEventInput } from './builders';
import { registrationBody } from './registration-body';
import { eventually } from './server-process';
import { ADMIN } from './test-app';
import type { ReceivedMail, TestMailbox } from './test-mailbox';

/*
 * The fault suite's load and its verdict: a burst of public registrations sent by clients that retry as a
 * browser's user would (a refused connection, a cut one or a 503 is tried again), and the checks every fault
 * scenario ends with (decision 0030).
 */

/**
 * The dispatcher quick to retry and to take over a dead instance's lease, so a scenario takes seconds, and
 * yielding to requests for 50 ms rather than 1 s, so confirmations go out during a burst and a fault finds
 * some in flight.
 */
export const FAULT_MAIL_TUNING =
  'leaseMs=2000,pollIntervalMs=100,backoffBaseMs=100,backoffCapMs=1000,batchSize=20,yieldMs=50';

export const CAPACITY = 60;
export const HEALTH_QUOTA = 8;
export interface Answer {
  email: string;
  /** The last answer's status; 0 when no answer came before the client gave up. */
  status: number;
  id?: string;
  code?: string;
  /** Tries that ended in a cut or refused connection (the answer, if the server had one, was lost). */
  lost: number;
  /** Tries answered 503 (problem+json), each with its time to answer. */
  unavailable: number[];
  /** Tries that had no answer within 30 s: a hang, which no scenario may cause. */
  hung: number;
}

export interface BurstOptions {
  /** The server to send the i-th registration to (two instances share a burst; a restarted one keeps its port). */
  url: (i: number) => string;
  eventId: string;
  prefix: string;
  count: number;
  connections: number;
  /** Told of every 201, with how many there are so far: the moment a scenario injects its fault. */
  onCreated?: (created: number) => void;
  /** Told of every 503, with how many there are so far. */
  onUnavailable?: (count: number) => void;
  /** How long a client keeps trying one registration. */
  giveUpMs?: number;
}

/**
 * `count` registrations over `connections` concurrent clients. A client retries a lost or refused connection and
 * a 503 (after the Retry-After it was given, at most a second) until `giveUpMs`; any other answer is final.
 */
export async function registrationBurst(options: BurstOptions): Promise<Answer[]> {
  const answers: Answer[] = [];
  let next = 0;
  let created = 0;
  let unavailable = 0;
  const client = async () => {
    for (let i = next++; i < options.count; i = next++) {
      const answer: Answer = {
        email: `${options.prefix}-${i}@example.bg`,
        status: 0,
        lost: 0,
        unavailable: [],
        hung: 0,
      };
      answers.push(answer);
      const deadline = Date.now() + (options.giveUpMs ?? 60_000);
      while (Date.now() < deadline) {
        const started = Date.now();
        let response: Response;
        try {
          response = await fetch(`${options.url(i)}/api/events/${options.eventId}/registrations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: registrationBody(i, options.prefix),
            signal: AbortSignal.timeout(30_000),
          });
        } catch (error) {
          if ((error as Error).name === 'TimeoutError') answer.hung++;
          else answer.lost++;
          // The client's pause before it tries again; the server is gone, there is no condition to wait on.
          await new Promise((resolve) => setTimeout(resolve, 50));
          continue;
        }
        const text = await response.text();
        answer.status = response.status;
        if (response.status === 503) {
          expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
          answer.unavailable.push(Date.now() - started);
          options.onUnavailable?.(++unavailable);
          const retryAfter = Number(response.headers.get('retry-after') ?? 1);
          await new Promise((resolve) => setTimeout(resolve, Math.min(retryAfter, 1) * 1000));
          continue;
        }
        const parsed = JSON.parse(text) as { id?: string; code?: string };
        if (response.status === 201) {
          answer.id = parsed.id;
          options.onCreated?.(++created);
        } else answer.code = parsed.code;
        break;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  return answers;
}

/** An organiser's published event of CAPACITY seats with a quota for health, created over HTTP. */
export async function openEvent(url: string): Promise<Event> {
  const post = async (path: string, payload: unknown, token?: string) => {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(payload),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const { accessToken } = await post('/api/auth/login', ADMIN);
  const event = (await post(
    '/api/events',
    anEventInput({ capacity: CAPACITY, sectorQuotas: { health: HEALTH_QUOTA } }),
    accessToken,
  )) as Event;
  await post(`/api/events/${event.id}/publish`, {}, accessToken);
  return event;
}

/** A connection of the test's own to the database the servers use, to read what they stored. */
export async function openDatabase(database: DatabaseConfig): Promise<DataSource> {
  const dataSource = new DataSource({ ...dataSourceOptions(database), entities: [], migrations: [] });
  await dataSource.initialize();
  return dataSource;
}

/** Mail jobs in hand at a moment (claimed, not yet recorded): the most that a kill can make go out again. */
export async function inFlight(db: DataSource): Promise<number> {
  return Number((await db.query(`SELECT COUNT(*) AS n FROM jobs WHERE status = 'running'`))[0].n);
}

/**
 * What every scenario ends with: every registration answered 201 is stored (and one whose answer was lost is
 * stored once, so its retry was told ALREADY_REGISTERED), no seat is overbooked (capacity and the sector quota),
 * every registration's message went out, each under one Message-ID, repeated at most `allowedRepeats` times,
 * and the servers answer. Answers how many messages came twice.
 */
export async function expectSound(
  db: DataSource,
  eventId: string,
  answers: Answer[],
  mailbox: TestMailbox,
  { allowedRepeats = 0, servers = [] as string[] } = {},
): Promise<{ repeats: number }> {
  for (const url of servers) {
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
  }
  // Every registration got a final answer: 201, or ALREADY_REGISTERED for one stored by a try whose answer
  // never came (the connection was cut) or came as a 503 (the database went away during the commit).
  expect(answers.filter((answer) => answer.hung > 0)).toEqual([]);
  const unfinished = answers.filter(
    (answer) =>
      answer.status !== 201 &&
      !(answer.code === 'ALREADY_REGISTERED' && answer.lost + answer.unavailable.length > 0),
  );
  expect(unfinished).toEqual([]);

  const rows: { id: string; email: string; status: string; sector: string }[] = await db.query(
    'SELECT id, email, status, sector FROM registrations WHERE eventId = ?',
    [eventId],
  );
  const stored = new Map(rows.map((row) => [row.id, row]));
  const missing = answers.filter((answer) => answer.id && stored.get(answer.id)?.email !== answer.email);
  expect(missing).toEqual([]);
  expect(new Set(rows.map((row) => row.email))).toEqual(new Set(answers.map((answer) => answer.email)));
  expect(rows).toHaveLength(answers.length);

  const confirmed = rows.filter((row) => row.status === 'confirmed');
  // More people asked than there are seats: every seat is taken, none twice, and the quota holds.
  expect(confirmed).toHaveLength(CAPACITY);
  expect(confirmed.filter((row) => row.sector === 'health').length).toBe(HEALTH_QUOTA);

  // Every registration's message, and once every job is marked done no instance can send one again.
  await mailbox.waitFor(
    (all) => new Set(all.map((mail) => mail.to)).size >= rows.length,
    60_000,
    'a message to every registrant',
  );
  await eventually(
    async () =>
      Number((await db.query(`SELECT COUNT(*) AS n FROM jobs WHERE status <> 'done'`))[0].n) === 0 &&
      Number((await db.query(`SELECT COUNT(*) AS n FROM jobs`))[0].n) === rows.length,
    30_000,
    'every message marked sent',
  );
  const byRecipient = new Map<string, ReceivedMail[]>();
  for (const mail of mailbox.messages) byRecipient.set(mail.to, [...(byRecipient.get(mail.to) ?? []), mail]);
  expect([...byRecipient.keys()].sort()).toEqual(rows.map((row) => row.email).sort());
  // A repeat is the same message again (one Message-ID per registrant), which mail systems keep once.
  const twoIds = [...byRecipient.entries()].filter(
    ([, mails]) => new Set(mails.map((mail) => mail.messageId)).size !== 1,
  );
  expect(twoIds).toEqual([]);
  const repeats = mailbox.messages.length - byRecipient.size;
  expect(repeats).toBeLessThanOrEqual(allowedRepeats);
  return { repeats };
}

/** The environment of a fault scenario's server process. */
export function faultServerEnv(databaseUrl: string, mailbox: TestMailbox): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    SMTP_URL: mailbox.url,
    MAIL_FROM: 'Roundtable <events@roundtable.test>',
    PUBLIC_URL: 'http://roundtable.test',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    STORAGE_DIR: '/tmp/rt-fault-files',
    RATE_LIMITS: 'off',
    MAIL_TUNING: FAULT_MAIL_TUNING,
  };
}
