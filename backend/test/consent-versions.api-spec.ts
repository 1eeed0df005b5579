import type {
  ConsentPurpose,
  ConsentRecord,
  Event,
  OrganisationInput,
  Registration,
  RegistrationPage,
} from '@roundtable/contracts';
import { aRegistrationInput } from './support/builders';
import { bootAppWithMailbox, personalLink, type MailTestApp } from './support/mail-app';
import { manageLink } from './support/registration-mail';
import { aPublishedEvent, bearer } from './support/registrations';
import { tokenFor } from './support/test-app';

const NOTICE: OrganisationInput = {
  nameBg: 'Фондация „За Нашите Деца“',
  nameEn: 'For Our Children Foundation',
  address: '',
  contactEmail: '',
  privacyNoticeBg: 'Обработваме личните Ви данни, за да организираме събитието.',
  privacyNoticeEn: 'We process your personal data to organise the event.',
  privacyNoticeVersion: '2031-01',
};

const versions = (consents: Record<ConsentPurpose, ConsentRecord>) =>
  Object.values(consents).map((consent) => consent.version);

describe("consents carry the version of the organisation's privacy notice", () => {
  let t: MailTestApp;
  let admin: string;
  let organiser: string;

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    admin = await tokenFor(t.http, 'admin');
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  const setNotice = (version: string) =>
    t.http
      .put('/api/organisation')
      .auth(admin, bearer)
      .send({ ...NOTICE, privacyNoticeVersion: version })
      .expect(200);
  const register = async (event: Event, email: string) =>
    (
      await t.http
        .post(`/api/events/${event.id}/registrations`)
        .send(aRegistrationInput({ email, consents: { processing: true, followUp: true } }))
        .expect(201)
    ).body as Registration;
  const registrationOf = async (event: Event, email: string) => {
    const page = (
      await t.http
        .get(`/api/events/${event.id}/registrations?pageSize=100`)
        .auth(organiser, bearer)
        .expect(200)
    ).body as RegistrationPage;
    const found = page.items.find((item) => item.email === email);
    if (!found) throw new Error(`no registration of ${email}`);
    return found;
  };

  it('records the version in force for each answer; a new version leaves the earlier answers as they were', async () => {
    await setNotice('2031-01');
    const event = await aPublishedEvent(t.http, organiser, { capacity: 10 });
    const early = await register(event, 'early@example.bg');
    expect(versions(early.consents)).toEqual(['2031-01', '2031-01', '2031-01', '2031-01']);
    expect(early.consents.followUp.given).toBe(true);
    const { token: manageToken } = manageLink((await t.mailbox.next('early@example.bg', 0)).text);

    await t.http
      .post(`/api/events/${event.id}/invitations`)
      .auth(organiser, bearer)
      .send({ email: 'guest@example.bg', name: 'Гост Гостенин', role: 'guest' })
      .expect(201);
    const { token: invitationToken } = personalLink((await t.mailbox.next('guest@example.bg', 0)).text);

    await setNotice('2031-02');
    const late = await register(event, 'late@example.bg');
    expect(versions(late.consents)).toEqual(['2031-02', '2031-02', '2031-02', '2031-02']);

    const { email: _email, ...guestForm } = aRegistrationInput();
    await t.http
      .post(`/api/invitations/by-token/${invitationToken}/response`)
      .send({ response: 'accepted', registration: guestForm })
      .expect(200);
    expect(versions((await registrationOf(event, 'guest@example.bg')).consents)).toEqual([
      '2031-02',
      '2031-02',
      '2031-02',
      '2031-02',
    ]);

    // Only the answers that change take the new version and time; the others keep their record.
    const patched = (
      await t.http
        .patch(`/api/registrations/by-token/${manageToken}`)
        .send({ consents: { media: true, followUp: false, publishName: false } })
        .expect(200)
    ).body as Registration;
    expect(patched.consents.media).toMatchObject({ given: true, version: '2031-02' });
    expect(patched.consents.followUp).toMatchObject({ given: false, version: '2031-02' });
    expect(Date.parse(patched.consents.media.at)).toBeGreaterThan(Date.parse(early.consents.media.at));
    expect(patched.consents.processing).toEqual(early.consents.processing);
    expect(patched.consents.publishName).toEqual(early.consents.publishName);
    expect((await registrationOf(event, 'early@example.bg')).consents).toEqual(patched.consents);
  });
});
