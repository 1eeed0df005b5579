/*
 * npm run bench (issue 8): the funder's reporting pack of an event with BENCH_PACK_ATTENDEES (500) checked-in
 * attendees, a fifth as many no-shows and some wait-listed, a written summary with recommendations, three
 * material PDFs and the signed attendance sheet. Timed: from `POST /api/events/{id}/pack` to `GET …/pack`
 * answering `ready` (asked every 10 ms), as the organiser's page waits for it; the build is a job of the
 * runner (decision 0024), woken by the request in the same process. Median of BENCH_PACK_RUNS (3) after a
 * warm-up build.
 *
 * Baseline, in the same run: the floor of any pack of the same contents. A plain SQL read of the rows the pack
 * is made of (registrations, materials, summary and recommendations) and the very files of the ready pack (read
 * back from its ZIP into memory before the clock starts) written through yazl, compressed as the pack is, into a
 * file. What the ratio shows is the cost of making the files (PDFs, CSVs) and of the job around them.
 */
import 'reflect-metadata';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { fromBuffer, type Entry, type ZipFile as ReadZip } from 'yauzl';
import { ZipFile } from 'yazl';
import { PDF_FONT, renderPdf } from '../src/reports/pdf';
import { Api, openDataSource, seedRegistrations, startServer, timed } from './app';
import { benchDatabases, median, sink, writeReport, type BenchDatabase, type Sink } from './support';

const ATTENDEES = Number(process.env['BENCH_PACK_ATTENDEES'] ?? 500);
const NO_SHOWS = Math.round(ATTENDEES / 5);
const WAITLISTED = Math.round(ATTENDEES / 20);
const RUNS = Number(process.env['BENCH_PACK_RUNS'] ?? 3);
const MATERIALS = 3;

interface PackFile {
  name: string;
  bytes: Buffer;
}

/** The files of a ZIP, in order. */
function unzip(zip: Buffer): Promise<PackFile[]> {
  return new Promise((resolve, reject) => {
    fromBuffer(zip, { lazyEntries: true }, (error, reader?: ReadZip) => {
      if (error || !reader) return reject(error);
      const files: PackFile[] = [];
      reader.on('entry', (entry: Entry) =>
        reader.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on(
            'end',
            () => (files.push({ name: entry.fileName, bytes: Buffer.concat(chunks) }), reader.readEntry()),
          );
        }),
      );
      reader.on('end', () => resolve(files));
      reader.on('error', reject);
      reader.readEntry();
    });
  });
}

async function pdf(title: string, pages: number): Promise<Blob> {
  const content = Array.from({ length: pages }, (_, page) => [
    { text: `${title}, страница ${page + 1}`, fontSize: 20, margin: [0, 0, 0, 12] },
    { ul: ['Данни за региона', 'Добри практики', 'Следващи стъпки'], fontSize: 12 },
  ]);
  const bytes = await renderPdf({
    content: content.flat() as never,
    info: { title },
    defaultStyle: { font: PDF_FONT },
  });
  return new Blob([new Uint8Array(bytes)], { type: 'application/pdf' });
}

/** The event of the pack: people, summary, materials and the signed sheet, as an organiser leaves it. */
async function prepare(api: Api, database: BenchDatabase): Promise<string> {
  const eventId = await api.openEvent('Отчетен пакет', ATTENDEES + NO_SHOWS + 100);
  const dataSource = await openDataSource(database);
  try {
    const checkedInAt = new Date(Date.UTC(2031, 4, 21, 7, 30));
    await seedRegistrations(dataSource, eventId, ATTENDEES + NO_SHOWS + WAITLISTED, (i) =>
      i < ATTENDEES
        ? { status: 'confirmed', queuedAt: null, checkedInAt: new Date(checkedInAt.getTime() + i * 1000) }
        : i < ATTENDEES + NO_SHOWS
          ? { status: 'confirmed', queuedAt: null }
          : { status: 'waitlisted' },
    );
  } finally {
    await dataSource.destroy();
  }
  await api.send('PUT', `/api/events/${eventId}/summary`, {
    body: 'Участниците обсъдиха подкрепата на ранното детско развитие в областта.\n\nБяха представени данни и добри практики.',
    keyPoints: ['Нужда от общи данни', 'Съвместни екипи по места', 'Обучения за специалисти'],
    recommendations: [
      { text: 'Обща база данни за услугите', owner: 'Областна администрация', status: 'proposed' },
      { text: 'Мобилни екипи в малките общини', owner: 'Общините', status: 'in-progress' },
    ],
  });
  for (let i = 0; i < MATERIALS; i++) {
    const form = new FormData();
    form.set('title', `Презентация ${i + 1}`);
    form.set('visibility', 'attended');
    form.set('file', await pdf(`Презентация ${i + 1}`, 10), `presentation-${i + 1}.pdf`);
    await api.send('POST', `/api/events/${eventId}/materials`, form);
  }
  const sheet = new FormData();
  sheet.set('kind', 'signed-sheet');
  sheet.set('file', await pdf('Подписан присъствен списък', 12), 'signed-sheet.pdf');
  await api.send('POST', `/api/events/${eventId}/materials`, sheet);
  return eventId;
}

