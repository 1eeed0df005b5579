import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { AttendanceStats } from '@roundtable/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { horizontalBars } from '../../shared/charts/horizontal-bars';
import {
  MUNICIPALITY_CHART_MAX,
  municipalityRows,
  organisationRows,
  sectorRows,
  type AttendanceRow,
} from './attendance-rows';
import './summary.i18n';

/** The one colour of the municipality chart: the app's primary blue, 4.5:1 on white. */
const MUNICIPALITY_COLOUR = '#1f5fa8';

/** One table of the statistics: a row per sector, municipality or organisation, registered and attended. */
@Component({
  selector: 'rt-attendance-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <!-- A region one can scroll from the keyboard, should a long name make the table wider than a phone. -->
    <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="caption()">
      <table class="figures">
        <caption class="visually-hidden">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ head() }}</th>
            <th scope="col">{{ 'attendance.registered' | t }}</th>
            <th scope="col">{{ 'attendance.checkedIn' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.key) {
            <tr>
              <th scope="row">{{ row.label }}</th>
              <td>{{ row.registered }}</td>
              <td>{{ row.checkedIn }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .table-wrap {
      min-width: 0;
      overflow-x: auto;
    }
    .figures {
      border-collapse: collapse;
      width: 100%;
      font: var(--mat-sys-body-medium);
      th,
      td {
        padding: 0.375rem 0.5rem;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
        text-align: end;
        white-space: nowrap;
      }
      th[scope='row'],
      th:first-child {
        text-align: start;
        font-weight: 500;
        white-space: normal;
        overflow-wrap: break-word;
      }
    }
    /* On a phone the long sector names and both headings fit the width in a smaller type. */
    @container (max-width: 26rem) {
      .figures {
        font: var(--mat-sys-body-small);
        th,
        td {
          padding: 0.375rem 0.25rem;
        }
      }
    }
  `,
})
export class AttendanceTableComponent {
  readonly rows = input.required<AttendanceRow[]>();
  readonly caption = input.required<string>();
  readonly head = input.required<string>();
}

/**
 * Who came, from the check-ins: totals, then by sector and by municipality (a chart and a table each) and by
 * organisation (a table). The charts are pictures for the eye; every number is in a table for screen readers and
 * for copying. ECharts is provided here, not app-wide, and loaded when a chart first draws.
 */
@Component({
  selector: 'rt-attendance-stats',
  imports: [NgxEchartsDirective, TranslatePipe, AttendanceTableComponent],
  providers: [provideEchartsCore({ echarts: () => import('echarts') })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="stats">
      <dl class="totals">
        <div>
          <dt>{{ 'attendance.registered' | t }}</dt>
          <dd>{{ stats().registered }}</dd>
        </div>
        <div>
          <dt>{{ 'attendance.checkedIn' | t }}</dt>
          <dd>{{ stats().checkedIn }}</dd>
        </div>
        <div>
          <dt>{{ 'attendance.noShows' | t }}</dt>
          <dd>{{ stats().noShows }}</dd>
        </div>
        <div>
          <dt>{{ 'attendance.walkIns' | t }}</dt>
          <dd>{{ stats().walkIns }}</dd>
        </div>
      </dl>

      @if (stats().checkedIn === 0) {
        <p class="empty">{{ 'attendance.empty' | t }}</p>
      } @else {
        <h3>{{ 'attendance.bySector' | t }}</h3>
        <div class="pair">
          <div
            class="chart"
            echarts
            [style.height.rem]="chartHeight(sectors().length)"
            [options]="sectorChart()"
            [autoResize]="true"
            role="img"
            [attr.aria-label]="'attendance.sectorChart' | t"
          ></div>
          <rt-attendance-table
            [rows]="sectors()"
            [caption]="'attendance.bySector' | t"
            [head]="'attendance.sector' | t"
          />
        </div>

        <h3>{{ 'attendance.byMunicipality' | t }}</h3>
        <div class="pair">
          <div
            class="chart"
            echarts
            [style.height.rem]="chartHeight(municipalities().length)"
            [options]="municipalityChart()"
            [autoResize]="true"
            role="img"
            [attr.aria-label]="'attendance.municipalityChart' | t: { max: chartMax }"
          ></div>
          <rt-attendance-table
            [rows]="municipalities()"
            [caption]="'attendance.byMunicipality' | t"
            [head]="'attendance.municipality' | t"
          />
        </div>

        <h3>{{ 'attendance.byOrganisation' | t }}</h3>
        <rt-attendance-table
          [rows]="organisations()"
          [caption]="'attendance.byOrganisation' | t"
          [head]="'attendance.organisation' | t"
        />
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .totals {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
      gap: 0.75rem;
      margin: 0 0 1.5rem;
      div {
        padding: 0.75rem 1rem;
        border-radius: var(--mat-sys-corner-medium);
        background: var(--mat-sys-surface-container);
      }
      dt {
        font: var(--mat-sys-label-large);
        color: var(--mat-sys-on-surface-variant);
      }
      dd {
        margin: 0.25rem 0 0;
        font: var(--mat-sys-headline-small);
      }
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 1.5rem 0 0.75rem;
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
    /* Chart and table side by side where the component has room (the organiser's wide panel), one above the
       other where it has not (a phone, the public page's column beside its aside). */
    .stats {
      container-type: inline-size;
    }
    .pair {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 1rem 1.5rem;
      align-items: start;
    }
    @container (min-width: 56rem) {
      .pair {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      }
    }
    .chart {
      min-width: 0;
    }
  `,
})
export class AttendanceStatsComponent {
  private readonly i18n = inject(I18n);
  readonly stats = input.required<AttendanceStats>();

  protected readonly chartMax = MUNICIPALITY_CHART_MAX;

  /** A bar's room whatever the number of bars, so three municipalities do not get bars as thick as a thumb. */
  protected chartHeight(rows: number): number {
    return 3 + 2.5 * Math.min(Math.max(rows, 1), MUNICIPALITY_CHART_MAX);
  }
  protected readonly sectors = computed(() =>
    sectorRows(this.stats(), (sector) => this.i18n.label('sector', sector)),
  );
  protected readonly municipalities = computed(() =>
    municipalityRows(this.stats(), this.i18n.language(), this.i18n.t('attendance.noMunicipality')),
  );
  protected readonly organisations = computed(() =>
    organisationRows(this.stats(), this.i18n.t('attendance.otherOrganisations')),
  );

  protected readonly sectorChart = computed((): EChartsCoreOption => {
    const rows = this.sectors();
    return this.checkedInBars(
      rows.map((row) => row.label),
      rows.map((row) => ({ value: row.checkedIn, itemStyle: { color: row.colour } })),
    );
  });

  protected readonly municipalityChart = computed((): EChartsCoreOption => {
    const rows = this.municipalities().slice(0, MUNICIPALITY_CHART_MAX);
    return this.checkedInBars(
      rows.map((row) => row.label),
      rows.map((row) => ({ value: row.checkedIn, itemStyle: { color: MUNICIPALITY_COLOUR } })),
    );
  });

  private checkedInBars(names: string[], data: { value: number; itemStyle: { color: string } }[]) {
    const name = this.i18n.t('attendance.checkedIn');
    return horizontalBars(names, [{ name, type: 'bar', data, label: { show: true, position: 'right' } }]);
  }
}
