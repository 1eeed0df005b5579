import type { Event } from '@roundtable/contracts';
import { anAgendaItem, anEventInput } from './support/builders';
import { bootApp, tokenFor, type TestApp } from './support/test-app';

describe('agenda', () => {
  let t: TestApp;
  let organiser: string;
  let event: Event;
  beforeAll(async () => {
    t = await bootApp();
    organiser = await tokenFor(t.http, 'organizer');
    event = (
      await t.http.post('/api/events').auth(organiser, { type: 'bearer' }).send(anEventInput()).expect(201)
    ).body;
  });
  afterAll(() => t.close());

  const put = (items: unknown) =>
    t.http
      .put(`/api/events/${event.id}/agenda`)
      .auth(organiser, { type: 'bearer' })
      .send(items as object);

  it('stores the items in the order given, times in the event zone', async () => {
    const speaker = (
      await t.http
        .post(`/api/events/${event.id}/invitations`)
        .auth(organiser, { type: 'bearer' })
        .send({ email: 'panel@example.org', name: 'Панелист', role: 'panelist' })
        .expect(201)
    ).body.id as string;
    const response = await put([
      anAgendaItem({ title: 'Откриване' }),
      anAgendaItem({
        title: 'Панел: общините и социалните услуги',
        kind: 'panel',
        startsAt: '2031-05-21T10:30',
        endsAt: '2031-05-21T11:30',
        description: 'Заместник-кмет и директор на болница',
        speakerIds: [speaker],
      }),
      anAgendaItem({
        title: 'Кафе пауза',
        kind: 'break',
        startsAt: '2031-05-21T11:30',
        endsAt: '2031-05-21T11:45',
      }),
    ]).expect(200);
    const agenda = (response.body as Event).agenda;
    expect(agenda.map((item) => [item.position, item.title, item.kind])).toEqual([
      [0, 'Откриване', 'talk'],
      [1, 'Панел: общините и социалните услуги', 'panel'],
      [2, 'Кафе пауза', 'break'],
    ]);
    expect(agenda[1]).toMatchObject({
      startsAt: '2031-05-21T10:30:00+03:00',
      endsAt: '2031-05-21T11:30:00+03:00',
      description: 'Заместник-кмет и директор на болница',
      speakerIds: [speaker],
    });
  });

  it('replaces the whole agenda: reordering and removing are one PUT', async () => {
    const current = (await t.http.get(`/api/events/${event.id}`).auth(organiser, { type: 'bearer' }))
      .body as Event;
    const reordered = [current.agenda[2], current.agenda[0]].map(
      ({ title, startsAt, endsAt, kind, speakerIds }) => ({
        title,
        startsAt,
        endsAt,
        kind,
        speakerIds,
      }),
    );
    const response = await put(reordered).expect(200);
    expect((response.body as Event).agenda.map((item) => item.title)).toEqual(['Кафе пауза', 'Откриване']);
    expect(Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM agenda_items'))[0].n)).toBe(2);
  });

  it('points at the index and field of each bad item, and keeps the agenda as it was', async () => {
    const before = (await t.http.get(`/api/events/${event.id}`).auth(organiser, { type: 'bearer' })).body
      .agenda;
    const response = await put([
      anAgendaItem(),
      anAgendaItem({ title: '', kind: 'lunch' as never, speakerIds: ['not-an-id'] }),
      'not an item',
    ]).expect(400);
    expect(
      response.body.errors
        .map((error: { field: string; rule: string }) => `${error.field}:${error.rule}`)
        .sort(),
    ).toEqual(['1.kind:isIn', '1.speakerIds:isUuid', '1.title:isNotEmpty', '2:isObject']);
    const outside = await put([
      anAgendaItem({ startsAt: '2031-05-21T12:30', endsAt: '2031-05-21T14:00' }),
    ]).expect(400);
    expect(outside.body.errors).toEqual([
      expect.objectContaining({ field: '0.startsAt', rule: 'withinEvent' }),
    ]);
    const after = (await t.http.get(`/api/events/${event.id}`).auth(organiser, { type: 'bearer' })).body
      .agenda;
    expect(after).toEqual(before);
  });

  it('takes only an array', async () => {
    const response = await put({ items: [] }).expect(400);
    expect(response.body.errors[0].rule).toBe('isArray');
  });

  it('shows the agenda on the public event page once published', async () => {
    await t.http.post(`/api/events/${event.id}/publish`).auth(organiser, { type: 'bearer' }).expect(200);
    const page = (await t.http.get(`/api/events/${event.slug}`).expect(200)).body as Event;
    expect(page.agenda.map((item) => item.title)).toEqual(['Кафе пауза', 'Откриване']);
  });
});
