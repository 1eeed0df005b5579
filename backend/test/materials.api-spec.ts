import type { Event, Material, MaterialList, Problem, Registration } from '@roundtable/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import type { Test } from 'supertest';
import * as yauzl from 'yauzl';
import { ZipFile } from 'yazl';
import { PackParts, type PackFile } from '../src/pack/pack-parts';
import { aRegistrationInput, anEventInput } from './support/builders';
import { aStaffMember } from './support/checkin';
import { bootAppWithMailbox, personalLink, type MailTestApp } from './support/mail-app';
import { manageLink } from './support/registration-mail';
import { aPublishedEvent, bearer } from './support/registrations';
import { TestS3 } from './support/s3-server';
import { tokenFor } from './support/test-app';

const LIMIT = 1024 * 1024;
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const PDF_HEAD = Buffer.from('%PDF-1.7\n%âãÏÓ\n');
/** PDF's magic number, then random bytes: `length` bytes in all. */
const aPdf = (length = 20_000) => Buffer.concat([PDF_HEAD, randomBytes(length - PDF_HEAD.length)]);
const aPng = () =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(5_000)]);
const anElf = () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), randomBytes(4_000)]);

async function readAll(stream: Readable | NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function aDocx(): Promise<Buffer> {
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from('<Types/>'), '[Content_Types].xml');
  zip.addBuffer(Buffer.from('<w:document/>'), 'word/document.xml');
  zip.end();
  return readAll(zip.outputStream);
}

/** A refusal read through the binary parser: the problem+json it carried. */
const problemOf = (body: Buffer): Problem => JSON.parse(body.toString('utf8')) as Problem;

