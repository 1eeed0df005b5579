import type { Event, Material } from '@roundtable/contracts';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { Test } from 'supertest';
import { ZipFile } from 'yazl';
import { FILENAME_MAX_LENGTH } from '../../src/materials/material-names';
import { MAX_PHOTO_BYTES } from '../../src/invitations/invitation-responses.service';
import { bootAppWithMailbox, personalLink, type MailTestApp } from '../support/mail-app';
import { aPublishedEvent, bearer } from '../support/registrations';
import { tokenFor } from '../support/test-app';

const UPLOAD_MAX_BYTES = 256 * 1024;
const aPdf = (length = 4_000) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n%âãÏÓ\n'), randomBytes(length - 15)]).subarray(0, length);

async function readAll(stream: Readable | NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A "Word document" whose one part inflates to `inflated` bytes of zeros: a ZIP bomb under an office name. */
async function aZipBombDocx(inflated: number): Promise<Buffer> {
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from('<Types/>'), '[Content_Types].xml');
  zip.addBuffer(Buffer.alloc(inflated), 'word/document.xml', { compressionLevel: 9 });
  zip.end();
  return readAll(zip.outputStream);
}

/** A valid PNG header claiming `side` × `side` pixels, with almost no data: a decompression bomb's shape. */
function aPixelBomb(side: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function binary(test: Test): Test {
  return test.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

/*
 * Hostile uploads on every route that takes a file (materials, a speaker's photo, the organisation's logo):
 * names that try to leave the store or disguise the type, content that is not what its name says, too much of
 * it, and archives or images that would blow up when expanded. A refusal keeps nothing, neither a row nor a file.
 * (Executables, HTML and SVG renamed .pdf, and UPLOAD_MAX_MB on materials: materials.api-spec.ts.)
 */
describe('uploads: traversal, spoofed types, oversize, archive and pixel bombs', () => {
  const storageDir = mkdtempSync(join(tmpdir(), 'rt-security-uploads-'));
  let t: MailTestApp;
  let organiser: string;
  let admin: string;
  let event: Event;

  const files = () =>
    readdirSync(storageDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const rows = async (table: string) =>
    Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const upload = (file: Buffer, filename: string) =>
    t.http
      .post(`/api/events/${event.id}/materials`)
      .auth(organiser, bearer)
      .field('title', 'Материал')
      .field('visibility', 'public')
      .attach('file', file, { filename, contentType: 'application/octet-stream' });

  beforeAll(async () => {
    t = await bootAppWithMailbox({}, { storageDir, uploadMaxBytes: UPLOAD_MAX_BYTES });
    organiser = await tokenFor(t.http, 'organizer');
    admin = await tokenFor(t.http, 'admin');
    event = await aPublishedEvent(t.http, organiser);
  });
  afterAll(async () => {
    await t.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  it('keeps a hostile file name as a plain name: no path, no control or direction characters, bounded', async () => {
    const names = [
      '../../etc/passwd.pdf',
      '..\\..\\Windows\\System32\\drivers\\etc\\hosts.pdf',
      '/absolute/path/report.pdf',
      'line\r\nContent-Type: text/html.pdf',
      'invoice\u202Efdp.exe',
      '\u2066hidden\u2069.pdf',
      `${'я'.repeat(400)}.pdf`,
      '....',
    ];
    for (const name of names) {
      const before = files().length;
      const response = await upload(aPdf(), name);
      expect({ name, status: response.status }).toEqual({ name, status: 201 });
      const material = response.body as Material;
      expect({ name, filename: material.filename }).toEqual({
        name,
        filename: expect.not.stringMatching(/[/\\\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]|^\./u),
      });
      expect([...material.filename].length).toBeLessThanOrEqual(FILENAME_MAX_LENGTH);
      expect(material.filename.length).toBeGreaterThan(0);
      // The file went into the store under a key of the store's own, and nowhere else.
      expect(files().length).toBe(before + 1);
      const download = await binary(t.http.get(`/api/materials/${material.id}/download`)).expect(200);
      const disposition = String(download.headers['content-disposition']);
      expect(disposition).toMatch(/^attachment;/);
      expect(disposition).not.toMatch(/[\r\n]|\.\.\//);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(readdirSync(storageDir).some((name) => name === 'etc' || name === 'passwd.pdf')).toBe(false);
  });

  it('refuses as malformed a multipart part whose name carries NUL or other control characters, keeping nothing', async () => {
    const before = { files: files().length, rows: await rows('materials') };
    for (const name of ['nul\u0000byte.pdf', 'tab\tand\u0007bell.pdf']) {
      const response = await upload(aPdf(), name);
      expect({ name, status: response.status }).toEqual({ name, status: 400 });
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect({ files: files().length, rows: await rows('materials') }).toEqual(before);
  });

  it('stores a ZIP bomb named .docx as sent, never expanding it, and serves back the same bytes', async () => {
    const bomb = await aZipBombDocx(32 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(UPLOAD_MAX_BYTES);
    const material = (await upload(bomb, 'доклад.docx').expect(201)).body as Material;
    expect(material).toMatchObject({
      size: bomb.length,
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const download = await binary(t.http.get(`/api/materials/${material.id}/download`)).expect(200);
    expect(Buffer.compare(download.body as Buffer, bomb)).toBe(0);
    // The event's ZIP of materials carries it as one entry of the same size: nothing inflated on the way.
    const zip = await binary(t.http.get(`/api/events/${event.id}/materials.zip`)).expect(200);
    expect((zip.body as Buffer).length).toBeLessThan(UPLOAD_MAX_BYTES * 20);
  });

  it('refuses a material over UPLOAD_MAX_MB and a spoofed one, keeping nothing', async () => {
    const before = { files: files().length, rows: await rows('materials') };
    await upload(aPdf(UPLOAD_MAX_BYTES + 1), 'big.pdf').expect(413);
    await upload(Buffer.from('<html><script>alert(1)</script></html>'), 'report.pdf').expect(415);
    await upload(Buffer.concat([Buffer.from('MZ\x90\x00'), randomBytes(2000)]), 'setup.pdf').expect(415);
    expect({ files: files().length, rows: await rows('materials') }).toEqual(before);
  });

  it("refuses a speaker's photo that is SVG with script, HTML, a pixel bomb or too large, keeping nothing", async () => {
    const email = 'speaker@example.org';
    await t.http
      .post(`/api/events/${event.id}/invitations`)
      .auth(organiser, bearer)
      .send({ email, name: 'Говорител', role: 'panelist' })
      .expect(201);
    const { token } = personalLink((await t.mailbox.next(email, 0)).text);
    await t.http
      .post(`/api/invitations/by-token/${token}/response`)
      .send({ response: 'accepted' })
      .expect(200);
    const before = files().length;
    const hostile: [Buffer, string][] = [
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'me.svg'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'me.jpg'],
      [Buffer.from('<!doctype html><script>alert(1)</script>'), 'me.png'],
      [aPixelBomb(60_000), 'me.png'],
      [Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(MAX_PHOTO_BYTES + 1)]), 'me.jpg'],
    ];
    for (const [content, filename] of hostile) {
      const response = await t.http
        .post(`/api/invitations/by-token/${token}/photo`)
        .attach('photo', content, { filename, contentType: 'image/png' });
      expect({ filename, status: response.status }).toEqual({ filename, status: expect.any(Number) });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect(files().length).toBe(before);
    const view = await t.http.get(`/api/invitations/by-token/${token}`).expect(200);
    expect(view.body.invitation.hasPhoto ?? false).toBe(false);
  });

  it('refuses an organisation logo that is SVG with script or a pixel bomb, keeping nothing', async () => {
    const before = files().length;
    for (const [content, filename] of [
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'logo.svg'],
      [aPixelBomb(60_000), 'logo.png'],
    ] as [Buffer, string][]) {
      const response = await t.http
        .post('/api/organisation/logo')
        .auth(admin, bearer)
        .attach('logo', content, { filename, contentType: 'image/png' });
      expect({ filename, status: response.status, code: response.body.code }).toEqual({
        filename,
        status: 400,
        code: 'INVALID_LOGO',
      });
    }
    expect(files().length).toBe(before);
    await t.http.get('/api/organisation/logo').expect(404);
  });
});
