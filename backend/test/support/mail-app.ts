import { DEFAULT_MAIL_TUNING, type AppConfig, type MailTuning } from '../../src/config/config';
import { bootApp, type TestApp } from './test-app';
import { TestMailbox } from './test-mailbox';

/** Quick retries so an outage of a second or two is over within the test. */
export const FAST_MAIL: MailTuning = {
  ...DEFAULT_MAIL_TUNING,
  pollIntervalMs: 50,
  backoffBaseMs: 50,
  backoffCapMs: 400,
  leaseMs: 5_000,
};

export interface MailTestApp extends TestApp {
  mailbox: TestMailbox;
}

/** The real app sending to a real SMTP server in this process. */
export async function bootAppWithMailbox(
  mail: Partial<MailTuning> = {},
  overrides: Partial<AppConfig> = {},
): Promise<MailTestApp> {
  const mailbox = await TestMailbox.start();
  const app = await bootApp({ ...overrides, smtpUrl: mailbox.url, mail: { ...FAST_MAIL, ...mail } });
  return {
    ...app,
    mailbox,
    close: async () => {
      await app.close();
      await mailbox.stop();
    },
  };
}

/** The personal link in a message, and the token in it. */
export function personalLink(text: string): { url: string; token: string } {
  const match = /https?:\/\/\S+\/invitations\/([A-Za-z0-9_-]{40,})\S*/.exec(text);
  if (!match) throw new Error(`no personal invitation link in:\n${text}`);
  return { url: match[0], token: match[1] };
}
