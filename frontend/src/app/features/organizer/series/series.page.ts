import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { isNotFound, problemMessage } from '../../../core/http/problem';
import { I18n } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { formatDateTime } from '../../../core/time/event-time';
import { IconComponent } from '../../../shared/ui/icon.component';
import { LoadErrorComponent } from '../../../shared/ui/load-error.component';
import { NotFoundComponent } from '../../../shared/ui/not-found.component';
import { StatusChipComponent } from '../../../shared/ui/status-chip.component';
import { AttendanceStatsComponent } from '../../summary/attendance-stats.component';
import { SeriesApi } from './series.api';
import '../event-editor/event-editor.i18n';
import './series.i18n';

/**
 * `/organizer/series/:id`: the events of a series in time order, past and upcoming, each with its registered
 * and attended, and the series' joint attendance as a summary shows one event's (decision 0034).
 */
@Component({
  selector: 'rt-series-page',
  imports: [
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    IconComponent,
    LoadErrorComponent,
    NotFoundComponent,
    StatusChipComponent,
    AttendanceStatsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './series.page.html',
  styleUrl: './series.page.scss',
})
export class SeriesPage {
  private readonly api = inject(SeriesApi);
  protected readonly i18n = inject(I18n);

  /** Route parameter: the series' id. */
  readonly id = input.required<string>();

  protected readonly series = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly loaded = computed(() => (this.series.hasValue() ? this.series.value() : null));
  protected readonly notFound = computed(() => isNotFound(this.series.error()));
  protected readonly loadError = computed(() => {
    const error = this.notFound() ? null : this.series.error();
    return error ? problemMessage(this.i18n, error) : null;
  });
  protected readonly totals = computed(() => {
    const events = this.loaded()?.events ?? [];
    return {
      registered: events.reduce((sum, event) => sum + event.registered, 0),
      checkedIn: events.reduce((sum, event) => sum + event.checkedIn, 0),
    };
  });

  /** In the event's own zone, as everywhere else. */
  protected when(startsAt: string, timezone: string): string {
    return formatDateTime(startsAt, timezone, this.i18n.language());
  }
}
