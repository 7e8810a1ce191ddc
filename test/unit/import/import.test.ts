// The import of DESIGN §10 over the files registrars really send (built by test/fixtures/generate.ts): per file, the
// exact rows imported and rejected with their reasons; modes; all-or-nothing; the audit; hostile files refused.
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestSchool, type TestSchool } from '../../helpers/school';
import { makeIdCard, staffInput } from '../../helpers/people';
import { studentInput } from '../../helpers/students';
import {
  awardsXlsx, certificatesXlsx, encryptedWorkbook, overCapCsv, staffListCsv, qualificationsXlsx, rosterWithDualXlsx, pollutingWorkbook, practiceLedgerXls, ROSTER_IDS, staffRosterOds, staffRosterXls, staffRosterXlsx, studentsGbkCsv,
  zipBomb,
} from '../../fixtures/generate';
import { TINY_PNG_BASE64 } from '../../helpers/school';
import { ID_AS_NUMBER } from '../../../electron/import/values';
import { MAX_ROWS, MAX_TEXT_BYTES } from '../../../electron/import/reader';
import { getStaff } from '../../../db/queries/staff';
import { maskIdCard } from '@shared/rules/idcard';
import type { ImportKind, ImportMode } from '@shared/import';
import { ImportCancelled, run } from '../../../electron/import/engine';
import { JobCancel } from '../../../electron/jobs/cancel';
import { createHandlers } from '../../../electron/handlers';

let school: TestSchool;
beforeEach(async () => {
  school = await openTestSchool();
});
afterEach(() => school.close());

/** Inspect, take the suggested mapping with the overrides (header → field), and dry-run or commit. */
async function importFile(kind: ImportKind, bytes: Buffer, o: { fileName?: string; overrides?: Record<string, string | null>; mode?: ImportMode; commit?: boolean } = {}) {
  const source = { kind, fileName: o.fileName ?? 'file.xlsx', base64: bytes.toString('base64') };
  const inspection = await school.ok('import.inspect', source);
  const mapping = inspection.columns.map((c) => ({ column: c.column, field: o.overrides && c.header in o.overrides ? o.overrides[c.header] : c.field }));
  const input = { ...source, sheet: inspection.sheet, mapping, mode: o.mode ?? 'upsert' };
  return { inspection, input, dry: await school.ok('import.dryRun', input), commit: o.commit ? await school.ok('import.commit', input) : null };
}

const rosterRejections = (sheet: string) => [
  // a rejected 身份证号 is shown masked: the row number and the masked number identify the row
  { sheet, row: 11, column: '身份证号码', value: '3311**********0000', message: ID_AS_NUMBER },
  { sheet, row: 12, column: '工号', value: 'T001', message: '工号 T001 与第 4 行重复：同一文件中只能出现一次，请删去或改正其中一行' },
];

async function allStaff() {
  return (await school.ok('staff.list', { pageSize: 500 })).rows;
}

