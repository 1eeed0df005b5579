/*
 * npm run bench: outbox throughput for 2,000 invitation e-mails with calendar invitations, sent to a local SMTP
 * server, as a ratio to raw pooled nodemailer sending the same number of pre-rendered messages in the same run.
 * A benchmark, not a test: it reports and asserts nothing. Target: at least 0.6 of raw (issue 8).
 * BENCH_MESSAGES (2000) and BENCH_ROUNDS (3) make it shorter or steadier. BENCH_PROFILE=<dir> writes a CPU
 * profile of each timed outbox run (dispatcher start to the last message received) into <dir>.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTransport } from 'nodemailer';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app.factory';
import { itipInvitation } from '../src/calendar/ics';
import { DEFAULT_MAIL_TUNING, type AppConfig, type DatabaseConfig } from '../src/config/config';
import { MAIL_TEXT_ENCODING, smtpOptions } from '../src/mail/mail-transport';
import { JobRunner } from '../src/jobs/job-runner';
import { TemplateRenderer } from '../src/mail/template-renderer';
import { benchDatabases, median, ROOT, sink, writeReport } from './support';

const MESSAGES = Number(process.env['BENCH_MESSAGES'] ?? 2000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const PROFILE_DIR = process.env['BENCH_PROFILE'] ? resolve(process.env['BENCH_PROFILE']) : null;

/** Starts a CPU profile of this process; the function it returns stops it and writes it to `path`. */
async function profile(dir: string, name: string): Promise<() => Promise<void>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), JSON.stringify(profile));
    session.disconnect();
  };
}

