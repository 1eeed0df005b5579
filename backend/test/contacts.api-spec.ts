import {
  type Contact,
  type ContactInvitationResult,
  type ContactPage,
  type Event,
  type PublicOrganisation,
  type Registration,
} from '@roundtable/contracts';
import { randomUUID } from 'node:crypto';
import { anonymiseRegistrations } from '../src/registrations/anonymise';
import { SeatHolders } from '../src/seats/seat-holders';
import { aRegistrationInput, present } from './support/builders';
import { parseInvite } from './support/calendar';
import { bootAppWithMailbox, personalLink, type MailTestApp } from './support/mail-app';
import { manageLink } from './support/registration-mail';
import { aPublishedEvent, bearer } from './support/registrations';
import { tokenFor } from './support/test-app';
import { calendarOf } from './support/test-mailbox';

describe('the contacts directory', () => {
  let t: MailTestApp;
  let organiser: string;

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  const create = (body: object) => t.http.post('/api/contacts').auth(organiser, bearer).send(body);
  const list = async (query: Record<string, string | number | boolean> = {}) =>
    (await t.http.get('/api/contacts').query(query).auth(organiser, bearer).expect(200)).body as ContactPage;
  const byEmail = async (email: string): Promise<Contact | undefined> =>
    (await list({ q: email, pageSize: 100 })).items.find(
      (c) => c.email.toLowerCase() === email.toLowerCase(),
    );
  const noticeVersion = async () =>
    ((await t.http.get('/api/organisation/public').expect(200)).body as PublicOrganisation).privacyNotice
      .version;
  const register = async (event: Event, overrides: Parameters<typeof aRegistrationInput>[0] = {}) =>
    (
      await t.http
        .post(`/api/events/${event.id}/registrations`)
        .send(aRegistrationInput(overrides))
        .expect(201)
    ).body as Registration;
  const manageToken = async (email: string) => manageLink((await t.mailbox.next(email, 0)).text).token;

  it('keeps one contact per address in any letter case, and is searched, filtered, changed and deleted', async () => {
    const created = await create({
      email: 'Ivan.Draganov@Example.bg',
      firstName: 'Иван',
      lastName: 'Драганов',
      organization: 'Сдружение „Деца“',
      sector: 'ngo',
      municipality: 'SOF46',
    }).expect(201);
    const ivan = created.body as Contact;
    expect(ivan).toMatchObject({
      email: 'Ivan.Draganov@Example.bg',
      organization: 'Сдружение „Деца“',
      position: null,
      sector: 'ngo',
      municipality: 'SOF46',
      language: 'bg',
      followUp: { consented: false, version: null, at: null },
      sources: ['manual'],
      eventCount: 0,
    });

    const duplicate = await create({ email: 'ivan.draganov@EXAMPLE.BG', firstName: 'И', lastName: 'Д' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ code: 'CONTACT_EXISTS' });

    const ana = (
      await create({ email: 'ana.bojilova@example.bg', firstName: 'Ана', lastName: 'Божилова' }).expect(201)
    ).body as Contact;

    // Search knows Cyrillic letter case; filters narrow; sorted by last name.
    expect((await list({ q: 'ДРАГАН' })).items.map((c) => c.id)).toEqual([ivan.id]);
    expect((await list({ q: 'деца' })).items.map((c) => c.id)).toEqual([ivan.id]);
    expect((await list({ sector: 'ngo', municipality: 'SOF46' })).items.map((c) => c.id)).toEqual([ivan.id]);
    const page = await list({ followUp: false, pageSize: 100 });
    const ids = page.items.map((c) => c.id);
    expect(ids.indexOf(ana.id)).toBeLessThan(ids.indexOf(ivan.id));
    expect(page).toMatchObject({ page: 1, pageSize: 100 });
    await t.http.get('/api/contacts').query({ pageSize: 101 }).auth(organiser, bearer).expect(400);

    const changed = await t.http
      .patch(`/api/contacts/${ivan.id}`)
      .auth(organiser, bearer)
      .send({ position: 'Председател', organization: null, language: 'en' })
      .expect(200);
    expect(changed.body).toMatchObject({ position: 'Председател', organization: null, language: 'en' });
    expect((await list({ q: 'деца' })).total).toBe(0);

    const taken = await t.http
      .patch(`/api/contacts/${ivan.id}`)
      .auth(organiser, bearer)
      .send({ email: 'ANA.Bojilova@example.bg' });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'CONTACT_EXISTS' });
    const wrong = await create({ email: 'x@example.bg', firstName: 'X\u0007', lastName: 'Y', extra: 1 });
    expect(wrong.status).toBe(400);
    expect((wrong.body as { errors: { field: string; rule: string }[] }).errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'firstName', rule: 'noControlCharacters' }),
        expect.objectContaining({ field: 'extra', rule: 'unknownField' }),
      ]),
    );

    await t.http.delete(`/api/contacts/${ivan.id}`).auth(organiser, bearer).expect(204);
    expect(await byEmail('ivan.draganov@example.bg')).toBeUndefined();
    const gone = await t.http.patch(`/api/contacts/${ivan.id}`).auth(organiser, bearer).send({});
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ code: 'CONTACT_NOT_FOUND' });
  });

  it('is for organisers and admins: staff get 403 on every route', async () => {
    const staff = await tokenFor(t.http, 'staff');
    const admin = await tokenFor(t.http, 'admin');
    await t.http.get('/api/contacts').auth(admin, bearer).expect(200);
    for (const [method, path] of [
      ['get', '/api/contacts'],
      ['post', '/api/contacts'],
      ['patch', `/api/contacts/${randomUUID()}`],
      ['delete', `/api/contacts/${randomUUID()}`],
      ['post', '/api/contacts/imports'],
      ['get', `/api/contacts/imports/${randomUUID()}`],
      ['post', '/api/contacts/invitations'],
    ] as const) {
      const response = await t.http[method](path).auth(staff, bearer).send({});
      expect([path, response.status]).toEqual([path, 403]);
    }
  });

  it('is filled from registrations with follow-up consent, and not from those without', async () => {
    const first = await aPublishedEvent(t.http, organiser);
    const second = await aPublishedEvent(t.http, organiser);
    await register(first, {
      email: 'Petya.Koleva@Example.bg',
      firstName: 'Петя',
      lastName: 'Колева',
      position: undefined,
    });
    await register(first, { email: 'no.followup@example.bg', consents: { processing: true } });

    expect(await byEmail('no.followup@example.bg')).toBeUndefined();
    const petya = present(await byEmail('petya.koleva@example.bg'), 'the contact of a consenting registrant');
    expect(petya).toMatchObject({
      email: 'Petya.Koleva@Example.bg',
      firstName: 'Петя',
      lastName: 'Колева',
      organization: 'Община Раковски',
      position: null,
      sector: 'municipal',
      municipality: 'PDV25',
      sources: ['registration'],
      eventCount: 1,
      followUp: { consented: true, version: await noticeVersion() },
    });
    expect(Date.parse(present(petya.followUp.at, 'the time of consent'))).not.toBeNaN();

    // Another event, the address in other letters: the same contact, its empty position filled, names kept.
    await register(second, { email: 'PETYA.KOLEVA@example.bg', firstName: 'П.', position: 'Експерт' });
    const again = present(await byEmail('petya.koleva@example.bg'), 'the same contact');
    expect(again).toMatchObject({ id: petya.id, firstName: 'Петя', position: 'Експерт', eventCount: 2 });
    expect((await list({ q: 'petya.koleva' })).total).toBe(1);
  });

  it('a guest registering through an invitation with follow-up consent becomes a contact', async () => {
    const event = await aPublishedEvent(t.http, organiser, { registrationMode: 'invite-only' });
    await t.http
      .post(`/api/events/${event.id}/invitations`)
      .auth(organiser, bearer)
      .send({ email: 'guest.contact@example.bg', name: 'Гост Гостев', role: 'guest' })
      .expect(201);
    const { token } = personalLink((await t.mailbox.next('guest.contact@example.bg', 0)).text);
    const { email: _email, ...form } = aRegistrationInput({ firstName: 'Гост', lastName: 'Гостев' });
    await t.http
      .post(`/api/invitations/by-token/${token}/response`)
      .send({ response: 'accepted', registration: form })
      .expect(200);
    expect(await byEmail('guest.contact@example.bg')).toMatchObject({
      firstName: 'Гост',
      sources: ['registration'],
      followUp: { consented: true },
      eventCount: 1,
    });
  });

  it('a registrant who withdraws follow-up consent is no longer consenting in the directory', async () => {
    const event = await aPublishedEvent(t.http, organiser);
    await register(event, { email: 'withdraws@example.bg' });
    const token = await manageToken('withdraws@example.bg');
    expect((await byEmail('withdraws@example.bg'))?.followUp.consented).toBe(true);

    await t.http
      .patch(`/api/registrations/by-token/${token}`)
      .send({ consents: { followUp: false } })
      .expect(200);
    const withdrawn = present(await byEmail('withdraws@example.bg'), 'the contact after withdrawal');
    expect(withdrawn.followUp.consented).toBe(false);
    expect((await list({ followUp: true, q: 'withdraws' })).total).toBe(0);
    expect((await list({ followUp: false, q: 'withdraws' })).total).toBe(1);

    // Given again: consenting again.
    await t.http
      .patch(`/api/registrations/by-token/${token}`)
      .send({ consents: { followUp: true } })
      .expect(200);
    expect((await byEmail('withdraws@example.bg'))?.followUp.consented).toBe(true);
  });

  it('deletes a contact that only registrations made when the registrant deletes their data', async () => {
    const event = await aPublishedEvent(t.http, organiser);
    await register(event, { email: 'erases@example.bg' });
    // The organiser had this one by hand before: the contact stays, without the registration's consent.
    await create({ email: 'manual.then.registered@example.bg', firstName: 'Р', lastName: 'Р' }).expect(201);
    await register(event, { email: 'manual.then.registered@example.bg' });
    expect((await byEmail('manual.then.registered@example.bg'))?.sources).toEqual(['registration', 'manual']);

    expect(await byEmail('erases@example.bg')).toMatchObject({ sources: ['registration'] });
    await t.http
      .post(`/api/registrations/by-token/${await manageToken('erases@example.bg')}/anonymise`)
      .expect(200);
    await t.http
      .post(`/api/registrations/by-token/${await manageToken('manual.then.registered@example.bg')}/anonymise`)
      .expect(200);

    expect(await byEmail('erases@example.bg')).toBeUndefined();
    expect(await byEmail('manual.then.registered@example.bg')).toMatchObject({
      sources: ['manual'],
      followUp: { consented: false },
    });
  });

  it('retention deletes the contacts its anonymisation leaves without a source', async () => {
    const past = await aPublishedEvent(t.http, organiser);
    const later = await aPublishedEvent(t.http, organiser);
    await register(past, { email: 'retained.once@example.bg' });
    await register(past, { email: 'registered.twice@example.bg' });
    await register(later, { email: 'registered.twice@example.bg' });

    await anonymiseRegistrations(t.dataSource.manager, past.id);

    expect(await byEmail('retained.once@example.bg')).toBeUndefined();
    // Still named, with consent, by the later event's registration: the contact stays until that one goes too.
    expect(await byEmail('registered.twice@example.bg')).toMatchObject({ followUp: { consented: true } });
    await anonymiseRegistrations(t.dataSource.manager, later.id);
    expect(await byEmail('registered.twice@example.bg')).toBeUndefined();
  });

  it('invites three contacts as guests in one action: three e-mails with a REQUEST, three seats held', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 10 });
    const people = await Promise.all(
      ['Guest.One@example.bg', 'guest.two@example.bg', 'guest.three@example.bg'].map(
        async (email, i) =>
          (
            await create({
              email,
              firstName: `Гост ${i + 1}`,
              lastName: 'Поканен',
              sector: 'health',
              language: i === 2 ? 'en' : 'bg',
            }).expect(201)
          ).body as Contact,
      ),
    );
    const invite = (body: object) =>
      t.http.post('/api/contacts/invitations').auth(organiser, bearer).send(body);

    const result = (
      await invite({
        eventId: event.id,
        contactIds: people.map((p) => p.id),
        role: 'guest',
        message: 'Ще се радваме да Ви видим.',
      }).expect(200)
    ).body as ContactInvitationResult;
    expect(result).toEqual({ invited: 3, skipped: [] });

    for (const person of people) {
      const mail = await t.mailbox.next(person.email.toLowerCase(), 0);
      expect(mail.subject).toContain(event.title);
      expect(mail.text).toContain('Ще се радваме да Ви видим.');
      const { contentType, ics } = calendarOf(mail);
      expect(contentType).toContain('method=REQUEST');
      const invite = parseInvite(ics);
      expect(invite.method).toBe('REQUEST');
      expect(invite.attendees.map((a) => a.email)).toEqual([person.email.toLowerCase()]);
    }
    expect(await t.app.get(SeatHolders).held(t.dataSource.manager, event.id)).toEqual({
      total: 3,
      bySector: { health: 3 },
    });
    expect((await byEmail('guest.one@example.bg'))?.eventCount).toBe(1);

    const missing = randomUUID();
    const again = (
      await invite({ eventId: event.id, contactIds: [people[0].id, missing], role: 'guest' }).expect(200)
    ).body as ContactInvitationResult;
    expect(again).toEqual({
      invited: 0,
      skipped: [
        { contactId: people[0].id, reason: 'already-invited' },
        { contactId: missing, reason: 'not-found' },
      ],
    });

    await invite({ eventId: randomUUID(), contactIds: [people[0].id], role: 'guest' }).expect(404);
    await invite({ eventId: event.id, contactIds: [], role: 'guest' }).expect(400);
    await invite({ eventId: event.id, contactIds: [people[0].id], role: 'chair' }).expect(400);
    await t.http
      .post(`/api/events/${event.id}/cancel`)
      .auth(organiser, bearer)
      .send({ reason: 'Отложено.' })
      .expect(200);
    const cancelled = await invite({ eventId: event.id, contactIds: [people[1].id], role: 'panelist' });
    expect(cancelled.status).toBe(409);
    expect(cancelled.body).toMatchObject({ code: 'EVENT_CANCELLED' });
  });
});
