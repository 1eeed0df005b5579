import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { Api } from '../../support/api';
import { expectAccessible, keepScreenshot, logIn } from '../../support/pages';

test('an organiser approves a pending registration and downloads the list as CSV that Excel reads', async ({
  page,
  request,
}, testInfo) => {
  const admin = await Api.asAdmin(request);
  const account = await admin.createAccount('organizer', 'Елена Димитрова');
  const organiser = await Api.as(request, account.email, account.password);
  const event = await organiser.createEvent({
    title: `Кръгла маса „Регистрации“ ${Date.now()}`,
    description: 'Среща на общини и социални услуги.',
    startsAt: '2031-05-21T07:00:00.000Z',
    endsAt: '2031-05-21T10:00:00.000Z',
    timezone: 'Europe/Sofia',
    language: 'bg',
    venue: { name: 'Зала „Сердика“', address: 'ул. „Гюешево“ 21', city: 'София' },
    capacity: 6,
    registrationMode: 'approval',
    sectorQuotas: { health: 2, municipal: 3 },
  });
  const person = (firstName: string, lastName: string, sector: 'health' | 'municipal' | 'ngo') => ({
    firstName,
    lastName,
    email: `person-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.bg`,
    organization: 'Община Раковски',
    sector,
    consents: { processing: true as const },
  });
  const pending = await organiser.register(event.id, person('Йорданка', 'Щерева', 'health'));
  for (const [first, last, sector] of [
    ['Мария', 'Петрова', 'municipal'],
    ['Иван', 'Иванов', 'municipal'],
    ['Петя', 'Стоянова', 'ngo'],
  ] as const) {
    await organiser.approve((await organiser.register(event.id, person(first, last, sector))).id);
  }
  expect(pending.status).toBe('pending');

  await page.setViewportSize({ width: 1280, height: 900 });
  await logIn(page, account.email, account.password);
  await page.goto(`/organizer/events/${event.id}/registrations`);
  await expect(page.getByRole('heading', { level: 1, name: 'Регистрации' })).toBeVisible();
  const room = page.getByRole('region', { name: 'Състав на залата' });
  await expect(room.getByRole('img', { name: /Диаграма на състава на залата/ })).toBeVisible();
  await expect(room.locator('canvas, svg').first()).toBeVisible();

  await page.getByRole('button', { name: 'Одобри: Йорданка Щерева' }).click();
  await expect(page.getByText('Регистрацията на Йорданка Щерева: Потвърдена.')).toBeVisible();
  await expect(
    room
      .getByRole('row', { name: /Здравеопазване/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('1');
  await expectAccessible(page);
  await page.screenshot({ path: 'docs/screenshots/organizer-registrations.png', fullPage: true });
  await keepScreenshot(page, testInfo, 'organizer-registrations');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Изтегли CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${event.slug}-registrations.csv`);
  const bytes = await readFile(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(bytes.toString('utf8'), { bom: true }) as string[][];
  const row = rows.find((cells) => cells[1] === 'Щерева');
  expect(row?.[0]).toBe('Йорданка');
  expect(row).toContain('потвърдена');

  await page.setViewportSize({ width: 375, height: 800 });
  await expect(page.getByRole('button', { name: 'Изтегли CSV' })).toBeVisible();
  // The chart redraws at the new width on its own (a resize observer); then nothing is wider than the phone.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await keepScreenshot(page, testInfo, 'organizer-registrations-375');
});
