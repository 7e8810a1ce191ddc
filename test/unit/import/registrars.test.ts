// Files written by registrars elsewhere (test/fixtures/registrars.ts), imported as a new school would: the exact rows
// imported and refused per file, the value-mapping step, what a first student list creates, and the rejected rows'
// workbook fixed and imported again.
import * as XLSX from '@e965/xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestSchool, type TestSchool } from '../../helpers/school';
import { staffInput } from '../../helpers/people';
import { studentInput } from '../../helpers/students';
import { awardsElsewhereXlsx, ELSEWHERE_IDS, firstStudentListXlsx, practiceElsewhereXlsx, rosterElsewhereXlsx } from '../../fixtures/registrars';
import type { ImportKind, ValueChoice } from '@shared/import';
import { run } from '../../../electron/import/engine';
import { getStaff } from '../../../db/queries/staff';
import { JobCancel } from '../../../electron/jobs/cancel';
import { createHandlers } from '../../../electron/handlers';

let school: TestSchool;
beforeEach(async () => {
  school = await openTestSchool();
});
afterEach(() => school.close());

async function importFile(kind: ImportKind, bytes: Buffer, o: { values?: ValueChoice[]; commit?: boolean } = {}) {
  const source = { kind, fileName: 'file.xlsx', base64: bytes.toString('base64') };
  const inspection = await school.ok('import.inspect', source);
  const input = { ...source, sheet: inspection.sheet, mapping: inspection.columns.map((c) => ({ column: c.column, field: c.field })), mode: 'upsert' as const, values: o.values ?? [] };
  const dry = await school.ok('import.dryRun', input);
  return { inspection, input, dry, commit: o.commit ? await school.ok('import.commit', input) : null };
}

const rejectedRows = (r: { rejected: { row: number }[] }) => [...new Set(r.rejected.map((x) => x.row))];

