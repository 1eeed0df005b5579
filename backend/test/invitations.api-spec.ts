import type { Event, Invitation } from '@roundtable/contracts';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { anEventInput, present } from './support/builders';
import { parseInvite } from './support/calendar';
import { calendarOf } from './support/test-mailbox';
import { bootAppWithMailbox, personalLink, type MailTestApp } from './support/mail-app';
import { ADMIN, login, tokenFor } from './support/test-app';

describe('panelist invitations by e-mail with calendar invitations', () => {
  let t: MailTestApp;
  let organiser: string;
  let event: Event;
  const auth = () => ({ type: 'bearer' as const });

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    organiser = await tokenFor(t.http, 'organizer');
    // 29 March 2026... use the 2031 change day: Sofia's clocks go from 03:00 to 04:00 on 30 March 2031.
    event = (
      await t.http
        .post('/api/events')
        .auth(organiser, auth())
        .send(
          anEventInput({
            title: 'Кръгла маса в деня на смяната на часа',
            startsAt: '2031-03-30T10:00',
            endsAt: '2031-03-30T13:00',
          }),
        )
        .expect(201)
    ).body;
    await t.http.post(`/api/events/${event.id}/publish`).auth(organiser, auth()).expect(200);
  });
  afterAll(() => t.close());

  const invite = async (body: object) =>
    (await t.http.post(`/api/events/${event.id}/invitations`).auth(organiser, auth()).send(body).expect(201))
      .body as Invitation;

  it('sends one e-mail whose calendar part is a correct iMIP REQUEST for that invitee alone', async () => {
    const invitation = await invite({
      email: 'T.Bakova@Rakovski.example',
      name: 'Татяна Бакова',
      role: 'panelist',
      organization: 'Община Раковски',
      position: 'Заместник-кмет',
      sector: 'municipal',
      respondBy: '2031-03-20T18:00',
    });
    expect(invitation).toMatchObject({
      email: 't.bakova@rakovski.example',
      status: 'pending',
      language: 'bg',
    });
    const mail = await t.mailbox.next('t.bakova@rakovski.example', 0);

    expect(mail.from).toBe('events@roundtable.test');
    expect(mail.subject).toContain(event.title);
    expect(mail.text).toContain('Татяна Бакова');
    // Sofia's wall clock whatever TZ the server runs under, the zone as people say it, the deadline's hour.
    expect(mail.text).toContain('неделя, 30 март 2031 г., 10:00 – 13:00\u00a0ч. (българско време)');
    expect(mail.text).toContain('до 20 март 2031 г. в 18:00\u00a0ч.,');
    expect(mail.text).not.toContain('Europe/Sofia');
    // Signed for the organisation (MAIL_FROM's display name until an admin can set it).
    expect(mail.text).toMatch(/С уважение,\nRoundtable\n$/);
    expect(mail.html).toContain('<html');
    expect(mail.calendar).not.toBeNull();
    const calendar = calendarOf(mail);
    expect(calendar.contentType).toMatch(/^text\/calendar;/i);
    expect(calendar.contentType).toMatch(/method=REQUEST/i);
    expect(calendar.contentType).toMatch(/charset=utf-8/i);

    const ics = parseInvite(calendar.ics);
    expect(ics.method).toBe('REQUEST');
    expect(ics.attendees).toEqual([
      { email: 't.bakova@rakovski.example', partstat: 'NEEDS-ACTION', rsvp: 'TRUE' },
    ]);
    expect(ics.organizer).toBe('events@roundtable.test');
    expect(ics.dtstamp).toMatch(/^\d{8}T\d{6}Z$/);
    expect(ics.timezones).toEqual(['Europe/Sofia']);
    expect(ics.startZone).toBe('Europe/Sofia');
    // 10:00 in Sofia on the day its clocks go forward is 07:00 UTC, whatever TZ this server runs under.
    expect(ics.start.toISOString()).toBe('2031-03-30T07:00:00.000Z');
    expect(ics.alarms).toBe(0);
    expect(ics.raw).not.toMatch(/https?:\/\//);

    // The token is only in the e-mail: never in the API answer, the calendar, or the database in the clear.
    const { token } = personalLink(mail.text);
    expect(JSON.stringify(invitation)).not.toContain(token);
    expect(calendar.ics).not.toContain(token);
    const stored = await t.dataSource.query('SELECT tokenHash FROM link_tokens');
    expect(stored.map((row: { tokenHash: string }) => row.tokenHash)).toContain(
      createHash('sha256').update(token).digest('hex'),
    );
    expect(JSON.stringify(stored)).not.toContain(token);

    const delivered = (await t.http.get(`/api/events/${event.id}/invitations`).auth(organiser, auth())).body
      .items[0];
    expect(delivered.delivery).toMatchObject({ status: 'sent', attempts: 1 });
    expect(t.mailbox.to('t.bakova@rakovski.example')).toHaveLength(1);
  });

  it('shows the invitee the invitation and event through the link, and refuses a made-up token', async () => {
    await invite({ email: 'viewer@example.org', name: 'Виктория Петрова', role: 'speaker', language: 'en' });
    const mail = await t.mailbox.next('viewer@example.org', 0);
    expect(mail.subject).toMatch(/^Invitation/);
    const { token, url } = personalLink(mail.text);
    expect(url).toContain('lang=en');
    const view = await t.http.get(`/api/invitations/by-token/${token}`).expect(200);
    expect(view.body.invitation).toMatchObject({
      name: 'Виктория Петрова',
      role: 'speaker',
      status: 'pending',
    });
    expect(view.body.event).toMatchObject({ id: event.id, title: event.title });
    const forged = await t.http.get(`/api/invitations/by-token/${'x'.repeat(43)}`).expect(404);
    expect(forged.body.code).toBe('INVITATION_NOT_FOUND');
  });

  it('refuses a second open invitation to the same person', async () => {
    await invite({ email: 'once@example.org', name: 'Веднъж', role: 'panelist' });
    const again = await t.http
      .post(`/api/events/${event.id}/invitations`)
      .auth(organiser, auth())
      .send({ email: 'ONCE@example.org', name: 'Пак', role: 'speaker' })
      .expect(409);
    expect(again.body.code).toBe('ALREADY_INVITED');
  });

  it('accepting updates the calendar, tells the organiser, and puts a consenting panelist on the public page', async () => {
    const organiserEmail = (await t.http.get('/api/auth/me').auth(organiser, auth())).body.email;
    const before = t.mailbox.to(organiserEmail).length;
    await invite({
      email: 'director@hospital.example',
      name: 'Д-р Иван Иванов',
      role: 'panelist',
      organization: 'МБАЛ Пловдив',
    });
    const { token } = personalLink((await t.mailbox.next('director@hospital.example', 0)).text);

    const accepted = await t.http
      .post(`/api/invitations/by-token/${token}/response`)
      .send({ response: 'accepted', comment: 'Ще дойда.' })
      .expect(200);
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      responseComment: 'Ще дойда.',
      respondedVia: 'page',
    });

    const confirmation = await t.mailbox.next('director@hospital.example', 1);
    const update = parseInvite(calendarOf(confirmation).ics);
    expect(update).toMatchObject({ method: 'REQUEST' });
    expect(update.attendees).toEqual([expect.objectContaining({ partstat: 'ACCEPTED' })]);
    const notice = await t.mailbox.next(organiserEmail, before);
    expect(notice.text).toContain('Д-р Иван Иванов');
    expect(notice.calendar).toBeNull();

    // Not on the public page before consenting to it.
    expect((await t.http.get(`/api/events/${event.slug}/speakers`).expect(200)).body).toEqual([]);
    await t.http
      .put(`/api/invitations/by-token/${token}/profile`)
      .send({ bio: 'Педиатър с 20 години опит.', publishName: true, publishPhoto: false })
      .expect(200);
    const speakers = (await t.http.get(`/api/events/${event.slug}/speakers`).expect(200)).body;
    expect(speakers).toEqual([
      expect.objectContaining({
        name: 'Д-р Иван Иванов',
        organization: 'МБАЛ Пловдив',
        role: 'panelist',
        bio: null,
        photoUrl: null,
      }),
    ]);
    const [row] = await t.dataSource.query(
      `SELECT consentVersion, consentedAt FROM invitations WHERE email = 'director@hospital.example'`,
    );
    expect(row.consentVersion).toBe('panelist-2026-11');
    expect(row.consentedAt).not.toBeNull();
  });

  it('takes a photo only as an image and publishes it only with consent', async () => {
    await invite({ email: 'photo@example.org', name: 'Снимка Снимкова', role: 'moderator' });
    const { token } = personalLink((await t.mailbox.next('photo@example.org', 0)).text);
    await t.http
      .post(`/api/invitations/by-token/${token}/photo`)
      .attach('photo', Buffer.from('png?'), 'x.png')
      .expect(409);
    await t.http
      .post(`/api/invitations/by-token/${token}/response`)
      .send({ response: 'accepted' })
      .expect(200);
    const notImage = await t.http
      .post(`/api/invitations/by-token/${token}/photo`)
      .attach('photo', Buffer.from('<svg/>'), 'x.png')
      .expect(400);
    expect(notImage.body.code).toBe('INVALID_PHOTO');
    const png = await sharp({
      create: { width: 2, height: 2, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const saved = await t.http
      .post(`/api/invitations/by-token/${token}/photo`)
      .attach('photo', png, 'me.png')
      .expect(200);
    expect(saved.body.hasPhoto).toBe(true);
    const id = saved.body.id;
    await t.http.get(`/api/invitations/${id}/photo`).expect(404);
    await t.http
      .put(`/api/invitations/by-token/${token}/profile`)
      .send({ bio: 'Модератор.', publishName: true, publishPhoto: true })
      .expect(200);
    const photo = await t.http.get(`/api/invitations/${id}/photo`).expect(200);
    // Re-encoded on upload, whatever came in.
    expect(photo.headers['content-type']).toBe('image/jpeg');
  });

  it('declining removes the event from the calendar with CANCEL', async () => {
    await invite({ email: 'declines@example.org', name: 'Отказ Отказов', role: 'panelist' });
    const { token } = personalLink((await t.mailbox.next('declines@example.org', 0)).text);
    await t.http
      .post(`/api/invitations/by-token/${token}/response`)
      .send({ response: 'declined' })
      .expect(200);
    const mail = await t.mailbox.next('declines@example.org', 1);
    expect(calendarOf(mail).contentType).toMatch(/method=CANCEL/i);
    const cancel = parseInvite(calendarOf(mail).ics);
    expect(cancel).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', alarms: 0 });
  });

  it('naming a deputy hands the invitation on: the deputy gets a fresh one, the original becomes delegated', async () => {
    await invite({
      email: 'head@school.example',
      name: 'Директор Директоров',
      role: 'panelist',
      organization: 'ДГ „Слънце“',
    });
    const { token } = personalLink((await t.mailbox.next('head@school.example', 0)).text);
    const delegated = await t.http
      .post(`/api/invitations/by-token/${token}/response`)
      .send({
        response: 'declined',
        deputy: { name: 'Заместник Заместников', email: 'deputy@school.example' },
      })
      .expect(200);
    expect(delegated.body.status).toBe('delegated');

    const deputyMail = await t.mailbox.next('deputy@school.example', 0);
    expect(deputyMail.text).toContain('Директор Директоров');
    expect(parseInvite(calendarOf(deputyMail).ics).attendees).toEqual([
      expect.objectContaining({ email: 'deputy@school.example' }),
    ]);
    const deputyToken = personalLink(deputyMail.text).token;
    expect(deputyToken).not.toBe(token);

    const list = (await t.http.get(`/api/events/${event.id}/invitations`).auth(organiser, auth())).body
      .items as Invitation[];
    const original = present(
      list.find((item) => item.email === 'head@school.example'),
      'a matching item',
    );
    const deputy = present(
      list.find((item) => item.email === 'deputy@school.example'),
      'a matching item',
    );
    expect(original).toMatchObject({
      status: 'delegated',
      delegatedTo: { id: deputy.id, name: 'Заместник Заместников' },
    });
    expect(deputy).toMatchObject({
      status: 'pending',
      delegatedFromId: original.id,
      organization: 'ДГ „Слънце“',
      role: 'panelist',
    });
    // The original invitee still sees, later too, to whom they handed the invitation.
    const view = await t.http.get(`/api/invitations/by-token/${token}`).expect(200);
    expect(view.body.invitation.delegatedTo).toMatchObject({
      name: 'Заместник Заместников',
      email: 'deputy@school.example',
    });
    // The old link can no longer answer.
    const closed = await t.http
      .post(`/api/invitations/by-token/${token}/response`)
      .send({ response: 'accepted' })
      .expect(409);
    expect(closed.body.code).toBe('INVITATION_CLOSED');
  });

  it('refuses a deputy without declining, and changes nothing', async () => {
    await invite({ email: 'unsure@example.org', name: 'Несигурен', role: 'speaker' });
    const { token } = personalLink((await t.mailbox.next('unsure@example.org', 0)).text);
    const response = await t.http
      .post(`/api/invitations/by-token/${token}/response`)
      .send({ response: 'accepted', deputy: { name: 'X', email: 'x@example.org' } })
      .expect(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'deputy', rule: 'deputyNeedsDecline' }),
    ]);
    expect((await t.http.get(`/api/invitations/by-token/${token}`)).body.invitation.status).toBe('pending');
  });

  it('revoking sends CANCEL and closes the link; resend sends another copy with a fresh link', async () => {
    const invitation = await invite({ email: 'revoked@example.org', name: 'Оттеглен', role: 'guest' });
    const first = await t.mailbox.next('revoked@example.org', 0);
    await t.http.post(`/api/invitations/${invitation.id}/resend`).auth(organiser, auth()).expect(200);
    const second = await t.mailbox.next('revoked@example.org', 1);
    expect(personalLink(second.text).token).not.toBe(personalLink(first.text).token);
    expect(parseInvite(calendarOf(second).ics).uid).toBe(parseInvite(calendarOf(first).ics).uid);
    await t.http.post(`/api/invitations/${invitation.id}/revoke`).auth(organiser, auth()).expect(200);
    const cancel = await t.mailbox.next('revoked@example.org', 2);
    expect(parseInvite(calendarOf(cancel).ics)).toMatchObject({ method: 'CANCEL', status: 'CANCELLED' });
    const refused = await t.http
      .post(`/api/invitations/${invitation.id}/revoke`)
      .auth(organiser, auth())
      .expect(409);
    expect(refused.body.code).toBe('INVITATION_CLOSED');
    await t.http
      .post(`/api/invitations/by-token/${personalLink(first.text).token}/response`)
      .send({ response: 'accepted' })
      .expect(409);
  });

  it('invites many from a CSV, naming every bad row and creating nothing until all are good', async () => {
    const count = async () =>
      (await t.http.get(`/api/events/${event.id}/invitations`).auth(organiser, auth())).body.total;
    const before = await count();
    const bad = await t.http
      .post(`/api/events/${event.id}/invitations/bulk`)
      .auth(organiser, auth())
      .send({
        csv: 'name;email;role;sector\nМария;maria@example.org;panelist;health\n;not-an-email;king;health\nМария 2;maria@example.org;guest;space\n',
      })
      .expect(400);
    const fields = (bad.body.errors as { field: string; rule: string }[])
      .map((error) => `${error.field}:${error.rule}`)
      .sort();
    expect(fields).toEqual([
      'rows.1.email:isEmail',
      'rows.1.name:isNotEmpty',
      'rows.1.role:isIn',
      'rows.2.sector:isIn',
    ]);
    expect(await count()).toBe(before);

    const good = await t.http
      .post(`/api/events/${event.id}/invitations/bulk`)
      .auth(organiser, auth())
      .send({
        csv: 'Име,Имейл,Роля,Организация,Език\nМария Георгиева,maria@example.org,panelist,РЗИ,bg\nJohn Smith,john@example.org,speaker,UNICEF,en\n',
        respondBy: '2031-03-25T18:00',
      })
      .expect(201);
    expect(good.body.total).toBe(2);
    expect(await count()).toBe(before + 2);
    const english = await t.mailbox.next('john@example.org', 0);
    expect(english.subject).toMatch(/^Invitation/);
    const duplicate = await t.http
      .post(`/api/events/${event.id}/invitations/bulk`)
      .auth(organiser, auth())
      .send({ rows: [{ name: 'Мария', email: 'maria@example.org', role: 'panelist' }] })
      .expect(400);
    expect(duplicate.body.errors).toEqual([
      expect.objectContaining({ field: 'rows.0.email', rule: 'alreadyInvited' }),
    ]);
  });

  it('gives each person invited in bulk their own e-mail and their own link', async () => {
    const people = ['Иван Първи', 'Мария Втора', 'Петър Трети', 'Елена Четвърта'].map((name, i) => ({
      name,
      email: `bulk-own-${i}@example.org`,
    }));
    const csv = `Име\tИмейл\tРоля\n${people.map((person) => `${person.name}\t${person.email}\tпанелист`).join('\n')}\n`;
    await t.http
      .post(`/api/events/${event.id}/invitations/bulk`)
      .auth(organiser, auth())
      .send({ csv })
      .expect(201);
    for (const person of people) {
      const mail = await t.mailbox.next(person.email, 0);
      expect(mail.text).toContain(`Здравейте, ${person.name},`);
      const view = await t.http.get(`/api/invitations/by-token/${personalLink(mail.text).token}`).expect(200);
      expect(view.body.invitation).toMatchObject({ name: person.name, email: person.email });
    }
  });

  it('lets the organiser put panel members on agenda items, and only them', async () => {
    const list = (await t.http.get(`/api/events/${event.id}/invitations`).auth(organiser, auth())).body
      .items as Invitation[];
    const panelist = present(
      list.find((item) => item.status === 'accepted' && item.role === 'panelist'),
      'a matching item',
    );
    const guest = present(
      list.find((item) => item.role === 'guest'),
      'a matching item',
    );
    const item = { title: 'Панел', startsAt: '2031-03-30T10:00', endsAt: '2031-03-30T11:00', kind: 'panel' };
    await t.http
      .put(`/api/events/${event.id}/agenda`)
      .auth(organiser, auth())
      .send([{ ...item, speakerIds: [panelist.id] }])
      .expect(200);
    const refused = await t.http
      .put(`/api/events/${event.id}/agenda`)
      .auth(organiser, auth())
      .send([{ ...item, speakerIds: [guest.id] }])
      .expect(400);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: '0.speakerIds', rule: 'speakerOnPanel' }),
    ]);
  });

  it('keeps invitation management for organisers', async () => {
    const staff = await tokenFor(t.http, 'staff');
    await t.http.get(`/api/events/${event.id}/invitations`).auth(staff, auth()).expect(403);
    await t.http.get(`/api/events/${event.id}/invitations`).expect(401);
    await t.http
      .get(`/api/events/${event.id}/invitations`)
      .auth(await login(t.http, ADMIN.email, ADMIN.password), auth())
      .expect(200);
  });
});
