import { createHash } from 'node:crypto';
import { imipFixture, type FixtureValues } from '../../test/support/imip-fixtures';
import { readInbound } from './inbound-reading';

const base: FixtureValues = {
  ORGANIZER: 'events@roundtable.test',
  MESSAGE_ID: 'reply-1@client.example',
  ATTENDEE: 'Ivan.Petrov@Example.BG',
  UID: 'event-0b9c1c52-5d1e-4c39-9a51-7d1b0e6c2f11@roundtable.test',
};

describe('reading the ORGANIZER mailbox', () => {
  it('reads an Outlook REPLY without ORGANIZER, with a Windows zone name, base64-encoded', async () => {
    const raw = imipFixture('outlook-accepted', { ...base, PARTSTAT: 'ACCEPTED' });
    expect(raw.toString()).not.toContain('ORGANIZER');
    expect(await readInbound(raw)).toEqual({
      kind: 'reply',
      key: createHash('sha256').update('<reply-1@client.example>').digest('hex'),
      from: 'ivan.petrov@example.bg',
      uid: base.UID,
      partstat: 'ACCEPTED',
    });
  });

  it("reads Gmail's REPLY (a folded ATTENDEE in Cyrillic, the .ics twice) and Apple's (quoted-printable, quoted parameters)", async () => {
    const gmail = await readInbound(imipFixture('gmail-declined', { ...base, PARTSTAT: 'DECLINED' }));
    expect(gmail).toMatchObject({ kind: 'reply', uid: base.UID, partstat: 'DECLINED' });
    const apple = await readInbound(imipFixture('apple-tentative', { ...base, PARTSTAT: 'TENTATIVE' }));
    expect(apple).toMatchObject({ kind: 'reply', uid: base.UID, partstat: 'TENTATIVE' });
  });

  it('gives no answer when the REPLY names someone other than its sender', async () => {
    const raw = imipFixture('outlook-accepted', { ...base, PARTSTAT: 'ACCEPTED' })
      .toString()
      .replace(/^From: .*$/m, 'From: Someone Else <someone@example.org>');
    expect(await readInbound(Buffer.from(raw))).toMatchObject({
      from: 'someone@example.org',
      partstat: null,
    });
  });

  it('reads a Postfix bounce: the returned message, the failed recipient, Status and Diagnostic-Code', async () => {
    const values = {
      ...base,
      MESSAGE_ID: 'dsn-1@mail.roundtable.test',
      RECIPIENT: 'Nobody@Example.BG',
      ORIGINAL_MESSAGE_ID: '8a1c7e0e-1111-4222-8333-944445555666@roundtable.test',
    };
    const expected = {
      kind: 'dsn',
      originalMessageId: values.ORIGINAL_MESSAGE_ID,
      failed: [
        {
          email: 'nobody@example.bg',
          reason:
            '5.1.1 smtp; 550 5.1.1 <Nobody@Example.BG>: Recipient address rejected: User unknown in virtual mailbox table',
        },
      ],
    };
    expect(await readInbound(imipFixture('postfix-dsn', values))).toMatchObject(expected);
    // With only the returned message's headers (Postfix's choice for a large message).
    const headersOnly = imipFixture('postfix-dsn', values)
      .toString()
      .replace('Content-Type: message/rfc822', 'Content-Type: text/rfc822-headers');
    expect(await readInbound(Buffer.from(headersOnly))).toMatchObject(expected);
  });

  it('does not count a delayed delivery as a bounce', async () => {
    const raw = imipFixture('postfix-dsn', {
      ...base,
      RECIPIENT: 'slow@example.bg',
      ORIGINAL_MESSAGE_ID: 'x@roundtable.test',
    })
      .toString()
      .replace('Action: failed', 'Action: delayed')
      .replace('Status: 5.1.1', 'Status: 4.4.1');
    expect(await readInbound(Buffer.from(raw))).toMatchObject({ kind: 'dsn', failed: [] });
  });

  it('leaves everything else alone: a newsletter, a REQUEST', async () => {
    expect(await readInbound(imipFixture('newsletter', base))).toBeNull();
    const request = imipFixture('apple-tentative', { ...base, PARTSTAT: 'TENTATIVE' })
      .toString()
      .replace(/METHOD:REPLY/g, 'METHOD:REQUEST')
      .replace(/method=REPLY/g, 'method=REQUEST');
    expect(await readInbound(Buffer.from(request))).toBeNull();
  });
});
