import type { Event, Invitation } from '@roundtable/contracts';
import { anEventInput } from './support/builders';
import { parseInvite } from './support/calendar';
import { calendarOf } from './support/test-mailbox';
import { bootAppWithMailbox, personalLink, type MailTestApp } from './support/mail-app';
import { tokenFor } from './support/test-app';

describe('calendars follow the event', () => {
  let t: MailTestApp;
  let organiser: string;
  let event: Event;
  const auth = { type: 'bearer' as const };

  const inviteAndAnswer = async (email: string, response?: 'accepted' | 'declined' | 'tentative') => {
    await t.http
      .post(`/api/events/${event.id}/invitations`)
      .auth(organiser, auth)
      .send({ email, name: email.split('@')[0], role: 'panelist' })
      .expect(201);
    const mail = await t.mailbox.next(email, 0);
    if (response) {
      await t.http
        .post(`/api/invitations/by-token/${personalLink(mail.text).token}/response`)
        .send({ response })
        .expect(200);
      await t.mailbox.next(email, 1);
    }
    return parseInvite(calendarOf(mail).ics);
  };

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    organiser = await tokenFor(t.http, 'organizer');
    event = (await t.http.post('/api/events').auth(organiser, auth).send(anEventInput()).expect(201)).body;
    await t.http.post(`/api/events/${event.id}/publish`).auth(organiser, auth).expect(200);
  });
  afterAll(() => t.close());

  it('sends holders a REQUEST with the same UID and a higher SEQUENCE when the event moves, and nothing to those who declined', async () => {
    const original = await inviteAndAnswer('accepted@example.org', 'accepted');
    await inviteAndAnswer('maybe@example.org', 'tentative');
    await inviteAndAnswer('pending@example.org');
    await inviteAndAnswer('declined@example.org', 'declined');
    // The editor asks before saving: those who declined no longer hold the event, so they are not counted.
    const count = await t.http
      .get(`/api/events/${event.id}/calendar-holders/count`)
      .auth(organiser, auth)
      .expect(200);
    expect(count.body).toEqual({ count: 3 });

    const moved = (
      await t.http
        .patch(`/api/events/${event.id}`)
        .auth(organiser, auth)
        .send({ startsAt: '2031-05-21T11:00', endsAt: '2031-05-21T14:00' })
        .expect(200)
    ).body as Event;
    expect(moved.sequence).toBe(1);

    const update = await t.mailbox.next('accepted@example.org', 2);
    expect(calendarOf(update).contentType).toMatch(/method=REQUEST/i);
    const ics = parseInvite(calendarOf(update).ics);
    expect(ics).toMatchObject({ method: 'REQUEST', uid: original.uid, status: 'CONFIRMED' });
    expect(ics.sequence).toBeGreaterThan(original.sequence);
    expect(ics.sequence).toBe(1);
    expect(ics.start.toISOString()).toBe('2031-05-21T08:00:00.000Z');
    expect(ics.attendees).toEqual([
      expect.objectContaining({ email: 'accepted@example.org', partstat: 'ACCEPTED' }),
    ]);
    expect(update.subject).toContain(event.title);
    // The reader sees what moved: the old time struck through beside the new one; the place did not change.
    expect(update.text).toMatch(/Беше: .*21 май 2031 г\., 10:00 – 13:00/);
    expect(update.text).toMatch(/Сега: .*21 май 2031 г\., 11:00 – 14:00/);
    expect(update.text).not.toContain('Мястото');

    expect(
      parseInvite(calendarOf(await t.mailbox.next('maybe@example.org', 2)).ics).attendees[0].partstat,
    ).toBe('TENTATIVE');
    expect(
      parseInvite(calendarOf(await t.mailbox.next('pending@example.org', 1)).ics).attendees[0].partstat,
    ).toBe('NEEDS-ACTION');
    // Everyone due an update has it; the one who declined got nothing more.
    expect(t.mailbox.to('declined@example.org')).toHaveLength(2);
  });

  it('does not write to calendars for a change they do not show', async () => {
    const before = t.mailbox.messages.length;
    await t.http
      .patch(`/api/events/${event.id}`)
      .auth(organiser, auth)
      .send({ description: 'Нов текст.' })
      .expect(200);
    const invitations = (await t.http.get(`/api/events/${event.id}/invitations`).auth(organiser, auth)).body
      .items as Invitation[];
    expect(invitations.length).toBe(4);
    const queued = await t.dataSource.query(
      `SELECT COUNT(*) AS n FROM jobs WHERE status <> 'done' AND status <> 'superseded'`,
    );
    expect(Number(queued[0].n)).toBe(0);
    expect(t.mailbox.messages.length).toBe(before);
  });

  it('sends CANCEL with STATUS:CANCELLED and no alarm when the event is cancelled', async () => {
    const before = t.mailbox.to('accepted@example.org').length;
    await t.http
      .post(`/api/events/${event.id}/cancel`)
      .auth(organiser, auth)
      .send({ reason: 'Залата е наводнена.' })
      .expect(200);
    const mail = await t.mailbox.next('accepted@example.org', before);
    expect(calendarOf(mail).contentType).toMatch(/method=CANCEL/i);
    const cancel = parseInvite(calendarOf(mail).ics);
    expect(cancel).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', alarms: 0, sequence: 2 });
    expect(mail.text).toContain('Залата е наводнена.');
    await t.mailbox.next('maybe@example.org', 3);
    await t.mailbox.next('pending@example.org', 2);
    expect(t.mailbox.to('declined@example.org')).toHaveLength(2);
  });
});

