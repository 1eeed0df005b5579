import { afterNextRender, type Injector } from '@angular/core';

/**
 * Moves the keyboard to `target` once the change that called for it has rendered: when the control a person
 * used disappears (a button that only a draft has, a row that is gone), focus would otherwise fall to <body>
 * and a screen reader would start again from the top of the page.
 */
export function focusAfterRender(
  target: () => HTMLElement | null | undefined,
  injector: Injector,
  options?: FocusOptions,
): void {
  afterNextRender(() => target()?.focus(options), { injector });
}
