import type { DataSource } from 'typeorm';
import {
  expectSound,
  faultServerEnv,
  openDatabase,
  openEvent,
  registrationBurst,
} from '../support/registration-burst';
import { eventually, startServer, type ServerProcess } from '../support/server-process';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { TestMailbox } from '../support/test-mailbox';

const REGISTRATIONS = 150;
const CONNECTIONS = 20;
/** What the dispatcher holds at once (FAULT_MAIL_TUNING: 2 loops of 20): the most an outage can leave unknown. */
const IN_HAND = 40;

// mail-resilience has the outbox with the server down from the start; here it goes down while confirmations are
// going out during a registration burst, and comes back once every waiting message has failed at least once.
describe('the mail server down and back while confirmations go out', () => {
  let database: TestDatabase;
  let mailbox: TestMailbox;
  let server: ServerProcess;
  let db: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    mailbox = await TestMailbox.start();
    server = await startServer(faultServerEnv(database.url, mailbox));
    db = await openDatabase(database.config);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await db?.destroy();
    await mailbox.stop();
    await database.drop();
  });

  const count = async (where: string) =>
    Number((await db.query(`SELECT COUNT(*) AS n FROM jobs WHERE ${where}`))[0].n);

  it('sends every confirmation after it is back, a repeat only under the same Message-ID', async () => {
    const event = await openEvent(server.url);
    const burst = registrationBurst({
      url: () => server.url,
      eventId: event.id,
      prefix: 'smtp',
      count: REGISTRATIONS,
      connections: CONNECTIONS,
    });
    await mailbox.waitFor((all) => all.length >= 10, 30_000, 'the first confirmations');
    await mailbox.goDown();
    const sentBefore = mailbox.messages.length;
    const answers = await burst;
    // Every message still waiting has failed against the closed port at least once (and was claimed again).
    await eventually(
      async () => (await count(`status <> 'done' AND attempts < 2`)) === 0,
      30_000,
      'every waiting message failed once',
    );
    const failed = await count(`status <> 'done'`);
    expect(failed).toBeGreaterThan(0);
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);

    await mailbox.comeUp();
    const { repeats } = await expectSound(db, event.id, answers, mailbox, {
      allowedRepeats: IN_HAND,
      servers: [server.url],
    });
    console.info(
      `SMTP down after ${sentBefore} of ${REGISTRATIONS} confirmations; ${failed} waited and went out once ` +
        `it was back; ${repeats} sent again under the same Message-ID`,
    );
  }, 120_000);
});
