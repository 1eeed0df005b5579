import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { Material } from '@roundtable/contracts';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { IconComponent } from '../../shared/ui/icon.component';
import { formatFileSize } from './file-size';
import { MaterialsApi } from './materials.api';
import './materials.i18n';

/**
 * The materials a visitor, or the holder of a personal link (`token`), may download, each a plain link, and
 * one link for all of them as a ZIP. Asked as the link would be answered, never as a signed-in organiser, so
 * every link shown opens. Nothing at all is shown while there is nothing to download (or the list fails: the
 * page around it is about something else).
 */
@Component({
  selector: 'rt-materials-list',
  imports: [TranslatePipe, IconComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (items().length > 0) {
      <section class="materials" aria-labelledby="materials-heading">
        <h2 id="materials-heading">{{ 'materials.heading' | t }}</h2>
        <ul>
          @for (material of items(); track material.id) {
            <li>
              <a [href]="downloadUrl(material)" download>
                <rt-icon name="download" />
                <span class="title">{{ material.title }}</span>
              </a>
              <span class="facts">{{
                'materials.fileFacts' | t: { filename: material.filename, size: size(material) }
              }}</span>
            </li>
          }
        </ul>
        @if (items().length > 1) {
          <a class="all" [href]="zipUrl()" download [attr.aria-label]="'materials.downloadAllLabel' | t">
            {{ 'materials.downloadAll' | t }}
          </a>
        }
      </section>
    }
  `,
  styles: `
    h2 {
      margin-top: 0;
    }
    ul {
      list-style: none;
      margin: 0 0 1rem;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    li {
      display: grid;
      gap: 0.125rem;
    }
    li a {
      display: inline-flex;
      align-items: flex-start;
      gap: 0.5rem;
      font: var(--mat-sys-title-small);
      overflow-wrap: anywhere;
    }
    .facts {
      padding-left: 2rem;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
      overflow-wrap: anywhere;
    }
    .all {
      font: var(--mat-sys-label-large);
    }
  `,
})
export class MaterialsListComponent {
  private readonly api = inject(MaterialsApi);
  private readonly i18n = inject(I18n);

  readonly eventId = input.required<string>();
  /** A personal link's token (the manage page's, the summary e-mail's); none for the public. */
  readonly token = input<string | null>(null);

  private readonly list = rxResource({
    params: () => ({ eventId: this.eventId(), token: this.token() }),
    stream: ({ params }) => this.api.list(params.eventId, params.token, true),
  });

  protected readonly items = computed((): Material[] =>
    this.list.hasValue() ? this.list.value().items : [],
  );
  protected readonly zipUrl = computed(() => this.api.zipUrl(this.eventId(), this.token()));

  protected downloadUrl(material: Material): string {
    return this.api.downloadUrl(material.id, this.token());
  }

  protected size(material: Material): string {
    return formatFileSize(material.size, this.i18n.language());
  }
}
