import { Logger } from '@nestjs/common';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import type { OpenedFile } from './storage';

/**
 * Streams a stored file as the response, with its type and length; headers such as Cache-Control or
 * Content-Disposition are the caller's, set before. A store failing halfway cuts the response short (the client
 * sees a broken download rather than a truncated file taken for whole).
 */
export async function sendStored(response: Response, file: OpenedFile, contentType: string): Promise<void> {
  response.status(200).type(contentType).setHeader('Content-Length', String(file.size));
  try {
    await pipeline(file.stream, response);
  } catch (error) {
    // A client that went away is ordinary; a store failing is worth a line in the log.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
      new Logger('Storage').warn(`A stored file broke off while sent: ${(error as Error).message}`);
    }
    response.destroy();
  }
}
