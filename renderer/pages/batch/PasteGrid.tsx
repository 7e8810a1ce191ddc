// The 批量录入 grid on react-data-grid: keyboard navigation, editing a cell by typing or double-click, a block pasted at
// the active cell, and each cell the import refused marked red with its reason on hover.
import { useMemo, type Ref } from 'react';
import { DataGrid, type Column, type DataGridHandle, type RenderEditCellProps } from 'react-data-grid';
import 'react-data-grid/lib/styles.css';
import { Select, Tooltip } from 'antd';
import { optionFilter } from '@shared/optionMatch';
import { cellKey, type CellProblems, type GridColumn, type GridRow } from './gridModel';
import './pasteGrid.css';

const ROW_NUMBER = '#';

/** Wide enough for the header and the longest of the first rows' values (a CJK character is about two digits wide),
 * and never so wide that a long remark hides the next columns. */
function columnWidth(label: string, rows: readonly GridRow[], key: string): number {
  const width = (text: string) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 15 : 8.5), 0);
  let widest = width(label) + 14;
  for (const r of rows.slice(0, 50)) widest = Math.max(widest, width(r.cells[key] ?? ''));
  return Math.round(Math.min(240, Math.max(80, widest + 24)));
}

/** A cell's text, all of it selected: typing on a cell replaces it, as in a spreadsheet. */
function TextEditor({ row, column, onRowChange, onClose }: RenderEditCellProps<GridRow>) {
  return (
    <input
      className="rdg-text-editor"
      aria-label={String(column.name)}
      autoFocus
      onFocus={(e) => e.target.select()}
      value={row.cells[column.key] ?? ''}
      onChange={(e) => onRowChange({ ...row, cells: { ...row.cells, [column.key]: e.target.value } })}
      onBlur={() => onClose(true, false)}
    />
  );
}

/** A coded column's editor: its values filtered as typed, by text or pinyin initials, as in every form. */
function optionEditor(options: readonly string[], label: string) {
  const matches = optionFilter(options);
  return function OptionEditor({ row, column, onRowChange, onClose }: RenderEditCellProps<GridRow>) {
    return (
      <Select
        aria-label={label}
        autoFocus
        defaultOpen
        virtual={false}
        style={{ width: '100%' }}
        showSearch={{ filterOption: (typed, option) => matches(typed, String(option?.label ?? '')) }}
        value={row.cells[column.key] || undefined}
        options={options.map((o) => ({ value: o, label: o }))}
        onChange={(v: string) => onRowChange({ ...row, cells: { ...row.cells, [column.key]: v ?? '' } }, true)}
        onBlur={() => onClose(true, false)}
      />
    );
  };
}

export function PasteGrid({ ref, columns, rows, problems, onRowsChange, onPaste }: {
  ref?: Ref<DataGridHandle>;
  columns: readonly GridColumn[];
  rows: GridRow[];
  problems: CellProblems;
  onRowsChange: (rows: GridRow[]) => void;
  /** the clipboard's text, pasted with its top-left at this row and (data) column */
  onPaste: (text: string, at: { row: number; column: number }) => void;
}) {
  const indexOf = useMemo(() => new Map(rows.map((r, i) => [r.id, i])), [rows]);
  const gridColumns = useMemo<Column<GridRow>[]>(
    () => [
      {
        key: ROW_NUMBER,
        name: '行',
        width: 56,
        frozen: true,
        renderCell: ({ rowIdx }) => {
          const said = problems.rows.get(rowIdx);
          return said ? (
            <Tooltip title={said.join('；')}>
              <span className="paste-grid-row-problem" data-problem={said.join('；')}>
                {rowIdx + 1}
              </span>
            </Tooltip>
          ) : (
            rowIdx + 1
          );
        },
      },
      ...columns.map(
        (c): Column<GridRow> => ({
          key: c.key,
          name: c.required ? `${c.label}＊` : c.label,
          width: columnWidth(c.label, rows, c.key),
          resizable: true,
          renderEditCell: c.options.length ? optionEditor(c.options, c.label) : TextEditor,
          editorOptions: { displayCellContent: false },
          cellClass: (row) => (problems.cells.has(cellKey(indexOf.get(row.id) ?? -1, c.key)) ? 'paste-grid-problem' : undefined),
          renderCell: ({ row, rowIdx }) => {
            const value = row.cells[c.key] ?? '';
            const said = problems.cells.get(cellKey(rowIdx, c.key));
            if (!said) return value;
            return (
              <Tooltip title={said.join('；')}>
                <div className="paste-grid-problem-text" data-problem={said.join('；')}>
                  {value || '（空）'}
                </div>
              </Tooltip>
            );
          },
        }),
      ),
    ],
    [columns, problems, indexOf],
  );

  return (
    <DataGrid<GridRow, unknown, number>
      ref={ref}
      aria-label="批量录入表格"
      className="rdg-light paste-grid"
      style={{ height: Math.min(560, 36 + rows.length * 35) }}
      columns={gridColumns}
      rows={rows}
      rowKeyGetter={(r) => r.id}
      onRowsChange={onRowsChange}
      onCellPaste={(args, event) => {
        const text = event.clipboardData.getData('text/plain');
        event.preventDefault();
        if (text) onPaste(text, { row: indexOf.get(args.row.id) ?? 0, column: Math.max(0, args.column.idx - 1) });
        // the block is laid on the grid by onPaste; the grid's own single-cell paste changes nothing
        return args.row;
      }}
    />
  );
}
