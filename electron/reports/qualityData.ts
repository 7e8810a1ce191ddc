// 质量年报数据表 (DESIGN §5.6): every indicator of §4.3 for the year with its numerator, denominator, the preset's
// target and 达标/未达标. Values are written exactly as the overview shows them (shared/format.ts), so they agree.
import type { IndicatorsReport } from '@shared/contract/indicators';
import { formatIndicatorValue, formatMet, formatTarget } from '@shared/format';
import type { ReportSheet } from '../excel/styledWorkbook';

export const QUALITY_DATA_TITLE = '质量年报数据表';

export function buildQualityDataSheet(schoolName: string, report: IndicatorsReport): ReportSheet {
  return {
    sheetName: QUALITY_DATA_TITLE,
    schoolName,
    title: QUALITY_DATA_TITLE,
    period: { label: '统计年度', value: `${report.year}（截至 ${report.asOf}）` },
    columns: [
      { header: '序号', kind: 'integer', width: 6 },
      { header: '指标', kind: 'text', width: 26 },
      { header: '分子', kind: 'integer', width: 10 },
      { header: '分母', kind: 'integer', width: 10 },
      { header: '数值', kind: 'text', width: 16, align: 'right' },
      // the plan's short name (before its parenthesised years) tells whose targets these are
      { header: `目标（${report.preset?.name.split('（')[0] ?? '未选方案'}）`, kind: 'text', width: 24 },
      { header: '是否达标', kind: 'text', width: 10, align: 'center' },
      { header: '口径与说明', kind: 'text', width: 50 },
    ],
    rows: report.indicators.map((i, n) => [
      n + 1,
      i.label,
      i.numerator,
      i.denominator,
      formatIndicatorValue(i.unit, i.value),
      i.target === null ? '—' : formatTarget(i).replace('目标 ', ''),
      formatMet(i.met),
      [i.rule, i.note].filter(Boolean).join('；'),
    ]),
  };
}
