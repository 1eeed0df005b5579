import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { Api } from '../../support/api';
import { Mailbox } from '../../support/mailbox';
import { expectAccessible, keepScreenshot } from '../../support/pages';

const PROCESSING =
  'Съгласен/на съм личните ми данни да бъдат обработвани за организирането на събитието съгласно ' +
  'уведомлението за поверителност.';

/** The page as a desk and as a phone show it: the form and the personal page must work on both. */
async function keepAtBothWidths(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await keepScreenshot(page, testInfo, `${name}-1280`);
  await page.setViewportSize({ width: 375, height: 800 });
  await keepScreenshot(page, testInfo, `${name}-375`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a participant registers in Bulgarian, opens the manage link from the e-mail, edits and cancels', async ({
  page,
}, testInfo) => {
  test.slow();
  const stamp = Date.now();
  const admin = await Api.asAdmin(page.request);
  const organiser = await admin.createAccount('organizer', 'Елена Димитрова');
  const api = await Api.as(page.request, organiser.email, organiser.password);
  const title = `Кръгла маса „Общините и ранното детство“ ${stamp}`;
  const event = await api.createEvent({
    title,
    description: 'Междусекторна среща.',
    startsAt: '2031-05-21T10:00',
    endsAt: '2031-05-21T13:00',
    timezone: 'Europe/Sofia',
    language: 'bg',
    venue: { name: 'Зала „Сердика“', address: 'ул. „Гюешево“ 21', city: 'София' },
    capacity: 40,
    registrationMode: 'open',
  });
  const email = `m.petrova.${stamp}@example.org`;

  // The event page says how many seats are free and leads to the form.
  await page.goto(`/events/${event.slug}?lang=bg`);
  await expect(page.getByText('Свободни места: 40')).toBeVisible();
  await page.getByRole('link', { name: 'Регистрация за участие' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();

  // Sending it empty names what is missing and takes the keyboard to the first field.
  await page.getByRole('button', { name: 'Регистрирай ме' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Някои полета не са попълнени правилно/);
  await expect(page.getByLabel('Име', { exact: true })).toBeFocused();

  await page.getByLabel('Име', { exact: true }).fill('Мария');
  await page.getByLabel('Фамилия').fill('Петрова');
  await page.getByLabel('Имейл', { exact: true }).first().fill(email);
  await page
    .getByRole('combobox', { name: 'Сектор' })
    .selectOption({ label: 'Общинска администрация / местна власт' });
  await page.getByLabel('Организация', { exact: true }).fill('Община Раковски');
  await page.getByLabel('Длъжност').fill('Директор на дирекция');
  await page.getByRole('combobox', { name: 'Община' }).fill('Раков');
  await page.getByRole('option', { name: 'Раковски (обл. Пловдив)' }).click();
  await page.getByRole('checkbox', { name: PROCESSING }).check();
  await expectAccessible(page);
  await keepAtBothWidths(page, testInfo, 'registration-form');

  await page.getByRole('button', { name: 'Регистрирай ме' }).click();
  await expect(page.getByRole('heading', { name: 'Регистрацията е потвърдена' })).toBeFocused();
  await expect(page.getByText(`Изпратихме писмо на ${email}`)).toBeVisible();
  await keepAtBothWidths(page, testInfo, 'registration-result');

  // The confirmation carries the calendar invite and the manage link, which opens the personal page.
  const mailbox = new Mailbox(page.request);
  const confirmation = await mailbox.nth(email, 1);
  expect(confirmation.calendarMethod).toBe('REQUEST');
  await page.goto(Mailbox.personalPath(confirmation));
  await expect(page.getByText('Здравейте, Мария Петрова,')).toBeVisible();
  await expect(page.getByText('Регистрацията Ви е потвърдена. Очакваме Ви!')).toBeVisible();
  const qr = page.getByRole('img', { name: 'QR код на Вашата регистрация' });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);

  await page.getByLabel('Телефон').fill('+359 888 123 456');
  await page.getByRole('button', { name: 'Запази промените' }).click();
  await expect(page.getByText('Промените са запазени.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Телефон')).toHaveValue('+359 888 123 456');
  await expectAccessible(page);
  await keepAtBothWidths(page, testInfo, 'registration-manage');

  await page.getByRole('button', { name: 'Откажи участие' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Откажи участие' }).click();
  await expect(page.getByText('Регистрацията Ви е отказана. Благодарим Ви, че ни уведомихте.')).toBeVisible();
  // The leaver's calendar drops the event.
  expect((await mailbox.nth(email, 2)).calendarMethod).toBe('CANCEL');
});
