import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { ImapFlow } from 'imapflow';
import { InjectConfig } from '../common/config.token';
import type { AppConfig, ImapConfig } from '../config/config';
import { InboundProcessor } from './inbound-processor';

/** How far back the first look at the mailbox reaches (each instance, at each start). */
const FIRST_SCAN_DAYS = 30;
/** Fetched at once: bodies are kept in memory until the batch is processed. */
const BATCH = 50;
const RECONNECT_MIN_MS = 1_000;
const RECONNECT_MAX_MS = 60_000;

/**
 * Reads the ORGANIZER mailbox (IMAP_URL) for calendar replies and bounces (decision 0032). One connection per
 * instance, the mailbox selected read-only in spirit: messages are fetched with BODY.PEEK (no \Seen), and never
 * flagged, moved or deleted. News arrives by IDLE where the server offers it (imapflow idles by itself between
 * commands) and by NOOP polling where not; besides, the mailbox is looked at every `pollMs`. A dropped
 * connection is opened again with back-off. The password is never logged: only host, port and mailbox.
 */
@Injectable()
export class InboundMailbox implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Inbound');
  private stopped = false;
  private client: ImapFlow | null = null;
  private running: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  /** An EXISTS came while a scan was running: the next pause ends at once. */
  private news = false;
  /** The highest UID looked at, per UIDVALIDITY: a later scan fetches only what came after it. */
  private seen: { validity: bigint; uid: number } | null = null;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly processor: InboundProcessor,
  ) {}

  onApplicationBootstrap(): void {
    const imap = this.config.imap;
    if (!imap) return;
    this.running = this.run(imap);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.client?.logout().catch(() => undefined);
    this.client?.close();
    await this.running;
  }

  private async run(imap: ImapConfig): Promise<void> {
    let delay = RECONNECT_MIN_MS;
    while (!this.stopped) {
      const started = Date.now();
      try {
        await this.session(imap);
      } catch (error) {
        if (this.stopped) break;
        this.logger.warn(`IMAP ${imap.host}:${imap.port}/${imap.mailbox}: ${messageOf(error)}`);
      }
      if (this.stopped) break;
      // A session that lasted a while earned a quick reconnect; one that failed at once backs off.
      if (Date.now() - started > RECONNECT_MAX_MS) delay = RECONNECT_MIN_MS;
      this.news = false;
      await this.pause(delay);
      delay = Math.min(delay * 2, RECONNECT_MAX_MS);
    }
  }

  private async session(imap: ImapConfig): Promise<void> {
    // Loaded only where IMAP_URL is set: imapflow and its logger take ~0.1-0.2 s to load, a start-up every
    // instance without a mailbox would pay (decision 0031's cold start).
    const { ImapFlow } = await import('imapflow');
    const client = new ImapFlow({
      host: imap.host,
      port: imap.port,
      secure: imap.secure,
      auth: { user: imap.user, pass: imap.password },
      logger: false,
      autoIdleDelay: 1_000,
      maxIdleTime: imap.pollMs,
      missingIdleCommand: 'NOOP',
    });
    this.client = client;
    const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    client.on('error', (error: unknown) => this.logger.warn(`IMAP connection: ${messageOf(error)}`));
    client.on('exists', () => {
      this.news = true;
      this.wake?.();
    });
    await client.connect();
    const lock = await client.getMailboxLock(imap.mailbox);
    try {
      this.logger.log(`reading ${imap.host}:${imap.port}/${imap.mailbox}`);
      while (!this.stopped && client.usable) {
        this.news = false;
        await this.scan(client);
        await Promise.race([this.pause(imap.pollMs), closed]);
      }
    } finally {
      lock.release();
      this.client = null;
      if (client.usable) await client.logout().catch(() => undefined);
      client.close();
    }
  }

  /** Looks at what came since the last scan; collects the messages first, then acts (STACK.md's pitfall). */
  private async scan(client: ImapFlow): Promise<void> {
    const mailbox = client.mailbox;
    if (!mailbox) return;
    if (this.seen?.validity !== mailbox.uidValidity) this.seen = null;
    const uids = this.seen
      ? await client.search({ uid: `${this.seen.uid + 1}:*` }, { uid: true })
      : await client.search({ since: new Date(Date.now() - FIRST_SCAN_DAYS * 86_400_000) }, { uid: true });
    const fresh = (uids || []).filter((uid) => !this.seen || uid > this.seen.uid).sort((a, b) => a - b);
    for (let start = 0; start < fresh.length; start += BATCH) {
      const batch = fresh.slice(start, start + BATCH);
      const messages = await client.fetchAll(batch, { uid: true, source: true }, { uid: true });
      for (const message of messages) {
        // Not applied (the database away): looked at again from this message on, at the next scan.
        if (message.source && !(await this.apply(message.uid, message.source))) return;
        this.seen = { validity: mailbox.uidValidity, uid: Math.max(this.seen?.uid ?? 0, message.uid) };
      }
    }
    if (!this.seen) this.seen = { validity: mailbox.uidValidity, uid: (mailbox.uidNext ?? 1) - 1 };
  }

  private async apply(uid: number, source: Buffer): Promise<boolean> {
    try {
      const outcome = await this.processor.process(source);
      if (outcome && outcome !== 'seen') this.logger.log(`message ${uid}: ${outcome}`);
      return true;
    } catch (error) {
      this.logger.warn(`message ${uid} not processed: ${messageOf(error)}`);
      return false;
    }
  }

  /** Waits `ms`, or less when news arrives (an EXISTS) or the app stops. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        if (this.wake === done) this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
      if (this.news || this.stopped) done();
    });
  }
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/(\/\/[^:/@]*:)[^@]*@/g, '$1***@');
}
