// The status board, a teacher's page and the CLI's practice-status give the same days and status for every teacher
// of a small hand-made school — and those are the figures DESIGN §4.1 gives by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { staffInput } from '../../helpers/people';
import { openTestSchool, type TestSchool } from '../../helpers/school';
import type { PracticeInput } from '@shared/practice';
import type { StaffInput } from '@shared/staff';

const AS_OF = '2025-06-30'; // window 2020-07-01 … 2025-06-30

const block = (startDate: string, endDate: string, days?: number): PracticeInput => ({ enterpriseName: '丽水某企业', startDate, endDate, days, form: '集中实践' });

/** Each teacher, their records, and what §4.1 says as of AS_OF. */
const TEACHERS: { staff: Partial<StaffInput>; records: PracticeInput[]; expected: { days: number; status: string; shortfallDays: number; deadline: string | null } | null }[] = [
  // two 90-day blocks
  { staff: { name: '张达标' }, records: [block('2023-01-01', '2023-03-31'), block('2024-01-01', '2024-03-30')], expected: { days: 180, status: '达标', shortfallDays: 0, deadline: null } },
  // 90 + 90 overlapping by 30 days: 150
  { staff: { name: '李重叠' }, records: [block('2024-01-01', '2024-03-30'), block('2024-03-01', '2024-05-29')], expected: { days: 150, status: '未达标', shortfallDays: 30, deadline: null } },
  // joined two years ago with nothing yet
  { staff: { name: '王新任', joinDate: '2023-09-01', enterpriseMonths: 24 }, records: [], expected: { days: 0, status: '进行中', shortfallDays: 180, deadline: '2028-09-01' } },
  // 实习指导, deadline in 63 days, 150 days short
  { staff: { name: '赵风险', joinDate: '2020-09-01', teachingCategory: '实习指导' }, records: [block('2024-07-01', '2024-07-30')], expected: { days: 30, status: '有风险', shortfallDays: 150, deadline: '2025-09-01' } },
  // 公共基础课: counted, but the rule does not apply
  { staff: { name: '钱基础', teachingCategory: '公共基础课' }, records: [block('2024-07-01', '2024-07-10')], expected: { days: 10, status: '不适用', shortfallDays: 0, deadline: null } },
  // a record straddling the window start: 45 days spread over its 60, of which 30 fall inside → 22.5; plus 60 → 82
  { staff: { name: '周跨界' }, records: [block('2020-06-01', '2020-07-30', 45), block('2022-05-01', '2022-06-29')], expected: { days: 82, status: '未达标', shortfallDays: 98, deadline: null } },
  // not in scope: 兼职教师 and a retired teacher
  { staff: { name: '孙兼职', postCategory: '兼职教师' }, records: [block('2024-01-01', '2024-01-31')], expected: null },
  { staff: { name: '吴退休', status: '退休' }, records: [], expected: null },
];

describe('status board, teacher page and CLI agree', () => {
  let school: TestSchool;
  const ids: number[] = [];

  beforeAll(async () => {
    school = await openTestSchool();
    for (const [i, t] of TEACHERS.entries()) {
      const { id } = await school.ok('staff.create', staffInput({ enterpriseMonths: 12, ...t.staff }, i + 1));
      ids.push(id);
      for (const values of t.records) await school.ok('practice.create', { staffId: id, values });
    }
  });
  afterAll(() => school.close());

  it('gives every teacher the same days, status, shortfall and deadline in all three, as §4.1 says', async () => {
    const board = await school.ok('practice.statusBoard', { asOf: AS_OF });
    const fromBoard = board.rows.map(({ staffNo, name, days, status, shortfallDays, deadline }) => ({ staffNo, name, days, status, shortfallDays, deadline }));

    const fromTeacherPages = [];
    for (const id of ids) {
      const c = (await school.ok('practice.teacherSummary', { staffId: id, asOf: AS_OF })).compliance;
      if (c) fromTeacherPages.push({ staffNo: c.staffNo, name: c.name, days: c.days, status: c.status, shortfallDays: c.shortfallDays, deadline: c.deadline });
    }

    const out: string[] = [];
    const code = await runCli(['--data', school.dir, 'practice-status', '--as-of', AS_OF, '--json'], { out: (t) => out.push(t), err: (t) => out.push(t) });
    expect(code).toBe(0);
    const fromCli = JSON.parse(out.join('\n'));

    const expected = TEACHERS.flatMap((t, i) => (t.expected ? [{ staffNo: `T${String(i + 1).padStart(4, '0')}`, name: t.staff.name, ...t.expected }] : []));
    expect(fromBoard).toEqual(expected);
    expect(fromTeacherPages).toEqual(expected);
    expect(fromCli).toEqual(expected);
    expect(board.counts).toEqual({ 达标: 1, 进行中: 1, 有风险: 1, 未达标: 2, 不适用: 1 });
  });

  it('prints a readable table without --json', async () => {
    const out: string[] = [];
    await runCli(['--data', school.dir, 'practice-status', '--as-of', AS_OF], { out: (t) => out.push(t), err: (t) => out.push(t) });
    const lines = out.join('\n').split('\n');
    expect(lines[0]).toBe('截至 2025-06-30（统计区间 2020-07-01～2025-06-30，要求 180 天）');
    expect(lines[1]).toBe('工号\t姓名\t实践天数\t状态\t差额（天）\t完成期限');
    expect(lines).toContain('T0004\t赵风险\t30\t有风险\t150\t2025-09-01');
  });

  it('shows on the teacher page only the records inside the window, oldest first, and filters the board by status', async () => {
    const summary = await school.ok('practice.teacherSummary', { staffId: ids[5], asOf: AS_OF });
    expect(summary.window).toEqual({ start: '2020-07-01', end: AS_OF });
    expect(summary.windowRecords.map((r) => r.startDate)).toEqual(['2020-06-01', '2022-05-01']);
    expect((await school.ok('practice.teacherSummary', { staffId: ids[5], asOf: '2026-01-01' })).windowRecords.map((r) => r.startDate)).toEqual(['2022-05-01']);
    const atRisk = await school.ok('practice.statusBoard', { asOf: AS_OF, status: '未达标' });
    expect(atRisk.rows.map((r) => r.name)).toEqual(['李重叠', '周跨界']);
    // the overview's chart asks for the counts alone, its card for the first few of a status
    const countsOnly = await school.ok('practice.statusBoard', { asOf: AS_OF, limit: 0 });
    expect(countsOnly.rows).toEqual([]);
    expect(countsOnly.counts).toEqual(atRisk.counts);
    expect((await school.ok('practice.statusBoard', { asOf: AS_OF, status: '未达标', limit: 1 })).rows.map((r) => r.name)).toEqual(['李重叠']);
    expect((await school.ok('practice.teacherSummary', { staffId: ids[6], asOf: AS_OF })).compliance).toBeNull();
  });
});
