import type { DataSource } from 'typeorm';
import {
  expectSound,
  faultServerEnv,
  openDatabase,
  openEvent,
  registrationBurst,
} from '../support/registration-burst';
import { startServer, type ServerProcess } from '../support/server-process';
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from '../support/test-database';
import { TestMailbox } from '../support/test-mailbox';

const REGISTRATIONS = 200;
const CONNECTIONS = 30;

// MariaDB is how several instances are meant to run (docs/scaling.md); two processes on one SQLite file are
// checked too, as it costs seconds (decision 0030).
describe.each<TestDatabaseKind>(['mysql', 'sqlite'])('two backends on one %s database', (kind) => {
  let database: TestDatabase;
  let mailbox: TestMailbox;
  let db: DataSource | undefined;
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    mailbox = await TestMailbox.start();
    // One after the other: the first creates the schema, the second finds it.
    for (let i = 0; i < 2; i++) servers.push(await startServer(faultServerEnv(database.url, mailbox)));
  }, 120_000);
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await db?.destroy();
    await mailbox.stop();
    await database.drop();
  });

  it('take one burst between them, overbook no seat and send each confirmation exactly once', async () => {
    const event = await openEvent(servers[0].url);
    // Every other registration to the other instance: both take requests, both dispatchers send.
    const answers = await registrationBurst({
      url: (i) => servers[i % 2].url,
      eventId: event.id,
      prefix: `pair-${kind}`,
      count: REGISTRATIONS,
      connections: CONNECTIONS,
    });
    db = await openDatabase(database.config);
    await expectSound(db, event.id, answers, mailbox, {
      allowedRepeats: 0,
      servers: servers.map((s) => s.url),
    });
    const refused = answers.filter((answer) => answer.unavailable.length > 0).length;
    console.info(`${kind}: ${REGISTRATIONS} registrations over two instances; ${refused} answered 503 first`);
  }, 120_000);
});
