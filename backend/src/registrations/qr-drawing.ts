import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { QRCodeToBufferOptions } from 'qrcode';

/*
 * Draws QR codes as PNG in worker threads. Drawing one (Reed-Solomon, choosing the mask, filtering and deflating
 * the PNG) is 2-5 ms of synchronous work; on the event loop a batch of confirmation e-mails held up every request
 * meanwhile, and on SQLite the transaction holding the single writer's lock (decision 0006) with them. See
 * docs/decisions/0013-registration-load-bench-and-profile.md.
 *
 * The workers start on the first drawing and are unref'd: an idle pool never keeps the process alive. The worker's
 * code is a string (eval), which the bundler leaves alone, and it loads qrcode as this file would (from the file
 * name passed in), so it runs the same from the webpack bundle (node_modules stay external), ts-node and Jest.
 */

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const QRCode = require('node:module').createRequire(workerData.from)('qrcode');
parentPort.on('message', ({ id, text, options }) => {
  QRCode.toBuffer(text, options).then(
    (png) => parentPort.postMessage({ id, png }),
    (error) => parentPort.postMessage({ id, error: String(error && error.message ? error.message : error) }),
  );
});
`;

/** One thread on a 2-core machine, leaving a core for the event loop and the database; at most 2. */
export const QR_WORKERS = Math.max(1, Math.min(2, availableParallelism() - 1));

interface Pending {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

const pool: PoolWorker[] = [];
let nextId = 0;

function spawn(): PoolWorker {
  const entry: PoolWorker = {
    worker: new Worker(WORKER_SOURCE, { eval: true, workerData: { from: __filename } }),
    pending: new Map(),
  };
  const { worker, pending } = entry;
  worker.unref();
  worker.on('message', (message: { id: number; png?: Uint8Array; error?: string }) => {
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.png)
      waiting.resolve(Buffer.from(message.png.buffer, message.png.byteOffset, message.png.length));
    else waiting.reject(new Error(`QR code not drawn: ${message.error}`));
  });
  // A worker that dies takes its drawings with it: they fail (a mail job is retried), the pool replaces it.
  const lost = (error: Error) => {
    const index = pool.indexOf(entry);
    if (index >= 0) pool.splice(index, 1);
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on('error', lost);
  worker.on('exit', (code) => lost(new Error(`QR worker exited with code ${code}`)));
  return entry;
}

/** The least busy worker, starting one while the pool has room and every worker is busy. */
function leastBusy(): PoolWorker {
  let best = pool[0];
  for (const entry of pool) if (entry.pending.size < best.pending.size) best = entry;
  if (!best || (best.pending.size > 0 && pool.length < QR_WORKERS)) {
    best = spawn();
    pool.push(best);
  }
  return best;
}

/** `text` as a PNG QR code, drawn off the event loop; the same bytes as `QRCode.toBuffer(text, options)`. */
export function drawQrPng(text: string, options: QRCodeToBufferOptions): Promise<Buffer> {
  const entry = leastBusy();
  const id = nextId++;
  return new Promise<Buffer>((resolve, reject) => {
    entry.pending.set(id, { resolve, reject });
    // Only a busy worker keeps the process alive, so a drawing in flight is never cut off by an exit.
    entry.worker.ref();
    entry.worker.postMessage({ id, text, options });
  }).finally(() => {
    if (entry.pending.size === 0) entry.worker.unref();
  });
}

/** Ends the workers (tests; the process itself needs no call, idle workers never hold it). */
export async function stopQrWorkers(): Promise<void> {
  const stopping = pool.splice(0).map((entry) => entry.worker.terminate());
  await Promise.all(stopping);
}
