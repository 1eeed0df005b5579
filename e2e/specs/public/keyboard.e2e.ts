import { expect, test } from '@playwright/test';
import { Api } from '../../support/api';
import { expectFocusVisible } from '../../support/pages';

test('the site works from the keyboard: skip link, then logging in without a mouse', async ({
  page,
  request,
}) => {
  const organiser = await (await Api.asAdmin(request)).createAccount('organizer', 'Клавиатура Клавиатурова');
  await page.goto('/?lang=bg');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Към основното съдържание' });
  await expect(skip).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  await page.goto('/organizer/login?lang=bg');
  await page.getByLabel('Имейл').focus();
  await page.keyboard.type(organiser.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Парола')).toBeFocused();
  await page.keyboard.type(organiser.password);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Вход', exact: true })).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Събития на организатора' })).toBeVisible();
  // The login page is gone with its button: focus waits in the main region, not on <body>.
  await expect(page.locator('#main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Ново събитие' })).toBeFocused();
  await expectFocusVisible(page);
});

test('a form sent with mistakes says so and takes the keyboard to the first one', async ({ page }) => {
  await page.goto('/organizer/login?lang=en');
  await page.getByRole('button', { name: 'Log in', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Some fields are not filled in correctly.');
  await expect(page.getByLabel('E-mail')).toBeFocused();
  await expectFocusVisible(page);
});
