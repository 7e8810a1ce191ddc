/** Dates cross the contract as 'YYYY-MM-DD' strings (DESIGN §6: everything survives JSON). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the day exists (2025-02-29 does not). Years before 100 never do: Date reads them as 19xx. */
export function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// Both below run for every date of every row an import reads, so they do the arithmetic rather than ask dayjs.
export function isIsoDate(s: string): boolean {
  return ISO_DATE.test(s) && isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Today in the user's local calendar. */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}
