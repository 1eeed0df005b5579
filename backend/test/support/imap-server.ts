import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { eventually, freePort } from './server-process';

const USER = 'events@roundtable.test';
const PASSWORD = 'imap-password-1';

/**
 * A real IMAP server of a spec's own: Debian's Dovecot (`dovecot-imapd`, installed by `.ci/run`), started in
 * the foreground on 127.0.0.1 and a free port with a configuration, a passwd-file and a maildir in a temporary
 * folder. Run as root (here and in CI), Dovecot keeps its login processes and mail as its own unprivileged
 * users (`dovenull`, `dovecot`), which the package creates; run as anyone else, everything is that user's.
 * Messages are put in with imapflow's APPEND, as a mail server would deliver them.
 */
export class ImapServer {
  private log = '';

  private child: ChildProcess | null = null;

  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  /** The IMAP_URL of the mailbox the app reads. */
  get url(): string {
    return `imap://${encodeURIComponent(USER)}:${PASSWORD}@127.0.0.1:${this.port}/INBOX`;
  }

  static async start(): Promise<ImapServer> {
    const dir = mkdtempSync(join(tmpdir(), 'rt-imap-'));
    // Dovecot's unprivileged processes must reach their sockets and the mail below this folder.
    chmodSync(dir, 0o755);
    const root = userInfo().uid === 0;
    const mail = join(dir, 'mail');
    mkdirSync(join(dir, 'run'));
    mkdirSync(join(dir, 'state'));
    mkdirSync(mail);
    const mailUser = root ? 'dovecot' : userInfo().username;
    if (root) chownSync(mail, uidOf('dovecot'), gidOf('dovecot'));
    writeFileSync(join(dir, 'passwd'), `${USER}:{PLAIN}${PASSWORD}\n`);
    const port = await freePort();
    writeFileSync(
      join(dir, 'dovecot.conf'),
      [
        'protocols = imap',
        'listen = 127.0.0.1',
        `base_dir = ${join(dir, 'run')}`,
        `state_dir = ${join(dir, 'state')}`,
        'log_path = /dev/stderr',
        'ssl = no',
        'disable_plaintext_auth = no',
        'auth_mechanisms = plain login',
        // Dovecot's own user has a system uid (below 500 on Debian).
        'first_valid_uid = 1',
        `default_internal_user = ${root ? 'dovecot' : mailUser}`,
        `default_internal_group = ${root ? 'dovecot' : groupOf()}`,
        `default_login_user = ${root ? 'dovenull' : mailUser}`,
        'passdb {',
        '  driver = passwd-file',
        `  args = scheme=PLAIN username_format=%u ${join(dir, 'passwd')}`,
        '}',
        'userdb {',
        '  driver = static',
        `  args = uid=${mailUser} gid=${root ? 'dovecot' : groupOf()} home=${mail}/%u`,
        '}',
        'mail_location = maildir:~/Maildir',
        'service imap-login {',
        '  inet_listener imap {',
        '    address = 127.0.0.1',
        `    port = ${port}`,
        '  }',
        '  inet_listener imaps {',
        '    port = 0',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    const server = new ImapServer(dir, port);
    try {
      await server.launch();
    } catch (error) {
      await server.stop();
      throw error;
    }
    return server;
  }

  /** Stops Dovecot (every connection is cut) and starts it again on the same port and mail. */
  async restart(): Promise<void> {
    await this.halt();
    await this.launch();
  }

  private async launch(): Promise<void> {
    const child = spawn('/usr/sbin/dovecot', ['-F', '-c', join(this.dir, 'dovecot.conf')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.child = child;
    this.log = '';
    child.stderr?.on('data', (chunk) => (this.log += chunk));
    try {
      await eventually(
        async () => {
          if (child.exitCode !== null) throw new Error(`Dovecot exited:\n${this.log}`);
          return this.withClient(async () => true).catch(() => false);
        },
        15_000,
        'Dovecot to take logins',
        50,
      );
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${this.log}`);
    }
  }

  /** Delivers a message to INBOX; returns its UID. */
  async append(raw: Buffer): Promise<number> {
    return this.withClient(async (client) => {
      const appended = await client.append('INBOX', raw);
      if (!appended || !appended.uid) throw new Error('APPEND gave no UID');
      return appended.uid;
    });
  }

  /** The flags of one message, and whether it is still in INBOX. */
  async flags(uid: number): Promise<string[] | null> {
    return this.withClient(async (client) => {
      const lock = await client.getMailboxLock('INBOX', { readOnly: true });
      try {
        const message = await client.fetchOne(String(uid), { flags: true }, { uid: true });
        return message ? [...(message.flags ?? [])] : null;
      } finally {
        lock.release();
      }
    });
  }

  async stop(): Promise<void> {
    await this.halt();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async halt(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }

  private async withClient<T>(work: (client: ImapFlow) => Promise<T>): Promise<T> {
    const client = new ImapFlow({
      host: '127.0.0.1',
      port: this.port,
      secure: false,
      auth: { user: USER, pass: PASSWORD },
      logger: false,
    });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.logout().catch(() => undefined);
    }
  }
}

function uidOf(user: string): number {
  return Number(idOf('-u', user));
}

function gidOf(user: string): number {
  return Number(idOf('-g', user));
}

function groupOf(): string {
  return idOf('-gn');
}

function idOf(...args: string[]): string {
  return execFileSync('id', args).toString().trim();
}
