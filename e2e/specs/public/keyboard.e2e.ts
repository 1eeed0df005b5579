import { expect, test } from '@playwright/test';
import { Api } from '../../support/api';

test('the site works from the keyboard: skip link, then logging in without a mouse', async ({
  page,
  request,
}) => {
  const organiser = await (await Api.asAdmin(request)).createAccount('organizer', 'Клавиатура Клавиатурова');
  await page.goto('/?lang=bg');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Към основното съдържание' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  await page.goto('/organizer/login?lang=bg');
  await page.getByLabel('Имейл').focus();
  await page.keyboard.type(organiser.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Парола')).toBeFocused();
  await page.keyboard.type(organiser.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Събития на организатора' })).toBeVisible();
});
