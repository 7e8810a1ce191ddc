// 毕业生证书获取情况统计表 as exported for a graduation year: the cohort by major and class with each major's 小计,
// the school's rate in 合计 (not a sum of rates), and the students lacking a qualifying certificate.
import { describe, expect, it } from 'vitest';
import { studentInput } from '../../helpers/students';
import { exportedReport, exportWorkbook, headOf, readTable, recordsOf, valuesOf } from '../../helpers/reports';
import type { CertificateInput } from '@shared/certificates';
import type { StudentInput } from '@shared/students';

const cert = (kind: CertificateInput['kind'], level: string, obtainedDate = '2025-05-20'): CertificateInput => ({
  kind, name: kind === '1+X证书' ? 'Web前端开发' : '计算机程序设计员', level, issuer: '浙江省人社厅', obtainedDate,
});

/** Students of the 2025 cohort (and some who are not in it), with their certificates. */
const STUDENTS: [Partial<StudentInput>, CertificateInput[]][] = [
  [{ name: '甲', majorName: '计算机应用', className: '计算机2201班' }, [cert('职业技能等级证书', '四级')]],
  [{ name: '乙', majorName: '计算机应用', className: '计算机2201班' }, [cert('职业技能等级证书', '五级')]],
  [{ name: '丙', majorName: '计算机应用', className: '计算机2201班' }, [cert('1+X证书', '初级')]],
  // obtained after the cut-off date (2025-08-31)
  [{ name: '丁', majorName: '计算机应用', className: '计算机2202班' }, [cert('职业资格证书', '三级', '2025-09-15')]],
  [{ name: '戊', majorName: '计算机应用', className: '计算机2202班' }, []],
  [{ name: '己', majorName: '电子商务', className: '电商2201班' }, [cert('职业技能等级证书', '四级')]],
  [{ name: '庚', majorName: '电子商务', className: '电商2201班', status: '退学' }, []],
  [{ name: '辛', majorName: '电子商务', className: '电商2201班', status: '毕业' }, [cert('职业资格证书', '中级工')]],
  [{ name: '壬', majorName: '电子商务', className: '电商2301班', entryYear: 2023 }, []],
];

const report = exportedReport('certificates', { year: 2025 }, async (school) => {
  await school.ok('majors.create', { code: '710201', name: '计算机应用' });
  await school.ok('majors.create', { code: '730701', name: '电子商务' });
  for (const [name, majorName, entryYear] of [['计算机2201班', '计算机应用', 2022], ['计算机2202班', '计算机应用', 2022], ['电商2201班', '电子商务', 2022], ['电商2301班', '电子商务', 2023]] as const)
    await school.ok('classes.create', { name, majorName, entryYear });
  for (const [i, [student, certificates]] of STUDENTS.entries()) {
    const { id } = await school.ok('students.create', studentInput(i + 1, student));
    for (const values of certificates) await school.ok('certificates.create', { studentId: id, values });
  }
});

describe('毕业生证书获取情况统计表', () => {
  it('is headed with the graduation year, the cut-off date and what counted as a qualifying certificate', () => {
    expect(report.workbook.SheetNames).toEqual(['毕业生证书获取情况', '未取得合格证书学生名单']);
    const sheet = report.workbook.Sheets['毕业生证书获取情况'];
    expect(headOf(sheet)).toEqual({
      title: '丽水市示范职业技术学校毕业生证书获取情况统计表',
      // longer than half the sheet: the whole line, the unit after it
      period: '毕业年份：2025（证书截止2025-08-31，四级及以上或1+X初级及以上）　填报单位（盖章）：丽水市示范职业技术学校',
    });
    expect(readTable(sheet).headers).toEqual(['专业代码', '专业名称', '班级', '应届毕业生数', '取得合格证书人数', '获取率']);
  });

  it('gives each class, each major’s 小计 and the school’s 合计 with the rate of its own counts', async () => {
    const rows = valuesOf(readTable(report.workbook.Sheets['毕业生证书获取情况']).rows);
    expect(rows).toEqual([
      ['710201', '计算机应用', '计算机2201班', 3, 2, 2 / 3],
      ['710201', '计算机应用', '计算机2202班', 2, 0, 0],
      ['710201', '计算机应用', '小计', 5, 2, 0.4],
      ['730701', '电子商务', '电商2201班', 2, 2, 1],
      ['730701', '电子商务', '小计', 2, 2, 1],
      ['合计', null, null, 7, 4, 4 / 7],
    ]);
    const rate = await report.school.ok('certificates.rate', { year: 2025 });
    expect(rows.at(-1)!.slice(3)).toEqual([rate.school.denominator, rate.school.numerator, rate.school.value]);
    const { indicators } = await report.school.ok('indicators.compute', { year: 2025 });
    const indicator = indicators.find((i) => i.id === 'certificateRate')!;
    expect(rows.at(-1)!.slice(3)).toEqual([indicator.denominator, indicator.numerator, indicator.value]);
  });

  it('formats the rates as percentages with one decimal and writes 专业代码 as text', () => {
    const records = recordsOf(readTable(report.workbook.Sheets['毕业生证书获取情况']));
    expect(records.at(-1)!['获取率']).toMatchObject({ t: 'n', z: '0.0%', w: '57.1%' });
    expect(records[0]['专业代码']).toMatchObject({ t: 's', v: '710201' });
  });

  it('lists the cohort’s students without a qualifying certificate', async () => {
    const sheet = report.workbook.Sheets['未取得合格证书学生名单'];
    expect(headOf(sheet)).toEqual({ title: '丽水市示范职业技术学校未取得合格证书学生名单', period: '毕业年份：2025' });
    const table = readTable(sheet);
    expect(table.headers).toEqual(['序号', '学号', '姓名', '专业', '班级']);
    expect(valuesOf(table.rows)).toEqual([
      [1, 'S00002', '乙', '计算机应用', '计算机2201班'],
      [2, 'S00004', '丁', '计算机应用', '计算机2202班'],
      [3, 'S00005', '戊', '计算机应用', '计算机2202班'],
    ]);
    expect(table.rows[0][1]?.t).toBe('s');
  });

  it('exports an empty cohort with — as the rate, not NaN', async () => {
    const empty = await exportWorkbook(report.school, 'certificates', { year: 2030 });
    expect(valuesOf(readTable(empty.Sheets['毕业生证书获取情况']).rows)).toEqual([['合计', null, null, 0, 0, '—']]);
    expect(readTable(empty.Sheets['未取得合格证书学生名单']).rows).toEqual([]);
  });
});
