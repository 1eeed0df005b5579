import type { Event, PackStatus, PackStep, Problem } from '@roundtable/contracts';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Test } from 'supertest';
import { JobRunner } from '../src/jobs/job-runner';
import { PackParts, type PackPart } from '../src/pack/pack-parts';
import { PACK_BUILD_ATTEMPTS } from '../src/pack/pack.service';
import { RetentionScheduler } from '../src/registrations/retention-scheduler';
import { anEventInput, aRegistrationInput } from './support/builders';
import { bootAppWithMailbox, type MailTestApp } from './support/mail-app';
import { bearer } from './support/registrations';
import { TestS3 } from './support/s3-server';
import { eventually } from './support/server-process';
import { tokenFor } from './support/test-app';
import { readZip } from './support/zip';

/** What an event with registrations and no uploads gives the funder, in the order of PACK_STEPS. */
const PACK_FILES = [
  'agenda.pdf',
  'attendance-sheet.pdf',
  'registrations.csv',
  'summary.pdf',
  'statistics.csv',
  'materials.csv',
];
const TITLE = 'Кръгла маса „Ранно детско развитие в Родопите“';
const PEOPLE = [
  { firstName: 'Ясен', lastName: 'Шишков', organization: 'Сдружение „Родопи“' },
  { firstName: 'Йордана', lastName: 'Щерева', organization: 'Община Смолян' },
  { firstName: 'Юлиан', lastName: 'Жеков', organization: 'РЗИ Смолян' },
];

function binary(test: Test): Test {
  return test.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

const pdfText = (bytes: Buffer): string =>
  execFileSync('pdftotext', ['-layout', '-', '-'], { input: bytes }).toString('utf8');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && !entry.parentPath.includes('.incoming'))
    .map((e) => e.name);
}

