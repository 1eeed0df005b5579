import type { BarSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';

/**
 * The options of every bar chart in the app: names down the side (sector and municipality names are long; a row
 * has room for them where a column has not), counts across. The table beside each chart is what screen readers
 * read, so ECharts' own description, which would repeat it, is off. A legend only where there is more than one
 * series to tell apart.
 */
export function horizontalBars(names: string[], series: BarSeriesOption[]): EChartsCoreOption {
  const legend = series.length > 1;
  return {
    aria: { enabled: false },
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    ...(legend ? { legend: { top: 0 } } : {}),
    grid: { left: 8, right: 24, bottom: 8, top: legend ? 40 : 8, containLabel: true },
    yAxis: {
      type: 'category',
      inverse: true,
      data: names,
      axisLabel: { interval: 0, width: 150, overflow: 'break', lineHeight: 14 },
    },
    xAxis: { type: 'value', minInterval: 1 },
    series,
  };
}
