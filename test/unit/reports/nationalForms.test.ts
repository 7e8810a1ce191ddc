// The national forms as exported for statistics year 2025 (2024-09-01 to 2025-08-31): the status-data platform's
// A6 teacher tables and the 质量年报 data tables, read back sheet by sheet. Every derived figure is checked against
// numbers worked out by hand below from the school's records, not by calling the functions that compute them.
import { describe, expect, it } from 'vitest';
import { staffInput } from '../../helpers/people';
import { studentInput } from '../../helpers/students';
import { exportedReport, exportWorkbook, headOf, readTable, recordsOf, valuesOf } from '../../helpers/reports';
import type { TestSchool } from '../../helpers/school';
import type { StaffInput } from '@shared/staff';

interface Practice {
  startDate: string;
  endDate: string;
  days?: number;
  position?: string;
  sendingDepartment?: string;
}

const TEACHERS: [Partial<StaffInput>, Practice[]][] = [
  // 本学年: half of R1's 30 days over 60 (15, its September half) + 20 = 35; in all 30 + 20 = 50 → 历年 24/12 + 50/365 = 2.1
  [
    { name: '甲老师', title: '副高级', titleName: '高级讲师', titleIssuer: '浙江省人力资源和社会保障厅', titleDate: '2018-12-20', backboneTeacher: true, enterpriseMonths: 24, highestEducation: '本科', teachingMajor: '计算机应用' },
    [
      { startDate: '2024-08-02', endDate: '2024-09-30', days: 30, position: '网络运维', sendingDepartment: '信息技术系' },
      { startDate: '2025-03-01', endDate: '2025-03-20', position: '软件测试', sendingDepartment: '信息技术系' },
    ],
  ],
  // only a record of the year before: 本学年 0, 历年 31/365 = 0.1
  [{ name: '乙老师', teachingCategory: '公共基础课', title: '中级', titleName: '讲师', highestEducation: '研究生', highestDegree: '硕士' }, [{ startDate: '2023-07-01', endDate: '2023-07-31' }]],
  [{ name: '丙老师', teachingCategory: '实习指导', title: '初级', highestEducation: '专科' }, []],
  [{ name: '丁干事', postCategory: '行政人员', teachingCategory: null, teachesCourses: true, title: '中级', highestEducation: '本科' }, [{ startDate: '2025-01-10', endDate: '2025-01-19', position: '产线调研', sendingDepartment: '教务处' }]],
  [{ name: '戊工程师', postCategory: '兼职教师', workStartDate: '2008-07-01', title: '副高级', titleName: '高级工程师', partTimeEmployer: '丽水某科技有限公司', partTimePosition: '技术总监', partTimeSkillLevel: '技师' }, []],
  [{ name: '己讲师', postCategory: '校外兼课教师', title: '中级', titleName: '讲师', partTimeEmployer: '丽水学院', partTimePosition: '教师' }, []],
  [{ name: '庚老师', status: '离职' }, [{ startDate: '2025-02-01', endDate: '2025-02-10' }]],
  [{ name: '辛干事', postCategory: '行政人员', teachingCategory: null, teachesCourses: false }, []],
];

async function populate(school: TestSchool): Promise<void> {
  const ids: number[] = [];
  for (const [i, [teacher, records]] of TEACHERS.entries()) {
    const { id } = await school.ok('staff.create', staffInput(teacher, i + 1));
    ids.push(id);
    for (const r of records) await school.ok('practice.create', { staffId: id, values: { enterpriseName: '丽水某科技有限公司', form: '集中实践', ...r } });
  }
  await school.ok('dualTeacher.create', { staffId: ids[0], values: { level: '中级', certifiedDate: '2020-06-01', certifyingBody: '丽水市教育局' } });
  // certified after the cut-off: not held on 2025-08-31
  await school.ok('dualTeacher.create', { staffId: ids[2], values: { level: '初级', certifiedDate: '2025-09-10' } });
  await school.ok('staffCertificate.create', { staffId: ids[0], values: { kind: '职业技能等级证书', name: '计算机程序设计员', level: '四级', issuer: '丽水市人力资源和社会保障局', obtainedDate: '2015-06-01' } });
  await school.ok('staffCertificate.create', { staffId: ids[0], values: { kind: '职业技能等级证书', name: '网络与信息安全管理员', level: '三级', issuer: '浙江省人力资源和社会保障厅', obtainedDate: '2019-05-01' } });
  await school.ok('honour.create', { staffId: ids[0], values: { name: '市教学名师', level: '市级', year: 2021 } });
  await school.ok('majors.create', { code: '710201', name: '计算机应用' });
  await school.ok('classes.create', { name: '计算机2301班', majorName: '计算机应用', entryYear: 2023 });
  // 10 在籍, one 毕业 without a recorded destination (the graduate counts stay the annual form's), one 退学
  for (let i = 1; i <= 12; i++)
    await school.ok('students.create', studentInput(i, { majorName: '计算机应用', className: '计算机2301班', entryYear: 2023, status: i === 11 ? '毕业' : i === 12 ? '退学' : '在籍' }));
  await school.ok('annualData.save', {
    schoolYear: 2025,
    values: {
      graduatesTotal: 40, employed: 30, furtherStudy: 8, localEmployed: 20, relevantEmployed: 24, startingSalary: 3900, publicFundingPerStudent: 2800,
      equipmentValue: 12.5, paperBooks: 300, practiceWorkstations: 45, majorRelevance: 68.5, monthlyIncome: 4600,
    },
  });
}

