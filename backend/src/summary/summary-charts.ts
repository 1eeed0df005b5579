import { SECTOR_COLOURS, SECTOR_NAMES, type AttendanceStats, type Language } from '@roundtable/contracts';
import { municipalityByCode } from '@roundtable/contracts/municipalities';
import * as echarts from 'echarts';
import { PDF_FONT } from '../reports/pdf';

/** Municipalities drawn in the chart; the CSV and the table list them all. */
export const CHART_MUNICIPALITIES_MAX = 10;

const WORDS: Record<Language, { registered: string; checkedIn: string; noMunicipality: string }> = {
  bg: { registered: 'Регистрирани', checkedIn: 'Присъствали', noMunicipality: 'Без посочена община' },
  en: { registered: 'Registered', checkedIn: 'Attended', noMunicipality: 'No municipality given' },
};

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

/** „Столична“ / "Stolichna" for an EKATTE code; the words for none. */
export function municipalityName(code: string | null, language: Language): string {
  if (code === null) return WORDS[language].noMunicipality;
  return municipalityByCode(code)?.[language] ?? code;
}

/**
 * Horizontal bars, one pair a row: registered (grey) behind attended (the row's colour). Rendered by echarts on
 * the server as SVG text (no browser, no canvas); every label written in the PDF's own font, so Cyrillic names
 * are drawn by the same TTF as the rest of the document, and `interval: 0` keeps echarts from dropping labels.
 */
function barChart(
  rows: { label: string; registered: number; checkedIn: number; colour: string }[],
  language: Language,
  width: number,
): ChartSvg {
  const height = 56 + rows.length * 30;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  const categories = rows.map((row) => row.label).reverse();
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: PDF_FONT, fontSize: 10, color: '#1a1a1a' },
    legend: { top: 0, left: 0, textStyle: { fontFamily: PDF_FONT, fontSize: 10 } },
    grid: { left: 8, right: 40, top: 28, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { fontFamily: PDF_FONT, fontSize: 9 },
    },
    yAxis: {
      type: 'category',
      data: categories,
      axisLabel: { interval: 0, fontFamily: PDF_FONT, fontSize: 10 },
    },
    series: [
      {
        name: WORDS[language].registered,
        type: 'bar',
        barGap: '-100%',
        itemStyle: { color: '#d0d0d0' },
        // „5 / 6“ past the end of the grey bar: attended of registered.
        label: { show: true, position: 'right', fontFamily: PDF_FONT, fontSize: 9, color: '#1a1a1a' },
        data: rows
          .map((row) => ({
            value: row.registered,
            label: { formatter: `${row.checkedIn} / ${row.registered}` },
          }))
          .reverse(),
      },
      {
        name: WORDS[language].checkedIn,
        type: 'bar',
        itemStyle: { color: '#1f5f8b' },
        data: rows.map((row) => ({ value: row.checkedIn, itemStyle: { color: row.colour } })).reverse(),
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return { svg, width, height };
}

/** Attendance by sector, each bar in its sector's colour. */
export function sectorChart(stats: AttendanceStats, language: Language, width: number): ChartSvg | null {
  if (stats.bySector.length === 0) return null;
  return barChart(
    stats.bySector.map((row) => ({
      label: SECTOR_NAMES[language][row.sector],
      registered: row.registered,
      checkedIn: row.checkedIn,
      colour: SECTOR_COLOURS[row.sector].background,
    })),
    language,
    width,
  );
}

/** The municipalities with most people present, at most CHART_MUNICIPALITIES_MAX. */
export function municipalityChart(
  stats: AttendanceStats,
  language: Language,
  width: number,
): ChartSvg | null {
  if (stats.byMunicipality.length === 0) return null;
  return barChart(
    stats.byMunicipality.slice(0, CHART_MUNICIPALITIES_MAX).map((row) => ({
      label: municipalityName(row.municipality, language),
      registered: row.registered,
      checkedIn: row.checkedIn,
      colour: '#1f5f8b',
    })),
    language,
    width,
  );
}
