import type { Event, Organisation, OrganisationInput, PublicOrganisation } from '@roundtable/contracts';
import sharp from 'sharp';
import { anEventInput } from './support/builders';
import { bootAppWithMailbox, type MailTestApp } from './support/mail-app';
import { tokenFor } from './support/test-app';

const FOUNDATION: OrganisationInput = {
  nameBg: 'Фондация „За Нашите Деца“',
  nameEn: 'For Our Children Foundation',
  address: 'кв. Сердика, ул. „Гюешево“ 21, 1303 София',
  contactEmail: 'office@example.org',
  privacyNoticeBg: 'Обработваме личните Ви данни,\nза да организираме събитието.',
  privacyNoticeEn: 'We process your personal data\nto organise the event.',
  privacyNoticeVersion: '2026-12',
};

describe('the organisation Roundtable speaks for', () => {
  let t: MailTestApp;
  let admin: string;
  let organiser: string;
  const auth = { type: 'bearer' as const };

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    admin = await tokenFor(t.http, 'admin');
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  it("starts as MAIL_FROM's name and is changed by an admin only", async () => {
    const before = (await t.http.get('/api/organisation/public').expect(200)).body as PublicOrganisation;
    expect(before.name).toEqual({ bg: 'Roundtable', en: 'Roundtable' });
    await t.http.put('/api/organisation').auth(organiser, auth).send(FOUNDATION).expect(403);
    await t.http.put('/api/organisation').send(FOUNDATION).expect(401);

    const saved = (await t.http.put('/api/organisation').auth(admin, auth).send(FOUNDATION).expect(200))
      .body as Organisation;
    expect(saved).toMatchObject({ ...FOUNDATION, logoUrl: null });
    const shown = (await t.http.get('/api/organisation/public').expect(200)).body as PublicOrganisation;
    expect(shown).toEqual({
      name: { bg: FOUNDATION.nameBg, en: FOUNDATION.nameEn },
      logoUrl: null,
      address: FOUNDATION.address,
      contactEmail: FOUNDATION.contactEmail,
      privacyNotice: { bg: FOUNDATION.privacyNoticeBg, en: FOUNDATION.privacyNoticeEn, version: '2026-12' },
    });
  });

  it('refuses a bad contact e-mail, an empty name and a control character, field by field', async () => {
    const refused = await t.http
      .put('/api/organisation')
      .auth(admin, auth)
      .send({ ...FOUNDATION, contactEmail: 'not-an-address', nameEn: '', address: 'a\u0007b' })
      .expect(400);
    const fields = (refused.body.errors as { field: string }[]).map((error) => error.field).sort();
    expect(fields).toEqual(['address', 'contactEmail', 'nameEn']);
  });

  it("signs every e-mail with the organisation's name in the recipient's language", async () => {
    await t.http.put('/api/organisation').auth(admin, auth).send(FOUNDATION).expect(200);
    const event = (await t.http.post('/api/events').auth(organiser, auth).send(anEventInput()).expect(201))
      .body as Event;
    for (const [email, language] of [
      ['bg-reader@example.org', 'bg'],
      ['en-reader@example.org', 'en'],
    ] as const) {
      await t.http
        .post(`/api/events/${event.id}/invitations`)
        .auth(organiser, auth)
        .send({ email, name: 'Читател', role: 'panelist', language })
        .expect(201);
    }
    const bg = await t.mailbox.next('bg-reader@example.org', 0);
    const en = await t.mailbox.next('en-reader@example.org', 0);
    expect(bg.text).toContain(FOUNDATION.nameBg);
    expect(en.text).toContain(FOUNDATION.nameEn);
    expect(en.text).not.toContain('Roundtable invites');
  });

  it('keeps a logo only as re-encoded, and refuses what is not an image', async () => {
    const upload = await sharp({
      create: { width: 1200, height: 600, channels: 4, background: { r: 30, g: 90, b: 140, alpha: 0.5 } },
    })
      .png()
      .withMetadata({ exif: { IFD0: { Make: 'TellTaleCamera' } } })
      .toBuffer();
    expect(upload.includes(Buffer.from('TellTaleCamera'))).toBe(true);
    const saved = (
      await t.http
        .post('/api/organisation/logo')
        .auth(admin, auth)
        .attach('logo', upload, 'logo.png')
        .expect(200)
    ).body as Organisation;
    expect(saved.logoUrl).toMatch(/^http:\/\/roundtable\.test\/api\/organisation\/logo\?v=\d+$/);

    const served = await t.http
      .get('/api/organisation/logo')
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const bytes = served.body as Buffer;
    expect(served.headers['content-type']).toBe('image/png');
    expect(bytes.includes(Buffer.from('TellTaleCamera'))).toBe(false);
    expect(await sharp(bytes).metadata()).toMatchObject({
      format: 'png',
      width: 512,
      height: 256,
      hasAlpha: true,
    });

    for (const bad of [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), Buffer.from('png?')]) {
      const refused = await t.http
        .post('/api/organisation/logo')
        .auth(admin, auth)
        .attach('logo', bad, 'logo.png')
        .expect(400);
      expect(refused.body).toMatchObject({ code: 'INVALID_LOGO' });
    }
    await t.http
      .post('/api/organisation/logo')
      .auth(organiser, auth)
      .attach('logo', upload, 'x.png')
      .expect(403);
  });
});
