// Bytes → sheets of cells, for files that come from outside and are untrusted (DESIGN §9): the type is told by
// the bytes, not the name; a zip's declared uncompressed size is checked before anything inflates it; rows and
// columns are capped; encrypted workbooks and files that are no spreadsheet are refused with a plain sentence.
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import { AppError } from '@shared/errors';
import { GRID_SOURCE_NAME } from '@shared/import';
import { hasInvisible, stripInvisible } from '@shared/text';
import { entryBytes, readXlsx, ZipSizeMismatch, type ParsedSheet, type ZipEntry } from './xlsx';

/** A city's roster (200,000 students) and room to spare; far fewer than Excel's 1,048,576 rows a sheet can hold. */
export const MAX_ROWS = 300_000;
export const MAX_COLUMNS = 200;
/** Rows × columns of one sheet, empty cells inside its range included: a city's roster is three million cells. */
export const MAX_CELLS = 10_000_000;
/** A city's 200,000-student roster of 15 columns unpacks to 110 MB; a zip bomb declares far more. */
export const MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024;
/** SheetJS, which reads the shapes our own reader leaves (.xlsb, .ods, prefixed XML), takes many times a part's size
 * in memory: what it is given is capped lower. Excel's own .xlsx of the same data takes the fast path. */
export const MAX_SHEETJS_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
/** Cells of an OpenDocument sheet, which SheetJS builds one object each for: a city's roster, and no more. */
export const MAX_ODS_CELLS = 3_000_000;
/** CSV is read whole before the row cap applies: a city's roster is about 25 MB of it. */
export const MAX_TEXT_BYTES = 40 * 1024 * 1024;

/** A cell as read: text, a number (dates arrive as Excel serials), a boolean, or blank. */
export type Cell = string | number | boolean | null;

export interface SheetData {
  name: string;
  /** rows[i] is the spreadsheet's row firstRow + i (1-based) */
  rows: Cell[][];
  firstRow: number;
  /** horizontal spans of merged cells (0-based row/column, relative to rows) */
  merges: { row: number; fromColumn: number; toColumn: number; toRow: number }[];
}

const refuse = (message: string): never => {
  throw new AppError('VALIDATION', message);
};

const NOT_A_SPREADSHEET = '这个文件不是电子表格。请选择 Excel 文件（.xlsx、.xls）、CSV 文件（.csv）或 WPS/LibreOffice 表格（.ods）。';
const ENCRYPTED = '这个工作簿设置了打开密码，无法读取。请在 Excel 或 WPS 中打开它，取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存，再导入。';

type FileKind = 'zip' | 'ole' | 'text';

function sniff(bytes: Buffer): FileKind {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'ole';
  return 'text';
}

const DAMAGED = '这个文件已损坏（不是完整的 Excel 文件），请在 Excel 或 WPS 中重新另存后再导入。';

/** Reads the zip's central directory (never inflating anything): its entries and their total declared uncompressed size. */
export function zipDirectory(bytes: Buffer): { entries: ZipEntry[]; uncompressed: number } {
  const EOCD = 0x06054b50;
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) refuse(DAMAGED);
  const count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  let uncompressed = 0;
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) refuse(DAMAGED);
    const size = bytes.readUInt32LE(offset + 24);
    // 0xFFFFFFFF defers to a ZIP64 record: a single part over 4 GB, which no real roster has.
    uncompressed += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extra = bytes.readUInt16LE(offset + 30);
    const comment = bytes.readUInt16LE(offset + 32);
    entries.push({
      name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
      flags: bytes.readUInt16LE(offset + 8),
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      size,
      offset: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extra + comment;
  }
  return { entries, uncompressed };
}

