// Finding the header of a sheet whose lower header row names more fields than the upper one: most columns grouped
// (双师型认定 | 职业资格与技能等级证书 | 名优称号), only 工号 and 姓名 merged down from the upper row.
import { describe, expect, it } from 'vitest';
import { findTable } from '../../../electron/import/table';
import { ADAPTERS } from '../../../electron/import/kinds/index';
import type { SheetData } from '../../../electron/import/reader';

describe('a two-row header whose lower row matches more fields', () => {
  it('starts at the upper row and reads the ungrouped headers from it', () => {
    const sheet: SheetData = {
      name: '教师资质',
      firstRow: 1,
      rows: [
        ['某校教师资质明细', null, null, null, null, null],
        ['工号', '姓名', '双师型认定', null, '名优称号', null],
        [null, null, '认定等级', '认定日期', '称号名称', '级别'],
        ['T0001', '陈静', '中级', '2023-06-01', null, null],
      ],
      merges: [
        { row: 0, fromColumn: 0, toColumn: 5, toRow: 0 },
        { row: 1, fromColumn: 0, toColumn: 0, toRow: 2 },
        { row: 1, fromColumn: 1, toColumn: 1, toRow: 2 },
        { row: 1, fromColumn: 2, toColumn: 3, toRow: 1 },
        { row: 1, fromColumn: 4, toColumn: 5, toRow: 1 },
      ],
    };
    const table = findTable(sheet, ADAPTERS.qualifications.fields)!;
    expect(table.headerRows).toEqual([2, 3]);
    expect(table.columns.map((c) => c.header)).toEqual(['工号', '姓名', '双师型认定·认定等级', '双师型认定·认定日期', '名优称号·称号名称', '名优称号·级别']);
    expect(table.rows.map((r) => r.row)).toEqual([4]);
  });
});
