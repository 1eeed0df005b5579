import { simpleParser, type ParsedMail } from 'mailparser';
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** The whole message as it came over the wire. */
  raw: string;
  /** The text/calendar alternative (iMIP), with the Content-Type header it came with. */
  calendar: { contentType: string; ics: string } | null;
  parsed: ParsedMail;
}

/**
 * A real SMTP server in the test process. The app sends to it over TCP like to any mail server; tests read
 * what arrived, parsed by mailparser. It can go down (connections refused) and come back on the same port.
 */
export class TestMailbox {
  readonly messages: ReceivedMail[] = [];
  /** Addresses the server answers `550 5.1.1 User unknown` at RCPT TO, as a real server does a stale one. */
  readonly unknownUsers = new Set<string>();
  private readonly arrivals = new EventEmitter();
  private server: SMTPServer;
  private port = 0;

  private constructor() {
    this.server = this.newServer();
  }

  static async start(): Promise<TestMailbox> {
    const mailbox = new TestMailbox();
    await mailbox.listen(0);
    return mailbox;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Messages to one address, oldest first. */
  to(address: string): ReceivedMail[] {
    return this.messages.filter((mail) => mail.to.toLowerCase() === address.toLowerCase());
  }

  /** Waits until `predicate` holds over everything received, without polling or sleeping. */
  async waitFor(
    predicate: (messages: ReceivedMail[]) => boolean,
    timeoutMs = 15_000,
    what = 'mail',
  ): Promise<ReceivedMail[]> {
    if (predicate(this.messages)) return this.messages;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.arrivals.off('mail', check);
        reject(
          new Error(
            `timed out after ${timeoutMs} ms waiting for ${what}; received ${this.messages.length} messages`,
          ),
        );
      }, timeoutMs);
      const check = () => {
        if (!predicate(this.messages)) return;
        clearTimeout(timer);
        this.arrivals.off('mail', check);
        resolve(this.messages);
      };
      this.arrivals.on('mail', check);
    });
  }

  /** Waits for the next message to `address` beyond the `already` it had. */
  async next(address: string, already = this.to(address).length, timeoutMs = 15_000): Promise<ReceivedMail> {
    await this.waitFor(
      (all) => all.filter((m) => m.to.toLowerCase() === address.toLowerCase()).length > already,
      timeoutMs,
      `mail to ${address}`,
    );
    return this.to(address)[already];
  }

  /** The server goes away: new connections are refused and open ones are cut. */
  async goDown(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  async comeUp(): Promise<void> {
    this.server = this.newServer();
    await this.listen(this.port);
  }

  async stop(): Promise<void> {
    await this.goDown();
  }

  clear(): void {
    this.messages.length = 0;
  }

  private newServer(): SMTPServer {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 50,
      size: 25 * 1024 * 1024,
      onRcptTo: (address, _session, callback) => {
        if (!this.unknownUsers.has(address.address.toLowerCase())) return callback();
        callback(Object.assign(new Error('5.1.1 User unknown'), { responseCode: 550 }));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          simpleParser(raw)
            .then((parsed) => {
              for (const to of recipients) this.messages.push(toReceived(parsed, raw, to));
              this.arrivals.emit('mail');
              callback();
            })
            .catch(callback);
        });
      },
    });
    // A sender killed mid-message (the crash specs do exactly that) resets its connection, and smtp-server
    // reports it as an 'error' event on the server: unheard, Node would throw it and fail the whole suite.
    server.on('error', () => undefined);
    return server;
  }

  private listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.port = (this.server.server.address() as AddressInfo).port;
        resolve();
      });
    });
  }
}

function toReceived(parsed: ParsedMail, raw: string, to: string): ReceivedMail {
  const from = Array.isArray(parsed.from) ? parsed.from[0] : parsed.from;
  return {
    to,
    from: from?.value[0]?.address ?? '',
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : '',
    messageId: parsed.messageId ?? '',
    raw,
    calendar: calendarPart(raw),
    parsed,
  };
}

/** Finds the text/calendar MIME part and decodes it, keeping its Content-Type header for the method= check. */
function calendarPart(raw: string): ReceivedMail['calendar'] {
  const match =
    /Content-Type: (text\/calendar[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)\r?\n((?:[^\r\n]+\r?\n)*?)\r?\n([\s\S]*?)\r?\n--/i.exec(
      raw,
    );
  if (!match) return null;
  const contentType = match[1].replace(/\r?\n[ \t]+/g, ' ');
  const headers = match[2];
  let body = match[3];
  if (/Content-Transfer-Encoding: base64/i.test(headers))
    body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  else if (/Content-Transfer-Encoding: quoted-printable/i.test(headers)) body = decodeQuotedPrintable(body);
  return { contentType, ics: body };
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** The calendar part of a message, failing the test clearly when there is none. */
export function calendarOf(mail: ReceivedMail): { contentType: string; ics: string } {
  if (!mail.calendar) throw new Error(`expected a text/calendar part in "${mail.subject}" to ${mail.to}`);
  return mail.calendar;
}
