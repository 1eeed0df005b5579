import { chromium, expect, test } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../../playwright.config';
import { Api } from '../../support/api';
import { qrCodeVideo } from '../../support/fake-camera';
import { expectAccessible, keepScreenshot } from '../../support/pages';

test('staff at the door check one person in by the QR code on a phone camera and another by search', async ({
  request,
}, testInfo) => {
  const admin = await Api.asAdmin(request);
  const organiserAccount = await admin.createAccount('organizer', 'Елена Димитрова');
  const staff = await admin.createAccount('staff', 'Петър Стоянов');
  const organiser = await Api.as(request, organiserAccount.email, organiserAccount.password);
  const title = `Кръгла маса „На входа“ ${Date.now()}`;
  const event = await organiser.createEvent({
    title,
    description: 'Среща на общини и социални услуги.',
    startsAt: '2031-05-21T07:00:00.000Z',
    endsAt: '2031-05-21T10:00:00.000Z',
    timezone: 'Europe/Sofia',
    language: 'bg',
    venue: { name: 'Зала „Сердика“', address: 'ул. „Гюешево“ 21', city: 'София' },
    capacity: 20,
    registrationMode: 'open',
  });
  const person = (firstName: string, lastName: string, sector: 'health' | 'municipal') => ({
    firstName,
    lastName,
    email: `door-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.bg`,
    organization: sector === 'health' ? 'МБАЛ Пловдив' : 'Община Раковски',
    sector,
    consents: { processing: true as const },
  });
  const scanned = await organiser.register(event.id, person('Мария', 'Петрова', 'municipal'));
  await organiser.register(event.id, person('Стоян', 'Ангелов', 'health'));
  await organiser.assignStaff(event.id, [staff.id]);

  // The confirmation's QR code, held up to the phone's camera.
  const video = join(tmpdir(), `rt-door-${Date.now()}.y4m`);
  await qrCodeVideo(`roundtable:checkin:${scanned.id}`, video);
  const args = config.use?.launchOptions?.args ?? [];
  const browser = await chromium.launch({
    executablePath: config.use?.launchOptions?.executablePath,
    args: [
      ...args,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  try {
    const phone = await browser.newContext({
      baseURL: config.use?.baseURL,
      viewport: { width: 375, height: 740 },
      permissions: ['camera'],
      timezoneId: config.use?.timezoneId,
      reducedMotion: 'reduce',
    });
    const page = await phone.newPage();
    await page.goto('/organizer/login?lang=bg');
    await page.getByLabel('Имейл').fill(staff.email);
    await page.getByLabel('Парола').fill(staff.password);
    await page.getByRole('button', { name: 'Вход', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Събития за регистрация на място' })).toBeVisible();
    // Staff work at the door only: no contacts directory, no organiser pages.
    await expect(page.getByRole('link', { name: 'Контакти', exact: true })).toHaveCount(0);
    await page.getByRole('link', { name: `Регистрация на място: ${title}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Регистрация на място' })).toBeVisible();

    await expect(page.getByText('Регистрирани на място: 0 от 2')).toBeVisible();
    // A click, then wait for the toggle to show it: its aria-checked follows at the next change detection, which
    // `.check()` does not wait for (it failed a busy CI run with "did not change its state").
    const scan = page.getByRole('radio', { name: 'QR код' });
    await scan.click();
    await expect(scan).toBeChecked();
    await expect(page.getByText('Мария Петрова – регистрацията на място е отбелязана.')).toBeVisible({
      timeout: 20_000,
    });

    const search = page.getByRole('radio', { name: 'Търсене' });
    await search.click();
    await expect(search).toBeChecked();
    await page.getByLabel('Име или организация').fill('ангел');
    await page.getByRole('button', { name: 'Регистрирай на място: Стоян Ангелов' }).click();
    await expect(page.getByText('Стоян Ангелов – регистрацията на място е отбелязана.')).toBeVisible();
    await expect(page.getByText('Регистрирани на място: 2 от 2')).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(375);
    await expectAccessible(page);
    await page.screenshot({ path: 'docs/screenshots/check-in-375.png', fullPage: true });
    await keepScreenshot(page, testInfo, 'check-in-375');

    // Checking the same person in again is harmless and says since when.
    await page.getByLabel('Име или организация').fill('петрова');
    await expect(page.getByText(/На място от \d{1,2}:\d{2} ч\./)).toBeVisible();
    await phone.close();
  } finally {
    await browser.close();
  }
});
