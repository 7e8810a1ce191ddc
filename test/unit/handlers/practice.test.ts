// 企业实践 handlers: what a registrar's bad input gets, the overlap warning that does not block, evidence kept
// inside the data folder whatever its name, and an audit row for every change.
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { staffInput } from '../../helpers/people';
import { schoolWithTeacherPerTest, TINY_PNG_BASE64 } from '../../helpers/school';
import type { PracticeInput } from '@shared/practice';

const current = schoolWithTeacherPerTest();

const practice = (overrides: Partial<PracticeInput> = {}): PracticeInput => ({
  enterpriseName: '浙江丽水智能制造有限公司',
  startDate: '2024-03-01',
  endDate: '2024-04-30',
  form: '集中实践',
  ...overrides,
});

const fieldErrorsOf = async (values: PracticeInput) => {
  const r = await current.school.call('practice.create', { staffId: current.teacherId, values });
  if (r.ok) throw new Error('expected a rejection');
  return r.error.fieldErrors;
};

const auditRows = (entity: string) =>
  current.school.app.store.sqlite.prepare('select action, entity_id as entityId, label, field, old_value as oldValue, new_value as newValue from audit_log where entity = ? order by id').all(entity) as {
    action: string;
    entityId: number;
    label: string;
    field: string | null;
    oldValue: string | null;
    newValue: string | null;
  }[];

describe('practice records', () => {
  it('saves a record with 实践天数 defaulting to the span, and a valid 统一社会信用代码 normalised', async () => {
    const saved = await current.school.ok('practice.create', { staffId: current.teacherId, values: practice({ enterpriseCode: ' 91110000600037341l ' }) });
    expect(saved.warnings).toEqual([]);
    expect(saved.record).toMatchObject({ days: 61, enterpriseCode: '91110000600037341L', reviewState: '待审核', staffName: '陈静', staffNo: 'T0001', evidenceCount: 0 });
  });

  it('says under 统一社会信用代码 that its check character is wrong', async () => {
    expect(await fieldErrorsOf(practice({ enterpriseCode: '91110000600037341M' }))).toEqual([
      { field: 'enterpriseCode', message: '统一社会信用代码校验位（第18位）不正确，请核对每一位' },
    ]);
    expect(await fieldErrorsOf(practice({ enterpriseCode: '9111000060003734' }))).toEqual([
      { field: 'enterpriseCode', message: '统一社会信用代码应为18位，现在是16位' },
    ]);
  });

  it('rejects an end before the start, 实践天数 above the span, and a future end date', async () => {
    expect(await fieldErrorsOf(practice({ startDate: '2024-05-01', endDate: '2024-04-30' }))).toEqual([{ field: 'endDate', message: '结束日期不能早于开始日期' }]);
    expect(await fieldErrorsOf(practice({ days: 62 }))).toEqual([
      { field: 'days', message: '实践天数不能超过起止日期之间的天数（2024-03-01～2024-04-30 共61天）' },
    ]);
    expect(await fieldErrorsOf(practice({ startDate: '2024-03-01', endDate: '2999-01-01' }))).toEqual([
      { field: 'endDate', message: '结束日期不能晚于今天：实践结束后再登记' },
    ]);
    expect(await fieldErrorsOf(practice({ days: 0 }))).toEqual([{ field: 'days', message: '实践天数至少为1天' }]);
    expect((await current.school.ok('practice.list', { staffId: current.teacherId })).total).toBe(0);
  });

  it('refuses a record for an unknown teacher in plain words', async () => {
    const r = await current.school.call('practice.create', { staffId: 999, values: practice() });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('NOT_FOUND');
      expect(r.error.message).toBe('找不到这位教职工（内部编号 999），可能已被删除，请刷新后重试。');
    }
  });

  it('saves an overlapping record with a warning naming the other record', async () => {
    await current.school.ok('practice.create', { staffId: current.teacherId, values: practice() });
    const second = await current.school.ok('practice.create', { staffId: current.teacherId, values: practice({ startDate: '2024-04-15', endDate: '2024-05-31', enterpriseName: '丽水市云和木玩有限公司' }) });
    expect(second.warnings).toEqual(['与 2024-03-01～2024-04-30（浙江丽水智能制造有限公司）的实践记录时间重叠：重叠的日子只计一次']);
    expect((await current.school.ok('practice.list', { staffId: current.teacherId })).total).toBe(2);
    // editing a record never warns about itself
    const edited = await current.school.ok('practice.update', { id: second.record.id, values: practice({ startDate: '2024-06-01', endDate: '2024-06-30' }) });
    expect(edited.warnings).toEqual([]);
  });

  it('filters the ledger by teacher, start year, form and review state', async () => {
    const other = (await current.school.ok('staff.create', staffInput({ name: '林涛' }, 2))).id;
    await current.school.ok('practice.create', { staffId: current.teacherId, values: practice() });
    await current.school.ok('practice.create', { staffId: current.teacherId, values: practice({ startDate: '2023-07-01', endDate: '2023-07-31', form: '考察调研', reviewState: '已审核' }) });
    await current.school.ok('practice.create', { staffId: other, values: practice({ startDate: '2023-08-01', endDate: '2023-08-10' }) });
    const names = async (q: Parameters<typeof current.school.ok<'practice.list'>>[1]) => (await current.school.ok('practice.list', q)).rows.map((r) => `${r.staffName} ${r.startDate}`);
    expect(await names({})).toEqual(['陈静 2024-03-01', '林涛 2023-08-01', '陈静 2023-07-01']);
    expect(await names({ year: 2023 })).toEqual(['林涛 2023-08-01', '陈静 2023-07-01']);
    expect(await names({ form: '考察调研' })).toEqual(['陈静 2023-07-01']);
    expect(await names({ reviewState: '已审核' })).toEqual(['陈静 2023-07-01']);
    expect(await names({ staffId: other })).toEqual(['林涛 2023-08-01']);
    expect((await current.school.ok('practice.list', { pageSize: 2, page: 2 })).rows).toHaveLength(1);
  });

  it('audits creating, changing and deleting a record', async () => {
    const { record } = await current.school.ok('practice.create', { staffId: current.teacherId, values: practice() });
    await current.school.ok('practice.update', { id: record.id, values: practice({ days: 40, reviewState: '已审核' }) });
    await current.school.ok('practice.delete', { id: record.id });
    const rows = auditRows('practice');
    expect(rows.map((r) => [r.action, r.field, r.oldValue, r.newValue])).toEqual([
      ['新增', null, null, null],
      ['修改', 'days', '61', '40'],
      ['修改', 'reviewState', '待审核', '已审核'],
      ['删除', null, null, null],
    ]);
    expect(rows[0].label).toBe('陈静（T0001）2024-03-01～2024-04-30 浙江丽水智能制造有限公司');
  });
});

