import type { Event, Invitation } from '@roundtable/contracts';
import sharp from 'sharp';
import { anEventInput } from './support/builders';
import { bootAppWithMailbox, personalLink, type MailTestApp } from './support/mail-app';
import { tokenFor } from './support/test-app';

describe('what a personal invitation link shows, and to whom', () => {
  let t: MailTestApp;
  let organiser: string;
  let event: Event;
  const auth = () => ({ type: 'bearer' as const });
  const invite = async (email: string): Promise<{ invitation: Invitation; token: string }> => {
    const invitation = (
      await t.http
        .post(`/api/events/${event.id}/invitations`)
        .auth(organiser, auth())
        .send({ email, name: 'Поканен Човек', role: 'panelist' })
        .expect(201)
    ).body as Invitation;
    return { invitation, token: personalLink((await t.mailbox.next(email, 0)).text).token };
  };

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    organiser = await tokenFor(t.http, 'organizer');
    event = (await t.http.post('/api/events').auth(organiser, auth()).send(anEventInput()).expect(201)).body;
    await t.http.post(`/api/events/${event.id}/publish`).auth(organiser, auth()).expect(200);
  });
  afterAll(() => t.close());

  it('a new invitation has no photo', async () => {
    const { invitation, token } = await invite('new@example.org');
    expect(invitation.hasPhoto).toBe(false);
    expect(
      (await t.http.get(`/api/invitations/by-token/${token}`).expect(200)).body.invitation.hasPhoto,
    ).toBe(false);
  });

  it('once withdrawn, the link says so and tells nothing of the event as it is now', async () => {
    const { invitation, token } = await invite('withdrawn@example.org');
    await t.http.post(`/api/invitations/${invitation.id}/revoke`).auth(organiser, auth()).expect(200);
    const moved = { name: 'Тайна зала', address: 'ул. Нова 1', city: 'Пловдив' };
    await t.http
      .patch(`/api/events/${event.id}`)
      .auth(organiser, auth())
      .send({ venue: moved, onlineUrl: 'https://meet.example.org/secret-room' })
      .expect(200);

    const answer = await t.http.get(`/api/invitations/by-token/${token}`).expect(410);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({ status: 410, code: 'INVITATION_REVOKED' });
    expect(Object.keys(answer.body).sort()).toEqual(['code', 'detail', 'status', 'title', 'type']);
    const text = JSON.stringify(answer.body);
    for (const secret of [event.id, event.title, moved.name, moved.city, 'secret-room', 'Поканен Човек']) {
      expect(text).not.toContain(secret);
    }
    await t.http
      .post(`/api/invitations/by-token/${token}/response`)
      .send({ response: 'accepted' })
      .expect(409);
  });

  it('a photo is re-encoded: no EXIF or GPS position is served, and it still decodes', async () => {
    const { invitation, token } = await invite('photo@example.org');
    await t.http
      .post(`/api/invitations/by-token/${token}/response`)
      .send({ response: 'accepted' })
      .expect(200);
    await t.http
      .put(`/api/invitations/by-token/${token}/profile`)
      .send({ publishName: true, publishPhoto: true })
      .expect(200);
    const upload = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#3366cc' } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'TellTaleCamera' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '42/1 41/1 51/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '23/1 19/1 25/1',
        },
      })
      .toBuffer();
    expect((await sharp(upload).metadata()).exif).toBeDefined();

    const saved = await t.http
      .post(`/api/invitations/by-token/${token}/photo`)
      .attach('photo', upload, 'me.jpg')
      .expect(200);
    expect(saved.body.hasPhoto).toBe(true);

    const served = await t.http
      .get(`/api/invitations/${invitation.id}/photo`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const bytes = served.body as Buffer;
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(bytes.equals(upload)).toBe(false);
    expect(bytes.includes(Buffer.from('Exif\0\0'))).toBe(false);
    expect(bytes.includes(Buffer.from('TellTaleCamera'))).toBe(false);
    const metadata = await sharp(bytes).metadata();
    expect(metadata).toMatchObject({ format: 'jpeg', width: 1024, height: 768 });
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
  });
});
