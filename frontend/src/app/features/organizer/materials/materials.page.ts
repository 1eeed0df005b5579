import { HttpEventType } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { FormFieldModule } from '../../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Title } from '@angular/platform-browser';
import {
  MATERIAL_TITLE_MAX_LENGTH,
  MATERIAL_VISIBILITIES,
  type Material,
  type MaterialKind,
  type MaterialVisibility,
} from '@roundtable/contracts';
import { filter, switchMap } from 'rxjs';
import { FieldErrorPipe } from '../../../core/forms/field-error.pipe';
import { applyServerErrors, requiredText, singleLine } from '../../../core/forms/field-errors';
import { fieldErrorsOf, isNotFound, problemMessage } from '../../../core/http/problem';
import { I18n } from '../../../core/i18n/i18n.service';
import { LabelPipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { LoadErrorComponent } from '../../../shared/ui/load-error.component';
import { NotFoundComponent } from '../../../shared/ui/not-found.component';
import { formatFileSize } from '../../materials/file-size';
import { MaterialsApi, type MaterialUploadFields } from '../../materials/materials.api';
import { EventTabsComponent } from '../event-tabs.component';
import { OrganizerEventsApi } from '../organizer-events.api';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../../../shared/ui/confirm-dialog.component';
import '../../events/events.i18n';
import '../../materials/materials.i18n';

/** An upload on its way: which form it came from and how far it is (0..100). */
interface Upload {
  kind: MaterialKind;
  percent: number;
}

/**
 * `/organizer/events/:id/materials`: the organisers upload the event's materials with who may download them,
 * change that later, download and delete them; and keep the scan of the signed attendance sheet (one per
 * event, a new one replaces it). The server judges the type and the size; the page says the limit first.
 */
@Component({
  selector: 'rt-materials-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    FormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    LabelPipe,
    FieldErrorPipe,
    LoadErrorComponent,
    NotFoundComponent,
    EventTabsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './materials.page.html',
  styleUrl: './materials.page.scss',
})
export class MaterialsPage {
  private readonly events = inject(OrganizerEventsApi);
  private readonly api = inject(MaterialsApi);
  private readonly dialog = inject(MatDialog);
  private readonly title = inject(Title);
  protected readonly i18n = inject(I18n);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');

  /** Route parameter: the event's id. */
  readonly id = input.required<string>();

  protected readonly visibilities = MATERIAL_VISIBILITIES;
  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [requiredText, singleLine, Validators.maxLength(MATERIAL_TITLE_MAX_LENGTH)],
    }),
    visibility: new FormControl<MaterialVisibility>('public', { nonNullable: true }),
  });
  protected readonly file = signal<File | null>(null);
  protected readonly fileError = signal<string | null>(null);
  protected readonly upload = signal<Upload | null>(null);
  /** The last thing done, for the live region; an error of an action beside it. */
  protected readonly status = signal('');
  protected readonly error = signal<string | null>(null);

  protected readonly event = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.events.get(params),
  });
  protected readonly list = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.list(params),
  });

  protected readonly loaded = computed(() => (this.event.hasValue() ? this.event.value() : null));
  protected readonly notFound = computed(() => isNotFound(this.event.error()));
  protected readonly loadError = computed(() => {
    const error = (this.notFound() ? null : this.event.error()) ?? this.list.error();
    return error ? problemMessage(this.i18n, error) : null;
  });
  protected readonly materials = computed(() =>
    this.list.hasValue() ? this.list.value().items.filter((item) => item.kind === 'material') : [],
  );
  protected readonly signedSheet = computed(() =>
    this.list.hasValue()
      ? (this.list.value().items.find((item) => item.kind === 'signed-sheet') ?? null)
      : null,
  );
  protected readonly maxBytes = computed(() =>
    this.list.hasValue() ? this.list.value().maxUploadBytes : null,
  );
  protected readonly maxSize = computed(() => {
    const bytes = this.maxBytes();
    return bytes === null ? '' : formatFileSize(bytes, this.i18n.language());
  });

  constructor() {
    effect(() => {
      const event = this.loaded();
      if (event) this.title.setTitle(`${this.i18n.t('materialsAdmin.title')}: ${event.title}`);
    });
  }

  protected size(bytes: number): string {
    return formatFileSize(bytes, this.i18n.language());
  }

  /** A file picked for the material form: refused at once when over the limit, as the server would. */
  protected pick(input: HTMLInputElement): void {
    const file = input.files?.[0] ?? null;
    input.value = '';
    this.fileError.set(file ? this.tooLarge(file) : null);
    this.file.set(file && !this.fileError() ? file : null);
  }

  protected submit(): void {
    if (this.upload()) return;
    this.form.markAllAsTouched();
    const file = this.file();
    if (!file) this.fileError.set(this.fileError() ?? this.i18n.t('materialsAdmin.fileRequired'));
    if (this.form.invalid || !file) return;
    const { title, visibility } = this.form.getRawValue();
    this.send(file, { title: title.trim(), visibility, kind: 'material' }, (material) => {
      this.form.reset({ title: '', visibility: 'public' });
      this.file.set(null);
      this.status.set(this.i18n.t('materialsAdmin.uploaded', { title: material.title }));
    });
  }

  /** The signed sheet goes as soon as it is picked: there is nothing else to fill in. */
  protected pickSignedSheet(input: HTMLInputElement): void {
    const file = input.files?.[0] ?? null;
    input.value = '';
    if (!file || this.upload()) return;
    const tooLarge = this.tooLarge(file);
    if (tooLarge) {
      this.error.set(tooLarge);
      return;
    }
    this.send(file, { kind: 'signed-sheet' }, () =>
      this.status.set(this.i18n.t('materialsAdmin.signedUploaded')),
    );
  }

  protected changeVisibility(material: Material, visibility: MaterialVisibility): void {
    this.error.set(null);
    this.api.update(material.id, { visibility }).subscribe({
      next: (updated) => {
        this.replace(updated);
        this.status.set(this.i18n.t('materialsAdmin.visibilityChanged', { title: updated.title }));
      },
      error: (error: unknown) => {
        this.error.set(problemMessage(this.i18n, error));
        this.list.reload();
      },
    });
  }

  protected download(material: Material): void {
    this.error.set(null);
    this.api.download(material.id).subscribe({
      next: (blob) => saveAs(blob, material.filename),
      error: (error: unknown) => this.error.set(problemMessage(this.i18n, error)),
    });
  }

  protected remove(material: Material): void {
    this.error.set(null);
    this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
        data: {
          title: 'materialsAdmin.deleteTitle',
          text: 'materialsAdmin.deleteText',
          params: { title: material.title },
          back: 'materialsAdmin.back',
          confirm: 'materialsAdmin.deleteConfirm',
        },
      })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => this.api.remove(material.id)),
      )
      .subscribe({
        next: () => {
          this.list.update((list) =>
            list ? { ...list, items: list.items.filter((item) => item.id !== material.id) } : list,
          );
          this.status.set(this.i18n.t('materialsAdmin.deleted', { title: material.title }));
        },
        error: (error: unknown) => this.error.set(problemMessage(this.i18n, error)),
      });
  }

  protected chooseFile(): void {
    this.fileInput()?.nativeElement.click();
  }

  private tooLarge(file: File): string | null {
    const max = this.maxBytes();
    return max !== null && file.size > max
      ? this.i18n.t('materialsAdmin.fileTooLarge', { file: file.name, size: this.maxSize() })
      : null;
  }

  private send(file: File, fields: MaterialUploadFields, done: (material: Material) => void): void {
    const kind = fields.kind ?? 'material';
    this.error.set(null);
    this.status.set('');
    this.upload.set({ kind, percent: 0 });
    this.api.upload(this.id(), file, fields).subscribe({
      next: (event) => {
        if (event.type === HttpEventType.UploadProgress) {
          const percent = event.total ? Math.round((100 * event.loaded) / event.total) : 0;
          this.upload.set({ kind, percent });
        } else if (event.type === HttpEventType.Response && event.body) {
          this.upload.set(null);
          this.list.reload();
          done(event.body);
        }
      },
      error: (error: unknown) => {
        this.upload.set(null);
        if (kind === 'material') {
          const unplaced = applyServerErrors(this.form, fieldErrorsOf(error));
          const onFile = unplaced.find((fieldError) => fieldError.field === 'file');
          if (onFile) this.fileError.set(problemMessage(this.i18n, error));
        }
        this.error.set(problemMessage(this.i18n, error));
      },
    });
  }

  private replace(material: Material): void {
    this.list.update((list) =>
      list ? { ...list, items: list.items.map((item) => (item.id === material.id ? material : item)) } : list,
    );
  }
}

/** Saves a fetched file under its name, as a download link would. */
function saveAs(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url));
}
