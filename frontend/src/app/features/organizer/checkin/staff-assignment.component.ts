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
import { FormFieldModule } from '../../../core/forms/form-field.module';
import { MatSelectModule } from '@angular/material/select';
import type { StaffMember } from '@roundtable/contracts';
import { map } from 'rxjs';
import { problemMessage } from '../../../core/http/problem';
import { I18n } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { LoadErrorComponent } from '../../../shared/ui/load-error.component';
import { CheckinApi } from './checkin.api';
import './checkin.i18n';

/** Who checks people in at this event: organisers and admins pick from the active staff accounts. */
@Component({
  selector: 'rt-staff-assignment',
  imports: [MatButtonModule, FormFieldModule, MatSelectModule, TranslatePipe, LoadErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="rt-panel" aria-labelledby="staff-heading">
      <h2 id="staff-heading">{{ 'staffAssign.heading' | t }}</h2>
      <p class="hint">{{ 'staffAssign.intro' | t }}</p>
      @if (loadError(); as message) {
        <rt-load-error [message]="message" (retry)="reload()" />
      } @else if (candidates(); as users) {
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
            <button mat-flat-button type="button" [disabled]="saving()" disabledInteractive (click)="save()">
              {{ 'staffAssign.save' | t }}
            </button>
          </div>
        }
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
  private readonly i18n = inject(I18n);

  readonly eventId = input.required<string>();

  protected readonly assigned = rxResource({
    params: () => this.eventId(),
    stream: ({ params }) => this.api.staff(params).pipe(map((page) => page.items)),
  });
  /** The active staff accounts. */
  private readonly staffUsers = rxResource({
    stream: () => this.api.staffAccounts().pipe(map((page) => page.items)),
  });
  /** The staff accounts, plus anyone assigned who no longer is one (so saving does not drop them unseen). */
  protected readonly candidates = computed((): StaffMember[] | null => {
    if (!this.staffUsers.hasValue() || !this.assigned.hasValue()) return null;
    const users = this.staffUsers.value();
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
