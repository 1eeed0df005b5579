import type { Event, Invitation, Problem } from '@roundtable/contracts';
import { InvitationEntity } from '../src/invitations/invitation.entity';
import { JobEntity } from '../src/jobs/job.entity';
import { InvitationScheduler } from '../src/invitations/invitation-scheduler';
import { SeatHolders } from '../src/seats/seat-holders';
import { aRegistrationInput, anEventInput } from './support/builders';
import { bootAppWithMailbox, personalLink, type MailTestApp } from './support/mail-app';
import { tokenFor } from './support/test-app';

describe('seats held by invitations', () => {
  let t: MailTestApp;
  const auth = { type: 'bearer' as const };
  beforeAll(async () => (t = await bootAppWithMailbox()));
  afterAll(() => t.close());

  it('counts pending guest invitations, by sector, and no invitation answered, closed or for the panel', async () => {
    const organiser = await tokenFor(t.http, 'organizer');
    const event: Event = (
      await t.http.post('/api/events').auth(organiser, auth).send(anEventInput()).expect(201)
    ).body;
    const respondBy = '2031-05-10T18:00';
    const invite = async (email: string, role: string, sector?: string, deadline?: string) =>
      (
        await t.http
          .post(`/api/events/${event.id}/invitations`)
          .auth(organiser, auth)
          .send({ email, name: email, role, sector, respondBy: deadline })
          .expect(201)
      ).body as Invitation;
    const answer = async (email: string, response: string) => {
      const { token } = personalLink((await t.mailbox.next(email, 0)).text);
      // A guest accepts with the registration form, which turns the held seat into a confirmed one.
      const { email: _email, ...registration } = aRegistrationInput({ sector: 'ngo' });
      const body = response === 'accepted' ? { response, registration } : { response };
      await t.http.post(`/api/invitations/by-token/${token}/response`).send(body).expect(200);
    };
    const held = () => t.app.get(SeatHolders).held(t.dataSource.manager, event.id);

    await invite('health@example.org', 'guest', 'health');
    await invite('health-2@example.org', 'guest', 'health');
    await invite('unsorted@example.org', 'guest');
    await invite('panel@example.org', 'panelist', 'health');
    await invite('speaker@example.org', 'speaker', 'ngo');
    expect(await held()).toEqual({ total: 3, bySector: { health: 2 } });

    await invite('accepts@example.org', 'guest', 'ngo');
    await invite('declines@example.org', 'guest', 'ngo');
    const revoked = await invite('revoked@example.org', 'guest', 'ngo');
    await invite('expires@example.org', 'guest', 'social', respondBy);
    expect(await held()).toEqual({ total: 7, bySector: { health: 2, ngo: 3, social: 1 } });

    await answer('accepts@example.org', 'accepted');
    await answer('declines@example.org', 'declined');
    await t.http.post(`/api/invitations/${revoked.id}/revoke`).auth(organiser, auth).expect(200);
    await t.app.get(InvitationScheduler).runDue(new Date('2031-05-11T00:00:00Z'));
    expect(await held()).toEqual({ total: 3, bySector: { health: 2 } });

    // Another event's invitations hold nothing here.
    const other: Event = (
      await t.http.post('/api/events').auth(organiser, auth).send(anEventInput()).expect(201)
    ).body;
    expect(await t.app.get(SeatHolders).held(t.dataSource.manager, other.id)).toEqual({
      total: 0,
      bySector: {},
    });
  });

  it('holds a seat for a guest only when one is free: beyond the capacity or a quota nothing is stored or sent', async () => {
    const organiser = await tokenFor(t.http, 'organizer');
    const event: Event = (
      await t.http
        .post('/api/events')
        .auth(organiser, auth)
        .send(anEventInput({ capacity: 3, sectorQuotas: { health: 1 } }))
        .expect(201)
    ).body;
    const invite = (body: object) =>
      t.http.post(`/api/events/${event.id}/invitations`).auth(organiser, auth).send(body);
    const stored = async () => ({
      invitations: await t.dataSource.manager.countBy(InvitationEntity, { eventId: event.id }),
      jobs: await t.dataSource.manager.countBy(JobEntity, { eventId: event.id }),
    });

    await invite({
      email: 'deputy-mayor@example.org',
      name: 'Deputy Mayor',
      role: 'guest',
      sector: 'municipal',
    }).expect(201);
    await invite({
      email: 'director@example.org',
      name: 'Hospital Director',
      role: 'guest',
      sector: 'health',
    }).expect(201);
    const before = await stored();

    // The health quota of 1 is held by the director.
    const overQuota = await invite({
      email: 'nurse@example.org',
      name: 'Head Nurse',
      role: 'guest',
      sector: 'health',
    }).expect(409);
    expect((overQuota.body as Problem).code).toBe('NO_SEAT_FOR_GUEST');
    // Two guests in one sheet for the one seat left: neither is invited.
    await t.http
      .post(`/api/events/${event.id}/invitations/bulk`)
      .auth(organiser, auth)
      .send({
        rows: [
          { email: 'head@example.org', name: 'School Head', role: 'guest', sector: 'education' },
          { email: 'social@example.org', name: 'Social Worker', role: 'guest', sector: 'social' },
        ],
      })
      .expect(409);
    expect(await stored()).toEqual(before);
    // The panel sits on the panel list, not in a seat.
    await invite({
      email: 'moderator@example.org',
      name: 'Moderator',
      role: 'moderator',
      sector: 'health',
    }).expect(201);

    await invite({
      email: 'head@example.org',
      name: 'School Head',
      role: 'guest',
      sector: 'education',
    }).expect(201);
    await invite({ email: 'late@example.org', name: 'Late Guest', role: 'guest' }).expect(409);

    // A guest who names a deputy hands their seat on, even when the room is full.
    const { token } = personalLink((await t.mailbox.next('deputy-mayor@example.org', 0)).text);
    await t.http
      .post(`/api/invitations/by-token/${token}/response`)
      .send({ response: 'declined', deputy: { name: 'Chief Expert', email: 'expert@example.org' } })
      .expect(200);
    await t.mailbox.next('expert@example.org', 0);
    expect(await t.app.get(SeatHolders).held(t.dataSource.manager, event.id)).toEqual({
      total: 3,
      bySector: { municipal: 1, health: 1, education: 1 },
    });
  });
});
