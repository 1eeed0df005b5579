import type {
  Event,
  Summary,
  SummaryInput,
  Theme,
  ThemePage,
  TrackedRecommendation,
  TrackerPage,
} from '@roundtable/contracts';
import { JobEntity } from '../src/jobs/job.entity';
import { OverdueMail } from '../src/themes/overdue-mail';
import { anEventInput } from './support/builders';
import { bootAppWithMailbox, type MailTestApp } from './support/mail-app';
import { aPublishedEvent, bearer } from './support/registrations';
import { tokenFor } from './support/test-app';

/** Advocacy themes, the recommendations tracker, the public theme page and the overdue e-mail (decision 0033). */
describe('advocacy themes and the recommendations tracker', () => {
  let t: MailTestApp;
  let admin: string;
  let organiser: string;
  let themes: Theme[];

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    admin = await tokenFor(t.http, 'admin');
    organiser = await tokenFor(t.http, 'organizer');
    themes = ((await t.http.get('/api/themes').expect(200)).body as { items: Theme[] }).items;
  });
  afterAll(() => t.close());

  const theme = (slug: string) => themes.find((item) => item.slug === slug) as Theme;
  const putSummary = (eventId: string, recommendations: SummaryInput['recommendations']) =>
    t.http
      .put(`/api/events/${eventId}/summary`)
      .auth(organiser, bearer)
      .send({ body: 'Обобщение.', keyPoints: [], recommendations })
      .expect(200)
      .then((response) => response.body as Summary);
  const tracker = (query: string) =>
    t.http
      .get(`/api/recommendations?${query}`)
      .auth(organiser, bearer)
      .expect(200)
      .then((response) => response.body as TrackerPage);
  const changeStatus = (id: string, body: object) =>
    t.http.post(`/api/recommendations/${id}/status`).auth(organiser, bearer).send(body);
  const followUp = (id: string, body: object) =>
    t.http.post(`/api/recommendations/${id}/follow-ups`).auth(organiser, bearer).send(body);

  it('seeds the six priority themes, which the admin renames, orders and retires', async () => {
    expect(themes.map((item) => item.slug)).toEqual([
      'early-childhood-development',
      'community-services',
      'child-poverty',
      'child-protection',
      'violence-against-children',
      'children-with-disabilities',
    ]);
    expect(theme('child-poverty').name).toEqual({
      bg: 'Детска бедност и социално изключване',
      en: 'Child poverty and social exclusion',
    });

    const input = { nameBg: 'Образование', nameEn: 'Education for all' };
    await t.http.post('/api/themes').auth(organiser, bearer).send(input).expect(403);
    const created = (await t.http.post('/api/themes').auth(admin, bearer).send(input).expect(201))
      .body as Theme;
    expect(created).toMatchObject({ slug: 'education-for-all', position: 6, retired: false });
    const renamed = (
      await t.http
        .patch(`/api/themes/${created.id}`)
        .auth(admin, bearer)
        .send({ nameBg: 'Образование за всички', retired: true })
        .expect(200)
    ).body as Theme;
    expect(renamed).toMatchObject({
      slug: 'education-for-all',
      name: { bg: 'Образование за всички', en: 'Education for all' },
      retired: true,
    });

    const ids = [created.id, ...themes.map((item) => item.id)];
    await t.http
      .put('/api/themes/order')
      .auth(admin, bearer)
      .send({ ids: ids.slice(1) })
      .expect(400);
    const ordered = (await t.http.put('/api/themes/order').auth(admin, bearer).send({ ids }).expect(200))
      .body as { items: Theme[] };
    expect(ordered.items.map((item) => item.id)).toEqual(ids);

    // A retired theme is offered for no new event.
    const refused = await t.http
      .post('/api/events')
      .auth(organiser, bearer)
      .send({ ...anEventInput(), themeIds: [created.id] })
      .expect(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'themeIds.0' });
  });

  it('lists the recommendations of two events on one theme with their status history, and carries one on', async () => {
    const early = theme('early-childhood-development');
    const first = await aPublishedEvent(t.http, organiser, { themeIds: [early.id] });
    expect(first.themes.map((item) => item.slug)).toEqual(['early-childhood-development']);
    const second = await aPublishedEvent(t.http, organiser, {
      startsAt: '2031-10-15T10:00',
      endsAt: '2031-10-15T13:00',
      themeIds: [early.id, theme('child-poverty').id],
    });
    const elsewhere = await aPublishedEvent(t.http, organiser, { themeIds: [theme('child-protection').id] });
    const [made] = (
      await putSummary(first.id, [
        { text: 'Общината да осигури зала за супервизии.', owner: 'Община Пловдив', status: 'proposed' },
      ])
    ).recommendations;
    await putSummary(second.id, [
      { text: 'РЗИ да включи педиатрите.', owner: 'РЗИ Пловдив', dueDate: '2099-12-31', status: 'proposed' },
    ]);
    await putSummary(elsewhere.id, [{ text: 'Друга тема.', status: 'proposed' }]);

    await changeStatus(made.id, { status: 'in-progress', note: 'Общината търси зала.' }).expect(200);
    // The same status again without a note changes nothing; a note alone is kept.
    await changeStatus(made.id, { status: 'in-progress' }).expect(200);
    await changeStatus(made.id, { status: 'in-progress', note: 'Залата е избрана.' }).expect(200);
    await changeStatus(made.id, { status: 'finished' }).expect(400);
    await changeStatus('00000000-0000-4000-8000-000000000000', { status: 'done' }).expect(404);

    // Carried to the later event; to an earlier one it cannot go.
    await followUp(made.id, { eventId: second.id, note: 'Ще я обсъдим отново.' }).expect(201);
    await followUp(made.id, { eventId: second.id }).expect(201);
    const back = await followUp((await tracker(`eventId=${second.id}`)).items[0].id, {
      eventId: first.id,
    }).expect(409);
    expect(back.body.code).toBe('FOLLOW_UP_NOT_LATER');

    const onTheme = await tracker(`theme=${early.slug}`);
    expect(onTheme.total).toBe(2);
    expect(onTheme.items.map((item) => item.event.id)).toEqual([second.id, first.id]);
    const tracked = onTheme.items[1] as TrackedRecommendation;
    expect(tracked.status).toBe('in-progress');
    expect(tracked.themes).toEqual([early.id]);
    expect(tracked.history.map((change) => [change.status, change.note])).toEqual([
      ['proposed', null],
      ['in-progress', 'Общината търси зала.'],
      ['in-progress', 'Залата е избрана.'],
    ]);
    expect(tracked.followUps).toEqual([
      expect.objectContaining({
        event: expect.objectContaining({ id: second.id }),
        note: 'Ще я обсъдим отново.',
      }),
    ]);
    expect((await tracker(`theme=${early.id}&status=proposed`)).items.map((item) => item.text)).toEqual([
      'РЗИ да включи педиатрите.',
    ]);
    expect(
      (await tracker(`theme=${early.slug}&owner=${encodeURIComponent('РЗИ Пловдив')}`)).items.map(
        (i) => i.text,
      ),
    ).toEqual(['РЗИ да включи педиатрите.']);
    const owners = await t.http.get('/api/recommendations/owners').auth(organiser, bearer).expect(200);
    expect(owners.body.items).toEqual(expect.arrayContaining(['Община Пловдив', 'РЗИ Пловдив']));
    expect((await tracker(`theme=${early.slug}&dueFrom=2099-01-01`)).total).toBe(1);
    expect((await tracker(`theme=${early.slug}&overdue=true`)).total).toBe(0);
    expect(await tracker(`theme=${early.slug}&pageSize=1&page=2`)).toMatchObject({
      total: 2,
      page: 2,
      pageSize: 1,
      items: [expect.objectContaining({ id: made.id })],
    });
    await t.http.get('/api/recommendations?dueFrom=soon').auth(organiser, bearer).expect(400);

    // The later event's summary says what it follows up.
    const later = (await t.http.get(`/api/events/${second.id}/summary`).auth(organiser, bearer).expect(200))
      .body as Summary;
    expect(later.followsUp).toEqual([
      expect.objectContaining({ id: made.id, status: 'in-progress', note: 'Ще я обсъдим отново.' }),
    ]);

    const csv = await t.http
      .get(`/api/recommendations.csv?theme=${early.slug}`)
      .auth(organiser, bearer)
      .expect(200)
      .expect('Content-Type', /text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('Общината да осигури зала за супервизии.');
    expect(lines[2]).toContain('Залата е избрана.');
  });

  it('shows on the public theme page only the recommendations of published summaries', async () => {
    const poverty = theme('child-poverty');
    const published = await aPublishedEvent(t.http, organiser, { themeIds: [poverty.id] });
    const unpublished = await aPublishedEvent(t.http, organiser, {
      startsAt: '2031-11-15T10:00',
      endsAt: '2031-11-15T13:00',
      themeIds: [poverty.id],
    });
    const draft = (
      await t.http
        .post('/api/events')
        .auth(organiser, bearer)
        .send({ ...anEventInput(), themeIds: [poverty.id] })
        .expect(201)
    ).body as Event;
    await putSummary(published.id, [{ text: 'Публична препоръка.', status: 'proposed' }]);
    await putSummary(unpublished.id, [{ text: 'Чернова на препоръка.', status: 'proposed' }]);
    await putSummary(draft.id, [{ text: 'Препоръка от чернова.', status: 'proposed' }]);
    await t.http.post(`/api/events/${published.id}/summary/publish`).auth(organiser, bearer).expect(200);

    const page = (await t.http.get(`/api/themes/${poverty.slug}/page`).expect(200)).body as ThemePage;
    expect(page.theme.slug).toBe('child-poverty');
    const shown = page.events.filter((event) => [published.id, unpublished.id, draft.id].includes(event.id));
    expect(shown.map((event) => [event.id, event.summaryPublished])).toEqual([
      [unpublished.id, false],
      [published.id, true],
    ]);
    const texts = page.events.flatMap((event) => event.recommendations.map((r) => r.text));
    expect(texts).toContain('Публична препоръка.');
    expect(texts).not.toContain('Чернова на препоръка.');
    expect(texts).not.toContain('Препоръка от чернова.');
    await t.http.get('/api/themes/no-such-theme/page').expect(404);
  });

  it('e-mails the organiser once when a recommendation passes its due date unchanged', async () => {
    const event = await aPublishedEvent(t.http, organiser, { title: 'Кръгла маса за сроковете' });
    await putSummary(event.id, [
      { text: 'Министерството да публикува методиката.', dueDate: '2025-01-15', status: 'in-progress' },
      { text: 'Изпълнена навреме.', dueDate: '2025-01-15', status: 'done' },
      { text: 'Още има време.', dueDate: '2099-01-15', status: 'proposed' },
    ]);
    const overdue = t.app.get(OverdueMail);
    const jobs = () =>
      t.dataSource.getRepository(JobEntity).countBy({ kind: 'recommendation.overdue', eventId: event.id });

    // Two instances' ticks at once, then one more: one message queued.
    await Promise.all([overdue.runDue(), overdue.runDue()]);
    await overdue.runDue();
    expect(await jobs()).toBe(1);
    const isOverdueMail = (subject: string) => subject.includes('Кръгла маса за сроковете');
    await t.mailbox.waitFor(
      (messages) => messages.some((mail) => isOverdueMail(mail.subject)),
      15_000,
      'the overdue e-mail',
    );
    const mails = t.mailbox.messages.filter((mail) => isOverdueMail(mail.subject));
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toMatch(/^organizer-\d+@example\.org$/);
    expect(mails[0].subject).toBe('Изтекъл срок на препоръка: Кръгла маса за сроковете');
    expect(mails[0].text).toContain('Министерството да публикува методиката.');
    expect(mails[0].text).not.toContain('Изпълнена навреме.');

    const [late] = (await tracker(`eventId=${event.id}&overdue=true`)).items;
    expect(late).toMatchObject({ text: 'Министерството да публикува методиката.', overdue: true });
    await overdue.runDue();
    expect(await jobs()).toBe(1);
  });
});