describe('staff roster', () => {
  it('finds the header under a merged title, joins the two header rows, and suggests the mapping', async () => {
    const { inspection } = await importFile('staff', staffRosterXlsx());
    expect(inspection.sheet).toBe('花名册');
    expect(inspection.headerRows).toEqual([2, 3]);
    expect(inspection.dataRows).toBe(8);
    expect(inspection.columns.map((c) => [c.header, c.field])).toEqual([
      ['序号', null],
      ['工号', 'staffNo'],
      ['姓名', 'name'],
      ['身份证号码', 'idCard'],
      ['来校时间', 'joinDate'],
      ['岗位类别', 'postCategory'],
      ['任教类别', 'teachingCategory'],
      ['学历学位·最高学历', 'highestEducation'],
      ['学历学位·最高学位', 'highestDegree'],
      ['技术职称', null],
      ['备注', null],
    ]);
  });

  it('imports the six good rows with every date spelling and name cleaned, and rejects the number ID and the duplicate 工号', async () => {
    const { dry, commit } = await importFile('staff', staffRosterXlsx(), { overrides: { 技术职称: 'title' }, commit: true });
    expect(dry).toMatchObject({ read: 8, toAdd: 6, toUpdate: 0, rejected: rosterRejections('花名册') });
    expect(dry.planned.map((p) => p.row)).toEqual([4, 5, 7, 8, 9, 10]);
    expect(commit).toMatchObject({ read: 8, imported: 6, updated: 0, rejected: rosterRejections('花名册') });
    expect(commit!.backup).toMatch(/import/);
    const rows = await allStaff();
    expect(rows.map((r) => [r.staffNo, r.name, r.joinDate, r.title, r.highestDegree, r.birthDate])).toEqual([
      ['T001', '王伟', '2012-09-01', '中级', '学士', '1985-03-12'],
      ['T002', '李娜', '2015-03-01', '副高级', '硕士', '1990-07-08'],
      ['T003', '张敏', '2018-09-01', '初级', '学士', '1988-11-30'],
      ['T004', '买买提·艾力', '2019-09-01', '未评', '无', '1992-01-15'],
      ['T005', '陈静', '2020-09-01', '中级', '学士', '1987-06-15'],
      ['T006', '周杰', '2021-09-01', '初级', '硕士', '1993-04-20'],
    ]);
  });

  it('writes nothing on a dry run, and audits a commit as one import', async () => {
    await importFile('staff', staffRosterXlsx(), { overrides: { 技术职称: 'title' } });
    expect(await allStaff()).toEqual([]);
    await importFile('staff', staffRosterXlsx(), { overrides: { 技术职称: 'title' }, commit: true });
    const audit = school.app.store.sqlite.prepare('select action, entity, via, batch_id as batchId, label from audit_log where via = ? order by id').all('导入') as {
      action: string; entity: string; batchId: string; label: string;
    }[];
    // what it adds is told by the one event (an entry per record would repeat the rows themselves)
    expect(audit).toHaveLength(1);
    expect(audit[0].batchId).toMatch(/^[0-9a-f-]{36}$/);
    expect(audit[0]).toMatchObject({ action: '导入', entity: 'staff', label: '导入教职工：file.xlsx，新增 6 条，更新 0 条，未通过 2 行' });
  });

  it('reads the same roster saved as legacy .xls and as .ods', async () => {
    for (const [bytes, name] of [[staffRosterXls(), 'a.xls'], [staffRosterOds(), 'a.ods']] as const) {
      const { dry } = await importFile('staff', bytes, { fileName: name, overrides: { 技术职称: 'title' } });
      expect(dry).toMatchObject({ read: 8, toAdd: 6, rejected: rosterRejections('花名册') });
    }
  });

  it('remembers the mapping of the last import for the next file', async () => {
    await importFile('staff', staffRosterXlsx(), { overrides: { 技术职称: 'title' }, commit: true });
    const { inspection } = await importFile('staff', staffRosterXlsx());
    expect(inspection.columns.find((c) => c.header === '技术职称')?.field).toBe('title');
  });

  it('per mode: add reports what exists, update what does not, upsert updates and keeps what the file lacks', async () => {
    await school.ok('staff.create', staffInput({ staffNo: 'T001', name: '王伟', idCard: ROSTER_IDS.wang, phone: '0578-2123456' }));
    const add = (await importFile('staff', staffRosterXlsx(), { overrides: { 技术职称: 'title' }, mode: 'add' })).dry;
    expect(add.rejected[0]).toMatchObject({
      sheet: '花名册', row: 4, column: '工号', value: 'T001',
      message: '工号 T001 的教职工已存在；要修改已有记录，请在导入方式中选择“新增并更新”或“只更新”',
    });
    expect(add.toAdd).toBe(5);
    const update = (await importFile('staff', staffRosterXlsx(), { overrides: { 技术职称: 'title' }, mode: 'update' })).dry;
    expect(update).toMatchObject({ toAdd: 0, toUpdate: 1 });
    expect(update.rejected.find((r) => r.row === 5)?.message).toBe('工号 T002 的教职工不存在；“只更新”不新增记录，要新增请选择“新增并更新”或“只新增”');
    await importFile('staff', staffRosterXlsx(), { overrides: { 技术职称: 'title' }, mode: 'upsert', commit: true });
    const wang = (await allStaff()).find((r) => r.staffNo === 'T001')!;
    expect(wang).toMatchObject({ title: '中级', joinDate: '2012-09-01' });
    expect(getStaff(school.app.store.db, wang.id)?.phone).toBe('0578-2123456');
    // what it changed in a saved record is audited field by field, under the import's batch
    const audit = school.app.store.sqlite.prepare("select action, field, new_value as value, batch_id as batchId from audit_log where via = '导入' order by id").all();
    expect(audit).toEqual([
      { action: '修改', field: 'highestEducation', value: '本科', batchId: expect.any(String) },
      { action: '修改', field: 'highestDegree', value: '学士', batchId: expect.any(String) },
      { action: '修改', field: 'title', value: '中级', batchId: expect.any(String) },
      { action: '导入', field: null, value: null, batchId: expect.any(String) },
    ]);
    expect(new Set(audit.map((a) => (a as { batchId: string }).batchId)).size).toBe(1);
  });

  it('reports an ID registered under another 工号, and leaves a missing required column named', async () => {
    await school.ok('staff.create', staffInput({ staffNo: 'X900', name: '钱程', idCard: ROSTER_IDS.li }));
    const { dry } = await importFile('staff', staffRosterXlsx(), { overrides: { 技术职称: 'title', 来校时间: null } });
    expect(dry.rejected.find((r) => r.row === 5 && r.column === '身份证号码')?.message).toBe('该身份证号已登记为 钱程（工号 X900），与本行工号 T002 不一致；如工号有变，请先在教职工页修改');
    expect(dry.rejected.find((r) => r.row === 4)).toMatchObject({ sheet: '花名册', row: 4, column: '来校日期', value: '', message: '此项必填（文件中没有“来校日期”这一列）' });
  });
});

