import { createHash, randomBytes } from 'node:crypto';
import { Readable, Transform, type TransformCallback } from 'node:stream';

/** What a stored file is known by: the key (the caller keeps it in its row), its size and its checksum. */
export interface StoredFile {
  key: string;
  size: number;
  /** SHA-256 of the bytes, lower-case hex. */
  sha256: string;
}

export interface PutOptions {
  contentType: string;
  /** Past this many bytes the upload stops with StorageLimitExceeded, and nothing is kept. */
  maxBytes?: number;
}

export interface OpenedFile {
  stream: Readable;
  size: number;
}

/**
 * Every stored byte of Roundtable (photos, logo, materials, generated PDFs and ZIPs) goes through this, to a
 * local folder (STORAGE_DIR) or to an S3-compatible bucket (STORAGE_URL); see decision 0016. Keys are random
 * and made here, never from a name a person gave, so no upload can name a path; a caller keeps the key, the
 * content type and the original name in its own row.
 */
export abstract class Storage {
  /** Streams the body to the store while counting and hashing it; the file exists only once complete. */
  abstract put(body: Readable | Buffer, options: PutOptions): Promise<StoredFile>;
  /** The stored bytes, or null when no file has this key. */
  abstract open(key: string): Promise<OpenedFile | null>;
  /** Forgets the file; nothing happens when it is already gone. */
  abstract remove(key: string): Promise<void>;
}

/** The body was larger than PutOptions.maxBytes; nothing was stored. */
export class StorageLimitExceeded extends Error {
  constructor(readonly maxBytes: number) {
    super(`the file is larger than ${maxBytes} bytes`);
  }
}

/** 128 random bits, hex: 32 characters. */
export const STORAGE_KEY_LENGTH = 32;
const KEY_PATTERN = /^[0-9a-f]{32}$/;

export function newStorageKey(): string {
  return randomBytes(STORAGE_KEY_LENGTH / 2).toString('hex');
}

/** A key not made by newStorageKey is a bug (or an attack) and never reaches a path or a bucket. */
export function assertStorageKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error(`"${key.slice(0, 40)}" is not a storage key`);
}

export function asStream(body: Readable | Buffer): Readable {
  // Readable.from(buffer) would emit one byte per chunk; in an array it is one chunk.
  return Buffer.isBuffer(body) ? Readable.from([body]) : body;
}

/** Passes the bytes through unchanged, counting and hashing them, and fails past maxBytes. */
export class Meter extends Transform {
  size = 0;
  private readonly hash = createHash('sha256');

  constructor(private readonly maxBytes = Number.POSITIVE_INFINITY) {
    super();
  }

  get sha256(): string {
    return this.hash.copy().digest('hex');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      callback(new StorageLimitExceeded(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }
}