const report = exportedReport('status-teachers', { year: 2025 }, populate);
const sheet = (name: string) => {
  const s = report.workbook.Sheets[name];
  expect(s, name).toBeDefined();
  return readTable(s);
};

describe('状态数据采集平台教师表 (A6)', () => {
  it('has the platform tables in order, each stating the school year it covers', () => {
    expect(report.workbook.SheetNames).toEqual([
      'A6-1-1 校内专任教师', 'A6-2-1 校内兼课人员', 'A6-3-1 校外兼职教师', 'A6-4-1 校外兼课教师',
      'A6-1-3 挂职锻炼（顶岗实践）', 'A6-2-3 挂职锻炼（顶岗实践）', '状态数据填表说明',
    ]);
    expect(headOf(report.workbook.Sheets['A6-1-1 校内专任教师']).period).toBe('统计时段：2024—2025学年（2024-09-01至2025-08-31）');
  });

  it('lists the 校内专任教师 in the platform columns with 行业企业一线工作时间 counted across 1 September', () => {
    const table = sheet('A6-1-1 校内专任教师');
    expect(table.headers).toEqual([
      '序号', '教师所属系部（教学单位）', '教工号', '姓名', '性别', '出生年月', '民族', '学历', '学位', '专业领域', '专业特长',
      '发证单位（全称）', '获取日期（年月）', '历年（年）', '本学年（天）', '等级', '名称（全称）', '发证单位（全称）', '获取日期（年月）',
      '等级', '名称（全称）', '发证单位（全称）', '获取日期（年月）', '是否专业教师', '是否骨干教师', '是否双师素质教师', '是否教学名师', '专业代码', '专业名称',
    ]);
    expect(table.groups.slice(11, 23)).toEqual([
      '高校教师资格证书', '高校教师资格证书', '行业、企业一线工作时间', '行业、企业一线工作时间',
      '专业技术职务（最高）', '专业技术职务（最高）', '专业技术职务（最高）', '专业技术职务（最高）',
      '职业资格证书（最高）', '职业资格证书（最高）', '职业资格证书（最高）', '职业资格证书（最高）',
    ]);
    expect(valuesOf(table.rows)).toEqual([
      [1, null, 'T0001', '甲老师', '男', '198503', null, '本科', null, null, null, null, null, 2.1, 35, '副高级', '高级讲师', '浙江省人力资源和社会保障厅', '201812',
        '三级（高级工）', '网络与信息安全管理员', '浙江省人力资源和社会保障厅', '201905', '是', '是', '是', '是', '710201', '计算机应用'],
      [2, null, 'T0002', '乙老师', '男', '198503', null, '研究生', '硕士', null, null, null, null, 0.1, 0, '中级', '讲师', null, null,
        null, null, null, null, '否', '否', '否', '否', null, null],
      [3, null, 'T0003', '丙老师', '男', '198503', null, '专科', null, null, null, null, null, 0, 0, '初级', null, null, null,
        null, null, null, null, '是', '否', '否', '否', null, null],
    ]);
  });

  it('puts staff of other posts who teach in A6-2-1, enterprise staff in A6-3-1 and other schools\' teachers in A6-4-1', () => {
    const inSchool = recordsOf(sheet('A6-2-1 校内兼课人员'));
    expect(inSchool.map((r) => [r['教工号']?.v, r['姓名']?.v, r['本学年（天）']?.v])).toEqual([['T0004', '丁干事', 10]]);
    const partTime = recordsOf(sheet('A6-3-1 校外兼职教师'));
    expect(partTime.map((r) => [r['教工号']?.v, r['参加工作日期（年月）']?.v, r['单位名称']?.v, r['职务']?.v])).toEqual([['T0005', '200807', '丽水某科技有限公司', '技术总监']]);
    const [row] = valuesOf(sheet('A6-3-1 校外兼职教师').rows);
    expect(row.slice(11, 15)).toEqual(['副高级', '高级工程师', null, null]);
    // the 职业资格证书 等级 falls back to the 技能等级 of a 兼职教师 with no certificate on record
    expect(row.slice(15, 19)).toEqual(['技师', null, null, null]);
    expect(recordsOf(sheet('A6-4-1 校外兼课教师')).map((r) => [r['教工号']?.v, r['单位名称']?.v])).toEqual([['T0006', '丽水学院']]);
  });

  it('fills 挂职锻炼（顶岗实践） with each record of the school year, only the days inside it', () => {
    const fullTime = sheet('A6-1-3 挂职锻炼（顶岗实践）');
    expect(fullTime.headers).toEqual(['序号', '教工号', '姓名', '单位名称（全称）', '岗位', '时间（天）', '派出部门', '起止日期（核对用，不属平台表）']);
    expect(valuesOf(fullTime.rows)).toEqual([
      [1, 'T0001', '甲老师', '丽水某科技有限公司', '网络运维', 15, '信息技术系', '2024-08-02至2024-09-30'],
      [2, 'T0001', '甲老师', '丽水某科技有限公司', '软件测试', 20, '信息技术系', '2025-03-01至2025-03-20'],
    ]);
    expect(valuesOf(sheet('A6-2-3 挂职锻炼（顶岗实践）').rows)).toEqual([[1, 'T0004', '丁干事', '丽水某科技有限公司', '产线调研', 10, '教务处', '2025-01-10至2025-01-19']]);
  });

  it('says on its own sheet how the derived columns are counted and which columns are left blank', () => {
    const notes = Object.fromEntries(valuesOf(sheet('状态数据填表说明').rows).map(([item, note]) => [item, note]));
    expect(notes['统计时段']).toContain('2024-09-01至2025-08-31');
    expect(notes['行业、企业一线工作时间']).toContain('÷ 365');
    expect(notes['留空的列']).toContain('教师所属系部');
  });

  it('is in the 质量年报数据包 with the 质量年报 data tables', async () => {
    const pack = await exportWorkbook(report.school, 'quality-pack', { year: 2025 });
    expect(pack.SheetNames).toEqual(expect.arrayContaining(['A6-1-1 校内专任教师', '状态数据填表说明', '规模和结构', '教师队伍']));
  });
});