describe('a staff roster written elsewhere', () => {
  it('matches 教工号, 证件号码, 到校日期 and 专业技术职务, and reads title names, short posts and months', async () => {
    const { inspection, commit, dry } = await importFile('staff', rosterElsewhereXlsx(), { commit: true });
    expect(inspection.columns.map((c) => [c.header, c.field])).toEqual([
      ['教工号', 'staffNo'], ['姓名', 'name'], ['证件号码', 'idCard'], ['出生年月', 'birthDate'], ['到校日期', 'joinDate'], ['岗位类别', 'postCategory'],
      ['专业技术职务', 'title'], ['学历', 'highestEducation'], ['学位', 'highestDegree'], ['政治面貌', 'politicalStatus'], ['民族', 'ethnicity'], ['联系电话', 'phone'],
    ]);
    expect(rejectedRows(dry)).toEqual([9, 10]);
    expect(dry.rejected.find((r) => r.row === 9)).toMatchObject({ column: '专业技术职务', value: '高级', label: '潘伟（0107）' });
    expect(dry.rejected.find((r) => r.row === 9)!.message).toContain('“正高级”或“副高级”');
    expect(dry.rejected.find((r) => r.row === 10)!.message).toBe('出生日期 1987-06 与身份证号不一致（身份证号显示为 1987-05）');
    expect(dry.unmapped).toEqual([{ field: 'title', column: '专业技术职务', value: '高级', rows: 1, options: ['正高级', '副高级', '中级', '初级', '未评'], candidates: ['正高级', '副高级'] }]);
    expect(commit!.imported).toBe(6);
    const staff = (await school.ok('staff.list', { pageSize: 50 })).rows;
    const got = (no: string) => staff.find((s) => s.staffNo === no)!;
    expect(['0101', '0102', '0103', '0104', '0105', '0106'].map((no) => [got(no).name, got(no).postCategory, got(no).title, got(no).highestEducation, got(no).highestDegree])).toEqual([
      ['胡斌', '专任教师', '副高级', '本科', '学士'],
      ['林晓', '专任教师', '中级', '研究生', '硕士'],
      ['徐国强', '行政人员', '副高级', '本科', '学士'],
      ['何静', '教辅人员', '中级', '专科', '无'],
      ['罗一鸣', '工勤人员', '未评', '中专及以下', null],
      ['叶红', '专任教师', '正高级', '研究生', '博士'],
    ]);
    expect(got('0101').birthDate).toBe('1985-06-12');
    const full = await school.ok('staff.get', { id: got('0102').id });
    expect([full.joinDate, full.ethnicity, full.politicalStatus]).toEqual(['2014-08-01', '畲族', '共青团员']);
  });

  it('takes a value mapped in the value-mapping step, and remembers it for the next import', async () => {
    await importFile('staff', rosterElsewhereXlsx(), { values: [{ field: 'title', from: '高级', to: '副高级' }], commit: true });
    const again = await importFile('staff', rosterElsewhereXlsx());
    expect(again.inspection.values).toEqual([{ field: 'title', from: '高级', to: '副高级' }]);
    expect(rejectedRows(again.dry)).toEqual([10]);
    expect(again.dry.unmapped).toEqual([]);
  });

  it('refuses a mapping to a value the field does not have', async () => {
    const source = { kind: 'staff' as const, fileName: 'f.xlsx', base64: rosterElsewhereXlsx().toString('base64') };
    const inspection = await school.ok('import.inspect', source);
    const r = await school.call('import.dryRun', { ...source, mapping: inspection.columns.map((c) => ({ column: c.column, field: c.field })), mode: 'upsert', values: [{ field: 'title', from: '高级', to: '特级' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('“专业技术职称”中的“高级”不能对应为“特级”');
  });
});

describe('a practice ledger written elsewhere', () => {
  beforeEach(async () => {
    await importFile('staff', rosterElsewhereXlsx(), { commit: true });
  });

  it('finds teachers by 姓名 + 身份证号, splits 起止时间, reads the 2016 rule’s forms, and lists 轮岗 once for mapping', async () => {
    const { inspection, dry } = await importFile('practice', practiceElsewhereXlsx());
    expect(inspection.columns.filter((c) => c.field).map((c) => [c.header, c.field])).toEqual([
      ['教师姓名', 'ref.name'], ['身份证号', 'ref.idCard'], ['实践单位名称', 'enterpriseName'], ['挂职岗位', 'position'], ['起止时间', 'period'], ['实践形式', 'form'], ['天数', 'days'],
    ]);
    expect(inspection.warnings).toEqual([]);
    expect(dry.planned.map((p) => [p.row, p.label])).toEqual([
      [2, '胡斌（0101）：浙江丽水智能制造有限公司 2024-07-01～2024-08-31'],
      [3, '林晓（0102）：丽水市人民医院 2024-07-01～2024-07-20'],
      [4, '胡斌（0101）：丽水经济技术开发区管委会 2023-07-01～2023-07-10'],
      [5, '叶红（0106）：浙江青田石雕有限公司 2024-01-15～2024-02-15'],
      [6, '叶红（0106）：丽水学院科技园 2023-07-01～2023-08-31'],
      [7, '林晓（0102）：丽水市中心医院 2024-03-01～2024-03-05'],
    ]);
    expect(dry.rejected.map((r) => [r.row, r.column, r.label])).toEqual([
      [8, '起止时间', '胡斌'],
      [9, '实践形式', '林晓'],
      [10, '实践形式', '叶红'],
    ]);
    expect(dry.rejected[0].message).toBe('结束日期不能早于开始日期');
    expect(dry.unmapped).toMatchObject([{ field: 'form', column: '实践形式', value: '轮岗', rows: 2, candidates: [] }]);
  });

  it('imports every row once 轮岗 is mapped, with the forms as the rule names them', async () => {
    const { commit } = await importFile('practice', practiceElsewhereXlsx(), { values: [{ field: 'form', from: '轮岗', to: '分段实践' }], commit: true });
    expect([commit!.imported, rejectedRows(commit!)]).toEqual([8, [8]]);
    const rows = (await school.ok('practice.list', { pageSize: 50 })).rows;
    expect(rows.map((r) => r.form).sort()).toEqual(['分段实践', '分段实践', '分段实践', '技能培训', '研发', '考察调研', '集中实践', '集中实践'].sort());
  });
});

describe('a first student list', () => {
  it('creates the majors it names from the 专业目录 and the classes it names, in the one commit', async () => {
    const { dry, commit } = await importFile('students', firstStudentListXlsx(), { commit: true });
    expect(dry.toCreate).toEqual([
      { what: '专业', name: '计算机应用', detail: '代码 710201，电子与信息大类' },
      { what: '班级', name: '2022级计算机1班', detail: '计算机应用，2022年入学' },
      { what: '班级', name: '22计算机2班', detail: '计算机应用，2022年入学' },
      { what: '专业', name: '电子商务', detail: expect.stringMatching(/^代码 730701，财经商贸大类$/) as unknown as string },
      { what: '班级', name: '电商一班', detail: '电子商务，2022年入学' },
      { what: '专业', name: '会计事务', detail: expect.stringMatching(/^代码 730301，财经商贸大类$/) as unknown as string },
      { what: '班级', name: '2022级会计1班', detail: '会计事务，2022年入学' },
    ]);
    expect(dry.rejected.map((r) => [r.row, r.column, r.value])).toEqual([[8, '专业', '无人机驾驶与维修']]);
    expect(dry.unmapped).toMatchObject([{ field: 'majorName', column: '专业', value: '无人机驾驶与维修', rows: 1, options: [] }]);
    expect(commit!.imported).toBe(6);
    const majors = await school.ok('majors.list', {});
    expect(majors.map((m) => [m.code, m.name, m.studentCount]).sort()).toEqual([['710201', '计算机应用', 3], ['730301', '会计事务', 1], ['730701', '电子商务', 2]].sort());
    const classes = await school.ok('classes.list', {});
    expect(classes.map((c) => [c.name, c.majorName, c.entryYear, c.studentCount]).sort()).toEqual(
      [['2022级计算机1班', '计算机应用', 2022, 2], ['22计算机2班', '计算机应用', 2022, 1], ['电商一班', '电子商务', 2022, 2], ['2022级会计1班', '会计事务', 2022, 1]].sort(),
    );
  });

  it('takes a major the catalogue does not know when the registrar writes its code', async () => {
    const { commit } = await importFile('students', firstStudentListXlsx(), { values: [{ field: 'majorName', from: '无人机驾驶与维修', to: '660601 无人机操控与维护' }], commit: true });
    expect(commit!.rejected).toEqual([]);
    expect((await school.ok('majors.list', {})).map((m) => m.name)).toContain('无人机操控与维护');
  });

  it('leaves neither students nor majors nor classes behind when the commit is cancelled after its last row', async () => {
    const source = { kind: 'students' as const, fileName: 'f.xlsx', base64: firstStudentListXlsx().toString('base64') };
    const inspection = await school.ok('import.inspect', source);
    const input = { ...source, mapping: inspection.columns.map((c) => ({ column: c.column, field: c.field })), mode: 'upsert' as const, values: [] };
    const cancel = new JobCancel();
    const ctx = { store: school.app.store, via: '表单' as const, version: 'test' };
    // heard after every row (and every major and class) is written, just before the commit
    await expect(run(ctx, createHandlers, input, false, { cancel, onProgress: () => void cancel.request() })).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(await school.ok('majors.list', {})).toEqual([]);
    expect(await school.ok('classes.list', {})).toEqual([]);
    expect((await school.ok('students.list', { pageSize: 50 })).total).toBe(0);
  });
});

describe('an award list written elsewhere', () => {
  beforeEach(async () => {
    await importFile('staff', rosterElsewhereXlsx(), { commit: true });
    await importFile('students', firstStudentListXlsx(), { commit: true });
    for (const [no, seq] of [['2201101', 60], ['2201102', 61]] as const) await school.ok('students.create', studentInput(seq, { studentNo: no, name: '王芳' }));
  });

  it('infers 年度, 赛事系统, 级别 and 团体, splits the people in a cell, and refuses a name two students share', async () => {
    const { inspection, dry, commit } = await importFile('awards', awardsElsewhereXlsx(), { commit: true });
    expect(inspection.columns.map((c) => [c.header, c.field])).toEqual([
      ['大赛名称', 'competition'], ['赛项名称', 'event'], ['获奖等级', 'prize'], ['获奖时间', 'awardDate'], ['参赛学生', 'participants'], ['辅导教师', 'advisors'],
    ]);
    expect(inspection.warnings).toEqual([]);
    expect(dry.rejected.map((r) => [r.row, r.column])).toEqual([[5, '参赛学生']]);
    expect(dry.rejected[0].message).toBe('有 2 人都叫 王芳（学生 2201101、学生 2201102），请写成“王芳（学号或工号）”以区分');
    expect(commit!.imported).toBe(3);
    const awards = (await school.ok('awards.list', {})).sort((a, b) => a.prize.localeCompare(b.prize));
    expect(awards.map((a) => [a.year, a.competition, a.system, a.level, a.prize, a.isTeam, a.participants.map((p) => p.name).join('、'), a.advisors.map((p) => p.name).join('、')])).toEqual(
      [
        [2024, '2024年浙江省职业院校技能大赛', '教育', '省级', '一等奖', true, '刘洋、黄敏', '胡斌'],
        [2024, '全国职业院校技能大赛', '教育', '国家级', '二等奖', true, '吴芳、郑浩', '林晓'],
        [2024, '丽水市职业技能大赛', '人社', '市级', '三等奖', false, '王丽', '胡斌'],
      ].sort((a, b) => String(a[4]).localeCompare(String(b[4]))),
    );
  });
});

describe('the rejected rows, fixed and imported again', () => {
  it('keeps each cell as read (dates as dates, IDs as text) with every reason, and imports once fixed', async () => {
    const { input } = await importFile('staff', rosterElsewhereXlsx());
    const file = await school.ok('import.rejectedWorkbook', input);
    const wb = XLSX.read(Buffer.from(file.base64, 'base64'), { cellDates: true });
    const sheet = wb.Sheets['未通过的行'];
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null });
    const data = rows.filter((r) => r[0] === 9 || r[0] === 10);
    expect(data.map((r) => [r[1], r[3], r.at(-1)])).toEqual([
      ['0107', ELSEWHERE_IDS.pan, expect.stringContaining('专业技术职务：“高级”可能是“正高级”或“副高级”')],
      ['0108', expect.any(String), '出生年月：出生日期 1987-06 与身份证号不一致（身份证号显示为 1987-05）'],
    ]);
    // the fixed file: the registrar corrects the two cells and imports it
    const aoa = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null });
    const header = aoa.findIndex((r) => r[1] === '教工号');
    for (const r of aoa.slice(header + 1)) {
      if (r[0] === 9) r[7] = '副高级';
      if (r[0] === 10) r[4] = '1987.05';
    }
    const fixed = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(fixed, XLSX.utils.aoa_to_sheet(aoa), '未通过的行');
    const again = await importFile('staff', XLSX.write(fixed, { type: 'buffer', bookType: 'xlsx' }) as Buffer, { commit: true });
    expect(again.dry.rejected).toEqual([]);
    expect(again.commit!.imported).toBe(2);
  });

  it('writes a date cell back as a date', async () => {
    await school.ok('staff.create', staffInput({ staffNo: '0101', name: '胡斌', idCard: ELSEWHERE_IDS.hu }, 1));
    const rows: (string | number)[][] = [['工号', '姓名', '身份证号', '来校日期', '岗位类别'], ['0101', '胡斌', ELSEWHERE_IDS.hu, 40422, '临时工']];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'x');
    const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const { input, dry } = await importFile('staff', bytes);
    expect(rejectedRows(dry)).toEqual([2]);
    const file = await school.ok('import.rejectedWorkbook', input);
    const out = XLSX.read(Buffer.from(file.base64, 'base64'), { cellDates: true }).Sheets['未通过的行'];
    const dateCell = Object.entries(out).find(([, c]) => (c as XLSX.CellObject).t === 'd');
    expect((dateCell?.[1] as XLSX.CellObject | undefined)?.v).toEqual(new Date('2010-09-01T00:00:00Z'));
  });
});

