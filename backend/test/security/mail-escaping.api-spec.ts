import type { Event } from '@roundtable/contracts';
import ICAL from 'ical.js';
import { aRegistrationInput, anEventInput, present } from '../support/builders';
import { parseInvite } from '../support/calendar';
import { bootAppWithMailbox, type MailTestApp } from '../support/mail-app';
import { bearer } from '../support/registrations';
import type { ReceivedMail } from '../support/test-mailbox';
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

/*
 * Names are what an attacker controls in a mail: the registrant's own, an invitee's, an event's title. Markup in
 * them is text in the HTML, quotes and commas in a display name add no recipient, CR/LF is refused before
 * anything is stored or queued, and the .ics carries each value as one property, folded and escaped, read back
 * by ical.js as typed.
 */
describe('HTML and header injection through names into e-mails and .ics', () => {
  let t: MailTestApp;
  let organiser: string;
  let event: Event;
  const title = `<script>alert("t")</script> "><img src=x onerror=alert(1)> Форум; A,B\\C`;
  const hostile = {
    firstName: '<script>alert(1)</script>',
    lastName: '"><img src=x onerror=alert(2)>',
    organization: 'Acme" <evil@example.org>, Bcc: victim@example.org',
    position: "', Cc: cc@example.org; ATTENDEE:mailto:x@example.org",
  };
  const count = async (table: string) =>
    Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    organiser = await tokenFor(t.http, 'organizer');
    event = (
      await t.http.post('/api/events').auth(organiser, bearer).send(anEventInput({ title })).expect(201)
    ).body as Event;
    await t.http.post(`/api/events/${event.id}/publish`).auth(organiser, bearer).expect(200);
  });
  afterAll(() => t.close());

  function expectNoInjectedMarkup(html: string) {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    expect(html).not.toMatch(/\sonerror=/i);
    expect(html).toContain('&lt;script&gt;');
  }

  function expectOneRecipient(mail: ReceivedMail, address: string) {
    const headers = mail.parsed.headers;
    expect(headers.has('bcc')).toBe(false);
    expect(headers.has('cc')).toBe(false);
    const to = mail.parsed.to;
    const addresses = (Array.isArray(to) ? to : [to]).flatMap((list) => list?.value ?? []);
    expect(addresses.map((entry) => entry.address)).toEqual([address]);
    // Nothing reached the addresses named inside the text.
    for (const other of ['evil@example.org', 'victim@example.org', 'cc@example.org', 'x@example.org']) {
      expect(t.mailbox.to(other)).toEqual([]);
    }
  }

  it('a registrant whose names carry markup and addresses: escaped HTML, one recipient, a clean .ics', async () => {
    const email = 'hostile@example.org';
    await t.http
      .post(`/api/events/${event.id}/registrations`)
      .send(aRegistrationInput({ email, ...hostile }))
      .expect(201);
    const mail = await t.mailbox.next(email, 0);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject).toContain(title);
    expectNoInjectedMarkup(mail.html);
    expectOneRecipient(mail, email);
    expect(mail.parsed.to && !Array.isArray(mail.parsed.to) ? mail.parsed.to.value[0].name : '').toBe(
      `${hostile.firstName} ${hostile.lastName}`,
    );

    const ics = present(mail.calendar, 'the invite').ics;
    const invite = parseInvite(ics);
    expect(invite.attendees.map((attendee) => attendee.email)).toEqual([email]);
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent') as ICAL.Component;
    expect(vevent.getFirstPropertyValue('summary')).toBe(title);
    expect(vevent.getAllProperties('attendee')[0].getParameter('cn')).toBe(
      `${hostile.firstName} ${hostile.lastName}`,
    );
    // RFC 5545: lines of at most 75 octets, CRLF-ended, so nothing typed can start a property of its own.
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('an invitee named like a list of addresses gets the mail alone', async () => {
    const email = 'ana@example.org';
    await t.http
      .post(`/api/events/${event.id}/invitations`)
      .auth(organiser, bearer)
      .send({ email, name: '"Ана" <evil@example.org>, Bcc: victim@example.org', role: 'panelist' })
      .expect(201);
    const mail = await t.mailbox.next(email, 0);
    expectOneRecipient(mail, email);
    expectNoInjectedMarkup(mail.html);
  });

  it('refuses CR/LF with a header in a registrant’s name or organisation, storing and queueing nothing', async () => {
    const before = [await count('registrations'), await count('jobs')];
    for (const field of ['firstName', 'lastName', 'organization', 'position'] as const) {
      const response = await t.http.post(`/api/events/${event.id}/registrations`).send(
        aRegistrationInput({
          email: `crlf-${field}@example.org`,
          [field]: 'Иван\r\nBcc: victim@example.org\r\n\r\n<h1>hi</h1>',
        }),
      );
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect(response.body.errors?.map((error: { field: string }) => error.field)).toContain(field);
    }
    expect([await count('registrations'), await count('jobs')]).toEqual(before);
    expect(t.mailbox.to('victim@example.org')).toEqual([]);
  });
});
