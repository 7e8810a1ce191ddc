/** Dates cross the contract as 'YYYY-MM-DD' strings (DESIGN §6: everything survives JSON). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// These run for every date of every row an import reads, so they do the arithmetic rather than ask dayjs or Date.

/** Whether the day exists (2025-02-29 does not). Years before 100 never do, as Date reads them as 19xx. */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (!(Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && y >= 100 && m >= 1 && m <= 12 && d >= 1)) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]);
}

export function isIsoDate(s: string): boolean {
  return ISO_DATE.test(s) && isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));
}

const pad2 = (n: number) => String(n).padStart(2, '0');

let today = { text: '', from: 0, until: 0 };

/** Today in the user's local calendar (worked out again when the clock leaves the day it was worked out for). */
export function todayIso(): string {
  const now = Date.now();
  if (now < today.from || now >= today.until) {
    const d = new Date(now);
    today = {
      text: `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`,
      from: new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime(),
      until: new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime(),
    };
  }
  return today.text;
}

/** The statistics year of a cut-off date: the school year it falls in (9月1日 to 8月31日), by the year that school
 * year ends in (2025-08-31 → 2025, 2025-09-01 → 2026). The overview, the reports and the national tables default to
 * it; its figures (graduates, awards) are that school year's. */
export function statisticsYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 9 ? year + 1 : year;
}

/** The days of statistics year Y that count as of D: its school year, (Y−1)-09-01 to Y-08-31, ending on D at the
 * latest, as days after D have not happened yet (the 本学年 of the national tables). */
export function schoolYearWindow(year: number, asOf: string): { start: string; end: string } {
  const end = `${year}-08-31`;
  return { start: `${year - 1}-09-01`, end: asOf < end ? asOf : end };
}

/** How a yearly table states its period: 2024—2025学年（2024-09-01至2025-08-31），截至 2025-08-31 when D falls inside. */
export function schoolYearPeriodText(year: number, asOf: string): string {
  const { start, end } = schoolYearWindow(year, asOf);
  return `${schoolYearLabel(year)}（${start}至${end}）${asOf < `${year}-08-31` ? `，截至 ${asOf}` : ''}`;
}

/** The last day of the latest school year that has ended by this date: the cut-off a new school starts with. */
export function lastSchoolYearEnd(date: string): string {
  const year = Number(date.slice(0, 4));
  return `${date.slice(5) >= '08-31' ? year : year - 1}-08-31`;
}

/** The school year a date falls in (9月1日 to 8月31日), by the year it ends in: 2025-08-31 and 2024-09-01 are in 2025's,
 * read 2024—2025学年. A year's figures (its graduates, its awards) are that school year's. */
export function schoolYearLabel(endYear: number): string {
  return `${endYear - 1}—${endYear}学年`;
}
