import { expect, test } from '@playwright/test';
import { Api } from '../../support/api';
import { expectAccessible, keepScreenshot, logIn } from '../../support/pages';

test('an organiser creates a round table with an agenda, publishes it, and the public sees it in Bulgarian and English', async ({
  page,
  request,
}, testInfo) => {
  const organiser = await (await Api.asAdmin(request)).createAccount('organizer', 'Елена Димитрова');
  await logIn(page, organiser.email, organiser.password);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Ново събитие' }).click();
  const basics = page.getByRole('region', { name: 'Основни данни' });
  const title = `Кръгла маса „Заедно за децата“ ${Date.now()}`;
  await basics.getByLabel('Заглавие').fill(title);
  await basics
    .getByLabel('Описание')
    .fill('Среща на общини, детски градини, болници и социални услуги.\n\nВтори абзац.');
  const time = page.getByRole('region', { name: 'Дата и час' });
  await time.getByLabel('Начало').fill('2031-05-21T10:00');
  await time.getByLabel('Край').fill('2031-05-21T13:00');
  const place = page.getByRole('region', { name: 'Място' });
  await place.getByLabel('Име на мястото').fill('Зала „Сердика“');
  await place.getByLabel('Адрес').fill('ул. „Гюешево“ 21');
  await place.getByLabel('Град').fill('София');
  await page.getByLabel('Брой места').fill('40');
  await page.getByLabel('Партньори (по един на ред)').fill('The Human Safety Net България');

  // A mistake first: the form says what is wrong next to the field, in Bulgarian.
  await time.getByLabel('Край').fill('2031-05-21T09:00');
  await page.getByRole('button', { name: 'Запази', exact: true }).click();
  await expect(time.getByText(/след началото/i)).toBeVisible();
  await time.getByLabel('Край').fill('2031-05-21T13:00');
  await page.getByRole('button', { name: 'Запази', exact: true }).click();
  await expect(page.getByText('Събитието е създадено като чернова.')).toBeVisible();

  const agendaItem = (n: number) =>
    page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Точка ${n}` }) });
  await page.getByRole('button', { name: 'Добави точка' }).click();
  await agendaItem(1).getByLabel('Заглавие').fill('Откриване');
  await agendaItem(1).getByLabel('Начало').fill('2031-05-21T10:00');
  await agendaItem(1).getByLabel('Край').fill('2031-05-21T10:30');
  await page.getByRole('button', { name: 'Добави точка' }).click();
  await agendaItem(2).getByLabel('Заглавие').fill('Панел: общините и социалните услуги');
  await agendaItem(2)
    .getByLabel('Описание (по желание)')
    .fill('Заместник-кмет, директор на болница, директор на детска градина');
  await page.getByRole('button', { name: 'Добави точка' }).click();
  await agendaItem(3).getByLabel('Заглавие').fill('Кафе пауза');
  // Reorder: the coffee break goes before the panel.
  await page.getByRole('button', { name: 'Премести точка 3 нагоре' }).click();
  await page.getByRole('button', { name: 'Запази програмата' }).click();
  await expect(page.getByText('Програмата е запазена.')).toBeVisible();

  await page.getByRole('button', { name: 'Публикувай' }).click();
  await expect(page.getByText('Събитието е публикувано.')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, testInfo, 'editor-published');

  // The public, logged out: the list, then the event page.
  await page.context().clearCookies();
  await page.evaluate(() => localStorage.clear());
  await page.goto('/?lang=bg');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('10:00 – 13:00 ч.').first()).toBeVisible();
  // The zone as people say it, never an IANA id (COPY-BG).
  await expect(page.getByText('Часовете са посочени по българско време.').first()).toBeVisible();
  await expect(page.getByText(/Europe\/Sofia/)).toHaveCount(0);
  const agenda = page.getByRole('region', { name: 'Програма' });
  await expect(agenda.getByText(/^(Откриване|Кафе пауза|Панел: общините и социалните услуги)$/)).toHaveText([
    'Откриване',
    'Кафе пауза',
    'Панел: общините и социалните услуги',
  ]);
  await expect(page.getByText('The Human Safety Net България')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, testInfo, 'public-event-bg');

  await page.getByRole('link', { name: 'EN', exact: true }).click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  await expect(page.getByText(/10:00\s*[–-]\s*13:00/).first()).toBeVisible();
  await expect(page.getByText('Times are given in Bulgarian time.').first()).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, testInfo, 'public-event-en');
});
