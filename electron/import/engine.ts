// The import of DESIGN §10, one mechanism for every record type: read the file, find the header, map columns,
// then run every row through its record type's adapter. A dry run does the very writes of a commit inside
// transactions it rolls back (a chunk of rows at a time), so the preview meets every rule the commit meets
// (uniqueness, references, duplicates inside the file); the commit writes the good rows in one transaction after a
// backup, audited as one import. Both hear a cancel between chunks of rows; the commit rolls back on one.
import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../shared/contract';
import { AppError, type FieldIssue } from '../../shared/errors';
import type { FieldDescriptor } from '../../shared/fields';
import {
  IMPORT_KIND_LABELS, IMPORT_TOO_LARGE, MAX_IMPORT_BYTES, type ImportDryRun, type ImportInspection, type ImportKind, type ImportMode, type ImportRejection,
} from '../../shared/import';
import { auditEvent } from '../../db/queries/audit';
import { getSetting, putSetting } from '../../db/queries/school';
import type { HandlerContext } from '../handlers/context';
import { readWorkbook, type Cell } from './reader';
import { cellText, findTable, headerMatcher, tableScore, type DataRow, type Table } from './table';
import { normaliseCell } from './values';
import { ADAPTERS, type KindAdapter, type Plan, type Values } from './kinds';
import type { JobCancel } from '../jobs/cancel';

export interface FileInput {
  kind: ImportKind;
  fileName: string;
  base64: string;
  sheet?: string;
}

export interface RunInput extends FileInput {
  mapping: { column: number; field: string | null }[];
  mode: ImportMode;
}

export interface RunResult extends ImportDryRun {
  table: Table;
  /** records written (commit only) */
  imported: number;
  updated: number;
  /** the backup taken before a commit */
  backup: string | null;
}

const refuse = (message: string): never => {
  throw new AppError('VALIDATION', message);
};

export function adapterOf(kind: ImportKind): KindAdapter {
  return ADAPTERS[kind];
}

const mappingKey = (kind: ImportKind) => `import.mapping.${kind}`;

function loadTable(input: FileInput, adapter: KindAdapter): { sheets: { name: string; rows: number }[]; table: Table } {
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length > MAX_IMPORT_BYTES) refuse(IMPORT_TOO_LARGE);
  const sheets = readWorkbook(bytes);
  if (sheets.length === 0) refuse('这个文件里没有工作表。');
  const list = sheets.map((s) => ({ name: s.name, rows: s.rows.length }));
  if (input.sheet !== undefined) {
    const sheet = sheets.find((s) => s.name === input.sheet) ?? refuse(`文件中没有名为“${input.sheet}”的工作表。可选：${list.map((s) => s.name).join('、')}`);
    const table = findTable(sheet, adapter.fields) ?? refuse(noHeader(sheet.name, adapter));
    return { sheets: list, table };
  }
  const tables = sheets.map((s) => findTable(s, adapter.fields));
  const scores = tables.map((t) => tableScore(t, adapter.fields));
  const best = scores.indexOf(Math.max(...scores));
  return { sheets: list, table: tables[best] ?? refuse(noHeader(sheets[0].name, adapter)) };
}

function noHeader(sheet: string, adapter: KindAdapter): string {
  const examples = adapter.fields.filter((f) => f.required).slice(0, 3).map((f) => `“${f.label}”`).join('');
  return `在工作表“${sheet}”的前 20 行中找不到表头：没有一行包含${examples}等列名。请确认选择了正确的工作表和记录类型（${IMPORT_KIND_LABELS[adapter.kind]}），或下载模板对照列名。`;
}

/** Required means the file must carry it: not a field derived from another, nor one the schema defaults. */
export const isRequired = (adapter: KindAdapter, f: FieldDescriptor) => Boolean(f.required && !f.derivedFrom && !adapter.defaults?.[f.key]);

function fieldInfo(adapter: KindAdapter, f: FieldDescriptor) {
  const fallback = adapter.defaults?.[f.key];
  return { key: f.key, label: fallback ? `${f.label}（不填为“${fallback}”）` : f.label, required: isRequired(adapter, f), help: f.help ?? null };
}

const display = (c: Cell | undefined) => cellText(c ?? null);

