// 报表模板 through the contract: a bureau's template saved with its matches, listed, filled with the same values as our
// own export of the same records, renamed, re-matched when the bureau changes its headers, and deleted.
import * as XLSX from '@e965/xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestSchool, type TestSchool } from '../../helpers/school';
import { makeIdCard, staffInput } from '../../helpers/people';
import { bureauTemplate } from '../../helpers/bureauTemplates';

let school: TestSchool;
beforeEach(async () => {
  school = await openTestSchool();
  for (let i = 1; i <= 9; i++)
    await school.ok('staff.create', staffInput({ name: `教师${i}`, idCard: makeIdCard('1985-03-0' + i, i % 2 ? '男' : '女', i), highestEducation: i % 3 ? '本科' : '研究生', enterpriseMonths: i * 3 }, i));
});
afterEach(() => school.close());

const upload = async () => ({ fileName: '某县教师信息统计表.xlsx', base64: (await bureauTemplate({ blankRows: 5, totalRow: true })).toString('base64') });
const rowsOf = (base64: string, sheet: string, header: number) => XLSX.utils.sheet_to_json<Record<string, unknown>>(XLSX.read(Buffer.from(base64, 'base64')).Sheets[sheet], { range: header - 1, defval: null });

describe('报表模板', () => {
  it('saves the confirmed matches, lists the template, and fills it with the values of our own export', async () => {
    const file = await upload();
    const layout = await school.ok('templates.inspect', { ...file, fill: 'staff' });
    expect(layout.columns.map((c) => [c.header, c.source])).toEqual([
      ['序号', { kind: 'column', column: '序号' }],
      ['职工号', { kind: 'column', column: '工号' }],
      ['教师姓名', { kind: 'column', column: '姓名' }],
      ['性别', { kind: 'column', column: '性别' }],
      ['最高学历', { kind: 'column', column: '最高学历' }],
      ['来校时间', { kind: 'column', column: '来校日期' }],
      ['企业工作经历（月）', { kind: 'column', column: '企业工作经历（月）' }],
      ['备注（教育局填）', { kind: 'empty' }],
    ]);
    // the registrar fixes one: 备注 takes a fixed text
    const columns = layout.columns.map((c) => ({ column: c.column, source: c.header.startsWith('备注') ? { kind: 'fixed' as const, text: '已核对' } : c.source }));
    const saved = await school.ok('templates.save', { name: '县教师信息表', fill: 'staff', sheet: layout.sheet, file, columns });
    expect(await school.ok('templates.list', {})).toEqual([expect.objectContaining({ id: saved.id, name: '县教师信息表', fillTitle: '教职工信息明细', fileName: file.fileName })]);

    const filled = await school.ok('templates.fill', { id: saved.id });
    expect(filled.rows).toBe(9);
    const ours = await school.ok('reports.export', { id: 'staff' });
    const exported = rowsOf(ours.base64, '教职工信息明细', 3);
    const form = rowsOf(filled.base64, '教师信息', 3).slice(0, 9);
    expect(form.map((r) => [r['序号'], r['职工号'], r['教师姓名'], r['性别'], r['最高学历'], r['来校时间'], r['企业工作经历（月）'], r['备注（教育局填）']])).toEqual(
      exported.slice(0, 9).map((r) => [r['序号'], r['工号'], r['姓名'], r['性别'], r['最高学历'], r['来校日期'], r['企业工作经历（月）'], '已核对']),
    );
    // the 合计 row below the nine, over them
    const sheet = XLSX.read(Buffer.from(filled.base64, 'base64'), { cellFormula: true }).Sheets['教师信息'];
    expect(sheet.A13.v).toBe('合计');
  });

  it('refuses a column the report lacks and a second template of the same name', async () => {
    const file = await upload();
    const layout = await school.ok('templates.inspect', { ...file, fill: 'staff' });
    const bad = await school.call('templates.save', { name: '表一', fill: 'staff', sheet: layout.sheet, file, columns: [{ column: 1, source: { kind: 'column', column: '不存在的列' } }] });
    expect(bad.ok ? '' : bad.error.message).toBe('所选报表中没有“不存在的列”这一列，请重新选择。');
    await school.ok('templates.save', { name: '表一', fill: 'staff', sheet: layout.sheet, file, columns: layout.columns });
    const twice = await school.call('templates.save', { name: '表一', fill: 'staff', sheet: layout.sheet, file, columns: layout.columns });
    expect(twice.ok ? '' : twice.error.message).toMatch(/^已有名为“表一”的模板/);
  });

  it("re-matches next year's template whose headers changed, keeping the confirmed choices and saying what changed", async () => {
    const file = await upload();
    const layout = await school.ok('templates.inspect', { ...file, fill: 'staff' });
    const columns = layout.columns.map((c) => ({ column: c.column, source: c.header.startsWith('备注') ? { kind: 'fixed' as const, text: '已核对' } : c.source }));
    const saved = await school.ok('templates.save', { name: '县教师信息表', fill: 'staff', sheet: layout.sheet, file, columns });
    // next year: 性别 gone, a 民族 column added at the end, 备注 moved left by one
    const next = XLSX.read(Buffer.from(file.base64, 'base64'), { cellStyles: true });
    const ws = next.Sheets['教师信息'];
    XLSX.utils.sheet_add_aoa(ws, [['序号', '职工号', '教师姓名', '最高学历', '来校时间', '企业工作经历（月）', '备注（教育局填）', '民族']], { origin: 'A3' });
    const nextFile = { fileName: '2026教师信息统计表.xlsx', base64: Buffer.from(XLSX.write(next, { type: 'buffer', bookType: 'xlsx' })).toString('base64') };
    const again = await school.ok('templates.inspect', { ...nextFile, fill: 'staff', id: saved.id });
    expect(again.columns.find((c) => c.header === '备注（教育局填）')?.source).toEqual({ kind: 'fixed', text: '已核对' });
    expect(again.columns.find((c) => c.header === '民族')?.source).toEqual({ kind: 'column', column: '民族' });
    expect(again.changes).toEqual([
      '“最高学历”从 E 列移到了 D 列，对应不变',
      '“来校时间”从 F 列移到了 E 列，对应不变',
      '“企业工作经历（月）”从 G 列移到了 F 列，对应不变',
      '“备注（教育局填）”从 H 列移到了 G 列，对应不变',
      '新增列“民族”（H 列），已对应为“民族”，请核对',
      '模板中已没有“性别”这一列（原 D 列）',
    ]);
  });

  it('renames and deletes, each in the 操作记录', async () => {
    const file = await upload();
    const layout = await school.ok('templates.inspect', { ...file, fill: 'staff' });
    const saved = await school.ok('templates.save', { name: '表一', fill: 'staff', sheet: layout.sheet, file, columns: layout.columns });
    await school.ok('templates.rename', { id: saved.id, name: '表二' });
    expect((await school.ok('templates.get', { id: saved.id })).name).toBe('表二');
    await school.ok('templates.delete', { id: saved.id });
    expect(await school.ok('templates.list', {})).toEqual([]);
    const audit = await school.ok('audit.list', { search: '表' });
    expect(audit.rows.map((r) => [r.action, r.entity])).toEqual(expect.arrayContaining([['删除', 'reportTemplate'], ['修改', 'reportTemplate'], ['新增', 'reportTemplate']]));
  });
});
