import dayjs from 'dayjs';

/** Dates cross the contract as 'YYYY-MM-DD' strings (DESIGN §6: everything survives JSON). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(s: string): boolean {
  return ISO_DATE.test(s) && dayjs(s, 'YYYY-MM-DD').format('YYYY-MM-DD') === s;
}

/** Today in the user's local calendar. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}
