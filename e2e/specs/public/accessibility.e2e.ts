import { expect, test } from '@playwright/test';
import { expectAccessible, keepScreenshot } from '../../support/pages';

for (const lang of ['bg', 'en'] as const) {
  test(`public pages in ${lang} have no serious accessibility violation and fit a phone`, async ({
    page,
  }, testInfo) => {
    await page.goto(`/?lang=${lang}`);
    const firstEvent = page.getByRole('article').first().getByRole('link').first();
    await expect(firstEvent).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/?lang=${lang}&when=past`);
    await expect(page.getByRole('article').first()).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/?lang=${lang}`);
    await firstEvent.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/organizer/login?lang=${lang}`);
    await expectAccessible(page);

    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByRole('article').first()).toBeVisible();
    await page.getByRole('article').first().getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, `event-phone-${lang}`);
  });
}

test('an unknown event or page gets a helpful page, not a blank one', async ({ page }) => {
  await page.goto('/events/no-such-round-table');
  await expect(page.getByRole('heading', { name: 'Събитието не е намерено' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/no/such/page?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/i);
  await expectAccessible(page);
});
