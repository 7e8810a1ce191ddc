// Enterprise practice compliance (企业实践达标), DESIGN §4.1. Pure functions over 'YYYY-MM-DD' strings, so the
// overview, the teacher's own page, the report and the indicators all count the same days.
import type { PostCategory, PRACTICE_FORMS, StaffStatus, TeachingCategory } from '../vocab';

export const COMPLIANCE_STATUSES = ['达标', '进行中', '有风险', '未达标', '不适用'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

/** One practice record: its calendar span (both ends included) and the days actually spent (实践天数), which the
 * schema keeps a whole number no larger than the span. */
export interface PracticeSpan {
  startDate: string;
  endDate: string;
  days: number;
  /** set when a 教师 logged or changed the record over the school network and 教务 has not passed it (DESIGN §12):
   * 待审核 counts only when the setting says so, 已退回 never. A record the school entered counts whatever its 审核状态. */
  awaitingReview?: AwaitingReview | null;
}

/** The review states of a teacher's record that 教务 has not passed. */
export type AwaitingReview = '待审核' | '已退回';

/** An inclusive range of dates. */
export interface DateWindow {
  start: string;
  end: string;
}

export interface ComplianceSettings {
  /** Days required in the window ("6 months" = 180). */
  requiredDays: number;
  /** Length of the rolling window, and of a new teacher's grace period, in years. */
  windowYears: number;
  /** A region's fixed cycle (e.g. 2021-01-01…2025-12-31) replacing the rolling window; null = rolling. */
  fixedCycle: DateWindow | null;
  /** whether a teacher's 待审核 records count before 教务 passes them; by default they are shown apart (DESIGN §12) */
  countPending: boolean;
}

export const DEFAULT_COMPLIANCE_SETTINGS: ComplianceSettings = { requiredDays: 180, windowYears: 5, fixedCycle: null, countPending: false };

/** Whether a record counts towards §4.1 and the practice figures: every record the school entered, and a teacher's
 * once 教务 has passed it (or while 待审核, when the setting counts pending records). */
export function countsTowardsCompliance(record: Pick<PracticeSpan, 'awaitingReview'>, settings: Pick<ComplianceSettings, 'countPending'>): boolean {
  const awaiting = record.awaitingReview;
  return awaiting == null || (awaiting === '待审核' && settings.countPending);
}

/** What every status, report and indicator says of a teacher's records awaiting review, as the setting has it. */
export function reviewCountingStatement(settings: Pick<ComplianceSettings, 'countPending'>): string {
  return settings.countPending
    ? '教师填报的待审核记录也计入'
    : '教师填报的记录审核通过后计入';
}

export interface TeacherForCompliance {
  status: StaffStatus;
  postCategory: PostCategory;
  teachingCategory: TeachingCategory | null;
  /** 来校日期 */
  joinDate: string;
  /** 企业工作经历 before joining, in months. */
  enterpriseMonths: number;
}

export interface PracticeCompliance {
  status: ComplianceStatus;
  days: number;
  requiredDays: number;
  /** Days still needed (0 when 达标 or 不适用). */
  shortfallDays: number;
  /** 来校日期 + windowYears, for 进行中 and 有风险 only. */
  deadline: string | null;
  window: DateWindow;
  /** The days the teacher's 待审核 records would add once passed (0 when the setting counts them already). */
  pendingDays: number;
}

function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date, by pure arithmetic (H. Hinnant's days_from_civil): no time zone
 * or daylight-saving change can shift a day, and it is cheaper than Date.UTC on parsed parts, which the city-wide
 * overview asks of every teacher's every record. Expects a valid date: every schema checks them. */
function dayNumber(iso: string): number {
  const month = digitsAt(iso, 5, 7);
  const year = digitsAt(iso, 0, 4) - (month <= 2 ? 1 : 0); // the computational year starts on March 1
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + digitsAt(iso, 8, 10) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of dayNumber (Hinnant's civil_from_days), for years 0000–9999. */
function isoOfDayNumber(day: number): string {
  const shifted = day + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = era * 400 + yearOfEra + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Same result as dayjs(iso).add(years, 'year'): a Feb 29 lands on Feb 28 in a common year. */
export function addYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years;
  const monthDay = iso.slice(5) === '02-29' && !isLeapYear(year) ? '02-28' : iso.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The window that counts as of D: the days in (D − windowYears, D]; D − 5 years follows addYears, so as of
 * 2024-02-29 the window is 2019-03-01…2024-02-29. Under a fixed cycle, the cycle, but ending on D at the latest:
 * as with the rolling window, the days of a record still running after D have not happened yet. */
export function practiceWindow(asOf: string, settings: ComplianceSettings = DEFAULT_COMPLIANCE_SETTINGS): DateWindow {
  const cycle = settings.fixedCycle;
  if (cycle) return { start: cycle.start, end: cycle.end < asOf ? cycle.end : asOf };
  return { start: isoOfDayNumber(dayNumber(addYears(asOf, -settings.windowYears)) + 1), end: asOf };
}

function gcd(a: number, b: number): number {
  // No destructuring swap: until V8 optimises it, that builds an array per step (half the speed), and the first
  // count after start runs this twice per record of a city.
  while (b !== 0) {
    const rest = a % b;
    a = b;
    b = rest;
  }
  return a;
}

/** The records' parts inside the window, each density days/span in lowest terms, and their least common
 * denominator (which may lose precision when huge: countPracticeDays checks it). */
interface Clipped {
  starts: number[];
  ends: number[];
  nums: number[];
  dens: number[];
  denominator: number;
}

function clipToWindow(records: readonly PracticeSpan[], windowStart: number, windowEnd: number): Clipped {
  const clipped: Clipped = { starts: [], ends: [], nums: [], dens: [], denominator: 1 };
  for (const r of records) {
    const start = dayNumber(r.startDate);
    const end = dayNumber(r.endDate) + 1;
    const span = end - start;
    const days = Math.min(Math.floor(r.days), span);
    const clippedStart = Math.max(start, windowStart);
    const clippedEnd = Math.min(end, windowEnd);
    // Negated so that a truncated date (NaN) skips the record too.
    if (!(span > 0 && days > 0 && clippedStart < clippedEnd)) continue;
    const g = gcd(days, span);
    clipped.starts.push(clippedStart);
    clipped.ends.push(clippedEnd);
    clipped.nums.push(days / g);
    clipped.dens.push(span / g);
    clipped.denominator = (clipped.denominator / gcd(clipped.denominator, span / g)) * (span / g);
  }
  return clipped;
}

/** Boundaries sorted by day, each encoded as day × keyBase + event, so that a typed-array sort (no comparator, no
 * objects) orders them; event 2i opens record i, event 2i + 1 closes it. */
function sortedBoundaries({ starts, ends }: Clipped, keyBase: number): Float64Array {
  const keys = new Float64Array(keyBase);
  for (let i = 0; i < starts.length; i++) {
    keys[2 * i] = starts[i] * keyBase + 2 * i;
    keys[2 * i + 1] = ends[i] * keyBase + 2 * i + 1;
  }
  return keys.sort();
}

/** The sweep in plain numbers: the summed density of the records open on each day, in units of 1/denominator,
 * capped at 1, times the days it lasts. */
function coveredDays(keys: Float64Array, keyBase: number, { nums, dens, denominator }: Clipped): number {
  const weights = nums.map((num, i) => num * (denominator / dens[i]));
  let level = 0;
  let covered = 0;
  let previousDay = Math.floor(keys[0] / keyBase);
  for (const key of keys) {
    const day = Math.floor(key / keyBase);
    const event = key - day * keyBase;
    covered += Math.min(level, denominator) * (day - previousDay);
    previousDay = day;
    level += event % 2 === 0 ? weights[event >> 1] : -weights[event >> 1];
  }
  return Math.floor(covered / denominator);
}

/** The same sweep in BigInt, for when the spans' common denominator grows too large for plain numbers. */
function coveredDaysExactly(keys: Float64Array, keyBase: number, { nums, dens }: Clipped): number {
  const bigDenominator = dens.reduce((lcm, den) => lcm * BigInt(den / gcd(den, Number(lcm % BigInt(den)))), 1n);
  const weights = nums.map((num, i) => BigInt(num) * (bigDenominator / BigInt(dens[i])));
  let level = 0n;
  let covered = 0n;
  let previousDay = Math.floor(keys[0] / keyBase);
  for (const key of keys) {
    const day = Math.floor(key / keyBase);
    const event = key - day * keyBase;
    covered += (level < bigDenominator ? level : bigDenominator) * BigInt(day - previousDay);
    previousDay = day;
    level += event % 2 === 0 ? weights[event >> 1] : -weights[event >> 1];
  }
  return Number(covered / bigDenominator);
}

/**
 * Whole days of practice inside the window. Each record spreads its days evenly over its span; on any one day the
 * coverage is capped at 1, so overlapping records never count twice; the sum is floored once, at the end.
 *
 * Exact: each record's daily density is the fraction days/span in lowest terms, and all densities are put over
 * their least common denominator, so 90 days over 90 days is 90 and three adjacent 60-day blocks are 180, never
 * 179.99…. Cost grows with the number of records, not of days: a sweep over the span boundaries, between which the
 * summed density is constant. In small functions, which V8 optimises quickly: the overview counts 10,000 teachers
 * of a city straight after the app starts.
 */
export function countPracticeDays(records: readonly PracticeSpan[], window: DateWindow): number {
  const windowStart = dayNumber(window.start);
  const windowEnd = dayNumber(window.end) + 1; // ends are exclusive from here on
  const clipped = clipToWindow(records, windowStart, windowEnd);
  const count = clipped.starts.length;
  if (count === 0) return 0;
  const keyBase = 2 * count;
  const keys = sortedBoundaries(clipped, keyBase);
  // Plain numbers whenever they stay exact (the summed density ≤ records × denominator, the total ≤ window days ×
  // denominator), which is almost always.
  return clipped.denominator * Math.max(count, windowEnd - windowStart) <= Number.MAX_SAFE_INTEGER
    ? coveredDays(keys, keyBase, clipped)
    : coveredDaysExactly(keys, keyBase, clipped);
}

/** In scope of §4.1 at all: 在职 专任教师. Others (兼职教师, 行政…, staff who left) have no compliance status. */
function isCountedStaff(t: TeacherForCompliance): boolean {
  return t.status === '在职' && t.postCategory === '专任教师';
}

/** Those the 180-day rule applies to: 专业课 and 实习指导 teachers among the counted staff. */
function mustPractise(t: TeacherForCompliance): boolean {
  return isCountedStaff(t) && (t.teachingCategory === '专业课' || t.teachingCategory === '实习指导');
}

/**
 * The compliance of one teacher as of D (DESIGN §4.1).
 *
 * - null: not 在职 专任教师 (兼职教师, other posts, staff who left or retired): not listed at all.
 * - 不适用: 在职 专任教师 teaching 公共基础课, or with no 任教类别 entered (the data-quality check asks for it);
 *   their days are still counted, for display.
 * - 达标: days counted ≥ required.
 * - 进行中: short, and D is before the deadline 来校日期 + windowYears (the teacher joined less than 5 years before D;
 *   measured from the join date, so one who joined on 2020-02-29 has until 2025-02-28).
 *   有风险 instead when the days left (deadline − D) are fewer than the days still needed.
 * - 未达标: short with the grace period over; shortfallDays says by how much.
 * The grace period applies under a fixed cycle too: DESIGN ties it to the join date, not to the window.
 * Only the records that count (countsTowardsCompliance) make the days; a teacher's 待审核 ones are pendingDays.
 */
export function complianceOf(
  teacher: TeacherForCompliance,
  records: readonly PracticeSpan[],
  asOf: string,
  settings: ComplianceSettings = DEFAULT_COMPLIANCE_SETTINGS,
): PracticeCompliance | null {
  if (!isCountedStaff(teacher)) return null;
  const window = practiceWindow(asOf, settings);
  const awaiting = records.some((r) => r.awaitingReview != null);
  const counted = awaiting ? records.filter((r) => countsTowardsCompliance(r, settings)) : records;
  const days = countPracticeDays(counted, window);
  const pendingDays =
    awaiting && !settings.countPending ? countPracticeDays(records.filter((r) => r.awaitingReview !== '已退回'), window) - days : 0;
  const requiredDays = settings.requiredDays;
  // Each result spelled out rather than spread from a common part: spreading costs more than the counting.
  if (!mustPractise(teacher)) return { status: '不适用', days, requiredDays, shortfallDays: 0, deadline: null, window, pendingDays };
  const shortfallDays = Math.max(0, requiredDays - days);
  if (shortfallDays === 0) return { status: '达标', days, requiredDays, shortfallDays, deadline: null, window, pendingDays };
  const deadline = addYears(teacher.joinDate, settings.windowYears);
  const daysLeft = daysBetween(asOf, deadline);
  const status = daysLeft <= 0 ? '未达标' : daysLeft < shortfallDays ? '有风险' : '进行中';
  return { status, days, requiredDays, shortfallDays, deadline: status === '未达标' ? null : deadline, window, pendingDays };
}

/** The date DESIGN §4.1 takes for 《职业学校教师企业实践规定》 (2016): new teachers joining from then on practise first. */
export const PRE_SERVICE_RULE_START = '2016-05-13';
export const PRE_SERVICE_GRACE_DAYS = 30;

export interface PracticeWithForm {
  form: (typeof PRACTICE_FORMS)[number];
  endDate: string;
}

/**
 * 新任教师岗前实践 (DESIGN §4.1): a teacher the practice rule applies to (在职 专任教师, 专业课 or 实习指导) with no
 * prior enterprise work who joined on or after 2016-05-13 needs a 岗前实践 record ending by 来校日期 + 30 days.
 * Returns the data-quality message, or null when there is nothing to flag.
 */
export function preServicePracticeFlag(teacher: TeacherForCompliance, records: readonly PracticeWithForm[]): string | null {
  if (!mustPractise(teacher) || teacher.enterpriseMonths > 0 || teacher.joinDate < PRE_SERVICE_RULE_START) return null;
  const latestEnd = isoOfDayNumber(dayNumber(teacher.joinDate) + PRE_SERVICE_GRACE_DAYS);
  const preService = records.filter((r) => r.form === '岗前实践');
  if (preService.some((r) => r.endDate <= latestEnd)) return null;
  if (preService.length === 0)
    return `无企业工作经历的新任教师应先实践、再上岗：没有岗前实践记录（应于 ${latestEnd} 前完成）`;
  return `岗前实践应于来校日期后30天内（${latestEnd} 前）完成，现有记录结束得更晚`;
}
