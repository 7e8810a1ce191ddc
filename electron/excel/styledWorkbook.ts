// The styled writer behind every bureau workbook (DESIGN §5): a declarative ReportSheet in, .xlsx bytes out.
// Layout of each sheet, top to bottom:
//   title (学校名称 + 表名, merged) · 统计截止日期 … 填报单位（盖章）：… · one or two header rows · data rows ·
//   合计 (when a column is summed) · 填表人： 审核人： 填报日期：
// It streams (ExcelJS WorkbookWriter), so a 200,000-row sheet never sits in memory as a cell model; the data rows
// skip ExcelJS's cell objects and go to the sheet as the XML it would write for them (bodyWriter).
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

import type { ColumnKind } from '@shared/format';

export type { ColumnKind };

/** A cell as a report gives it. Text and date columns take strings (a number there is written as text, so an ID
 * never becomes a number); numeric columns take numbers (percent as a fraction: 0.953 → 95.3%), or a string such
 * as '—' for a figure that has no value. null/undefined leave the cell blank. */
export type CellValue = string | number | null | undefined;

export interface ReportColumn {
  header: string;
  /** The upper header shared by adjacent columns with the same group (学历学位 over 最高学历 | 最高学位). When any
   * column has a group the sheet gets two header rows, and ungrouped headers span both. */
  group?: string;
  kind: ColumnKind;
  /** In Excel character units (one Chinese character ≈ 2); defaults to fit the header. */
  width?: number;
  /** Defaults: text left, date centred, numbers right. */
  align?: 'left' | 'center' | 'right';
  /** Added up in the 合计 row; integer and decimal columns only. */
  sum?: boolean;
  /** An identifier (工号, 学号, 身份证号, 证书编号): printed on one line, never broken mid-number. */
  code?: boolean;
}

export interface ReportSheet {
  /** The tab name: at most 31 characters, none of \ / ? * [ ] :, unique in the workbook. */
  sheetName: string;
  schoolName: string;
  /** The table's name; the title row reads schoolName + title. */
  title: string;
  /** The left of the second line, e.g. { label: '统计截止日期', value: '2025-08-31' } or { label: '年度', value: '2025' }. */
  period: { label: string; value: string };
  columns: readonly ReportColumn[];
  /** One array per row, in column order. Any iterable, so a caller can stream rows from the database. */
  rows: Iterable<readonly CellValue[]>;
}

/** Text a spreadsheet could run as a formula or DDE payload (DESIGN §9). */
const FORMULA_TRIGGER = /^[=+\-@\t\r\n]/;

/** Formula-injection guard (DESIGN §9, OWASP "CSV injection"): text that starts with = + - @ tab CR or LF gets a
 * leading apostrophe. The apostrophe stays visible in Excel and LibreOffice alike, which tells a reader the text was
 * neutralised; an invisible prefix (zero-width space) would hide that and survive copy-paste unnoticed. */
export function safeText(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

/** Hangul Jamo, CJK, Hangul syllables, compatibility ideographs, CJK forms, full-width forms. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** Excel character units a string needs: CJK and full-width characters count two. Runs for every long cell of a
 * 200,000-row sheet, hence char codes rather than a regular expression. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) width += isWide(text.charCodeAt(i)) ? 2 : 1;
  return width;
}

const NUMBER_FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  date: undefined,
  integer: '#,##0',
  decimal: '#,##0.00',
  percent: '0.0%',
};
const DEFAULT_ALIGN: Record<ColumnKind, 'left' | 'center' | 'right'> = {
  text: 'left',
  date: 'center',
  integer: 'right',
  decimal: 'right',
  percent: 'right',
};
/** Enough for the widest value a numeric or date column usually holds. */
const MIN_WIDTH: Record<ColumnKind, number> = { text: 6, date: 11, integer: 8, decimal: 10, percent: 8 };

const BODY_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11 };
const HEADER_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11, bold: true };
const TITLE_FONT: Partial<ExcelJS.Font> = { name: '黑体', size: 16, bold: true };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };

