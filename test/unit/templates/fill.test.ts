// A bureau's blank template filled: its columns matched by the import's header matcher, our rows in its data rows in
// the style of its first data row, its 合计 row moved below them with its ranges grown, and every other cell and part
// as the bureau made it.
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { bureauTemplate, type TemplateShape } from '../../helpers/bureauTemplates';
import { layoutOf } from '../../../electron/templates/match';
import { fillTemplate } from '../../../electron/templates/fill';
import type { CellValue, ReportColumn } from '../../../electron/excel/styledWorkbook';

const REPORT_COLUMNS: ReportColumn[] = [
  { header: '工号', kind: 'text', code: true },
  { header: '姓名', kind: 'text' },
  { header: '性别', kind: 'text' },
  { header: '最高学历', kind: 'text' },
  { header: '来校日期', kind: 'date' },
  { header: '企业工作经历（月）', kind: 'integer' },
];
const people = (n: number): CellValue[][] =>
  Array.from({ length: n }, (_, i) => [`0${1000 + i}`, i === 2 ? '=HYPERLINK("http://x")' : `教师${i + 1}`, i % 2 ? '女' : '男', '本科', `2010-09-0${(i % 9) + 1}`, i * 6]);

async function filled(shape: TemplateShape, rows: CellValue[][]) {
  const template = await bureauTemplate(shape);
  const layout = layoutOf(template, REPORT_COLUMNS);
  const out = fillTemplate({ template, sheet: layout.sheet, firstDataRow: layout.firstDataRow, columns: layout.columns, report: { columns: REPORT_COLUMNS, rows } });
  return { template, layout, out };
}

const sheetOf = (bytes: Buffer, name = '教师信息') => XLSX.read(bytes, { cellFormula: true }).Sheets[name];
async function styled(bytes: Buffer, name = '教师信息') {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.getWorksheet(name)!;
}

describe('matching a template to a report', () => {
  it("finds the header and matches the bureau's words to our columns; 序号 is numbered, 备注 stays empty", async () => {
    const layout = layoutOf(await bureauTemplate({ twoRowHeader: true }), REPORT_COLUMNS);
    expect(layout).toMatchObject({ sheet: '教师信息', headerRows: [3, 4], firstDataRow: 5 });
    expect(layout.columns.map((c) => [c.letter, c.header, c.source])).toEqual([
      ['A', '序号', { kind: 'serial' }],
      ['B', '职工号', { kind: 'column', column: '工号' }],
      ['C', '教师姓名', { kind: 'column', column: '姓名' }],
      ['D', '性别', { kind: 'column', column: '性别' }],
      ['E', '学历学位·最高学历', { kind: 'column', column: '最高学历' }],
      ['F', '来校时间', { kind: 'column', column: '来校日期' }],
      ['G', '企业工作经历（月）', { kind: 'column', column: '企业工作经历（月）' }],
      ['H', '备注（教育局填）', { kind: 'empty' }],
    ]);
  });
});