describe('a roster with 双师型 columns', () => {
  it('brings each teacher in with their 双师型认定, and refuses 是 without a level', async () => {
    const { dry, commit } = await importFile('staff', rosterWithDualXlsx(), { commit: true });
    expect(dry.rejected).toMatchObject([
      { sheet: '花名册', row: 4, column: '认定等级', value: '', message: '“是否双师型”为“是”时请填写认定等级（初级、中级或高级）' },
    ]);
    expect(dry.planned.map((p) => p.label)).toEqual(['王伟（T001），中级双师型认定', '李娜（T002）']);
    expect(commit).toMatchObject({ imported: 2 });
    const wang = (await allStaff()).find((r) => r.staffNo === 'T001')!;
    expect(await school.ok('dualTeacher.list', { staffId: wang.id })).toMatchObject([{ level: '中级', certifiedDate: '2023-06-01' }]);
    const again = await importFile('staff', rosterWithDualXlsx(), { mode: 'update', commit: true });
    expect(again.commit).toMatchObject({ imported: 0, updated: 2 });
    expect(await school.ok('dualTeacher.list', { staffId: wang.id })).toHaveLength(1);
  });
});

describe('students from a GBK CSV', () => {
  it('decodes GBK, reads √ and blank, and rejects a year before 2000 and a duplicate 学号 in the file', async () => {
    const { dry, commit } = await importFile('students', studentsGbkCsv(), { fileName: '学生.csv', commit: true });
    expect(dry.rejected).toMatchObject([
      { sheet: 'Sheet1', row: 5, column: '入学年份', value: '1999', message: '年份不能早于2000年' },
      { sheet: 'Sheet1', row: 6, column: '学号', value: 'S00001', message: '学号 S00001 与第 2 行重复：同一文件中只能出现一次，请删去或改正其中一行' },
    ]);
    expect(commit).toMatchObject({ imported: 2, updated: 0 });
    const rows = (await school.ok('students.list', { pageSize: 50 })).rows;
    expect(rows.map((r) => [r.studentNo, r.name, r.lowIncome, r.expectedGraduationYear])).toEqual([
      ['S00001', '刘洋', true, 2025],
      ['S00002', '黄敏', false, 2027],
    ]);
  });
});

