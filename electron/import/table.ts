// A sheet as registrars make it → a header and data rows: the header row is found below a merged title row, a
// two-row grouped header (学历学位 over 最高学历 | 最高学位) is read as one, blank rows and a trailing 合计 or
// 填表人 line are skipped; headers are matched to fields by label, Excel header and synonyms.
import { excelHeaderOf, type FieldDescriptor } from '@shared/fields';
import type { Cell, SheetData } from './reader';

export interface Column {
  index: number;
  /** 学历学位·最高学历 for a column under a group */
  header: string;
  /** the lower header alone (最高学历), which is what matches a field */
  name: string;
}

export interface DataRow {
  /** the spreadsheet's own 1-based row number */
  row: number;
  cells: Cell[];
}

export interface Table {
  sheet: string;
  headerRows: number[];
  columns: Column[];
  rows: DataRow[];
}

/** 出生日期（必填）, ＊工号, " 身份证 号码 " → comparable text. */
export function headerKey(text: string): string {
  return text
    .replace(/[\s\u3000]/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/^[*＊]+|[*＊]+$/g, '')
    .replace(/\((必填|选填)\)$/, '');
}

const withoutBrackets = (key: string) => key.replace(/\([^)]*\)/g, '');

// What people add to a field's name when they head a column: a school prefix, a 名称/号码/时间… suffix, a unit.
const HEADER_PREFIX = /^(本校|学校|所在|本人|现)/;
const HEADER_SUFFIX = /(名称|号码|编号|时间|日期|年月|年份|情况|信息)$/;

/** 到校日期 → 到校, 证件号码 → 证件, 本校专业名称 → 专业: a header without what people add to it; never shorter than 2. */
function headerStem(key: string): string {
  let stem = withoutBrackets(key);
  for (const cut of [HEADER_PREFIX, HEADER_SUFFIX]) {
    const shorter = stem.replace(cut, '');
    if (shorter.length >= 2) stem = shorter;
  }
  return stem;
}

export interface HeaderMatch {
  field: string;
  /** matched by its stem (名称, 号码, 时间… added or left out), not by a spelling we know: shown for the user to confirm */
  similar: boolean;
}

/** Header → field: exact spellings first, then without a bracketed unit (企业工作经历（月）), then by stem when the stem
 * names one field only. */
export function headerMatch(fields: readonly FieldDescriptor[]): (header: string) => HeaderMatch | null {
  const exact = new Map<string, string>();
  const loose = new Map<string, string>();
  const stems = new Map<string, string | null>();
  for (const f of fields)
    for (const name of [f.label, excelHeaderOf(f), ...(f.synonyms ?? [])]) {
      const key = headerKey(name);
      if (!exact.has(key)) exact.set(key, f.key);
      if (!loose.has(withoutBrackets(key))) loose.set(withoutBrackets(key), f.key);
      const stem = headerStem(key);
      // a stem two fields share (证书编号, 证书名称 → 证书) matches neither
      stems.set(stem, stems.has(stem) && stems.get(stem) !== f.key ? null : f.key);
    }
  return (header) => {
    const key = headerKey(header);
    if (!key) return null;
    const known = exact.get(key) ?? loose.get(withoutBrackets(key));
    if (known) return { field: known, similar: false };
    const byStem = stems.get(headerStem(key));
    return byStem ? { field: byStem, similar: true } : null;
  };
}

export function headerMatcher(fields: readonly FieldDescriptor[]): (header: string) => string | null {
  const match = headerMatch(fields);
  return (header) => match(header)?.field ?? null;
}

const text = (c: Cell | undefined) => (c === null || c === undefined ? '' : String(c).trim());
const isBlank = (cells: Cell[]) => cells.every((c) => text(c) === '');
const HEADER_SCAN_ROWS = 20;

/** The first non-blank cell says the table has ended: 合计, 总计, 填表人：… */
function isFooter(cells: Cell[]): boolean {
  const first = text(cells.find((c) => text(c) !== ''));
  // asked of every row: most are ruled out by their first character
  if (!/^[\s*＊]*[合总小共填制审]/.test(first)) return false;
  const key = headerKey(first);
  return /^(合计|总计|小计|共计)/.test(key) || /^(填表人|制表人|审核人|填报日期)/.test(key);
}

function matches(cells: Cell[], match: (h: string) => string | null): number {
  return new Set(cells.map((c) => (typeof c === 'string' ? match(c) : null)).filter((k) => k !== null)).size;
}

/** The header (one or two rows) and the data rows below it; null when no row looks like a header for these fields. */
export function findTable(sheet: SheetData, fields: readonly FieldDescriptor[]): Table | null {
  const match = headerMatcher(fields);
  let best = -1;
  let bestScore = 1;
  for (let i = 0; i < Math.min(sheet.rows.length, HEADER_SCAN_ROWS); i++) {
    const score = matches(sheet.rows[i], match);
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  if (best < 0) return null;
  // Where most columns are grouped the lower header row names more fields than the upper one: the header starts at
  // the upper row, whose ungrouped cells (工号, 姓名) are merged down into the lower.
  if (best > 0 && sheet.merges.some((m) => m.row === best - 1 && m.toRow === best)) best -= 1;
  const top = sheet.rows[best];
  const below = sheet.rows[best + 1] ?? [];
  const mergedDown = sheet.merges.some((m) => m.row === best && m.toRow > best);
  const groupSpans = sheet.merges.filter((m) => m.row === best && m.toRow === best && m.toColumn > m.fromColumn);
  // A second header row: cells merged down from the first, a group spanning columns, or (CSV) field names under it.
  const twoRows = !isBlank(below) && (mergedDown || groupSpans.length > 0 || matches(below, match) >= Math.max(1, below.filter((c) => text(c)).length / 2));
  const width = Math.max(top.length, twoRows ? below.length : 0);
  const groupOf = (c: number): string => {
    const span = groupSpans.find((m) => c >= m.fromColumn && c <= m.toColumn);
    if (span) return text(top[span.fromColumn]);
    return '';
  };
  const columns: Column[] = [];
  for (let c = 0; c < width; c++) {
    const lower = twoRows ? text(below[c]) : '';
    const upper = text(top[c]);
    if (lower) {
      const group = groupOf(c) || (upper && upper !== lower ? upper : '');
      columns.push({ index: c, header: group ? `${group}·${lower}` : lower, name: lower });
    } else if (upper) columns.push({ index: c, header: upper, name: upper });
  }
  const first = best + (twoRows ? 2 : 1);
  const rows: DataRow[] = [];
  for (let i = first; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i];
    if (isBlank(cells)) continue;
    if (isFooter(cells)) break;
    rows.push({ row: sheet.firstRow + i, cells });
  }
  const headerRows = twoRows ? [sheet.firstRow + best, sheet.firstRow + best + 1] : [sheet.firstRow + best];
  return { sheet: sheet.name, headerRows, columns, rows };
}

/** How well a sheet fits the fields: the number of distinct fields its header names. */
export function tableScore(table: Table | null, fields: readonly FieldDescriptor[]): number {
  if (!table) return 0;
  const match = headerMatcher(fields);
  return new Set(table.columns.map((c) => match(c.name) ?? match(c.header)).filter((k) => k !== null)).size;
}

export const cellText = text;
