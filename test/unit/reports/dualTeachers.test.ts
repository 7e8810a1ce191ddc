// 双师型教师认定汇总表 as exported: every 专业课 teacher with the highest 双师型认定 held on the cut-off date and
// their certificates, those without one too, so the sheet counts what dualTeacherRatio counts.
import { describe, expect, it } from 'vitest';
import { staffInput } from '../../helpers/people';
import { exportedReport, headOf, readTable, recordsOf, valuesOf } from '../../helpers/reports';
import type { StaffInput } from '@shared/staff';
import type { DualTeacherValues, StaffCertificateValues } from '@shared/qualifications';
import type { SkillLevel } from '@shared/vocab';

const dual = (level: DualTeacherValues['level'], certifiedDate: string, certifyingBody: string | null = null) => ({ level, certifiedDate, certifyingBody });
const certificate = (name: string, level: SkillLevel, obtainedDate: string | null): StaffCertificateValues => ({
  kind: '职业技能等级证书', name, level, issuer: null, number: null, obtainedDate,
});

/** Each staff member with their 双师型认定 and certificates. */
const STAFF: [Partial<StaffInput>, ReturnType<typeof dual>[], StaffCertificateValues[]][] = [
  [
    { name: '陈静', staffNo: '00101', title: '副高级', highestEducation: '研究生' },
    [dual('初级', '2019-06-01', '丽水市教育局'), dual('高级', '2024-05-10', '浙江省教育厅')],
    [certificate('电工', '四级', '2018-03-01'), certificate('数控车工', '三级', '2021-07-01'), certificate('工业机器人系统运维员', '二级', '2025-10-01')],
  ],
  [{ name: '王伟', teachingCategory: '实习指导' }, [dual('中级', '2025-10-01')], []],
  [{ name: '李娜' }, [], [certificate('电子商务师', '四级', null)]],
  [{ name: '基础课', teachingCategory: '公共基础课' }, [dual('初级', '2020-01-01')], []],
  [{ name: '退休者', status: '退休' }, [dual('中级', '2015-01-01')], []],
  [{ name: '兼职者', postCategory: '兼职教师' }, [dual('中级', '2015-01-01')], []],
  [{ name: '赵敏', highestEducation: '本科', title: '中级' }, [dual('中级', '2020-01-01', '丽水市教育局')], []],
];

const report = exportedReport('dual-teachers', {}, async (school) => {
  for (const [i, [person, certifications, certificates]] of STAFF.entries()) {
    const { id } = await school.ok('staff.create', staffInput(person, i + 1));
    for (const values of certifications) await school.ok('dualTeacher.create', { staffId: id, values });
    for (const values of certificates) await school.ok('staffCertificate.create', { staffId: id, values });
  }
});

describe('双师型教师认定汇总表', () => {
  it('is headed with the cut-off date, the 双师型认定 columns grouped', () => {
    expect(report.workbook.SheetNames).toEqual(['双师型教师认定汇总表', '双师型教师认定统计']);
    const sheet = report.workbook.Sheets['双师型教师认定汇总表'];
    expect(headOf(sheet)).toEqual({ title: '丽水市示范职业技术学校双师型教师认定汇总表', period: '统计截止日期：2025-08-31' });
    const { headers, groups } = readTable(sheet);
    expect(headers).toEqual(['序号', '工号', '姓名', '任教类别', '任教专业', '职称', '最高学历', '认定等级', '认定时间', '认定机构', '职业资格/职业技能等级证书']);
    expect(groups.slice(7, 10)).toEqual(['双师型认定', '双师型认定', '双师型认定']);
  });

  it('lists every 在职 专任 专业课 and 实习指导 teacher, with the highest level held on the cut-off date', () => {
    const rows = valuesOf(readTable(report.workbook.Sheets['双师型教师认定汇总表']).rows).map((r) => [r[1], r[2], r[3], r[5], r[6], r[7], r[8], r[9], r[10]]);
    expect(rows).toEqual([
      ['00101', '陈静', '专业课', '副高级', '研究生', '高级', '2024-05-10', '浙江省教育厅', '电工 四级（中级工），数控车工 三级（高级工）'],
      // certified after the cut-off date: not yet 双师型 then
      ['T0002', '王伟', '实习指导', null, null, null, null, null, null],
      ['T0003', '李娜', '专业课', null, null, null, null, null, '电子商务师 四级（中级工）'],
      ['T0007', '赵敏', '专业课', '中级', '本科', '中级', '2020-01-01', '丽水市教育局', null],
    ]);
  });

  it('counts as dualTeacherRatio and seniorDualTeacherRatio count, on the second sheet', async () => {
    const records = recordsOf(readTable(report.workbook.Sheets['双师型教师认定统计']));
    expect(records.map((r) => [r['项目']?.v, r['人数']?.v, r['占专业课教师比例']?.v])).toEqual([
      ['专业课教师（含实习指导教师）', 4, undefined],
      ['双师型教师', 2, 0.5],
      ['其中：高级', 1, 0.25],
      ['其中：中级', 1, 0.25],
      ['其中：初级', 0, 0],
      ['高水平双师型教师（中级及以上）', 2, 0.5],
      ['未认定双师型', 2, 0.5],
    ]);
    const { indicators } = await report.school.ok('indicators.compute', { asOf: '2025-08-31' });
    const figure = (id: string) => indicators.find((i) => i.id === id)!;
    expect([figure('dualTeacherRatio').numerator, figure('dualTeacherRatio').denominator]).toEqual([2, 4]);
    expect([figure('seniorDualTeacherRatio').numerator, figure('seniorDualTeacherRatio').denominator]).toEqual([2, 4]);
    const listed = readTable(report.workbook.Sheets['双师型教师认定汇总表']).rows;
    expect(listed.filter((r) => r[7]?.v).length).toBe(figure('dualTeacherRatio').numerator);
    expect(listed.length).toBe(figure('dualTeacherRatio').denominator);
  });

  it('writes 工号 and dates as text', () => {
    const records = recordsOf(readTable(report.workbook.Sheets['双师型教师认定汇总表']));
    expect(records[0]['工号']).toMatchObject({ t: 's', v: '00101' });
    expect(records[0]['认定时间']).toMatchObject({ t: 's', v: '2024-05-10' });
  });
});
