import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { FormFieldModule } from '../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import { INVITATION_LIMITS, PANELIST_CONSENTS, type Invitation } from '@roundtable/contracts';
import { concatMap, of } from 'rxjs';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { applyServerErrors, plainText } from '../../core/forms/field-errors';
import { fieldErrorsOf, problemMessage, problemOf } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { InviteeApi } from './invitee.api';
import './invitee.i18n';

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/**
 * A panel member's bio, photo and the two consents that decide what the public event page shows. The consent
 * texts are the versioned ones from the contracts, word for word, in the page's language.
 */
@Component({
  selector: 'rt-profile-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    FormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      @if (error(); as message) {
        <div class="rt-form-error" role="alert">{{ message }}</div>
      }
      <mat-form-field class="rt-full">
        <mat-label>{{ 'invitee.bio' | t }}</mat-label>
        <textarea matInput rows="5" formControlName="bio"></textarea>
        <mat-error>{{ form.controls.bio | fieldError }}</mat-error>
      </mat-form-field>

      <div class="photo">
        <label for="profile-photo">{{ 'invitee.photo' | t }}</label>
        <input
          #photoInput
          id="profile-photo"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          [attr.aria-describedby]="photoNoteId()"
          [attr.aria-invalid]="photoError() ? true : null"
          (change)="choose($event)"
        />
        @if (photoError(); as message) {
          <p id="photo-note" class="photo-error" role="alert">{{ message }}</p>
        } @else if (photo(); as file) {
          <p id="photo-note" class="photo-note">{{ 'invitee.photoChosen' | t: { file: file.name } }}</p>
        } @else if (invitation().hasPhoto) {
          <p id="photo-note" class="photo-note">{{ 'invitee.photoUploaded' | t }}</p>
        }
      </div>

      <fieldset class="consents">
        <legend>{{ 'invitee.consents' | t }}</legend>
        <mat-checkbox formControlName="publishName">{{ consentText().publishName }}</mat-checkbox>
        <mat-checkbox formControlName="publishPhoto">{{ consentText().publishPhoto }}</mat-checkbox>
        <p class="withdraw">{{ 'invitee.consentsWithdraw' | t }}</p>
      </fieldset>

      <button mat-flat-button type="submit" [disabled]="busy()" disabledInteractive>
        {{ 'invitee.saveProfile' | t }}
      </button>
      <p class="saved" role="status">
        @if (savedNotice()) {
          {{ 'invitee.profileSaved' | t }}
        }
      </p>
    </form>
  `,
  styles: `
    .photo {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin: 0 0 1.5rem;
      label {
        font: var(--mat-sys-body-large);
      }
      input {
        max-width: 100%;
      }
      p {
        flex-basis: 100%;
        margin: 0;
        font: var(--mat-sys-body-medium);
      }
    }
    .photo-note {
      color: var(--mat-sys-on-surface-variant);
    }
    .photo-error {
      color: var(--mat-sys-error);
    }
    .consents {
      border: none;
      margin: 0 0 1.25rem;
      padding: 0;
      display: grid;
      gap: 0.5rem;
      legend {
        font: var(--mat-sys-title-medium);
        margin-bottom: 0.5rem;
        padding: 0;
      }
    }
    .withdraw {
      margin: 0.25rem 0 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .saved {
      margin: 0.75rem 0 0;
      font-weight: 600;
      color: var(--mat-sys-primary);
      min-height: 1.5em;
    }
  `,
})
export class ProfileFormComponent {
  private readonly api = inject(InviteeApi);
  private readonly i18n = inject(I18n);

  readonly token = input.required<string>();
  readonly invitation = input.required<Invitation>();
  readonly profileSaved = output<Invitation>();

  protected readonly form = new FormGroup({
    bio: new FormControl('', {
      nonNullable: true,
      validators: [plainText, Validators.maxLength(INVITATION_LIMITS.bio)],
    }),
    publishName: new FormControl(false, { nonNullable: true }),
    publishPhoto: new FormControl(false, { nonNullable: true }),
  });
  protected readonly photo = signal<File | null>(null);
  protected readonly photoError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly savedNotice = signal(false);
  protected readonly consentText = computed(() => {
    const language = this.i18n.language();
    return {
      publishName: PANELIST_CONSENTS.publishName[language],
      publishPhoto: PANELIST_CONSENTS.publishPhoto[language],
    };
  });
  protected readonly photoNoteId = computed(() =>
    this.photoError() || this.photo() || this.invitation().hasPhoto ? 'photo-note' : null,
  );
  private readonly invitationId = computed(() => this.invitation().id);
  private readonly photoInput = viewChild<ElementRef<HTMLInputElement>>('photoInput');

  constructor() {
    effect(() => {
      this.invitationId();
      untracked(() => {
        const { bio, consents } = this.invitation();
        this.form.reset({
          bio: bio ?? '',
          publishName: consents.publishName,
          publishPhoto: consents.publishPhoto,
        });
      });
    });
  }

  /** Checked here first so that a wrong file is said at once, not after a 5 MB upload. */
  protected choose(change: Event): void {
    const file = (change.target as HTMLInputElement).files?.[0] ?? null;
    this.photoError.set(null);
    this.savedNotice.set(false);
    if (file && !PHOTO_TYPES.includes(file.type)) {
      this.photoError.set(this.i18n.t('code.INVALID_PHOTO'));
      this.photo.set(null);
      return;
    }
    if (file && file.size > INVITATION_LIMITS.photoBytes) {
      this.photoError.set(this.i18n.t('code.PAYLOAD_TOO_LARGE'));
      this.photo.set(null);
      return;
    }
    this.photo.set(file);
  }

  protected save(): void {
    // Busy buttons stay focusable (disabledInteractive), so a second press arrives here: ignore it.
    if (this.busy()) return;
    this.error.set(null);
    this.savedNotice.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { bio, publishName, publishPhoto } = this.form.getRawValue();
    const photo = this.photo();
    this.busy.set(true);
    this.api
      .saveProfile(this.token(), { bio: bio.trim(), publishName, publishPhoto })
      .pipe(
        concatMap((invitation) => {
          this.profileSaved.emit(invitation);
          return photo ? this.api.uploadPhoto(this.token(), photo) : of(invitation);
        }),
      )
      .subscribe({
        next: (invitation) => {
          this.busy.set(false);
          this.photo.set(null);
          const photoInput = this.photoInput()?.nativeElement;
          if (photoInput) photoInput.value = '';
          this.savedNotice.set(true);
          this.profileSaved.emit(invitation);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          const code = problemOf(error)?.code;
          if (code === 'INVALID_PHOTO' || code === 'PAYLOAD_TOO_LARGE') {
            this.photoError.set(
              this.i18n.t('invitee.photoFailed', { reason: problemMessage(this.i18n, error) }),
            );
            return;
          }
          const unmatched = applyServerErrors(this.form, fieldErrorsOf(error));
          if (unmatched.length > 0 || code !== 'VALIDATION_FAILED')
            this.error.set(problemMessage(this.i18n, error));
        },
      });
  }
}
