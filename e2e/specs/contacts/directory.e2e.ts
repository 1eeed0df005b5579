import { expect, test } from '@playwright/test';
import { Api } from '../../support/api';
import { Mailbox } from '../../support/mailbox';
import { expectAccessible, keepScreenshot, logIn } from '../../support/pages';

test('an organiser imports contacts from Excel, sees which lines were skipped, and invites two as guests', async ({
  page,
  request,
}, testInfo) => {
  const admin = await Api.asAdmin(request);
  const account = await admin.createAccount('organizer', 'Елена Димитрова');
  const organiser = await Api.as(request, account.email, account.password);
  const title = `Кръгла маса „Контакти“ ${Date.now()}`;
  await organiser.createEvent({
    title,
    description: 'Среща на общини и социални услуги.',
    startsAt: '2031-06-18T07:00:00.000Z',
    endsAt: '2031-06-18T10:00:00.000Z',
    timezone: 'Europe/Sofia',
    language: 'bg',
    venue: { name: 'Зала „Сердика“', address: 'ул. „Гюешево“ 21', city: 'София' },
    capacity: 30,
    registrationMode: 'open',
  });
  const stamp = Date.now();
  const mayor = `zam.kmet-${stamp}@rakovski.example`;
  const director = `direktor-${stamp}@hospital.example`;
  // Excel's "CSV UTF-8" in a Bulgarian locale: a byte-order mark, semicolons, Bulgarian headers and words.
  const sheet = [
    '\uFEFFИме;Фамилия;Имейл;Организация;Длъжност;Сектор;Община;Език',
    `Татяна;Бакова;${mayor};Община Раковски;Заместник-кмет;Общинска администрация;Раковски;български`,
    `Мариана;Соколова;не-е-имейл;МБАЛ Пловдив;Директор;здравеопазване;Пловдив;`,
    `Стоян;Ангелов;${director};МБАЛ Пловдив;Директор;здравеопазване;Пловдив;български`,
  ].join('\r\n');

  await page.setViewportSize({ width: 1280, height: 900 });
  await logIn(page, account.email, account.password);
  await page.getByRole('link', { name: 'Контакти', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Контакти' })).toBeVisible();

  await page.getByRole('button', { name: 'Внеси CSV файл' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('CSV файл').setInputFiles({
    name: 'контакти.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(sheet, 'utf8'),
  });
  await dialog.getByRole('button', { name: 'Внеси' }).click();
  await expect(dialog.getByRole('heading', { name: 'Внасянето приключи.' })).toBeVisible();
  // The header is line 1, so the bad address is on line 3.
  await expect(dialog.getByRole('list', { name: 'Пропуснати редове' }).getByRole('listitem')).toHaveText([
    'Ред 3: имейл – Въведете валиден имейл адрес.',
  ]);
  await expectAccessible(page);
  await keepScreenshot(page, testInfo, 'contacts-import-done');
  await dialog.getByRole('button', { name: 'Затвори' }).click();

  const searched = page.waitForResponse(
    (response) => response.url().includes('/api/contacts?') && response.url().includes(`q=${stamp}`),
  );
  await page.getByLabel('Търсене по име, имейл или организация').fill(String(stamp));
  await searched;
  await expect(page.getByText('Намерени контакти: 2')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Избери: Татяна Бакова' }).check();
  await page.getByRole('checkbox', { name: 'Избери: Стоян Ангелов' }).check();
  await expect(page.getByText('Избрани: 2')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'docs/screenshots/organizer-contacts.png', fullPage: true });

  await page.getByRole('button', { name: 'Покани за събитие' }).click();
  const invite = page.getByRole('dialog');
  await invite.getByRole('combobox', { name: 'Събитие' }).click();
  await page.getByRole('option', { name: new RegExp(title) }).click();
  await expect(invite.getByRole('combobox', { name: 'Роля' })).toContainText('Гост');
  await invite.getByRole('button', { name: 'Изпрати поканите' }).click();
  await expect(page.getByText('Поканени: 2.', { exact: false })).toBeVisible();

  // Each official gets their own invitation with a calendar invite, in Bulgarian.
  const mailbox = new Mailbox(request);
  for (const address of [mayor, director]) {
    const mail = await mailbox.nth(address, 1);
    expect(mail.subject).toContain(title);
    expect(mail.calendarMethod).toBe('REQUEST');
    expect(Mailbox.personalPath(mail)).toMatch(/^\/invitations\//);
  }

  await page.setViewportSize({ width: 375, height: 800 });
  await expect(page.getByRole('heading', { level: 1, name: 'Контакти' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await keepScreenshot(page, testInfo, 'contacts-375');
});
