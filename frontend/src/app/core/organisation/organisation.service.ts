import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { PublicOrganisation } from '@roundtable/contracts';
import { catchError, of } from 'rxjs';
import { I18n } from '../i18n/i18n.service';

/**
 * The organisation the app speaks for (header, footer, forms), read once per visit. Null until it arrives, or
 * when it cannot: the shell then shows the platform's own name rather than nothing.
 */
@Injectable({ providedIn: 'root' })
export class OrganisationInfo {
  private readonly i18n = inject(I18n);
  readonly details = toSignal(
    inject(HttpClient)
      .get<PublicOrganisation>('/api/organisation/public')
      .pipe(catchError(() => of(null))),
    { initialValue: null },
  );
  /** The name in the language being read. */
  readonly name = computed(() => {
    const details = this.details();
    return details ? details.name[this.i18n.language()] || details.name.bg : null;
  });
}
