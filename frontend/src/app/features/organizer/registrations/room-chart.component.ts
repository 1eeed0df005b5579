import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { SECTORS, type EventStats } from '@roundtable/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { I18n } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { horizontalBars } from '../../../shared/charts/horizontal-bars';
import './registrations.i18n';

/** Colours with 3:1 contrast on white between each other's neighbours; the table beside says the same in text. */
const COLOURS = { confirmed: '#1b5e20', waitlisted: '#e65100', quota: '#90a4ae' };

/**
 * The room by sector: confirmed and wait-listed stacked, the quota beside them. ECharts is loaded only when this
 * component first draws (provided here, not app-wide), so public pages never download it.
 */
@Component({
  selector: 'rt-room-chart',
  imports: [NgxEchartsDirective, TranslatePipe],
  providers: [provideEchartsCore({ echarts: () => import('echarts') })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="intro">{{ 'registrations.roomIntro' | t: { capacity: stats().capacity, taken: taken() } }}</p>
    <div class="room">
      <div
        class="chart"
        echarts
        [options]="options()"
        [autoResize]="true"
        role="img"
        [attr.aria-label]="'registrations.roomChartLabel' | t"
      ></div>
      <div class="figures-wrap">
        <table class="figures">
          <caption class="visually-hidden">
            {{
              'registrations.roomHeading' | t
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'registrations.roomSector' | t }}</th>
              <th scope="col">{{ 'registrations.roomConfirmed' | t }}</th>
              <th scope="col">{{ 'registrations.roomWaitlisted' | t }}</th>
              <th scope="col">{{ 'registrations.roomQuota' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.sector) {
              <tr>
                <th scope="row">{{ row.label }}</th>
                <td>{{ row.confirmed }}</td>
                <td>{{ row.waitlisted }}</td>
                <td>{{ row.quota ?? ('registrations.roomNoQuota' | t) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </div>
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .intro {
      margin-top: 0;
    }
    .room {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 1.5rem;
      align-items: start;
      @media (max-width: 900px) {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .figures-wrap {
      min-width: 0;
      overflow-x: auto;
    }
    .chart {
      height: 24rem;
      min-width: 0;
    }
    .figures {
      border-collapse: collapse;
      overflow-wrap: normal;
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
      }
    }
  `,
})
export class RoomChartComponent {
  private readonly i18n = inject(I18n);
  readonly stats = input.required<EventStats>();

  protected readonly taken = computed(() => this.stats().confirmed + this.stats().heldByInvitations);
  protected readonly rows = computed(() =>
    SECTORS.map((sector) => {
      const figures = this.stats().bySector[sector];
      return {
        sector,
        label: this.i18n.label('sector', sector),
        confirmed: figures?.confirmed ?? 0,
        waitlisted: figures?.waitlisted ?? 0,
        quota: figures?.quota ?? null,
      };
    }),
  );

  protected readonly options = computed((): EChartsCoreOption => {
    const rows = this.rows();
    const bar = (key: 'roomConfirmed' | 'roomWaitlisted' | 'roomQuota', colour: string) => ({
      name: this.i18n.t(`registrations.${key}`),
      type: 'bar' as const,
      itemStyle: { color: colour },
    });
    return horizontalBars(
      rows.map((row) => row.label),
      [
        { ...bar('roomConfirmed', COLOURS.confirmed), stack: 'room', data: rows.map((row) => row.confirmed) },
        {
          ...bar('roomWaitlisted', COLOURS.waitlisted),
          stack: 'room',
          data: rows.map((row) => row.waitlisted),
        },
        { ...bar('roomQuota', COLOURS.quota), data: rows.map((row) => row.quota ?? '-') },
      ],
    );
  });
}