describe('rows the writer refuses', () => {
  it('rejects an unknown class and a 身份证号 the unique index finds taken, and writes the rows around them', async () => {
    await school.ok('majors.create', { code: '710201', name: '计算机应用', isCore: true });
    await school.ok('classes.create', { name: '24计算机1班', majorName: '计算机应用', entryYear: 2024 });
    const [s1, s2, s3, s8, s9] = [1, 2, 3, 8, 9].map((n) => studentInput(n));
    await school.ok('students.create', s8);
    await school.ok('students.create', s9);
    const lines = [
      '学号,姓名,身份证号,班级,入学年份',
      `${s1.studentNo},${s1.name},${s1.idCard},24计算机1班,2024`,
      `${s2.studentNo},${s2.name},${s2.idCard},24计算机9班,2024`,
      `${s3.studentNo},${s3.name},${s3.idCard},24计算机1班,2024`,
      `${s9.studentNo},${s9.name},${s8.idCard},24计算机1班,2024`,
    ];
    const { dry, commit } = await importFile('students', Buffer.from(lines.join('\n')), { fileName: '学生.csv', commit: true });
    const rejected = [
      { sheet: 'Sheet1', row: 3, column: '班级', value: '24计算机9班', message: '班级“24计算机9班”还没有，本行又没有填写专业，无法新建这个班级：请填写专业，或先在“班级”页添加' },
      { sheet: 'Sheet1', row: 5, column: '身份证号', value: maskIdCard(s8.idCard), message: `该身份证号已登记（${s8.name}，学号 ${s8.studentNo}）` },
    ];
    expect(dry).toMatchObject({ toAdd: 2, toUpdate: 0, rejected });
    expect(commit).toMatchObject({ imported: 2, updated: 0, rejected });
    const rows = (await school.ok('students.list', { pageSize: 10 })).rows;
    expect(rows.map((r) => [r.studentNo, r.className, r.majorName])).toEqual([
      [s1.studentNo, '24计算机1班', '计算机应用'],
      [s3.studentNo, '24计算机1班', '计算机应用'],
      [s8.studentNo, null, null],
      [s9.studentNo, null, null],
    ]);
  });
});

describe('certificates', () => {
  it('finds the student by 学号 or a unique name, reads every level spelling, and says what does not resolve', async () => {
    await school.ok('students.create', { studentNo: 'S00001', name: '刘洋', idCard: makeIdCard('2007-05-01', '男', 1, '331101'), entryYear: 2022 });
    await school.ok('students.create', { studentNo: 'S00002', name: '黄敏', idCard: makeIdCard('2007-05-01', '女', 2, '331101'), entryYear: 2022 });
    await school.ok('students.create', { studentNo: 'S00003', name: '张伟', idCard: makeIdCard('2007-05-01', '男', 3, '331101'), entryYear: 2022 });
    await school.ok('students.create', { studentNo: 'S00004', name: '张伟', idCard: makeIdCard('2007-05-01', '男', 4, '331101'), entryYear: 2022 });
    const { dry, commit } = await importFile('certificates', certificatesXlsx(), { commit: true });
    expect(dry.rejected).toMatchObject([
      { sheet: '证书登记', row: 4, column: '学生姓名', value: '张伟', message: '有 2 位学生都叫 张伟（学号 S00003、S00004），请填写学号或身份证号以区分' },
      { sheet: '证书登记', row: 5, column: '学号', value: 'S09999', message: '没有学号为 S09999 的学生，请先导入或添加这位学生' },
      { sheet: '证书登记', row: 6, column: '等级', value: '四级（高级工）', message: '等级“四级（高级工）”前后矛盾：四级是中级工，三级是高级工' },
    ]);
    expect(commit).toMatchObject({ imported: 2, updated: 0 });
    const students = (await school.ok('students.list', { pageSize: 10 })).rows;
    const certs = async (no: string) => school.ok('certificates.list', { studentId: students.find((s) => s.studentNo === no)!.id });
    expect((await certs('S00001')).map((c) => [c.name, c.level, c.obtainedDate])).toEqual([['计算机程序设计员', '四级', '2025-06-20']]);
    expect((await certs('S00002')).map((c) => [c.name, c.level, c.obtainedDate])).toEqual([['Web前端开发', '初级', '2025-05-23']]);
    const again = await importFile('certificates', certificatesXlsx(), { mode: 'add' });
    expect(again.dry.rejected[0].message).toBe('刘洋的“计算机程序设计员”证书已存在；要修改已有记录，请在导入方式中选择“新增并更新”或“只更新”');
  });
});