describe('岗前实践 on the teacher page', () => {
  it('flags a new teacher with no enterprise work until a 岗前实践 record ends within 30 days of joining', async () => {
    const { id } = await current.school.ok('staff.create', staffInput({ name: '林新', joinDate: '2020-09-01', enterpriseMonths: 0 }, 2));
    const flag = async () => (await current.school.ok('practice.teacherSummary', { staffId: id, asOf: '2025-06-30' })).preServiceFlag;
    expect(await flag()).toBe('无企业工作经历的新任教师应先实践、再上岗：没有岗前实践记录（应于 2020-10-01 前完成）');
    await current.school.ok('practice.create', { staffId: id, values: practice({ startDate: '2020-08-01', endDate: '2020-09-20', form: '岗前实践' }) });
    expect(await flag()).toBeNull();
  });
});

describe('evidence files', () => {
  let practiceId: number;
  beforeEach(async () => {
    practiceId = (await current.school.ok('practice.create', { staffId: current.teacherId, values: practice() })).record.id;
  });

  it('copies the file into <data>/evidence under a generated name, whatever the user called it', async () => {
    const outside = path.resolve(current.school.dir, '../../x.png');
    const added = await current.school.ok('practice.evidence.add', { practiceId, fileName: '../../x.png', base64: TINY_PNG_BASE64 });
    expect(added).toMatchObject({ originalName: 'x.png', mimeType: 'image/png', size: Buffer.from(TINY_PNG_BASE64, 'base64').length });
    const stored = fs.readdirSync(path.join(current.school.dir, 'evidence'));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^[0-9a-f-]{36}\.png$/);
    expect(fs.existsSync(outside)).toBe(false);

    await current.school.ok('practice.evidence.add', { practiceId, fileName: 'C:\\Users\\..\\..\\Windows\\证明.png', base64: TINY_PNG_BASE64 });
    expect(fs.readdirSync(path.join(current.school.dir, 'evidence'))).toHaveLength(2);
    expect((await current.school.ok('practice.evidence.list', { practiceId })).map((e) => e.originalName)).toEqual(['x.png', '证明.png']);

    const opened = await current.school.ok('practice.evidence.get', { id: added.id });
    expect(opened.base64).toBe(TINY_PNG_BASE64);
    expect((await current.school.ok('practice.list', { staffId: current.teacherId })).rows[0].evidenceCount).toBe(2);
  });

  it('accepts a PDF, and refuses other files and files over 20 MB', async () => {
    const pdf = await current.school.ok('practice.evidence.add', { practiceId, fileName: '考核表.pdf', base64: Buffer.from('%PDF-1.4\n%%EOF').toString('base64') });
    expect(pdf.mimeType).toBe('application/pdf');
    const exe = await current.school.call('practice.evidence.add', { practiceId, fileName: '照片.png', base64: Buffer.from('MZ\x90\x00 not a picture').toString('base64') });
    expect(!exe.ok && exe.error.message).toBe('“照片.png”不是图片（PNG、JPG、GIF、WEBP）或 PDF 文件，不能作为证明材料上传');
    const big = Buffer.alloc(20 * 1024 * 1024 + 1);
    Buffer.from(TINY_PNG_BASE64, 'base64').copy(big);
    const tooBig = await current.school.call('practice.evidence.add', { practiceId, fileName: '扫描件.png', base64: big.toString('base64') });
    expect(!tooBig.ok && tooBig.error.message).toBe('“扫描件.png”有 20.0 MB，证明材料不能超过 20 MB');
    expect(fs.readdirSync(path.join(current.school.dir, 'evidence'))).toHaveLength(1);
  });

  it('removes the evidence rows and files with the record, and audits each', async () => {
    await current.school.ok('practice.evidence.add', { practiceId, fileName: '现场照片.png', base64: TINY_PNG_BASE64 });
    await current.school.ok('practice.delete', { id: practiceId });
    expect(current.school.app.store.sqlite.prepare('select count(*) from practice_evidence').pluck().get()).toBe(0);
    expect(fs.readdirSync(path.join(current.school.dir, 'evidence'))).toEqual([]);
    expect(auditRows('practiceEvidence').map((r) => r.action)).toEqual(['新增', '删除']);
    expect(auditRows('practiceEvidence')[1].label).toContain('现场照片.png');
  });

  // A row whose stored name was tampered with (docs/SECURITY.md): before, the row was deleted and then the answer said
  // 数据未被修改; now nothing is done and the answer says why, and no file outside evidence/ is touched.
  it.each(['../vet-ledger.sqlite', '.', '..', 'evidence/../../x.png', ''])('refuses to delete evidence whose stored name is %j, changing nothing', async (tampered) => {
    const added = await current.school.ok('practice.evidence.add', { practiceId, fileName: '照片.png', base64: TINY_PNG_BASE64 });
    const sqlite = current.school.app.store.sqlite;
    sqlite.prepare('update practice_evidence set stored_name = ? where id = ?').run(tampered, added.id);
    const auditBefore = sqlite.prepare('select count(*) from audit_log').pluck().get();
    const r = await current.school.call('practice.evidence.delete', { id: added.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'DATABASE', message: expect.stringContaining('数据未被修改') } });
    expect(sqlite.prepare('select count(*) from practice_evidence where id = ?').pluck().get(added.id)).toBe(1);
    expect(sqlite.prepare('select count(*) from audit_log').pluck().get()).toBe(auditBefore);
    expect(fs.existsSync(path.join(current.school.dir, 'vet-ledger.sqlite'))).toBe(true);
    expect(fs.readdirSync(path.join(current.school.dir, 'evidence'))).toHaveLength(1);
  });

  it('deletes a record whose evidence row was tampered with, touching no file outside evidence/', async () => {
    const added = await current.school.ok('practice.evidence.add', { practiceId, fileName: '照片.png', base64: TINY_PNG_BASE64 });
    current.school.app.store.sqlite.prepare('update practice_evidence set stored_name = ? where id = ?').run('../vet-ledger.sqlite', added.id);
    expect(await current.school.call('practice.delete', { id: practiceId })).toMatchObject({ ok: true });
    expect(current.school.app.store.sqlite.prepare('select count(*) from practice_records').pluck().get()).toBe(0);
    expect(fs.existsSync(path.join(current.school.dir, 'vet-ledger.sqlite'))).toBe(true);
  });

  it('removes the evidence files of a staff member who is deleted', async () => {
    await current.school.ok('practice.evidence.add', { practiceId, fileName: '现场照片.png', base64: TINY_PNG_BASE64 });
    await current.school.ok('staff.delete', { id: current.teacherId });
    expect(current.school.app.store.sqlite.prepare('select count(*) from practice_evidence').pluck().get()).toBe(0);
    expect(fs.readdirSync(path.join(current.school.dir, 'evidence'))).toEqual([]);
  });

  it('deletes one evidence file, and says so plainly when a file has gone missing from the folder', async () => {
    const a = await current.school.ok('practice.evidence.add', { practiceId, fileName: 'a.png', base64: TINY_PNG_BASE64 });
    const b = await current.school.ok('practice.evidence.add', { practiceId, fileName: 'b.png', base64: TINY_PNG_BASE64 });
    await current.school.ok('practice.evidence.delete', { id: a.id });
    expect((await current.school.ok('practice.evidence.list', { practiceId })).map((e) => e.originalName)).toEqual(['b.png']);
    for (const f of fs.readdirSync(path.join(current.school.dir, 'evidence'))) fs.rmSync(path.join(current.school.dir, 'evidence', f));
    const missing = await current.school.call('practice.evidence.get', { id: b.id });
    expect(!missing.ok && missing.error.message).toMatch(/^证明材料“b\.png”的文件不在数据文件夹中/);
  });
});

