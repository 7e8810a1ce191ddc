// The 批量录入 grid's steps on small hand-made grids: a block pasted at a cell, a block placed by its header, the grid
// as the import reads it, and the import's rejections laid back on cells.
import { describe, expect, it } from 'vitest';
import type { ImportFieldInfo } from '@shared/import';
import { emptyGrid, gridSource, MIN_ROWS, pasteAt, pasteByHeader, problemsOf, SPARE_ROWS, templateColumns } from '../../../renderer/pages/batch/gridModel';

const field = (key: string, header: string, o: Partial<ImportFieldInfo> = {}): ImportFieldInfo => ({
  key, label: header, header, required: false, help: null, options: [], derived: false, kind: 'text', ...o,
});
const FIELDS = [
  field('staffNo', '工号', { required: true }),
  field('name', '姓名', { required: true }),
  field('birthDate', '出生日期', { derived: true }),
  field('title', '专业技术职称', { options: ['正高级', '副高级', '中级'] }),
  field('joinDate', '来校日期', { required: true }),
];
const columns = templateColumns(FIELDS);
const cells = (rows: ReturnType<typeof emptyGrid>, keys: string[]) => rows.filter((r) => Object.keys(r.cells).length).map((r) => keys.map((k) => r.cells[k] ?? ''));

describe('the 批量录入 grid', () => {
  it('starts with the template columns and spare rows', () => {
    expect(columns.map((c) => c.key)).toEqual(['staffNo', 'name', 'title', 'joinDate']);
    expect(emptyGrid()).toHaveLength(MIN_ROWS);
  });

  it('pastes a headerless block from the active cell on, adding rows and counting cells with no column', () => {
    const { rows, dropped } = pasteAt(emptyGrid(), columns, [['陈静', '中级', '2016-09-01', '多余'], ['王伟', '副高级', '2009-09-01', '']], { row: 8, column: 1 });
    expect(cells(rows, ['staffNo', 'name', 'title', 'joinDate'])).toEqual([
      ['', '陈静', '中级', '2016-09-01'],
      ['', '王伟', '副高级', '2009-09-01'],
    ]);
    expect(rows.findIndex((r) => r.cells.name === '陈静')).toBe(8);
    expect(rows).toHaveLength(10 + SPARE_ROWS);
    expect(dropped).toBe(1);
  });

  it('places a block by its header: a blank grid takes its columns, then the required ones it lacks', () => {
    const { rows, columns: next } = pasteByHeader(emptyGrid(), columns, FIELDS, [['中级', '陈静', 'x'], ['', '王伟', 'y']], ['title', 'name', null]);
    expect(next.map((c) => c.key)).toEqual(['title', 'name', 'staffNo', 'joinDate']);
    expect(cells(rows, ['title', 'name'])).toEqual([
      ['中级', '陈静'],
      ['', '王伟'],
    ]);
  });

  it('appends a headed block below the filled rows of a grid that has some, adding the columns it lacks', () => {
    const first = pasteAt(emptyGrid(), columns, [['T001', '陈静']], { row: 0, column: 0 }).rows;
    const { rows, columns: next } = pasteByHeader(first, columns, FIELDS, [['T002', '1990-01-02']], ['staffNo', 'birthDate']);
    expect(next.map((c) => c.key)).toEqual(['staffNo', 'name', 'title', 'joinDate', 'birthDate']);
    expect(cells(rows, ['staffNo', 'name', 'birthDate'])).toEqual([
      ['T001', '陈静', ''],
      ['T002', '', '1990-01-02'],
    ]);
  });

  it('is read by the import with the template headers first and every row up to the last filled one', () => {
    const rows = pasteAt(emptyGrid(), columns, [['T001', '陈静'], ['', ''], ['T003', '李娜']], { row: 0, column: 0 }).rows;
    const source = gridSource(columns, rows);
    expect(source.grid).toEqual([
      ['工号', '姓名', '专业技术职称', '来校日期'],
      ['T001', '陈静', '', ''],
      ['', '', '', ''],
      ['T003', '李娜', '', ''],
    ]);
    expect(source.mapping).toEqual(columns.map((c, column) => ({ column, field: c.key })));
  });

  it('lays each rejection on the cell its column names, and on the row when it names no grid column', () => {
    const problems = problemsOf(
      [
        { sheet: '批量录入', row: 2, column: '工号', value: 'T001', message: '工号重复' },
        { sheet: '批量录入', row: 4, column: '来校日期', value: '', message: '必填' },
        { sheet: '批量录入', row: 4, column: '来校日期', value: '', message: '另一条' },
        { sheet: '批量录入', row: 5, column: '出生日期', value: '', message: '与身份证号不一致' },
        { sheet: '批量录入', row: 6, column: '', value: '', message: '找不到这位教师' },
      ].map((r) => ({ ...r, label: '' })),
      columns,
    );
    expect([...problems.cells]).toEqual([
      ['0:staffNo', ['工号重复']],
      ['2:joinDate', ['必填', '另一条']],
    ]);
    expect([...problems.rows]).toEqual([
      [3, ['出生日期：与身份证号不一致']],
      [4, ['找不到这位教师']],
    ]);
  });
});