// Style objects are shared by reference: the streaming writer caches a style id per object, so each cell costs a
// lookup rather than a style comparison.
const TITLE_STYLE: Partial<ExcelJS.Style> = { font: TITLE_FONT, alignment: { horizontal: 'center', vertical: 'middle' } };
const LINE_LEFT_STYLE: Partial<ExcelJS.Style> = { font: BODY_FONT, alignment: { horizontal: 'left', vertical: 'middle' } };
const LINE_RIGHT_STYLE: Partial<ExcelJS.Style> = { font: BODY_FONT, alignment: { horizontal: 'right', vertical: 'middle' } };
const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: HEADER_FONT,
  border: BORDER,
  fill: HEADER_FILL,
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
};
const TOTAL_LABEL_STYLE: Partial<ExcelJS.Style> = { font: HEADER_FONT, border: BORDER, alignment: { horizontal: 'center', vertical: 'middle' } };

/** 全角空格: the gap between items that share one cell when a sheet is too narrow to give each its own. */
const GAP = '\u3000';
const TITLE_HEIGHT = 32;
/** One line of 宋体 11 (Excel's own default height for that font is 14.25). */
const BODY_LINE_HEIGHT = 15;
/** Every body row gets at least this, so one-line rows beside wrapped ones do not look cramped when printed. */
const BODY_MIN_HEIGHT = 20;
/** ExcelJS leaves a column of exactly this width out of <cols>, so the sheet default must be the same width. */
const EXCELJS_DEFAULT_WIDTH = 9;
const LINE_HEIGHT = 22;
const HEADER_HEIGHT = 22;
const FOOTER_HEIGHT = 30;
/** Rows written between yields to the event loop, so a long export lets the process answer other events (progress, a
 * cancel) and lets the zip stream drain: it deflates a chunk per turn of the loop, so with long runs of rows the XML
 * waiting for it piles up; with a few dozen, deflating keeps pace with writing (docs/PERFORMANCE.md). */
const ROWS_PER_DRAIN = 25;

/** A4, one page wide, as many pages tall as needed; margins in inches. Portrait or landscape by the table's width
 * (pageSetupFor). */
const PAGE_SETUP: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

const INVALID_SHEET_NAME = /[\\/?*[\]:]/;

/** Rejects what would make a broken or misleading workbook before a byte is written; these are programming errors. */
function checkSheets(sheets: readonly ReportSheet[]): void {
  if (sheets.length === 0) throw new Error('A workbook needs at least one sheet');
  const seen = new Set<string>();
  for (const { sheetName, columns } of sheets) {
    if (!sheetName || sheetName.length > 31 || INVALID_SHEET_NAME.test(sheetName) || /^'|'$/.test(sheetName))
      throw new Error(`Invalid sheet name: "${sheetName}"`);
    const key = sheetName.toLowerCase();
    if (seen.has(key)) throw new Error(`Duplicate sheet name: "${sheetName}"`);
    seen.add(key);
    if (columns.length === 0) throw new Error(`Sheet "${sheetName}" has no columns`);
    for (const col of columns)
      if (col.sum && col.kind !== 'integer' && col.kind !== 'decimal') throw new Error(`Column "${col.header}" cannot be summed: it is ${col.kind}`);
  }
}

function columnStyle(column: ReportColumn): Partial<ExcelJS.Style> {
  const numFmt = NUMBER_FORMATS[column.kind];
  // a code that outgrows its column shrinks to fit rather than wrap
  const flow = column.code ? { shrinkToFit: true } : { wrapText: column.kind === 'text' };
  return {
    font: BODY_FONT,
    border: BORDER,
    ...(numFmt ? { numFmt } : {}),
    alignment: { horizontal: column.align ?? DEFAULT_ALIGN[column.kind], vertical: 'middle', ...flow },
  };
}

/** Rows read ahead of writing to size the text columns by what they hold. */
const SAMPLE_ROWS = 200;
/** A text column widens to its values up to this (a 企业 name, a 专业); longer text wraps. */
const MAX_TEXT_WIDTH = 30;
/** A code's width: an 18-digit 身份证号 and its padding. */
const MAX_CODE_WIDTH = 22;

