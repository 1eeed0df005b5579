import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  signal,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { FormFieldModule } from '../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Title } from '@angular/platform-browser';
import {
  SECTORS,
  type Contact,
  type ContactImport,
  type ContactInvitationResult,
  type ContactListQuery,
  type Sector,
} from '@roundtable/contracts';
import { MUNICIPALITIES } from '@roundtable/contracts/municipalities';
import { debounceTime, distinctUntilChanged, filter, Subject } from 'rxjs';
import { problemMessage } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { formatShortDate } from '../../core/time/event-time';
import { LoadErrorComponent } from '../../shared/ui/load-error.component';
import { RegistrationsPaginatorIntl } from '../organizer/registrations/registrations-paginator';
import { ContactDialogComponent } from './contact-dialog.component';
import { ContactsApi } from './contacts.api';
import { ImportDialogComponent } from './import-dialog.component';
import { InviteDialogComponent, type InviteDialogData } from './invite-dialog.component';
import './contacts.i18n';

/** Typing pauses this long before the search goes to the server. */
export const SEARCH_DEBOUNCE_MS = 300;

/** Contacts belong to no event; their dates read in the organisation's own time. */
const DIRECTORY_TIME_ZONE = 'Europe/Sofia';

const DIALOG = { width: '40rem', maxWidth: '95vw' } as const;

/**
 * `/organizer/contacts`: the people met across events, searched and filtered on the server; one added by
 * hand, many imported from a CSV file; a selection invited to an upcoming event.
 */
@Component({
  selector: 'rt-contacts-page',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    FormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslatePipe,
    LoadErrorComponent,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: RegistrationsPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contacts.page.html',
  styleUrl: './contacts.page.scss',
})
export class ContactsPage {
  private readonly api = inject(ContactsApi);
  private readonly dialog = inject(MatDialog);
  private readonly title = inject(Title);
  protected readonly i18n = inject(I18n);

  protected readonly sectors = SECTORS;
  protected readonly columns = [
    'select',
    'name',
    'email',
    'organization',
    'sector',
    'municipality',
    'followUp',
    'eventCount',
  ];

  protected readonly sector = signal<Sector | ''>('');
  protected readonly followUpOnly = signal(false);
  protected readonly q = signal('');
  protected readonly page = signal(1);
  protected readonly pageSize = signal(50);
  private readonly typed = new Subject<string>();

  protected readonly query = computed((): ContactListQuery => ({
    q: this.q() || undefined,
    sector: this.sector() || undefined,
    // Unticked means everyone, not "only those without consent": the filter is left out.
    followUp: this.followUpOnly() ? true : undefined,
    page: this.page(),
    pageSize: this.pageSize(),
  }));

  protected readonly list = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.list(params),
  });
  protected readonly rows = computed(() => (this.list.hasValue() ? this.list.value().items : []));
  protected readonly total = computed(() => (this.list.hasValue() ? this.list.value().total : 0));
  protected readonly listError = computed(() =>
    this.list.error() ? problemMessage(this.i18n, this.list.error()) : null,
  );

  /** Ids chosen on the page shown; a new page or filter starts with none. */
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly allSelected = computed(
    () => this.rows().length > 0 && this.rows().every((row) => this.selected().has(row.id)),
  );
  protected readonly someSelected = computed(() => this.selected().size > 0 && !this.allSelected());

  /** The outcome of the last dialog, read out by the page's status region. */
  protected readonly outcome = signal<string[]>([]);

  constructor() {
    effect(() => this.title.setTitle(`${this.i18n.t('contacts.heading')} · Roundtable`));
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

  protected nameOf(contact: Contact): string {
    return `${contact.firstName} ${contact.lastName}`;
  }

  protected municipalityName(code: string | null): string {
    if (!code) return '';
    return MUNICIPALITIES.find((m) => m.code === code)?.[this.i18n.language()] ?? code;
  }

  protected consentDate(contact: Contact): string | null {
    const at = contact.followUp.at;
    return at ? formatShortDate(at, DIRECTORY_TIME_ZONE, this.i18n.language()) : null;
  }

  protected search(text: string): void {
    this.typed.next(text);
  }

  protected filterBySector(value: Sector | ''): void {
    this.sector.set(value);
    this.page.set(1);
  }

  protected filterByFollowUp(only: boolean): void {
    this.followUpOnly.set(only);
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

  protected clearSelection(): void {
    this.selected.set(new Set());
  }

  protected add(): void {
    this.dialog
      .open<ContactDialogComponent, void, Contact>(ContactDialogComponent, DIALOG)
      .afterClosed()
      .pipe(filter((contact): contact is Contact => !!contact))
      .subscribe((contact) => {
        this.outcome.set([this.i18n.t('contacts.added', { name: this.nameOf(contact) })]);
        this.list.reload();
      });
  }

  protected importCsv(): void {
    this.dialog
      .open<ImportDialogComponent, void, ContactImport>(ImportDialogComponent, DIALOG)
      .afterClosed()
      .subscribe((job) => {
        if (job?.status === 'done') {
          this.outcome.set([
            this.i18n.t('contacts.imported', {
              created: job.created,
              updated: job.updated,
              errors: job.errors.length,
            }),
          ]);
        }
        // Also after Escape: an import may have added people while the dialog was open.
        this.list.reload();
      });
  }

  protected invite(): void {
    const contactIds = [...this.selected()];
    if (contactIds.length === 0) return;
    this.dialog
      .open<InviteDialogComponent, InviteDialogData, ContactInvitationResult>(InviteDialogComponent, {
        ...DIALOG,
        data: { contactIds },
      })
      .afterClosed()
      .pipe(filter((result): result is ContactInvitationResult => !!result))
      .subscribe((result) => {
        this.outcome.set(describeInvitationResult(this.i18n, result));
        this.selected.set(new Set());
        // The number of events of the invited has changed.
        this.list.reload();
      });
  }
}

/** "Поканени: 3. Пропуснати, защото вече имат покана за събитието: 1." and, rarely, the contacts gone since. */
export function describeInvitationResult(i18n: I18n, result: ContactInvitationResult): string[] {
  const already = result.skipped.filter((skip) => skip.reason === 'already-invited').length;
  const missing = result.skipped.length - already;
  const lines = [i18n.t('contacts.invited', { invited: result.invited, already })];
  if (missing > 0) lines.push(i18n.t('contacts.invitedMissing', { missing }));
  return lines;
}
