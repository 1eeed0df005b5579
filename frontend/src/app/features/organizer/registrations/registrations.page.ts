import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { FormFieldModule } from '../../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import {
  REGISTRATION_STATUSES,
  SECTORS,
  type BulkRegistrationAction,
  type Registration,
  type RegistrationListQuery,
  type RegistrationSort,
  type RegistrationStatus,
  type Sector,
} from '@roundtable/contracts';
import { MUNICIPALITIES } from '@roundtable/contracts/municipalities';
import { debounceTime, distinctUntilChanged, filter, Subject } from 'rxjs';
import { Downloads } from '../../../core/http/download';
import { isNotFound, problemMessage, problemOf } from '../../../core/http/problem';
import { I18n } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { describeEventTime, formatClock, formatShortDate } from '../../../core/time/event-time';
import { IconComponent } from '../../../shared/ui/icon.component';
import { LoadErrorComponent } from '../../../shared/ui/load-error.component';
import { NotFoundComponent } from '../../../shared/ui/not-found.component';
import { StatusChipComponent } from '../../../shared/ui/status-chip.component';
import { EventTabsComponent } from '../event-tabs.component';
import { OrganizerEventsApi } from '../organizer-events.api';
import { PackPanelComponent } from '../pack/pack-panel.component';
import { OverrideDialogComponent, type OverrideDialogData } from './override-dialog.component';
import { RegistrationsApi } from './registrations.api';
import { RegistrationsPaginatorIntl } from './registrations-paginator';
import { RoomChartComponent } from './room-chart.component';
import '../../events/events.i18n';
import '../event-editor/event-editor.i18n';
import './registrations.i18n';

/** Typing pauses this long before the search goes to the server. */
export const SEARCH_DEBOUNCE_MS = 300;

/** Table columns that the server can sort by, and the API's name for each. */
const SORTS: Record<string, string> = {
  name: 'lastName',
  organization: 'organization',
  status: 'status',
  createdAt: 'createdAt',
};

export function sortParam(sort: Sort): RegistrationSort | undefined {
  const field = SORTS[sort.active];
  if (!field || !sort.direction) return undefined;
  return (sort.direction === 'desc' ? `-${field}` : field) as RegistrationSort;
}

/**
 * `/organizer/events/:id/registrations`: who registered, filtered and searched on the server; decisions one by
 * one or on a selection; the wait list by hand; the CSV; and the room's composition by sector.
 */
