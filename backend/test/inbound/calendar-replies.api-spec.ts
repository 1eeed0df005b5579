import type { Event, Invitation, Registration, RegistrationListItem } from '@roundtable/contracts';
import type { INestApplication } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { createApp } from '../../src/app.factory';
import { eventUid } from '../../src/calendar/ics';
import { parseImapUrl } from '../../src/config/config';
import { InboundMessageEntity } from '../../src/inbound/inbound-message.entity';
import { JobEntity } from '../../src/jobs/job.entity';
import type { ReceivedMail } from '../support/test-mailbox';
import { ImapServer } from '../support/imap-server';
import { imipFixture } from '../support/imip-fixtures';
import { bootAppWithMailbox, type MailTestApp } from '../support/mail-app';
import { aPublishedEvent, aRegistrationFor, bearer } from '../support/registrations';
import { eventually } from '../support/server-process';
import { tokenFor } from '../support/test-app';

const ORGANIZER = 'events@roundtable.test';
let messages = 0;
const messageId = (client: string) => `reply-${++messages}-${Date.now()}@${client}`;

/**
 * Calendar replies and bounces read from a real Dovecot (decision 0032), by two instances of the app on one
 * database, both reading the one mailbox: every message takes effect once.
 */
describe('calendar replies and bounces read from the ORGANIZER mailbox', () => {
  let imap: ImapServer;
  let t: MailTestApp;
  let second: INestApplication;
  let organiser: string;

  beforeAll(async () => {
    imap = await ImapServer.start();
    const config = parseImapUrl(imap.url);
    t = await bootAppWithMailbox({}, { imap: config && { ...config, pollMs: 500 } });
    second = await createApp(t.config, { logger: false });
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
    await imap?.stop();
  });

  const invite = async (event: Event, email: string, role: 'panelist' | 'guest' = 'panelist') => {
    const response = await t.http
      .post(`/api/events/${event.id}/invitations`)
      .auth(organiser, bearer)
      .send({ email, name: 'Иван Петров', role, ...(role === 'guest' ? { sector: 'ngo' } : {}) })
      .expect(201);
    const invitation = response.body as Invitation;
    await t.mailbox.next(email, 0);
    return invitation;
  };
  const invitationsOf = async (event: Event) =>
    (await t.http.get(`/api/events/${event.id}/invitations`).auth(organiser, bearer).expect(200)).body
      .items as Invitation[];
  const registrationsOf = async (event: Event) =>
    (await t.http.get(`/api/events/${event.id}/registrations`).auth(organiser, bearer).expect(200)).body
      .items as Registration[];
  const inbound = () => t.dataSource.getRepository(InboundMessageEntity).find();
  const recorded = (outcome: string, subjectId: string) =>
    eventually(
      async () => (await inbound()).some((row) => row.outcome === outcome && row.subjectId === subjectId),
      15_000,
      `a message recorded as ${outcome}`,
      50,
    );

  it('an Outlook ACCEPTED (no ORGANIZER, a Windows zone) accepts the invitation once, and asks for the bio', async () => {
    const event = await aPublishedEvent(t.http, organiser);
    const invitation = await invite(event, 'ivan.petrov@example.bg');
    const reply = imipFixture('outlook-accepted', {
      ORGANIZER,
      MESSAGE_ID: messageId('outlook.com'),
      ATTENDEE: 'Ivan.Petrov@example.bg',
      UID: eventUid(event.id, ORGANIZER),
      PARTSTAT: 'ACCEPTED',
    });
    // Delivered twice (a client that sent it again): the second copy changes nothing either.
    await imap.append(reply);
    await imap.append(reply);

    await eventually(
      async () =>
        (await invitationsOf(event)).find((item) => item.id === invitation.id)?.status === 'accepted',
      15_000,
      'the invitation accepted',
      50,
    );
    // The organiser sees the answer, and that it came from the calendar.
    expect((await invitationsOf(event)).find((item) => item.id === invitation.id)).toMatchObject({
      status: 'accepted',
      respondedVia: 'calendar',
    });
    const isFinish = (mail: ReceivedMail) =>
      mail.to === 'ivan.petrov@example.bg' && /^Довършете отговора си/.test(mail.subject);
    await t.mailbox.waitFor((all) => all.some(isFinish), 15_000, 'the e-mail asking for the bio');
    const finish = t.mailbox.messages.filter(isFinish);
    expect(finish).toHaveLength(1);
    expect(finish[0].text).toMatch(/представяне/);
    expect(finish[0].text).toMatch(/\/invitations\/[A-Za-z0-9_-]{40,}/);
    expect(finish[0].calendar).toBeNull();
    const rows = (await inbound()).filter((row) => row.subjectId === invitation.id);
    expect(rows).toEqual([expect.objectContaining({ kind: 'reply', outcome: 'accepted' })]);
    const answers = await t.dataSource
      .getRepository(JobEntity)
      .countBy({ kind: 'invitation-answered', subjectId: invitation.id });
    const confirmations = await t.dataSource
      .getRepository(JobEntity)
      .countBy({ kind: 'invitation-answer', subjectId: invitation.id });
    expect({ answers, confirmations }).toEqual({ answers: 1, confirmations: 1 });
  });

  it("a Gmail DECLINED cancels the registration and promotes the wait list's first", async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 1 });
    const register = (email: string) => aRegistrationFor(t.http, event, email);
    const leaver = await register('maria.ivanova@gmail.example');
    const next = await register('next-in-line@example.bg');
    expect(next.status).toBe('waitlisted');
    await imap.append(
      imipFixture('gmail-declined', {
        ORGANIZER,
        MESSAGE_ID: messageId('mail.gmail.com'),
        ATTENDEE: 'maria.ivanova@gmail.example',
        UID: eventUid(event.id, ORGANIZER),
        PARTSTAT: 'DECLINED',
      }),
    );
    await eventually(
      async () => {
        const items = await registrationsOf(event);
        return (
          items.find((item) => item.id === leaver.id)?.status === 'cancelled' &&
          items.find((item) => item.id === next.id)?.status === 'confirmed'
        );
      },
      15_000,
      'the cancellation and the promotion',
      50,
    );
    await recorded('cancelled', leaver.id);
  });

  it('a REPLY from another address changes nothing, and mail that is neither is left as it was', async () => {
    const event = await aPublishedEvent(t.http, organiser);
    const invitation = await invite(event, 'georgi@icloud.example');
    const newsletterId = messageId('news.example.org');
    const newsletter = await imap.append(imipFixture('newsletter', { ORGANIZER, MESSAGE_ID: newsletterId }));
    const forged = imipFixture('apple-tentative', {
      ORGANIZER,
      MESSAGE_ID: messageId('icloud.com'),
      ATTENDEE: 'georgi@icloud.example',
      UID: eventUid(event.id, ORGANIZER),
      PARTSTAT: 'TENTATIVE',
    })
      .toString()
      .replace(/^From: .*$/m, 'From: Someone Else <someone.else@example.org>');
    await imap.append(Buffer.from(forged));
    await eventually(
      async () => (await inbound()).some((row) => row.outcome === 'not-from-attendee'),
      15_000,
      'the forged reply read',
      50,
    );
    expect((await invitationsOf(event)).find((item) => item.id === invitation.id)?.status).toBe('pending');
    expect(await imap.flags(newsletter)).toEqual([]);
    const newsletterKey = createHash('sha256').update(`<${newsletterId}>`).digest('hex');
    expect((await inbound()).map((row) => row.key)).not.toContain(newsletterKey);
  });

  it('a Postfix DSN marks that delivery bounced, with the reason, for the organiser', async () => {
    const event = await aPublishedEvent(t.http, organiser);
    const invitation = await invite(event, 'nobody@example.bg');
    const sent = t.mailbox.to('nobody@example.bg')[0];
    expect((await invitationsOf(event)).find((item) => item.id === invitation.id)?.delivery?.status).toBe(
      'sent',
    );
    await imap.append(
      imipFixture('postfix-dsn', {
        ORGANIZER,
        MESSAGE_ID: messageId('mail.roundtable.test'),
        RECIPIENT: 'nobody@example.bg',
        ORIGINAL_MESSAGE_ID: sent.messageId.replace(/^<|>$/g, ''),
      }),
    );
    await eventually(
      async () =>
        (await invitationsOf(event)).find((item) => item.id === invitation.id)?.delivery?.status ===
        'bounced',
      15_000,
      'the delivery bounced',
      50,
    );
    const delivery = (await invitationsOf(event)).find((item) => item.id === invitation.id)?.delivery;
    expect(delivery?.lastError).toMatch(/^5\.1\.1 smtp; 550 5\.1\.1 .*User unknown/);
    expect((await inbound()).filter((row) => row.kind === 'dsn')).toHaveLength(1);
  });

  it("a DSN for a registration's confirmation shows on the organiser's row, with the reason", async () => {
    const event = await aPublishedEvent(t.http, organiser);
    const registration = await aRegistrationFor(t.http, event, 'moved.on@example.bg');
    const confirmation = await t.mailbox.next('moved.on@example.bg', 0);
    const rowOf = async () =>
      (await registrationsOf(event)).find((item) => item.id === registration.id) as RegistrationListItem;
    expect((await rowOf()).undelivered).toBeNull();
    await imap.append(
      imipFixture('postfix-dsn', {
        ORGANIZER,
        MESSAGE_ID: messageId('mail.roundtable.test'),
        RECIPIENT: 'moved.on@example.bg',
        ORIGINAL_MESSAGE_ID: confirmation.messageId.replace(/^<|>$/g, ''),
      }),
    );
    await eventually(async () => (await rowOf()).undelivered !== null, 15_000, 'the bounce on the row', 50);
    expect((await rowOf()).undelivered).toEqual({
      status: 'bounced',
      reason: expect.stringMatching(/^5\.1\.1 smtp; 550 5\.1\.1 .*User unknown/),
      at: expect.any(String),
    });
    expect((await rowOf()).status).toBe('confirmed');
  });

  it("a guest's ACCEPTED from Apple Calendar keeps the seat held and sends the link to the registration form", async () => {
    const event = await aPublishedEvent(t.http, organiser);
    const invitation = await invite(event, 'guest@icloud.example', 'guest');
    await imap.append(
      imipFixture('apple-tentative', {
        ORGANIZER,
        MESSAGE_ID: messageId('icloud.com'),
        ATTENDEE: 'guest@icloud.example',
        UID: eventUid(event.id, ORGANIZER),
        PARTSTAT: 'ACCEPTED',
      }),
    );
    const finish = await t.mailbox.next('guest@icloud.example', 1);
    expect(finish.subject).toMatch(/^Довършете отговора си/);
    expect(finish.text).toMatch(/данни за\s+регистрацията/);
    expect((await invitationsOf(event)).find((item) => item.id === invitation.id)?.status).toBe('pending');
    await recorded('finish-mail', invitation.id);
  });

  it('reads on after the IMAP server went away and came back', async () => {
    const event = await aPublishedEvent(t.http, organiser);
    const invitation = await invite(event, 'after-restart@example.bg');
    await imap.restart();
    await imap.append(
      imipFixture('gmail-declined', {
        ORGANIZER,
        MESSAGE_ID: messageId('mail.gmail.com'),
        ATTENDEE: 'after-restart@example.bg',
        UID: eventUid(event.id, ORGANIZER),
        PARTSTAT: 'DECLINED',
      }),
    );
    await recorded('declined', invitation.id);
    expect((await invitationsOf(event)).find((item) => item.id === invitation.id)?.status).toBe('declined');
  });
});
