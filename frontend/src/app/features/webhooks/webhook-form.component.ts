import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  type OnInit,
} from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule, type MatCheckboxChange } from '@angular/material/checkbox';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import {
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_LIMITS,
  type WebhookEndpoint,
  type WebhookEndpointWithSecret,
  type WebhookEventType,
} from '@roundtable/contracts';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { requiredText, serverProblemMessage, singleLine } from '../../core/forms/field-errors';
import { FormFieldModule } from '../../core/forms/form-field.module';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { I18n, type TranslationKey } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { WebhooksApi } from './webhooks.api';
import './webhooks.i18n';

/** The API's `isWebhookUrl`: https, a host, no user name or password. Private hosts are the API's to refuse. */
export function webhookUrl(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' && url.hostname !== '' && !url.username && !url.password
      ? null
      : { isWebhookUrl: true };
  } catch {
    return { isWebhookUrl: true };
  }
}

const atLeastOne = (control: AbstractControl): ValidationErrors | null =>
  Array.isArray(control.value) && control.value.length > 0 ? null : { arrayNotEmpty: true };

/** The label of an event type: `webhookType.registration.created`. */
export const typeKey = (type: WebhookEventType) => `webhookType.${type}` as TranslationKey;

/** Adds an endpoint (`endpoint` unset: the answer carries the secret) or edits one. */
@Component({
  selector: 'rt-webhook-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatSlideToggleModule,
    FormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="rt-panel" aria-labelledby="webhook-form-heading">
      <h2 id="webhook-form-heading">
        {{ (endpoint() ? 'webhooks.editHeading' : 'webhooks.createHeading') | t }}
      </h2>
      @if (error(); as message) {
        <div class="rt-form-error" role="alert">{{ message }}</div>
      }
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field class="rt-full">
          <mat-label>{{ 'webhooks.url' | t }}</mat-label>
          <input matInput type="url" formControlName="url" autocomplete="off" required />
          <mat-hint>{{ 'webhooks.urlHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.url | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field class="rt-full">
          <mat-label>{{ 'webhooks.description' | t }}</mat-label>
          <input matInput formControlName="description" autocomplete="off" />
          <mat-error>{{ form.controls.description | fieldError }}</mat-error>
        </mat-form-field>
        <fieldset class="types">
          <legend>{{ 'webhooks.types' | t }}</legend>
          @for (type of types; track type) {
            <mat-checkbox
              [checked]="form.controls.eventTypes.value.includes(type)"
              (change)="toggleType(type, $event)"
            >
              {{ typeKey(type) | t }} <code>{{ type }}</code>
            </mat-checkbox>
          }
          @if (form.controls.eventTypes.touched && form.controls.eventTypes.invalid) {
            <p class="types-error" role="alert">{{ 'webhooks.typesRequired' | t }}</p>
          }
        </fieldset>
        <mat-slide-toggle formControlName="active">{{ 'webhooks.active' | t }}</mat-slide-toggle>
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="busy()" disabledInteractive>
            {{ (endpoint() ? 'webhooks.save' : 'webhooks.create') | t }}
          </button>
          <button mat-button type="button" (click)="cancelled.emit()">{{ 'webhooks.cancel' | t }}</button>
        </div>
      </form>
    </section>
  `,
  styles: `
    .types {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
      display: flex;
      flex-direction: column;
      align-items: flex-start;
    }
    .types legend {
      font: var(--mat-sys-title-small);
      margin-bottom: 0.25rem;
    }
    .types code {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    .types-error {
      color: var(--mat-sys-error);
      margin: 0.25rem 0 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 1.5rem;
    }
  `,
})
export class WebhookFormComponent implements OnInit {
  private readonly api = inject(WebhooksApi);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** The endpoint being edited; unset for a new one. */
  readonly endpoint = input<WebhookEndpoint | null>(null);
  readonly created = output<WebhookEndpointWithSecret>();
  readonly saved = output<WebhookEndpoint>();
  readonly cancelled = output<void>();

  protected readonly types = WEBHOOK_EVENT_TYPES;
  protected readonly typeKey = typeKey;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = new FormGroup({
    url: new FormControl('', {
      nonNullable: true,
      validators: [requiredText, webhookUrl, Validators.maxLength(WEBHOOK_LIMITS.url)],
    }),
    description: new FormControl('', {
      nonNullable: true,
      validators: [singleLine, Validators.maxLength(WEBHOOK_LIMITS.description)],
    }),
    eventTypes: new FormControl<WebhookEventType[]>([], { nonNullable: true, validators: [atLeastOne] }),
    active: new FormControl(true, { nonNullable: true }),
  });

  ngOnInit(): void {
    const endpoint = this.endpoint();
    if (endpoint) {
      this.form.setValue({
        url: endpoint.url,
        description: endpoint.description,
        eventTypes: [...endpoint.eventTypes],
        active: endpoint.active,
      });
    }
  }

  protected toggleType(type: WebhookEventType, change: MatCheckboxChange): void {
    const control = this.form.controls.eventTypes;
    const others = control.value.filter((chosen) => chosen !== type);
    // In the order of the list, whatever the order of the clicks.
    const chosen = change.checked ? [...others, type] : others;
    control.setValue(WEBHOOK_EVENT_TYPES.filter((t) => chosen.includes(t)));
    control.markAsTouched();
  }

  protected submit(): void {
    if (this.busy()) return;
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.i18n.t('a11y.formInvalid'));
      focusFirstInvalid(() => this.host.nativeElement, this.injector);
      return;
    }
    const value = this.form.getRawValue();
    const request = { ...value, url: value.url.trim(), description: value.description.trim() };
    const endpoint = this.endpoint();
    this.busy.set(true);
    const done = {
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(serverProblemMessage(this.i18n, this.form, error));
        focusFirstInvalid(() => this.host.nativeElement, this.injector);
      },
    };
    if (endpoint) {
      this.api.update(endpoint.id, request).subscribe({
        ...done,
        next: (updated) => {
          this.busy.set(false);
          this.saved.emit(updated);
        },
      });
    } else {
      this.api.create(request).subscribe({
        ...done,
        next: (created) => {
          this.busy.set(false);
          this.created.emit(created);
        },
      });
    }
  }
}