describe('qualifications', () => {
  it('brings a row in as 双师型认定, certificate and 名优称号 of the teacher, and names each bad cell', async () => {
    const t = await school.ok('staff.create', staffInput({ staffNo: 'T100', name: '陈静' }, 1));
    const { dry, commit } = await importFile('qualifications', qualificationsXlsx(), { commit: true });
    expect(dry.rejected).toMatchObject([
      { sheet: '教师资质', row: 3, column: '授予年份', value: '2099', message: '年份不能晚于今年' },
      { sheet: '教师资质', row: 4, column: '工号', value: 'T999', message: '没有工号为 T999 的教职工，请先导入或添加这位教职工' },
    ]);
    expect(commit).toMatchObject({ imported: 1 });
    expect(await school.ok('dualTeacher.list', { staffId: t.id })).toMatchObject([{ level: '中级', certifiedDate: '2023-06-01', certifyingBody: '丽水市教育局' }]);
    expect(await school.ok('staffCertificate.list', { staffId: t.id })).toMatchObject([{ name: '电工', level: '三级' }]);
    expect(await school.ok('honour.list', { staffId: t.id })).toMatchObject([{ name: '骨干教师', level: '市级', year: 2021 }]);
  });
});

describe('awards', () => {
  it('resolves participants by 学号 or name, takes an unknown name as an outsider with a warning, and two in a cell as a team', async () => {
    await school.ok('students.create', { studentNo: 'S00001', name: '刘洋', idCard: makeIdCard('2007-05-01', '男', 1, '331101'), entryYear: 2022 });
    await school.ok('students.create', { studentNo: 'S00002', name: '黄敏', idCard: makeIdCard('2007-05-01', '女', 2, '331101'), entryYear: 2022 });
    await school.ok('staff.create', staffInput({ staffNo: 'T100', name: '陈静' }, 1));
    const { dry, commit } = await importFile('awards', awardsXlsx(), { commit: true });
    expect(dry.rejected).toEqual([]);
    expect(dry.warnings).toEqual(['第 4 行：“校外选手甲”不是本校学生或教职工，按校外人员登记']);
    expect(commit).toMatchObject({ imported: 3 });
    expect((await school.ok('awards.list', {})).find((a) => a.event === '电子商务')).toMatchObject({ isTeam: true });
    const awards = await school.ok('awards.list', {});
    const team = awards.find((a) => a.event === '网络布线')!;
    expect(team).toMatchObject({ level: '省级', isTeam: true });
    expect(team.participants.map((p) => p.number)).toEqual(['S00001', 'S00002']);
    expect(team.advisors.map((p) => p.number)).toEqual(['T100']);
    const again = await importFile('awards', awardsXlsx(), { mode: 'add' });
    expect(again.dry.rejected[0].message).toBe('2024年浙江省职业院校技能大赛“网络布线”一等奖已存在；要修改已有记录，请在导入方式中选择“新增并更新”或“只更新”');
  });
});

