// The import of DESIGN §10, one mechanism for every record type: read the file, find the header, map columns and
// the values no vocabulary table knows, then run every row through its record type's adapter. A dry run does the very writes of a commit inside
// transactions it rolls back (a chunk of rows at a time), so the preview meets every rule the commit meets
// (uniqueness, references, duplicates inside the file); the commit writes the good rows in one transaction after a
// backup, audited as one import. Both hear a cancel between chunks of rows; the commit rolls back on one.
import { randomUUID } from 'node:crypto';
import type { Handlers } from '@shared/contract';
import { AppError } from '@shared/errors';
import { excelHeaderOf, type FieldDescriptor } from '@shared/fields';
import {
  IMPORT_KIND_LABELS, IMPORT_TOO_LARGE, MAX_IMPORT_BYTES, type ImportDryRun, type ImportFieldInfo, type ImportInspection, type ImportKind, type ImportMode, REJECT_ROW,
  type ValueChoice,
} from '@shared/import';
import { spellingKey } from '@shared/spellings';
import { maskIdCard } from '@shared/rules/idcard';
import { auditEvent } from '../../db/queries/audit';
import { getSetting, putSetting } from '../../db/queries/school';
import type { HandlerContext } from '../records/context';
import { gridSheet, readWorkbook, type SheetData } from './reader';
import { cellText, findTable, headerMatch, tableScore, type DataRow, type Table } from './table';
import { rowCheck } from './rowCheck';
import { ADAPTERS, type KindAdapter } from './kinds/index';
import type { JobCancel } from '../jobs/cancel';

export interface FileInput {
  kind: ImportKind;
  fileName: string;
  /** a file's bytes, or */
  base64?: string;
  /** the 批量录入 grid's cells, its header first */
  grid?: string[][];
  sheet?: string;
}

