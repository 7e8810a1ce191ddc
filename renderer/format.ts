// Screen helpers; how figures read lives in shared/format.ts, shared with the exported workbooks.
import { ApiError } from './api/client';

export { formatCounts, formatNumber, formatPercent } from '@shared/format';

/** An error as one sentence: a refusal of fields (a form's own fields show theirs in place) says which, after its
 * message, for the pages that have no field to show them beside. */
export function errorText(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const issues = e instanceof ApiError ? [...new Set((e.error.fieldErrors ?? []).map((f) => f.message))] : [];
  return issues.length ? `${e.message.replace(/[。，]?$/, '')}：${issues.join('；')}` : e.message;
}

/** This calendar year: the default for graduation, entry and award years. */
export function currentYear(): number {
  return new Date().getFullYear();
}