describe('practice records from a legacy .xls', () => {
  it('finds the teacher by 工号, by 身份证号, and says when a name is shared', async () => {
    await school.ok('staff.create', staffInput({ staffNo: 'T100', name: '陈静' }, 1));
    const b = await school.ok('staff.create', staffInput({ staffNo: 'T200', name: '王芳', idCard: makeIdCard('1980-01-01', '女', 9) }, 2));
    await school.ok('staff.create', staffInput({ staffNo: 'T300', name: '王芳', idCard: makeIdCard('1981-01-01', '女', 10) }, 3));
    const { dry, commit } = await importFile('practice', practiceLedgerXls({ byNumber: 'T100', idCard: b.idCard, sharedName: '王芳' }), { fileName: '台账.xls', commit: true });
    expect(dry.rejected).toMatchObject([
      { sheet: '企业实践台账', row: 4, column: '姓名', value: '王芳', message: '有 2 位教职工都叫 王芳（工号 T200、T300），请填写工号或身份证号以区分' },
      { sheet: '企业实践台账', row: 5, column: '结束日期', value: '2024-04-01', message: '结束日期不能早于开始日期' },
    ]);
    expect(commit).toMatchObject({ imported: 2 });
    const list = (await school.ok('practice.list', {})).rows;
    expect(list.map((r) => [r.staffNo, r.enterpriseName, r.startDate, r.days]).sort()).toEqual([
      ['T100', '浙江丽水智能制造有限公司', '2024-03-01', 31],
      ['T200', '丽水市人民医院', '2024-07-01', 20],
    ]);
  });
});