export interface RunInput extends FileInput {
  mapping: { column: number; field: string | null }[];
  mode: ImportMode;
  values?: ValueChoice[];
  allOrNothing?: boolean;
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
const valuesKey = (kind: ImportKind) => `import.values.${kind}`;

/** field → value as written (its spellingKey) → what it stands for, or null for 拒绝该行 */
type RememberedValues = Record<string, Record<string, { from: string; to: string | null }>>;

function rememberedValues(ctx: HandlerContext, kind: ImportKind): RememberedValues {
  return getSetting<RememberedValues>(ctx.store.db, valuesKey(kind), {});
}

/** The choices of this run: those remembered from earlier imports, overridden by the ones given now. */
function valueChoices(remembered: RememberedValues, given: readonly ValueChoice[]): Map<string, Map<string, string | null>> {
  const out = new Map<string, Map<string, string | null>>();
  const put = (field: string, from: string, to: string | null) => {
    if (!out.has(field)) out.set(field, new Map());
    out.get(field)!.set(spellingKey(from), to);
  };
  for (const [field, byValue] of Object.entries(remembered)) for (const { from, to } of Object.values(byValue)) put(field, from, to);
  for (const c of given) put(c.field, c.from, c.to === '' ? null : c.to);
  return out;
}

/** The file's sheets, or the grid as one sheet: the grid is one more source of rows, read into the same table. */
function sheetsOf(input: FileInput): SheetData[] {
  if ((input.base64 === undefined) === (input.grid === undefined)) refuse('请选择一个文件，或在批量录入表格中填写数据。');
  if (input.grid) return [gridSheet(input.grid)];
  const bytes = Buffer.from(input.base64!, 'base64');
  if (bytes.length > MAX_IMPORT_BYTES) refuse(IMPORT_TOO_LARGE);
  return readWorkbook(bytes);
}

function loadTable(input: FileInput, adapter: KindAdapter): { sheets: { name: string; rows: number }[]; table: Table } {
  const sheets = sheetsOf(input);
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

/** Required means the file must carry it: not a field derived from another, nor one the schema defaults or the
 * adapter infers. */
export const isRequired = (adapter: KindAdapter, f: FieldDescriptor) => Boolean(f.required && !f.derivedFrom && !adapter.defaults?.[f.key] && !adapter.inferred?.[f.key]);

function fieldInfo(adapter: KindAdapter, f: FieldDescriptor) {
  const fallback = adapter.defaults?.[f.key];
  const inferred = adapter.inferred?.[f.key];
  const label = fallback ? `${f.label}（不填为“${fallback}”）` : inferred ? `${f.label}（没有这一列时按${inferred}推断）` : f.label;
  const options = f.kind === 'boolean' ? ['是', '否'] : f.kind === 'enum' ? [...(f.options ?? [])] : [];
  return { key: f.key, label, required: isRequired(adapter, f), help: f.help ?? null, options, header: excelHeaderOf(f), derived: Boolean(f.derivedFrom), kind: f.kind };
}

/** What a record type's rows may hold, for the 批量录入 grid's columns. */
export function importFields(kind: ImportKind): ImportFieldInfo[] {
  const adapter = adapterOf(kind);
  return adapter.fields.map((f) => fieldInfo(adapter, f));
}

const ID_LIKE = /^\d{6}(\d{8}|\d{6})\d{3}[\dXx]?$/;

export function inspect(ctx: HandlerContext, input: FileInput): ImportInspection {
  const adapter = adapterOf(input.kind);
  const { sheets, table } = loadTable(input, adapter);
  const match = headerMatch(adapter.fields);
  const remembered = getSetting<Record<string, string | null>>(ctx.store.db, mappingKey(input.kind), {});
  const known = new Set(adapter.fields.map((f) => f.key));
  const taken = new Set<string>();
  const columns = table.columns.map((c) => {
    const recalled = Object.hasOwn(remembered, c.header) ? remembered[c.header] : undefined;
    const matched = recalled !== undefined && (recalled === null || known.has(recalled)) ? null : (match(c.name) ?? match(c.header));
    let field = recalled !== undefined && (recalled === null || known.has(recalled)) ? recalled : (matched?.field ?? null);
    if (field && taken.has(field)) field = null;
    if (field) taken.add(field);
    const samples: string[] = [];
    for (let i = 0; i < table.rows.length && samples.length < 3; i++) {
      const s = cellText(table.rows[i].cells[c.index] ?? null);
      // the mapping step shows samples to whoever sits at the screen: a 身份证号 among them is masked
      if (s !== '') samples.push(ID_LIKE.test(s) ? maskIdCard(s) : s);
    }
    return { column: c.index, header: c.header, samples, field, similar: Boolean(field && matched?.similar) };
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
    values: Object.entries(rememberedValues(ctx, input.kind)).flatMap(([field, byValue]) => Object.values(byValue).map(({ from, to }) => ({ field, from, to }))),
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

/** The mapping as given, checked against the adapter's fields and the file's columns, with the value choices
 * checked against each field's values. */
function checkedMapping(adapter: KindAdapter, table: Table, input: RunInput) {
  const fields = new Map(adapter.fields.map((f) => [f.key, f]));
  const header = new Map(table.columns.map((c) => [c.index, c.header]));
  const mapping = input.mapping.filter((m): m is { column: number; field: string } => m.field !== null && header.has(m.column));
  for (const m of mapping) if (!fields.has(m.field)) refuse(`无法识别的字段“${m.field}”。可选：${adapter.fields.map((f) => `${f.key}（${f.label}）`).join('、')}`);
  const twice = adapter.fields.find((f) => mapping.filter((m) => m.field === f.key).length > 1);
  if (twice) refuse(`“${twice.label}”被指定给了多列（${mapping.filter((m) => m.field === twice.key).map((m) => header.get(m.column)).join('、')}），请只保留一列。`);
  for (const c of input.values ?? []) {
    const f = fields.get(c.field) ?? refuse(`无法识别的字段“${c.field}”。`);
    const allowed = f.kind === 'boolean' ? ['是', '否'] : f.kind === 'enum' ? (f.options ?? []) : [];
    if (c.to && allowed.length && !allowed.includes(c.to)) refuse(`“${f.label}”中的“${c.from}”不能对应为“${c.to}”：可选 ${allowed.join('、')}，或“${REJECT_ROW}”。`);
  }
  return { fields, header, mapping };
}

/** Parses, checks and (unless a dry run) writes every row, a chunk at a time; see the file comment. */
export async function run(
  ctx: HandlerContext,
  makeHandlers: (ctx: HandlerContext) => Handlers,
  input: RunInput,
  dryRun: boolean,
  options: RunOptions = {},
): Promise<RunResult> {
  const adapter = adapterOf(input.kind);
  const { table } = loadTable(input, adapter);
  const { fields, header, mapping } = checkedMapping(adapter, table, input);
  const remembered = rememberedValues(ctx, input.kind);
  const backup = dryRun ? null : await ctx.store.backup('import');
  const importCtx = { ...ctx, via: '导入' as const, batchId: randomUUID() };
  const rows = rowCheck({ ctx: importCtx, handlers: makeHandlers(importCtx), adapter, table, fields, header, mapping, choices: valueChoices(remembered, input.values ?? []), mode: input.mode });
  const db = ctx.store.db;

  const total = table.rows.length;
  const cancelled = () => new ImportCancelled(dryRun);
  /** Each chunk of rows through `through`, after a cancel's check and before a progress report. */
  function* chunks(through: (rows: readonly DataRow[]) => void) {
    for (let start = 0; start < total; start += CHUNK_ROWS) {
      if (options.cancel?.requested) throw cancelled();
      through(table.rows.slice(start, start + CHUNK_ROWS));
      options.onProgress?.(Math.min(start + CHUNK_ROWS, total), total);
      yield;
    }
  }
  /** A dry run's chunk: the very writes of a commit, rolled back. */
  const rolledBack = (chunk: readonly DataRow[]) => {
    try {
      // IMMEDIATE, as every write here (electron/records/context.ts): it waits for the write lock, never fails on it
      ctx.store.sqlite.transaction(() => {
        rows.check(chunk);
        throw new DryRunRollback();
      }).immediate();
    } catch (e) {
      if (!(e instanceof DryRunRollback)) throw e;
    }
  };
  const { planned, rejected, toCreate } = rows.found;
  /** What a commit records beside its rows: the one 导入 event, the mapping and the value choices for next time. */
  const recordImport = () => {
    const added = planned.filter((p) => p.action === 'add').length;
    const made = toCreate.size ? `，新建${[...toCreate.values()].map((c) => `${c.what}“${c.name}”`).join('、')}` : '';
    auditEvent(db, importCtx, '导入', input.kind, `导入${IMPORT_KIND_LABELS[input.kind]}：${input.fileName}，新增 ${added} 条，更新 ${planned.length - added} 条，未通过 ${new Set(rejected.map((r) => r.row)).size} 行${made}`);
    putSetting(db, mappingKey(input.kind), Object.fromEntries(input.mapping.filter((m) => header.has(m.column)).map((m) => [header.get(m.column)!, m.field])));
    const next: RememberedValues = { ...remembered };
    for (const c of input.values ?? []) next[c.field] = { ...next[c.field], [spellingKey(c.from)]: { from: c.from, to: c.to === '' ? null : c.to } };
    putSetting(db, valuesKey(input.kind), next);
  };

  // A dry run yields to the event loop between chunks; a commit is one transaction, which cannot.
  if (dryRun) for (const _ of chunks(rolledBack)) await new Promise((resolve) => setImmediate(resolve));
  else
    ctx.store.sqlite.transaction(() => {
      for (const _ of chunks(rows.check));
      if (input.allOrNothing && rejected.length) refuse(`有 ${new Set(rejected.map((r) => r.row)).size} 行没有通过检查，一行也没有保存：请改好标出的问题后再保存。`);
      recordImport();
      // thrown inside the transaction, so that a cancel heard this late still rolls every row back
      if (options.cancel && !options.cancel.enterCommit()) throw cancelled();
    }).immediate();
  const toAdd = planned.filter((p) => p.action === 'add').length;
  const toUpdate = planned.length - toAdd;
  return {
    table,
    read: total,
    toAdd,
    toUpdate,
    planned,
    rejected,
    unmapped: [...rows.found.unmapped.values()],
    toCreate: [...toCreate.values()],
    warnings: rows.found.warnings,
    imported: dryRun ? 0 : toAdd,
    updated: dryRun ? 0 : toUpdate,
    backup: backup?.file ?? null,
  };
}