describe('public calendars', () => {
  let t: MailTestApp;
  beforeAll(async () => (t = await bootAppWithMailbox()));
  afterAll(() => t.close());

  it('serves a published event as METHOD:PUBLISH, a feed of all published events, and add-to-calendar links', async () => {
    const organiser = await tokenFor(t.http, 'organizer');
    const draft = (
      await t.http
        .post('/api/events')
        .auth(organiser, { type: 'bearer' })
        .send(anEventInput({ title: 'Чернова' }))
        .expect(201)
    ).body as Event;
    const published = (
      await t.http
        .post('/api/events')
        .auth(organiser, { type: 'bearer' })
        .send(anEventInput({ title: 'Публикувано' }))
        .expect(201)
    ).body as Event;
    await t.http.post(`/api/events/${published.id}/publish`).auth(organiser, { type: 'bearer' }).expect(200);

    await t.http.get(`/api/events/${draft.slug}/calendar.ics`).expect(404);
    const single = await t.http.get(`/api/events/${published.slug}/calendar.ics`).expect(200);
    expect(single.headers['content-type']).toMatch(/^text\/calendar;.*method=PUBLISH/);
    expect(single.headers['content-disposition']).toBe(`attachment; filename="${published.slug}.ics"`);
    // Asked for by id, it is still saved under the slug.
    const byId = await t.http.get(`/api/events/${published.id}/calendar.ics`).expect(200);
    expect(byId.headers['content-disposition']).toBe(`attachment; filename="${published.slug}.ics"`);
    const ics = parseInvite(single.text);
    expect(ics).toMatchObject({ method: 'PUBLISH', attendees: [], timezones: ['Europe/Sofia'] });
    expect(ics.start.toISOString()).toBe('2031-05-21T07:00:00.000Z');

    const feed = await t.http.get('/api/calendar.ics').expect(200);
    expect(feed.text).toContain('SUMMARY:Публикувано');
    expect(feed.text).not.toContain('Чернова');

    const page = (await t.http.get(`/api/events/${published.slug}`).expect(200)).body as Event;
    expect(new URL(page.calendarLinks.google).searchParams.get('dates')).toBe(
      '20310521T070000Z/20310521T100000Z',
    );
    expect(page.calendarLinks.ics).toBe(`http://roundtable.test/api/events/${published.slug}/calendar.ics`);
  });
});
