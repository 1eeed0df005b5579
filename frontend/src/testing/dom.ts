import type { ComponentFixture } from '@angular/core/testing';

/**
 * Small DOM helpers for component specs: find things the way a person (and the e2e tests) do, by their
 * visible label or accessible name, not by CSS classes of the UI kit.
 */

/** The Material form field whose label reads `label` (the required marker ignored). */
export function field(root: HTMLElement, label: string, index = 0): HTMLElement {
  const matches = Array.from(root.querySelectorAll('mat-form-field')).filter(
    (candidate) => candidate.querySelector('mat-label')?.textContent?.trim() === label,
  );
  const match = matches[index];
  if (!match) throw new Error(`No field labelled "${label}" (#${index})`);
  return match as HTMLElement;
}

/** Types a value into the field's input or textarea, as the browser would report it. */
export function fill(root: HTMLElement, label: string, value: string, index = 0): void {
  const control = field(root, label, index).querySelector<HTMLInputElement | HTMLTextAreaElement>(
    'input, textarea',
  );
  if (!control) throw new Error(`Field "${label}" has no input`);
  control.value = value;
  control.dispatchEvent(new Event('input'));
  control.dispatchEvent(new Event('blur'));
}

export function errorOf(root: HTMLElement, label: string, index = 0): string {
  return field(root, label, index).querySelector('mat-error')?.textContent?.trim() ?? '';
}

/** The button whose accessible name (aria-label, else its text) is `name`. */
export function button(root: HTMLElement, name: string): HTMLButtonElement {
  const found = Array.from(root.querySelectorAll('button')).find(
    (candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent ?? '').trim() === name,
  );
  if (!found) throw new Error(`No button named "${name}"`);
  return found;
}

export async function click(fixture: ComponentFixture<unknown>, name: string): Promise<void> {
  button(fixture.nativeElement as HTMLElement, name).click();
  await fixture.whenStable();
}
