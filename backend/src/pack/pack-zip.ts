import type { PackStep } from '@roundtable/contracts';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { Storage, StoredFile } from '../storage/storage';
import type { PackFile, PackPart } from './pack-parts';

export interface PackStepPart {
  step: PackStep;
  part: PackPart;
}

/** Progress when `index` of `count` parts have been written: the last few percent wait for the store. */
export function stepProgress(index: number, count: number): number {
  return count === 0 ? 0 : Math.min(99, Math.floor((index * 100) / count));
}

/**
 * `name`, or `name (2).ext`, `name (3).ext`… when a file of that name is already in the ZIP: two parts (or two
 * materials of the same title) never overwrite each other when the funder unpacks it.
 */
export function uniqueName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const slash = name.lastIndexOf('/');
  const [stem, extension] = dot > slash + 1 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = name;
  for (let copy = 2; taken.has(candidate.toLowerCase()); copy++) candidate = `${stem} (${copy})${extension}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Writes the pack as one ZIP streamed into the store: parts are asked for their files one step at a time, and
 * each file is opened only when the ZIP reaches it and fully written before the next part is asked, so no more
 * than one file (and never the ZIP) is held in memory, and `onStep` tells truly where the build is.
 */
export async function writePackZip(
  storage: Storage,
  eventId: string,
  parts: PackStepPart[],
  onStep: (step: PackStep, progress: number) => Promise<void>,
): Promise<StoredFile> {
  const zip = new ZipFile();
  const output = zip.outputStream as Readable;
  const stored = storage.put(output, { contentType: 'application/zip' });
  // The store giving up (a bucket gone) must end the writing too, which would otherwise wait for a reader forever.
  const storeFailed = stored.then(() => new Promise<never>(() => undefined));
  storeFailed.catch(() => undefined);
  zip.on('error', (error: Error) => output.destroy(error));
  try {
    const names = new Set<string>();
    for (const [index, { step, part }] of parts.entries()) {
      await onStep(step, stepProgress(index, parts.length));
      const files = await Promise.race([part(eventId), storeFailed]);
      for (const file of files)
        await Promise.race([addFile(zip, uniqueName(file.name, names), file), storeFailed]);
    }
    zip.end();
  } catch (error) {
    // The store's pipeline hears of it and rejects; yazl's own pipes into the output may repeat it after.
    output.on('error', () => undefined);
    output.destroy(error as Error);
    await stored.catch(() => undefined);
    throw error;
  }
  return stored;
}

/** Adds one file and resolves once the ZIP has read all of it. */
function addFile(zip: ZipFile, name: string, file: PackFile): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.addReadStreamLazy(name, (callback) => {
      const opened = Buffer.isBuffer(file.body) ? Promise.resolve(Readable.from([file.body])) : file.body();
      opened.then((stream) => {
        finished(stream).then(resolve, reject);
        callback(null, stream);
      }, reject);
    });
  });
}
