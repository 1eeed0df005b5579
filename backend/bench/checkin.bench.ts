/*
 * npm run bench (issue 8): the door under load. BENCH_CHECKINS (2,000) confirmed registrations are seeded into
 * one event by bulk SQL; a staff account assigned to the event then checks them in at BENCH_CHECKIN_CONNECTIONS
 * (50) concurrent connections, as the scanner does (`POST /api/registrations/{id}/check-in` with the event's
 * id), each person twice in a row, so that every pair of requests for one person races as two phones scanning
 * the same code. Baseline: raw `GET /api/health` at the same connections, in the same run, on the same server.
 * Afterwards the database and the answers are asked whether every person was checked in exactly once (one
 * answer `already: false` per person, the other `already: true`, the row checked in).
 *
 * A benchmark, not a test: it reports PASS/FAIL and never throws for a miss. BENCH_PROFILE=<dir> writes a CPU
 * profile of the server during the load.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  Api,
  figures,
  health,
  openDataSource,
  pass,
  ratioTo,
  seedRegistrations,
  startServer,
  type LoadFigures,
} from './app';
import { benchDatabases, sink, writeReport, type BenchDatabase, type Sink } from './support';

const PEOPLE = Number(process.env['BENCH_CHECKINS'] ?? 2000);
const CONNECTIONS = Number(process.env['BENCH_CHECKIN_CONNECTIONS'] ?? 50);
const HEALTH_REQUESTS = Number(process.env['BENCH_HEALTH_REQUESTS'] ?? 5000);
const PROFILE_DIR = process.env['BENCH_PROFILE'] ? resolve(process.env['BENCH_PROFILE']) : null;

interface Answers {
  first: Map<string, number>;
  already: Map<string, number>;
  refused: number;
}

/** Every person of `ids` checked in twice, the two requests one after the other (so at once, on two connections). */
function checkIns(url: string, token: string, eventId: string, ids: string[], answers: Answers) {
  let next = 0;
  let refusalShown = false;
  const body = JSON.stringify({ eventId });
  return autocannon({
    url,
    connections: CONNECTIONS,
    amount: ids.length * 2,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        setupRequest: (request) => ({
          ...request,
          path: `/api/registrations/${ids[Math.floor(next++ / 2) % ids.length]}/check-in`,
          body,
        }),
        onResponse: (status, text) => {
          if (status !== 200) {
            answers.refused++;
            if (!refusalShown) console.warn(`  a check-in was answered ${status}: ${text.slice(0, 300)}`);
            refusalShown = true;
            return;
          }
          const { person, already } = JSON.parse(text) as { person: { id: string }; already: boolean };
          const tally = already ? answers.already : answers.first;
          tally.set(person.id, (tally.get(person.id) ?? 0) + 1);
        },
      },
    ],
  });
}

async function benchDatabase(name: string, database: BenchDatabase, smtp: Sink) {
  const dataSource = await openDataSource(database);
  const server = await startServer(database, smtp.url, { MAIL_TUNING: 'dispatcher=false' });
  try {
    const api = new Api(server.url);
    await api.login();
    const confirmed = () => ({ status: 'confirmed' as const, queuedAt: null });
    // Warm-up: sockets, JIT and the route, on an event of its own.
    const warmEvent = await api.openEvent('Загряване', 10_000);
    const warmIds = await seedRegistrations(dataSource, warmEvent, 200, confirmed);
    const warmStaff = await api.staffFor(warmEvent);
    await health(server.url, 1000, CONNECTIONS);
    await checkIns(server.url, warmStaff.token, warmEvent, warmIds, {
      first: new Map(),
      already: new Map(),
      refused: 0,
    });

    const eventId = await api.openEvent('Вход', PEOPLE * 2);
    const ids = await seedRegistrations(dataSource, eventId, PEOPLE, confirmed);
    const staff = await api.staffFor(eventId);
    const baseline: LoadFigures = figures(await health(server.url, HEALTH_REQUESTS, CONNECTIONS));
    const answers: Answers = { first: new Map(), already: new Map(), refused: 0 };
    const stopProfile = PROFILE_DIR
      ? await server.profile(join(PROFILE_DIR, `checkin-${name}.cpuprofile`))
      : null;
    const load = figures(await checkIns(server.url, staff.token, eventId, ids, answers));
    await stopProfile?.();

    const rows: { id: string; checkedInAt: unknown }[] = await dataSource.query(
      'SELECT id, checkedInAt FROM registrations WHERE eventId = ?',
      [eventId],
    );
    const checkedIn = rows.filter((row) => row.checkedInAt !== null).length;
    const onceEach = ids.every((id) => answers.first.get(id) === 1 && answers.already.get(id) === 1);
    const checks = {
      all200: load.non2xx === 0 && load.errors === 0 && answers.refused === 0,
      everyoneCheckedIn: checkedIn === PEOPLE && rows.length === PEOPLE,
      exactlyOnce: onceEach && answers.first.size === PEOPLE,
    };
    return {
      baseline,
      checkIns: load,
      ratio: ratioTo(load, baseline),
      people: PEOPLE,
      checkedIn,
      firstAnswers: [...answers.first.values()].reduce((sum, n) => sum + n, 0),
      alreadyAnswers: [...answers.already.values()].reduce((sum, n) => sum + n, 0),
      checks,
    };
  } finally {
    await server.stop();
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  if (PROFILE_DIR) mkdirSync(PROFILE_DIR, { recursive: true });
  const smtp = await sink();
  const report: Record<string, unknown> = {
    people: PEOPLE,
    connections: CONNECTIONS,
    healthRequests: HEALTH_REQUESTS,
  };
  for (const kind of benchDatabases()) {
    const database = await kind.create();
    try {
      const result = await benchDatabase(kind.name, database, smtp);
      report[kind.name] = result;
      const { baseline, checkIns: load, ratio, checks } = result;
      console.log(
        `\n${kind.name}: check-in, ${CONNECTIONS} connections, ${PEOPLE} people, each scanned twice`,
      );
      console.log(
        `  GET /api/health: ${baseline.perSecond} req/s, p50 ${baseline.p50Ms} ms, p99 ${baseline.p99Ms} ms`,
      );
      console.log(
        `  check-ins:       ${load.perSecond} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, ` +
          `non-2xx ${load.non2xx}, errors ${load.errors} (${ratio.perSecond} of health's rate)`,
      );
      console.log(
        `  ${result.checkedIn}/${PEOPLE} checked in; ${result.firstAnswers} answers "checked in", ` +
          `${result.alreadyAnswers} "already"; ${pass(checks.all200)} every request 200; ` +
          `${pass(checks.everyoneCheckedIn)} everyone checked in; ${pass(checks.exactlyOnce)} exactly once each`,
      );
    } finally {
      await database.drop();
    }
  }
  await smtp.close();
  console.log(`report: ${writeReport('checkin', report)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
