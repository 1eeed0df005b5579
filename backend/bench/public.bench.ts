/*
 * npm run bench (issue 8): the public event page's API. What the page asks on its first load
 * (`frontend/src/app/features/events/event.page.ts` and the shell's `OrganisationInfo`): the organisation's public
 * details, the event by its slug and its named speakers (the summary only for a past event, which this one is
 * not). Each route alone, then the three as one page load per connection in turn, under autocannon at
 * BENCH_PUBLIC_CONNECTIONS (100) anonymous connections, BENCH_PUBLIC_REQUESTS (3,000) each, against raw
 * `GET /api/health` at the same connections on the same server in the same run.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { Api, figures, health, pass, ratioTo, startServer, type LoadFigures } from './app';
import { benchDatabases, sink, writeReport, type BenchDatabase, type Sink } from './support';

const CONNECTIONS = Number(process.env['BENCH_PUBLIC_CONNECTIONS'] ?? 100);
const REQUESTS = Number(process.env['BENCH_PUBLIC_REQUESTS'] ?? 3000);

function load(url: string, paths: string[]): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections: CONNECTIONS,
    amount: REQUESTS,
    timeout: 30,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
}

async function benchDatabase(database: BenchDatabase, smtp: Sink) {
  const server = await startServer(database, smtp.url, { MAIL_TUNING: 'dispatcher=false' });
  try {
    const api = new Api(server.url);
    await api.login();
    const { slug } = await api.openEventWithSlug('Кръгла маса „Ранно детско развитие“', 120, { health: 20 });
    const routes = [
      { name: '`GET /api/organisation/public`', paths: ['/api/organisation/public'] },
      { name: '`GET /api/events/{slug}`', paths: [`/api/events/${slug}`] },
      { name: '`GET /api/events/{slug}/speakers`', paths: [`/api/events/${slug}/speakers`] },
    ];
    routes.push({ name: 'the three, as one page load', paths: routes.flatMap((route) => route.paths) });
    // Warm-up: sockets, JIT, every route once under load.
    await health(server.url, 1000, CONNECTIONS);
    for (const route of routes)
      await autocannon({
        url: server.url,
        connections: 10,
        amount: 300,
        requests: route.paths.map((path) => ({ method: 'GET', path })),
      });
    const baseline: LoadFigures = figures(await health(server.url, REQUESTS, CONNECTIONS));
    const results = [];
    for (const route of routes) {
      const figured = figures(await load(server.url, route.paths));
      results.push({ name: route.name, ...figured, ratio: ratioTo(figured, baseline) });
    }
    return {
      baseline,
      routes: results,
      checks: { all200: results.every((r) => r.non2xx === 0 && r.errors === 0) },
    };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const smtp = await sink();
  const report: Record<string, unknown> = { connections: CONNECTIONS, requests: REQUESTS };
  for (const kind of benchDatabases()) {
    const database = await kind.create();
    try {
      const result = await benchDatabase(database, smtp);
      report[kind.name] = result;
      console.log(`\n${kind.name}: public event page API, ${CONNECTIONS} connections`);
      const { baseline: b } = result;
      console.log(`  GET /api/health: ${b.perSecond} req/s, p50 ${b.p50Ms} ms, p99 ${b.p99Ms} ms`);
      for (const r of result.routes)
        console.log(
          `  ${r.name}: ${r.perSecond} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms (${r.ratio.perSecond} of health's rate)`,
        );
      console.log(`  ${pass(result.checks.all200)} every request 200`);
    } finally {
      await database.drop();
    }
  }
  await smtp.close();
  console.log(`report: ${writeReport('public', report)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