/** The rows of a 质量年报 sheet as 指标 → [数值, 来源]. */
async function qualityRows(school: TestSchool, name: string): Promise<Record<string, [unknown, unknown]>> {
  const workbook = await exportWorkbook(school, 'quality-tables', { year: 2025 });
  const table = readTable(workbook.Sheets[name]);
  expect(table.headers).toEqual(['序号', '指标', '单位', '数值', '分子', '分母', '来源', '口径与说明']);
  return Object.fromEntries(recordsOf(table).filter((r) => r['指标']?.v && !String(r['指标']?.v).startsWith('表格来源')).map((r) => [r['指标']!.v, [r['数值']?.v, r['来源']?.v]]));
}

describe('质量年报数据表 of a 中职 school', () => {
  it('has one sheet per table, each saying its period', () => {
    return exportWorkbook(report.school, 'quality-tables', { year: 2025 }).then((workbook) => {
      expect(workbook.SheetNames).toEqual(['规模和结构', '教师队伍', '设施设备', '学生素质与就业质量', '校企合作', '经费与社会服务']);
      expect(headOf(workbook.Sheets['教师队伍'])).toEqual({ title: '丽水市示范职业技术学校质量年报·教师队伍', period: '统计年度：2025年度，2024—2025学年（2024-09-01至2025-08-31）' });
    });
  });

  it('derives the teacher figures from the staff and practice records', async () => {
    const rows = await qualityRows(report.school, '教师队伍');
    // 专任教师 甲 乙 丙; 在籍 10; 专业课教师 甲 丙, of whom 甲 holds a 认定 on the cut-off
    expect(rows['专任教师数']).toEqual(['3', '按记录计算']);
    expect(rows['生师比']).toEqual(['3.3 : 1', '按记录计算']);
    expect(rows['“双师型”教师比例']).toEqual(['50.0%', '按记录计算']);
    expect(rows['专任教师本科以上学历比例']).toEqual(['66.7%', '按记录计算']);
    expect(rows['专任教师高级职称比例']).toEqual(['33.3%', '按记录计算']);
    expect(rows['研究生层次教师比例']).toEqual(['33.3%', '按记录计算']);
    // 兼职教师 戊 ÷ 专业课教师 2
    expect(rows['兼职教师比例']).toEqual(['50.0%', '按记录计算']);
    expect(rows['专任教师企业实践天数（本学年）']).toEqual(['35', '按记录计算']);
  });

  it('divides the annual data by the students on roll and takes the rest as entered', async () => {
    const facilities = await qualityRows(report.school, '设施设备');
    // 12.5 万元 ÷ 10 students; 300 books ÷ 10
    expect(facilities['生均教学仪器设备值']).toEqual(['12,500', '按记录和年度数据计算']);
    expect(facilities['生均纸质图书']).toEqual(['30', '按记录和年度数据计算']);
    expect(facilities['校内实训工位数']).toEqual(['45', '学校年度数据']);
    expect(facilities['实训基地数']).toEqual(['—', '未填报']);
    const outcomes = await qualityRows(report.school, '学生素质与就业质量');
    expect(outcomes['就业率']).toEqual(['75.0%', '按记录和年度数据计算']);
    // 对口就业 24 ÷ 就业 30
    expect(outcomes['对口就业率']).toEqual(['80.0%', '按记录和年度数据计算']);
    expect(outcomes['初次就业起薪']).toEqual(['3,900', '学校年度数据']);
    const scale = await qualityRows(report.school, '规模和结构');
    expect(scale['在籍学生数']).toEqual(['10', '按记录计算']);
    expect(scale['毕业生数']).toEqual(['40', '按记录和年度数据计算']);
  });
});

