import type { CheckInResult, Registration } from '@roundtable/contracts';
import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { RegistrationEntity } from '../src/registrations/registration.entity';
import { aRegistrationInput } from './support/builders';
import { aPublishedEvent, bearer } from './support/registrations';
import { bootApp, tokenFor, type TestApp } from './support/test-app';

describe("the organiser's CSV of an event's registrations", () => {
  let t: TestApp;
  let organiser: string;

  beforeAll(async () => {
    t = await bootApp();
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  const register = async (eventId: string, overrides = {}) =>
    (
      await t.http
        .post(`/api/events/${eventId}/registrations`)
        .send(aRegistrationInput(overrides))
        .expect(201)
    ).body as Registration;
  const download = (eventId: string) =>
    t.http
      .get(`/api/events/${eventId}/registrations.csv`)
      .auth(organiser, bearer)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it('opens in Excel with Cyrillic intact, named by the slug, with formulas made harmless', async () => {
    const event = await aPublishedEvent(t.http, organiser, { title: 'Кръгла маса Пловдив' });
    const attended = await register(event.id, {
      firstName: 'Йордана',
      lastName: 'Щерева-Иванова',
      organization: 'Сдружение „Деца, семейства“',
      phone: '+359 888 123 456',
      municipality: 'PDV22',
      sector: 'health',
    });
    await register(event.id, {
      firstName: '=HYPERLINK("http://evil.example","click")',
      lastName: '@SUM(1+1)',
      organization: '-2+3',
      position: '+cmd',
    });
    const checkedIn = (
      await t.http
        .post(`/api/registrations/${attended.id}/check-in`)
        .auth(organiser, bearer)
        .send({})
        .expect(200)
    ).body as CheckInResult;

    const response = await download(event.id).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="${event.slug}-registrations.csv"`,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const bytes = response.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);

    const [header, first, second] = parse(text, { bom: true }) as string[][];
    expect(header.slice(0, 4)).toEqual(['Име', 'Фамилия', 'Имейл', 'Организация']);
    expect(first.slice(0, 2)).toEqual(['Йордана', 'Щерева-Иванова']);
    expect(first).toContain('Сдружение „Деца, семейства“');
    expect(first).toContain('+359 888 123 456');
    expect(first).toContain('Пловдив');
    expect(first).toContain('здравеопазване');
    // Who came: the time of the check-in, and whether they registered only at the door.
    expect(header.slice(-2)).toEqual(['Отбелязан/а на място в', 'Без предварителна регистрация']);
    expect(first.slice(-2)).toEqual([checkedIn.person.checkedInAt, 'не']);
    expect(second.slice(-2)).toEqual(['', 'не']);
    expect(second.slice(0, 5)).toEqual([
      `'=HYPERLINK("http://evil.example","click")`,
      "'@SUM(1+1)",
      second[2],
      "'-2+3",
      "'+cmd",
    ]);
  });

  it('streams ten thousand rows', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 20_000 });
    const now = Date.now();
    const rows = Array.from({ length: 10_000 }, (_, n) => {
      const email = `bulk-${n}@example.bg`;
      return {
        id: randomUUID(),
        eventId: event.id,
        firstName: 'Иван',
        lastName: `Иванов ${n}`,
        email,
        activeEmailKey: email,
        organization: 'Община Раковски',
        sector: 'municipal' as const,
        searchText: email,
        language: 'bg' as const,
        consents: {},
        status: 'confirmed' as const,
        createdAt: new Date(now + n),
        updatedAt: new Date(now + n),
      };
    });
    for (let start = 0; start < rows.length; start += 500) {
      await t.dataSource.getRepository(RegistrationEntity).insert(rows.slice(start, start + 500));
    }

    const response = await download(event.id).expect(200);
    // No length up front: the body is written as the batches are read.
    expect(response.headers['transfer-encoding']).toBe('chunked');
    const records = parse((response.body as Buffer).toString('utf8'), { bom: true }) as string[][];
    expect(records).toHaveLength(10_001);
    expect(new Set(records.slice(1).map((record) => record[2])).size).toBe(10_000);
    expect(records[10_000][1]).toBe('Иванов 9999');
  });

  it('is for organisers, and says when the event does not exist', async () => {
    const event = await aPublishedEvent(t.http, organiser);
    await t.http.get(`/api/events/${event.id}/registrations.csv`).expect(401);
    const staff = await tokenFor(t.http, 'staff');
    await t.http.get(`/api/events/${event.id}/registrations.csv`).auth(staff, bearer).expect(403);
    const missing = await t.http
      .get(`/api/events/${randomUUID()}/registrations.csv`)
      .auth(organiser, bearer)
      .expect(404);
    expect(missing.body.code).toBe('EVENT_NOT_FOUND');
  });
});
