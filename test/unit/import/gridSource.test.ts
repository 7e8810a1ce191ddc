// The 批量录入 grid as an import source: the same header matching, value mapping and checks as a file, its rows
// numbered as the grid shows them, and a commit that saves every row or none.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestSchool, type TestSchool } from '../../helpers/school';
import { studentInput } from '../../helpers/students';
import { GRID_SOURCE_NAME, MAX_GRID_ROWS } from '@shared/import';

let school: TestSchool;
beforeEach(async () => {
  school = await openTestSchool();
  for (let i = 1; i <= 3; i++) await school.ok('students.create', studentInput(i));
});
afterEach(() => school.close());

/** The error of a call that must be refused. */
async function refusal(...args: Parameters<TestSchool['call']>) {
  const r = await school.call(...args);
  if (r.ok) throw new Error('expected the call to be refused');
  return r.error;
}

const HEADER = ['学号', '姓名', '证书类别', '证书名称', '等级', '取得日期'];
const certificates = (rows: string[][]) => ({ kind: 'certificates' as const, fileName: GRID_SOURCE_NAME, grid: [HEADER, ...rows] });
const mapping = (fields: string[]) => fields.map((field, column) => ({ column, field }));
const FIELDS = ['ref.number', 'ref.name', 'kind', 'name', 'level', 'obtainedDate'];

describe('the grid as an import source', () => {
  it('matches a pasted header the way a file header is matched, whatever the order and the words', async () => {
    const inspection = await school.ok('import.inspect', { kind: 'certificates', fileName: GRID_SOURCE_NAME, grid: [['获证时间', '证书类型', '学号', '备注栏'], ['2025-05-01', '职业资格证书', 'S00001', '']] });
    expect(inspection.headerRows).toEqual([1]);
    expect(inspection.columns.map((c) => c.field)).toEqual(['obtainedDate', 'kind', 'ref.number', null]);
  });

  it('checks each row like a file, rows numbered from the header, a coded value mapped as in a file', async () => {
    const input = {
      ...certificates([
        ['S00001', '学生1', '职业技能等级证书', '电工', '四级', '2025-05-01'],
        ['', '', '', '', '', ''],
        ['S00099', '无此人', '职业技能等级证书', '电工', '四级', '2025-05-01'],
        ['S00003', '学生3', '技能证', '电工', '四级', '2025-02-30'],
      ]),
      mapping: mapping(FIELDS),
      mode: 'add' as const,
    };
    const dry = await school.ok('import.dryRun', input);
    expect(dry.toAdd).toBe(1);
    // a cell's value first (证书类别), the record's own rules once the cells are good (a 30 February)
    expect(dry.rejected.map((r) => [r.row, r.column])).toEqual([
      [4, '学号'],
      [5, '证书类别'],
    ]);
    expect(dry.unmapped.map((u) => u.value)).toEqual(['技能证']);
    const mapped = await school.ok('import.dryRun', { ...input, values: [{ field: 'kind', from: '技能证', to: '职业技能等级证书' }] });
    expect(mapped.rejected.map((r) => [r.row, r.column])).toEqual([
      [4, '学号'],
      [5, '取得日期'],
    ]);
  });

  it('saves nothing when asked for all or nothing and a row is refused, and every row when none is', async () => {
    const good = ['S00001', '学生1', '职业技能等级证书', '电工', '四级', '2025-05-01'];
    const bad = ['S00002', '学生2', '职业技能等级证书', '电工', '四级', '2025-13-01'];
    const refused = await refusal('import.commit', { ...certificates([good, bad]), mapping: mapping(FIELDS), mode: 'add', allOrNothing: true });
    expect(refused.message).toBe('有 1 行没有通过检查，一行也没有保存：请改好标出的问题后再保存。');
    const student = (await school.ok('students.list', { search: 'S00001' })).rows[0];
    expect(await school.ok('certificates.list', { studentId: student.id })).toEqual([]);
    // without it, a file's commit: the good rows in, the refused ones reported
    const partial = await school.ok('import.commit', { ...certificates([good, bad]), mapping: mapping(FIELDS), mode: 'add' });
    expect([partial.imported, partial.rejected.length]).toEqual([1, 1]);
    const audit = await school.ok('audit.list', { action: '导入' });
    expect(audit.rows[0].label).toMatch(/^导入学生证书：批量录入，新增 1 条/);
  });

  it('takes a file or a grid, never both or neither, and refuses a grid past its size in Chinese', async () => {
    const both = await refusal('import.inspect', { kind: 'certificates', fileName: 'a.csv', base64: Buffer.from('学号,姓名\n').toString('base64'), grid: [HEADER] });
    expect(both.message).toBe('请选择一个文件，或在批量录入表格中填写数据。');
    const neither = await refusal('import.inspect', { kind: 'certificates', fileName: 'a.csv' });
    expect(neither.message).toBe('请选择一个文件，或在批量录入表格中填写数据。');
    const huge = await refusal('import.inspect', { kind: 'certificates', fileName: GRID_SOURCE_NAME, grid: Array.from({ length: MAX_GRID_ROWS + 2 }, () => ['S00001']) });
    expect(huge.fieldErrors?.[0].message).toContain(`一次最多录入 ${MAX_GRID_ROWS} 行`);
  });

  it('cleans a pasted cell as a file cell is cleaned: invisible characters and full-width 学号', async () => {
    const dry = await school.ok('import.dryRun', { ...certificates([['\u200bＳ００００２', '学生2', '职业技能等级证书', '电工', '四级', '2025-05-01']]), mapping: mapping(FIELDS), mode: 'add' });
    expect([dry.toAdd, dry.rejected]).toEqual([1, []]);
  });

  it('lists the fields a grid may hold, the template columns apart from the derived ones', async () => {
    const fields = await school.ok('import.fields', { kind: 'staff' });
    const staffNo = fields.find((f) => f.key === 'staffNo')!;
    expect(staffNo).toMatchObject({ header: '工号', required: true, derived: false });
    expect(fields.find((f) => f.key === 'birthDate')?.derived).toBe(true);
    expect(fields.find((f) => f.key === 'highestEducation')?.options).toContain('本科');
  });
});
