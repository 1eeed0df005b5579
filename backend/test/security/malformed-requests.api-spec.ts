import { MAX_JSON_DEPTH } from '../../src/common/json-depth';
import { CapturedLog } from '../support/captured-log';
import { anEventInput } from '../support/builders';
import { bootApp, tokenFor, type TestApp } from '../support/test-app';

describe('malformed requests are 400 problem+json, never a 500 with a stack trace', () => {
  const log = new CapturedLog();
  let t: TestApp;
  let organiser: string;

  beforeAll(async () => {
    t = await bootApp({}, { logger: log });
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  it('a page number too large to be an offset is a field error on page', async () => {
    for (const page of ['1e21', '9007199254740993', '100001']) {
      const response = await t.http.get('/api/events').query({ page }).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'page', rule: 'max' })]);
    }
    await t.http.get('/api/events').query({ page: '100000' }).expect(200);
  });

  it('a body nested ten thousand levels deep is refused before it is parsed, and logs no stack', async () => {
    const mark = log.mark();
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    for (const request of [
      t.http.post('/api/auth/login'),
      t.http.post('/api/events').auth(organiser, { type: 'bearer' }),
    ]) {
      const response = await request
        .set('Content-Type', 'application/json')
        .send(`{"title":${deep}}`)
        .expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.detail).toContain(String(MAX_JSON_DEPTH));
    }
    expect(log.since(mark).filter((line) => line.level === 'error')).toEqual([]);
  });

  it('a body in a charset or an encoding not read is 415 problem+json, one that does not inflate 400 (fuzz)', async () => {
    const mark = log.mark();
    const body = JSON.stringify({ email: 'a@example.org', password: 'x' });
    for (const [headers, status] of [
      [{ 'Content-Type': 'application/json; charset=latin1' }, 415],
      [{ 'Content-Type': 'application/json', 'Content-Encoding': 'x-unknown' }, 415],
      [{ 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, 400],
    ] as const) {
      const response = await t.http.post('/api/auth/login').set(headers).send(body).expect(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status, code: 'MALFORMED_REQUEST', title: expect.any(String) });
    }
    expect(log.since(mark).filter((line) => line.level === 'error')).toEqual([]);
  });

  it('a lone surrogate in a JSON string is 400 problem+json, not a 500 from the e-mail check (fuzz)', async () => {
    const mark = log.mark();
    for (const body of ['{"email":"\\ud800","__proto__":0}', '{"email":"a\\udfff@example.org"}']) {
      const response = await t.http
        .post('/api/auth/password-reset')
        .set('Content-Type', 'application/json')
        .send(body)
        .expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({
        code: 'MALFORMED_REQUEST',
        detail: expect.stringContaining('Unicode'),
      });
    }
    expect(log.since(mark).filter((line) => line.level === 'error')).toEqual([]);
  });

  it('an ordinary nested body still goes through', async () => {
    await t.http.post('/api/events').auth(organiser, { type: 'bearer' }).send(anEventInput()).expect(201);
  });
});
