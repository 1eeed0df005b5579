import { expect, test, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import type { Event } from '@roundtable/contracts';
import { E2E_ADMIN } from '../../playwright.config';
import { Api } from '../../support/api';
import { Mailbox } from '../../support/mailbox';
import { expectAccessible, expectFocusVisible, keepScreenshot, logIn } from '../../support/pages';

/** The words of the buttons this journey presses, in each language. */
const WORDS = {
  bg: {
    save: 'Запази',
    cancelEvent: 'Отмени събитието',
    invite: 'Изпрати поканата',
    inviteMany: 'Изпрати поканите',
    revoke: 'Оттегли',
    createUser: 'Създай потребител',
  },
  en: {
    save: 'Save',
    cancelEvent: 'Cancel event',
    invite: 'Send invitation',
    inviteMany: 'Send invitations',
    revoke: 'Withdraw',
    createUser: 'Create user',
  },
} as const;

/** Presses a button from the keyboard, so that focus and :focus-visible behave as for a keyboard user. */
async function press(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
}

/** A published Bulgarian event with one agenda item and one invited panelist whose e-mail is in English. */
async function arrange(request: APIRequestContext): Promise<{ event: Event; guest: string }> {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const api = await Api.asAdmin(request);
  const event = await api.createEvent(
    {
      title: `Кръгла маса „Достъпност“ ${stamp}`,
      description: 'Среща за достъпна среда.',
      startsAt: '2031-06-11T10:00',
      endsAt: '2031-06-11T13:00',
      timezone: 'Europe/Sofia',
      language: 'bg',
      venue: { name: 'Зала „Сердика“', address: 'ул. „Гюешево“ 21', city: 'София' },
      capacity: 40,
      registrationMode: 'open',
    },
    [
      {
        title: 'Откриване',
        startsAt: '2031-06-11T10:00',
        endsAt: '2031-06-11T10:30',
        kind: 'talk',
        speakerIds: [],
      },
    ],
  );
  const guest = `access.${stamp}@example.org`;
  await api.invite(event.id, { name: 'Петя Стоянова', email: guest, role: 'panelist', language: 'en' });
  return { event, guest };
}

for (const lang of ['bg', 'en'] as const) {
  test(`every organiser page, its dialogs and its forms with mistakes pass axe in ${lang}`, async ({
    page,
    request,
  }, testInfo) => {
    // Nine axe audits of long pages on a shared two-core machine take longer than one journey's minute.
    test.slow();
    const { event } = await arrange(request);
    const words = WORDS[lang];
    await logIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await page.goto(`/organizer?lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expectAccessible(page);

    await page.goto(`/organizer/events/new?lang=${lang}`);
    await press(page, words.save);
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.locator('form.event-form input').first()).toBeFocused();
    await expectAccessible(page);

    await page.goto(`/organizer/events/${event.id}?lang=${lang}`);
    await expect(page.locator('form.event-form input').first()).toHaveValue(event.title);
    await expectAccessible(page);
    await press(page, words.cancelEvent);
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    // Backing out of the dialog returns focus to the button that opened it.
    await expect(page.getByRole('button', { name: words.cancelEvent, exact: true })).toBeFocused();
    await expectFocusVisible(page);

    await page.goto(`/organizer/events/${event.id}/invitations?lang=${lang}`);
    await expect(page.getByText('Петя Стоянова', { exact: true })).toBeVisible();
    await expectAccessible(page);
    await press(page, words.invite);
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.getByRole('textbox').first()).toBeFocused();
    await press(page, words.inviteMany);
    await expect(page.getByRole('alert')).toHaveCount(2);
    await expectAccessible(page);
    await page.getByRole('button', { name: `${words.revoke}: Петя Стоянова` }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: `${words.revoke}: Петя Стоянова` })).toBeFocused();

    await page.goto(`/organizer/users?lang=${lang}`);
    await expect(page.getByRole('table')).toBeVisible();
    await press(page, words.createUser);
    await expect(page.getByRole('alert')).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, `users-form-errors-${lang}`);
  });
}

test('the invitee’s page passes axe in English for a Bulgarian event, and its button and checkbox show focus', async ({
  page,
  request,
}, testInfo) => {
  const { event, guest } = await arrange(request);
  // The invitee's page, in English, for an event written in Bulgarian.
  const invitation = await new Mailbox(request).nth(guest, 1);
  await page.goto(Mailbox.personalPath(invitation));
  await expect(page.getByRole('heading', { level: 1, name: event.title })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Откриване' })).toHaveAttribute('lang', 'bg');
  await expectAccessible(page);

  // Accepting opens the profile with its consent checkboxes; the button and a checkbox show their focus.
  await press(page, 'I accept');
  const checkbox = page.getByRole('checkbox').first();
  await expect(checkbox).toBeVisible();
  await expectAccessible(page);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByRole('button', { name: 'I accept' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expectFocusVisible(page);
    await keepFocusShot(page, testInfo, `focused-button-${width}`);
    await checkbox.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(checkbox).toBeFocused();
    await expectFocusVisible(page);
    await keepFocusShot(page, testInfo, `focused-checkbox-${width}`);
  }
});

/** The focused control and what surrounds it, kept with the results so a person can judge the ring. */
async function keepFocusShot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const box = await page.evaluate(() => {
    const rect = (document.activeElement as HTMLElement).getBoundingClientRect();
    return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  });
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  const x = Math.max(0, box.x - 40);
  const y = Math.max(0, box.y - 40);
  const clip = {
    x,
    y,
    width: Math.min(viewport.width - x, box.width + 80),
    height: Math.min(viewport.height - y, box.height + 80),
  };
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, clip });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