/** The share of the first rows a text column is widened to fit: the rest (a rare long name) wrap rather than make
 * every column print smaller. A code fits all of them: it never wraps. */
const FITTED_SHARE = 0.9;

/** A column's printed width: Excel's 7 pixels a unit of 宋体 11 and 5 of padding, at 96 pixels an inch. */
const inchesOf = (width: number) => (width * 7 + 5) / 96;

const baseWidth = (column: ReportColumn) => column.width ?? Math.max(MIN_WIDTH[column.kind], displayWidth(column.header) + 2);

/** The width a column's values ask for: the header's (or the report's own), widened to the values of the first rows
 * so that names and codes print on one line. */
function wantedWidth(column: ReportColumn, samples: readonly CellValue[]): number {
  const base = baseWidth(column);
  if (column.kind !== 'text') return base;
  const widths = samples.filter((v) => typeof v === 'string' || typeof v === 'number').map((v) => displayWidth(String(v))).sort((a, b) => a - b);
  if (widths.length === 0) return base;
  const fitted = column.code ? widths[widths.length - 1] : widths[Math.floor(FITTED_SHARE * (widths.length - 1))];
  return Math.max(base, Math.min(column.code ? MAX_CODE_WIDTH : MAX_TEXT_WIDTH, fitted + 2));
}

/** Inches a sheet may print across before its landscape page would scale below 75%: past it, widening stops. */
const WIDEST_PRINT_INCHES = (11.69 - 0.8) / 0.75;

/** The columns' widths: each as its values ask while the table still prints legibly (rows of one height, no 工号
 * broken over two lines); past that, each column gets its share of the room left, the rest of its text wrapping. */
function columnWidths(columns: readonly ReportColumn[], samples: readonly (readonly CellValue[])[]): number[] {
  const base = columns.map(baseWidth);
  const wanted = columns.map((c, i) => wantedWidth(c, samples.map((r) => r[i])));
  const inches = (widths: readonly number[]) => widths.reduce((sum, w) => sum + inchesOf(w), 0);
  if (inches(wanted) <= WIDEST_PRINT_INCHES) return wanted;
  const room = WIDEST_PRINT_INCHES - inches(base);
  if (room <= 0) return base;
  const asked = inches(wanted) - inches(base);
  return base.map((b, i) => Math.floor(b + ((wanted[i] - b) * room) / asked));
}

/** Inches across an A4 portrait page between the margins, and the least scale a portrait page may print at. */
const PORTRAIT_INCHES = 8.27 - 0.8;
const MIN_PORTRAIT_SCALE = 0.85;


/** A table that fits a portrait page across (scaled a little at most) prints portrait, each page filled with half
 * again as many rows; a wider one landscape, scaled to one page wide. */
function pageSetupFor(widths: readonly number[]): Partial<ExcelJS.PageSetup> {
  const inches = widths.reduce((sum, w) => sum + inchesOf(w), 0);
  return { ...PAGE_SETUP, orientation: inches * MIN_PORTRAIT_SCALE <= PORTRAIT_INCHES ? 'portrait' : 'landscape' };
}

/** Splits columns 1..count into `parts` consecutive spans as even as possible; one span of all when too few. */
function spans(count: number, parts: number): [number, number][] {
  if (count < parts) return [[1, count]];
  const out: [number, number][] = [];
  for (let i = 0, start = 1; i < parts; i++) {
    const end = start + Math.floor((count - start + 1) / (parts - i)) - 1;
    out.push([start, end]);
    start = end + 1;
  }
  return out;
}

/** Lines a wrapped text needs in a column, for the row height: neither Excel nor LibreOffice grows a row on opening
 * a file, so without this a long 任教专业 would print as overlapping lines. */
