// 批量录入: paste a block copied from Excel or WPS (with or without its header row), or type rows, then save them all.
// The grid is one more import source: every check is the import's dry run, its rejections are laid on the cells they
// name, the values no table knows go through the import's value mapping, and 保存 is the import's commit.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { App as AntApp, Alert, Button, Card, Radio, Result, Segmented, Space, Typography } from 'antd';
import { ClearOutlined, SaveOutlined } from '@ant-design/icons';
import type { DataGridHandle } from 'react-data-grid';
import type { OutputOf } from '@shared/contract';
import { parseClipboardTable } from '@shared/clipboard';
import { GRID_SOURCE_NAME, IMPORT_KIND_LABELS, IMPORT_KINDS, IMPORT_MODE_LABELS, type ImportKind, type ImportMode, type ValueChoice } from '@shared/import';
import { useApi } from '../../api/ApiContext';
import { errorText } from '../../format';
import { useLoad } from '../../hooks';
import { JobProgress, useJob } from '../../components/JobProgress';
import { ValueMapping } from '../import/ValueMapping';
import { LIST_PAGE } from '../import/listPages';
import { PasteGrid } from './PasteGrid';
import { emptyGrid, gridSource, pasteAt, pasteByHeader, problemsOf, templateColumns, type GridColumn, type GridRow } from './gridModel';

type DryRun = OutputOf<'import.dryRun'>;
type Commit = OutputOf<'import.commit'>;
/** What a list page hands over when a block is pasted on it (usePasteToBatch). */
export interface PastedHandOver {
  pasted: string;
}

/** Record types a grid suits: those a registrar keeps in rows of a sheet. */
const GRID_KINDS = IMPORT_KINDS;
const CHECK_DELAY_MS = 600;
const kindOf = (v: string | null): ImportKind => (GRID_KINDS as readonly string[]).includes(v ?? '') ? (v as ImportKind) : 'staff';

