// The 批量录入 grid's rows and columns, and the steps that change them: a block pasted at a cell, a block whose header
// row says which column is which, the grid as the import reads it, and the import's rejections laid back on cells.
// Nothing here judges a value: the import does, for the grid as for a file.
import type { ImportFieldInfo, ImportRejection } from '@shared/import';

export type GridColumn = ImportFieldInfo;

export interface GridRow {
  id: number;
  cells: Record<string, string>;
}

/** Empty rows below the last filled one, for the next paste or the next record typed. */
export const SPARE_ROWS = 5;
export const MIN_ROWS = 10;

let nextId = 1;
const blankRow = (): GridRow => ({ id: nextId++, cells: {} });

export const isBlank = (row: GridRow) => Object.values(row.cells).every((v) => v.trim() === '');

/** Rows ending with SPARE_ROWS blank ones (at least MIN_ROWS in all). */
export function withSpareRows(rows: readonly GridRow[]): GridRow[] {
  let filled = rows.length;
  while (filled > 0 && isBlank(rows[filled - 1])) filled--;
  const out = rows.slice(0, filled);
  while (out.length < Math.max(MIN_ROWS, filled + SPARE_ROWS)) out.push(rows[out.length] ?? blankRow());
  return out;
}

export const emptyGrid = () => withSpareRows([]);

/** The columns a grid starts with: the template's own (the fields a file would have). */
export const templateColumns = (fields: readonly ImportFieldInfo[]) => fields.filter((f) => !f.derived);

/** A block of cells pasted with its top-left at (row, column), as a spreadsheet pastes: rows are added below as
 * needed; cells right of the last column have nowhere to go and are counted. */
export function pasteAt(rows: readonly GridRow[], columns: readonly GridColumn[], block: readonly (readonly string[])[], at: { row: number; column: number }) {
  const out = [...rows];
  let dropped = 0;
  block.forEach((cells, r) => {
    const i = at.row + r;
    while (out.length <= i) out.push(blankRow());
    const next = { ...out[i], cells: { ...out[i].cells } };
    cells.forEach((value, c) => {
      const column = columns[at.column + c];
      if (column) next.cells[column.key] = value.trim();
      else if (value.trim() !== '') dropped++;
    });
    out[i] = next;
  });
  return { rows: withSpareRows(out), dropped };
}

/** A block whose header the import recognised: each column goes under its field, whatever the order; fields the grid
 * lacks are added as columns; the rows go below the last filled row (at the top of a blank grid). */
export function pasteByHeader(
  rows: readonly GridRow[],
  columns: readonly GridColumn[],
  fields: readonly ImportFieldInfo[],
  data: readonly (readonly string[])[],
  fieldOfColumn: readonly (string | null)[],
) {
  const blankGrid = rows.every(isBlank);
  const pasted = fieldOfColumn.filter((f): f is string => f !== null).map((key) => fields.find((f) => f.key === key)!);
  // a blank grid takes the block's columns, in its order, then the required fields it lacks
  const nextColumns = blankGrid
    ? [...pasted, ...columns.filter((c) => c.required && !pasted.includes(c))]
    : [...columns, ...pasted.filter((p) => !columns.some((c) => c.key === p.key))];
  let start = rows.length;
  while (start > 0 && isBlank(rows[start - 1])) start--;
  const out = rows.slice(0, start);
  for (const cells of data) {
    const row = blankRow();
    fieldOfColumn.forEach((key, c) => {
      if (key !== null && cells[c] !== undefined) row.cells[key] = cells[c].trim();
    });
    if (!isBlank(row)) out.push(row);
  }
  return { rows: withSpareRows(out), columns: nextColumns };
}

/** The grid as the import reads it: the template's headers first, then every row (blank ones too, so that a row's
 * number in the import's answer is its place in the grid: grid row i is row i + 2). */
export function gridSource(columns: readonly GridColumn[], rows: readonly GridRow[]) {
  let filled = rows.length;
  while (filled > 0 && isBlank(rows[filled - 1])) filled--;
  return {
    grid: [columns.map((c) => c.header), ...rows.slice(0, filled).map((r) => columns.map((c) => r.cells[c.key] ?? ''))],
    mapping: columns.map((c, column) => ({ column, field: c.key })),
  };
}

export const gridRowOf = (importRow: number) => importRow - 2;

export interface CellProblems {
  /** `${rowIndex}:${fieldKey}` → messages */
  cells: Map<string, string[]>;
  /** row index → messages about the row, not one of its cells (a column the grid lacks, a record not found) */
  rows: Map<number, string[]>;
}

export const cellKey = (row: number, field: string) => `${row}:${field}`;

/** The import's rejections on the grid's cells: a rejection names its column by the header the grid sent. */
export function problemsOf(rejected: readonly ImportRejection[], columns: readonly GridColumn[]): CellProblems {
  const byHeader = new Map(columns.map((c) => [c.header, c.key]));
  const cells = new Map<string, string[]>();
  const rows = new Map<number, string[]>();
  const add = <K>(map: Map<K, string[]>, key: K, message: string) => map.set(key, [...(map.get(key) ?? []), message]);
  for (const r of rejected) {
    const field = byHeader.get(r.column);
    if (field) add(cells, cellKey(gridRowOf(r.row), field), r.message);
    else add(rows, gridRowOf(r.row), r.column ? `${r.column}：${r.message}` : r.message);
  }
  return { cells, rows };
}
