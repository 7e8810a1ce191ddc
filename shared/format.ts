// How figures read, on screen and in exported workbooks alike (DESIGN §1): percentages with one decimal, numbers with
// thousands separators, — for a figure that has no value.

/** 0.6667 → 66.7%; null (nothing to divide by) → —. */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;
}

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toLocaleString('zh-CN');
}

/** A rate as its counts: 2/3. */
export function formatCounts(r: { numerator: number | null; denominator: number | null }): string {
  return `${formatNumber(r.numerator)}/${formatNumber(r.denominator)}`;
}

/** An indicator's value in its unit: 66.7%, 10.6 : 1, 99 人次, 2,796 元/生·年. */
export function formatIndicatorValue(unit: string, value: number | null): string {
  if (value === null) return '—';
  switch (unit) {
    case '%':
      return formatPercent(value);
    case '比':
      return `${value.toFixed(1)} : 1`;
    default:
      return `${formatNumber(value)} ${unit}`;
  }
}

export function formatTarget(i: { unit: string; target: number | null; direction: string | null }): string {
  if (i.target === null || i.direction === null) return '本方案无目标';
  return `目标 ${i.direction === '>=' ? '≥' : '≤'} ${formatIndicatorValue(i.unit, i.target)}`;
}

export function formatMet(met: boolean | null): string {
  return met === true ? '达标' : met === false ? '未达标' : '—';
}

/** What a column of a bureau table holds, which decides how its numbers are shown (electron/excel writes the same
 * kinds as Excel number formats). */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'percent' | 'date';

/** A table cell as a page shows it, as the workbook would: a rate as a percentage (0.963 → 96.3%), a year or a small
 * count without a separator (2023, not 2,023), a large count with one (12,345). */
export function formatCell(kind: ColumnKind, v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'number') return String(v);
  switch (kind) {
    case 'percent':
      return `${(v * 100).toFixed(1)}%`;
    case 'integer':
      return Math.abs(v) >= 10_000 ? v.toLocaleString('zh-CN') : String(v);
    case 'decimal':
      return String(Math.round(v * 100) / 100);
    default:
      return String(v);
  }
}
