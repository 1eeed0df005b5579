import { inject, Pipe, type PipeTransform } from '@angular/core';
import { I18n, type LabelGroup, type TranslationKey, type TranslationParams } from './i18n.service';

/**
 * `{{ 'nav.events' | t }}`, `{{ 'event.cancellationReason' | t: { reason } }}`. Impure on purpose: the
 * language is a signal read inside `transform`, so views re-render when it changes even though the key did not.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}

/** `{{ event.status | label: 'status' }}`: the translated name of a vocabulary value. */
@Pipe({ name: 'label', pure: false })
export class LabelPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(value: string | null | undefined, group: LabelGroup): string {
    return value ? this.i18n.label(group, value) : '';
  }
}
