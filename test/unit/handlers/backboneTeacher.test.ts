// 是否骨干教师, the staff field added end to end to check docs/ARCHITECTURE.md's list for a new field (and needed by the
// status-data platform's A6 teacher tables): saved through the form, read from a registrar's roster in the spellings
// of 是/否, shown in the 教职工信息明细 export, and defaulting to 否 for every teacher saved before it existed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestSchool, type TestSchool } from '../../helpers/school';
import { makeIdCard, staffInput } from '../../helpers/people';
import { exportWorkbook, readTable } from '../../helpers/reports';

let school: TestSchool;
beforeEach(async () => {
  school = await openTestSchool();
});
afterEach(() => school.close());

const saved = async () => (await school.ok('staff.list', { pageSize: 50 })).rows.map((r) => [r.staffNo, r.backboneTeacher]);

describe('是否骨干教师', () => {
  it('is saved by the form, 否 when not given', async () => {
    await school.ok('staff.create', staffInput({ backboneTeacher: '是' as never }, 1));
    await school.ok('staff.create', staffInput({}, 2));
    expect(await saved()).toEqual([['T0001', true], ['T0002', false]]);
  });

  it('is read from a roster column headed 骨干教师, in the ways 是 and 否 are written', async () => {
    const lines = ['工号,姓名,身份证号,来校日期,岗位类别,任教类别,骨干教师'];
    ['是', '√', '否', ''].forEach((mark, i) => lines.push(`T${i + 1},王伟${i},${makeIdCard('1980-01-01', '男', i + 1)},2015-09-01,专任教师,专业课,${mark}`));
    const source = { kind: 'staff' as const, fileName: 'roster.csv', base64: Buffer.from(lines.join('\n')).toString('base64') };
    const inspection = await school.ok('import.inspect', source);
    expect(inspection.columns.find((c) => c.header === '骨干教师')?.field).toBe('backboneTeacher');
    const result = await school.ok('import.commit', { ...source, sheet: inspection.sheet, mapping: inspection.columns.map((c) => ({ column: c.column, field: c.field })), mode: 'add' });
    expect(result.rejected).toEqual([]);
    expect(await saved()).toEqual([['T1', true], ['T2', true], ['T3', false], ['T4', false]]);
  });

  it('has its column in the 教职工信息明细 export', async () => {
    await school.ok('staff.create', staffInput({ backboneTeacher: true }, 1));
    const wb = await exportWorkbook(school, 'staff');
    const table = readTable(wb.Sheets[wb.SheetNames[0]]);
    const column = table.headers.indexOf('是否骨干教师');
    expect(column).toBeGreaterThanOrEqual(0);
    expect(table.rows[0][column]?.v).toBe('是');
  });
});
