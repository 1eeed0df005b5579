import type { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../../src/config/config';
import { MariaDbServer } from '../support/mariadb-server';
import {
  expectSound,
  faultServerEnv,
  openDatabase,
  openEvent,
  registrationBurst,
} from '../support/registration-burst';
import { eventually, startServer, type ServerProcess } from '../support/server-process';
import { TestMailbox } from '../support/test-mailbox';

const REGISTRATIONS = 200;
const CONNECTIONS = 25;
const STOP_AT = 70;
/** What the dispatcher holds at once (FAULT_MAIL_TUNING: 2 loops of 20): the most a lost record can repeat. */
const IN_HAND = 40;

describe('MariaDB restarted under load', () => {
  let mariadb: MariaDbServer;
  let mailbox: TestMailbox;
  let server: ServerProcess;
  let db: DataSource | undefined;
  beforeAll(async () => {
    mariadb = await MariaDbServer.create();
    mailbox = await TestMailbox.start();
    server = await startServer(faultServerEnv(mariadb.url, mailbox));
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await db?.destroy();
    await mailbox?.stop();
    await mariadb?.destroy();
  });

  const health = async (probe = '') => (await fetch(`${server.url}/api/health${probe}`)).status;

  it('answers 503 while it is down, and takes registrations and sends mail again once it is back', async () => {
    const event = await openEvent(server.url);
    let outage: Promise<number[]> | undefined;
    let sawUnavailable!: () => void;
    const unavailableSeen = new Promise<void>((resolve) => (sawUnavailable = resolve));
    const answers = await registrationBurst({
      url: () => server.url,
      eventId: event.id,
      prefix: 'mariadb',
      count: REGISTRATIONS,
      connections: CONNECTIONS,
      onCreated: (created) => {
        if (created !== STOP_AT) return;
        outage = (async () => {
          await mariadb.stop();
          // Down long enough for every client to be refused at least once.
          let timer: NodeJS.Timeout | undefined;
          await Promise.race([
            unavailableSeen,
            new Promise((_, reject) => {
              timer = setTimeout(() => reject(new Error(`no 503 while down:\n${server.output()}`)), 20_000);
            }),
          ]).finally(() => clearTimeout(timer));
          // The load balancer's probes: alive (no restart wanted), not ready (send no traffic here).
          const whileDown = [await health(), await health('/live'), await health('/ready')];
          await mariadb.start();
          return whileDown;
        })();
      },
      onUnavailable: (count) => count >= CONNECTIONS && sawUnavailable(),
    });
    expect(await outage).toEqual([503, 200, 503]);
    // The app was not restarted: it answers again by itself.
    await eventually(async () => (await health()) === 200, 20_000, 'health 200 again');
    expect(await health('/ready')).toBe(200);

    const refused = answers.flatMap((answer) => answer.unavailable);
    expect(refused.length).toBeGreaterThanOrEqual(CONNECTIONS);
    // Refused at once, not after hanging on a dead connection.
    expect(Math.max(...refused)).toBeLessThan(5_000);

    db = await openDatabase(parseDatabaseUrl(mariadb.url, process.cwd()));
    const { repeats } = await expectSound(db, event.id, answers, mailbox, {
      allowedRepeats: IN_HAND,
      servers: [server.url],
    });
    console.info(
      `MariaDB stopped after ${STOP_AT} of ${REGISTRATIONS} 201s; ${refused.length} answers 503 ` +
        `(slowest ${Math.max(...refused)} ms); ${answers.filter((a) => a.lost > 0).length} connections cut; ` +
        `${repeats} messages sent again under the same Message-ID`,
    );
  }, 120_000);
});
