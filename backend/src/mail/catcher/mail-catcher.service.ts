import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { simpleParser } from 'mailparser';
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { InjectConfig } from '../../common/config.token';
import type { AppConfig } from '../../config/config';
import { MailTransport } from '../mail-transport';

export interface CaughtMail {
  id: string;
  receivedAt: string;
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** METHOD of the text/calendar part, if any. */
  calendarMethod: string | null;
  calendar: string | null;
  messageId: string;
}

const KEEP = 500;

/**
 * `npm start` catches all mail locally: an SMTP server inside the process, the messages kept under
 * data/mail (so a restart keeps them) and shown at /api/dev/mailbox. Never part of a production start.
 */
@Injectable()
export class MailCatcher implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('MailCatcher');
  private readonly messages: CaughtMail[] = [];
  private readonly dir: string;
  private server: SMTPServer | null = null;

  constructor(
    @InjectConfig() config: AppConfig,
    private readonly transport: MailTransport,
  ) {
    this.dir = join(dirname(config.storageDir), 'mail');
  }

  async onModuleInit(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const file of (await readdir(this.dir))
      .filter((name) => name.endsWith('.eml'))
      .sort()
      .slice(-KEEP)) {
      const [receivedAt, id] = file.replace(/\.eml$/, '').split('_');
      this.messages.push(
        await parse(await readFile(join(this.dir, file), 'utf8'), id, new Date(Number(receivedAt))),
      );
    }
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // On shutdown, the app's own pooled connections may still be open: do not wait 30 s for them to leave.
      closeTimeout: 500,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          this.store(
            Buffer.concat(chunks).toString('utf8'),
            session.envelope.rcptTo.map((rcpt) => rcpt.address),
          )
            .then(() => callback())
            .catch(callback);
        });
      },
    });
    // A connection that breaks mid-message is reported as an 'error' on the server; unheard, it would end the app.
    this.server.on('error', (error: Error) =>
      this.logger.warn(`A sender's connection failed: ${error.message}`),
    );
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const url = this.url as string;
    this.transport.useSmtpUrl(url);
    this.logger.log(`Catching all mail on ${url}`);
  }

  async onModuleDestroy(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Where the catcher listens (the app's own transport is already pointed at it). */
  get url(): string | null {
    const address = this.server?.server.address() as AddressInfo | null | undefined;
    return address ? `smtp://127.0.0.1:${address.port}` : null;
  }

  list(): CaughtMail[] {
    return [...this.messages].reverse();
  }

  get(id: string): CaughtMail | undefined {
    return this.messages.find((mail) => mail.id === id);
  }

  private async store(raw: string, recipients: string[]): Promise<void> {
    const id = randomUUID();
    const receivedAt = new Date();
    await writeFile(join(this.dir, `${receivedAt.getTime()}_${id}.eml`), raw);
    const mail = await parse(raw, id, receivedAt);
    this.messages.push({ ...mail, to: recipients });
    if (this.messages.length > KEEP) this.messages.shift();
  }
}

async function parse(raw: string, id: string, receivedAt: Date): Promise<CaughtMail> {
  const parsed = await simpleParser(raw);
  const calendar = /Content-Type: text\/calendar;[^\r\n]*method=(\w+)/i.exec(raw);
  const ics = parsed.attachments.find((attachment) => attachment.contentType === 'text/calendar');
  const to = Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : [];
  const from = Array.isArray(parsed.from) ? parsed.from[0] : parsed.from;
  return {
    id,
    receivedAt: receivedAt.toISOString(),
    to: to.flatMap((address) => address.value.map((value) => value.address ?? '')),
    from: from?.text ?? '',
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : '',
    calendarMethod: calendar?.[1]?.toUpperCase() ?? null,
    calendar: ics ? ics.content.toString('utf8') : null,
    messageId: parsed.messageId ?? '',
  };
}