@Component({
  selector: 'rt-registrations-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    FormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    TranslatePipe,
    IconComponent,
    LoadErrorComponent,
    NotFoundComponent,
    StatusChipComponent,
    EventTabsComponent,
    RoomChartComponent,
    PackPanelComponent,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: RegistrationsPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './registrations.page.html',
  styleUrl: './registrations.page.scss',
})
export class RegistrationsPage {
  private readonly events = inject(OrganizerEventsApi);
  private readonly api = inject(RegistrationsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly title = inject(Title);
  protected readonly i18n = inject(I18n);

  /** Route parameter: the event's id. */
  readonly id = input.required<string>();

  protected readonly statuses = REGISTRATION_STATUSES;
  protected readonly sectors = SECTORS;
  protected readonly municipalities = computed(() => {
    const language = this.i18n.language();
    return [...MUNICIPALITIES].sort((a, b) => a[language].localeCompare(b[language], language));
  });
  protected readonly columns = ['select', 'name', 'organization', 'sector', 'status', 'createdAt', 'actions'];

  protected readonly status = signal<RegistrationStatus | ''>('');
  protected readonly sector = signal<Sector | ''>('');
  protected readonly municipality = signal('');
  /** 'true': only those whose e-mail did not arrive. */
  protected readonly undelivered = signal<'true' | ''>('');
  protected readonly q = signal('');
  protected readonly sort = signal<RegistrationSort | undefined>(undefined);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(50);
  private readonly typed = new Subject<string>();

  protected readonly query = computed((): RegistrationListQuery => ({
    status: this.status() || undefined,
    sector: this.sector() || undefined,
    municipality: this.municipality() || undefined,
    undelivered: this.undelivered() ? true : undefined,
    q: this.q() || undefined,
    sort: this.sort(),
    page: this.page(),
    pageSize: this.pageSize(),
  }));

  protected readonly event = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.events.get(params),
  });
  protected readonly list = rxResource({
    params: () => ({ id: this.id(), query: this.query() }),
    stream: ({ params }) => this.api.list(params.id, params.query),
  });
  protected readonly stats = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.stats(params),
  });

  protected readonly loaded = computed(() => (this.event.hasValue() ? this.event.value() : null));
  protected readonly notFound = computed(() => isNotFound(this.event.error()));
  protected readonly loadError = computed(() =>
    this.event.error() ? problemMessage(this.i18n, this.event.error()) : null,
  );
  protected readonly rows = computed(() => (this.list.hasValue() ? this.list.value().items : []));
  protected readonly total = computed(() => (this.list.hasValue() ? this.list.value().total : 0));
  protected readonly listError = computed(() =>
    this.list.error() ? problemMessage(this.i18n, this.list.error()) : null,
  );
  protected readonly isCancelled = computed(() => this.loaded()?.status === 'cancelled');
  protected readonly when = computed(() => {
    const event = this.loaded();
    if (!event) return null;
    const when = describeEventTime(event.startsAt, event.endsAt, event.timezone, this.i18n.language());
    return when.time ? `${when.date}, ${when.time}` : when.date;
  });

  /** Ids chosen on the page shown; a new page or filter starts with none. */
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly allSelected = computed(
    () => this.rows().length > 0 && this.rows().every((row) => this.selected().has(row.id)),
  );
  protected readonly someSelected = computed(() => this.selected().size > 0 && !this.allSelected());

  protected readonly busy = signal(false);
  protected readonly downloads = new Downloads<'csv'>();
  protected readonly actionError = signal<string | null>(null);
  /** After a bulk decision: the ones left as they were, and why. */
  protected readonly leftAsTheyWere = signal<string[]>([]);

  constructor() {
    effect(() => {
      const heading = this.i18n.t('registrations.heading');
      const name = this.loaded()?.title;
      this.title.setTitle(name ? `${heading} · ${name} · Roundtable` : `${heading} · Roundtable`);
    });
    effect(() => {
      this.query();
      this.selected.set(new Set());
    });
    this.typed
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS), distinctUntilChanged(), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((text) => {
        this.q.set(text.trim());
        this.page.set(1);
      });
  }

  protected problemMessage(error: unknown): string {
    return problemMessage(this.i18n, error);
  }

  /** An anonymised registration (RETENTION_DAYS after the event) has no name: it says so instead. */
  protected nameOf(registration: Registration): string {
    if (!registration.email) return this.i18n.t('registrations.anonymised');
    return `${registration.firstName} ${registration.lastName}`;
  }

  protected municipalityName(code: string | null): string {
    if (!code) return '';
    return MUNICIPALITIES.find((m) => m.code === code)?.[this.i18n.language()] ?? code;
  }

  /** "9:12": when the person was checked in at the door, in the event's time zone. */
  protected checkedInClock(registration: Registration): string {
    return registration.checkedInAt
      ? formatClock(registration.checkedInAt, this.loaded()?.timezone ?? 'Europe/Sofia')
      : '';
  }

  /** "вт., 24 ноември 2026 г.": a day in the event's time zone. */
  protected shortDate(iso: string): string {
    return formatShortDate(iso, this.loaded()?.timezone ?? 'Europe/Sofia', this.i18n.language());
  }

  protected search(text: string): void {
    this.typed.next(text);
  }

  protected filterBy(which: 'status' | 'sector' | 'municipality' | 'undelivered', value: string): void {
    if (which === 'status') this.status.set(value as RegistrationStatus | '');
    if (which === 'sector') this.sector.set(value as Sector | '');
    if (which === 'municipality') this.municipality.set(value);
    if (which === 'undelivered') this.undelivered.set(value === 'true' ? 'true' : '');
    this.page.set(1);
  }

  protected sortBy(sort: Sort): void {
    this.sort.set(sortParam(sort));
    this.page.set(1);
  }

  protected turnPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.page.set(event.pageIndex + 1);
  }

  protected toggle(id: string): void {
    const next = new Set(this.selected());
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.selected.set(next);
  }

  protected toggleAll(): void {
    this.selected.set(this.allSelected() ? new Set() : new Set(this.rows().map((row) => row.id)));
  }

  protected decide(registration: Registration, action: BulkRegistrationAction): void {
    if (!this.start()) return;
    this.api.decide(registration.id, action).subscribe({
      next: (updated) => {
        const name = this.nameOf(updated);
        this.done(
          action === 'reject'
            ? this.i18n.t('registrations.rejected', { name })
            : this.i18n.t('registrations.approved', {
                name,
                status: this.i18n.label('registrationStatus', updated.status),
              }),
        );
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  protected decideSelected(action: BulkRegistrationAction): void {
    const ids = [...this.selected()];
    if (ids.length === 0 || !this.start()) return;
    const names = new Map(this.rows().map((row) => [row.id, this.nameOf(row)]));
    this.api.decideMany(this.id(), action, ids).subscribe({
      next: ({ outcomes }) => {
        const left = outcomes.filter((outcome) => !outcome.ok);
        this.leftAsTheyWere.set(
          left.map((outcome) =>
            this.i18n.t('registrations.bulkLeft', {
              name: names.get(outcome.id) ?? outcome.id,
              reason: outcome.ok ? '' : this.i18n.label('code', outcome.code),
            }),
          ),
        );
        this.done(
          this.i18n.t('registrations.bulkDone', { done: outcomes.length - left.length, left: left.length }),
        );
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  /** Within the rules first; when the room is full, the organiser is asked before confirming over it. */
  protected confirm(registration: Registration, override = false): void {
    if (!this.start()) return;
    this.api.confirm(registration.id, override).subscribe({
      next: (updated) => this.done(this.i18n.t('registrations.confirmed', { name: this.nameOf(updated) })),
      error: (error: unknown) => {
        if (!override && problemOf(error)?.code === 'NO_SEAT_FREE') {
          this.busy.set(false);
          this.askOverride(registration);
          return;
        }
        this.failed(error);
      },
    });
  }

  protected download(): void {
    this.actionError.set(null);
    this.downloads.fetch('csv', this.api.csv(this.id()), (message) => this.actionError.set(message));
  }

  private askOverride(registration: Registration): void {
    this.dialog
      .open<OverrideDialogComponent, OverrideDialogData, boolean>(OverrideDialogComponent, {
        data: { name: this.nameOf(registration) },
        width: '32rem',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(filter((confirmed) => confirmed === true))
      .subscribe(() => this.confirm(registration, true));
  }

  /** Busy buttons stay focusable (disabledInteractive), so a second press arrives here: ignore it. */
  private start(): boolean {
    if (this.busy()) return false;
    this.busy.set(true);
    this.actionError.set(null);
    this.leftAsTheyWere.set([]);
    return true;
  }

  private done(message: string): void {
    this.busy.set(false);
    this.selected.set(new Set());
    this.snackBar.open(message, this.i18n.t('app.close'), { duration: 4000 });
    this.refresh();
  }

  private failed(error: unknown): void {
    this.busy.set(false);
    this.actionError.set(problemMessage(this.i18n, error));
    // The refusal usually means the table is out of date (someone else decided meanwhile): show what is true now.
    this.refresh();
  }

  private refresh(): void {
    this.list.reload();
    this.stats.reload();
  }
}
