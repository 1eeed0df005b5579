import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { HttpClient, HttpParams } from '@angular/common/http';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { AUDIT_PAGE_SIZE, type AuditQuery, type Event, type Page } from '@roundtable/contracts';
import { map } from 'rxjs';
import { problemMessage } from '../../core/http/problem';
import { I18n, type TranslationKey } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { LoadErrorComponent } from '../../shared/ui/load-error.component';
import { RegistrationsPaginatorIntl } from '../organizer/registrations/registrations-paginator';
import { UsersApi } from '../users/users.api';
import { AuditApi } from './audit.api';
import { AuditEntriesComponent, auditKey } from './audit-entries.component';
import { nextDay, ORGANISATION_TIME_ZONE, startOfDay } from './audit-time';
import './audit.i18n';

/** The families the action filter offers: a family finds every action whose code starts with it and a dot. */
export const AUDIT_FAMILIES = [
  'login',
  'password-reset',
  'user',
  'organisation',
  'event',
  'invitation',
  'registration',
  'material',
  'materials',
  'contact',
  'contacts',
  'summary',
  'pack',
  'theme',
  'recommendation',
  'webhook',
] as const;
const ACTOR_KINDS = ['link', 'anonymous', 'system'] as const;

/**
 * `/organizer/audit` (admins): the audit log, filtered by who, what, which event and which days; days and times
 * in the organisation's zone (Europe/Sofia), as the foundation works there whatever the events' zones.
 */
@Component({
  selector: 'rt-audit-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatPaginatorModule,
    MatProgressBarModule,
    TranslatePipe,
    LoadErrorComponent,
    AuditEntriesComponent,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: RegistrationsPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="rt-page-head">
      <div>
        <h1>{{ 'audit.heading' | t }}</h1>
        <p class="intro">{{ 'audit.intro' | t }}</p>
      </div>
    </header>

    <section class="rt-panel" aria-labelledby="audit-list-heading">
      <h2 id="audit-list-heading" class="visually-hidden">{{ 'audit.heading' | t }}</h2>
      <div class="filters">
        <mat-form-field>
          <mat-label>{{ 'audit.filterActor' | t }}</mat-label>
          <mat-select [value]="actor()" (selectionChange)="set(actor, $event.value)">
            <mat-option value="">{{ 'audit.any' | t }}</mat-option>
            @for (user of users(); track user.id) {
              <mat-option [value]="user.id">{{ user.name }} ({{ user.email }})</mat-option>
            }
            @for (kind of actorKinds; track kind) {
              <mat-option [value]="kind">{{ kindText(kind) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'audit.filterAction' | t }}</mat-label>
          <mat-select [value]="action()" (selectionChange)="set(action, $event.value)">
            <mat-option value="">{{ 'audit.any' | t }}</mat-option>
            @for (family of families; track family) {
              <mat-option [value]="family">{{ familyText(family) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'audit.filterEvent' | t }}</mat-label>
          <mat-select [value]="eventId()" (selectionChange)="set(eventId, $event.value)">
            <mat-option value="">{{ 'audit.any' | t }}</mat-option>
            @for (item of events(); track item.id) {
              <mat-option [value]="item.id">{{ item.title }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'audit.filterFrom' | t }}</mat-label>
          <input matInput type="date" [value]="from()" (input)="set(from, $any($event.target).value)" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'audit.filterTo' | t }}</mat-label>
          <input matInput type="date" [value]="to()" (input)="set(to, $any($event.target).value)" />
        </mat-form-field>
        <div class="clear">
          <button mat-button type="button" (click)="clear()">{{ 'audit.clear' | t }}</button>
        </div>
      </div>

      <p class="total" aria-live="polite">{{ 'audit.total' | t: { count: total() } }}</p>
      @if (list.isLoading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'app.loading' | t" />
      }
      @if (listError(); as message) {
        <rt-load-error [message]="message" (retry)="list.reload()" />
      } @else if (!list.isLoading() && entries().length === 0) {
        <p>{{ 'audit.empty' | t }}</p>
      } @else {
        <rt-audit-entries [entries]="entries()" [timeZone]="zone" [eventTitles]="eventTitles()" />
      }
      <mat-paginator
        [length]="total()"
        [pageIndex]="page() - 1"
        [pageSize]="pageSize()"
        [pageSizeOptions]="[25, 50, 100]"
        [attr.aria-label]="'audit.paginator' | t"
        (page)="turnPage($event)"
      />
    </section>
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
      max-width: 72rem;
      margin: 0 auto;
    }
    .intro {
      margin: 0.5rem 0 0;
      max-width: 48rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      align-items: center;
      gap: 0 1rem;
    }
    .clear {
      padding-bottom: 1.25rem;
    }
    .total {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class AuditPage {
  private readonly api = inject(AuditApi);
  private readonly http = inject(HttpClient);
  private readonly usersApi = inject(UsersApi);
  private readonly i18n = inject(I18n);

  protected readonly zone = ORGANISATION_TIME_ZONE;
  protected readonly families = AUDIT_FAMILIES;
  protected readonly actorKinds = ACTOR_KINDS;

  protected readonly actor = signal('');
  protected readonly action = signal('');
  protected readonly eventId = signal('');
  protected readonly from = signal('');
  protected readonly to = signal('');
  protected readonly page = signal(1);
  protected readonly pageSize = signal<number>(AUDIT_PAGE_SIZE.default);

  protected readonly query = computed((): AuditQuery => ({
    actor: this.actor() || undefined,
    action: this.action() || undefined,
    eventId: this.eventId() || undefined,
    from: startOfDay(this.from(), this.zone) ?? undefined,
    // The "to" day is included: the filter ends where the next day begins.
    to: this.to() ? (startOfDay(nextDay(this.to()), this.zone) ?? undefined) : undefined,
    page: this.page(),
    pageSize: this.pageSize(),
  }));

  protected readonly list = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.list(params),
  });
  protected readonly entries = computed(() => (this.list.hasValue() ? this.list.value().items : []));
  protected readonly total = computed(() => (this.list.hasValue() ? this.list.value().total : 0));
  protected readonly listError = computed(() =>
    this.list.error() ? problemMessage(this.i18n, this.list.error()) : null,
  );

  private readonly usersList = rxResource({ stream: () => this.usersApi.list() });
  protected readonly users = computed(() => (this.usersList.hasValue() ? this.usersList.value().items : []));
  /** The latest events, drafts too, for the event filter and to name an entry's event. */
  private readonly eventsList = rxResource({
    stream: () =>
      this.http
        .get<Page<Event>>('/api/events', { params: new HttpParams().set('pageSize', 100) })
        .pipe(map((page) => page.items)),
  });
  protected readonly events = computed(() => (this.eventsList.hasValue() ? this.eventsList.value() : []));
  protected readonly eventTitles = computed(
    () => new Map(this.events().map((event) => [event.id, event.title] as const)),
  );

  protected set(filter: ReturnType<typeof signal<string>>, value: string): void {
    filter.set(value ?? '');
    this.page.set(1);
  }

  protected clear(): void {
    for (const filter of [this.actor, this.action, this.eventId, this.from, this.to]) filter.set('');
    this.page.set(1);
  }

  protected turnPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.page.set(event.pageIndex + 1);
  }

  protected kindText(kind: string): string {
    return this.i18n.t(`audit.actorKinds.${kind}` as TranslationKey);
  }

  protected familyText(family: string): string {
    return this.i18n.t(`audit.families.${auditKey(family)}` as TranslationKey);
  }
}
