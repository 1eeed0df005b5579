import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl, MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { problemMessage } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { LoadErrorComponent } from '../../shared/ui/load-error.component';
import { RegistrationsPaginatorIntl } from '../organizer/registrations/registrations-paginator';
import { AuditApi } from './audit.api';
import { AuditEntriesComponent } from './audit-entries.component';
import './audit.i18n';

const HISTORY_PAGE_SIZE = 20;

/** "History" on the organiser's event page: the event's own audit entries, in the event's time zone. */
@Component({
  selector: 'rt-event-history',
  imports: [
    MatPaginatorModule,
    MatProgressBarModule,
    TranslatePipe,
    LoadErrorComponent,
    AuditEntriesComponent,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: RegistrationsPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="rt-panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{{ 'audit.historyHeading' | t }}</h2>
      <p class="intro">{{ 'audit.historyIntro' | t }}</p>
      @if (list.isLoading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'app.loading' | t" />
      }
      @if (listError(); as message) {
        <rt-load-error [message]="message" (retry)="list.reload()" />
      } @else if (!list.isLoading() && entries().length === 0) {
        <p>{{ 'audit.historyEmpty' | t }}</p>
      } @else {
        <rt-audit-entries [entries]="entries()" [timeZone]="timeZone()" />
      }
      @if (total() > pageSize) {
        <mat-paginator
          [length]="total()"
          [pageIndex]="page() - 1"
          [pageSize]="pageSize"
          [hidePageSize]="true"
          [attr.aria-label]="'audit.paginator' | t"
          (page)="turnPage($event)"
        />
      }
    </section>
  `,
  styles: `
    h2 {
      margin-top: 0;
    }
    .intro {
      margin: 0 0 0.5rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class EventHistoryComponent {
  private readonly api = inject(AuditApi);
  private readonly i18n = inject(I18n);

  readonly eventId = input.required<string>();
  readonly timeZone = input.required<string>();
  /** The event as last saved: each new version (a save, a publication, a new agenda) reads the history again. */
  readonly version = input<unknown>(null);

  protected readonly pageSize = HISTORY_PAGE_SIZE;
  protected readonly page = signal(1);
  protected readonly list = rxResource({
    params: () => ({ eventId: this.eventId(), page: this.page(), version: this.version() }),
    stream: ({ params }) =>
      this.api.ofEvent(params.eventId, { page: params.page, pageSize: HISTORY_PAGE_SIZE }),
  });
  protected readonly entries = computed(() => (this.list.hasValue() ? this.list.value().items : []));
  protected readonly total = computed(() => (this.list.hasValue() ? this.list.value().total : 0));
  protected readonly listError = computed(() =>
    this.list.error() ? problemMessage(this.i18n, this.list.error()) : null,
  );

  protected turnPage(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
  }
}