describe('the dry run as a job', () => {
  const settled = async (jobId: string) => {
    for (;;) {
      const job = await school.ok('jobs.status', { jobId });
      if (job.state !== 'running') return job;
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  it('reports progress and ends with the same answer as the dry run', async () => {
    const { input, dry } = await importFile('staff', staffRosterXlsx(), { overrides: { 技术职称: 'title' } });
    const { jobId } = await school.ok('jobs.start', { method: 'import.dryRun', input });
    expect(await settled(jobId)).toMatchObject({ method: 'import.dryRun', state: 'done', done: 8, total: 8, cancellable: true, result: dry, error: null });
  });

  it('can be cancelled between chunks of rows, and a file it cannot read fails with the reason', async () => {
    const source = { kind: 'staff' as const, fileName: 'big.csv', base64: overCapCsv(1600).toString('base64') };
    const inspection = await school.ok('import.inspect', source);
    const input = { ...source, mapping: inspection.columns.map((c) => ({ column: c.column, field: c.field })) };
    const { jobId } = await school.ok('jobs.start', { method: 'import.dryRun', input });
    const cancelled = await school.ok('jobs.cancel', { jobId });
    expect(cancelled.done).toBe(500);
    expect(await settled(jobId)).toMatchObject({ state: 'cancelled', done: 500, total: 1600, result: null });
    const bad = await school.ok('jobs.start', { method: 'import.dryRun', input: { ...source, base64: encryptedWorkbook().toString('base64'), mapping: [] } });
    expect((await settled(bad.jobId)).error?.message).toMatch(/^这个工作簿设置了打开密码/);
  });
});

describe('a commit cancelled as it writes', () => {
  const staffSource = (rows: number) => ({ kind: 'staff' as const, fileName: 'big.csv', base64: staffListCsv(rows).toString('base64'), mapping: [], mode: 'add' as const });
  /** The commit of a 1,600-row staff file (four chunks), cancelled from its progress report of `atRows` rows. */
  async function commitCancelledAt(atRows: number) {
    const source = staffSource(1600);
    const inspection = await school.ok('import.inspect', source);
    const input = { ...source, mapping: inspection.columns.map((c) => ({ column: c.column, field: c.field })) };
    const cancel = new JobCancel();
    const ctx = { store: school.app.store, via: '表单' as const, version: 'test' };
    const outcome = run(ctx, createHandlers, input, false, { cancel, onProgress: (done) => void (done === atRows && cancel.request()) });
    return { outcome, cancel };
  }
  const importsAudited = async () => (await school.ok('audit.list', { action: '导入', pageSize: 5 })).total;

  it('rolls back every row written before the cancel, and says nothing was written', async () => {
    const { outcome } = await commitCancelledAt(1000);
    await expect(outcome).rejects.toMatchObject({ code: 'CANCELLED', message: '已取消导入，没有写入任何数据。' });
    expect((await school.ok('staff.list', { pageSize: 1 })).total).toBe(0);
    expect(await importsAudited()).toBe(0);
  });

  it('rolls back even when the cancel comes after the last row, before the commit', async () => {
    const { outcome } = await commitCancelledAt(1600);
    await expect(outcome).rejects.toBeInstanceOf(ImportCancelled);
    expect((await school.ok('staff.list', { pageSize: 1 })).total).toBe(0);
    expect(await importsAudited()).toBe(0);
  });

  it('commits when no cancel comes, and refuses a cancel after that', async () => {
    const { outcome, cancel } = await commitCancelledAt(-1);
    expect(await outcome).toMatchObject({ imported: 1600, rejected: [] });
    expect(cancel.request()).toBe(false);
    expect((await school.ok('staff.list', { pageSize: 1 })).total).toBe(1600);
    expect(await importsAudited()).toBe(1);
  });
});

describe('hostile files', () => {
  const refused = async (bytes: Buffer) => {
    const r = await school.call('import.inspect', { kind: 'staff', fileName: 'x.xlsx', base64: bytes.toString('base64') });
    if (r.ok) throw new Error('expected a refusal');
    return r.error;
  };

  it('refuses a zip bomb by its declared size, before inflating it', async () => {
    expect((await refused(zipBomb())).message).toMatch(/^这个文件解压后超过 400 MB/);
  });

  it('refuses files that are no spreadsheet', async () => {
    const notSheet = '这个文件不是电子表格。请选择 Excel 文件（.xlsx、.xls）、CSV 文件（.csv）或 WPS/LibreOffice 表格（.ods）。';
    expect(await refused(Buffer.from(TINY_PNG_BASE64, 'base64'))).toMatchObject({ code: 'VALIDATION', message: notSheet });
    const docx = await new ExcelJS.Workbook().xlsx.writeBuffer().then((b) => {
      const cfb = XLSX.CFB.read(Buffer.from(b), { type: 'buffer' });
      for (const p of cfb.FullPaths.filter((n: string) => n.includes('xl/'))) XLSX.CFB.utils.cfb_del(cfb, p);
      return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer', fileType: 'zip' }) as Uint8Array);
    });
    expect((await refused(docx)).message).toBe(notSheet);
  });

  it('refuses an encrypted workbook, saying how to remove the password', async () => {
    expect((await refused(encryptedWorkbook())).message).toMatch(/^这个工作簿设置了打开密码，无法读取。/);
  });

  it('refuses a CSV over its size cap before reading it', async () => {
    expect((await refused(Buffer.alloc(MAX_TEXT_BYTES + 1, ','))).message).toBe('文本（CSV）文件超过 40 MB，请拆分后分批导入，或在 Excel 中另存为 .xlsx 后导入。');
  });

  it('refuses a sheet over the row cap', async () => {
    expect((await refused(overCapCsv(MAX_ROWS + 1))).message).toBe('工作表“Sheet1”超过一次导入的上限 300,000 行。请拆分成几个文件分批导入。');
  }, 30_000);

  it('reads a workbook crafted with __proto__ without polluting Object.prototype', async () => {
    const { inspection, dry } = await importFile('staff', pollutingWorkbook());
    expect(inspection.columns.map((c) => c.header)).toEqual(['工号', '姓名', '__proto__', 'constructor', 'prototype']);
    expect(dry.read).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const bad = await school.call('import.dryRun', { kind: 'staff', fileName: 'x.xlsx', base64: pollutingWorkbook().toString('base64'), mapping: [{ column: 2, field: '__proto__' }], mode: 'add' });
    expect(bad.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('workbooks handed back', () => {
  it('downloads the rejected rows with their row numbers and reasons, ready to fix and import again', async () => {
    const { input } = await importFile('staff', staffRosterXlsx(), { overrides: { 技术职称: 'title' } });
    const file = await school.ok('import.rejectedWorkbook', input);
    expect(file.fileName).toBe('file-未通过的行.xlsx');
    const wb = XLSX.read(Buffer.from(file.base64, 'base64'));
    const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['未通过的行'], { header: 1, raw: false, defval: '' });
    const data = rows.filter((r) => r[0] === '11' || r[0] === '12');
    expect(data.map((r) => [r[0], r[2], r.at(-1)])).toEqual([
      ['11', 'T007', `身份证号码：${ID_AS_NUMBER}`],
      ['12', 'T001', '工号：工号 T001 与第 4 行重复：同一文件中只能出现一次，请删去或改正其中一行'],
    ]);
  });

  it('gives a blank template whose headers map back to every field, with a 可选值 sheet and drop-downs', async () => {
    const file = await school.ok('import.template', { kind: 'staff' });
    expect(file.fileName).toBe('教职工导入模板.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['教职工', '可选值']);
    const header = (wb.worksheets[0].getRow(1).values as string[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['工号', '姓名', '身份证号']);
    expect(wb.worksheets[0].getCell('A2').numFmt).toBe('@');
    const postColumn = wb.worksheets[0].getColumn(header.indexOf('岗位类别') + 1).letter;
    expect(wb.worksheets[0].getCell(`${postColumn}5`).dataValidation).toMatchObject({ type: 'list' });
    const { inspection } = await importFile('staff', Buffer.from(file.base64, 'base64'));
    expect(inspection.columns.every((c) => c.field !== null)).toBe(true);
  });
});

describe('round trip', () => {
  it('exports the practice ledger and imports it back, after the roster, into a fresh database with the same records', async () => {
    const t = await school.ok('staff.create', staffInput({ staffNo: 'R001', name: '陈静' }, 1));
    await school.ok('practice.create', { staffId: t.id, values: { enterpriseName: '浙江丽水智能制造有限公司', enterpriseCode: '91110000600037341L', position: '装配', startDate: '2024-03-01', endDate: '2024-04-30', days: 45, form: '集中实践', content: '产线实践', outcome: '优秀', reviewState: '已审核' } });
    await school.ok('practice.create', { staffId: t.id, values: { enterpriseName: '丽水市人民医院', startDate: '2024-07-01', endDate: '2024-07-20', form: '考察调研' } });
    const roster = await school.ok('reports.export', { id: 'roster', includeFullIdCard: true });
    const ledger = await school.ok('reports.export', { id: 'practice-ledger' });
    const before = (await school.ok('practice.list', {})).rows;
    const fresh = await openTestSchool();
    const previous = school;
    school = fresh;
    try {
      await importFile('staff', Buffer.from(roster.base64, 'base64'), { commit: true });
      const { commit } = await importFile('practice', Buffer.from(ledger.base64, 'base64'), { commit: true });
      expect(commit).toMatchObject({ imported: 2, rejected: [] });
      const strip = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => !['id', 'staffId', 'updatedAt'].includes(k)));
      expect((await school.ok('practice.list', {})).rows.map(strip)).toEqual(before.map(strip));
    } finally {
      school = previous;
      fresh.close();
    }
  });


  it('exports the roster with full IDs, imports it into a fresh database, and gets the same rows', async () => {
    await school.ok('staff.create', staffInput({ staffNo: 'R001', name: '买买提·艾力', highestEducation: '本科', highestDegree: '学士', title: '中级', ethnicity: '维吾尔族' }, 1));
    await school.ok('staff.create', staffInput({ staffNo: 'R002', name: '林小红', idCard: makeIdCard('1979-12-31', '女', 2), postCategory: '行政人员', teachingCategory: undefined, workStartDate: '2001-07-01', politicalStatus: '中共党员' }, 2));
    const exported = await school.ok('reports.export', { id: 'roster', includeFullIdCard: true });
    const before = await allStaff();
    const fresh = await openTestSchool();
    const previous = school;
    school = fresh;
    try {
      const { commit } = await importFile('staff', Buffer.from(exported.base64, 'base64'), { commit: true });
      expect(commit).toMatchObject({ imported: 2, rejected: [] });
      const strip = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'id' && k !== 'updatedAt'));
      expect((await allStaff()).map(strip)).toEqual(before.map(strip));
    } finally {
      school = previous;
      fresh.close();
    }
  });
});
