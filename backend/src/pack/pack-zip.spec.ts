import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fromBuffer, type Entry } from 'yauzl';
import { FolderStorage } from '../storage/folder-storage';
import { stepProgress, uniqueName, writePackZip } from './pack-zip';

function unzip(bytes: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const files = new Map<string, string>();
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry: Entry) =>
        zip.openReadStream(entry, async (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          for await (const chunk of stream) chunks.push(chunk as Buffer);
          files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
          zip.readEntry();
        }),
      );
      zip.readEntry();
    });
  });
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('stepProgress', () => {
  it('goes from 0 up to 99 by parts; 100 is for a pack that is stored', () => {
    expect([0, 1, 2, 3].map((index) => stepProgress(index, 4))).toEqual([0, 25, 50, 75]);
    expect(stepProgress(3, 3)).toBe(99);
    expect(stepProgress(0, 0)).toBe(0);
  });
});

describe('uniqueName', () => {
  it('numbers a name already taken, before its extension, ignoring case', () => {
    const taken = new Set<string>();
    expect(uniqueName('Презентация.pdf', taken)).toBe('Презентация.pdf');
    expect(uniqueName('презентация.PDF', taken)).toBe('презентация (2).PDF');
    expect(uniqueName('Презентация.pdf', taken)).toBe('Презентация (3).pdf');
    expect(uniqueName('materials/README', taken)).toBe('materials/README');
    expect(uniqueName('materials/README', taken)).toBe('materials/README (2)');
    expect(uniqueName('materials.d/notes', taken)).toBe('materials.d/notes');
    expect(uniqueName('materials.d/notes', taken)).toBe('materials.d/notes (2)');
  });
});

describe('writePackZip', () => {
  let dir: string;
  let storage: FolderStorage;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rt-pack-zip-'));
    storage = new FolderStorage(dir);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const storedFiles = async () =>
    (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());

  it('writes each part in order, buffers and streams alike, telling each step before it is asked', async () => {
    const told: string[] = [];
    const asked: string[] = [];
    const file = await writePackZip(
      storage,
      'event-1',
      [
        {
          step: 'agenda',
          part: async (eventId) => (
            asked.push(`agenda:${eventId}`),
            [{ name: 'agenda.pdf', body: Buffer.from('%PDF програма') }]
          ),
        },
        { step: 'signed-sheet', part: async () => (asked.push('signed-sheet'), []) },
        {
          step: 'registrations',
          part: async () => (
            asked.push('registrations'),
            [
              {
                name: 'registrations.csv',
                body: async () => Readable.from([Buffer.from('Име;Фамилия\n'), Buffer.from('Ясен;Шишков\n')]),
              },
            ]
          ),
        },
      ],
      async (step, progress) => {
        told.push(`${step}:${progress}`);
        expect(asked).toHaveLength(told.length - 1);
      },
    );
    expect(told).toEqual(['agenda:0', 'signed-sheet:33', 'registrations:66']);
    expect(asked).toEqual(['agenda:event-1', 'signed-sheet', 'registrations']);
    const opened = await storage.open(file.key);
    const bytes = await readAll((opened as { stream: Readable }).stream);
    expect(bytes.length).toBe(file.size);
    const files = await unzip(bytes);
    expect([...files.entries()]).toEqual([
      ['agenda.pdf', '%PDF програма'],
      ['registrations.csv', 'Име;Фамилия\nЯсен;Шишков\n'],
    ]);
  });

  it('stops at a part that fails, rejects with its error and keeps nothing', async () => {
    await expect(
      writePackZip(
        storage,
        'event-1',
        [
          { step: 'agenda', part: async () => [{ name: 'agenda.pdf', body: Buffer.alloc(100_000, 1) }] },
          {
            step: 'attendance-sheet',
            part: async () => {
              throw new Error('the sheet could not be drawn');
            },
          },
        ],
        async () => undefined,
      ),
    ).rejects.toThrow('the sheet could not be drawn');
    expect(await storedFiles()).toEqual([]);
  });

  it('stops when a file breaks off while it is read', async () => {
    const broken = new Readable({
      read() {
        this.destroy(new Error('the material broke off'));
      },
    });
    await expect(
      writePackZip(
        storage,
        'event-1',
        [{ step: 'materials', part: async () => [{ name: 'a.pdf', body: async () => broken }] }],
        async () => undefined,
      ),
    ).rejects.toThrow('the material broke off');
    expect(await storedFiles()).toEqual([]);
  });
});
