import type { MaterialList } from '@roundtable/contracts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, pastRoundTable } from '../src/demo/demo-data';
import { EventEntity } from '../src/events/event.entity';
import { FAST_MAIL } from './support/mail-app';
import { bearer } from './support/registrations';
import { bootApp, login, type TestApp } from './support/test-app';

describe('the materials of the demo past round table', () => {
  let t: TestApp;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'rt-demo-materials-'));
    t = await bootApp({ demo: true, smtpUrl: null, storageDir: join(dataDir, 'files'), mail: FAST_MAIL });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('gives visitors the presentation and the people who came a handout, as real PDFs in Bulgarian', async () => {
    const past = await t.app
      .get(DataSource)
      .getRepository(EventEntity)
      .findOneByOrFail({ title: pastRoundTable().input.title });
    const visitor = (await t.http.get(`/api/events/${past.id}/materials`).expect(200)).body as MaterialList;
    expect(visitor.items.map((item) => [item.filename, item.visibility])).toEqual([
      ['Моделът на работа - презентация.pdf', 'public'],
    ]);
    const organiser = await login(t.http, DEMO_ACCOUNTS[0].email, DEMO_ACCOUNTS[0].password);
    const all = (await t.http.get(`/api/events/${past.id}/materials`).auth(organiser, bearer).expect(200))
      .body as MaterialList;
    expect(all.items.map((item) => item.visibility).sort()).toEqual(['attended', 'public']);

    const pdf = await t.http
      .get(`/api/materials/${visitor.items[0].id}/download`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    // A long heading wraps: read the text as one line.
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf.body as Buffer })
      .toString('utf8')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Холистична подкрепа на ранното детско развитие');
    expect(text).toContain('Подкрепа за семейството');
  });
});