function checkZip(bytes: Buffer): ZipEntry[] {
  const { entries, uncompressed } = zipDirectory(bytes);
  if (uncompressed > MAX_UNCOMPRESSED_BYTES) refuse(TOO_BIG_UNPACKED(MAX_UNCOMPRESSED_BYTES));
  const names = new Set(entries.map((e) => e.name));
  const isXlsx = names.has('xl/workbook.xml') || names.has('xl/workbook.bin');
  const isOds = names.has('content.xml') && names.has('mimetype');
  if (!isXlsx && !isOds) refuse(NOT_A_SPREADSHEET);
  return entries;
}

const TOO_BIG_UNPACKED = (limit: number) =>
  `这个文件解压后超过 ${limit / 1024 / 1024} MB，远大于正常的名册，已拒绝读取（可能是损坏或恶意构造的文件）。如确为真实数据，请在 Excel 或 WPS 中另存为 .xlsx，或拆分成几个文件分批导入。`;

/** A part's bytes inflated to its declared size, or the plain refusal of a damaged file. */
function checkedPart(bytes: Buffer, e: ZipEntry): Buffer {
  let data: Buffer | null;
  try {
    data = entryBytes(bytes, e);
  } catch {
    data = null;
  }
  return data ?? refuse(DAMAGED);
}

/**
 * The zip rebuilt from what its central directory declares, for SheetJS: each part inflated here with its
 * declared size as a hard cap (a part that inflates to more is a bomb or damage, and refused), and stored
 * uncompressed, so no size in a local header or a ZIP64 field reaches SheetJS's own unzipping.
 */
function rebuiltZip(bytes: Buffer, entries: readonly ZipEntry[]): Buffer {
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > MAX_SHEETJS_UNCOMPRESSED_BYTES) refuse(TOO_BIG_UNPACKED(MAX_SHEETJS_UNCOMPRESSED_BYTES));
  const container = XLSX.CFB.utils.cfb_new();
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const data = checkedPart(bytes, e);
    if (e.name === 'content.xml') checkOdsRepeats(data.toString('latin1'));
    XLSX.CFB.utils.cfb_add(container, e.name, data);
  }
  return Buffer.from(XLSX.CFB.write(container, { fileType: 'zip', type: 'buffer', compression: false }) as Uint8Array);
}

const ROWS_REPEATED = /table:number-rows-repeated="(\d+)"/;
const COLUMNS_REPEATED = /table:number-columns-repeated="(\d+)"/;
const repeatOf = (attributes: string, repeated: RegExp) => Number(repeated.exec(attributes)?.[1] ?? 1);

/**
 * An OpenDocument sheet says "this row 40,000 times", "this cell 150 times", and SheetJS makes every copy before its
 * row cap applies: a 1 KB file became 440 MB. The repeats of rows and cells that hold something are added up
 * here first (a repeated empty cell or row, as LibreOffice pads a sheet with, makes nothing) and refused past the caps.
 */
function checkOdsRepeats(xml: string): void {
  let rows = 0;
  let cells = 0;
  let rowRepeat = 1;
  let rowCells = 0;
  for (const [, closing, element, attributes, selfClosing] of xml.matchAll(/<(\/?)table:(table-row|table-cell|covered-table-cell)\b([^>]*?)(\/?)>/g)) {
    if (element === 'table-row') {
      if (!closing) {
        rowRepeat = repeatOf(attributes, ROWS_REPEATED);
        rowCells = 0;
      } else if (rowCells > 0) {
        rows += rowRepeat;
        cells += rowRepeat * rowCells;
        if (rows > MAX_ROWS) refuse(`工作表超过一次导入的上限 ${MAX_ROWS.toLocaleString('zh-CN')} 行。请拆分成几个文件分批导入。`);
        if (cells > MAX_ODS_CELLS)
          refuse(`工作表的单元格超过一次导入的上限（${MAX_ODS_CELLS.toLocaleString('zh-CN')} 个）。请在 WPS 或 LibreOffice 中另存为 .xlsx 后导入，或删去不需要的行和列、拆分成几个文件分批导入。`);
      }
    } else if (!closing && (!selfClosing || attributes.includes('office:value'))) {
      rowCells += repeatOf(attributes, COLUMNS_REPEATED);
    }
  }
}