describe('filling a template', () => {
  it('fills fewer rows than the form has: the rest stay blank, nothing moves', async () => {
    const { template, out } = await filled({ blankRows: 10, totalRow: true }, people(3));
    const [before, after] = [sheetOf(template), sheetOf(out)];
    expect(['A4', 'B4', 'C4', 'G4', 'H4'].map((a) => after[a]?.v)).toEqual([1, '01000', '教师1', 0, undefined]);
    // formula injection neutralised, as in every export
    expect(after.C6.v).toBe('\'=HYPERLINK("http://x")');
    expect(after.A7).toBeUndefined();
    expect(before.G14.f).toBe('SUM(G4:G13)');
    expect((await styled(out)).getCell('G14').formula).toBe('SUM(G4:G13)');
  });

  it('inserts rows past the form: the 合计 row, the footer, merges, validation and print area move and grow', async () => {
    const { template, out, layout } = await filled({ blankRows: 5, totalRow: true, twoRowHeader: true, notesFormula: true }, people(12));
    expect(layout.firstDataRow).toBe(5);
    const [before, after] = [sheetOf(template), sheetOf(out)];
    // rows 5–16 hold the 12 people, in order, 序号 from 1
    expect(Array.from({ length: 12 }, (_, i) => after[`A${5 + i}`].v)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(Array.from({ length: 12 }, (_, i) => after[`B${5 + i}`].v)).toEqual(people(12).map((p) => p[0]));
    // codes and dates are text; a number a number
    expect(after.B5.t).toBe('s');
    expect(after.F5).toMatchObject({ t: 's', v: '2010-09-01' });
    expect(after.G6).toMatchObject({ t: 'n', v: 6 });
    // the 合计 row was row 10: now 17, its ranges over every row
    expect(after.A17.v).toBe('合计');
    const formulas = await styled(out);
    expect(formulas.getCell('G17').formula).toBe('SUM(G5:G16)');
    expect(formulas.getCell('D17').formula).toBe('COUNTA(C5:C16)&"人"');
    expect(before.A12.v).toBe('填表人：');
    expect(after.A19.v).toBe('填表人：');
    expect(after['!merges']!.map((m) => XLSX.utils.encode_range(m))).toEqual(expect.arrayContaining(['A1:H1', 'A3:A4', 'A17:C17']));
    // the notes sheet's count follows
    expect((await styled(out, '填报说明')).getCell('B4').formula).toBe("COUNTA('教师信息'!C5:C16)");
    // above the data, every cell as it was
    for (const a of ['A1', 'A2', 'A3', 'B3', 'E3', 'E4', 'H3']) expect(after[a]?.v, a).toEqual(before[a]?.v);

    const [s0, s1] = [await styled(template), await styled(out)];
    // every data cell takes the style of the form's first data row; the header's are untouched
    for (let r = 5; r <= 16; r++) for (const c of [1, 4, 7, 8]) expect(s1.getCell(r, c).style, `${r}:${c}`).toEqual(s0.getCell(5, c).style);
    expect(s1.getCell(3, 2).style).toEqual(s0.getCell(3, 2).style);
    expect(s1.getRow(12).height).toBe(24);
    // the drop-down covers the new rows, the print area the moved footer
    const part = (name: string) => Buffer.from(unzipSync(out)[name]).toString('utf8');
    expect(part('xl/worksheets/sheet1.xml')).toMatch(/<dataValidation type="list" allowBlank="1" sqref="D5:D16">/);
    expect(part('xl/workbook.xml')).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="0">'教师信息'!\$A1:\$H19<\/definedName>/);
  });

  it('changes no part but the filled sheet and the workbook, and those only where rows moved', async () => {
    const { template, out } = await filled({ blankRows: 5, totalRow: true, notesFormula: false }, people(8));
    const files = (zip: Record<string, Uint8Array>) => Object.fromEntries(Object.entries(zip).filter(([name]) => !name.endsWith('/')));
    const [a, b] = [files(unzipSync(template)), files(unzipSync(out))];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).filter((n) => n !== 'xl/calcChain.xml').sort());
    const differing = Object.keys(a).filter((n) => b[n] && Buffer.compare(Buffer.from(a[n]), Buffer.from(b[n])) !== 0);
    expect(differing.sort()).toEqual(['xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
  });

  it.each([
    ['one header row, rows to spare', { blankRows: 10, totalRow: true }, 4],
    ['two header rows, rows inserted', { blankRows: 5, totalRow: true, twoRowHeader: true, notesFormula: true }, 12],
    ['no 合计 row, rows inserted', { blankRows: 3 }, 7],
  ] as const)('leaves every cell outside the data rows as it was, cell by cell and style by style: %s', async (_, shape, count) => {
    const { template, out, layout } = await filled(shape, people(count));
    const blank = shape.blankRows;
    const extra = Math.max(0, count - blank);
    const lastFormRow = layout.firstDataRow + blank - 1;
    // where a template cell is after the fill: above the data as it was, below the form moved down by the rows added
    const movedTo = (row: number) => (row < layout.firstDataRow ? row : row > lastFormRow ? row + extra : null);
    const [s0, s1] = [await styled(template), await styled(out)];
    for (const name of ['教师信息', '填报说明']) {
      const [a, b] = [await styled(template, name), await styled(out, name)];
      a.eachRow({ includeEmpty: true }, (row, r) => {
        const target = name === '教师信息' ? movedTo(r) : r;
        if (target === null) return;
        expect(b.getRow(target).height, `${name} row ${r}`).toBe(row.height);
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const moved = b.getCell(target, c);
          expect(moved.style, `${name} ${cell.address}`).toEqual(cell.style);
          // a formula keeps its text, its references moved with the rows (checked above); any other value as it was
          if (cell.formula) expect(moved.formula, cell.address).toBeTruthy();
          else expect(moved.value, `${name} ${cell.address}`).toEqual(cell.value);
        });
      });
    }
    expect(s1.columns.map((c) => c.width)).toEqual(s0.columns.map((c) => c.width));
    // the data rows: every one filled, in the first data row's style
    for (const [i, person] of people(count).entries()) {
      const name = String(person[1]);
      expect(s1.getCell(layout.firstDataRow + i, 3).value).toBe(name.startsWith('=') ? `'${name}` : name);
    }
  });
});
