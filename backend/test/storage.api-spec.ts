import type { Event, Invitation, Organisation } from '@roundtable/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import type { Test } from 'supertest';
import { Storage, StorageLimitExceeded } from '../src/storage/storage';
import { anEventInput } from './support/builders';
import { bootAppWithMailbox, personalLink, type MailTestApp } from './support/mail-app';
import { TestS3 } from './support/s3-server';
import { tokenFor } from './support/test-app';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A body that arrives in pieces, as an upload does, rather than one buffer. */
function inChunks(bytes: Buffer, size = 16 * 1024): Readable {
  return Readable.from(
    (function* () {
      for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
    })(),
  );
}

function binary(test: Test): Test {
  return test.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe.each(['folder', 's3'] as const)('storage on the %s', (driver) => {
  let t: MailTestApp;
  let s3: TestS3 | null = null;
  let dir: string;
  let storage: Storage;
  /** What the store holds, seen from outside the app: files in the folder, or objects in the bucket. */
  const stored = (): Promise<string[]> => (s3 ? s3.keys() : filesUnder(dir));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rt-storage-'));
    if (driver === 's3') s3 = await TestS3.start();
    t = await bootAppWithMailbox({}, { storageDir: dir, storageS3: s3?.config ?? null });
    storage = t.app.get(Storage);
  });
  afterAll(async () => {
    await t.close();
    await s3?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('gives back the same bytes it was given, with their size and checksum', async () => {
    const bytes = randomBytes(300 * 1024 + 7);
    const streamed = await storage.put(inChunks(bytes), { contentType: 'application/pdf' });
    expect(streamed).toEqual({
      key: expect.stringMatching(/^[0-9a-f]{32}$/),
      size: bytes.length,
      sha256: sha256(bytes),
    });
    const fromBuffer = await storage.put(bytes, { contentType: 'application/pdf', maxBytes: bytes.length });
    expect(fromBuffer.sha256).toBe(sha256(bytes));
    expect(fromBuffer.key).not.toBe(streamed.key);

    for (const key of [streamed.key, fromBuffer.key]) {
      const opened = await storage.open(key);
      expect(opened?.size).toBe(bytes.length);
      expect(sha256(await readAll((opened as { stream: Readable }).stream))).toBe(sha256(bytes));
    }
    const keys = await stored();
    expect(keys).toHaveLength(2);
    // Only the random key names the file: no name, no extension, nothing a person chose.
    for (const key of keys) expect(key).toMatch(s3 ? /^rt\/[0-9a-f]{32}$/ : /^[0-9a-f]{2}\/[0-9a-f]{32}$/);
    await Promise.all([storage.remove(streamed.key), storage.remove(fromBuffer.key)]);
  });

  it('stops a body over the limit and keeps nothing of it', async () => {
    const before = await stored();
    const bytes = randomBytes(200 * 1024);
    await expect(
      storage.put(inChunks(bytes), { contentType: 'application/zip', maxBytes: 100 * 1024 }),
    ).rejects.toBeInstanceOf(StorageLimitExceeded);
    await expect(
      storage.put(bytes, { contentType: 'application/zip', maxBytes: bytes.length - 1 }),
    ).rejects.toBeInstanceOf(StorageLimitExceeded);
    expect(await stored()).toEqual(before);
  });

  it('forgets a removed file, and removing it again is harmless', async () => {
    const file = await storage.put(Buffer.from('Кръгла маса'), { contentType: 'text/plain' });
    expect(await stored()).toHaveLength(1);
    await storage.remove(file.key);
    expect(await storage.open(file.key)).toBeNull();
    await storage.remove(file.key);
    expect(await stored()).toEqual([]);
  });

  it('takes no key it did not make, so no path can leave the store', async () => {
    for (const key of ['../../etc/passwd', '../x.pdf', 'A'.repeat(32), '']) {
      await expect(storage.open(key)).rejects.toThrow(/not a storage key/);
      await expect(storage.remove(key)).rejects.toThrow(/not a storage key/);
    }
  });

  it("keeps a speaker's photo and serves it from the store, replacing the old one", async () => {
    const auth = { type: 'bearer' as const };
    const organiser = await tokenFor(t.http, 'organizer');
    const event = (await t.http.post('/api/events').auth(organiser, auth).send(anEventInput()).expect(201))
      .body as Event;
    const invitation = (
      await t.http
        .post(`/api/events/${event.id}/invitations`)
        .auth(organiser, auth)
        .send({ email: 'speaker@example.org', name: 'Говорител Говорителев', role: 'panelist' })
        .expect(201)
    ).body as Invitation;
    const { token } = personalLink((await t.mailbox.next('speaker@example.org', 0)).text);
    await t.http
      .post(`/api/invitations/by-token/${token}/response`)
      .send({ response: 'accepted' })
      .expect(200);
    await t.http
      .put(`/api/invitations/by-token/${token}/profile`)
      .send({ publishName: true, publishPhoto: true })
      .expect(200);

    const before = await stored();
    const served: Buffer[] = [];
    for (const background of ['#3366cc', '#cc6633']) {
      const upload = await sharp({ create: { width: 64, height: 48, channels: 3, background } })
        .png()
        .toBuffer();
      await t.http
        .post(`/api/invitations/by-token/${token}/photo`)
        .attach('photo', upload, '../../me.png')
        .expect(200);
      const response = await binary(t.http.get(`/api/invitations/${invitation.id}/photo`)).expect(200);
      expect(response.headers['content-type']).toBe('image/jpeg');
      expect(Number(response.headers['content-length'])).toBe((response.body as Buffer).length);
      expect(await sharp(response.body as Buffer).metadata()).toMatchObject({ format: 'jpeg', width: 64 });
      served.push(response.body as Buffer);
    }
    expect(served[0].equals(served[1])).toBe(false);
    // The second photo replaced the first in the store too.
    const added = (await stored()).filter((key) => !before.includes(key));
    expect(added).toHaveLength(1);
  });

  it("keeps the organisation's logo and serves it from the store, replacing the old one", async () => {
    const admin = await tokenFor(t.http, 'admin');
    const before = await stored();
    const urls: string[] = [];
    for (const width of [300, 400]) {
      const upload = await sharp({ create: { width, height: 200, channels: 4, background: '#1e5a8c80' } })
        .png()
        .toBuffer();
      const saved = (
        await t.http
          .post('/api/organisation/logo')
          .auth(admin, { type: 'bearer' })
          .attach('logo', upload, 'logo.png')
          .expect(200)
      ).body as Organisation;
      urls.push(saved.logoUrl as string);
      const response = await binary(t.http.get('/api/organisation/logo')).expect(200);
      expect(response.headers['content-type']).toBe('image/png');
      expect(await sharp(response.body as Buffer).metadata()).toMatchObject({ format: 'png', width });
    }
    expect(urls[0]).not.toBe(urls[1]);
    expect((await stored()).filter((key) => !before.includes(key))).toHaveLength(1);
  });
});
