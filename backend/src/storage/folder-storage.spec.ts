import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { FolderStorage } from './folder-storage';
import { StorageLimitExceeded } from './storage';

describe('FolderStorage', () => {
  let dir: string;
  let storage: FolderStorage;
  const files = async () =>
    (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rt-folder-storage-'));
    storage = new FolderStorage(dir);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes under a random key, sharded by its first two characters', async () => {
    const stored = await storage.put(Buffer.from('agenda'), { contentType: 'text/plain' });
    expect(stored).toEqual({
      key: expect.stringMatching(/^[0-9a-f]{32}$/),
      size: 6,
      sha256: createHash('sha256').update('agenda').digest('hex'),
    });
    const [file] = await files();
    expect(join(file.parentPath, file.name)).toBe(join(dir, stored.key.slice(0, 2), stored.key));
  });

  it('keeps nothing of a body that breaks off halfway', async () => {
    const breaking = new Readable({
      read() {
        this.push(Buffer.alloc(1024, 1));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(storage.put(breaking, { contentType: 'application/pdf' })).rejects.toThrow(
      'connection reset',
    );
    expect(await files()).toEqual([]);
  });

  it('keeps nothing of a body over the limit, and takes one exactly at it', async () => {
    await expect(storage.put(Buffer.alloc(11), { contentType: 'image/png', maxBytes: 10 })).rejects.toEqual(
      new StorageLimitExceeded(10),
    );
    expect(await files()).toEqual([]);
    expect((await storage.put(Buffer.alloc(10), { contentType: 'image/png', maxBytes: 10 })).size).toBe(10);
  });
});
