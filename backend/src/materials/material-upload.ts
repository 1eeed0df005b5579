import {
  Injectable,
  PayloadTooLargeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { catchError, from, mergeMap, type Observable } from 'rxjs';
import { Readable } from 'node:stream';
import { InjectConfig } from '../common/config.token';
import { DomainError } from '../common/domain-error';
import type { AppConfig } from '../config/config';
import { Storage, StorageLimitExceeded, type StoredFile } from '../storage/storage';
import { cleanFilename } from './material-names';
import { detectMaterialType, TYPE_SNIFF_BYTES } from './material-types';

/** What an upload left in the store, as the route handler finds it in `@UploadedFile()`. */
export interface StoredUpload extends StoredFile {
  contentType: string;
  filename: string;
}

interface IncomingFile {
  stream: Readable;
  originalname: string;
}

/**
 * The first `size` bytes of a stream (fewer if it ends sooner), and a stream of all of it, those bytes first:
 * the type is judged before anything is stored, and the body is never held whole in memory.
 */
export async function peek(stream: Readable, size: number): Promise<{ head: Buffer; whole: Readable }> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    chunks.push(next.value);
    length += next.value.length;
  }
  async function* all(): AsyncGenerator<Buffer> {
    yield* chunks;
    if (ended) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head: Buffer.concat(chunks).subarray(0, size), whole: Readable.from(all()) };
}

/**
 * A multer storage engine that streams the file to Storage: no temporary file, no buffer of the whole body.
 * The type is decided from the first bytes (FILE_TYPE_NOT_ALLOWED, nothing stored); past the limit the store
 * stops and keeps nothing (FILE_TOO_LARGE).
 */
class MaterialStorageEngine {
  constructor(
    private readonly storage: Storage,
    private readonly maxBytes: number,
  ) {}

  _handleFile(
    _request: unknown,
    file: IncomingFile,
    callback: (error: Error | null, info?: StoredUpload) => void,
  ): void {
    this.store(file).then(
      (info) => callback(null, info),
      (error: Error) => callback(error),
    );
  }

  _removeFile(_request: unknown, file: Partial<StoredUpload>, callback: (error: Error | null) => void): void {
    if (!file.key) return callback(null);
    this.storage.remove(file.key).then(() => callback(null), callback);
  }

  private async store(file: IncomingFile): Promise<StoredUpload> {
    const { head, whole } = await peek(file.stream, TYPE_SNIFF_BYTES);
    const contentType = detectMaterialType(head);
    if (!contentType) {
      whole.resume();
      throw new DomainError('FILE_TYPE_NOT_ALLOWED');
    }
    try {
      const stored = await this.storage.put(whole, { contentType, maxBytes: this.maxBytes });
      return { ...stored, contentType, filename: cleanFilename(file.originalname) };
    } catch (error) {
      if (error instanceof StorageLimitExceeded) throw new DomainError('FILE_TOO_LARGE');
      throw error;
    }
  }
}

/**
 * Receives the multipart `file` of a material upload into Storage (the other parts are the body's fields).
 * Whatever fails after the file was stored (the fields, the event, the handler) removes it again.
 */
@Injectable()
export class MaterialUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;

  constructor(
    private readonly storage: Storage,
    @InjectConfig() config: AppConfig,
  ) {
    const Multer = FileInterceptor('file', {
      storage: new MaterialStorageEngine(storage, config.uploadMaxBytes),
      limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 5, parts: 6, fieldSize: 4 * 1024 },
      // Browsers send the name as UTF-8: Cyrillic names arrive whole.
      defParamCharset: 'utf8',
    });
    this.multer = new Multer();
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<{ file?: StoredUpload }>();
    return from(Promise.resolve(this.multer.intercept(context, next))).pipe(
      mergeMap((handled) => handled),
      catchError(async (error: unknown) => {
        if (request.file?.key) await this.storage.remove(request.file.key);
        // multer's own limit (the store's is met in the engine) reaches here as Nest's 413.
        throw error instanceof PayloadTooLargeException ? new DomainError('FILE_TOO_LARGE') : error;
      }),
    );
  }
}
