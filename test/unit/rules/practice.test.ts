import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import dayjs from 'dayjs';
import {
  addYears, complianceOf, countPracticeDays, countsTowardsCompliance, DEFAULT_COMPLIANCE_SETTINGS, practiceWindow, preServicePracticeFlag,
  type PracticeSpan, type TeacherForCompliance,
} from '@shared/rules/practice';

function plusDays(date: string, days: number): string {
  return dayjs(date).add(days, 'day').format('YYYY-MM-DD');
}

/** A record starting on `start`, `span` calendar days long, with `days` 实践天数 (default: the whole span). */
function block(start: string, span: number, days = span): PracticeSpan {
  return { startDate: start, endDate: plusDays(start, span - 1), days };
}

const AS_OF = '2025-06-30';
const WINDOW = practiceWindow(AS_OF); // 2020-07-01 … 2025-06-30

const teacher: TeacherForCompliance = {
  status: '在职',
  postCategory: '专任教师',
  teachingCategory: '专业课',
  joinDate: '2010-09-01',
  enterpriseMonths: 12,
};

describe('the window', () => {
  it('is the five years ending on D: the days after D − 5 years, up to and including D', () => {
    expect(WINDOW).toEqual({ start: '2020-07-01', end: '2025-06-30' });
  });

  it('as of a leap day, starts the day after Feb 28 five years before', () => {
    expect(practiceWindow('2024-02-29')).toEqual({ start: '2019-03-01', end: '2024-02-29' });
    const window = practiceWindow('2024-02-29');
    expect(countPracticeDays([block('2019-02-28', 1)], window)).toBe(0);
    expect(countPracticeDays([block('2019-03-01', 1)], window)).toBe(1);
  });

  it('moves a Feb 29 to Feb 28 when adding years lands in a common year, like dayjs', () => {
    expect(addYears('2020-02-29', 5)).toBe('2025-02-28');
    expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
    expect(addYears('2020-02-29', 5)).toBe(dayjs('2020-02-29').add(5, 'year').format('YYYY-MM-DD'));
  });

  it('is the fixed cycle when the region sets one, ending on D while the cycle runs', () => {
    const settings = { ...DEFAULT_COMPLIANCE_SETTINGS, fixedCycle: { start: '2021-01-01', end: '2025-12-31' } };
    expect(practiceWindow('2026-03-01', settings)).toEqual({ start: '2021-01-01', end: '2025-12-31' });
    expect(practiceWindow('2024-06-30', settings)).toEqual({ start: '2021-01-01', end: '2024-06-30' });
  });
});

describe('counting practice days', () => {
  it('counts two 90-day blocks as 180 days', () => {
    expect(countPracticeDays([block('2021-03-01', 90), block('2022-07-01', 90)], WINDOW)).toBe(180);
  });

  it('counts three adjacent 60-day blocks as exactly 180 days', () => {
    const records = [block('2021-01-01', 60), block(plusDays('2021-01-01', 60), 60), block(plusDays('2021-01-01', 120), 60)];
    expect(countPracticeDays(records, WINDOW)).toBe(180);
  });

  it('counts the days where two blocks overlap only once', () => {
    // 2021-03-01 … 2021-05-29 and 2021-04-01 … 2021-06-29: together 2021-03-01 … 2021-06-29, 121 days.
    expect(countPracticeDays([block('2021-03-01', 90), block('2021-04-01', 90)], WINDOW)).toBe(121);
  });

  it('caps overlapping part-time records at one day per day', () => {
    // Two records each spending half of the same 100 days fill them exactly; a third adds nothing.
    const halfTime = block('2022-01-01', 100, 50);
    expect(countPracticeDays([halfTime, halfTime], WINDOW)).toBe(100);
    expect(countPracticeDays([halfTime, halfTime, halfTime], WINDOW)).toBe(100);
  });

  it('spreads 90 days evenly over a 120-day span', () => {
    expect(countPracticeDays([block('2022-03-01', 120, 90)], WINDOW)).toBe(90);
    // The first 60 days of the span hold 45 of the 90 days.
    expect(countPracticeDays([block('2022-03-01', 120, 90)], { start: '2022-03-01', end: plusDays('2022-03-01', 59) })).toBe(45);
  });

  it('counts only the days inside the window of a record straddling its start, floored to whole days', () => {
    // 2020-06-01 … 2020-09-28, 90 days over 120: the 90 calendar days from 2020-07-01 hold 67.5 days.
    expect(countPracticeDays([block('2020-06-01', 120, 90)], WINDOW)).toBe(67);
  });

  it('counts only the days up to D of a record still running on D', () => {
    expect(countPracticeDays([block('2025-06-21', 30)], WINDOW)).toBe(10);
  });

  it('ignores records entirely outside the window, and records of zero days', () => {
    expect(countPracticeDays([block('2019-01-01', 90), block('2025-07-01', 30), block('2022-01-01', 10, 0)], WINDOW)).toBe(0);
    expect(countPracticeDays([], WINDOW)).toBe(0);
  });

  it('stays exact when the spans have a common denominator beyond 2^53', () => {
    // Coprime spans make the common denominator of the densities the product of the spans.
    const spans = [97, 89, 83, 79, 73, 71, 67, 61, 59];
    const records = spans.map((span) => block('2022-01-01', span, span - 1));
    // The first 59 days are covered by all nine records: capped at 1 a day.
    expect(countPracticeDays(records, WINDOW)).toBe(countPracticeDaysByDay(records, WINDOW));
  });
});