function binary(test: Test): Test {
  return test.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

/** Every entry of a ZIP, read back with yauzl: name to bytes. */
function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (openError, stream) => {
          if (openError) return reject(openError);
          readAll(stream).then((content) => {
            entries.set(entry.fileName, content);
            zip.readEntry();
          }, reject);
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe.each(['folder', 's3'] as const)('materials with storage on the %s', (driver) => {
  let t: MailTestApp;
  let s3: TestS3 | null = null;
  let dir: string;
  let organiser: string;
  let event: Event;
  let otherEvent: Event;
  /** The personal links: a confirmed registrant, a checked-in one, a cancelled one, a panelist, another event's. */
  const links = { registered: '', attended: '', cancelled: '', panelist: '', otherEvent: '' };
  const bytes = new Map<string, Buffer>();
  const byVisibility: Record<string, Material> = {};
  const stored = (): Promise<string[]> => (s3 ? s3.keys() : filesUnder(dir));

  const upload = (
    eventId: string,
    file: Buffer,
    filename: string,
    fields: Record<string, string>,
    token = organiser,
  ) => {
    const request = t.http.post(`/api/events/${eventId}/materials`).auth(token, bearer);
    for (const [name, value] of Object.entries(fields)) void request.field(name, value);
    return request.attach('file', file, { filename, contentType: 'application/octet-stream' });
  };
  const list = async (eventId: string, who: { token?: string; bearer?: string } = {}) => {
    const request = t.http
      .get(`/api/events/${eventId}/materials`)
      .query(who.token ? { token: who.token } : {});
    return (await (who.bearer ? request.auth(who.bearer, bearer) : request).expect(200)).body as MaterialList;
  };
  const download = (id: string, who: { token?: string; bearer?: string } = {}) => {
    const request = binary(
      t.http.get(`/api/materials/${id}/download`).query(who.token ? { token: who.token } : {}),
    );
    return who.bearer ? request.auth(who.bearer, bearer) : request;
  };
  const register = async (eventId: string, email: string): Promise<{ id: string; token: string }> => {
    const registration = (
      await t.http
        .post(`/api/events/${eventId}/registrations`)
        .send(aRegistrationInput({ email }))
        .expect(201)
    ).body as Registration;
    return { id: registration.id, token: manageLink((await t.mailbox.next(email, 0)).text).token };
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rt-materials-'));
    if (driver === 's3') s3 = await TestS3.start();
    t = await bootAppWithMailbox(
      {},
      { storageDir: dir, storageS3: s3?.config ?? null, uploadMaxBytes: LIMIT },
    );
    organiser = await tokenFor(t.http, 'organizer');
    event = await aPublishedEvent(t.http, organiser);
    otherEvent = await aPublishedEvent(t.http, organiser);

    const registered = await register(event.id, `registered-${driver}@example.bg`);
    links.registered = registered.token;
    const attended = await register(event.id, `attended-${driver}@example.bg`);
    await t.http
      .post(`/api/registrations/${attended.id}/check-in`)
      .auth(organiser, bearer)
      .send({})
      .expect(200);
    links.attended = attended.token;
    const cancelled = await register(event.id, `cancelled-${driver}@example.bg`);
    await t.http.delete(`/api/registrations/by-token/${cancelled.token}`).expect(200);
    links.cancelled = cancelled.token;
    links.otherEvent = (await register(otherEvent.id, `other-${driver}@example.bg`)).token;
    const panelistEmail = `panelist-${driver}@example.bg`;
    await t.http
      .post(`/api/events/${event.id}/invitations`)
      .auth(organiser, bearer)
      .send({ email: panelistEmail, name: 'Панелист Панелистов', role: 'panelist' })
      .expect(201);
    links.panelist = personalLink((await t.mailbox.next(panelistEmail, 0)).text).token;
    await t.http
      .post(`/api/invitations/by-token/${links.panelist}/response`)
      .send({ response: 'accepted' })
      .expect(200);

    const files: [string, Buffer, string][] = [
      ['public', aPdf(), '../../x.pdf'],
      ['registered', await aDocx(), 'Доклад.docx'],
      ['attended', aPng(), 'снимка.png'],
      ['organizers', aPdf(), 'бележки.pdf'],
    ];
    for (const [visibility, content, filename] of files) {
      const response = await upload(event.id, content, filename, { title: `Файл ${visibility}`, visibility });
      expect(response.status).toBe(201);
      byVisibility[visibility] = response.body as Material;
      bytes.set(byVisibility[visibility].id, content);
    }
  });
  afterAll(async () => {
    await t.close();
    await s3?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps an upload under its cleaned name, typed by its content, with its checksum', () => {
    const pdf = byVisibility['public'];
    expect(pdf).toEqual({
      id: expect.any(String),
      eventId: event.id,
      title: 'Файл public',
      filename: 'x.pdf',
      contentType: 'application/pdf',
      size: bytes.get(pdf.id)?.length,
      sha256: sha256(bytes.get(pdf.id) as Buffer),
      visibility: 'public',
      kind: 'material',
      createdAt: expect.stringMatching(/Z$/),
    });
    expect(byVisibility['registered']).toMatchObject({
      filename: 'Доклад.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(byVisibility['attended'].contentType).toBe('image/png');
  });

  it('shows an anonymous visitor only the public files, and downloads them byte for byte', async () => {
    const anonymous = await list(event.id);
    expect(anonymous.access).toBe('public');
    expect(anonymous.maxUploadBytes).toBe(LIMIT);
    expect(anonymous.items.map((item) => item.visibility)).toEqual(['public']);

    const file = await download(byVisibility['public'].id).expect(200);
    expect(sha256(file.body as Buffer)).toBe(byVisibility['public'].sha256);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="x.pdf"; filename*=UTF-8''x.pdf`);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['cache-control']).toBe('public, max-age=60');
    for (const visibility of ['registered', 'attended', 'organizers']) {
      const refused = await download(byVisibility[visibility].id).expect(404);
      expect(problemOf(refused.body).code).toBe('MATERIAL_NOT_FOUND');
    }
  });

  it.each([
    ['a confirmed registrant', 'registered', ['public', 'registered']],
    ['an accepted panelist', 'panelist', ['public', 'registered']],
    ['a checked-in person', 'attended', ['public', 'registered', 'attended']],
    ['a cancelled registrant', 'cancelled', ['public']],
  ] as const)("gives %s's link what they may see", async (_who, link, visibilities) => {
    const seen = await list(event.id, { token: links[link] });
    expect(seen.items.map((item) => item.visibility).sort()).toEqual([...visibilities].sort());
    for (const visibility of ['public', 'registered', 'attended', 'organizers']) {
      const response = await download(byVisibility[visibility].id, { token: links[link] });
      const allowed = (visibilities as readonly string[]).includes(visibility);
      expect({ visibility, status: response.status }).toEqual({ visibility, status: allowed ? 200 : 404 });
      if (allowed) {
        expect(sha256(response.body as Buffer)).toBe(byVisibility[visibility].sha256);
        expect(response.headers['cache-control']).toBe('no-store');
      }
    }
  });

  it('opens nothing beyond the public with a link of another event', async () => {
    const seen = await list(event.id, { token: links.otherEvent });
    expect(seen).toMatchObject({ access: 'public' });
    expect(seen.items.map((item) => item.visibility)).toEqual(['public']);
    await download(byVisibility['registered'].id, { token: links.otherEvent }).expect(404);
    // And this event's links open nothing of the other event's.
    const secret = await upload(otherEvent.id, aPdf(), 'other.pdf', {
      title: 'Друго',
      visibility: 'registered',
    });
    await download((secret.body as Material).id, { token: links.attended }).expect(404);
    expect((await list(otherEvent.id, { token: links.attended })).items).toEqual([]);
    await t.http
      .delete(`/api/materials/${(secret.body as Material).id}`)
      .auth(organiser, bearer)
      .expect(204);
  });

  it('shows organisers everything, staff accounts the public files only', async () => {
    const all = await list(event.id, { bearer: organiser });
    expect(all.access).toBe('organizers');
    expect(all.items.map((item) => item.visibility).sort()).toEqual(
      ['attended', 'organizers', 'public', 'registered'].sort(),
    );
    const staff = await aStaffMember(t.http);
    expect((await list(event.id, { bearer: staff.token })).items.map((item) => item.visibility)).toEqual([
      'public',
    ]);
    await download(byVisibility['organizers'].id, { bearer: staff.token }).expect(404);
    const mine = await download(byVisibility['organizers'].id, { bearer: organiser }).expect(200);
    expect(sha256(mine.body as Buffer)).toBe(byVisibility['organizers'].sha256);
  });

  it('refuses an executable renamed .pdf, HTML and SVG with 415, and keeps nothing', async () => {
    const before = await stored();
    const count = (await list(event.id, { bearer: organiser })).items.length;
    const refused: [Buffer, string][] = [
      [anElf(), 'report.pdf'],
      [Buffer.concat([Buffer.from('MZ\x90\x00'), randomBytes(3000)]), 'slides.pdf'],
      [Buffer.from('<!DOCTYPE html><script>alert(1)</script>'), 'page.pdf'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'image.png'],
      [Buffer.alloc(0), 'empty.pdf'],
    ];
    for (const [content, filename] of refused) {
      const response = await upload(event.id, content, filename, { title: 'Опасно', visibility: 'public' });
      expect({ filename, status: response.status, code: response.body.code }).toEqual({
        filename,
        status: 415,
        code: 'FILE_TYPE_NOT_ALLOWED',
      });
    }
    expect(await stored()).toEqual(before);
    expect((await list(event.id, { bearer: organiser })).items).toHaveLength(count);
  });

  it('refuses a file over UPLOAD_MAX_MB with 413 and keeps nothing; one at the limit is taken', async () => {
    const before = await stored();
    const tooLarge = await upload(event.id, aPdf(LIMIT + 1), 'huge.pdf', {
      title: 'Голям',
      visibility: 'public',
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.code).toBe('FILE_TOO_LARGE');
    expect(await stored()).toEqual(before);

    const atLimit = aPdf(LIMIT);
    expect(atLimit.length).toBe(LIMIT);
    const taken = await upload(event.id, atLimit, 'limit.pdf', {
      title: 'На ръба',
      visibility: 'organizers',
    });
    expect(taken.status).toBe(201);
    expect((taken.body as Material).sha256).toBe(sha256(atLimit));
    await t.http
      .delete(`/api/materials/${(taken.body as Material).id}`)
      .auth(organiser, bearer)
      .expect(204);
    expect(await stored()).toEqual(before);
  });

  it('removes the stored file when the fields are refused', async () => {
    const before = await stored();
    const missing = await upload(event.id, aPdf(), 'a.pdf', { visibility: 'public' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'title', rule: 'required' })]);
    const wrong = await upload(event.id, aPdf(), 'a.pdf', { title: 'x', visibility: 'everyone' });
    expect(wrong.status).toBe(400);
    const unknownEvent = await upload('00000000-0000-4000-8000-000000000000', aPdf(), 'a.pdf', {
      title: 'x',
      visibility: 'public',
    });
    expect(unknownEvent.body.code).toBe('EVENT_NOT_FOUND');
    expect(await stored()).toEqual(before);
  });

  it('zips exactly what the caller may see, with unique names and the same bytes', async () => {
    const twin = await upload(event.id, aPdf(), 'x.pdf', { title: 'Второ x', visibility: 'public' });
    const twinId = (twin.body as Material).id;
    const cases: [{ token?: string; bearer?: string }, string[]][] = [
      [{}, ['public']],
      [{ token: links.registered }, ['public', 'registered']],
      [{ token: links.attended }, ['public', 'registered', 'attended']],
      [{ token: links.otherEvent }, ['public']],
      [{ bearer: organiser }, ['public', 'registered', 'attended', 'organizers']],
    ];
    for (const [who, visibilities] of cases) {
      const request = binary(
        t.http.get(`/api/events/${event.id}/materials.zip`).query(who.token ? { token: who.token } : {}),
      );
      const response = await (who.bearer ? request.auth(who.bearer, bearer) : request).expect(200);
      expect(response.headers['content-type']).toBe('application/zip');
      expect(response.headers['content-disposition']).toContain(`materials-${event.slug}.zip`);
      expect(response.headers['cache-control']).toBe('no-store');
      const entries = await unzip(response.body as Buffer);
      const expected = visibilities.map((visibility) => byVisibility[visibility].filename);
      expected.push('x (2).pdf');
      expect([...entries.keys()].sort()).toEqual(expected.sort());
      for (const visibility of visibilities) {
        const material = byVisibility[visibility];
        expect(sha256(entries.get(material.filename) as Buffer)).toBe(material.sha256);
      }
      expect(sha256(entries.get('x (2).pdf') as Buffer)).toBe((twin.body as Material).sha256);
    }
    await t.http.delete(`/api/materials/${twinId}`).auth(organiser, bearer).expect(204);
  });

  it('keeps one signed sheet per event for organisers, the newest replacing the last, and gives it to the pack', async () => {
    const before = await stored();
    const first = await upload(event.id, aPdf(), 'scan-1.pdf', { kind: 'signed-sheet' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ kind: 'signed-sheet', visibility: 'organizers', title: 'scan-1.pdf' });
    const refused = await upload(event.id, aPng(), 'scan.png', {
      kind: 'signed-sheet',
      visibility: 'public',
    });
    expect(refused.status).toBe(400);
    expect(
      (await list(event.id, { token: links.attended })).items.some((i) => i.kind === 'signed-sheet'),
    ).toBe(false);

    // Two scans at once: one stays, with its file, and nothing of the other.
    const [left, right] = await Promise.all([
      upload(event.id, aPdf(), 'scan-a.pdf', { kind: 'signed-sheet' }),
      upload(event.id, aPdf(), 'scan-b.pdf', { kind: 'signed-sheet' }),
    ]);
    expect([left.status, right.status]).toEqual([201, 201]);
    const afterRace = (await list(event.id, { bearer: organiser })).items.filter(
      (item) => item.kind === 'signed-sheet',
    );
    expect(afterRace).toHaveLength(1);
    expect(await stored()).toHaveLength(before.length + 1);
    const scan = aPng();
    const second = await upload(event.id, scan, 'scan-2.png', { kind: 'signed-sheet', title: 'Подписи' });
    expect(second.status).toBe(201);
    expect(
      (await list(event.id, { bearer: organiser })).items.filter((item) => item.kind === 'signed-sheet'),
    ).toEqual([second.body]);
    expect(await stored()).toHaveLength(before.length + 1);
    await t.http
      .patch(`/api/materials/${(second.body as Material).id}`)
      .auth(organiser, bearer)
      .send({ visibility: 'public' })
      .expect(400);

    const packParts = t.app.get(PackParts);
    const signed = await (packParts.part('signed-sheet') as (id: string) => Promise<PackFile[]>)(event.id);
    expect(signed.map((file) => file.name)).toEqual(['signed-attendance-sheet.png']);
    const body = signed[0].body as () => Promise<Readable>;
    expect(sha256(await readAll(await body()))).toBe(sha256(scan));
    expect(
      await (packParts.part('signed-sheet') as (id: string) => Promise<PackFile[]>)(otherEvent.id),
    ).toEqual([]);

    const [csv] = await (packParts.part('materials') as (id: string) => Promise<PackFile[]>)(event.id);
    expect(csv.name).toBe('materials.csv');
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toContain('SHA-256');
    expect(lines).toHaveLength(1 + 5);
    expect(lines.find((line) => line.includes('Доклад.docx'))).toContain(byVisibility['registered'].sha256);
    expect(lines.find((line) => line.includes('scan-2.png'))).toMatch(/signed-sheet/);
    await t.http
      .delete(`/api/materials/${(second.body as Material).id}`)
      .auth(organiser, bearer)
      .expect(204);
    expect(await stored()).toEqual(before);
  });

  it('lets organisers change a title and visibility, and delete a material with its file', async () => {
    const before = await stored();
    const created = (
      await upload(event.id, aPdf(), 'later.pdf', { title: 'По-късно', visibility: 'organizers' })
    ).body as Material;
    expect((await list(event.id)).items.map((item) => item.id)).not.toContain(created.id);
    const changed = await t.http
      .patch(`/api/materials/${created.id}`)
      .auth(organiser, bearer)
      .send({ title: 'Вече публично', visibility: 'public' })
      .expect(200);
    expect(changed.body).toMatchObject({ title: 'Вече публично', visibility: 'public' });
    expect((await list(event.id)).items.map((item) => item.id)).toContain(created.id);
    await t.http
      .patch(`/api/materials/${created.id}`)
      .auth(organiser, bearer)
      .send({ visibility: 'public', size: 1 })
      .expect(400);

    await t.http.delete(`/api/materials/${created.id}`).auth(organiser, bearer).expect(204);
    expect(await stored()).toEqual(before);
    await download(created.id).expect(404);
    await t.http.delete(`/api/materials/${created.id}`).auth(organiser, bearer).expect(404);
  });

  it("does not show a draft's materials to anyone but organisers", async () => {
    const draft = (await t.http.post('/api/events').auth(organiser, bearer).send(anEventInput()).expect(201))
      .body as Event;
    const material = (await upload(draft.id, aPdf(), 'draft.pdf', { title: 'Чернова', visibility: 'public' }))
      .body as Material;
    const listed = await t.http.get(`/api/events/${draft.id}/materials`).expect(404);
    expect(listed.body.code).toBe('EVENT_NOT_FOUND');
    await download(material.id).expect(404);
    await t.http.get(`/api/events/${draft.id}/materials.zip`).expect(404);
    await download(material.id, { bearer: organiser }).expect(200);
    await t.http.delete(`/api/materials/${material.id}`).auth(organiser, bearer).expect(204);
  });
});