function linesNeeded(text: string, width: number): number {
  // One unit of the width is lost to the cell's padding.
  const room = width - 1;
  const multiline = text.includes('\n');
  // Most cells are short: skip the character count when even all-CJK text would fit on one line.
  if (!multiline) return text.length * 2 <= room ? 1 : Math.max(1, Math.ceil(displayWidth(text) / room));
  return text.split('\n').reduce((lines, part) => lines + Math.max(1, Math.ceil(displayWidth(part) / room)), 0);
}

function toCellValue(value: CellValue, kind: ColumnKind): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return safeText(value);
  if (kind === 'text' || kind === 'date') return safeText(String(value));
  // An empty denominator shows as — (DESIGN §4.3), never NaN, which would also corrupt the file.
  return Number.isFinite(value) ? value : '—';
}

type Sheet = ExcelJS.Worksheet;

/** What the body rows use of ExcelJS's streaming writer (4.4) that its typings leave out. */
interface StreamingParts {
  /** The workbook's styles.xml: a style's id, cached per style object (the first cell's type picks its number format). */
  styles: { addStyleModel(style: Partial<ExcelJS.Style>, cellType: ExcelJS.ValueType): number };
}
interface SheetStream {
  /** The sheet's XML part, open inside <sheetData> once a row has been committed. */
  stream: { write(xml: Buffer): unknown };
}

/** Excel's column letters: 1 → A, 27 → AA. */
function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** What XML 1.0 cannot hold as text, and the five characters it escapes; the others are dropped, as ExcelJS does. */
// eslint-disable-next-line no-control-regex -- control characters are what it is for
const XML_UNSAFE = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const XML_ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };
const xmlText = (text: string) => text.replace(XML_UNSAFE, (c) => XML_ENTITY[c] ?? '');

/** Bytes of body XML gathered before they go to the sheet's part. */
const CHUNK_BYTES = 1 << 16;

/** Writes the body rows as SpreadsheetML straight into the sheet's part. ExcelJS's Row and Cell objects and its XML
 * builder cost more than the rest of an export (a city's roster is 3.2 million cells); this writes the markup ExcelJS
 * would for the same cells. Each row is encoded into a reused buffer (one long string of many rows would cost more to
 * flatten and encode than to build), and flush() commits an empty row so that ExcelJS numbers the rows below (合计,
 * footer) after these. Call after the header rows are committed, flush() before yielding and at the end. */
function bodyWriter(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: Sheet, styles: readonly Partial<ExcelJS.Style>[]) {
  const { styles: registry } = workbook as unknown as StreamingParts;
  const { stream } = sheet as unknown as SheetStream;
  const letters = styles.map((_, i) => columnLetters(i + 1));
  const ids: number[] = [];
  const spans = `1:${styles.length}`;
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  let lastRow = 0;
  const handOver = () => {
    // A copy: the buffer is written again at once, and the zip may read what it was given later.
    if (used) stream.write(Buffer.from(chunk.subarray(0, used)));
    used = 0;
  };
  return {
    cell(i: number, row: number, value: string | number | null): string {
      const id = (ids[i] ??= registry.addStyleModel(styles[i], typeof value === 'string' ? ExcelJS.ValueType.String : ExcelJS.ValueType.Number));
      if (value === null) return `<c r="${letters[i]}${row}" s="${id}"/>`;
      if (typeof value === 'number') return `<c r="${letters[i]}${row}" s="${id}"><v>${value}</v></c>`;
      return `<c r="${letters[i]}${row}" s="${id}" t="str"><v>${xmlText(value)}</v></c>`;
    },
    row(row: number, height: number, cells: string): void {
      const xml = `<row r="${row}" ht="${height}" customHeight="1" spans="${spans}" x14ac:dyDescent="0.25">${cells}</row>`;
      // A UTF-16 unit takes at most 3 bytes of UTF-8.
      if (used + xml.length * 3 > chunk.length) {
        handOver();
        if (xml.length * 3 > chunk.length) chunk = Buffer.allocUnsafe(xml.length * 3);
      }
      used += chunk.write(xml, used);
      lastRow = row;
    },
    flush(): void {
      if (!lastRow) return;
      handOver();
      sheet.getRow(lastRow).commit();
      lastRow = 0;
    },
  };
}