async function rawPooled(smtpUrl: string, renderer: TemplateRenderer): Promise<number> {
  const event = {
    id: 'bench',
    title: 'Кръгла маса „Добри практики за холистична подкрепа на ранното детско развитие“',
    description: 'Описание на събитието.',
    startsAt: new Date('2031-05-21T07:00:00Z'),
    endsAt: new Date('2031-05-21T10:00:00Z'),
    timezone: 'Europe/Sofia',
    venue: { name: 'Зала', address: 'ул. „Гюешево“ 21', city: 'София' },
    onlineUrl: null,
    sequence: 0,
    status: 'published' as const,
  };
  const messages = Array.from({ length: MESSAGES }, (_, i) => {
    const email = `raw-${i}@example.org`;
    const mail = renderer.render('invitation', 'bg', {
      name: `Участник ${i}`,
      event: {
        title: event.title,
        when: '21 май 2031',
        venueName: 'Зала',
        venueAddress: 'ул. 1',
        venueCity: 'София',
        onlineUrl: null,
        eventUrl: 'http://x/e',
        cancellationReason: null,
      },
      roleLabel: 'панелист',
      respondBy: null,
      link: `http://x/invitations/${'t'.repeat(43)}`,
      organisation: { name: 'Roundtable' },
      message: null,
      delegatedBy: null,
    });
    const ics = itipInvitation({
      method: 'REQUEST',
      event,
      organizer: { name: 'Roundtable', email: 'events@bench.test' },
      attendee: { email, name: `Участник ${i}`, status: 'NEEDS-ACTION', rsvp: true },
    });
    return {
      from: 'Roundtable <events@bench.test>',
      to: email,
      ...mail,
      textEncoding: MAIL_TEXT_ENCODING,
      icalEvent: { method: 'REQUEST', content: ics },
    };
  });
  const transport = createTransport(smtpOptions(smtpUrl, DEFAULT_MAIL_TUNING.maxConnections));
  const started = process.hrtime.bigint();
  await Promise.all(messages.map((message) => transport.sendMail(message)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  transport.close();
  return MESSAGES / seconds;
}

async function outbox(
  smtpUrl: string,
  database: DatabaseConfig,
  received: () => Promise<void>,
): Promise<number> {
  const config: AppConfig = {
    port: 0,
    database,
    smtpUrl,
    mailFrom: 'Roundtable <events@bench.test>',
    publicUrl: 'http://bench.test',
    admin: { email: 'bench@example.org', password: 'bench-password-1' },
    storageDir: join(tmpdir(), 'rt-bench-files'),
    storageS3: null,
    defaultTimezone: 'Europe/Sofia',
    rateLimits: false,
    trustProxy: false,
    formSecret: null,
    retentionDays: 365,
    uploadMaxBytes: 50 * 1024 * 1024,
    demo: false,
    frontendDir: null,
    templatesDir: join(ROOT, 'templates'),
    mail: { ...DEFAULT_MAIL_TUNING, dispatcher: false, pollIntervalMs: 20 },
    invitations: { reminderDaysBeforeRespondBy: [7, 2] },
    schedulerIntervalMs: 60_000,
    logFormat: 'text',
    metricsToken: null,
    webhooks: { extraCa: null, allowPrivateNetworks: false, timeoutMs: 10_000 },
  };
  const app = await createApp(config, { logger: false });
  await app.listen(0);
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const post = async (path: string, body: unknown, token?: string) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<Record<string, string>>;
  };
  const { accessToken } = await post('/api/auth/login', config.admin);
  const event = await post(
    '/api/events',
    {
      title: 'Кръгла маса',
      description: 'Описание',
      startsAt: '2031-05-21T10:00',
      endsAt: '2031-05-21T13:00',
      language: 'bg',
      venue: { name: 'Зала', address: 'ул. 1', city: 'София' },
      capacity: 100,
      registrationMode: 'open',
    },
    accessToken,
  );
  for (let start = 0; start < MESSAGES; start += 500) {
    const rows = Array.from({ length: Math.min(500, MESSAGES - start) }, (_, i) => ({
      name: `Участник ${start + i}`,
      email: `outbox-${start + i}@example.org`,
      role: 'panelist',
    }));
    await post(`/api/events/${event['id']}/invitations/bulk`, { rows }, accessToken);
  }
  // Timed from the moment the dispatcher starts until the SMTP server has every message.
  const stopProfile = PROFILE_DIR
    ? await profile(PROFILE_DIR, `outbox-${database.kind}-${Date.now()}.cpuprofile`)
    : null;
  const started = process.hrtime.bigint();
  app.get(JobRunner).start();
  await received();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await stopProfile?.();
  await app.close();
  return MESSAGES / seconds;
}

async function main(): Promise<void> {
  const renderer = await TemplateRenderer.load(join(ROOT, 'templates'));
  const smtp = await sink();
  const databases = benchDatabases();
  // Warm up sockets, JIT and the templates so neither side pays for starting first.
  await rawPooled(smtp.url, renderer);
  const report: Record<string, unknown> = { messages: MESSAGES, rounds: ROUNDS };
  for (const database of databases) {
    // Raw and outbox alternate, ROUNDS times, and the medians are compared: on a shared machine one run of raw
    // alone varies by a third, which would otherwise decide the ratio.
    const raws: number[] = [];
    const rates: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await smtp.reset();
      raws.push(await rawPooled(smtp.url, renderer));
      await smtp.reset();
      const { config, drop } = await database.create();
      try {
        rates.push(await outbox(smtp.url, config, () => smtp.waitFor(MESSAGES)));
      } finally {
        await drop();
      }
    }
    const raw = median(raws);
    const rate = median(rates);
    const list = (values: number[]) => values.map((value) => value.toFixed(0)).join(', ');
    console.log(
      `raw pooled nodemailer, ${MESSAGES} pre-rendered with .ics: ${raw.toFixed(0)} messages/s (median of ${list(raws)})`,
    );
    console.log(
      `outbox on ${database.name} (render, .ics, token, claim, send, record): ${rate.toFixed(0)} messages/s ` +
        `(median of ${list(rates)}) = ${(rate / raw).toFixed(2)} of raw (target >= 0.6)`,
    );
    report[database.name] = {
      rawMessagesPerSecond: Math.round(raw),
      outboxMessagesPerSecond: Math.round(rate),
      ratioToRaw: Number((rate / raw).toFixed(3)),
    };
  }
  await smtp.close();
  console.log(`report: ${writeReport('outbox', report)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
