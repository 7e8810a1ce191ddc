// The record lists (教职工信息明细, 学生名册, 学生证书明细, 教师资质明细) as exported: headed by the field descriptors'
// Excel headers, which the import reads back; 身份证号 masked and 联系电话 left out by default; what was not yet held on
// the cut-off date left out; and none of them in the 质量年报 pack.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { openTestSchool, type TestSchool } from '../../helpers/school';
import { makeIdCard, staffInput } from '../../helpers/people';
import { studentInput } from '../../helpers/students';
import { expectInertCells, exportWorkbook, headOf, readTable, valuesOf } from '../../helpers/reports';
import { excelHeaderOf, type FieldDescriptor } from '@shared/fields';
import { studentFields } from '@shared/students';
import { staffFields } from '@shared/staff';
import { certificateFields } from '@shared/certificates';
import { dualTeacherFields, honourFields, staffCertificateFields } from '@shared/qualifications';

let school: TestSchool;
const books: Record<string, XLSX.WorkBook> = {};
const headers = (fields: readonly FieldDescriptor[]) => fields.map(excelHeaderOf);

beforeAll(async () => {
  school = await openTestSchool('2025-08-31');
  await school.ok('majors.create', { code: '710201', name: '计算机应用' });
  await school.ok('classes.create', { name: '计算机2201班', majorName: '计算机应用', entryYear: 2022 });
  const t1 = await school.ok('staff.create', staffInput({ name: '陈静', phone: '13905781234', teachesCourses: true, teacherCertNo: '20113310042000123', enterpriseMonths: 18 }, 1));
  const t2 = await school.ok('staff.create', staffInput({ name: '买买提·艾力', idCard: makeIdCard('1990-01-15', '男', 2) }, 2));
  await school.ok('honour.create', { staffId: t2.id, values: { name: '名师', level: '省级', year: 2024 } });
  await school.ok('dualTeacher.create', { staffId: t1.id, values: { level: '中级', certifiedDate: '2023-06-01', certifyingBody: '丽水市教育局' } });
  await school.ok('staffCertificate.create', { staffId: t1.id, values: { kind: '职业技能等级证书', name: '电工', level: '三级' } });
  // certified after the cut-off date: not held then
  await school.ok('dualTeacher.create', { staffId: t2.id, values: { level: '初级', certifiedDate: '2025-09-01' } });
  const s1 = await school.ok('students.create', studentInput(1, { name: '张三', className: '计算机2201班', lowIncome: true }));
  await school.ok('students.create', studentInput(2, { name: '李四', entryYear: 2023 }));
  await school.ok('certificates.create', { studentId: s1.id, values: { kind: '1+X证书', name: 'Web前端开发', level: '初级', obtainedDate: '2025-01-10' } });
  await school.ok('certificates.create', { studentId: s1.id, values: { kind: '职业技能等级证书', name: '计算机程序设计员', level: '四级', obtainedDate: '2025-09-02' } });
  for (const id of ['staff', 'students', 'student-certificates', 'teacher-qualifications', 'quality-pack']) books[id] = await exportWorkbook(school, id);
});
afterEach(() => Object.values(books).forEach(expectInertCells));
afterAll(() => school?.close());

describe('教职工信息明细', () => {
  const row1 = [1, 'T0001', '陈静', '3311**********0111', '1985-03', '男', null, null];
  const row1After = ['2012-09-01', '在职', '专任教师', '是', '否', '专业课', null, null, null, null, null, null, null, null, '20113310042000123', 18, null, null, null];

  it('has a column per staff field but 联系电话, the birth date cut to the month beside the masked ID', () => {
    const sheet = books.staff.Sheets['教职工信息明细'];
    expect(headOf(sheet)).toEqual({ title: '丽水市示范职业技术学校教职工信息明细', period: '统计截止日期：2025-08-31' });
    const table = readTable(sheet);
    expect(table.headers).toEqual(['序号', ...headers(staffFields).filter((h) => h !== '联系电话').map((h) => (h === '出生日期' ? '出生年月' : h))]);
    expect(valuesOf(table.rows)[0]).toEqual([...row1, null, ...row1After]);
  });

  it('carries 联系电话 and the full 身份证号 only when the registrar ticks them', async () => {
    const { base64 } = await school.ok('reports.export', { id: 'staff', includeFullIdCard: true, includePhone: true });
    const table = readTable(XLSX.read(Buffer.from(base64, 'base64')).Sheets['教职工信息明细']);
    expect(table.headers).toEqual(['序号', ...headers(staffFields)]);
    expect(valuesOf(table.rows)[0]).toEqual([1, 'T0001', '陈静', makeIdCard('1985-03-12', '男', 1), '1985-03-12', '男', null, null, '13905781234', null, ...row1After]);
  });
});

