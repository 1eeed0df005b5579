import type {
  AttendanceStats,
  Event,
  Invitation,
  Page,
  Registration,
  Series,
  Summary,
  Theme,
} from '@roundtable/contracts';
import { randomUUID } from 'node:crypto';
import { JobEntity } from '../src/jobs/job.entity';
import { EventEntity } from '../src/events/event.entity';
import { SeriesEntity } from '../src/series/series.entity';
import { aRegistrationInput, anAgendaItem } from './support/builders';
import { aStaffMember, assignStaff } from './support/checkin';
import { bootAppWithMailbox, personalLink, type MailTestApp } from './support/mail-app';
import { aPublishedEvent, bearer } from './support/registrations';
import { tokenFor } from './support/test-app';

describe('series: the next event of a series and the series page', () => {
  let t: MailTestApp;
  let organiser: string;

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  const as = (token: string) => ({
    get: (url: string) => t.http.get(url).auth(token, bearer),
    post: (url: string, body: object = {}) => t.http.post(url).auth(token, bearer).send(body),
  });
  const org = () => as(organiser);
  const duplicate = (eventId: string, body: object) => org().post(`/api/events/${eventId}/duplicate`, body);
  const invitationsOf = async (eventId: string) =>
    ((await org().get(`/api/events/${eventId}/invitations`).expect(200)).body as Page<Invitation>).items;
  const invite = async (eventId: string, body: object) =>
    (await org().post(`/api/events/${eventId}/invitations`, body).expect(201)).body as Invitation;
  const register = async (eventId: string, overrides = {}) =>
    (
      await t.http
        .post(`/api/events/${eventId}/registrations`)
        .send(aRegistrationInput(overrides))
        .expect(201)
    ).body as Registration;
  const checkIn = (id: string) => org().post(`/api/registrations/${id}/check-in`).expect(200);
  const jobsOf = (eventId: string) => t.dataSource.getRepository(JobEntity).countBy({ eventId });
  const statsOf = async (eventId: string) =>
    ((await org().get(`/api/events/${eventId}/summary`).expect(200)).body as Summary).stats;

  /** A published summer event with an agenda, a panel (one on the agenda), a guest and a withdrawn moderator. */
  async function anEventWithAPanel() {
    const event = await aPublishedEvent(t.http, organiser, {
      sectorQuotas: { ngo: 10, municipal: 20 },
      partners: ['УНИЦЕФ България', 'Община Габрово'],
      registrationClosesAt: '2031-05-20T18:00',
    });
    const tag = randomUUID().slice(0, 8);
    const panelist = await invite(event.id, {
      email: `panelist-${tag}@example.org`,
      name: 'Анна Панелова',
      role: 'panelist',
      organization: 'МТСП',
      position: 'Директор',
      message: 'Очакваме Ви.',
      respondBy: '2031-05-14T17:00',
    });
    const moderator = await invite(event.id, {
      email: `moderator-${tag}@example.org`,
      name: 'Мира Модерова',
      role: 'moderator',
    });
    await org().post(`/api/invitations/${moderator.id}/revoke`).expect(200);
    await invite(event.id, { email: `guest-${tag}@example.org`, name: 'Гост Гостов', role: 'guest' });
    await t.http
      .put(`/api/events/${event.id}/agenda`)
      .auth(organiser, bearer)
      .send([
        anAgendaItem({ title: 'Откриване', startsAt: '2031-05-21T10:00', endsAt: '2031-05-21T10:30' }),
        anAgendaItem({
          title: 'Панел',
          kind: 'panel',
          startsAt: '2031-05-21T10:30',
          endsAt: '2031-05-21T12:30',
          speakerIds: [panelist.id],
        }),
      ])
      .expect(200);
    return { event, panelist };
  }

  it('copies agenda, partners, quotas and the panel as drafts, mails nothing, leaves registrations behind', async () => {
    const { event, panelist } = await anEventWithAPanel();
    const came = await register(event.id, { sector: 'ngo' });
    await register(event.id);
    await checkIn(came.id);
    const jobsBefore = await t.dataSource.getRepository(JobEntity).count();

    // Summer (+03:00) to winter (+02:00): the agenda keeps its wall-clock times.
    const next = (await duplicate(event.id, { startsAt: '2031-11-19T10:00' }).expect(201)).body as Event;

    expect(next.id).not.toBe(event.id);
    expect(next).toMatchObject({
      title: event.title,
      status: 'draft',
      startsAt: '2031-11-19T10:00:00+02:00',
      endsAt: '2031-11-19T13:00:00+02:00',
      timezone: 'Europe/Sofia',
      registrationOpensAt: null,
      registrationClosesAt: '2031-11-18T18:00:00+02:00',
      capacity: event.capacity,
      sectorQuotas: { ngo: 10, municipal: 20 },
      partners: ['УНИЦЕФ България', 'Община Габрово'],
      venue: event.venue,
      sequence: 0,
      publishedAt: null,
    });
    expect(next.slug).toMatch(/-2031-11-19$/);
    const original = (await org().get(`/api/events/${event.id}`).expect(200)).body as Event;
    expect(next.seriesId).toEqual(expect.any(String));
    expect(original.seriesId).toBe(next.seriesId);

    const drafts = await invitationsOf(next.id);
    expect(drafts).toEqual([
      expect.objectContaining({
        email: panelist.email,
        name: 'Анна Панелова',
        role: 'panelist',
        organization: 'МТСП',
        position: 'Директор',
        message: 'Очакваме Ви.',
        status: 'draft',
        respondBy: '2031-11-12T17:00:00+02:00',
        respondedAt: null,
        delivery: null,
      }),
    ]);
    expect(next.agenda.map((item) => [item.title, item.startsAt, item.endsAt, item.speakerIds])).toEqual([
      ['Откриване', '2031-11-19T10:00:00+02:00', '2031-11-19T10:30:00+02:00', []],
      ['Панел', '2031-11-19T10:30:00+02:00', '2031-11-19T12:30:00+02:00', [drafts[0].id]],
    ]);

    // Nothing was queued: no invitation, no calendar entry, no notice to anyone.
    expect(await jobsOf(next.id)).toBe(0);
    expect(await t.dataSource.getRepository(JobEntity).count()).toBe(jobsBefore);
    // The registrations and the check-in stayed with the original.
    const registrations = await org().get(`/api/events/${next.id}/registrations`).expect(200);
    expect(registrations.body.total).toBe(0);
    expect((await statsOf(next.id)).registered).toBe(0);
    expect(await statsOf(event.id)).toMatchObject({ registered: 2, checkedIn: 1 });
    // The original's invitations are as they were.
    expect((await invitationsOf(event.id)).map((i) => i.status).sort()).toEqual([
      'pending',
      'pending',
      'revoked',
    ]);
    // A draft speaker is on the panel: the agenda stays editable.
    await t.http
      .put(`/api/events/${next.id}/agenda`)
      .auth(organiser, bearer)
      .send([
        anAgendaItem({
          startsAt: '2031-11-19T10:00',
          endsAt: '2031-11-19T11:00',
          speakerIds: [drafts[0].id],
        }),
      ])
      .expect(200);
  });

  it('carries the themes into the next event, but not one the admin has retired since', async () => {
    const admin = await tokenFor(t.http, 'admin');
    const themes = ((await t.http.get('/api/themes').expect(200)).body as { items: Theme[] }).items;
    const kept = themes[0];
    const retiring = (
      await as(admin)
        .post('/api/themes', { nameBg: 'Временна тема', nameEn: `Passing theme ${randomUUID()}` })
        .expect(201)
    ).body as Theme;
    const event = await aPublishedEvent(t.http, organiser, { themeIds: [kept.id, retiring.id] });
    await t.http.patch(`/api/themes/${retiring.id}`).auth(admin, bearer).send({ retired: true }).expect(200);

    const next = (await duplicate(event.id, { startsAt: '2031-11-19T10:00' }).expect(201)).body as Event;

    expect(next.themes.map((theme) => theme.id)).toEqual([kept.id]);
    const original = (await org().get(`/api/events/${event.id}`).expect(200)).body as Event;
    expect(original.themes.map((theme) => theme.id).sort()).toEqual([kept.id, retiring.id].sort());
  });

  it('sends a draft only when the organiser says so, once', async () => {
    const { event, panelist } = await anEventWithAPanel();
    const next = (
      await duplicate(event.id, { startsAt: '2031-09-10T09:30', title: 'Втора кръгла маса' }).expect(201)
    ).body as Event;
    expect(next.title).toBe('Втора кръгла маса');
    const [draft] = await invitationsOf(next.id);
    // The original invitation is sent by the dispatcher meanwhile: wait for it, or it could pass for the draft's.
    await t.mailbox.next(panelist.email, 0);
    const before = t.mailbox.to(panelist.email).length;

    const sent = (await org().post(`/api/invitations/${draft.id}/send`).expect(200)).body as Invitation;
    expect(sent.status).toBe('pending');
    const mail = await t.mailbox.next(panelist.email, before);
    expect(mail.subject).toContain('Втора кръгла маса');
    const link = personalLink(mail.text);
    const page = await t.http.get(`/api/invitations/by-token/${link.token}`).expect(200);
    expect(page.body.event.id).toBe(next.id);

    const again = await org().post(`/api/invitations/${draft.id}/send`).expect(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.body.code).toBe('INVITATION_NOT_DRAFT');
    const bulk = await org().post(`/api/events/${next.id}/invitations/send-drafts`).expect(200);
    expect(bulk.body).toEqual({ sent: 0 });
    expect(await jobsOf(next.id)).toBe(1);
  });

  it('sends all drafts but one whose person was invited meanwhile; a withdrawn draft mails nothing', async () => {
    const { event, panelist } = await anEventWithAPanel();
    const second = await invite(event.id, {
      email: `second-${randomUUID().slice(0, 8)}@example.org`,
      name: 'Борис Второв',
      role: 'speaker',
    });
    const third = await invite(event.id, {
      email: `third-${randomUUID().slice(0, 8)}@example.org`,
      name: 'Вера Третова',
      role: 'moderator',
    });
    const next = (await duplicate(event.id, { startsAt: '2031-10-08T10:00' }).expect(201)).body as Event;
    const drafts = await invitationsOf(next.id);
    expect(drafts.map((d) => [d.email, d.status])).toEqual([
      [panelist.email, 'draft'],
      [second.email, 'draft'],
      [third.email, 'draft'],
    ]);
    // The organiser invited the speaker by hand meanwhile, and withdraws the moderator's draft.
    await invite(next.id, { email: second.email, name: second.name, role: 'speaker' });
    const withdrawn = (await org().post(`/api/invitations/${drafts[2].id}/revoke`).expect(200))
      .body as Invitation;
    expect(withdrawn.status).toBe('revoked');

    await t.mailbox.next(panelist.email, 0); // the original invitation, so it is not taken for the draft's
    const before = t.mailbox.to(panelist.email).length;
    expect((await org().post(`/api/events/${next.id}/invitations/send-drafts`).expect(200)).body).toEqual({
      sent: 1,
    });
    await t.mailbox.next(panelist.email, before);
    const after = Object.fromEntries((await invitationsOf(next.id)).map((i) => [i.id, i.status]));
    expect([after[drafts[0].id], after[drafts[1].id], after[drafts[2].id]]).toEqual([
      'pending',
      'draft',
      'revoked',
    ]);
    // Two invitation e-mails for the event (the panelist's and the hand-made one), nothing for the withdrawn draft.
    const kinds = await t.dataSource
      .getRepository(JobEntity)
      .find({ where: { eventId: next.id }, select: { kind: true } });
    expect(kinds.map((job) => job.kind).sort()).toEqual(['invitation', 'invitation']);
    const refused = await org().post(`/api/invitations/${drafts[1].id}/send`).expect(409);
    expect(refused.body.code).toBe('ALREADY_INVITED');
  });

  it('makes one series when two next events of one event are made at once', async () => {
    const event = await aPublishedEvent(t.http, organiser);
    const [a, b] = await Promise.all([
      duplicate(event.id, { startsAt: '2031-08-20T10:00' }),
      duplicate(event.id, { startsAt: '2031-08-20T10:00' }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.seriesId).toBe(b.body.seriesId);
    expect(a.body.slug).not.toBe(b.body.slug);
    const series = (await org().get(`/api/series/${a.body.seriesId}`).expect(200)).body as Series;
    expect(series.events.map((e) => e.id).sort()).toEqual([event.id, a.body.id, b.body.id].sort());
  });

  it('lists past and upcoming events of the series with joint statistics equal to the sums', async () => {
    const first = await aPublishedEvent(t.http, organiser);
    const a = [
      await register(first.id, { sector: 'ngo', municipality: 'SOF46' }),
      await register(first.id, { sector: 'municipal', municipality: 'PDV25' }),
      await register(first.id, { sector: 'ngo', municipality: 'PDV25' }),
    ];
    await checkIn(a[0].id);
    await checkIn(a[1].id);
    const second = (await duplicate(first.id, { startsAt: '2031-06-18T10:00' }).expect(201)).body as Event;
    await org().post(`/api/events/${second.id}/publish`).expect(200);
    const b = [
      await register(second.id, { sector: 'ngo', municipality: 'PDV25' }),
      await register(second.id, { sector: 'education', municipality: 'SOF46' }),
    ];
    await checkIn(b[1].id);
    // The third follows the second: the same series, not a new one.
    const third = (await duplicate(second.id, { startsAt: '2031-07-16T10:00' }).expect(201)).body as Event;
    expect(third.seriesId).toBe(second.seriesId);
    // The first is over now (its registrations stay).
    await t.http
      .patch(`/api/events/${first.id}`)
      .auth(organiser, bearer)
      .send({ startsAt: '2026-01-15T10:00', endsAt: '2026-01-15T13:00' })
      .expect(200);

    const series = (await org().get(`/api/series/${second.seriesId}`).expect(200)).body as Series;
    expect(series.title).toBe(first.title);
    expect(series.events.map((e) => [e.id, e.past, e.registered, e.checkedIn])).toEqual([
      [first.id, true, 3, 2],
      [second.id, false, 2, 1],
      [third.id, false, 0, 0],
    ]);
    expect(series.events[1]).toMatchObject({ status: 'published', startsAt: '2031-06-18T10:00:00+03:00' });

    const parts = [await statsOf(first.id), await statsOf(second.id), await statsOf(third.id)];
    expect(series.stats).toMatchObject({ registered: 5, checkedIn: 3, noShows: 2 });
    expect(series.stats.registered).toBe(parts.reduce((sum, s) => sum + s.registered, 0));
    expect(series.stats.checkedIn).toBe(parts.reduce((sum, s) => sum + s.checkedIn, 0));
    /** Registered and checked in per key, summed over the given statistics. */
    const summed = (
      stats: AttendanceStats[],
      pick: (s: AttendanceStats) => { key: string | null; registered: number; checkedIn: number }[],
    ) => {
      const totals = new Map<string | null, [number, number]>();
      for (const row of stats.flatMap(pick)) {
        const [r, c] = totals.get(row.key) ?? [0, 0];
        totals.set(row.key, [r + row.registered, c + row.checkedIn]);
      }
      return Object.fromEntries(totals);
    };
    const bySector = (s: AttendanceStats) => s.bySector.map((row) => ({ ...row, key: row.sector }));
    const byMunicipality = (s: AttendanceStats) =>
      s.byMunicipality.map((row) => ({ ...row, key: row.municipality }));
    expect(summed([series.stats], bySector)).toEqual({ ngo: [3, 1], municipal: [1, 1], education: [1, 1] });
    expect(summed([series.stats], bySector)).toEqual(summed(parts, bySector));
    expect(summed([series.stats], byMunicipality)).toEqual({ SOF46: [2, 2], PDV25: [3, 1] });
    expect(summed([series.stats], byMunicipality)).toEqual(summed(parts, byMunicipality));
  });

  it('refuses an unknown event, bad dates and staff, with problem+json, changing nothing', async () => {
    const { event } = await anEventWithAPanel();
    const staff = await aStaffMember(t.http);
    await assignStaff(t.http, organiser, event.id, [staff.user.id]);
    const events = () => t.dataSource.getRepository(EventEntity).count();
    const series = () => t.dataSource.getRepository(SeriesEntity).count();
    const before = {
      events: await events(),
      series: await series(),
      jobs: await t.dataSource.getRepository(JobEntity).count(),
    };
    const problem = (response: {
      status: number;
      headers: Record<string, string>;
      body: { code: string };
    }) => {
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      return response.body;
    };

    expect(problem(await duplicate(randomUUID(), { startsAt: '2031-11-19T10:00' }).expect(404)).code).toBe(
      'EVENT_NOT_FOUND',
    );
    const rules = async (body: object) =>
      (
        problem(await duplicate(event.id, body).expect(400)) as unknown as {
          errors: { field: string; rule: string }[];
        }
      ).errors.map((error) => `${error.field}:${error.rule}`);
    expect(await rules({ startsAt: '2031-11-19T10:00', endsAt: '2031-11-19T09:00' })).toEqual([
      'endsAt:endsAfterStart',
    ]);
    expect(await rules({ startsAt: '2025-03-01T10:00' })).toEqual(['startsAt:startsInFuture']);
    expect(await rules({ startsAt: 'next Thursday' })).toEqual(['startsAt:isEventTime']);
    expect(await rules({})).toEqual(['startsAt:required']);
    // The agenda (moved with the event) ends at 12:30: an earlier end does not hold it.
    expect(await rules({ startsAt: '2031-11-19T10:00', endsAt: '2031-11-19T12:00' })).toEqual([
      'endsAt:agendaWithinEvent',
    ]);
    expect(await rules({ startsAt: '2031-11-19T10:00', capacity: 5 })).toEqual(['capacity:unknownField']);
    const forbidden = await as(staff.token).post(`/api/events/${event.id}/duplicate`, {
      startsAt: '2031-11-19T10:00',
    });
    expect(forbidden.status).toBe(403);
    expect(problem(forbidden).code).toBe('FORBIDDEN');
    expect(problem(await org().get(`/api/series/${randomUUID()}`).expect(404)).code).toBe('SERIES_NOT_FOUND');
    expect((await as(staff.token).get(`/api/series/${randomUUID()}`)).status).toBe(403);

    expect({
      events: await events(),
      series: await series(),
      jobs: await t.dataSource.getRepository(JobEntity).count(),
    }).toEqual(before);
    expect(((await org().get(`/api/events/${event.id}`).expect(200)).body as Event).seriesId).toBeNull();
  });
});
