import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { OnModuleDestroy } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { S3StorageConfig } from '../config/config';
import {
  assertStorageKey,
  Meter,
  newStorageKey,
  Storage,
  StorageLimitExceeded,
  type OpenedFile,
  type PutOptions,
  type StoredFile,
} from './storage';

/**
 * Files as objects of one S3-compatible bucket (STORAGE_URL), so that several instances share them. A stream is
 * first spooled to a temporary file while it is counted and hashed: S3 wants the length before the first byte,
 * and a body over the limit never reaches the bucket. The object appears only when the upload is complete.
 */
export class S3Storage extends Storage implements OnModuleDestroy {
  private readonly client: S3Client;

  constructor(private readonly config: S3StorageConfig) {
    super();
    this.client = new S3Client({
      region: config.region,
      ...(config.endpoint ? { endpoint: config.endpoint, forcePathStyle: true } : {}),
      // Our own SHA-256 is the checksum; the SDK's CRC defaults are not understood by every S3-compatible server.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  onModuleDestroy(): void {
    this.client.destroy();
  }

  async put(body: Readable | Buffer, options: PutOptions): Promise<StoredFile> {
    const key = newStorageKey();
    if (Buffer.isBuffer(body)) {
      if (options.maxBytes !== undefined && body.length > options.maxBytes) {
        throw new StorageLimitExceeded(options.maxBytes);
      }
      await this.upload(key, body, body.length, options.contentType);
      return { key, size: body.length, sha256: createHash('sha256').update(body).digest('hex') };
    }
    const spool = await mkdtemp(join(tmpdir(), 'rt-upload-'));
    try {
      const file = join(spool, 'body');
      const meter = new Meter(options.maxBytes);
      await pipeline(body, meter, createWriteStream(file));
      await this.upload(key, createReadStream(file), meter.size, options.contentType);
      return { key, size: meter.size, sha256: meter.sha256 };
    } finally {
      await rm(spool, { recursive: true, force: true });
    }
  }

  async open(key: string): Promise<OpenedFile | null> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) }),
      );
      return { stream: object.Body as Readable, size: object.ContentLength ?? 0 };
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) }));
  }

  private async upload(
    key: string,
    body: Readable | Buffer,
    size: number,
    contentType: string,
  ): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.config.bucket,
        Key: this.objectKey(key),
        Body: body,
        ContentLength: size,
        ContentType: contentType,
      }),
    );
  }

  private objectKey(key: string): string {
    assertStorageKey(key);
    return `${this.config.prefix}${key}`;
  }
}