/** The rule read literally, one day at a time, with exact fractions: the reference the fast sweep must agree with. */
function countPracticeDaysByDay(records: readonly PracticeSpan[], window: { start: string; end: string }): number {
  const spanOf = (r: PracticeSpan) => dayjs(r.endDate).diff(dayjs(r.startDate), 'day') + 1;
  const denominator = records.reduce((product, r) => product * BigInt(spanOf(r)), 1n);
  let covered = 0n;
  for (let day = window.start; day <= window.end; day = plusDays(day, 1)) {
    let level = 0n;
    for (const r of records)
      if (r.startDate <= day && day <= r.endDate) level += (BigInt(r.days) * denominator) / BigInt(spanOf(r));
    covered += level < denominator ? level : denominator;
  }
  return Number(covered / denominator);
}

describe('counting practice days (properties)', () => {
  const BASE = '2022-01-01';
  // Whole-span records (the default) as often as part-time ones.
  const record = fc
    .tuple(fc.nat(400), fc.integer({ min: 1, max: 120 }))
    .chain(([offset, span]) =>
      fc.oneof(fc.constant(span), fc.integer({ min: 0, max: span })).map((days) => block(plusDays(BASE, offset), span, days)),
    );
  const window = fc
    .record({ offset: fc.nat(300), length: fc.integer({ min: 1, max: 400 }) })
    .map(({ offset, length }) => ({ start: plusDays(BASE, offset), end: plusDays(BASE, offset + length - 1) }));

  it('agrees with counting day by day', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), window, (records, w) => {
        expect(countPracticeDays(records, w)).toBe(countPracticeDaysByDay(records, w));
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with counting day by day when the common denominator of the spans passes 2^53', () => {
    // Part-time records over distinct prime spans: the densities' common denominator is the product of the spans.
    const PRIMES = [53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113];
    const records = fc.shuffledSubarray(PRIMES, { minLength: 9 }).chain((spans) =>
      fc.tuple(
        ...spans.map((span) =>
          fc.tuple(fc.nat(200), fc.integer({ min: 1, max: span - 1 })).map(([offset, days]) => block(plusDays(BASE, offset), span, days)),
        ),
      ),
    );
    fc.assert(
      fc.property(records, window, (rs, w) => {
        expect(countPracticeDays(rs, w)).toBe(countPracticeDaysByDay(rs, w));
      }),
      { numRuns: 50 },
    );
  });

  it('does not depend on the order of the records', () => {
    const recordsAndShuffle = fc
      .array(record, { maxLength: 12 })
      .chain((records) => fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length })));
    fc.assert(
      fc.property(recordsAndShuffle, window, ([records, shuffled], w) => {
        expect(countPracticeDays(shuffled, w)).toBe(countPracticeDays(records, w));
      }),
    );
  });

  it('does not change when a record is split into two adjacent ones of the same density', () => {
    // Density p/q over spans q·a and q·b: the halves hold p·a and p·b days, the whole p·(a + b) over q·(a + b).
    const split = fc.integer({ min: 1, max: 12 }).chain((q) =>
      fc.record({
        offset: fc.nat(400),
        q: fc.constant(q),
        p: fc.integer({ min: 0, max: q }),
        a: fc.integer({ min: 1, max: 15 }),
        b: fc.integer({ min: 1, max: 15 }),
      }),
    );
    fc.assert(
      fc.property(split, fc.array(record, { maxLength: 6 }), window, ({ offset, q, p, a, b }, others, w) => {
        const start = plusDays(BASE, offset);
        const whole = block(start, q * (a + b), p * (a + b));
        const first = block(start, q * a, p * a);
        const second = block(plusDays(start, q * a), q * b, p * b);
        expect(countPracticeDays([...others, first, second], w)).toBe(countPracticeDays([...others, whole], w));
      }),
    );
  });
});

