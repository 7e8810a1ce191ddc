// 企业实践达标情况表 as exported: one row per 在职 专任教师 with the status the status board gives, the days counted,
// the shortfall and the deadline, and the count per status on the second sheet.
import { describe, expect, it } from 'vitest';
import { staffInput } from '../../helpers/people';
import { exportedReport, headOf, readTable, recordsOf, valuesOf } from '../../helpers/reports';
import type { StaffInput } from '@shared/staff';

/** The teachers of the school, with the practice each did (start, end). */
const TEACHERS: [Partial<StaffInput>, [string, string][]][] = [
  [{ name: '达标者', joinDate: '2012-09-01' }, [['2024-01-01', '2024-06-28']]],
  [{ name: '未达标者', joinDate: '2012-09-01' }, [['2023-03-01', '2023-03-30']]],
  [{ name: '新教师', joinDate: '2023-09-01' }, []],
  [{ name: '有风险者', joinDate: '2020-12-01', teachingCategory: '实习指导' }, [['2022-05-01', '2022-05-20']]],
  [{ name: '基础课教师', teachingCategory: '公共基础课' }, [['2024-07-01', '2024-07-05']]],
  [{ name: '兼职者', postCategory: '兼职教师' }, []],
  [{ name: '离职者', status: '离职' }, []],
];

const report = exportedReport('practice-status', {}, async (school) => {
  for (const [i, [teacher, spans]] of TEACHERS.entries()) {
    const { id } = await school.ok('staff.create', staffInput(teacher, i + 1));
    for (const [startDate, endDate] of spans)
      await school.ok('practice.create', { staffId: id, values: { enterpriseName: '丽水某企业', startDate, endDate, form: '集中实践' } });
  }
});

describe('企业实践达标情况表', () => {
  it('is headed with the cut-off date and the window counted, under the grouped 五年内企业实践 header', async () => {
    expect(report.workbook.SheetNames).toEqual(['企业实践达标情况表', '企业实践达标情况汇总']);
    const sheet = report.workbook.Sheets['企业实践达标情况表'];
    expect(headOf(report.workbook.Sheets['企业实践达标情况汇总']).period).toBe('统计截止日期：2025-08-31');
    expect(headOf(sheet)).toEqual({
      title: '丽水市示范职业技术学校企业实践达标情况表',
      period: '统计截止日期：2025-08-31（自2020-09-01起）',
    });
    const { headers, groups } = readTable(sheet);
    expect(headers).toEqual(['序号', '工号', '姓名', '任教类别', '来校日期', '已累计天数', '要求天数', '尚差天数', '状态', '完成期限']);
    expect(groups.slice(5, 8)).toEqual(['五年内企业实践', '五年内企业实践', '五年内企业实践']);
  });

  it('gives each 在职 专任教师 the days, shortfall, status and deadline of the status board', async () => {
    const rows = valuesOf(readTable(report.workbook.Sheets['企业实践达标情况表']).rows);
    expect(rows).toEqual([
      [1, 'T0001', '达标者', '专业课', '2012-09-01', 180, 180, 0, '达标', null],
      [2, 'T0002', '未达标者', '专业课', '2012-09-01', 30, 180, 150, '未达标', null],
      [3, 'T0003', '新教师', '专业课', '2023-09-01', 0, 180, 180, '进行中', '2028-09-01'],
      [4, 'T0004', '有风险者', '实习指导', '2020-12-01', 20, 180, 160, '有风险', '2025-12-01'],
      [5, 'T0005', '基础课教师', '公共基础课', '2012-09-01', 5, '—', '—', '不适用', null],
    ]);
    const board = await report.school.ok('practice.statusBoard', { asOf: '2025-08-31' });
    expect(rows.map((r) => [r[1], r[5], r[8], r[9]])).toEqual(board.rows.map((r) => [r.staffNo, r.days, r.status, r.deadline]));
  });

  it('counts the teachers of each status, and they add up to the rows of the first sheet', () => {
    const table = readTable(report.workbook.Sheets['企业实践达标情况汇总']);
    expect(table.headers).toEqual(['状态', '人数', '占比', '说明']);
    const records = recordsOf(table);
    expect(records.map((r) => [r['状态']?.v, r['人数']?.v, r['占比']?.v])).toEqual([
      ['达标', 1, 0.2], ['进行中', 1, 0.2], ['有风险', 1, 0.2], ['未达标', 1, 0.2], ['不适用', 1, 0.2], ['合计', 5, undefined],
    ]);
    expect(records[0]['占比']?.z).toBe('0.0%');
  });

  it('agrees with practiceComplianceRate: 达标 over 达标 and 未达标', async () => {
    const { indicators } = await report.school.ok('indicators.compute', { asOf: '2025-08-31' });
    const rate = indicators.find((i) => i.id === 'practiceComplianceRate')!;
    const count = (status: string) => recordsOf(readTable(report.workbook.Sheets['企业实践达标情况汇总'])).find((r) => r['状态']?.v === status)!['人数']?.v as number;
    expect([rate.numerator, rate.denominator]).toEqual([count('达标'), count('达标') + count('未达标')]);
  });

  it('writes 工号 and dates as text', () => {
    for (const r of recordsOf(readTable(report.workbook.Sheets['企业实践达标情况表']))) {
      expect(r['工号']?.t).toBe('s');
      expect(r['来校日期']?.t).toBe('s');
    }
  });
});
