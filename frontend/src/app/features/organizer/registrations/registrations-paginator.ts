import { effect, inject, Injectable } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { I18n } from '../../../core/i18n/i18n.service';
import './registrations.i18n';

/** The paginator's own words, in the page's language (Material ships English only), following a switch. */
@Injectable()
export class RegistrationsPaginatorIntl extends MatPaginatorIntl {
  private readonly i18n = inject(I18n);

  constructor() {
    super();
    effect(() => {
      this.i18n.language();
      this.itemsPerPageLabel = this.i18n.t('registrations.perPage');
      this.nextPageLabel = this.i18n.t('registrations.nextPage');
      this.previousPageLabel = this.i18n.t('registrations.previousPage');
      this.firstPageLabel = this.i18n.t('registrations.firstPage');
      this.lastPageLabel = this.i18n.t('registrations.lastPage');
      this.changes.next();
    });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    const from = length === 0 ? 0 : page * pageSize + 1;
    const to = Math.min(length, (page + 1) * pageSize);
    return this.i18n.t('registrations.range', { from, to, total: length });
  };
}