describe('compliance status', () => {
  it('is 达标 with two 90-day blocks', () => {
    const result = complianceOf(teacher, [block('2021-03-01', 90), block('2022-07-01', 90)], AS_OF);
    expect(result).toEqual({ status: '达标', days: 180, requiredDays: 180, shortfallDays: 0, deadline: null, window: WINDOW, pendingDays: 0 });
  });

  it('is 进行中 for a teacher hired two years ago who is short, with the deadline five years after joining', () => {
    const hired = { ...teacher, joinDate: '2023-06-01' };
    expect(complianceOf(hired, [block('2024-07-01', 100)], AS_OF)).toMatchObject({
      status: '进行中',
      days: 100,
      shortfallDays: 80,
      deadline: '2028-06-01',
    });
  });

  it('is 有风险 when the days left until the deadline are fewer than the days still needed', () => {
    // Joined 2020-09-01: deadline 2025-09-01, 63 days after 2025-06-30.
    const hired = { ...teacher, joinDate: '2020-09-01' };
    expect(complianceOf(hired, [block('2021-07-01', 117)], AS_OF)).toMatchObject({ status: '进行中', shortfallDays: 63 });
    expect(complianceOf(hired, [block('2021-07-01', 116)], AS_OF)).toMatchObject({
      status: '有风险',
      shortfallDays: 64,
      deadline: '2025-09-01',
    });
  });

  it('is 未达标 with the shortfall for a teacher who joined five or more years before D', () => {
    expect(complianceOf(teacher, [block('2021-03-01', 100)], AS_OF)).toMatchObject({
      status: '未达标',
      days: 100,
      shortfallDays: 80,
      deadline: null,
    });
    // On the deadline itself the five years are over.
    expect(complianceOf({ ...teacher, joinDate: '2020-06-30' }, [], AS_OF)).toMatchObject({ status: '未达标', shortfallDays: 180 });
  });

  it('gives a teacher who joined on a leap day until Feb 28 five years later', () => {
    const leapJoiner = { ...teacher, joinDate: '2020-02-29' };
    expect(complianceOf(leapJoiner, [], '2025-02-27')).toMatchObject({ status: '有风险', deadline: '2025-02-28' });
    expect(complianceOf(leapJoiner, [], '2025-02-28')).toMatchObject({ status: '未达标' });
  });

  it('is 不适用 for a 公共基础课 teacher, whose practice is still counted', () => {
    const result = complianceOf({ ...teacher, teachingCategory: '公共基础课' }, [block('2021-03-01', 30)], AS_OF);
    expect(result).toMatchObject({ status: '不适用', days: 30, shortfallDays: 0, deadline: null });
  });

  it('is 不适用 for a 专任教师 with no 任教类别 entered', () => {
    expect(complianceOf({ ...teacher, teachingCategory: null }, [], AS_OF)?.status).toBe('不适用');
  });

  it('applies to 实习指导 teachers as to 专业课 teachers', () => {
    expect(complianceOf({ ...teacher, teachingCategory: '实习指导' }, [], AS_OF)?.status).toBe('未达标');
  });

  it('has no status for 兼职教师, other posts and staff who left or retired', () => {
    expect(complianceOf({ ...teacher, postCategory: '兼职教师' }, [], AS_OF)).toBeNull();
    expect(complianceOf({ ...teacher, postCategory: '行政人员' }, [], AS_OF)).toBeNull();
    expect(complianceOf({ ...teacher, status: '离职' }, [], AS_OF)).toBeNull();
    expect(complianceOf({ ...teacher, status: '退休' }, [], AS_OF)).toBeNull();
  });

  it('counts only the fixed cycle when the region sets one', () => {
    const settings = { ...DEFAULT_COMPLIANCE_SETTINGS, fixedCycle: { start: '2021-01-01', end: '2025-12-31' } };
    // The 2020 block is inside the rolling five years but outside the cycle.
    const records = [block('2020-09-01', 90), block('2021-03-01', 90)];
    expect(complianceOf(teacher, records, AS_OF)).toMatchObject({ status: '达标', days: 180 });
    expect(complianceOf(teacher, records, AS_OF, settings)).toMatchObject({
      status: '未达标',
      days: 90,
      shortfallDays: 90,
      window: { start: '2021-01-01', end: AS_OF },
    });
  });

  it('uses the required days of the settings', () => {
    const settings = { ...DEFAULT_COMPLIANCE_SETTINGS, requiredDays: 90 };
    expect(complianceOf(teacher, [block('2021-03-01', 90)], AS_OF, settings)).toMatchObject({ status: '达标', requiredDays: 90 });
  });
});

