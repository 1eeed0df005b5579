import type { Event, Invitation, OrganisationInput } from '@roundtable/contracts';
import { execFileSync } from 'node:child_process';
import { formatEventWhen } from '../src/mail/mail-format';
import { anAgendaItem, anEventInput, aRegistrationInput } from './support/builders';
import { bootAppWithMailbox, personalLink, type MailTestApp } from './support/mail-app';
import { aPublishedEvent, bearer } from './support/registrations';
import { tokenFor } from './support/test-app';

const FOUNDATION: OrganisationInput = {
  nameBg: 'Фондация „Приобщаване“',
  nameEn: 'Inclusion Foundation',
  address: 'ул. „Гюешево“ 21, 1303 София',
  contactEmail: 'office@example.org',
  privacyNoticeBg: 'Обработваме личните Ви данни, за да организираме събитието.',
  privacyNoticeEn: 'We process your personal data to organise the event.',
  privacyNoticeVersion: '2026-12',
};

/** The text of a PDF as poppler reads it, columns kept apart. */
function pdfText(bytes: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: bytes }).toString('utf8');
}

/** pdftotext gives the no-break space of „13:30 ч.“ back as a plain space: compare as it reads. */
const asRead = (text: string) => text.replace(/\u00a0/g, ' ');

/** The order in which the given strings first appear in the text; fails if one is missing. */
function order(text: string, names: string[]): string[] {
  for (const name of names) expect(text).toContain(name);
  return [...names].sort((a, b) => text.indexOf(a) - text.indexOf(b));
}

