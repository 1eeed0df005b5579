import { expect, type APIRequestContext } from '@playwright/test';

export interface CaughtMail {
  id: string;
  to: string[];
  subject: string;
  text: string;
  calendarMethod: string | null;
  calendar: string | null;
}

/** The demo mail catcher of the server under test: every e-mail it sent, as a person would open them. */
export class Mailbox {
  constructor(private readonly request: APIRequestContext) {}

  async all(): Promise<CaughtMail[]> {
    const response = await this.request.get('/api/dev/mailbox/messages.json');
    return ((await response.json()) as { items: CaughtMail[] }).items;
  }

  async to(address: string): Promise<CaughtMail[]> {
    return (await this.all()).filter((mail) => mail.to.includes(address.toLowerCase())).reverse();
  }

  /** Waits for the `n`th message (1-based) to an address; the outbox sends within a second or two. */
  async nth(address: string, n: number): Promise<CaughtMail> {
    await expect
      .poll(async () => (await this.to(address)).length, {
        timeout: 15_000,
        message: `mail #${n} to ${address}`,
      })
      .toBeGreaterThanOrEqual(n);
    return (await this.to(address))[n - 1];
  }

  /** The personal link in a message, as a path the browser can open. */
  static personalPath(mail: CaughtMail): string {
    const match =
      /https?:\/\/[^/\s]+(\/(?:invitations|registrations)\/[A-Za-z0-9_-]{40,}\?lang=(?:bg|en))/.exec(
        mail.text,
      );
    if (!match) throw new Error(`no personal link in "${mail.subject}"`);
    return match[1];
  }
}
