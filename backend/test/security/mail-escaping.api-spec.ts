import type { Event } from '@roundtable/contracts';
import { anEventInput } from '../support/builders';
import { bootAppWithMailbox, type MailTestApp } from '../support/mail-app';
import { tokenFor } from '../support/test-app';

describe('what people typed reaches a mail as written, escaped only in HTML', () => {
  let t: MailTestApp;
  let organiser: string;
  const auth = () => ({ type: 'bearer' as const });
  const title = `R&D <b>"Q1"</b> 'план'`;

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  it('the subject and the plain text carry R&D; the HTML carries R&amp;D and no markup of ours', async () => {
    const event = (
      await t.http.post('/api/events').auth(organiser, auth()).send(anEventInput({ title })).expect(201)
    ).body as Event;
    await t.http.post(`/api/events/${event.id}/publish`).auth(organiser, auth()).expect(200);
    await t.http
      .post(`/api/events/${event.id}/invitations`)
      .auth(organiser, auth())
      .send({ email: 'ana@example.org', name: 'Ана & <Бо>', role: 'panelist' })
      .expect(201);

    const mail = await t.mailbox.next('ana@example.org', 0);

    expect(mail.subject).toBe(`Покана: ${title}`);
    expect(mail.text).toContain(title);
    expect(mail.text).toContain('Ана & <Бо>');
    expect(mail.text).not.toContain('&amp;');
    expect(mail.html).toContain('R&amp;D &lt;b&gt;');
    expect(mail.html).toContain('Ана &amp; &lt;Бо&gt;');
    expect(mail.html).not.toContain('<b>"Q1"</b>');
  });
});