describe('the event’s PDFs: attendance sheet, badges and agenda', () => {
  let t: MailTestApp;
  let organiser: string;
  let event: Event;

  const download = (path: string, token?: string) => {
    const request = t.http.get(path);
    return (token ? request.auth(token, bearer) : request).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  };

  const expectPdf = (response: { headers: Record<string, string>; body: Buffer }, filename: string) => {
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="${filename}"; filename*=UTF-8''${filename}`,
    );
    expect(response.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    return pdfText(response.body);
  };

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    const admin = await tokenFor(t.http, 'admin');
    organiser = await tokenFor(t.http, 'organizer');
    await t.http.put('/api/organisation').auth(admin, bearer).send(FOUNDATION).expect(200);
    event = await aPublishedEvent(t.http, organiser, {
      title: 'Кръгла маса „Ранно детско развитие“',
      startsAt: '2031-05-21T09:30',
      endsAt: '2031-05-21T13:30',
    });
    const people = [
      { firstName: 'Ясен', lastName: 'Шишков', sector: 'ngo' as const },
      { firstName: 'Мария', lastName: 'Цанкова', sector: 'health' as const },
      { firstName: 'Борис', lastName: 'Ангелов', sector: 'education' as const },
      { firstName: 'Йордана', lastName: 'Щерева', sector: 'social' as const },
      { firstName: 'Юлиан', lastName: 'Жеков', sector: 'municipal' as const },
    ];
    for (const person of people) {
      await t.http
        .post(`/api/events/${event.id}/registrations`)
        .send(aRegistrationInput({ ...person, organization: 'Община Габрово', position: 'Експерт' }))
        .expect(201);
    }
    const invitation = (
      await t.http
        .post(`/api/events/${event.id}/invitations`)
        .auth(organiser, bearer)
        .send({
          email: 'moderator@example.bg',
          name: 'д-р Елица Арнаудова',
          role: 'moderator',
          organization: 'Софийски университет',
          position: 'Доцент',
        })
        .expect(201)
    ).body as Invitation;
    const { token } = personalLink((await t.mailbox.next('moderator@example.bg', 0)).text);
    await t.http
      .post(`/api/invitations/by-token/${token}/response`)
      .send({ response: 'accepted' })
      .expect(200);
    await t.http
      .put(`/api/invitations/by-token/${token}/profile`)
      .send({ bio: null, publishName: true, publishPhoto: false })
      .expect(200);
    await t.http
      .put(`/api/events/${event.id}/agenda`)
      .auth(organiser, bearer)
      .send([
        anAgendaItem({ title: 'Откриване', startsAt: '2031-05-21T09:30', endsAt: '2031-05-21T09:45' }),
        anAgendaItem({
          title: 'Дискусия за услугите',
          kind: 'panel',
          startsAt: '2031-05-21T09:45',
          endsAt: '2031-05-21T11:00',
          speakerIds: [invitation.id],
        }),
      ])
      .expect(200);
  });
  afterAll(() => t.close());

  it('gives the organiser the attendance sheet: the organisation, the event as e-mails write it, names by surname', async () => {
    const response = await download(`/api/events/${event.id}/attendance-sheet.pdf`, organiser).expect(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const text = expectPdf(response, `attendance-sheet-${event.slug}.pdf`);
    expect(text).toContain('Фондация „Приобщаване“');
    expect(text).toContain('Кръгла маса „Ранно детско развитие“');
    expect(text).toContain(
      asRead(formatEventWhen(new Date(event.startsAt), new Date(event.endsAt), event.timezone, 'bg')),
    );
    expect(text).toContain('Зала „Сердика“, ул. „Гюешево“ 21, София');
    expect(text).toContain('Присъствен списък');
    expect(text).toContain('Страница 1 от 1');
    expect(text).toContain('Потвърдени участници: 5');
    expect(
      order(text, ['Борис Ангелов', 'Юлиан Жеков', 'Мария Цанкова', 'Ясен Шишков', 'Йордана Щерева']),
    ).toEqual(['Борис Ангелов', 'Юлиан Жеков', 'Мария Цанкова', 'Ясен Шишков', 'Йордана Щерева']);
    expect(text).toContain('Здравеопазване');
    expect(text).toContain('Участници без предварителна регистрация');
    // Five confirmed, then five empty numbered rows for walk-ins.
    expect(text).toMatch(/^\s*10\s*$/m);
    expect(text).not.toMatch(/^\s*11\s*$/m);
    // An invitee in the programme is not on the sheet of registrations.
    expect(text).not.toContain('Арнаудова');
  });

  it('gives the organiser badges: every confirmed person and the programme, with sector or role', async () => {
    const response = await download(`/api/events/${event.id}/badges.pdf`, organiser).expect(200);
    const text = expectPdf(response, `badges-${event.slug}.pdf`);
    expect(text).toContain('Фондация „Приобщаване“');
    expect(text).toContain('Кръгла маса „Ранно детско развитие“');
    expect(text).toContain('Страница 1 от 1');
    expect(
      order(text, [
        'Борис Ангелов',
        'д-р Елица Арнаудова',
        'Юлиан Жеков',
        'Мария Цанкова',
        'Ясен Шишков',
        'Йордана Щерева',
      ]).length,
    ).toBe(6);
    expect(text).toContain('Модератор');
    expect(text).toContain('Здравеопазване');
    expect(text).toContain('Социални услуги');
    // Two badges a row: Ангелов and Арнаудова side by side, then Жеков and Цанкова.
    expect(text).toMatch(/Борис Ангелов\s+д-р Елица Арнаудова/);
    expect(text).toMatch(/Юлиан Жеков\s+Мария Цанкова/);
  });

  it('gives anyone the agenda of a published event, with the times in its zone and the consenting speaker', async () => {
    const response = await download(`/api/events/${event.id}/agenda.pdf`).expect(200);
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    const text = expectPdf(response, `agenda-${event.slug}.pdf`);
    expect(text).toContain('Фондация „Приобщаване“');
    expect(text).toContain('Кръгла маса „Ранно детско развитие“');
    expect(text).toContain('Програма');
    expect(order(text, ['9:30 – 9:45', 'Откриване', '9:45 – 11:00', 'Дискусия за услугите'])).toEqual([
      '9:30 – 9:45',
      'Откриване',
      '9:45 – 11:00',
      'Дискусия за услугите',
    ]);
    expect(text).toContain('Панелна дискусия');
    expect(text).toContain('д-р Елица Арнаудова, Доцент, Софийски университет');
    expect(text).toContain('Страница 1 от 1');
    expect(text).not.toContain('Шишков');
  });

  it('keeps a draft’s agenda for organisers, and speaks English for an English event', async () => {
    const draft = (
      await t.http
        .post('/api/events')
        .auth(organiser, bearer)
        .send(anEventInput({ title: 'Round table on early childhood', language: 'en' }))
        .expect(201)
    ).body as Event;
    await download(`/api/events/${draft.id}/agenda.pdf`).expect(404);
    const forOrganiser = await download(`/api/events/${draft.id}/agenda.pdf`, organiser).expect(200);
    expect(forOrganiser.headers['cache-control']).toBe('no-store');
    const text = expectPdf(forOrganiser, `agenda-${draft.slug}.pdf`);
    expect(text).toContain('Inclusion Foundation');
    expect(text).toContain('Round table on early childhood');
    expect(text).toContain('Page 1 of 1');
    expect(text).toContain('The agenda is to be announced.');
    const sheet = pdfText(
      (await download(`/api/events/${draft.id}/attendance-sheet.pdf`, organiser).expect(200)).body,
    );
    expect(sheet).toContain('Attendance sheet');
    expect(sheet).toContain('Confirmed participants: 0');
  });

  it('answers 404 for an event that does not exist', async () => {
    await download('/api/events/00000000-0000-4000-8000-000000000000/attendance-sheet.pdf', organiser).expect(
      404,
    );
    await download('/api/events/00000000-0000-4000-8000-000000000000/badges.pdf', organiser).expect(404);
  });
});
