import type { Event } from '@roundtable/contracts';
import { anEventInput } from './support/builders';
import { bootAppWithMailbox, personalLink, type MailTestApp } from './support/mail-app';
import { ADMIN, tokenFor } from './support/test-app';

describe('Cache-Control: personal answers are never stored, public ones say how long they keep', () => {
  let t: MailTestApp;
  let organiser: string;
  let event: Event;
  let invitationToken: string;
  const auth = () => ({ type: 'bearer' as const });

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    organiser = await tokenFor(t.http, 'organizer');
    event = (await t.http.post('/api/events').auth(organiser, auth()).send(anEventInput()).expect(201)).body;
    await t.http.post(`/api/events/${event.id}/publish`).auth(organiser, auth()).expect(200);
    await t.http
      .post(`/api/events/${event.id}/invitations`)
      .auth(organiser, auth())
      .send({ email: 'guest@example.org', name: 'Гост', role: 'panelist' })
      .expect(201);
    invitationToken = personalLink((await t.mailbox.next('guest@example.org', 0)).text).token;
  });
  afterAll(() => t.close());

  it('login, by-token pages, organiser lists and users answer no-store, errors too', async () => {
    const answers = [
      await t.http.post('/api/auth/login').send(ADMIN).expect(200),
      await t.http
        .post('/api/auth/login')
        .send({ ...ADMIN, password: 'wrong-password' })
        .expect(401),
      await t.http.get('/api/auth/me').auth(organiser, auth()).expect(200),
      await t.http
        .get('/api/users')
        .auth(await tokenFor(t.http, 'admin'), auth())
        .expect(200),
      await t.http.get('/api/events').auth(organiser, auth()).expect(200),
      await t.http.get(`/api/events/${event.id}/invitations`).auth(organiser, auth()).expect(200),
      await t.http.get(`/api/invitations/by-token/${invitationToken}`).expect(200),
      await t.http.get(`/api/events/${event.id}`).auth(organiser, auth()).expect(200),
      await t.http.get('/api/events/no-such-event').expect(404),
    ];
    for (const answer of answers) expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('the public event and its calendars may be cached when nobody is signed in', async () => {
    const page = await t.http.get(`/api/events/${event.slug}`).expect(200);
    expect(page.headers['cache-control']).toBe('public, max-age=60');
    expect(page.headers['vary']).toMatch(/Authorization/);
    const ics = await t.http.get(`/api/events/${event.slug}/calendar.ics`).expect(200);
    expect(ics.headers['cache-control']).toBe('public, max-age=300');
    const feed = await t.http.get('/api/calendar.ics').expect(200);
    expect(feed.headers['cache-control']).toBe('public, max-age=900');
  });
});