describe('compliance settings', () => {
  it('defaults to 180 days in 5 years, and the board follows a change', async () => {
    expect(await current.school.ok('practice.settings.get', {})).toEqual({ requiredDays: 180, windowYears: 5, fixedCycle: null, countPending: false });
    await current.school.ok('practice.create', { staffId: current.teacherId, values: practice({ startDate: '2023-01-01', endDate: '2023-03-31' }) });
    expect((await current.school.ok('practice.statusBoard', { asOf: '2025-06-30' })).rows[0]).toMatchObject({ days: 90, status: '未达标', shortfallDays: 90 });

    await current.school.ok('practice.settings.set', { requiredDays: 90, windowYears: 5, fixedCycle: null });
    expect((await current.school.ok('practice.statusBoard', { asOf: '2025-06-30' })).rows[0]).toMatchObject({ days: 90, status: '达标', shortfallDays: 0 });
    await current.school.ok('practice.settings.set', { requiredDays: 90, windowYears: 5, fixedCycle: { start: '2024-01-01', end: '2028-12-31' } });
    const board = await current.school.ok('practice.statusBoard', { asOf: '2025-06-30' });
    expect(board.window).toEqual({ start: '2024-01-01', end: '2025-06-30' });
    expect(board.rows[0]).toMatchObject({ days: 0, status: '未达标' });
    expect(auditRows('practiceSettings').map((r) => [r.field, r.newValue])).toEqual([
      ['requiredDays', '90'],
      ['fixedCycle', '2024-01-01～2028-12-31'],
    ]);
  });

  it('refuses a cycle that ends before it starts', async () => {
    const r = await current.school.call('practice.settings.set', { requiredDays: 180, windowYears: 5, fixedCycle: { start: '2025-12-31', end: '2021-01-01' } });
    expect(!r.ok && r.error.fieldErrors).toEqual([{ field: 'fixedCycle', message: '周期的结束日期不能早于开始日期' }]);
  });

  it('takes the school’s 统计截止日期 when no date is given', async () => {
    expect((await current.school.ok('practice.statusBoard', {})).asOf).toBe('2025-08-31');
  });
});
