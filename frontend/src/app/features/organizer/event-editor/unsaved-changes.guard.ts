import { DOCUMENT } from '@angular/common';
import { inject } from '@angular/core';
import type { CanDeactivateFn } from '@angular/router';
import { I18n } from '../../../core/i18n/i18n.service';
import './event-editor.i18n';

/** A page whose typed changes would be lost by leaving it. */
export interface HoldsUnsavedChanges {
  hasUnsavedChanges(): boolean;
  /** The question in the page's own words; the event editor's when absent. */
  leaveQuestion?(): string;
}

/** Leaving (another route, the invitations tab) with unsaved changes asks first; closing the tab is beforeunload's. */
export const unsavedChangesGuard: CanDeactivateFn<HoldsUnsavedChanges> = (page) => {
  if (!page.hasUnsavedChanges()) return true;
  const window = inject(DOCUMENT).defaultView;
  return window?.confirm(page.leaveQuestion?.() ?? inject(I18n).t('unsaved.leave')) ?? true;
};