describe.each(['folder', 's3'] as const)('the reporting pack, stored in the %s', (driver) => {
  let t: MailTestApp;
  let s3: TestS3 | null = null;
  let dir: string;
  let organiser: string;
  let event: Event;
  const stored = (): Promise<string[]> => (s3 ? s3.keys() : filesUnder(dir));

  const post = (token = organiser, eventId = event.id) =>
    t.http.post(`/api/events/${eventId}/pack`).auth(token, bearer);
  const status = async (): Promise<PackStatus> =>
    (await t.http.get(`/api/events/${event.id}/pack`).auth(organiser, bearer).expect(200)).body as PackStatus;
  const download = () => binary(t.http.get(`/api/events/${event.id}/pack.zip`).auth(organiser, bearer));

  /** Runs the job runner (started by hand: the test decides when) while polling the pack as the page does. */
  /** Runs the build, reading its status as the page does; `onSample` hears every status read. */
  const buildWhilePolling = async (
    onSample: (now: PackStatus) => void = () => undefined,
  ): Promise<{ final: PackStatus; seen: PackStatus[] }> => {
    const runner = t.app.get(JobRunner);
    const seen: PackStatus[] = [];
    let running: Promise<unknown> | null = null;
    await eventually(
      async () => {
        running ??= runner.drainOnce().finally(() => (running = null));
        const now = await status();
        seen.push(now);
        onSample(now);
        return now.state === 'ready' || now.state === 'failed';
      },
      30_000,
      'the pack to be built',
      20,
    );
    await running;
    // What the build queued (the removal of the pack it replaced).
    while ((await runner.drainOnce()) > 0);
    return { final: await status(), seen };
  };

  /**
   * Wraps the part a step has, for one build: the parts are the other features' and change as they come, so the
   * test changes the answer of the registry rather than registering steps of its own.
   */
  const wrapPart = (step: PackStep, wrap: (part: PackPart | null) => PackPart): (() => void) => {
    const parts = t.app.get(PackParts);
    const original = parts.part.bind(parts);
    parts.part = (asked) => (asked === step ? wrap(original(asked)) : original(asked));
    return () => {
      parts.part = original;
    };
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rt-pack-'));
    if (driver === 's3') s3 = await TestS3.start();
    t = await bootAppWithMailbox({ dispatcher: false }, { storageDir: dir, storageS3: s3?.config ?? null });
    organiser = await tokenFor(t.http, 'organizer');
    event = (
      await t.http
        .post('/api/events')
        .auth(organiser, bearer)
        .send(anEventInput({ title: TITLE, startsAt: '2031-05-21T09:30', endsAt: '2031-05-21T13:30' }))
        .expect(201)
    ).body as Event;
    await t.http
      .put(`/api/events/${event.id}/agenda`)
      .auth(organiser, bearer)
      .send([
        {
          title: 'Откриване и представяне на участниците',
          startsAt: '2031-05-21T09:30',
          endsAt: '2031-05-21T10:00',
          kind: 'talk',
          speakerIds: [],
        },
      ])
      .expect(200);
    await t.http.post(`/api/events/${event.id}/publish`).auth(organiser, bearer).expect(200);
    for (const person of PEOPLE) {
      await t.http.post(`/api/events/${event.id}/registrations`).send(aRegistrationInput(person)).expect(201);
    }
  });
  afterAll(async () => {
    await t.close();
    await s3?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('is built as a job, shows its progress, and holds the agenda, the attendance sheet and the registrations', async () => {
    await t.http
      .get(`/api/events/${event.id}/pack`)
      .auth(organiser, bearer)
      .expect(404)
      .expect((response) => expect((response.body as Problem).code).toBe('PACK_NOT_FOUND'));

    const first = await post().expect(202);
    const queued = first.body as PackStatus;
    expect(queued).toMatchObject({ eventId: event.id, state: 'queued', progress: 0, step: null, size: null });
    // A double click, and another organiser of the team, while it is queued: the same build, not a second one.
    expect(((await post().expect(202)).body as PackStatus).id).toBe(queued.id);
    const colleague = await tokenFor(t.http, 'organizer');
    expect(((await post(colleague).expect(202)).body as PackStatus).id).toBe(queued.id);
    const early = await download().expect(409);
    expect(JSON.parse(early.body.toString('utf8'))).toMatchObject({ status: 409, code: 'PACK_NOT_READY' });

    // The registrations wait until the page's own reading has seen the build at their step (not another
    // reader's: the page could miss the step between two of its reads), so the test sees it mid-way.
    let seenAtRegistrations: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (seenAtRegistrations = resolve));
    const restore = wrapPart('registrations', (part) => async (eventId) => {
      await gate;
      return part ? part(eventId) : [];
    });
    let reachedRegistrations: () => void = () => undefined;
    const reached = new Promise<void>((resolve) => (reachedRegistrations = resolve));
    const watching = reached
      // Asked again while it is building: still the same build.
      .then(async () => ((await post().expect(202)).body as PackStatus).id)
      .finally(seenAtRegistrations);
    const { final, seen } = await buildWhilePolling((now) => {
      if (now.step === 'registrations') reachedRegistrations();
    }).finally(() => {
      // A build that never showed the step must not leave the watcher or the gate waiting.
      reachedRegistrations();
      seenAtRegistrations();
      restore();
    });
    expect(await watching).toBe(queued.id);
    expect(final).toMatchObject({ id: queued.id, state: 'ready', progress: 100, step: null });
    expect(final.size).toBeGreaterThan(0);
    expect(final.finishedAt).not.toBeNull();
    // Progress only ever goes forward.
    const progress = seen.map((s) => s.progress);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    // The page saw where the build was: the step being written, part of the way.
    expect(seen).toContainEqual(
      expect.objectContaining({ state: 'building', step: 'registrations', progress: expect.any(Number) }),
    );
    const atRegistrations = seen.find((s) => s.step === 'registrations') as PackStatus;
    expect(atRegistrations.progress).toBeGreaterThan(0);
    expect(atRegistrations.progress).toBeLessThan(100);

    const response = await download().expect(200);
    expect(response.headers['content-type']).toBe('application/zip');
    const filename = `reporting-pack-${event.slug}.zip`;
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="${filename}"; filename*=UTF-8''${filename}`,
    );
    expect(response.body.length).toBe(final.size);
    const files = await readZip(response.body);
    expect([...files.keys()]).toEqual(PACK_FILES);

    const agenda = pdfText(files.get('agenda.pdf') as Buffer);
    expect(agenda).toContain('Откриване и представяне на участниците');
    const sheet = pdfText(files.get('attendance-sheet.pdf') as Buffer);
    for (const person of PEOPLE) expect(sheet).toContain(`${person.lastName}`);
    expect(sheet).toContain('Йордана');
    const csv = (files.get('registrations.csv') as Buffer).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    for (const person of PEOPLE) {
      expect(csv).toContain(person.firstName);
      expect(csv).toContain(person.lastName);
    }
    expect(pdfText(files.get('summary.pdf') as Buffer)).toContain(event.title);
    expect((files.get('statistics.csv') as Buffer).toString('utf8').charCodeAt(0)).toBe(0xfeff);
    expect(await stored()).toHaveLength(1);
  });

  it('is built again on request; the earlier pack is served until the new one is ready, then removed', async () => {
    const before = await status();
    expect(before.state).toBe('ready');
    const again = (await post().expect(202)).body as PackStatus;
    expect(again.id).not.toBe(before.id);
    expect(again.state).toBe('queued');
    await download().expect(200);

    const { final } = await buildWhilePolling();
    expect(final).toMatchObject({ id: again.id, state: 'ready' });
    expect(await stored()).toHaveLength(1);
    expect((await readZip((await download().expect(200)).body)).size).toBe(PACK_FILES.length);
  });

  it('tells a build that keeps failing as failed, keeps why, and still serves the last good pack', async () => {
    const restore = wrapPart('attendance-sheet', () => async () => {
      throw new Error('the attendance sheet could not be drawn');
    });
    const failing = (await post().expect(202)).body as PackStatus;
    const runner = t.app.get(JobRunner);
    await eventually(
      async () => (await runner.drainOnce(), (await status()).state === 'failed'),
      20_000,
      `${PACK_BUILD_ATTEMPTS} tries of the build`,
      50,
    ).finally(restore);
    const failed = await status();
    expect(failed).toMatchObject({ id: failing.id, state: 'failed', size: null });
    expect(failed.finishedAt).not.toBeNull();
    const row = await t.dataSource.query(`SELECT error FROM reporting_packs WHERE id = '${failing.id}'`);
    expect(row[0].error).toContain('the attendance sheet could not be drawn');
    // Nothing half-written is left in the store; the last good pack is.
    expect(await stored()).toHaveLength(1);
    expect((await readZip((await download().expect(200)).body)).size).toBe(PACK_FILES.length);
    // A failed build holds nothing up: the next request starts a new one.
    expect(((await post().expect(202)).body as PackStatus).id).not.toBe(failing.id);
  });

  it('is forgotten with its file when retention anonymises the registrants, since it names them', async () => {
    expect(await stored()).toHaveLength(1);
    // A year and more after the event: its registrations are due.
    expect(await t.app.get(RetentionScheduler).runDue(new Date('2033-01-01T00:00:00Z'))).toBe(1);
    const runner = t.app.get(JobRunner);
    while ((await runner.drainOnce()) > 0);
    await t.http.get(`/api/events/${event.id}/pack`).auth(organiser, bearer).expect(404);
    await download().expect(404);
    expect(await stored()).toEqual([]);
  });

  it('is for organisers: staff get 403, the anonymous 401, an unknown event 404', async () => {
    const staff = await tokenFor(t.http, 'staff');
    await post(staff).expect(403);
    await t.http.get(`/api/events/${event.id}/pack`).auth(staff, bearer).expect(403);
    await t.http.get(`/api/events/${event.id}/pack.zip`).auth(staff, bearer).expect(403);
    await t.http.post(`/api/events/${event.id}/pack`).expect(401);
    await t.http.get(`/api/events/${event.id}/pack`).expect(401);
    await t.http.get(`/api/events/${event.id}/pack.zip`).expect(401);
    const unknown = '00000000-0000-4000-8000-000000000000';
    await post(organiser, unknown).expect(404);
    await t.http.get(`/api/events/${unknown}/pack`).auth(organiser, bearer).expect(404);
    await t.http.get(`/api/events/${unknown}/pack.zip`).auth(organiser, bearer).expect(404);
  });
});
