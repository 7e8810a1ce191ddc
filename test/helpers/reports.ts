// Reading an exported bureau workbook back as a registrar would check it: the export goes through the reports
// handler (as the export page and the CLI do), SheetJS reads the bytes, and a sheet's table comes back as rows of
// cells from the header down to the 填表人 line.
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { openTestSchool, type TestSchool } from './school';

export async function exportWorkbook(school: TestSchool, id: string, period: { asOf?: string; year?: number } = {}): Promise<XLSX.WorkBook> {
  const { base64 } = await school.ok('reports.export', { id, ...period, includeFullIdCard: false });
  // cellNF: each cell's number format comes back as z, so a test sees 0.0% as the registrar does.
  return XLSX.read(Buffer.from(base64, 'base64'), { cellNF: true });
}

export interface ReadTable {
  /** The lower header of each column (its own header where the column is not grouped). */
  headers: string[];
  /** The upper header of grouped columns, by column; undefined elsewhere. */
  groups: (string | undefined)[];
  /** Data rows, the 合计 row included, without the footer. */
  rows: (XLSX.CellObject | undefined)[][];
}

const at = (sheet: XLSX.WorkSheet, r: number, c: number): XLSX.CellObject | undefined => sheet[XLSX.utils.encode_cell({ r, c })];

export function readTable(sheet: XLSX.WorkSheet): ReadTable {
  const range = XLSX.utils.decode_range(sheet['!ref']!);
  // The header starts on the third row; grouped sheets merge cells across its two rows.
  const grouped = (sheet['!merges'] ?? []).some((m) => m.s.r === 2);
  const headers: string[] = [];
  const groups: (string | undefined)[] = [];
  for (let c = 0; c <= range.e.c; c++) {
    const lower = grouped ? at(sheet, 3, c) : undefined;
    headers.push(String((lower ?? at(sheet, 2, c))?.v ?? ''));
    const group = lower ? (sheet['!merges'] ?? []).find((m) => m.s.r === 2 && m.s.c <= c && c <= m.e.c && m.e.r === 2) : undefined;
    groups.push(group ? String(at(sheet, 2, group.s.c)?.v) : lower ? String(at(sheet, 2, c)?.v) : undefined);
  }
  const rows: (XLSX.CellObject | undefined)[][] = [];
  for (let r = grouped ? 4 : 3; r <= range.e.r; r++) {
    if (at(sheet, r, 0)?.v === '填表人：') break;
    rows.push(headers.map((_, c) => at(sheet, r, c)));
  }
  return { headers, groups, rows };
}

/** The values of the rows, blanks as null. */
export function valuesOf(rows: readonly (XLSX.CellObject | undefined)[][]): (string | number | boolean | null)[][] {
  return rows.map((row) => row.map((cell) => (cell?.v as string | number | boolean | undefined) ?? null));
}

/** Each row as header → cell (for sheets whose headers are unique). */
export function recordsOf(table: ReadTable): Record<string, XLSX.CellObject | undefined>[] {
  return table.rows.map((row) => Object.fromEntries(table.headers.map((h, c) => [h, row[c]])));
}

/** DESIGN §9: no formula anywhere, and no text cell a spreadsheet could run. */
export function expectInertCells(workbook: XLSX.WorkBook): void {
  for (const name of workbook.SheetNames) {
    for (const [address, cell] of Object.entries(workbook.Sheets[name] as Record<string, XLSX.CellObject>)) {
      if (address.startsWith('!')) continue;
      expect(cell.f, `${name}!${address}`).toBeUndefined();
      if (cell.t === 's') expect(cell.v, `${name}!${address}`).not.toMatch(/^[=+\-@\t\r\n]/);
    }
  }
}

/** The title row and the 统计截止日期/年度 line, as printed above the table. */
export function headOf(sheet: XLSX.WorkSheet): { title: unknown; period: unknown } {
  return { title: sheet.A1?.v, period: sheet.A2?.v };
}

export interface ExportedReport {
  school: TestSchool;
  workbook: XLSX.WorkBook;
}

/** For the calling file: a school set up once through the handlers by `populate`, the report exported from it, and
 * after every test the check that no cell is a formula or could run as one. */
export function exportedReport(id: string, period: { asOf?: string; year?: number }, populate: (school: TestSchool) => Promise<void>): ExportedReport {
  const current = {} as ExportedReport;
  beforeAll(async () => {
    current.school = await openTestSchool('2025-08-31');
    await populate(current.school);
    current.workbook = await exportWorkbook(current.school, id, period);
  });
  afterEach(() => expectInertCells(current.workbook));
  afterAll(() => current.school?.close());
  return current;
}