describe('岗前实践 of new teachers', () => {
  const newcomer: TeacherForCompliance = { ...teacher, joinDate: '2023-09-01', enterpriseMonths: 0 };

  it('flags a new teacher with no enterprise work and no 岗前实践 record', () => {
    expect(preServicePracticeFlag(newcomer, [])).toBe('无企业工作经历的新任教师应先实践、再上岗：没有岗前实践记录（应于 2023-10-01 前完成）');
  });

  it('accepts a 岗前实践 record ending 30 days after joining at the latest', () => {
    expect(preServicePracticeFlag(newcomer, [{ form: '岗前实践', endDate: '2023-10-01' }])).toBeNull();
    expect(preServicePracticeFlag(newcomer, [{ form: '岗前实践', endDate: '2023-08-15' }])).toBeNull();
  });

  it('flags a 岗前实践 record ending later than that', () => {
    expect(preServicePracticeFlag(newcomer, [{ form: '岗前实践', endDate: '2023-10-02' }])).toContain('2023-10-01 前');
  });

  it('does not take another form of practice for 岗前实践', () => {
    expect(preServicePracticeFlag(newcomer, [{ form: '集中实践', endDate: '2023-08-15' }])).not.toBeNull();
  });

  it('does not flag teachers with enterprise work, who joined before 2016-05-13, or who teach 公共基础课', () => {
    expect(preServicePracticeFlag({ ...newcomer, enterpriseMonths: 6 }, [])).toBeNull();
    expect(preServicePracticeFlag({ ...newcomer, joinDate: '2016-05-12' }, [])).toBeNull();
    expect(preServicePracticeFlag({ ...newcomer, joinDate: '2016-05-13' }, [])).not.toBeNull();
    expect(preServicePracticeFlag({ ...newcomer, teachingCategory: '公共基础课' }, [])).toBeNull();
  });
});

describe('a teacher’s own records awaiting review (DESIGN §12)', () => {
  const pending = (r: PracticeSpan): PracticeSpan => ({ ...r, awaitingReview: '待审核' });
  const returned = (r: PracticeSpan): PracticeSpan => ({ ...r, awaitingReview: '已退回' });
  const countingPending = { ...DEFAULT_COMPLIANCE_SETTINGS, countPending: true };

  it('counts what the school entered and what 教务 passed; 待审核 only under the setting; 已退回 never', () => {
    const table = [
      [null, false, true], [null, true, true],
      ['待审核', false, false], ['待审核', true, true],
      ['已退回', false, false], ['已退回', true, false],
    ] as const;
    for (const [awaitingReview, countPending, counts] of table) expect(countsTowardsCompliance({ awaitingReview }, { countPending })).toBe(counts);
  });

  it('leaves pending days out of the status and reports them apart', () => {
    const records = [block('2021-03-01', 120), pending(block('2022-07-01', 60)), returned(block('2023-07-01', 30))];
    expect(complianceOf(teacher, records, AS_OF)).toMatchObject({ days: 120, pendingDays: 60, shortfallDays: 60, status: '未达标' });
    expect(complianceOf(teacher, records, AS_OF, countingPending)).toMatchObject({ days: 180, pendingDays: 0, status: '达标' });
  });

  it('reports as pending only the days a pending record would add: an overlap counts once', () => {
    // 60 days of which the first 20 (08-01…08-20) lie under a counted record (07-01…08-20)
    const records = [block('2022-07-01', 51), pending(block('2022-08-01', 60))];
    expect(complianceOf(teacher, records, AS_OF)).toMatchObject({ days: 51, pendingDays: 40 });
    // a pending record outside the window adds nothing
    expect(complianceOf(teacher, [pending(block('2019-01-01', 60))], AS_OF)).toMatchObject({ days: 0, pendingDays: 0 });
  });
});
