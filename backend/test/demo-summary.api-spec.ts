import type { Event, Summary, ThemePage } from '@roundtable/contracts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobEntity } from '../src/jobs/job.entity';
import { FAST_MAIL } from './support/mail-app';
import { bootApp, type TestApp } from './support/test-app';

/** npm start's past round table tells the whole after-event story, and seeding it mails nobody. */
describe('the demo’s past round table', () => {
  let t: TestApp;
  let dataDir: string;
  let past: Event;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'rt-demo-summary-'));
    t = await bootApp({ demo: true, smtpUrl: null, storageDir: join(dataDir, 'files'), mail: FAST_MAIL });
    const events = (await t.http.get('/api/events').query({ when: 'past' }).expect(200)).body
      .items as Event[];
    past = events.find((event) => event.startsAt.startsWith('2024-05-21')) as Event;
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('has check-ins and a published summary with recommendations, one followed up since', async () => {
    const summary = (await t.http.get(`/api/events/${past.slug}/summary`).expect(200)).body as Summary;
    expect(summary.publishedAt).toBe('2024-05-27T07:00:00.000Z');
    expect(summary.bodyHtml).toContain('<h3>Моделът на работа на фондацията</h3>');
    expect(summary.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(summary.recommendations.map((recommendation) => recommendation.owner)).toEqual(
      expect.arrayContaining(['Община Пловдив', 'РЗИ', 'Община Раковски']),
    );
    expect(new Set(summary.recommendations.map((recommendation) => recommendation.status)).size).toBe(4);
    const followedUp = summary.recommendations.find((recommendation) => recommendation.history.length > 1);
    expect(followedUp?.history.map((change) => change.status)).toEqual(['proposed', 'done']);
    expect(summary.stats).toMatchObject({ registered: 20, checkedIn: 17, noShows: 3, walkIns: 2 });
    expect(summary.stats.bySector.map((row) => row.sector)).toContain('municipal');
    expect(summary.stats.byMunicipality[0]).toEqual({ municipality: 'PDV22', registered: 6, checkedIn: 6 });

    // Seeding published it without queueing a single summary e-mail.
    expect(await t.dataSource.getRepository(JobEntity).countBy({ kind: 'summary.published' })).toBe(0);

    const pdf = await t.http
      .get(`/api/events/${past.id}/summary.pdf`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf.body as Buffer }).toString(
      'utf8',
    );
    expect(text).toContain('Добри практики за холистична подкрепа на ранното детско развитие');
    expect(text).toContain('Партньорството с общините');
    expect(text).toContain('Раковски');
  });

  it('carries themes, and its recommendation in progress is followed up at the upcoming round table', async () => {
    expect(past.themes.map((theme) => theme.slug)).toEqual([
      'early-childhood-development',
      'community-services',
    ]);
    const upcoming = (
      (await t.http.get('/api/events').query({ when: 'upcoming' }).expect(200)).body.items as Event[]
    )[0];
    const page = (await t.http.get('/api/themes/early-childhood-development/page').expect(200))
      .body as ThemePage;
    const onPage = page.events.find((event) => event.id === past.id);
    const carried = onPage?.recommendations.find((recommendation) => recommendation.status === 'in-progress');
    expect(carried?.followedUpIn.map((event) => event.id)).toEqual([upcoming.id]);
  });
});