function checkOle(bytes: Buffer): void {
  let names: string[];
  try {
    names = XLSX.CFB.read(bytes, { type: 'buffer' }).FullPaths;
  } catch {
    return refuse(NOT_A_SPREADSHEET);
  }
  // An encrypted .xlsx is an OLE container holding EncryptionInfo and EncryptedPackage.
  if (names.some((n) => /\/(EncryptionInfo|EncryptedPackage)$/.test(n))) refuse(ENCRYPTED);
  if (!names.some((n) => /\/(Workbook|Book)$/i.test(n))) refuse(NOT_A_SPREADSHEET);
}

/** UTF-8 when the bytes are valid UTF-8 (a BOM or not), otherwise GBK, as Excel saves CSV on a Chinese Windows. */
export function decodeText(bytes: Buffer): string {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) refuse(NOT_A_SPREADSHEET);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = iconv.decode(bytes, 'gbk');
  }
  text = text.replace(/^\uFEFF/, '');
  // Control characters other than tab and line breaks mean a binary file (an image, a PDF…).
  const head = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32) || c === 0xfffd) control++;
  }
  if (control > 8 || !/[,\t;\n]/.test(text.slice(0, 8192))) refuse(NOT_A_SPREADSHEET);
  return text;
}

function parse(bytes: Buffer, kind: FileKind): XLSX.WorkBook {
  // Dense sheets (rows of cells, no "A1" keys) and no formatted text: only the values are read, at less than a
  // default read's time and memory.
  const common = { sheetRows: ROW_CAP, dense: true, cellText: false, cellNF: false, cellFormula: false, cellHTML: false, cellStyles: false, bookVBA: false } as const;
  try {
    // raw: CSV text stays text, so a 身份证号 or a 工号 with leading zeros keeps every digit.
    return kind === 'text' ? XLSX.read(decodeText(bytes), { ...common, type: 'string', raw: true }) : XLSX.read(bytes, { ...common, type: 'buffer' });
  } catch (e) {
    if (e instanceof AppError) throw e;
    const message = e instanceof Error ? e.message : '';
    if (/password|encrypt/i.test(message)) refuse(ENCRYPTED);
    return refuse('无法读取这个文件：它可能已损坏，或不是 Excel 能打开的表格。请在 Excel 或 WPS 中打开并另存为 .xlsx 后再导入。');
  }
}

const ROW_CAP = MAX_ROWS + 1;

/** A sheet as SheetJS parsed it (dense), for sheetData. */
function parsedBySheetJs(name: string, ws: XLSX.WorkSheet): ParsedSheet<XLSX.CellObject> {
  const range = (ref: string | undefined) => (ref ? XLSX.utils.decode_range(ref) : null);
  return { name, ref: range(ws['!ref']), fullRef: range(ws['!fullref']), merges: ws['!merges'] ?? [], rows: ws['!data'] ?? [] };
}

/** An error or stub cell is blank, a date its serial number. */
const sheetJsValue = (cell: XLSX.CellObject | undefined): Cell => (cell && cell.t !== 'z' && cell.t !== 'e' ? cellValue(cell.v) : null);