function writeMerged(sheet: Sheet, row: number, [from, to]: [number, number], value: string, style: Partial<ExcelJS.Style>): void {
  const cell = sheet.getCell(row, from);
  cell.value = safeText(value);
  cell.style = style;
  // Set the style first: merged cells copy the master's style, so borders reach every cell of the range.
  if (to > from) sheet.mergeCells(row, from, row, to);
}

/** Writes the header rows: one, or two when columns are grouped. */
function writeHeader(sheet: Sheet, top: number, columns: readonly ReportColumn[], widths: readonly number[]): void {
  const grouped = columns.some((c) => c.group);
  for (let i = 0; i < columns.length; i++) {
    const col = columns[i];
    const c = i + 1;
    if (!grouped) {
      writeMerged(sheet, top, [c, c], col.header, HEADER_STYLE);
    } else if (!col.group) {
      writeMerged(sheet, top, [c, c], col.header, HEADER_STYLE);
      sheet.getCell(top + 1, c).style = HEADER_STYLE;
      sheet.mergeCells(top, c, top + 1, c);
    } else {
      if (columns[i - 1]?.group !== col.group) {
        let end = c;
        while (columns[end]?.group === col.group) end++;
        writeMerged(sheet, top, [c, end], col.group, HEADER_STYLE);
      }
      writeMerged(sheet, top + 1, [c, c], col.header, HEADER_STYLE);
    }
  }
  // Two lines of header text fit either way, so long headers wrap instead of widening their column; a grouped
  // column's own header gets the lines it needs in its width (获取日期（年月） over three), the group above one.
  if (!grouped) sheet.getRow(top).height = HEADER_HEIGHT * 2;
  else {
    const lines = Math.max(1, ...columns.map((c, i) => (c.group ? linesNeeded(c.header, widths[i]) : 1)));
    sheet.getRow(top).height = HEADER_HEIGHT;
    sheet.getRow(top + 1).height = Math.max(HEADER_HEIGHT, lines * BODY_LINE_HEIGHT + 4);
  }
}

/** Running sums for the 合计 row: 0 for each summed column, null for the others; null when nothing is summed. */
function sumsOf(columns: readonly ReportColumn[]): (number | null)[] | null {
  return columns.some((c) => c.sum) ? columns.map((c) => (c.sum ? 0 : null)) : null;
}

function writeTotalRow(sheet: Sheet, rowNumber: number, columns: readonly ReportColumn[], sums: (number | null)[], styles: Partial<ExcelJS.Style>[]): void {
  // 合计 spans the leading columns that are not summed (序号, 姓名…), as on the bureau's paper forms.
  const firstSum = sums.findIndex((s) => s !== null);
  const labelEnd = Math.max(firstSum, 1);
  writeMerged(sheet, rowNumber, [1, labelEnd], '合计', TOTAL_LABEL_STYLE);
  for (let i = labelEnd; i < columns.length; i++) {
    const cell = sheet.getCell(rowNumber, i + 1);
    const sum = sums[i];
    // Rounded to the format's precision so 0.1 + 0.2 reads back as 0.3.
    if (sum !== null) cell.value = columns[i].kind === 'decimal' ? Math.round(sum * 100) / 100 : sum;
    cell.style = styles[i];
  }
}

