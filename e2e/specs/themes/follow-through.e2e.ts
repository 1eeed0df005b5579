import { expect, test } from '@playwright/test';
import type { EventInput } from '@roundtable/contracts';
import { Api } from '../../support/api';
import { expectAccessible, logIn } from '../../support/pages';

/**
 * Issue 9's advocacy follow-up (decision 0033): a recommendation made at one round table is carried into the next
 * one on the same theme and marked done there; the theme's public page shows it with its status.
 */
test('an organiser follows a recommendation from one event into the next and marks it done; the theme page shows it', async ({
  page,
  browser,
}) => {
  test.slow();
  const stamp = Date.now();
  const admin = await Api.asAdmin(page.request);
  const account = await admin.createAccount('organizer', 'Елена Димитрова');
  const organiser = await Api.as(page.request, account.email, account.password);
  const themes = (await (await page.request.get('/api/themes')).json()).items as {
    id: string;
    slug: string;
  }[];
  const violence = themes.find((theme) => theme.slug === 'violence-against-children');
  if (!violence) throw new Error('the seeded theme is missing');
  const anEvent = (title: string, day: string): EventInput => ({
    title,
    description: 'Общини, училища и социални услуги срещу насилието над деца.',
    startsAt: `${day}T07:00:00.000Z`,
    endsAt: `${day}T10:00:00.000Z`,
    timezone: 'Europe/Sofia',
    language: 'bg',
    venue: { name: 'Зала „Сердика“', address: 'ул. „Гюешево“ 21', city: 'София' },
    capacity: 30,
    registrationMode: 'open',
    themeIds: [violence.id],
  });
  const firstTitle = `Кръгла маса „Детство без насилие“ ${stamp}`;
  const nextTitle = `Кръгла маса „Детство без насилие“: година по-късно ${stamp}`;
  const first = await organiser.createEvent(anEvent(firstTitle, '2031-05-21'));
  const next = await organiser.createEvent(anEvent(nextTitle, '2032-05-20'));
  const text = `Всяко училище да има обучен координатор по закрила на детето (${stamp}).`;
  await organiser.writeSummary(
    first.id,
    {
      body: 'Участниците обсъдиха **ранното откриване** на насилие.',
      keyPoints: [],
      recommendations: [{ text, owner: 'Министерство на образованието', status: 'proposed' }],
    },
    true,
  );

  await logIn(page, account.email, account.password);
  await page.getByRole('link', { name: 'Препоръки' }).click();
  await expect(page.getByRole('heading', { name: 'Проследяване на препоръките' })).toBeVisible();
  await page.getByLabel('Тема').selectOption({ label: 'Насилие срещу децата' });
  const item = page.getByRole('article', { name: text });
  await expect(item).toBeVisible();

  // Carried into the next round table.
  await item.getByLabel('Пренесете към събитие').selectOption(next.id);
  await item.getByRole('button', { name: 'Пренесете' }).click();
  await expect(page.getByText(`Препоръката е пренесена към „${nextTitle}“.`)).toBeVisible();
  await expect(item.getByRole('link', { name: nextTitle })).toBeVisible();

  // Marked done, with a note that stays in its history.
  await item.getByLabel('Нов статус').selectOption({ label: 'Изпълнена' });
  await item.getByLabel('Бележка').fill('Координаторите са назначени във всички училища.');
  await item.getByRole('button', { name: 'Запазете статуса' }).click();
  await expect(page.getByText('Статусът е запазен.')).toBeVisible();
  await expect(item.getByText('Координаторите са назначени във всички училища.')).toBeVisible();
  await expect(item.locator('rt-recommendation-status-chip')).toHaveText('Изпълнена');
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: 'docs/screenshots/organizer-recommendations.png', fullPage: true });

  // The next round table's summary page says what it follows up.
  await page.goto(`/organizer/events/${next.id}/summary?lang=bg`);
  const followsUp = page.getByRole('region', { name: 'Проследява препоръки от предишни събития' });
  await expect(followsUp.getByText(text)).toBeVisible();
  await expect(followsUp.getByRole('link', { name: `От събитието: ${firstTitle}` })).toBeVisible();

  // Anyone: the theme's public page, with the recommendation done and where it was followed up.
  const visitorContext = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 900 },
  });
  const visitor = await visitorContext.newPage();
  await visitor.goto(new URL(`/events/${first.slug}?lang=bg`, page.url()).href);
  await visitor.getByRole('link', { name: 'Насилие срещу децата' }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: 'Насилие срещу децата' })).toBeVisible();
  const event = visitor
    .getByRole('listitem')
    .filter({ has: visitor.getByRole('heading', { name: firstTitle }) });
  await expect(event.getByText(text)).toBeVisible();
  await expect(event.getByText('Изпълнена')).toBeVisible();
  await expect(event.getByRole('link', { name: nextTitle })).toBeVisible();
  await expectAccessible(visitor);
  await visitor.screenshot({ path: 'docs/screenshots/theme-page.png', fullPage: true });
  await visitorContext.close();
});