export function inspect(ctx: HandlerContext, input: FileInput): ImportInspection {
  const adapter = adapterOf(input.kind);
  const { sheets, table } = loadTable(input, adapter);
  const match = headerMatcher(adapter.fields);
  const remembered = getSetting<Record<string, string | null>>(ctx.store.db, mappingKey(input.kind), {});
  const known = new Set(adapter.fields.map((f) => f.key));
  const taken = new Set<string>();
  const columns = table.columns.map((c) => {
    const recalled = Object.hasOwn(remembered, c.header) ? remembered[c.header] : undefined;
    let field = recalled !== undefined && (recalled === null || known.has(recalled)) ? recalled : (match(c.name) ?? match(c.header));
    if (field && taken.has(field)) field = null;
    if (field) taken.add(field);
    const samples: string[] = [];
    for (let i = 0; i < table.rows.length && samples.length < 3; i++) {
      const s = display(table.rows[i].cells[c.index]);
      if (s !== '') samples.push(s);
    }
    return { column: c.index, header: c.header, samples, field };
  });
  const warnings = adapter.fields
    .filter((f) => isRequired(adapter, f) && !taken.has(f.key))
    .map((f) => `必填项“${f.label}”没有找到对应的列：请在“对应字段”中为它选择一列，否则每一行都会因缺少${f.label}而不能导入。`);
  return {
    sheets,
    sheet: table.sheet,
    headerRows: table.headerRows,
    dataRows: table.rows.length,
    columns,
    fields: adapter.fields.map((f) => fieldInfo(adapter, f)),
    warnings,
  };
}

class DryRunRollback extends Error {}

/** Rows between progress reports, and that a dry run checks between yields to the event loop (the window stays
 * responsive, a cancel is heard). Each dry-run chunk is its own rolled-back transaction, so nothing stays open while
 * other calls run; rows of one file still meet each other through the in-file duplicate check. */
const CHUNK_ROWS = 500;

/** A cancelled dry run or commit: an answer like any refusal, not a fault to log. */
export class ImportCancelled extends AppError {
  constructor(dryRun: boolean) {
    super('CANCELLED', `已取消${dryRun ? '检查' : '导入'}，没有写入任何数据。`);
  }
}

export interface RunOptions {
  onProgress?: (done: number, total: number) => void;
  /** heard between chunks of rows; a commit hears it until its last row is written, and then rolls back */
  cancel?: JobCancel;
}

