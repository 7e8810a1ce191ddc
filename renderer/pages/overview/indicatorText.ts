// How an indicator's value and target read: 66.7%, 10.6 : 1, 99 人次, 2,796 元/生·年; — when there is none.
import type { IndicatorResult } from '../../../shared/indicators';
import { formatNumber, formatPercent } from '../../format';

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

export function formatTarget(i: Pick<IndicatorResult, 'unit' | 'target' | 'direction'>): string {
  if (i.target === null || i.direction === null) return '本方案无目标';
  return `目标 ${i.direction === '>=' ? '≥' : '≤'} ${formatIndicatorValue(i.unit, i.target)}`;
}

/** Met: green; not met: red; no target or no value: grey. */
export function metColour(met: boolean | null): string {
  return met === true ? '#389e0d' : met === false ? '#cf1322' : '#8c8c8c';
}