export function BatchEntryPage() {
  const api = useApi();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = AntApp.useApp();
  const [params, setParams] = useSearchParams();
  const kind = kindOf(params.get('kind'));
  const fields = useLoad(() => api.call('import.fields', { kind }), [api, kind]);
  const [columns, setColumns] = useState<GridColumn[]>([]);
  const [rows, setRows] = useState<GridRow[]>(emptyGrid);
  const [mode, setMode] = useState<ImportMode>('add');
  const [choices, setChoices] = useState<ValueChoice[]>([]);
  const [checked, setChecked] = useState<DryRun | null>(null);
  const [checking, setChecking] = useState(false);
  const [saved, setSaved] = useState<Commit | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const grid = useRef<DataGridHandle>(null);
  const jobs = useJob();

  // a new record type starts a new grid with its template's columns
  useEffect(() => {
    if (!fields.data) return;
    setColumns(templateColumns(fields.data));
    setRows(emptyGrid());
    setChecked(null);
    setChoices([]);
    setNotes([]);
    setSaved(null);
  }, [fields.data]);

  const source = useMemo(() => gridSource(columns, rows), [columns, rows]);
  const filled = source.grid.length - 1;

  // Every change is checked again once typing pauses: the import's own dry run, nothing written.
  const latest = useRef(0);
  const check = useCallback(
    async (values: ValueChoice[]) => {
      const ticket = ++latest.current;
      if (filled === 0) return void setChecked(null);
      setChecking(true);
      try {
        const r = await api.call('import.dryRun', { kind, fileName: GRID_SOURCE_NAME, grid: source.grid, mapping: source.mapping, mode, values });
        if (ticket === latest.current) {
          setChecked(r);
          setError(null);
        }
      } catch (e) {
        if (ticket === latest.current) setError(errorText(e));
      } finally {
        if (ticket === latest.current) setChecking(false);
      }
    },
    [api, kind, source, filled, mode],
  );
  useEffect(() => {
    if (columns.length === 0) return;
    const t = setTimeout(() => void check(choices), CHECK_DELAY_MS);
    return () => clearTimeout(t);
  }, [check, choices, columns.length]);

  /** A block from the clipboard at a cell: with a header row the import recognises, each column goes under its
   * field; without one, the cells fill the grid from that cell on, as in a spreadsheet. */
  const paste = useCallback(
    async (text: string, at: { row: number; column: number }) => {
      const block = parseClipboardTable(text);
      if (block.length === 0 || !fields.data) return;
      setSaved(null);
      const header = await api.call('import.inspect', { kind, fileName: GRID_SOURCE_NAME, grid: block }).catch(() => null);
      const known = header?.columns.filter((c) => c.field !== null) ?? [];
      if (header && header.headerRows[0] === 1 && known.length >= 2) {
        const fieldOfColumn = block[0].map((_, i) => header.columns.find((c) => c.column === i)?.field ?? null);
        const next = pasteByHeader(rows, columns, fields.data, block.slice(header.headerRows.at(-1)), fieldOfColumn);
        setColumns(next.columns);
        setRows(next.rows);
        const unknown = header.columns.filter((c) => c.field === null).map((c) => `“${c.header}”`);
        const similar = header.columns.filter((c) => c.similar).map((c) => `“${c.header}”→${fields.data!.find((f) => f.key === c.field)?.label}`);
        setNotes([
          `按表头粘贴了 ${block.length - header.headerRows.length} 行。`,
          ...(similar.length ? [`这些列按相近的列名对应，请核对：${similar.join('、')}。`] : []),
          ...(unknown.length ? [`这些列认不出对应的字段，没有粘贴：${unknown.join('、')}。`] : []),
        ]);
      } else {
        const next = pasteAt(rows, columns, block, at);
        setRows(next.rows);
        setNotes([
          `从第 ${at.row + 1} 行“${columns[at.column]?.label ?? ''}”列起粘贴了 ${block.length} 行。`,
          ...(next.dropped ? [`有 ${next.dropped} 格超出了表格的最后一列，没有粘贴：请检查复制的列是否与表格的列一一对应，或连同表头行一起复制。`] : []),
        ]);
      }
    },
    [api, kind, rows, columns, fields.data],
  );

  // a block pasted on a list page arrives here, pasted at the top of a fresh grid
  const handedOver = (location.state as PastedHandOver | null)?.pasted;
  useEffect(() => {
    if (!handedOver || columns.length === 0) return;
    void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
    void paste(handedOver, { row: 0, column: 0 });
  }, [handedOver, columns.length, paste, navigate, location.pathname, location.search]);

  const problems = useMemo(() => problemsOf(checked?.rejected ?? [], columns), [checked, columns]);
  const flagged = checked ? new Set(checked.rejected.map((r) => r.row)).size : 0;
  const current = checked !== null && !checking;
  const canSave = current && filled > 0 && flagged === 0 && checked.toAdd + checked.toUpdate > 0;

  const save = async () => {
    setError(null);
    try {
      // every row or none: a row refused now (the data changed since the last check) stops the whole save
      const r = await jobs.run('import.commit', { kind, fileName: GRID_SOURCE_NAME, grid: source.grid, mapping: source.mapping, mode, values: choices, allOrNothing: true });
      if (!r) return void message.info('已取消保存，没有写入任何数据');
      setSaved(r);
      setRows(emptyGrid());
      setChecked(null);
      setNotes([]);
      message.success(`已保存 ${r.imported + r.updated} 条${IMPORT_KIND_LABELS[kind].replace(/（.*）/, '')}记录`);
    } catch (e) {
      setError(errorText(e));
      void check(choices);
    }
  };

  const chooseValue = (c: ValueChoice) => setChoices((all) => [...all.filter((x) => !(x.field === c.field && x.from === c.from)), c]);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Segmented
            aria-label="记录类型"
            value={kind}
            onChange={(k) => setParams({ kind: String(k) }, { replace: true })}
            options={GRID_KINDS.map((k) => ({ value: k, label: IMPORT_KIND_LABELS[k].replace(/（.*）/, '') }))}
          />
          <Typography.Text type="secondary">
            在 Excel 或 WPS 中选中要录入的行（可以连同表头行一起）复制，点一下下表的第一格，按 Ctrl+V 粘贴。带表头时列的顺序可以与下表不同；不带表头时请按下表列的顺序复制。每一格都会检查，有问题的格标红，鼠标移上去可以看到原因，改好后点“保存”。双击或直接输入可修改一格。
          </Typography.Text>
          <Space wrap>
            保存方式
            <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)}>
              {(['add', 'upsert'] as const).map((m) => (
                <Radio key={m} value={m}>
                  {IMPORT_MODE_LABELS[m]}
                </Radio>
              ))}
            </Radio.Group>
          </Space>
        </Space>
      </Card>
      {fields.error && <Alert type="error" showIcon title={fields.error} />}
      {error && <Alert type="error" showIcon title={error} closable onClose={() => setError(null)} />}
      {saved && (
        <Result
          status="success"
          title={`已保存：新增 ${saved.imported} 条，更新 ${saved.updated} 条`}
          subTitle={`保存前的数据已自动备份（${saved.backup}），可在“数据与备份”中恢复。`}
          extra={<Button onClick={() => navigate(LIST_PAGE[kind].path)}>{LIST_PAGE[kind].label}</Button>}
        />
      )}
      {notes.map((n) => (
        <Alert key={n} type="info" showIcon title={n} />
      ))}
      <PasteGrid
        ref={grid}
        columns={columns}
        rows={rows}
        problems={problems}
        onRowsChange={(next) => {
          setSaved(null);
          setRows(next);
        }}
        onPaste={(text, at) => void paste(text, at)}
      />
      <GridStatus checked={checked} checking={checking} filled={filled} problems={problems} columns={columns} onGo={(row, column) => grid.current?.setActivePosition({ rowIdx: row, idx: column + 1 })} />
      {checked && (
        <ValueMapping
          unmapped={checked.unmapped}
          choices={choices}
          disabled={checking}
          columnOf={(field) => columns.find((c) => c.key === field)?.header ?? field}
          optionsOf={(field) => columns.find((c) => c.key === field)?.options ?? []}
          onChoose={chooseValue}
        />
      )}
      <Space wrap>
        <Button type="primary" icon={<SaveOutlined />} disabled={!canSave} onClick={() => void save()}>
          保存{canSave ? ` ${checked.toAdd + checked.toUpdate} 条` : ''}
        </Button>
        <Button
          icon={<ClearOutlined />}
          disabled={filled === 0}
          onClick={() => {
            setRows(emptyGrid());
            setNotes([]);
          }}
        >
          清空表格
        </Button>
        <JobProgress job={jobs.job} onCancel={() => void jobs.cancel()} />
      </Space>
    </Space>
  );
}

