import {
  MATERIAL_VISIBILITIES,
  type Event,
  type Registration,
  type Summary,
  type SummaryInput,
} from '@roundtable/contracts';
import { execFileSync } from 'node:child_process';
import request from 'supertest';
import { createApp } from '../src/app.factory';
import { JobEntity } from '../src/jobs/job.entity';
import { PackParts } from '../src/pack/pack-parts';
import { aRegistrationInput } from './support/builders';
import { bootAppWithMailbox, personalLink, type MailTestApp } from './support/mail-app';
import { aPublishedEvent, bearer } from './support/registrations';
import type { ReceivedMail } from './support/test-mailbox';
import { tokenFor } from './support/test-app';

/** The text of a PDF as poppler reads it. */
function pdfText(bytes: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: bytes }).toString('utf8');
}

const isSummaryMail = (mail: ReceivedMail) => /^(Обобщение|Summary): /.test(mail.subject);

/** The summary API: writing, history, validation, statistics, publishing and its e-mails, PDF and CSV. */
describe('the summary of an event', () => {
  let t: MailTestApp;
  let organiser: string;

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  const register = async (eventId: string, overrides = {}) =>
    (
      await t.http
        .post(`/api/events/${eventId}/registrations`)
        .send(aRegistrationInput(overrides))
        .expect(201)
    ).body as Registration;
  const checkIn = (id: string) =>
    t.http.post(`/api/registrations/${id}/check-in`).auth(organiser, bearer).send({}).expect(200);
  const put = (eventId: string, body: unknown) =>
    t.http
      .put(`/api/events/${eventId}/summary`)
      .auth(organiser, bearer)
      .send(body as object);
  const getSummary = async (eventId: string, token: string | null = organiser) => {
    const request = t.http.get(`/api/events/${eventId}/summary`);
    return (token ? request.auth(token, bearer) : request).expect(200).then((r) => r.body as Summary);
  };
  const publish = (eventId: string) =>
    t.http.post(`/api/events/${eventId}/summary/publish`).auth(organiser, bearer).send();
  const download = (path: string, token?: string) => {
    const request = t.http.get(path);
    return (token ? request.auth(token, bearer) : request).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  };
  const summaryJobs = (eventId: string) =>
    t.dataSource.getRepository(JobEntity).countBy({ kind: 'summary.published', eventId });
  const summaryMails = () => t.mailbox.messages.filter(isSummaryMail);

  const aSummary = (overrides: Partial<SummaryInput> = {}): SummaryInput => ({
    body: '## Как протече\n\nУчастниците обсъдиха **холистичната подкрепа** на ранното детско развитие.',
    keyPoints: ['Общите супервизии помагат на специалистите.'],
    recommendations: [
      { text: 'Общината да осигури зала за супервизии.', owner: 'Община Пловдив', status: 'proposed' },
      { text: 'РЗИ да включи педиатрите.', owner: 'РЗИ', dueDate: '2024-12-31', status: 'in-progress' },
    ],
    ...overrides,
  });

  /**
   * An event with five registrations (three checked in), a walk-in without an address, a moderator who
   * accepted, and a speaker who accepted and also registered with the same address.
   */
  async function anEventThatTookPlace(overrides = {}) {
    const event = await aPublishedEvent(t.http, organiser, overrides);
    const came = [
      await register(event.id, {
        firstName: 'Ясен',
        lastName: 'Шишков',
        sector: 'ngo',
        organization: 'Фондация „Деца“',
        municipality: 'SOF46',
      }),
      await register(event.id, {
        firstName: 'Мария',
        lastName: 'Цанкова',
        sector: 'health',
        organization: 'РЗИ Пловдив',
        municipality: 'PDV22',
      }),
      await register(event.id, {
        firstName: 'Борис',
        lastName: 'Ангелов',
        sector: 'municipal',
        organization: 'Община Раковски',
        municipality: 'PDV25',
        email: 'both@example.bg',
      }),
    ];
    const missed = [
      await register(event.id, {
        firstName: 'Йордана',
        lastName: 'Щерева',
        sector: 'municipal',
        organization: 'община раковски',
        municipality: 'PDV25',
      }),
      await register(event.id, {
        firstName: 'Юлиан',
        lastName: 'Жеков',
        sector: 'education',
        organization: 'ДГ „Слънце“',
        municipality: null,
        language: 'en',
      }),
    ];
    for (const person of came) await checkIn(person.id);
    await t.http
      .post(`/api/events/${event.id}/walk-ins`)
      .auth(organiser, bearer)
      .send({ firstName: 'Иван', lastName: 'Иванов', organization: 'Фондация „Деца“', sector: 'ngo' })
      .expect(201);
    const invitationMails = (email: string) =>
      t.mailbox.to(email).filter((mail) => /\/invitations\/[A-Za-z0-9_-]{40,}/.test(mail.text));
    const accept = async (email: string, role: string) => {
      const already = invitationMails(email).length;
      await t.http
        .post(`/api/events/${event.id}/invitations`)
        .auth(organiser, bearer)
        .send({ email, name: `Панелист ${role}`, role, organization: 'Университет' })
        .expect(201);
      await t.mailbox.waitFor(
        () => invitationMails(email).length > already,
        15_000,
        `the invitation to ${email}`,
      );
      const { token } = personalLink(invitationMails(email)[already].text);
      await t.http
        .post(`/api/invitations/by-token/${token}/response`)
        .send({ response: 'accepted' })
        .expect(200);
    };
    await accept(`moderator-${event.id}@example.bg`, 'moderator');
    // Accepting a speaker's invitation sends nothing for a registration; the address is the registrant's.
    await accept('both@example.bg', 'speaker');
    return { event, came, missed };
  }

  describe('before it is published', () => {
    it('shows organisers an empty summary with the statistics, and nobody else anything', async () => {
      const { event } = await anEventThatTookPlace();
      const summary = await getSummary(event.id);
      expect(summary).toMatchObject({
        eventId: event.id,
        body: '',
        bodyHtml: '',
        keyPoints: [],
        recommendations: [],
        publishedAt: null,
        updatedAt: null,
      });
      expect(summary.stats).toMatchObject({ registered: 6, checkedIn: 4, noShows: 2, walkIns: 1 });
      await put(event.id, aSummary()).expect(200);
      for (const path of ['summary', 'summary.pdf']) {
        const refused = await t.http.get(`/api/events/${event.id}/${path}`).expect(404);
        expect(refused.body.code).toBe('SUMMARY_NOT_FOUND');
      }
      const draft = await download(`/api/events/${event.id}/summary.pdf`, organiser).expect(200);
      expect(pdfText(draft.body)).toContain('Чернова: обобщението още не е публикувано.');
      await t.http.get(`/api/events/${event.id}/statistics.csv`).expect(401);
    });
  });

  describe('writing it', () => {
    it('keeps the body, key points and recommendations in order, and each change of a recommendation', async () => {
      const event = await aPublishedEvent(t.http, organiser);
      const first = (await put(event.id, aSummary()).expect(200)).body as Summary;
      expect(first.body).toBe(aSummary().body);
      expect(first.bodyHtml).toContain('<h3>Как протече</h3>');
      expect(first.bodyHtml).toContain('<strong>холистичната подкрепа</strong>');
      expect(first.keyPoints).toEqual(['Общите супервизии помагат на специалистите.']);
      expect(first.updatedAt).not.toBeNull();
      const [hall, doctors] = first.recommendations;
      expect(hall).toMatchObject({
        text: 'Общината да осигури зала за супервизии.',
        owner: 'Община Пловдив',
        dueDate: null,
        status: 'proposed',
      });
      expect(hall.history).toEqual([
        { at: hall.createdAt, text: hall.text, owner: 'Община Пловдив', dueDate: null, status: 'proposed' },
      ]);
      expect(doctors).toMatchObject({ owner: 'РЗИ', dueDate: '2024-12-31', status: 'in-progress' });

      // After publishing the follow-up goes on: the hall is done; the doctors' recommendation moves up, unchanged.
      await publish(event.id).expect(200);
      const second = (
        await put(event.id, {
          ...aSummary(),
          recommendations: [
            {
              id: doctors.id,
              text: doctors.text,
              owner: 'РЗИ',
              dueDate: '2024-12-31',
              status: 'in-progress',
            },
            { id: hall.id, text: hall.text, owner: 'Община Пловдив', dueDate: '2025-03-01', status: 'done' },
            { text: 'Нова препоръка.', status: 'proposed' },
          ],
        }).expect(200)
      ).body as Summary;
      expect(second.publishedAt).not.toBeNull();
      expect(second.recommendations.map((r) => r.text)).toEqual([doctors.text, hall.text, 'Нова препоръка.']);
      expect(second.recommendations[0].history).toHaveLength(1);
      expect(second.recommendations[1].history.map((change) => [change.status, change.dueDate])).toEqual([
        ['proposed', null],
        ['done', '2025-03-01'],
      ]);
      expect(second.recommendations[1].updatedAt).toBe(second.recommendations[1].history[1].at);
      expect(second.recommendations[2].history).toHaveLength(1);

      // Left out: removed with its history. The public sees the same as the organiser.
      const third = (
        await put(event.id, {
          ...aSummary(),
          recommendations: [
            { id: hall.id, text: hall.text, owner: 'Община Пловдив', dueDate: '2025-03-01', status: 'done' },
          ],
        }).expect(200)
      ).body as Summary;
      expect(third.recommendations.map((r) => r.id)).toEqual([hall.id]);
      expect(third.recommendations[0].history).toHaveLength(2);
      expect(await getSummary(event.id, null)).toEqual(third);
    });

    it('refuses what breaks a rule with a field error and changes nothing', async () => {
      const event = await aPublishedEvent(t.http, organiser);
      const saved = (await put(event.id, aSummary()).expect(200)).body as Summary;
      const other = await aPublishedEvent(t.http, organiser);
      const elsewhere = ((await put(other.id, aSummary()).expect(200)).body as Summary).recommendations[0];
      const recommendation = { text: 'Текст', status: 'proposed' };
      const cases: [unknown, string, string][] = [
        [
          { ...aSummary(), recommendations: [{ ...recommendation, id: elsewhere.id }] },
          'recommendations.0.id',
          'unknownValue',
        ],
        [
          {
            ...aSummary(),
            recommendations: [
              { ...recommendation, id: saved.recommendations[0].id },
              { ...recommendation, id: saved.recommendations[0].id },
            ],
          },
          'recommendations.1.id',
          'unknownValue',
        ],
        [
          { ...aSummary(), recommendations: [{ ...recommendation, dueDate: '2024-13-45' }] },
          'recommendations.0.dueDate',
          'isIso8601',
        ],
        [
          { ...aSummary(), recommendations: [{ ...recommendation, dueDate: '31.12.2024' }] },
          'recommendations.0.dueDate',
          'matches',
        ],
        [
          { ...aSummary(), recommendations: [{ ...recommendation, status: 'maybe' }] },
          'recommendations.0.status',
          'isIn',
        ],
        [
          { ...aSummary(), recommendations: [{ ...recommendation, text: '   ' }] },
          'recommendations.0.text',
          'isNotEmpty',
        ],
        [{ ...aSummary(), keyPoints: ['а'.repeat(501)] }, 'keyPoints', 'maxLength'],
        [{ ...aSummary(), keyPoints: Array(21).fill('извод') }, 'keyPoints', 'arrayMaxSize'],
        [{ ...aSummary(), body: 'а'.repeat(50_001) }, 'body', 'maxLength'],
        [{ ...aSummary(), extra: true }, 'extra', 'unknownField'],
      ];
      for (const [body, field, rule] of cases) {
        const refused = await put(event.id, body).expect(400);
        expect(refused.body.errors).toContainEqual(expect.objectContaining({ field, rule }));
      }
      expect(await getSummary(event.id)).toEqual(saved);
      // The longest body the contract allows fits, Cyrillic and all (more than MySQL's TEXT holds).
      const longest = 'а'.repeat(50_000);
      expect(((await put(event.id, { ...aSummary(), body: longest }).expect(200)).body as Summary).body).toBe(
        longest,
      );
    });
  });

  it('counts attendance from the check-ins by sector, municipality and organisation', async () => {
    const { event } = await anEventThatTookPlace();
    const { stats } = await getSummary(event.id);
    expect(stats).toEqual({
      registered: 6,
      checkedIn: 4,
      noShows: 2,
      walkIns: 1,
      bySector: [
        { sector: 'ngo', registered: 2, checkedIn: 2 },
        { sector: 'municipal', registered: 2, checkedIn: 1 },
        { sector: 'health', registered: 1, checkedIn: 1 },
        { sector: 'education', registered: 1, checkedIn: 0 },
      ],
      // Most present first, then most registered, then by code (none last).
      byMunicipality: [
        { municipality: 'PDV25', registered: 2, checkedIn: 1 },
        { municipality: null, registered: 2, checkedIn: 1 },
        { municipality: 'PDV22', registered: 1, checkedIn: 1 },
        { municipality: 'SOF46', registered: 1, checkedIn: 1 },
      ],
      byOrganisation: [
        { organization: 'Фондация „Деца“', registered: 2, checkedIn: 2 },
        { organization: expect.stringMatching(/^[Оо]бщина Раковски$/), registered: 2, checkedIn: 1 },
        { organization: 'РЗИ Пловдив', registered: 1, checkedIn: 1 },
        { organization: 'ДГ „Слънце“', registered: 1, checkedIn: 0 },
      ],
      otherOrganisations: { registered: 0, checkedIn: 0 },
    });

    const csv = await download(`/api/events/${event.id}/statistics.csv`, organiser).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toContain(`statistics-${event.slug}.csv`);
    const text = csv.body.toString('utf8');
    expect(text.startsWith('\uFEFFРаздел,Код,Наименование,Регистрирани,Присъствали,Неявили се\r\n')).toBe(
      true,
    );
    expect(text).toContain('Общо,,Всички участници,6,4,2\r\n');
    expect(text).toContain('Общо,,Без предварителна регистрация,1,1,0\r\n');
    expect(text).toContain('Сектор,ngo,Неправителствени организации,2,2,0\r\n');
    expect(text).toContain('Община,SOF46,Столична,1,1,0\r\n');
    expect(text).toContain('Община,,Без посочена община,2,1,1\r\n');
    expect(text).toContain('Организация,,Фондация „Деца“,2,2,0\r\n');
  });

  describe('publishing it', () => {
    it('e-mails each attendee once, in their words and language, with a personal link', async () => {
      const { event, came, missed } = await anEventThatTookPlace();
      await put(event.id, aSummary()).expect(200);
      for (const visibility of MATERIAL_VISIBILITIES) {
        await t.http
          .post(`/api/events/${event.id}/materials`)
          .auth(organiser, bearer)
          .field('title', `Материал за ${visibility}`)
          .field('visibility', visibility)
          .attach('file', Buffer.from(`%PDF-1.4\n% ${visibility}\n%%EOF\n`), `${visibility}.pdf`)
          .expect(201);
      }
      const before = summaryMails().length;
      const published = (await publish(event.id).expect(200)).body as Summary;
      expect(published.publishedAt).not.toBeNull();
      // Three who came (one of them also a speaker), two who did not, the moderator; not the walk-in.
      const attendees = [...came, ...missed]
        .map((person) => person.email)
        .concat(`moderator-${event.id}@example.bg`);
      expect(await summaryJobs(event.id)).toBe(6);
      await t.mailbox.waitFor(() => summaryMails().length >= before + 6, 15_000, 'the summary e-mails');
      const mails = summaryMails().slice(before);
      expect(mails.map((mail) => mail.to.toLowerCase()).sort()).toEqual(
        attendees.map((a) => a.toLowerCase()).sort(),
      );
      const to = (address: string) =>
        mails.find((mail) => mail.to.toLowerCase() === address.toLowerCase()) as ReceivedMail;
      for (const person of came) {
        expect(to(person.email).text).toContain('Благодарим Ви, че участвахте');
        expect(to(person.email).text).not.toContain('не успяхте');
      }
      expect(to(missed[0].email).text).toContain('Съжаляваме, че не успяхте да присъствате');
      expect(to(missed[1].email).subject).toBe(`Summary: ${event.title}`);
      expect(to(missed[1].email).text).toContain('We are sorry that you could not join us');
      expect(to(`moderator-${event.id}@example.bg`).text).toContain('Благодарим Ви, че участвахте');
      const mail = to(came[0].email);
      expect(mail.subject).toBe(`Обобщение: ${event.title}`);
      expect(mail.text).toContain('Общите супервизии помагат на специалистите.');
      expect(mail.text).toContain('КАК ПРОТЕЧЕ');
      expect(mail.html).toContain('<h3>Как протече</h3>');
      expect(mail.text).toContain(`http://roundtable.test/api/events/${event.id}/summary.pdf`);
      expect(mail.calendar).toBeNull();
      expect(mail.parsed.attachments).toEqual([]);
      // The personal link opens the person's registration: the page lists the materials it may see.
      const link = new RegExp(
        `http://roundtable\\.test/events/${event.slug}/summary\\?token=([A-Za-z0-9_-]+)&lang=bg`,
      ).exec(mail.text);
      expect(link).not.toBeNull();
      const opened = await t.http.get(`/api/registrations/by-token/${link?.[1]}`).expect(200);
      expect(opened.body.registration.id).toBe(came[0].id);
      // Each lists the materials that person may download, by links that carry their token.
      const listed = (address: string) =>
        MATERIAL_VISIBILITIES.filter((visibility) => to(address).text.includes(`Материал за ${visibility}`));
      expect(listed(came[0].email)).toEqual(['public', 'registered', 'attended']);
      expect(listed(missed[0].email)).toEqual(['public', 'registered']);
      const material =
        /(http:\/\/roundtable\.test)?(\/api\/materials\/[0-9a-f-]+\/download\?token=[A-Za-z0-9_-]+)/.exec(
          mail.text,
        );
      expect(material).not.toBeNull();
      await t.http.get(material?.[2] as string).expect(200);

      // Publishing again, and after edits, sends nothing more and keeps the first publishing time.
      await put(event.id, aSummary({ keyPoints: ['Нов извод.'] })).expect(200);
      const again = (await publish(event.id).expect(200)).body as Summary;
      expect(again.publishedAt).toBe(published.publishedAt);
      expect(await summaryJobs(event.id)).toBe(6);
    });

    it('sends one e-mail each when requests to two instances on one database publish at once', async () => {
      const { event } = await anEventThatTookPlace();
      await put(event.id, aSummary()).expect(200);
      const before = summaryMails().length;
      // A second instance on the same database, with its own job runner sending to the same SMTP server.
      const second = await createApp(t.config, { logger: false });
      const publishOnSecond = () =>
        request(second.getHttpServer())
          .post(`/api/events/${event.id}/summary/publish`)
          .auth(organiser, bearer)
          .send();
      try {
        const answers = await Promise.all([
          publish(event.id),
          publishOnSecond(),
          publish(event.id),
          publishOnSecond(),
        ]);
        expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
        expect(new Set(answers.map((answer) => answer.body.publishedAt)).size).toBe(1);
        expect(await summaryJobs(event.id)).toBe(6);
        await t.mailbox.waitFor(() => summaryMails().length >= before + 6, 15_000, 'the summary e-mails');
      } finally {
        await second.close();
      }
      const addresses = summaryMails()
        .slice(before)
        .map((mail) => mail.to.toLowerCase());
      expect(new Set(addresses).size).toBe(addresses.length);
    });

    it('needs a saved summary', async () => {
      const event = await aPublishedEvent(t.http, organiser);
      const refused = await publish(event.id).expect(404);
      expect(refused.body.code).toBe('SUMMARY_NOT_FOUND');
    });
  });

  describe('the one sanitiser', () => {
    const hostile = [
      '# Обобщение',
      '',
      '<script>alert("body")</script>',
      '',
      '<iframe src="https://evil.example/frame"></iframe>',
      '',
      '<img src=x onerror="alert(1)">',
      '',
      '[Натиснете тук](javascript:alert(document.cookie)) и [сайтът](https://example.org/доклад)',
      '',
      '<a href="javascript:alert(2)">връзка</a>',
    ].join('\n');
    /** No element of these kinds, no event-handler attribute, no javascript: target in any tag. */
    const expectHarmless = (html: string) => {
      expect(html).not.toMatch(/<\s*(script|iframe|img|object|embed)\b/i);
      expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
      expect(html).not.toMatch(/<[^>]*(href|src)\s*=\s*["']?\s*javascript:/i);
    };

    it('makes hostile Markdown harmless on the page, in the preview, in the e-mail and in the PDF', async () => {
      const { event, came } = await anEventThatTookPlace();
      const saved = (await put(event.id, aSummary({ body: hostile })).expect(200)).body as Summary;
      expectHarmless(saved.bodyHtml);
      expect(saved.bodyHtml).toContain(
        '<a href="https://example.org/%D0%B4%D0%BE%D0%BA%D0%BB%D0%B0%D0%B4" rel="noopener noreferrer">сайтът</a>',
      );
      const preview = await t.http
        .post(`/api/events/${event.id}/summary/preview`)
        .auth(organiser, bearer)
        .send({ body: hostile })
        .expect(200);
      expect(preview.body).toEqual({ html: saved.bodyHtml });

      const before = summaryMails().length;
      await publish(event.id).expect(200);
      await t.mailbox.waitFor(() => summaryMails().length >= before + 6, 15_000, 'the summary e-mails');
      const mail = summaryMails().find(
        (m) =>
          m.to.toLowerCase() === came[0].email.toLowerCase() && m.subject === `Обобщение: ${event.title}`,
      ) as ReceivedMail;
      expectHarmless(mail.html);
      expect(mail.html).toContain('https://example.org/%D0%B4%D0%BE%D0%BA%D0%BB%D0%B0%D0%B4');
      // Refused links and raw HTML stay what they were typed as: words, never a link or markup.
      expect(mail.text).toContain('[Натиснете тук](javascript:alert(document.cookie))');
      expect(mail.text).not.toContain('Натиснете тук (javascript:');
      expect(mail.text).toContain('сайтът (https://example.org/%D0%B4%D0%BE%D0%BA%D0%BB%D0%B0%D0%B4)');

      const pdf = (await download(`/api/events/${event.id}/summary.pdf`).expect(200)).body;
      const raw = pdf.toString('latin1');
      expect(raw).not.toMatch(/\/URI\s*\(\s*javascript/i);
      expect(raw).not.toMatch(/\/(JavaScript|JS)\b/);
      expect(raw).toMatch(/\/URI\s*\(https:\/\/example\.org\//);
      const text = pdfText(pdf);
      expect(text).toContain('Натиснете тук');
      expect(text).toContain('сайтът');
    });
  });

  it('gives the summary report as a PDF with the Cyrillic text exactly, public once published', async () => {
    const { event } = await anEventThatTookPlace({ title: 'Кръгла маса „Ранно детско развитие в Пловдив“' });
    await put(event.id, aSummary()).expect(200);
    await publish(event.id).expect(200);
    const response = await download(`/api/events/${event.id}/summary.pdf`).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="summary-${event.slug}.pdf"; filename*=UTF-8''summary-${event.slug}.pdf`,
    );
    const text = pdfText(response.body).replace(/\u00a0/g, ' ');
    expect(text).toContain('Кръгла маса „Ранно детско развитие в Пловдив“');
    expect(text).toContain('Обобщение');
    expect(text).toContain('Как протече');
    expect(text).toContain('холистичната подкрепа');
    expect(text).toContain('Основни изводи');
    expect(text).toContain('Общите супервизии помагат на специалистите.');
    expect(text).toContain('РЗИ да включи педиатрите.');
    expect(text).toContain('Община Пловдив');
    expect(text).toContain('31 декември 2024 г.');
    expect(text).toContain('в изпълнение');
    expect(text).toContain('Регистрирани: 6');
    expect(text).toContain('Присъствали: 4');
    // Chart labels are drawn by the PDF's own font: poppler reads them back as Cyrillic text.
    expect(text.split('Неправителствени организации').length).toBeGreaterThanOrEqual(3);
    expect(text.split('Раковски').length).toBeGreaterThanOrEqual(3);
    expect(text).not.toContain('Чернова');
  });

  it('gives the reporting pack the summary PDF and the statistics CSV, published or not', async () => {
    const { event } = await anEventThatTookPlace();
    await put(event.id, aSummary()).expect(200);
    const parts = t.app.get(PackParts);
    const [pdf] = await (parts.part('summary') as NonNullable<ReturnType<PackParts['part']>>)(event.id);
    const [csv] = await (parts.part('statistics') as NonNullable<ReturnType<PackParts['part']>>)(event.id);
    expect(pdf.name).toBe('summary.pdf');
    expect(pdfText(pdf.body as Buffer)).toContain('Общите супервизии помагат на специалистите.');
    expect(csv.name).toBe('statistics.csv');
    expect((csv.body as Buffer).toString('utf8')).toContain('Общо,,Всички участници,6,4,2\r\n');
  });

  it('answers 404 for an event that does not exist, and keeps drafts’ summaries from the public', async () => {
    await t.http
      .get('/api/events/00000000-0000-4000-8000-000000000000/summary')
      .auth(organiser, bearer)
      .expect(404);
    const draft = (
      await t.http
        .post('/api/events')
        .auth(organiser, bearer)
        .send((await import('./support/builders')).anEventInput())
        .expect(201)
    ).body as Event;
    await put(draft.id, aSummary()).expect(200);
    await publish(draft.id).expect(200);
    expect((await t.http.get(`/api/events/${draft.id}/summary`).expect(404)).body.code).toBe(
      'EVENT_NOT_FOUND',
    );
    expect((await getSummary(draft.slug)).eventId).toBe(draft.id);
  });
});
