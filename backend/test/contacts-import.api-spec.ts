import type { Contact, ContactImport, ContactPage, Problem } from '@roundtable/contracts';
import { randomUUID } from 'node:crypto';
import { IMPORT_BATCH_ROWS } from '../src/contacts/contact-imports';
import { JobEntity } from '../src/jobs/job.entity';
import { eventually } from './support/server-process';
import { bootAppWithMailbox, type MailTestApp } from './support/mail-app';
import { bearer } from './support/registrations';
import { tokenFor } from './support/test-app';

describe('importing contacts from a CSV file', () => {
  let t: MailTestApp;
  let organiser: string;

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  const upload = (csv: string, type = 'text/csv') =>
    t.http.post('/api/contacts/imports').auth(organiser, bearer).set('Content-Type', type).send(csv);
  const status = async (id: string) =>
    (await t.http.get(`/api/contacts/imports/${id}`).auth(organiser, bearer).expect(200))
      .body as ContactImport;
  /** Polls as the app does, until the job runner has finished the import. */
  const finished = async (id: string): Promise<ContactImport> => {
    const seen: number[] = [];
    await eventually(
      async () => {
        const now = await status(id);
        seen.push(now.processed);
        return now.status === 'done';
      },
      30_000,
      `import ${id} to finish`,
    );
    // Progress only ever goes forward.
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    return status(id);
  };
  const contact = async (email: string): Promise<Contact | undefined> =>
    (
      (await t.http.get('/api/contacts').query({ q: email }).auth(organiser, bearer).expect(200))
        .body as ContactPage
    ).items.find((c) => c.email.toLowerCase() === email.toLowerCase());

  // Excel's "CSV UTF-8" in a Bulgarian locale: a byte-order mark, semicolons, CRLF, Bulgarian headers and words.
  const sheet = [
    '\uFEFFИме;Фамилия;Имейл;Организация;Длъжност;Сектор;Община;Език',
    'Татяна;Бакова;T.Bakova@Rakovski.example;Община Раковски;Заместник-кмет;Общинска администрация;Раковски;български',
    'Мариана;Соколова;не-е-имейл;ЦМИ;Директор;здравеопазване;;',
    'Георги;Иванов;g.ivanov@example.org;"Фондация ""Деца""";Експерт;космос;SOF46;английски',
    '',
    'Elena;Petrova;elena.petrova@example.org;NGO Link;;ngo;Stolichna;en',
    'Калин;Колев;kalin.kolev@example.org;Сдружение;Председател;НПО;Никъде;',
    `Дълго;Име;long.name@example.org;${'Я'.repeat(201)};;;;`,
  ].join('\r\n');

  it('imports the good rows, names each bad one by its line, and reaches the total', async () => {
    const queued = await upload(sheet).expect(202);
    const started = queued.body as ContactImport;
    expect(started).toMatchObject({ status: 'queued', total: 6, processed: 0, created: 0, errors: [] });

    const done = await finished(started.id);
    expect(done).toMatchObject({ status: 'done', total: 6, processed: 6, created: 2, updated: 0 });
    expect(done.finishedAt).not.toBeNull();
    // Each names the rule, so the app words it in the organiser's language.
    expect(done.errors.map(({ line, field, rule }) => [line, field, rule])).toEqual([
      [3, 'email', 'isEmail'],
      [4, 'sector', expect.any(String)],
      [7, 'municipality', expect.any(String)],
      [8, 'organization', 'maxLength'],
    ]);
    expect(done.errors.every((error) => error.message.length > 0)).toBe(true);

    expect(await contact('t.bakova@rakovski.example')).toMatchObject({
      email: 'T.Bakova@Rakovski.example',
      firstName: 'Татяна',
      lastName: 'Бакова',
      organization: 'Община Раковски',
      position: 'Заместник-кмет',
      sector: 'municipal',
      municipality: 'PDV25',
      language: 'bg',
      sources: ['import'],
      followUp: { consented: false },
    });
    expect(await contact('elena.petrova@example.org')).toMatchObject({
      sector: 'ngo',
      municipality: 'SOF46',
      language: 'en',
      position: null,
    });
    expect(await contact('g.ivanov@example.org')).toBeUndefined();
  });

  it('run again, imports nothing twice: existing addresses only get their empty fields filled', async () => {
    const manual = (
      await t.http
        .post('/api/contacts')
        .auth(organiser, bearer)
        .send({ email: 'kept@example.org', firstName: 'Запазено', lastName: 'Име', organization: 'Своя' })
        .expect(201)
    ).body as Contact;
    const csv = [
      'email,firstName,lastName,organization,position',
      'KEPT@example.org,Друго,Име,Чужда,Кмет',
      'elena.petrova@example.org,Елена,Петрова,Друга,Секретар',
      'new.one@example.org,Нов,Човек,,',
      // The same address again in the same file: it fills what the line above left empty.
      'NEW.ONE@example.org,Друг,Човек,Сдружение,',
    ].join('\n');
    const first = await finished(((await upload(csv).expect(202)).body as ContactImport).id);
    expect(first).toMatchObject({ created: 1, updated: 3, processed: 4, errors: [] });
    const second = await finished(((await upload(csv).expect(202)).body as ContactImport).id);
    expect(second).toMatchObject({ created: 0, updated: 4, processed: 4, errors: [] });
    expect(await contact('new.one@example.org')).toMatchObject({
      email: 'new.one@example.org',
      firstName: 'Нов',
      organization: 'Сдружение',
    });

    expect(await contact('kept@example.org')).toMatchObject({
      id: manual.id,
      firstName: 'Запазено',
      organization: 'Своя',
      position: 'Кмет',
      sources: ['import', 'manual'],
    });
    expect(await contact('elena.petrova@example.org')).toMatchObject({
      firstName: 'Elena',
      organization: 'NGO Link',
      position: 'Секретар',
    });
    const all = (
      await t.http.get('/api/contacts').query({ pageSize: 100 }).auth(organiser, bearer).expect(200)
    ).body as ContactPage;
    const emails = all.items.map((c) => c.email.toLowerCase());
    expect(emails.length).toBe(new Set(emails).size);
  });

  it('takes a file of 5,000 rows, batch after batch on the job runner', async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => `Човек;Номер ${i};bulk-${i}@example.org`);
    const queued = await upload(['име;фамилия;имейл', ...rows].join('\n')).expect(202);
    const id = (queued.body as ContactImport).id;
    const done = await finished(id);
    expect(done).toMatchObject({ total: 5_000, processed: 5_000, created: 5_000, errors: [] });
    // One task per batch of IMPORT_BATCH_ROWS, each committed on its own: progress shows between them.
    const batches = await t.dataSource
      .getRepository(JobEntity)
      .countBy({ kind: 'contact-import', subjectId: id, status: 'done' });
    expect(batches).toBe(5_000 / IMPORT_BATCH_ROWS);
  });

  it('refuses a file it cannot take as a whole, storing nothing', async () => {
    const rows = Array.from({ length: 5_001 }, (_, i) => `a${i}@example.org,A,B`);
    const tooMany = await upload(['email,firstName,lastName', ...rows].join('\n')).expect(400);
    expect((tooMany.body as Problem).errors).toEqual([
      expect.objectContaining({ field: 'csv', rule: 'arrayMaxSize' }),
    ]);
    const unknown = await upload('email,firstName,lastName,phone\na@example.org,A,B,0888\n').expect(400);
    expect((unknown.body as Problem).errors).toEqual([
      expect.objectContaining({ field: 'csv', rule: 'unknownColumn' }),
    ]);
    const noNames = await upload('email\na@example.org\n').expect(400);
    expect((noNames.body as Problem).errors?.map((e) => e.rule)).toEqual(['required', 'required']);
    const broken = await upload('email,firstName,lastName\n"a@example.org,A,B\n').expect(400);
    expect((broken.body as Problem).errors).toEqual([expect.objectContaining({ rule: 'csvSyntax' })]);
    await upload('email,firstName,lastName\n').expect(400);
    await upload(JSON.stringify({ csv: 'email' }), 'application/json').expect(400);
    await upload(`email,firstName,lastName\n${'x'.repeat(2 * 1024 * 1024)}`).expect(413);
    expect(await contact('a0@example.org')).toBeUndefined();
    await t.http.get(`/api/contacts/imports/${randomUUID()}`).auth(organiser, bearer).expect(404);
  });
});
