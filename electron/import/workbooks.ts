// The two workbooks an import hands back: the rejected rows with a 错误原因 column (fix them and import the file
// again), and a blank template per record type with a sheet of allowed values and drop-downs on coded columns.
import ExcelJS from 'exceljs';
import { excelHeaderOf } from '@shared/fields';
import { IMPORT_KIND_LABELS } from '@shared/import';
import { safeText } from '../excel/styledWorkbook';
import type { FieldDescriptor } from '@shared/fields';
import { isRequired, type RunResult } from './engine';
import type { KindAdapter } from './kinds/index';
import type { Cell } from './reader';
import { serialToIso } from './values';

const REASON = '错误原因';
const ROW_NUMBER = '原行号';
const DATE_FORMAT = 'yyyy-mm-dd';

/** A cell written back as it was read: a date (a serial under a date column) stays a date, a number a number, text
 * text (with the formula-injection guard of every export). */
function cellAsRead(cell: Cell | undefined, field: FieldDescriptor | undefined): ExcelJS.CellValue {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number' && field?.kind === 'date') {
    const iso = serialToIso(cell);
    return iso ? new Date(`${iso}T00:00:00Z`) : cell;
  }
  return typeof cell === 'string' ? safeText(cell) : cell;
}

/** The rejected rows as they were in the file, each with its row number and every reason; re-importable as is. */
export async function rejectedWorkbook(result: RunResult, adapter: KindAdapter, mapping: readonly { column: number; field: string | null }[], schoolName: string, fileName: string): Promise<Buffer> {
  const { table } = result;
  const reasons = new Map<number, string[]>();
  for (const r of result.rejected) reasons.set(r.row, [...(reasons.get(r.row) ?? []), r.column ? `${r.column}：${r.message}` : r.message]);
  const descriptors = new Map(adapter.fields.map((f) => [f.key, f]));
  const fieldOf = new Map(mapping.filter((m) => m.field !== null).map((m) => [m.column, descriptors.get(m.field!)]));
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('未通过的行');
  const width = table.columns.length + 2;
  sheet.addRow([`${schoolName}${IMPORT_KIND_LABELS[adapter.kind]}导入未通过的行（原文件：${fileName}）`]);
  sheet.mergeCells(1, 1, 1, width);
  sheet.getRow(1).font = { bold: true, size: 13 };
  // a grouped header (学历学位 over 最高学历 | 最高学位) is written as two rows again, as the file had it
  const parts = table.columns.map((c) => (c.header.includes('·') ? { group: c.header.slice(0, c.header.lastIndexOf('·')), name: c.name } : { group: '', name: c.header }));
  const grouped = parts.some((p) => p.group);
  const top = 2;
  sheet.addRow([ROW_NUMBER, ...parts.map((p) => (grouped && p.group ? p.group : p.name)), REASON]);
  if (grouped) {
    sheet.addRow(['', ...parts.map((p) => (p.group ? p.name : '')), '']);
    for (let c = 1; c <= width; c++) {
      const p = c === 1 || c === width ? null : parts[c - 2];
      if (!p?.group) sheet.mergeCells(top, c, top + 1, c);
    }
    for (let c = 0; c < parts.length; ) {
      let end = c;
      while (parts[c].group && end + 1 < parts.length && parts[end + 1].group === parts[c].group) end++;
      if (parts[c].group && end > c) sheet.mergeCells(top, c + 2, top, end + 2);
      c = end + 1;
    }
  }
  for (let r = top; r <= (grouped ? top + 1 : top); r++) sheet.getRow(r).font = { bold: true };
  for (const row of table.rows) {
    const why = reasons.get(row.row);
    if (!why) continue;
    sheet.addRow([row.row, ...table.columns.map((c) => cellAsRead(row.cells[c.index], fieldOf.get(c.index))), why.join('；')]);
  }
  table.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 2);
    const kind = fieldOf.get(c.index)?.kind;
    column.width = Math.max(10, Math.min(30, c.name.length * 2 + 4));
    if (kind === 'date') column.numFmt = DATE_FORMAT;
    // an ID, a 工号 with leading zeros, a phone number: text, so Excel keeps every digit
    else if (kind !== 'number') column.numFmt = '@';
  });
  sheet.getColumn(1).width = 8;
  sheet.getColumn(width).width = 60;
  sheet.getColumn(width).alignment = { wrapText: true, vertical: 'top' };
  sheet.views = [{ state: 'frozen', ySplit: grouped ? top + 1 : top }];
  return Buffer.from(await wb.xlsx.writeBuffer());
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
