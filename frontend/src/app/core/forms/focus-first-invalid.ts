import type { Injector } from '@angular/core';
import { focusAfterRender } from '../a11y/focus-after-render';

/** The controls a person types into or picks from; their form groups and fields carry `ng-invalid` too. */
// A required checkbox (a consent) is marked on the component; the keyboard goes to its native input.
const INVALID_FIELD = '.ng-invalid:is(input, textarea, select, mat-select), mat-checkbox.ng-invalid input';

/**
 * Takes the keyboard to the first field inside `form` that needs attention, once the errors have rendered, so
 * nobody has to hunt for it. The summary goes in the form's `role="alert"` message beside it: together they
 * are what every form does when a submit finds mistakes (first written for the event editor).
 */
export function focusFirstInvalid(form: () => HTMLElement | undefined, injector: Injector): void {
  focusAfterRender(() => form()?.querySelector<HTMLElement>(INVALID_FIELD), injector);
}