function sheetData<T>(sheet: ParsedSheet<T>, value: (cell: T | undefined) => Cell): SheetData {
  const { name, ref } = sheet;
  if (!ref) return { name, rows: [], firstRow: 1, merges: [] };
  const full = sheet.fullRef ?? ref;
  const rowCount = full.e.r - full.s.r + 1;
  if (rowCount > MAX_ROWS)
    refuse(`工作表“${name}”超过一次导入的上限 ${MAX_ROWS.toLocaleString('zh-CN')} 行。请拆分成几个文件分批导入。`);
  // What is allocated is sized by the cells the sheet holds, never by its declared range: a 2 KB sheet may declare
  // A1:GR300000, sixty million empty cells.
  const rows: Cell[][] = [];
  let lastColumn = -1;
  for (let r = ref.s.r, end = Math.min(ref.e.r, sheet.rows.length - 1); r <= end; r++) {
    const cells = sheet.rows[r];
    const n = cells ? Math.min(cells.length, ref.e.c + 1) : 0;
    const row = new Array<Cell>(n);
    let last = -1;
    for (let c = 0; c < n; c++) {
      const v = value(cells![c]);
      row[c] = v;
      if (v !== null) last = c;
    }
    row.length = last + 1;
    if (last > lastColumn) lastColumn = last;
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  const width = lastColumn + 1;
  if (width > MAX_COLUMNS) refuse(`工作表“${name}”有 ${width} 列，超过上限 ${MAX_COLUMNS} 列。请删去不需要的列后再导入。`);
  if (rows.length * width > MAX_CELLS)
    refuse(`工作表“${name}”有 ${rows.length.toLocaleString('zh-CN')} 行、${width} 列，超过一次导入的上限。请删去不需要的列，或拆分成几个文件分批导入。`);
  for (const row of rows) {
    const n = row.length;
    row.length = width;
    row.fill(null, n);
  }
  const lastRow = ref.s.r + rows.length - 1;
  const merges = sheet.merges
    .filter((m) => m.s.r <= lastRow && m.s.c <= lastColumn)
    .map((m) => ({ row: m.s.r - ref.s.r, fromColumn: m.s.c, toColumn: Math.min(m.e.c, lastColumn), toRow: Math.min(m.e.r, lastRow) - ref.s.r }));
  return { name, rows, firstRow: ref.s.r + 1, merges };
}

/** A cell's value; text loses the invisible characters (shared/text.ts) that would make a header or a 工号 differ
 * from the same one typed. */
function cellValue(v: unknown): Cell {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'string') return hasInvisible(v) ? stripInvisible(v) || null : v;
  return typeof v === 'object' ? String(v) : (v as Cell);
}

/** Every part of an .xlsx, each inflated to at most its declared size after the zip-bomb checks: for editing a
 * workbook that came from outside (a bureau's template) part by part. */
export function readZipParts(bytes: Buffer): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  for (const e of checkZip(bytes)) {
    if (e.name.endsWith('/')) continue;
    parts.set(e.name, checkedPart(bytes, e));
  }
  return parts;
}

/** The 批量录入 grid's cells as a sheet, cleaned as a file's cells are. */
export function gridSheet(grid: readonly (readonly string[])[]): SheetData {
  return { name: GRID_SOURCE_NAME, rows: grid.map((row) => row.map((v) => cellValue(v.trim()))), firstRow: 1, merges: [] };
}

/** Every sheet of the file, or a VALIDATION error saying in Chinese why it cannot be read. */
export function readWorkbook(file: Buffer): SheetData[] {
  let bytes = file;
  if (bytes.length === 0) refuse('这个文件是空的。');
  const kind = sniff(bytes);
  if (kind === 'zip') {
    const entries = checkZip(bytes);
    let sheets: ReturnType<typeof readXlsx>;
    try {
      sheets = readXlsx(bytes, entries, ROW_CAP);
    } catch (e) {
      if (e instanceof ZipSizeMismatch) refuse(DAMAGED);
      throw e;
    }
    if (sheets) return sheets.map((s) => sheetData(s, (v) => cellValue(v)));
    bytes = rebuiltZip(bytes, entries);
  }
  if (kind === 'ole') checkOle(bytes);
  if (kind === 'text' && bytes.length > MAX_TEXT_BYTES)
    refuse(`文本（CSV）文件超过 ${MAX_TEXT_BYTES / 1024 / 1024} MB，请拆分后分批导入，或在 Excel 中另存为 .xlsx 后导入。`);
  const wb = parse(bytes, kind);
  return wb.SheetNames.map((name) => sheetData(parsedBySheetJs(name, wb.Sheets[name]), sheetJsValue));
}