describe('an export with masked 身份证号, imported back', () => {
  it('updates each teacher and keeps the stored number where the mask fits it', async () => {
    await importFile('staff', rosterElsewhereXlsx(), { commit: true });
    const exported = await school.ok('reports.export', { id: 'staff' });
    const bytes = Buffer.from(exported.base64, 'base64');
    const { dry, commit } = await importFile('staff', bytes, { commit: true });
    expect(dry.rejected).toEqual([]);
    expect([commit!.imported, commit!.updated]).toEqual([0, 6]);
    const staff = (await school.ok('staff.list', { pageSize: 50 })).rows;
    expect(getStaff(school.app.store.db, staff.find((x) => x.staffNo === '0101')!.id)?.idCard).toBe(ELSEWHERE_IDS.hu);
  });

  it('says to export with 含完整身份证号 where the mask does not fit, or the teacher is new', async () => {
    const rows = [['工号', '姓名', '身份证号', '来校日期', '岗位类别'], ['0101', '胡斌', '3311**********0000', '2010-08-26', '专任教师'], ['0999', '新人', '3311**********0000', '2010-08-26', '专任教师']];
    await importFile('staff', rosterElsewhereXlsx(), { commit: true });
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'x');
    const { dry } = await importFile('staff', XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    expect(dry.rejected.map((r) => [r.row, r.column])).toEqual([[2, '身份证号'], [3, '身份证号']]);
    expect(dry.rejected[0].message).toContain('与已登记的号码对不上；请在导出时勾选“含完整身份证号”');
    expect(dry.rejected[1].message).toContain('无法新增');
  });
});

describe('a 出生年月 column formatted as year-month', () => {
  it('compares the month with the ID and keeps the ID’s day', async () => {
    // 1985-06-01 as Excel stores it, shown as 1985年6月 by the cell's format
    const rows = [['工号', '姓名', '身份证号', '出生年月', '来校日期', '岗位类别'], ['0101', '胡斌', ELSEWHERE_IDS.hu, 31199, '2010-08-26', '专任教师'], ['0102', '林晓', ELSEWHERE_IDS.lin, 31199, '2014-08-01', '专任教师']];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'x');
    const { dry } = await importFile('staff', XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    expect(dry.planned.map((p) => p.row)).toEqual([2]);
    expect(dry.rejected.map((r) => [r.row, r.message])).toEqual([[3, '出生日期 1985-06 与身份证号不一致（身份证号显示为 1990-02）']]);
  });
});