describe('学生名册', () => {
  it('has a column per student field under its Excel header, the birth date cut to the month beside the masked ID', () => {
    const sheet = books.students.Sheets['学生名册'];
    expect(headOf(sheet)).toEqual({ title: '丽水市示范职业技术学校学生名册', period: '统计截止日期：2025-08-31' });
    const table = readTable(sheet);
    expect(table.headers).toEqual(['序号', ...headers(studentFields).map((h) => (h === '出生日期' ? '出生年月' : h))]);
    expect(valuesOf(table.rows)).toEqual([
      [1, 'S00001', '张三', '3311**********0117', '2007-05', '男', '计算机应用', '计算机2201班', '2022', '三年制', '2025', '在籍', '否', '是', null, null],
      [2, 'S00002', '李四', '3311**********0221', '2007-05', '女', null, null, '2023', '三年制', '2026', '在籍', '否', '否', null, null],
    ]);
  });
});

describe('学生证书明细', () => {
  it('lists the certificates obtained by the cut-off date under 学号, 姓名 and the certificate fields', () => {
    const table = readTable(books['student-certificates'].Sheets['学生证书明细']);
    expect(table.headers).toEqual(['序号', '学号', '姓名', ...headers(certificateFields)]);
    expect(valuesOf(table.rows)).toEqual([[1, 'S00001', '张三', '1+X证书', 'Web前端开发', '初级', null, null, '2025-01-10']]);
  });
});

describe('教师资质明细', () => {
  it('puts each kind of qualification under its section, a record a row, held by the cut-off date', () => {
    const table = readTable(books['teacher-qualifications'].Sheets['教师资质明细']);
    const sections = [dualTeacherFields, staffCertificateFields, honourFields];
    expect(table.headers).toEqual(['序号', '工号', '姓名', ...sections.flatMap(headers)]);
    expect(table.groups).toEqual([undefined, undefined, undefined, ...sections.flatMap((fields) => fields.map((f) => f.section))]);
    const blank = (n: number) => Array<null>(n).fill(null);
    expect(valuesOf(table.rows)).toEqual([
      [1, 'T0001', '陈静', '中级', '2023-06-01', '丽水市教育局', ...blank(9)],
      [2, 'T0001', '陈静', ...blank(3), '职业技能等级证书', '电工', '三级', ...blank(6)],
      [3, 'T0002', '买买提·艾力', ...blank(9), '名师', '省级', '2024'],
    ]);
  });
});

describe('the export page and the 质量年报 pack', () => {
  it('lists the record lists apart, and leaves them out of the pack', async () => {
    const reports = await school.ok('reports.list', {});
    expect(reports.filter((r) => r.recordList).map((r) => [r.id, r.title])).toEqual([
      ['staff', '教职工信息明细'],
      ['students', '学生名册'],
      ['student-certificates', '学生证书明细'],
      ['teacher-qualifications', '教师资质明细'],
    ]);
    expect(reports.filter((r) => r.idCards).map((r) => r.id)).toEqual(['roster', 'quality-pack', 'staff', 'students']);
    expect(reports.filter((r) => r.phones).map((r) => r.id)).toEqual(['staff']);
    expect(books['quality-pack'].SheetNames).not.toContain('教职工信息明细');
    expect(books['quality-pack'].SheetNames).not.toContain('学生名册');
    expect(books['quality-pack'].SheetNames).not.toContain('学生证书明细');
    expect(books['quality-pack'].SheetNames).not.toContain('教师资质明细');
    expect(books['quality-pack'].SheetNames).toContain('技能大赛获奖明细');
  });
});
