import type { Event, Registration, RegistrationPage } from '@roundtable/contracts';
import { DEFAULT_MAIL_TUNING } from '../src/config/config';
import { JobEntity } from '../src/jobs/job.entity';
import { JobRunner } from '../src/jobs/job-runner';
import { RetentionScheduler } from '../src/registrations/retention-scheduler';
import { aRegistrationInput } from './support/builders';
import { aPublishedEvent, bearer } from './support/registrations';
import { bootApp, tokenFor, type TestApp } from './support/test-app';

describe('registrants are anonymised RETENTION_DAYS after the event', () => {
  let t: TestApp;
  let organiser: string;

  // The runner is driven by hand, so the spec sees the task queued before it runs.
  beforeAll(async () => {
    t = await bootApp({ retentionDays: 30, mail: { ...DEFAULT_MAIL_TUNING, dispatcher: false } });
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  const list = async (event: Event) =>
    (
      await t.http
        .get(`/api/events/${event.id}/registrations?pageSize=100`)
        .auth(organiser, bearer)
        .expect(200)
    ).body as RegistrationPage;
  const stats = async (event: Event) =>
    (await t.http.get(`/api/events/${event.id}/stats`).auth(organiser, bearer).expect(200)).body;
  const tasks = () => t.dataSource.getRepository(JobEntity).countBy({ kind: 'anonymise-registrations' });

  it('anonymises who they were, keeps the statistics, once, and leaves later events alone', async () => {
    // Ends 21 May 2031, 13:00 Sofia time; the other event ends in September.
    const past = await aPublishedEvent(t.http, organiser, { capacity: 1 });
    const later = await aPublishedEvent(t.http, organiser, {
      startsAt: '2031-09-01T10:00',
      endsAt: '2031-09-01T13:00',
    });
    const register = async (event: Event, overrides: object) =>
      (
        await t.http
          .post(`/api/events/${event.id}/registrations`)
          .send(aRegistrationInput(overrides))
          .expect(201)
      ).body as Registration;
    await register(past, {
      sector: 'health',
      municipality: 'SOF46',
      phone: '+359 2 123 4567',
      accessibilityNeeds: 'Достъп с инвалидна количка',
    });
    await register(past, { sector: 'ngo', municipality: 'PDV25' });
    const kept = await register(later, { sector: 'education' });
    const statsBefore = await stats(past);

    const retention = t.app.get(RetentionScheduler);
    expect(await retention.runDue(new Date('2031-06-15T00:00:00Z'))).toBe(0);
    const due = new Date('2031-06-25T00:00:00Z');
    expect(await retention.runDue(due)).toBe(1);
    // A second tick, or a second instance's, before the task has run queues nothing more.
    expect(await retention.runDue(due)).toBe(1);
    expect(await tasks()).toBe(1);
    await t.app.get(JobRunner).drainOnce();

    const anonymised = (await list(past)).items;
    expect(anonymised).toHaveLength(2);
    for (const registration of anonymised) {
      expect(registration).toMatchObject({
        firstName: '',
        lastName: '',
        email: '',
        organization: '',
        position: null,
        phone: null,
        accessibilityNeeds: null,
      });
      expect(registration.consents.processing.given).toBe(true);
    }
    expect(anonymised.map((item) => [item.sector, item.municipality, item.status]).sort()).toEqual([
      ['health', 'SOF46', 'confirmed'],
      ['ngo', 'PDV25', 'waitlisted'],
    ]);
    expect(await stats(past)).toEqual(statsBefore);
    // Nobody is found by what they were called any more.
    expect(
      (await t.http.get(`/api/events/${past.id}/registrations?q=petrova`).auth(organiser, bearer).expect(200))
        .body.total,
    ).toBe(0);

    expect((await list(later)).items).toEqual([expect.objectContaining({ id: kept.id, email: kept.email })]);
    expect(await retention.runDue(due)).toBe(0);
    expect(await tasks()).toBe(1);
  });
});
