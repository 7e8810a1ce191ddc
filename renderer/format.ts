// Screen helpers; how figures read lives in shared/format.ts, shared with the exported workbooks.

export { formatCounts, formatNumber, formatPercent } from '@shared/format';

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** This calendar year: the default for graduation, entry and award years. */
export function currentYear(): number {
  return new Date().getFullYear();
}
