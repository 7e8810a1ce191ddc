import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { writeReportWorkbook } from '../../../electron/excel/styledWorkbook';
import { buildRosterSheet } from '../../../electron/reports/roster';
import type { StaffRecord } from '../../../db/queries/staff';
import { makeIdCard } from '../../helpers/people';

const SCHOOL = { name: '丽水市职业技术学校', cutoffDate: '2025-08-31' };

/** A staff row as the database returns it. */
function staffRecord(seq: number, overrides: Partial<StaffRecord> = {}): StaffRecord {
  return {
    id: seq,
    staffNo: `0${String(seq).padStart(4, '0')}`,
    name: '王伟',
    idCard: makeIdCard('1985-03-12', '男', seq),
    birthDate: '1985-03-12',
    sex: '男',
    phone: '13800001234',
    ethnicity: '汉族',
    politicalStatus: '中共党员',
    workStartDate: '2008-07-01',
    joinDate: '2012-09-01',
    status: '在职',
    postCategory: '专任教师',
    teachesCourses: false,
    backboneTeacher: false,
    teachingCategory: '专业课',
    teachingMajor: '计算机应用',
    highestEducation: '研究生',
    highestDegree: '硕士',
    title: '中级',
    titleName: '讲师',
    titleIssuer: '丽水市人力资源和社会保障局',
    titleDate: '2016-12-01',
    teacherCertType: '中等职业学校教师资格',
    teacherCertNo: '20123310041000123',
    enterpriseMonths: 0,
    partTimeEmployer: null,
    partTimePosition: null,
    partTimeSkillLevel: null,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const HOSTILE_NAMES = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tx'];

const STAFF: StaffRecord[] = [
  staffRecord(1),
  staffRecord(2, { name: '买买提·艾力', sex: '女', idCard: makeIdCard('1990-11-05', '女', 2), birthDate: '1990-11-05', highestEducation: '本科', highestDegree: '学士', teachingCategory: '公共基础课', teachingMajor: null, title: null }),
  ...HOSTILE_NAMES.map((name, i) => staffRecord(3 + i, { name })),
];

async function rosterSheet(includeFullIdCard: boolean): Promise<XLSX.WorkSheet> {
  const buffer = await writeReportWorkbook([buildRosterSheet({ school: SCHOOL, staff: STAFF, includeFullIdCard })]);
  return XLSX.read(buffer).Sheets['教职工花名册'];
}

/** The table from the header rows down, as [header → value] per staff row. */
function tableOf(sheet: XLSX.WorkSheet): { headers: string[]; rows: Record<string, XLSX.CellObject>[] } {
  const range = XLSX.utils.decode_range(sheet['!ref']!);
  const headers: string[] = [];
  for (let c = 0; c <= range.e.c; c++) headers.push(String((sheet[XLSX.utils.encode_cell({ r: 3, c })] ?? sheet[XLSX.utils.encode_cell({ r: 2, c })]).v));
  const rows = STAFF.map((_, i) => Object.fromEntries(headers.map((h, c) => [h, sheet[XLSX.utils.encode_cell({ r: 4 + i, c })]])));
  return { headers, rows };
}

describe('教职工花名册', () => {
  it('has the title, the cut-off date, and the columns the bureau asks for, labelled as in the staff form', async () => {
    const sheet = await rosterSheet(false);
    expect(sheet.A1.v).toBe('丽水市职业技术学校教职工花名册');
    expect(sheet.A2.v).toBe('统计截止日期：2025-08-31');
    expect(tableOf(sheet).headers).toEqual([
      '序号', '工号', '姓名', '性别', '出生年月', '身份证号', '民族', '政治面貌', '参加工作日期', '来校日期', '岗位类别', '任教类别',
      '任教专业', '最高学历', '最高学位', '专业技术职称', '教师资格证种类', '状态',
    ]);
    expect(sheet.N3.v).toBe('学历学位');
    expect(sheet['!merges']!.map((m) => XLSX.utils.encode_range(m))).toEqual(expect.arrayContaining(['N3:O3', 'A3:A4', 'R3:R4']));
  });

  it('gives every column a width, sized for its values', async () => {
    const buffer = await writeReportWorkbook([buildRosterSheet({ school: SCHOOL, staff: STAFF, includeFullIdCard: false })]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('教职工花名册')!;
    // A width equal to the sheet default is written as the default, as Excel itself does.
    const widths = sheet.columns.map((c) => c.width ?? sheet.properties.defaultColWidth);
    // text columns widen to what nine in ten of their values need: the one HYPERLINK name of seven wraps instead
    expect(widths).toEqual([5, 9, 9, 5, 9, 20, 7, 13, 11, 11, 9, 11, 14, 9, 7, 9, 21, 6]);
  });

  it('writes one row per staff member in order, numbered from 1', async () => {
    const { rows } = tableOf(await rosterSheet(false));
    expect(rows.map((r) => r['序号'].v)).toEqual(STAFF.map((_, i) => i + 1));
    expect(rows[1]).toMatchObject({
      姓名: { v: '买买提·艾力' },
      性别: { v: '女' },
      最高学历: { v: '本科' },
      最高学位: { v: '学士' },
      任教类别: { v: '公共基础课' },
      来校日期: { v: '2012-09-01' },
    });
    expect(rows[1]['任教专业']).toBeUndefined();
  });

  it('masks 身份证号 by default and then shows only the birth year and month (DESIGN §9)', async () => {
    const { rows } = tableOf(await rosterSheet(false));
    expect(rows[0]['身份证号']).toMatchObject({ t: 's', v: `3311**********${STAFF[0].idCard.slice(-4)}` });
    expect(rows[0]['出生年月']).toMatchObject({ t: 's', v: '1985-03' });
  });

  it('shows the full 身份证号 and birth date only when asked to', async () => {
    const sheet = await rosterSheet(true);
    const { headers, rows } = tableOf(sheet);
    expect(headers[4]).toBe('出生日期');
    expect(rows[1]['身份证号']).toMatchObject({ t: 's', v: STAFF[1].idCard });
    expect(rows[1]['出生日期']).toMatchObject({ t: 's', v: '1990-11-05' });
  });

  it('writes 工号, 身份证号 and dates as text cells, so leading zeros and all 18 digits survive', async () => {
    const { rows } = tableOf(await rosterSheet(true));
    for (const row of rows) for (const h of ['工号', '身份证号', '参加工作日期', '来校日期', '出生日期']) expect(row[h].t, h).toBe('s');
    expect(rows[0]['工号'].v).toBe('00001');
  });

  it('writes hostile names as inert text, and no formula anywhere', async () => {
    const sheet = await rosterSheet(false);
    const names = tableOf(sheet).rows.slice(2).map((r) => r['姓名']);
    expect(names.map((c) => c.v)).toEqual(HOSTILE_NAMES.map((n) => `'${n}`));
    for (const [address, cell] of Object.entries(sheet)) {
      if (address.startsWith('!')) continue;
      expect(cell.f, address).toBeUndefined();
      if (cell.t === 's') expect(cell.v, address).not.toMatch(/^[=+\-@\t\r\n]/);
    }
  });

  it('has no 合计 row (nothing adds up) and ends with the signature line', async () => {
    const sheet = await rosterSheet(false);
    const last = 5 + STAFF.length;
    expect(sheet[`A${last}`].v).toBe('填表人：');
    expect(sheet['!ref']).toBe(`A1:R${last}`);
  });
});
