// How figures read on screen (DESIGN §1): percentages with one decimal, numbers with thousands separators.

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

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** This calendar year: the default for graduation, entry and award years. */
export function currentYear(): number {
  return new Date().getFullYear();
}
