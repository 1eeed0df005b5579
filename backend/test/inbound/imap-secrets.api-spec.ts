import { parseImapUrl } from '../../src/config/config';
import { CapturedLog } from '../support/captured-log';
import { ImapServer } from '../support/imap-server';
import { eventually } from '../support/server-process';
import { bootApp, type TestApp } from '../support/test-app';

const WRONG_PASSWORD = 'Imap-Secret-Guess-4471';

/*
 * The IMAP reader (decision 0032) with a password the server refuses, as after a password change: it says so in
 * the log, keeps trying, and neither its lines nor imapflow's carry the password, plain or URL-encoded.
 */
describe('the IMAP password stays out of the logs', () => {
  const log = new CapturedLog();
  let imap: ImapServer;
  let t: TestApp;

  beforeAll(async () => {
    imap = await ImapServer.start();
    const config = parseImapUrl(imap.url.replace(/:[^:@/]+@/, `:${encodeURIComponent(WRONG_PASSWORD)}@`));
    t = await bootApp({ imap: config && { ...config, pollMs: 500 } }, { logger: log });
  });
  afterAll(async () => {
    await t?.close();
    await imap?.stop();
  });

  it('logs the refused login with host, port and mailbox only', async () => {
    await eventually(
      async () => log.lines.some((line) => line.context === 'Inbound' && line.level === 'warn'),
      15_000,
      'the refused login in the log',
      50,
    );
    const inbound = log.lines.filter((line) => line.context === 'Inbound');
    expect(inbound[0].text).toContain(`127.0.0.1:${imap.port}/INBOX`);
    for (const line of log.lines) {
      expect(line.text).not.toContain(WRONG_PASSWORD);
      expect(line.text).not.toContain(encodeURIComponent(WRONG_PASSWORD));
    }
  });
});
