import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** Logs in through the login form, as a person would. */
export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/organizer/login?lang=bg');
  await page.getByLabel('Имейл').fill(email);
  await page.getByLabel('Парола').fill(password);
  await page.getByRole('button', { name: 'Вход', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Събития на организатора' })).toBeVisible();
}

/** axe-core on the page as it stands: no serious or critical violation of WCAG 2.1 A/AA. */
export async function expectAccessible(page: Page): Promise<void> {
  // The browser asks for reduced motion (playwright.config.ts), so Material shows field errors without a fade.
  // Other transitions (a dialog opening) still run: two frames pass for one to begin, then the audit waits
  // until every animation that ends has ended (an endless one, such as a progress bar's, is left running).
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
    );
  expect(serious).toEqual([]);
}

/**
 * The focused element shows where it is: its own outline (links, the global :focus-visible ring), a Material
 * text field's focused state, or Material's strong focus indicator, a ::before border on a
 * `.mat-focus-indicator` inside the control. Rings must be at least 2px wide and not hidden; Material's
 * default (no indicator on buttons and checkboxes) fails.
 */
export async function expectFocusVisible(page: Page): Promise<void> {
  const shown = await page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return 'nothing is focused';
    const drawn = (element: Element, pseudo?: string): boolean => {
      const style = getComputedStyle(element, pseudo);
      if (pseudo) {
        return (
          style.content !== 'none' &&
          style.display !== 'none' &&
          style.borderTopStyle !== 'none' &&
          parseFloat(style.borderTopWidth) >= 2
        );
      }
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    };
    // A Material text field shows focus with its own thicker primary line or outline.
    if (focused.closest('.mat-mdc-form-field.mat-focused')) return 'visible';
    // A checkbox's or toggle's focus lands on its native input; the indicator is drawn by the component.
    const control =
      focused.closest('.mat-mdc-checkbox, .mat-mdc-slide-toggle, .mat-mdc-radio-button') ?? focused;
    const indicators = [focused, ...Array.from(control.querySelectorAll('.mat-focus-indicator'))];
    return drawn(focused) || indicators.some((indicator) => drawn(indicator, '::before'))
      ? 'visible'
      : `no visible focus on ${focused.outerHTML.slice(0, 160)}`;
  });
  expect(shown).toBe('visible');
}

/** A full-page screenshot kept with the test's results. */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
}
