// The two workbooks an import hands back: the rejected rows with a 错误原因 column (fix them and import the file
// again), and a blank template per record type with a sheet of allowed values and drop-downs on coded columns.
import ExcelJS from 'exceljs';
import { excelHeaderOf } from '../../shared/fields';
import { IMPORT_KIND_LABELS, type ImportKind } from '../../shared/import';
import { writeReportWorkbook, type ReportColumn } from '../excel/styledWorkbook';
import { isRequired, type RunResult } from './engine';
import type { KindAdapter } from './kinds';
import { cellText } from './table';

const REASON = '错误原因';

/** The rejected rows as they were in the file, each with its row number and every reason; re-importable as is. */
export async function rejectedWorkbook(result: RunResult, kind: ImportKind, schoolName: string, fileName: string): Promise<Buffer> {
  const { table } = result;
  const reasons = new Map<number, string[]>();
  for (const r of result.rejected) reasons.set(r.row, [...(reasons.get(r.row) ?? []), r.column ? `${r.column}：${r.message}` : r.message]);
  const columns: ReportColumn[] = [
    { header: '原行号', kind: 'integer', width: 7, align: 'center' },
    ...table.columns.map((c): ReportColumn => {
      const [group, header] = c.header.includes('·') ? c.header.split('·') : [undefined, c.header];
      return { header, group, kind: 'text' };
    }),
    { header: REASON, kind: 'text', width: 60 },
  ];
  const rows = table.rows
    .filter((r) => reasons.has(r.row))
    .map((r) => [r.row, ...table.columns.map((c) => cellText(r.cells[c.index] ?? null)), reasons.get(r.row)!.join('；')]);
  return writeReportWorkbook([
    { sheetName: '未通过的行', schoolName, title: `${IMPORT_KIND_LABELS[kind]}导入未通过的行`, period: { label: '原文件', value: fileName }, columns, rows },
  ]);
}

const VALUES_SHEET = '可选值';

/** A blank sheet with the record type's headers (required ones marked red), a 可选值 sheet listing each coded
 * column's allowed values, and a drop-down on those columns pointing at it. */
export async function templateWorkbook(adapter: KindAdapter): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(IMPORT_KIND_LABELS[adapter.kind].replace(/[\\/?*[\]:]/g, '').slice(0, 31));
  const values = wb.addWorksheet(VALUES_SHEET);
  const fields = adapter.fields.filter((f) => !f.derivedFrom);
  sheet.columns = fields.map((f) => ({ header: excelHeaderOf(f), width: Math.max(12, excelHeaderOf(f).length * 2 + 4) }));
  sheet.getRow(1).eachCell((cell, col) => {
    const f = fields[col - 1];
    cell.font = { bold: true, color: { argb: isRequired(adapter, f) ? 'FFC00000' : 'FF000000' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    if (f.help) cell.note = f.help;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const coded = fields.filter((f) => f.kind === 'boolean' || (f.kind === 'enum' && f.options?.length));
  values.getRow(1).values = coded.map((f) => excelHeaderOf(f));
  values.getRow(1).font = { bold: true };
  coded.forEach((f, i) => {
    const options = f.kind === 'boolean' ? ['是', '否'] : [...f.options!];
    options.forEach((o, r) => (values.getCell(r + 2, i + 1).value = o));
    values.getColumn(i + 1).width = 16;
    const letter = values.getColumn(i + 1).letter;
    const col = sheet.getColumn(fields.indexOf(f) + 1).letter;
    // ExcelJS writes one validation per range; 2–2000 covers a school's roster.
    (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${col}2:${col}2000`, {
      type: 'list',
      allowBlank: !isRequired(adapter, f),
      formulae: [`'${VALUES_SHEET}'!$${letter}$2:$${letter}$${options.length + 1}`],
      showErrorMessage: true,
      errorTitle: '请从下拉列表中选择',
      error: `“${f.label}”只能填：${options.join('、')}`,
    });
  });
  // ID-like columns as text, so Excel keeps every digit of a 身份证号 or a 工号 with leading zeros.
  fields.forEach((f, i) => {
    if (f.kind === 'idCard' || f.kind === 'text' || f.kind === 'phone') sheet.getColumn(i + 1).numFmt = '@';
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
