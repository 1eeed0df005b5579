import { DataSource, type DataSourceOptions } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/** The migrations up to the mail outbox, before it grew into the job runner. */
const BEFORE_JOBS = 2;

describe('the mail outbox becoming the jobs table', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  afterAll(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await database.drop();
  });

  it('keeps queued and sent mail, its invitation as its subject, and gives it back on rollback', async () => {
    database = await createTestDatabase();
    const options = dataSourceOptions(database.config);
    const migrations = options.migrations as NonNullable<DataSourceOptions['migrations']> & unknown[];
    const old = new DataSource({
      ...options,
      migrations: migrations.slice(0, BEFORE_JOBS),
    } as DataSourceOptions);
    await old.initialize();
    await old.runMigrations();
    const columns = `id, dedupeKey, kind, invitationId, recipientEmail, recipientName, language, payload, status,
      attempts, nextAttemptAt, sentAt`;
    await old.query(
      `INSERT INTO mail_outbox (${columns}) VALUES
         ('m1', 'invitation:i1:sent:1', 'invitation', 'i1', 'a@example.org', 'А', 'bg', '{}', 'sent', 1, ?, ?),
         ('m2', 'invitation:i2:sent:1', 'invitation', 'i2', 'b@example.org', 'Б', 'en', '{}', 'sending', 1, ?, NULL),
         ('m3', 'other', 'event-updated', NULL, 'c@example.org', 'В', 'bg', '{"sequence":1}', 'queued', 0, ?, NULL)`,
      Array(4).fill('2031-01-01 00:00:00.000'),
    );
    await old.destroy();

    dataSource = new DataSource(options);
    await dataSource.initialize();
    await dataSource.runMigrations();
    const jobs = await dataSource.query(
      `SELECT id, kind, subjectType, subjectId, status, payload, finishedAt FROM jobs ORDER BY id`,
    );
    expect(
      jobs.map((job: Record<string, unknown>) => [job.id, job.subjectType, job.subjectId, job.status]),
    ).toEqual([
      ['m1', 'invitation', 'i1', 'done'],
      ['m2', 'invitation', 'i2', 'running'],
      ['m3', null, null, 'queued'],
    ]);
    expect(jobs[0].finishedAt).not.toBeNull();
    expect(JSON.parse(jobs[2].payload)).toEqual({ sequence: 1 });

    // Back to before the job runner, through every later migration too.
    for (let applied = migrations.length; applied > BEFORE_JOBS; applied--)
      await dataSource.undoLastMigration();
    const outbox = await dataSource.query(`SELECT id, invitationId, status FROM mail_outbox ORDER BY id`);
    expect(outbox.map((row: Record<string, unknown>) => [row.id, row.invitationId, row.status])).toEqual([
      ['m1', 'i1', 'sent'],
      ['m2', 'i2', 'sending'],
      ['m3', null, 'queued'],
    ]);
  });
});