/** Parses, checks and (unless a dry run) writes every row; see the file comment. */
export async function run(
  ctx: HandlerContext,
  makeHandlers: (ctx: HandlerContext) => Handlers,
  input: RunInput,
  dryRun: boolean,
  options: RunOptions = {},
): Promise<RunResult> {
  const adapter = adapterOf(input.kind);
  const { table } = loadTable(input, adapter);
  const fields = new Map(adapter.fields.map((f) => [f.key, f]));
  const header = new Map(table.columns.map((c) => [c.index, c.header]));
  const mapping = input.mapping.filter((m): m is { column: number; field: string } => m.field !== null && header.has(m.column));
  for (const m of mapping) if (!fields.has(m.field)) refuse(`无法识别的字段“${m.field}”。可选：${adapter.fields.map((f) => `${f.key}（${f.label}）`).join('、')}`);
  const twice = adapter.fields.find((f) => mapping.filter((m) => m.field === f.key).length > 1);
  if (twice) refuse(`“${twice.label}”被指定给了多列（${mapping.filter((m) => m.field === twice.key).map((m) => header.get(m.column)).join('、')}），请只保留一列。`);
  const columnOfField = new Map(mapping.map((m) => [m.field, m.column]));

  const backup = dryRun ? null : await ctx.store.backup('import');
  const batchId = randomUUID();
  const importCtx = { ...ctx, via: '导入' as const, batchId };
  const planRow = adapter.start(importCtx, makeHandlers(importCtx));
  const db = ctx.store.db;
  const rejected: ImportRejection[] = [];
  const planned: ImportDryRun['planned'] = [];
  const warnings: string[] = [];
  const seen = new Map<string, number>();

  const rejectIssues = (row: { row: number; cells: Cell[] }, issues: FieldIssue[]) => {
    for (const i of issues) {
      const column = columnOfField.get(i.field);
      const label = fields.get(i.field)?.label ?? '';
      const missing = column === undefined && label ? `（文件中没有“${label}”这一列）` : '';
      rejected.push({
        sheet: table.sheet,
        row: row.row,
        column: column === undefined ? label : header.get(column)!,
        value: column === undefined ? '' : display(row.cells[column]),
        message: i.message + missing,
      });
    }
  };

  /** Writes a planned row. The warnings its handler gives (an overlapping practice record…) do not block, but are
   * shown with the row. */
  const write = (plan: Plan, row: number) => {
    const result = plan.write();
    if (result instanceof Promise) throw new Error('import adapters must call synchronous handlers');
    const said = (result as { warnings?: unknown } | undefined)?.warnings;
    if (Array.isArray(said)) for (const w of said) warnings.push(`第 ${row} 行：${String(w)}`);
  };
  const writeInSavepoint = ctx.store.sqlite.transaction(write);
  const columns = mapping.map((m) => ({ ...m, descriptor: fields.get(m.field)! }));

  const check = (rows: readonly DataRow[]) => {
    for (const row of rows) {
      const values: Values = {};
      const issues: FieldIssue[] = [];
      for (const m of columns) {
        const n = normaliseCell(m.descriptor, row.cells[m.column] ?? null);
        if (!n.ok) issues.push({ field: m.field, message: n.message });
        else if (n.value !== undefined) values[m.field] = n.value;
      }
      if (issues.length) {
        rejectIssues(row, issues);
        continue;
      }
      const plan = planRow(values, input.mode);
      if (Array.isArray(plan)) {
        rejectIssues(row, plan);
        continue;
      }
      const dup = plan.fileKeys.find((k) => seen.has(k.key));
      if (dup) {
        rejectIssues(row, [{ field: dup.field, message: `${dup.key} 与第 ${seen.get(dup.key)} 行重复：同一文件中只能出现一次，请删去或改正其中一行` }]);
        continue;
      }
      try {
        // A row the handler refuses leaves no trace, the others stay: a savepoint sees to it unless the write refuses
        // before it writes (a savepoint per row would cost an import of 200,000 students a third of its time).
        if (plan.refusesBeforeWriting) write(plan, row.row);
        else writeInSavepoint(plan, row.row);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        rejectIssues(row, e.fieldErrors?.length ? e.fieldErrors : [{ field: '', message: e.message }]);
        continue;
      }
      for (const k of plan.fileKeys) seen.set(k.key, row.row);
      for (const w of plan.warnings ?? []) warnings.push(`第 ${row.row} 行：${w}`);
      planned.push({ row: row.row, action: plan.action, label: plan.label });
    }
  };

  const total = table.rows.length;
  const chunkAt = (start: number) => table.rows.slice(start, start + CHUNK_ROWS);
  const progress = (start: number) => options.onProgress?.(Math.min(start + CHUNK_ROWS, total), total);

  const cancelled = () => new ImportCancelled(dryRun);
  const commit = () => {
    for (let start = 0; start < total; start += CHUNK_ROWS) {
      if (options.cancel?.requested) throw cancelled();
      check(chunkAt(start));
      progress(start);
    }
    const added = planned.filter((p) => p.action === 'add').length;
    auditEvent(db, importCtx, '导入', input.kind, `导入${IMPORT_KIND_LABELS[input.kind]}：${input.fileName}，新增 ${added} 条，更新 ${planned.length - added} 条，未通过 ${new Set(rejected.map((r) => r.row)).size} 行`);
    putSetting(db, mappingKey(input.kind), Object.fromEntries(input.mapping.filter((m) => header.has(m.column)).map((m) => [header.get(m.column)!, m.field])));
    // thrown inside the transaction, so that a cancel heard this late still rolls every row back
    if (options.cancel && !options.cancel.enterCommit()) throw cancelled();
  };

  if (dryRun) {
    for (let start = 0; start < total; start += CHUNK_ROWS) {
      if (options.cancel?.requested) throw cancelled();
      try {
        ctx.store.sqlite.transaction(() => {
          check(chunkAt(start));
          throw new DryRunRollback();
        })();
      } catch (e) {
        if (!(e instanceof DryRunRollback)) throw e;
      }
      progress(start);
      await new Promise((resolve) => setImmediate(resolve));
    }
  } else ctx.store.sqlite.transaction(commit)();
  const toAdd = planned.filter((p) => p.action === 'add').length;
  const toUpdate = planned.length - toAdd;
  return {
    table,
    read: table.rows.length,
    toAdd,
    toUpdate,
    planned,
    rejected,
    warnings,
    imported: dryRun ? 0 : toAdd,
    updated: dryRun ? 0 : toUpdate,
    backup: backup?.file ?? null,
  };
}