/** Milliseconds from the request to the pack's `ready`. */
async function build(api: Api, eventId: string): Promise<number> {
  return timed(async () => {
    await api.send('POST', `/api/events/${eventId}/pack`);
    for (;;) {
      const status = await api.send('GET', `/api/events/${eventId}/pack`);
      if (status['state'] === 'ready') return;
      if (status['state'] === 'failed') throw new Error(`the pack failed: ${JSON.stringify(status)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
}

/** The same rows by plain SQL, and the same files through yazl into a file. */
async function baseline(database: BenchDatabase, eventId: string, files: PackFile[]): Promise<number> {
  const dataSource = await openDataSource(database);
  const dir = mkdtempSync(join(tmpdir(), 'rt-bench-pack-'));
  try {
    return await timed(async () => {
      await dataSource.query(
        'SELECT * FROM registrations WHERE eventId = ? ORDER BY lastName, firstName, id',
        [eventId],
      );
      await dataSource.query('SELECT * FROM materials WHERE eventId = ?', [eventId]);
      await dataSource.query('SELECT * FROM event_summaries WHERE eventId = ?', [eventId]);
      await dataSource.query('SELECT * FROM recommendations WHERE eventId = ?', [eventId]);
      const zip = new ZipFile();
      const output = createWriteStream(join(dir, 'pack.zip'));
      zip.outputStream.pipe(output);
      for (const file of files) zip.addBuffer(file.bytes, file.name);
      zip.end();
      await finished(output);
    });
  } finally {
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchDatabase(database: BenchDatabase, smtp: Sink) {
  const server = await startServer(database, smtp.url);
  try {
    const api = new Api(server.url);
    await api.login();
    const eventId = await prepare(api, database);
    // Warm-up: fonts, templates and the job's code paths.
    await build(api, eventId);
    const packMs: number[] = [];
    for (let run = 0; run < RUNS; run++) packMs.push(await build(api, eventId));
    const response = await fetch(`${server.url}/api/events/${eventId}/pack.zip`, {
      headers: { authorization: `Bearer ${api.token}` },
    });
    const zip = Buffer.from(await response.arrayBuffer());
    const files = await unzip(zip);
    await baseline(database, eventId, files);
    const baselineMs: number[] = [];
    for (let run = 0; run < RUNS; run++) baselineMs.push(await baseline(database, eventId, files));
    const pack = median(packMs);
    const floor = median(baselineMs);
    return {
      packMs: Math.round(pack),
      baselineMs: Math.round(floor),
      ratio: Number((pack / floor).toFixed(1)),
      zipBytes: zip.length,
      files: files.map((file) => ({ name: file.name, bytes: file.bytes.length })),
    };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const smtp = await sink();
  const report: Record<string, unknown> = {
    attendees: ATTENDEES,
    noShows: NO_SHOWS,
    waitlisted: WAITLISTED,
    materials: MATERIALS,
    runs: RUNS,
  };
  for (const kind of benchDatabases()) {
    const database = await kind.create();
    try {
      const result = await benchDatabase(database, smtp);
      report[kind.name] = result;
      console.log(
        `\n${kind.name}: reporting pack of ${ATTENDEES} attendees, ${result.files.length} files, ${result.zipBytes} bytes: ` +
          `${result.packMs} ms to ready, baseline (SQL + yazl of the same files) ${result.baselineMs} ms (x${result.ratio})`,
      );
    } finally {
      await database.drop();
    }
  }
  await smtp.close();
  console.log(`report: ${writeReport('pack', report)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
