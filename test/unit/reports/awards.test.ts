// 技能大赛获奖情况统计表 as exported for a year: awards by level × prize, with students and with staff, added up
// in 合计 and agreeing with the awardCounts indicator; and the detail list with each award's fields and people in the
// columns the 技能大赛获奖 import reads.
import { describe, expect, it } from 'vitest';
import { staffInput } from '../../helpers/people';
import { studentInput } from '../../helpers/students';
import { exportedReport, headOf, readTable, valuesOf } from '../../helpers/reports';
import type { AwardInput } from '@shared/awards';
import { PRIZES } from '@shared/vocab';

const report = exportedReport('awards', { year: 2025 }, async (school) => {
  const t1 = (await school.ok('staff.create', staffInput({ name: '陈静' }, 1))).id;
  const t2 = (await school.ok('staff.create', staffInput({ name: '王伟' }, 2))).id;
  const s1 = (await school.ok('students.create', studentInput(1, { name: '张三' }))).id;
  const s2 = (await school.ok('students.create', studentInput(2, { name: '李四' }))).id;
  const s3 = (await school.ok('students.create', studentInput(3, { name: '王五' }))).id;
  const award = (values: Partial<AwardInput>): AwardInput => ({
    competition: '全国职业院校技能大赛', system: '教育', level: '国家级', year: 2025, event: '电子商务运营', prize: '一等奖', isTeam: false, participants: [], advisors: [],
    ...values,
  });
  const student = (studentId: number) => ({ studentId });
  const staffMember = (staffId: number) => ({ staffId });
  for (const values of [
    award({ isTeam: true, participants: [student(s1), student(s2)], advisors: [staffMember(t1)] }),
    award({ competition: '浙江省职业院校技能大赛', level: '省级', prize: '二等奖', event: '机器人技术应用', participants: [staffMember(t2)], advisors: [{ externalName: '周教授' }] }),
    award({ competition: '浙江省职业院校技能大赛', level: '省级', prize: '二等奖', event: '网络搭建', participants: [student(s3)] }),
    award({ competition: '丽水市职业技能大赛', level: '市级', prize: '优秀奖', event: '中式烹调', isTeam: true, participants: [student(s1), staffMember(t1)] }),
    award({ competition: '莲都区技能比武', level: '县级', prize: '金奖', event: '焊接', isTeam: true, participants: [student(s2), { externalName: '外校生' }] }),
    award({ year: 2024, participants: [student(s3)] }),
  ])
    await school.ok('awards.create', values);
});

describe('技能大赛获奖情况统计表', () => {
  it('is headed with the year, a column per prize under 学生获奖 and 教师获奖', () => {
    expect(report.workbook.SheetNames).toEqual(['技能大赛获奖情况统计', '技能大赛获奖明细']);
    const sheet = report.workbook.Sheets['技能大赛获奖情况统计'];
    expect(headOf(sheet)).toEqual({ title: '丽水市示范职业技术学校技能大赛获奖情况统计表', period: '年度：2025' });
    const { headers, groups } = readTable(sheet);
    expect(headers).toEqual(['级别', ...PRIZES, '小计', ...PRIZES, '小计']);
    expect(groups).toEqual([undefined, ...Array(8).fill('学生获奖（项）'), ...Array(8).fill('教师获奖（项）')]);
  });

  it('counts the year’s awards by level and prize, students and staff apart, with 小计 and 合计', () => {
    const rows = valuesOf(readTable(report.workbook.Sheets['技能大赛获奖情况统计']).rows);
    //                 一 二 三 金 银 铜 优 小计 | 一 二 三 金 银 铜 优 小计
    expect(rows).toEqual([
      ['国家级', 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
      ['省级', 0, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1],
      ['市级', 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1],
      ['县级', 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
      ['合计', 1, 1, 0, 1, 0, 0, 1, 4, 0, 1, 0, 0, 0, 0, 1, 2],
    ]);
  });

  it('agrees with the awardCounts indicator of the year', async () => {
    const { indicators } = await report.school.ok('indicators.compute', { year: 2025 });
    const breakdown = indicators.find((i) => i.id === 'awardCounts')!.breakdown!;
    expect(breakdown).toHaveLength(4);
    const rows = valuesOf(readTable(report.workbook.Sheets['技能大赛获奖情况统计']).rows);
    for (const cell of breakdown) {
      const row = rows.find((r) => r[0] === cell.level)!;
      const column = PRIZES.indexOf(cell.prize as (typeof PRIZES)[number]) + 1;
      expect([row[column], row[column + 8]], `${cell.level} ${cell.prize}`).toEqual([cell.students, cell.staff]);
    }
  });

  it('lists each award of the year by level and prize, with every award field and its people as the import reads them', () => {
    const sheet = report.workbook.Sheets['技能大赛获奖明细'];
    expect(headOf(sheet).title).toBe('丽水市示范职业技术学校技能大赛获奖明细表');
    const table = readTable(sheet);
    expect(table.headers).toEqual(['序号', '年度', '比赛名称', '赛项', '赛事系统', '级别', '奖项', '团体赛', '参赛者', '指导教师']);
    // 姓名（学号或工号）, an outsider by name alone
    expect(valuesOf(table.rows)).toEqual([
      [1, '2025', '全国职业院校技能大赛', '电子商务运营', '教育', '国家级', '一等奖', '是', '张三（S00001）、李四（S00002）', '陈静（T0001）'],
      [2, '2025', '浙江省职业院校技能大赛', '机器人技术应用', '教育', '省级', '二等奖', '否', '王伟（T0002）', '周教授'],
      [3, '2025', '浙江省职业院校技能大赛', '网络搭建', '教育', '省级', '二等奖', '否', '王五（S00003）', null],
      [4, '2025', '丽水市职业技能大赛', '中式烹调', '教育', '市级', '优秀奖', '是', '张三（S00001）、陈静（T0001）', null],
      [5, '2025', '莲都区技能比武', '焊接', '教育', '县级', '金奖', '是', '李四（S00002）、外校生', null],
    ]);
  });
});
