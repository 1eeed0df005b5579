import type { Event } from '@roundtable/contracts';
import { aRegistrationInput, anEventInput } from './support/builders';
import { bootApp, tokenFor, type Http, type TestApp } from './support/test-app';

describe('events', () => {
  let t: TestApp;
  let organiser: string;
  beforeAll(async () => {
    t = await bootApp();
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  const create = async (overrides = {}) =>
    (
      await t.http
        .post('/api/events')
        .auth(organiser, { type: 'bearer' })
        .send(anEventInput(overrides))
        .expect(201)
    ).body as Event;
  const publish = async (id: string) =>
    (await t.http.post(`/api/events/${id}/publish`).auth(organiser, { type: 'bearer' }).expect(200))
      .body as Event;
  const patch = (id: string, body: object) =>
    t.http.patch(`/api/events/${id}`).auth(organiser, { type: 'bearer' }).send(body);
  const countEvents = async () => Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM events'))[0].n);

  it('creates a draft with a transliterated slug and every field of EventInput', async () => {
    const event = await create({
      title: 'Кръгла маса „Щастливо детство“',
      onlineUrl: 'https://meet.example.org/kragla-masa',
      registrationMode: 'approval',
      registrationOpensAt: '2031-04-01T09:00',
      registrationClosesAt: '2031-05-19T18:00',
      sectorQuotas: { municipal: 10, health: 8 },
      partners: ['The Human Safety Net България'],
    });
    expect(event).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      slug: 'kragla-masa-shtastlivo-detstvo',
      status: 'draft',
      sequence: 0,
      startsAt: '2031-05-21T10:00:00+03:00',
      endsAt: '2031-05-21T13:00:00+03:00',
      timezone: 'Europe/Sofia',
      venue: { name: 'Зала „Сердика“', address: 'ул. „Гюешево“ 21', city: 'София' },
      onlineUrl: 'https://meet.example.org/kragla-masa',
      capacity: 40,
      registrationMode: 'approval',
      registrationOpensAt: '2031-04-01T09:00:00+03:00',
      registrationClosesAt: '2031-05-19T18:00:00+03:00',
      sectorQuotas: { municipal: 10, health: 8 },
      partners: ['The Human Safety Net България'],
      agenda: [],
    });
    expect(Date.parse(event.createdAt)).not.toBeNaN();
  });

  it('numbers the slug of a second event with the same title, and keeps a slug when the title changes', async () => {
    const first = await create({ title: 'Форум за деца' });
    const second = await create({ title: 'Форум за деца' });
    expect([first.slug, second.slug]).toEqual(['forum-za-detsa', 'forum-za-detsa-2']);
    const renamed = (await patch(first.id, { title: 'Форум за децата и семействата' }).expect(200))
      .body as Event;
    expect(renamed.slug).toBe('forum-za-detsa');
  });

  it('uses DEFAULT_TIMEZONE when the input names none', async () => {
    const event = await create({ timezone: undefined });
    expect(event.timezone).toBe('Europe/Sofia');
  });

  it('hides drafts from the public and shows them to organisers', async () => {
    const draft = await create();
    await t.http.get(`/api/events/${draft.id}`).expect(404);
    await t.http.get(`/api/events/${draft.slug}`).expect(404);
    await t.http.get(`/api/events/${draft.slug}`).auth(organiser, { type: 'bearer' }).expect(200);
    await publish(draft.id);
    const byId = await t.http.get(`/api/events/${draft.id}`).expect(200);
    const bySlug = await t.http.get(`/api/events/${draft.slug}`).expect(200);
    expect(bySlug.body).toEqual(byId.body);
    expect(byId.body.status).toBe('published');
    expect(byId.body.publishedAt).not.toBeNull();
  });

  it('lists upcoming and past published events for the public, drafts too for organisers', async () => {
    const future = await publish((await create({ title: 'Бъдеща кръгла маса' })).id);
    const past = await publish(
      (
        await create({
          title: 'Минала кръгла маса',
          startsAt: '2024-05-21T10:00',
          endsAt: '2024-05-21T13:00',
        })
      ).id,
    );
    const hidden = await create({ title: 'Чернова' });
    const slugs = async (query: string, http: Http = t.http, token?: string) => {
      const call = http.get(`/api/events${query}`);
      const response = await (token ? call.auth(token, { type: 'bearer' }) : call).expect(200);
      expect(response.body.total).toBe(response.body.items.length);
      return (response.body.items as Event[]).map((event) => event.slug);
    };
    const upcoming = await slugs('?when=upcoming');
    expect(upcoming).toContain(future.slug);
    expect(upcoming).not.toContain(past.slug);
    expect(upcoming).not.toContain(hidden.slug);
    expect(await slugs('?when=past')).toEqual([past.slug]);
    expect(await slugs('?when=upcoming&status=draft', t.http, organiser)).toContain(hidden.slug);
    expect(await slugs('', t.http, organiser)).toContain(hidden.slug);
  });

  it('pages the list', async () => {
    const response = await t.http
      .get('/api/events?page=1&pageSize=1')
      .auth(organiser, { type: 'bearer' })
      .expect(200);
    expect(response.body).toMatchObject({ page: 1, pageSize: 1 });
    expect(response.body.items).toHaveLength(1);
    expect(response.body.total).toBeGreaterThan(1);
    await t.http.get('/api/events?pageSize=1000').expect(400);
    await t.http.get('/api/events?when=tomorrow').expect(400);
  });

  it('pages events that start at the same time without repeating or losing one', async () => {
    const startsAt = '2031-09-17T10:00:00+03:00';
    const endsAt = '2031-09-17T12:00:00+03:00';
    const made = new Set<string>();
    for (let i = 0; i < 7; i++) made.add((await create({ title: `Същият час ${i}`, startsAt, endsAt })).id);
    const seen: string[] = [];
    for (let page = 1, total = Infinity; seen.length < total; page++) {
      const response = await t.http
        .get(`/api/events?status=draft&when=upcoming&page=${page}&pageSize=2`)
        .auth(organiser, { type: 'bearer' })
        .expect(200);
      expect(response.body.items.length).toBeGreaterThan(0);
      seen.push(...(response.body.items as Event[]).map((event) => event.id));
      total = response.body.total;
    }
    const sameHour = seen.filter((id) => made.has(id));
    expect(new Set(sameHour).size).toBe(sameHour.length);
    expect(new Set(sameHour)).toEqual(made);
  });

  it('raises SEQUENCE when time, venue or status of a published event change, and only then', async () => {
    const draft = await create();
    const movedDraft = (await patch(draft.id, { startsAt: '2031-05-21T11:00' }).expect(200)).body as Event;
    expect(movedDraft.sequence).toBe(0);
    const event = await publish(draft.id);
    expect(event.sequence).toBe(0);
    const retitled = (await patch(event.id, { title: 'Ново заглавие', description: 'Друго' }).expect(200))
      .body as Event;
    expect(retitled.sequence).toBe(0);
    const moved = (
      await patch(event.id, { startsAt: '2031-05-21T12:00', endsAt: '2031-05-21T15:00' }).expect(200)
    ).body as Event;
    expect(moved).toMatchObject({ sequence: 1, startsAt: '2031-05-21T12:00:00+03:00' });
    const relocated = (
      await patch(event.id, {
        venue: { name: 'Общината', address: 'пл. „Централен“ 1', city: 'Раковски' },
      }).expect(200)
    ).body as Event;
    expect(relocated.sequence).toBe(2);
    const cancelled = (
      await t.http
        .post(`/api/events/${event.id}/cancel`)
        .auth(organiser, { type: 'bearer' })
        .send({ reason: 'Болест' })
        .expect(200)
    ).body as Event;
    expect(cancelled).toMatchObject({ status: 'cancelled', sequence: 3, cancellationReason: 'Болест' });
  });

  it('refuses to change or re-cancel a cancelled event', async () => {
    const event = await publish((await create()).id);
    await t.http
      .post(`/api/events/${event.id}/cancel`)
      .auth(organiser, { type: 'bearer' })
      .send({})
      .expect(200);
    expect((await patch(event.id, { title: 'x' }).expect(409)).body.code).toBe('EVENT_CANCELLED');
    const again = await t.http
      .post(`/api/events/${event.id}/cancel`)
      .auth(organiser, { type: 'bearer' })
      .send({})
      .expect(409);
    expect(again.body.code).toBe('EVENT_ALREADY_CANCELLED');
    await t.http.post(`/api/events/${event.id}/publish`).auth(organiser, { type: 'bearer' }).expect(409);
    // A cancelled event stays visible, so people following an old link learn that it was cancelled.
    expect((await t.http.get(`/api/events/${event.slug}`).expect(200)).body.status).toBe('cancelled');
  });

  it('rejects malformed input with problem+json, one entry per field, and stores nothing', async () => {
    const before = await countEvents();
    const response = await t.http
      .post('/api/events')
      .auth(organiser, { type: 'bearer' })
      .send({
        ...anEventInput(),
        title: '',
        startsAt: '21.05.2031 10:00',
        capacity: 0,
        language: 'de',
        timezone: 'Europe/Atlantis',
        venue: { name: 'Зала' },
        sectorQuotas: { pirates: 3 },
        onlineUrl: 'javascript:alert(1)',
        organiserNotes: 'unknown field',
      })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      type: expect.any(String),
      title: 'Bad Request',
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    const byField = Object.fromEntries(
      (response.body.errors as { field: string; rule: string }[]).map((error) => [error.field, error.rule]),
    );
    expect(byField).toEqual({
      title: 'isNotEmpty',
      startsAt: 'isEventTime',
      capacity: 'min',
      language: 'isIn',
      timezone: 'isTimeZone',
      'venue.address': 'required',
      'venue.city': 'required',
      sectorQuotas: 'isSectorQuotas',
      onlineUrl: 'isUrl',
      organiserNotes: 'unknownField',
    });
    expect(await countEvents()).toBe(before);
  });

  it('checks rules across fields and changes nothing when they fail', async () => {
    const event = await create();
    const response = await patch(event.id, {
      endsAt: '2031-05-21T09:00',
      sectorQuotas: { health: 41 },
    }).expect(400);
    expect(
      response.body.errors.map((error: { field: string; rule: string }) => `${error.field}:${error.rule}`),
    ).toEqual(['endsAt:endsAfterStart', 'sectorQuotas.health:quotaWithinCapacity']);
    const unchanged = (await t.http.get(`/api/events/${event.id}`).auth(organiser, { type: 'bearer' })).body;
    expect(unchanged.endsAt).toBe(event.endsAt);
    expect(unchanged.sectorQuotas).toEqual({});
  });

  it('answers 404 problem+json for an unknown event', async () => {
    const response = await patch('00000000-0000-4000-8000-000000000000', { title: 'x' }).expect(404);
    expect(response.body.code).toBe('EVENT_NOT_FOUND');
    await t.http.get('/api/events/no-such-slug').expect(404);
  });

  it('reports the room as registrations fill it: by status, by sector, with the quotas', async () => {
    const event = await create({ capacity: 3, sectorQuotas: { health: 1 } });
    await publish(event.id);
    for (const sector of ['health', 'health', 'ngo', 'ngo', 'ngo'] as const) {
      await t.http
        .post(`/api/events/${event.id}/registrations`)
        .send(aRegistrationInput({ sector }))
        .expect(201);
    }
    const stats = await t.http
      .get(`/api/events/${event.id}/stats`)
      .auth(organiser, { type: 'bearer' })
      .expect(200);
    expect(stats.body).toMatchObject({
      capacity: 3,
      confirmed: 3,
      waitlisted: 2,
      pending: 0,
      heldByInvitations: 0,
      checkedIn: 0,
    });
    expect(stats.body.bySector.health).toEqual({ confirmed: 1, waitlisted: 1, checkedIn: 0, quota: 1 });
    expect(stats.body.bySector.ngo).toEqual({ confirmed: 2, waitlisted: 1, checkedIn: 0, quota: null });
    expect(stats.body.bySector.education).toEqual({ confirmed: 0, waitlisted: 0, checkedIn: 0, quota: null });
  });
});
