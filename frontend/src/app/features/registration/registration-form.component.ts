import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  type OnInit,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { FormFieldModule } from '../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import {
  REGISTRATION_LIMITS,
  type Event,
  type Registration,
  type RegistrationInput,
} from '@roundtable/contracts';
import { map, of, switchMap, timer, type Observable } from 'rxjs';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { requiredText, serverProblemMessage } from '../../core/forms/field-errors';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { problemMessage, problemOf } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { registrationControls, registrationInputOf } from './registration-fields';
import { RegistrationFieldsComponent } from './registration-fields.component';
import { RegistrationApi, type RegistrationFormGuard } from './registration.api';
import './registration.i18n';

export interface Registered {
  registration: Registration;
  email: string;
}

/** A guard token and when it arrived, by this browser's clock (the server counts from its own). */
interface HeldGuard {
  guard: RegistrationFormGuard;
  receivedAt: number;
}

/**
 * The public registration form: who the person is, where they work, what they need, and the consents of the
 * product, each with the versioned wording of the contracts. Mistakes are said next to their field, summed up
 * in an alert, and the keyboard goes to the first one, whether the form or the API found them.
 */
@Component({
  selector: 'rt-registration-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    FormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
    RegistrationFieldsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './registration-form.component.html',
  styleUrl: './registration-form.component.scss',
})
export class RegistrationFormComponent implements OnInit {
  private readonly api = inject(RegistrationApi);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly event = input.required<Event>();
  readonly registered = output<Registered>();

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  /** The bot guard's token (decision 0010); null until it comes, or after the server refused it. */
  private guard: HeldGuard | null = null;
  /** The honeypot: off-screen, hidden from screen readers and out of the tab order, so only a script fills it. */
  protected readonly website = new FormControl('', { nonNullable: true });

  protected readonly form = new FormGroup({
    ...registrationControls(this.i18n.language()),
    email: new FormControl('', {
      nonNullable: true,
      validators: [requiredText, Validators.email, Validators.maxLength(REGISTRATION_LIMITS.email)],
    }),
  });

  ngOnInit(): void {
    // Failing here costs nothing yet: sending fetches the token again, and says so if that fails too.
    this.fetchGuard().subscribe({ error: () => undefined });
  }

  protected submit(): void {
    // Busy buttons stay focusable (disabledInteractive), so a second press arrives here: ignore it.
    if (this.busy()) return;
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.i18n.t('a11y.formInvalid'));
      focusFirstInvalid(() => this.host.nativeElement, this.injector);
      return;
    }
    const email = this.form.controls.email.value.trim();
    this.busy.set(true);
    const input: RegistrationInput = { ...registrationInputOf(this.form.controls), email };
    this.guarded()
      .pipe(switchMap((guard) => this.api.register(this.event().id, input, guard, this.website.value)))
      .subscribe({
        next: (registration) => {
          this.busy.set(false);
          this.registered.emit({ registration, email });
        },
        error: (error: unknown) => {
          this.busy.set(false);
          const problem = problemOf(error);
          if (problem?.code === 'FORM_CHECK_FAILED') {
            // The token was too old, too young or lost with a restart: nothing the person typed was wrong.
            this.guard = null;
            // As when the form opened: a failure here is retried by the next send.
            this.fetchGuard().subscribe({ error: () => undefined });
            this.error.set(this.i18n.t('register.sendAgain'));
            return;
          }
          if (problem?.code === 'ALREADY_REGISTERED') {
            // About the address, so it is said there: the person may have typed someone else's.
            const control = this.form.controls.email;
            control.setErrors({ server: { rule: 'ALREADY_REGISTERED', message: problem.detail } });
            control.markAsTouched();
            this.error.set(problemMessage(this.i18n, error));
            focusFirstInvalid(() => this.host.nativeElement, this.injector);
            return;
          }
          this.error.set(serverProblemMessage(this.i18n, this.form, error));
          focusFirstInvalid(() => this.host.nativeElement, this.injector);
        },
      });
  }

  /**
   * The token to send, fetched now if opening the form could not get one, and no younger than the server
   * accepts: a person quicker than `minFillSeconds` waits the rest with the button busy instead of being refused.
   */
  private guarded(): Observable<RegistrationFormGuard> {
    const held = this.guard ? of(this.guard) : this.fetchGuard();
    return held.pipe(
      switchMap(({ guard, receivedAt }) => {
        const wait = receivedAt + guard.minFillSeconds * 1000 - Date.now();
        return wait > 0 ? timer(wait).pipe(map(() => guard)) : of(guard);
      }),
    );
  }

  private fetchGuard(): Observable<HeldGuard> {
    return this.api.formGuard(this.event().id).pipe(
      map((guard) => {
        this.guard = { guard, receivedAt: Date.now() };
        return this.guard;
      }),
    );
  }
}