async function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, report: ReportSheet): Promise<void> {
  const { columns } = report;
  const last = columns.length;
  const headerTop = 3;
  const headerRows = columns.some((c) => c.group) ? 2 : 1;
  const firstDataRow = headerTop + headerRows;
  // the first rows are read ahead to size the columns; the rest still stream
  const rows = report.rows[Symbol.iterator]();
  const ahead: (readonly CellValue[])[] = [];
  while (ahead.length < SAMPLE_ROWS) {
    const next = rows.next();
    if (next.done) break;
    ahead.push(next.value);
  }
  const widths = columnWidths(columns, ahead);
  const sheet = workbook.addWorksheet(report.sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: firstDataRow - 1, topLeftCell: `A${firstDataRow}`, activeCell: `A${firstDataRow}` }],
    pageSetup: { ...pageSetupFor(widths), printTitlesRow: `${headerTop}:${firstDataRow - 1}` },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
    properties: { defaultColWidth: EXCELJS_DEFAULT_WIDTH },
  });
  sheet.columns = widths.map((width) => ({ width }));

  writeMerged(sheet, 1, [1, last], `${report.schoolName}${report.title}`, TITLE_STYLE);
  sheet.getRow(1).height = TITLE_HEIGHT;
  const lineSpans = spans(last, 2);
  const periodText = `${report.period.label}：${report.period.value}`;
  const unitText = `填报单位（盖章）：${report.schoolName}`;
  const spanWidth = ([from, to]: readonly number[]) => widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
  // a period longer than its half (a sheet of few, wide columns) takes the whole line, the unit after it
  if (lineSpans.length === 2 && displayWidth(periodText) < spanWidth(lineSpans[0])) {
    writeMerged(sheet, 2, lineSpans[0], periodText, LINE_LEFT_STYLE);
    writeMerged(sheet, 2, lineSpans[1], unitText, LINE_RIGHT_STYLE);
  } else {
    writeMerged(sheet, 2, [1, last], periodText + GAP + unitText, LINE_LEFT_STYLE);
  }
  sheet.getRow(2).height = LINE_HEIGHT;
  writeHeader(sheet, headerTop, columns, widths);
  for (let r = 1; r < firstDataRow; r++) sheet.getRow(r).commit();

  const styles = columns.map(columnStyle);
  const sums = sumsOf(columns);
  const body = bodyWriter(workbook, sheet, styles);
  let rowNumber = firstDataRow;
  const allRows = function* () {
    yield* ahead;
    for (let next = rows.next(); !next.done; next = rows.next()) yield next.value;
  };
  for (const values of allRows()) {
    let lines = 1;
    let cells = '';
    for (let i = 0; i < last; i++) {
      const value = toCellValue(values[i], columns[i].kind);
      cells += body.cell(i, rowNumber, value);
      if (sums && sums[i] !== null && typeof value === 'number') sums[i] = (sums[i] as number) + value;
      else if (columns[i].kind === 'text' && !columns[i].code && typeof value === 'string') lines = Math.max(lines, linesNeeded(value, widths[i]));
    }
    body.row(rowNumber++, Math.max(BODY_MIN_HEIGHT, lines * BODY_LINE_HEIGHT), cells);
    if ((rowNumber - firstDataRow) % ROWS_PER_DRAIN === 0) {
      body.flush();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  body.flush();

  if (sums) writeTotalRow(sheet, rowNumber++, columns, sums, styles);
  // Each label gets a third of the width: room for a handwritten name and date after it.
  const footer = ['填表人：', '审核人：', '填报日期：'];
  const footerSpans = spans(last, footer.length);
  if (footerSpans.length === footer.length) footerSpans.forEach((span, i) => writeMerged(sheet, rowNumber, span, footer[i], LINE_LEFT_STYLE));
  else writeMerged(sheet, rowNumber, footerSpans[0], footer.join(GAP.repeat(4)), LINE_LEFT_STYLE);
  sheet.getRow(rowNumber).height = FOOTER_HEIGHT;
  sheet.commit();
}

/** Writes the sheets, in order, as one .xlsx workbook. */
export async function writeReportWorkbook(sheets: readonly ReportSheet[]): Promise<Buffer> {
  checkSheets(sheets);
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  // useSharedStrings off: a shared-string table would keep every distinct text of a 200,000-row sheet in memory.
  // Strings are then written in the cell (t="str", no formula), which Excel, LibreOffice and SheetJS read as text.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.creator = '职教台账';
  for (const sheet of sheets) await writeSheet(workbook, sheet);
  await workbook.commit();
  return Buffer.concat(chunks);
}
