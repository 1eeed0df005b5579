import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  asStream,
  assertStorageKey,
  Meter,
  newStorageKey,
  Storage,
  type OpenedFile,
  type PutOptions,
  type StoredFile,
} from './storage';

const INCOMING = '.incoming';

/**
 * Files in a local folder: `<dir>/<first two characters of the key>/<key>`. A file is written under
 * `<dir>/.incoming` and renamed into place once complete (the same file system, so the rename is atomic):
 * a reader never sees half a file, and an aborted upload leaves nothing behind in the store.
 */
export class FolderStorage extends Storage {
  constructor(private readonly dir: string) {
    super();
  }

  async put(body: Readable | Buffer, options: PutOptions): Promise<StoredFile> {
    const key = newStorageKey();
    const incoming = join(this.dir, INCOMING);
    await mkdir(incoming, { recursive: true });
    const temporary = join(incoming, `${key}.part`);
    const meter = new Meter(options.maxBytes);
    try {
      await pipeline(asStream(body), meter, createWriteStream(temporary, { flags: 'wx' }));
      await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
      await rename(temporary, this.path(key));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return { key, size: meter.size, sha256: meter.sha256 };
  }

  async open(key: string): Promise<OpenedFile | null> {
    const path = this.path(key);
    try {
      const { size } = await stat(path);
      return { stream: createReadStream(path), size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  private path(key: string): string {
    assertStorageKey(key);
    return join(this.dir, key.slice(0, 2), key);
  }
}
