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

/**
 * The options of the open Material select's panel. The panel lives in the overlay, outside the component, and a
 * closed one may linger there while its closing animation (never played by jsdom) is pending.
 */
export function openOptions(): HTMLElement[] {
  const panelId = document.querySelector('mat-select[aria-expanded="true"]')?.getAttribute('aria-controls');
  const panel = panelId ? document.getElementById(panelId) : null;
  return panel ? Array.from(panel.querySelectorAll<HTMLElement>('mat-option')) : [];
}

/**
 * Opens the Material select labelled `label` and clicks the options whose text starts with each choice (or picks
 * them in a native select). A multiple select stays open afterwards until the next `choose` (which closes it
 * first) or Escape.
 */
export async function choose(
  fixture: ComponentFixture<unknown>,
  label: string,
  choices: string[],
  index = 0,
): Promise<void> {
  const root = fixture.nativeElement as HTMLElement;
  closeOpenSelect();
  await fixture.whenStable();
  // A native select in a form field (`matNativeControl`): picked as the browser does, one option and a change.
  const native = field(root, label, index).querySelector('select');
  if (native) {
    for (const choice of choices) {
      const option = Array.from(native.options).find((candidate) => candidate.text.trim().startsWith(choice));
      if (!option) throw new Error(`No option "${choice}" in "${label}"`);
      native.value = option.value;
      native.dispatchEvent(new Event('change'));
      await fixture.whenStable();
    }
    return;
  }
  const trigger = field(root, label, index).querySelector<HTMLElement>('.mat-mdc-select-trigger');
  if (!trigger) throw new Error(`Field "${label}" is not a select`);
  trigger.click();
  await fixture.whenStable();
  for (const choice of choices) {
    const option = openOptions().find((candidate) => candidate.textContent?.trim().startsWith(choice));
    if (!option) throw new Error(`No option "${choice}" in "${label}"`);
    option.click();
    await fixture.whenStable();
  }
}

/** The checkbox whose label reads `label`. */
export function checkbox(root: HTMLElement, label: string): HTMLInputElement {
  const found = Array.from(root.querySelectorAll('label')).find(
    (candidate) => candidate.textContent?.trim() === label,
  );
  const input = found?.htmlFor ? root.ownerDocument.getElementById(found.htmlFor) : null;
  if (!(input instanceof HTMLInputElement)) throw new Error(`No checkbox labelled "${label}"`);
  return input;
}

/** Chooses files on a native file input, as the browser would report the choice. */
export function chooseFiles(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

/** Closes whichever Material select is open, as a click beside it would. */
export function closeOpenSelect(): void {
  if (!document.querySelector('mat-select[aria-expanded="true"]')) return;
  Array.from(document.querySelectorAll<HTMLElement>('.cdk-overlay-backdrop')).at(-1)?.click();
}
