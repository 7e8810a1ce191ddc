// The 质量年报 data tables of the school's type (shared/qualityTables.ts), one sheet each: every row's value, its
// numerator and denominator where it is a quotient, where it came from and its 口径 in the note column. The §4.3
// figures among them are the indicators the overview shows, for the same period.
import type { Db } from '../../db/open';
import { allStaff } from '../../db/queries/staff';
import { savedAnnualValues } from '../../db/queries/annualData';
import { dualTeacherQueries } from '../../db/queries/qualifications';
import { countedPractice, reviewNoteFor } from '../../db/queries/practice';
import type { ComplianceSettings } from '@shared/rules/practice';
import type { IndicatorsReport } from '@shared/contract/indicators';
import { schoolYearPeriodText } from '@shared/dates';
import { formatIndicatorValue, formatNumber, formatPercent } from '@shared/format';
import { highestDualCertifications } from '@shared/qualifications';
import { qualityTablesFor, type QualityUnit } from '@shared/qualityTables';
import { qualityFigures, qualityTableRows, type QualityTableRow } from '@shared/rules/qualityTables';
import type { SchoolType } from '@shared/vocab';
import type { ReportSheet } from '../excel/styledWorkbook';
import { itemSheet, seqColumn, type ReportPeriod, type ValueColumn } from './table';

export const QUALITY_TABLES_TITLE = '质量年报数据表（国家表格）';

/** A value as the row's unit reads: 96.3%, 15.2 : 1, 1,234.5 元/生; — when there is none. */
function formatQualityValue(unit: QualityUnit, value: number | null): string {
  if (value === null) return '—';
  if (unit === '%') return formatPercent(value);
  if (unit === '比') return formatIndicatorValue('比', value);
  return formatNumber(Math.round(value * 100) / 100);
}

const formatPart = (n: number | null) => (n === null ? null : formatNumber(Math.round(n * 100) / 100));

const UNPUBLISHED = '该行的官方口径未见公开文本，按通行写法列出，请以当年通知附件为准';

const COLUMNS: ValueColumn<QualityTableRow>[] = [
  seqColumn(),
  { header: '指标', kind: 'text', width: 34, value: (r) => r.row.label },
  { header: '单位', kind: 'text', width: 9, align: 'center', value: (r) => (r.row.unit === '比' ? '—' : r.row.unit) },
  { header: '数值', kind: 'text', width: 14, align: 'right', value: (r) => formatQualityValue(r.row.unit, r.value) },
  // as text, the way the 数值 column reads (16,500,000; 89.5): the parts are there to check the quotient by
  { header: '分子', kind: 'text', width: 13, align: 'right', value: (r) => formatPart(r.numerator) },
  { header: '分母', kind: 'text', width: 11, align: 'right', value: (r) => formatPart(r.denominator) },
  { header: '来源', kind: 'text', width: 12, align: 'center', value: (r) => r.source },
  { header: '口径与说明', kind: 'text', width: 60, value: (r) => [r.rule, r.row.unpublished ? UNPUBLISHED : null].filter(Boolean).join('；') },
];

export function buildQualityTableSheets(db: Db, period: ReportPeriod, schoolType: SchoolType, indicators: IndicatorsReport, settings: ComplianceSettings): ReportSheet[] {
  const annual = savedAnnualValues(db, period.year);
  const dual = highestDualCertifications(dualTeacherQueries.all(db), period.asOf);
  const figures = qualityFigures({
    schoolType,
    year: period.year,
    asOf: period.asOf,
    indicators: new Map(indicators.indicators.map((i) => [i.id, i])),
    staff: allStaff(db).map((s) => ({ ...s, dualQualified: dual.has(s.id) })),
    practice: countedPractice(db, settings),
    annual,
  });
  const head = {
    schoolName: period.schoolName,
    period: { label: '统计年度', value: [`${period.year}年度，${schoolYearPeriodText(period.year, period.asOf)}`, reviewNoteFor(db, settings)].filter(Boolean).join('；') },
  };
  return qualityTablesFor(schoolType).map((table) =>
    itemSheet({ ...head, sheetName: table.title, title: `质量年报·${table.title}` }, COLUMNS, qualityTableRows(table, figures, annual), [
      [null, '表格来源', null, null, null, null, null, table.source],
    ]),
  );
}
