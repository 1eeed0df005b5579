import { inTransaction } from '../src/database/transaction';
import { JobHandlers } from '../src/jobs/job-handlers';
import { JobQueue } from '../src/jobs/job-queue';
import { JobRunner } from '../src/jobs/job-runner';
import { UserEntity } from '../src/users/user.entity';
import { bootAppWithMailbox, type MailTestApp } from './support/mail-app';
import { eventually } from './support/server-process';
import { ADMIN } from './support/test-app';

declare module '../src/jobs/job-kinds' {
  interface TaskJobs {
    'spec-rename-admin': { name: string };
    'spec-long-rename': { name: string };
  }
}

describe('task jobs', () => {
  let t: MailTestApp;
  beforeAll(async () => (t = await bootAppWithMailbox({ dispatcher: false })));
  afterAll(() => t.close());

  it('run in a transaction that marks them done: a failed try leaves nothing behind and is tried again', async () => {
    let runs = 0;
    t.app.get(JobHandlers).task('spec-rename-admin', async (job, manager) => {
      runs++;
      await manager.update(UserEntity, { email: ADMIN.email }, { name: job.payload.name });
      if (runs === 1) throw new Error('the first try fails');
    });
    await inTransaction(t.dataSource, (manager) =>
      t.app
        .get(JobQueue)
        .task(manager, 'spec-rename-admin', { dedupeKey: 'rename', payload: { name: 'Ново име' } }),
    );
    const runner = t.app.get(JobRunner);
    const job = async () =>
      (
        await t.dataSource.query(`SELECT status, attempts, lastError FROM jobs WHERE dedupeKey = 'rename'`)
      )[0];
    const adminName = async () =>
      (await t.dataSource.getRepository(UserEntity).findOneByOrFail({ email: ADMIN.email })).name;

    expect(await runner.drainOnce()).toBe(1);
    expect(await job()).toMatchObject({ status: 'queued', lastError: 'the first try fails' });
    expect(await adminName()).not.toBe('Ново име');

    await eventually(
      async () => (await runner.drainOnce(), (await job()).status === 'done'),
      10_000,
      'the retry',
    );
    expect(Number((await job()).attempts)).toBe(2);
    expect(await adminName()).toBe('Ново име');
  });
});

describe('long tasks', () => {
  let t: MailTestApp;
  beforeAll(async () => (t = await bootAppWithMailbox({ dispatcher: false })));
  afterAll(() => t.close());

  it('run outside a transaction: others see their writes while they work; done once they return', async () => {
    const adminName = async () =>
      (await t.dataSource.getRepository(UserEntity).findOneByOrFail({ email: ADMIN.email })).name;
    let seenMidway: string | null = null;
    let runs = 0;
    t.app.get(JobHandlers).longTask('spec-long-rename', async (job) => {
      runs++;
      await t.dataSource.manager.update(UserEntity, { email: ADMIN.email }, { name: job.payload.name });
      // Read over the API, as another instance or a polling page would: the write is committed already.
      const me = await t.http
        .post('/api/auth/login')
        .send(ADMIN)
        .expect(200)
        .then((response) => response.body.user.name as string);
      seenMidway = me;
      if (runs === 1) throw new Error('the first try fails');
    });
    await inTransaction(t.dataSource, (manager) =>
      t.app
        .get(JobQueue)
        .task(manager, 'spec-long-rename', { dedupeKey: 'long-rename', payload: { name: 'Дълга задача' } }),
    );
    const runner = t.app.get(JobRunner);
    const job = async () =>
      (await t.dataSource.query(`SELECT status, lastError FROM jobs WHERE dedupeKey = 'long-rename'`))[0];

    expect(await runner.drainOnce()).toBe(1);
    expect(seenMidway).toBe('Дълга задача');
    // Not undone: the handler's own writes are its own, and it is tried again.
    expect(await adminName()).toBe('Дълга задача');
    expect(await job()).toMatchObject({ status: 'queued', lastError: 'the first try fails' });
    await eventually(
      async () => (await runner.drainOnce(), (await job()).status === 'done'),
      10_000,
      'the retry',
    );
    expect(runs).toBe(2);
  });
});

describe('waking the runner', () => {
  let t: MailTestApp;
  // Polling once a minute: only the wake after the commit can bring the mail within the test's time.
  beforeAll(async () => (t = await bootAppWithMailbox({ pollIntervalMs: 60_000 })));
  afterAll(() => t.close());

  it('happens after the commit of a transaction that queued a job, with no call by the service', async () => {
    // Not a wait for a result: both loops must first find nothing and fall asleep for the minute, or the spec
    // would pass without any wake.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await inTransaction(t.dataSource, (manager) =>
      t.app.get(JobQueue).mail(manager, 'invitation-reminder', {
        dedupeKey: 'woken',
        to: { email: 'woken@example.org', name: 'Събуден' },
        language: 'bg',
        payload: {},
      }),
    );
    await eventually(
      async () =>
        // Taken at least once: this mail has no invitation to render, so it fails and waits for a retry.
        Number(
          (await t.dataSource.query(`SELECT attempts FROM jobs WHERE dedupeKey = 'woken'`))[0].attempts,
        ) > 0,
      5_000,
      'the runner to take the job',
    );
  });
});
