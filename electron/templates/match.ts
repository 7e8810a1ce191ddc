// A bureau template's columns against what fills them: the template's header is found and each of its columns matched
// to a column of the chosen report by the import's own header matcher, with the record fields' synonyms, so that a
// template's 职工号 finds our 工号 as a file's would. 序号 is numbered by the fill when the report has none.
import { AppError } from '@shared/errors';
import { excelHeaderOf, type FieldDescriptor } from '@shared/fields';
import type { TemplateColumn, TemplateSource } from '@shared/templates';
import { readWorkbook, type SheetData } from '../import/reader';
import { findTable, headerMatch, headerKey, tableScore, type Table } from '../import/table';
import { ADAPTERS } from '../import/kinds/index';
import type { ReportColumn } from '../excel/styledWorkbook';

const refuse = (message: string): never => {
  throw new AppError('VALIDATION', message);
};

/** A report column's key: its header, under its group when it has one (人数·获证人数). */
export const sourceKey = (c: Pick<ReportColumn, 'header' | 'group'>) => (c.group ? `${c.group}·${c.header}` : c.header);

/** Every record field that heads a column somewhere, by its header: what a report column's header is known by. */
const FIELDS_BY_HEADER = (() => {
  const out = new Map<string, FieldDescriptor>();
  for (const adapter of Object.values(ADAPTERS))
    for (const f of adapter.fields) for (const h of [excelHeaderOf(f), f.label]) if (!out.has(headerKey(h))) out.set(headerKey(h), f);
  return out;
})();

/** The report's columns as the header matcher takes them: named by their header, known by the synonyms of the record
 * field of that header. */
export function sourceDescriptors(columns: readonly ReportColumn[]): FieldDescriptor[] {
  return columns.map((c) => {
    const field = FIELDS_BY_HEADER.get(headerKey(c.header));
    return { key: sourceKey(c), label: c.header, kind: 'text', section: '', synonyms: [...(field ? [field.label, excelHeaderOf(field), ...(field.synonyms ?? [])] : [])] };
  });
}

const SERIAL = /^(序号|编号|序|NO\.?|No\.?)$/;

export interface TemplateLayout {
  sheets: string[];
  sheet: string;
  /** the spreadsheet's row numbers of the header (one or two) and of the first data row */
  headerRows: number[];
  firstDataRow: number;
  columns: TemplateColumn[];
}

const letters = (index: number) => {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

function bestTable(sheets: readonly SheetData[], fields: readonly FieldDescriptor[], sheet?: string): Table {
  const names = sheets.map((s) => s.name).join('、');
  if (sheet !== undefined) {
    const chosen = sheets.find((s) => s.name === sheet) ?? refuse(`模板中没有名为“${sheet}”的工作表。可选：${names}`);
    return findTable(chosen, fields) ?? refuse(noHeader(chosen.name));
  }
  const tables = sheets.map((s) => findTable(s, fields));
  const scores = tables.map((t) => tableScore(t, fields));
  const best = scores.indexOf(Math.max(...scores));
  return (scores[best] > 0 ? tables[best] : null) ?? refuse(noHeader(sheets[0]?.name ?? ''));
}

const noHeader = (sheet: string) =>
  `在模板的工作表“${sheet}”前 20 行中找不到表头：没有一行有两个以上与所选报表对应的列名（如“姓名”“工号”）。请确认选择了正确的工作表和要填写的报表。`;

/** The template's header, its first data row and each column's suggested source. */
export function layoutOf(bytes: Buffer, report: readonly ReportColumn[], sheet?: string): TemplateLayout {
  const sheets = readWorkbook(bytes);
  const fields = sourceDescriptors(report);
  const table = bestTable(sheets, fields, sheet);
  const match = headerMatch(fields);
  const hasSerial = report.some((c) => SERIAL.test(headerKey(c.header)));
  const taken = new Set<string>();
  const columns = table.columns.map((c): TemplateColumn => {
    const found = match(c.name) ?? match(c.header);
    let source: TemplateSource = { kind: 'empty' };
    if (found && !taken.has(found.field)) {
      taken.add(found.field);
      source = { kind: 'column', column: found.field };
    } else if (!hasSerial && SERIAL.test(headerKey(c.name))) source = { kind: 'serial' };
    return { column: c.index, letter: letters(c.index), header: c.header, source, similar: Boolean(found?.similar) };
  });
  return { sheets: sheets.map((s) => s.name), sheet: table.sheet, headerRows: table.headerRows, firstDataRow: table.headerRows.at(-1)! + 1, columns };
}