/** Where the grid stands: being checked, all good, or each problem with a link to its cell. */
function GridStatus({ checked, checking, filled, problems, columns, onGo }: {
  checked: DryRun | null;
  checking: boolean;
  filled: number;
  problems: ReturnType<typeof problemsOf>;
  columns: readonly GridColumn[];
  onGo: (row: number, column: number) => void;
}) {
  if (filled === 0) return <Typography.Text type="secondary">表格还是空的：粘贴或输入数据后会自动检查。</Typography.Text>;
  if (checking || !checked) return <Typography.Text type="secondary">正在检查…</Typography.Text>;
  const rows = new Set(checked.rejected.map((r) => r.row)).size;
  if (rows === 0)
    return <Alert type="success" showIcon title={`${filled} 行全部通过检查：可新增 ${checked.toAdd} 条，更新 ${checked.toUpdate} 条。点“保存”写入。`} />;
  const list = [
    ...[...problems.cells].map(([key, messages]) => {
      const [row, field] = [Number(key.slice(0, key.indexOf(':'))), key.slice(key.indexOf(':') + 1)];
      const column = columns.findIndex((c) => c.key === field);
      return { row, column, where: `第 ${row + 1} 行“${columns[column]?.label ?? field}”`, messages };
    }),
    ...[...problems.rows].map(([row, messages]) => ({ row, column: 0, where: `第 ${row + 1} 行`, messages })),
  ].sort((a, b) => a.row - b.row || a.column - b.column);
  return (
    <Alert
      type="warning"
      showIcon
      title={`有 ${rows} 行需要修改（标红的格），改好后才能保存。`}
      description={
        <ul aria-label="需要修改的格" style={{ margin: 0, paddingLeft: 20 }}>
          {list.map((p) => (
            <li key={p.where}>
              <Typography.Link onClick={() => onGo(p.row, p.column)}>{p.where}</Typography.Link>：{p.messages.join('；')}
            </li>
          ))}
        </ul>
      }
    />
  );
}
