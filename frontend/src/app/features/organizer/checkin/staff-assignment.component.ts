import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import type { StaffMember } from '@roundtable/contracts';
import { map, of } from 'rxjs';
import { Auth } from '../../../core/auth/auth.service';
import { problemMessage } from '../../../core/http/problem';
import { I18n } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { LoadErrorComponent } from '../../../shared/ui/load-error.component';
import { UsersApi } from '../../users/users.api';
import { CheckinApi } from './checkin.api';

/**
 * Who checks people in at this event. The staff accounts to pick from come from the users API, which only
 * admins may read: an admin picks them here; an organiser sees who is assigned.
 */
@Component({
  selector: 'rt-staff-assignment',
  imports: [MatButtonModule, MatFormFieldModule, MatSelectModule, TranslatePipe, LoadErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="rt-panel" aria-labelledby="staff-heading">
      <h2 id="staff-heading">{{ 'staffAssign.heading' | t }}</h2>
      <p class="hint">{{ 'staffAssign.intro' | t }}</p>
      @if (loadError(); as message) {
        <rt-load-error [message]="message" (retry)="reload()" />
      } @else if (auth.isAdmin()) {
        @if (candidates(); as users) {
          @if (users.length === 0) {
            <p>{{ 'staffAssign.noStaffUsers' | t }}</p>
          } @else {
            <div class="row">
              <mat-form-field class="pick">
                <mat-label>{{ 'staffAssign.label' | t }}</mat-label>
                <mat-select multiple [value]="selected()" (valueChange)="selected.set($event)">
                  @for (user of users; track user.id) {
                    <mat-option [value]="user.id">{{ user.name }} ({{ user.email }})</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <button
                mat-flat-button
                type="button"
                [disabled]="saving()"
                disabledInteractive
                (click)="save()"
              >
                {{ 'staffAssign.save' | t }}
              </button>
            </div>
          }
        }
      } @else if (assigned.hasValue()) {
        @if (assigned.value().length === 0) {
          <p>{{ 'staffAssign.none' | t }}</p>
        } @else {
          <ul>
            @for (member of assigned.value(); track member.id) {
              <li>{{ member.name }} ({{ member.email }})</li>
            }
          </ul>
        }
        <p class="hint">{{ 'staffAssign.adminOnly' | t }}</p>
      }
      <p class="status" role="status">{{ status() }}</p>
    </section>
  `,
  styles: `
    h2 {
      margin-top: 0;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.75rem;
    }
    .pick {
      flex: 1 1 18rem;
    }
    .status:empty {
      display: none;
    }
  `,
})
export class StaffAssignmentComponent {
  private readonly api = inject(CheckinApi);
  private readonly users = inject(UsersApi);
  private readonly i18n = inject(I18n);
  protected readonly auth = inject(Auth);

  readonly eventId = input.required<string>();

  protected readonly assigned = rxResource({
    params: () => this.eventId(),
    stream: ({ params }) => this.api.staff(params).pipe(map((page) => page.items)),
  });
  /** Active staff accounts, for admins; organisers may not list users (the API answers 403). */
  private readonly staffUsers = rxResource({
    params: () => this.auth.isAdmin(),
    stream: ({ params: admin }) =>
      admin
        ? this.users
            .list()
            .pipe(map((page) => page.items.filter((user) => user.role === 'staff' && user.active)))
        : of([]),
  });
  /** The staff accounts, plus anyone assigned who no longer is one (so saving does not drop them unseen). */
  protected readonly candidates = computed((): StaffMember[] | null => {
    if (!this.staffUsers.hasValue() || !this.assigned.hasValue()) return null;
    const users: StaffMember[] = this.staffUsers.value().map(({ id, email, name }) => ({ id, email, name }));
    const extra = this.assigned.value().filter((member) => !users.some((user) => user.id === member.id));
    return [...users, ...extra];
  });
  protected readonly selected = linkedSignal(() =>
    this.assigned.hasValue() ? this.assigned.value().map((member) => member.id) : [],
  );
  protected readonly saving = signal(false);
  protected readonly status = signal('');
  protected readonly loadError = computed(() => {
    const error = this.assigned.error() ?? this.staffUsers.error();
    return error ? problemMessage(this.i18n, error) : null;
  });

  protected reload(): void {
    this.assigned.reload();
    this.staffUsers.reload();
  }

  protected save(): void {
    if (this.saving()) return;
    this.saving.set(true);
    this.status.set('');
    this.api.assignStaff(this.eventId(), this.selected()).subscribe({
      next: ({ items }) => {
        this.saving.set(false);
        this.assigned.set(items);
        this.status.set(this.i18n.t('staffAssign.saved'));
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.status.set(problemMessage(this.i18n, error));
      },
    });
  }
}