describe('质量年报数据表 of a 高职 school', () => {
  it('has the five tables, with 生师比 counting 聘请校外教师 as half and 双师素质 over all 专任教师', async () => {
    await report.school.ok('school.update', { name: '丽水市示范职业技术学校', type: '高职', cutoffDate: '2025-08-31' });
    const workbook = await exportWorkbook(report.school, 'quality-tables', { year: 2025 });
    expect(workbook.SheetNames).toEqual(['计分卡', '教学资源表', '服务贡献表', '落实政策表', '国际影响表']);
    const resources = await qualityRows(report.school, '教学资源表');
    // 10 ÷ (3 + 0.5 × (兼职 1 + 校外兼课 1)); 甲 of 3
    expect(resources['生师比']).toEqual(['2.5 : 1', '按记录计算']);
    expect(resources['双师素质专任教师比例']).toEqual(['33.3%', '按记录计算']);
    expect(resources['生均教学科研仪器设备值']).toEqual(['12,500', '按记录和年度数据计算']);
    const scorecard = await qualityRows(report.school, '计分卡');
    expect(scorecard['专业相关度']).toEqual(['68.5%', '学校年度数据']);
    expect(scorecard['月收入']).toEqual(['4,600', '学校年度数据']);
    expect(scorecard['雇主满意度']).toEqual(['—', '未填报']);
    const policy = await qualityRows(report.school, '落实政策表');
    expect(policy['校外兼职教师人数']).toEqual(['1', '按记录计算']);
    expect(policy['校外兼课教师人数']).toEqual(['1', '按记录计算']);
    expect(policy['专任教师企业实践天数（本学年）']).toEqual(['35', '按记录计算']);
    const service = await qualityRows(report.school, '服务贡献表');
    expect(service['毕业生就业去向：A类：留在当地就业']).toEqual(['20', '按记录和年度数据计算']);
    await report.school.ok('school.update', { name: '丽水市示范职业技术学校', type: '中职', cutoffDate: '2025-08-31' });
  });
});
