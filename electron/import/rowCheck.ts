// One import's rows through its record type's adapter: each cell normalised, month-only dates settled, the row
// planned, refused with its reasons or written (in a savepoint unless it refuses before writing), and what the
// preview shows gathered on the way: the rows planned and rejected, the unrecognised values, what will be created.
import type { Handlers } from '@shared/contract';
import { AppError, type FieldIssue } from '@shared/errors';
import type { FieldDescriptor } from '@shared/fields';
import type { ImportDryRun, ImportMode, ImportRejection, ImportUnmapped } from '@shared/import';
import { spellingKey } from '@shared/spellings';
import { checkIdCard, maskIdCard, maskPhone } from '@shared/rules/idcard';
import type { HandlerContext } from '../records/context';
import type { Cell } from './reader';
import { cellText, type DataRow, type Table } from './table';
import { MONTH_ONLY, monthToDate, normaliseCell, type Unmapped, type ValueChoices } from './values';
import { isSpellingOf } from '@shared/spellings';
import type { Created, KindAdapter, Plan, UnmappedIssue, Values } from './kinds/index';

const display = (c: Cell | undefined) => cellText(c ?? null);

/** A rejected cell as the message shows it: a 身份证号 or phone number masked, as everywhere else (DESIGN §9); the
 * row number and the masked value identify the row. */
function shownValue(field: FieldDescriptor | undefined, text: string): string {
  if (field?.kind === 'idCard') return maskIdCard(text);
  return field?.sensitive ? maskPhone(text) : text;
}

/** The row's name and number as the file has them (张三（T001）), for the preview of a rejected row. */
function rowLabel(cells: readonly Cell[], columnOfField: ReadonlyMap<string, number>): string {
  const first = (keys: readonly string[]) => keys.map((k) => columnOfField.get(k)).filter((c) => c !== undefined).map((c) => display(cells[c])).find((t) => t !== '') ?? '';
  const name = first(['name', 'ref.name', 'participants', 'competition']);
  const number = first(['staffNo', 'studentNo', 'ref.number', 'event']);
  return name && number ? `${name}（${number}）` : name || number;
}

/** Month-only dates (1985.06) made whole: a birth date against its 身份证号, to the month; another date to the
 * first (or, ending a period, the last) day of its month. */
function settleMonths(values: Values, dateFields: readonly FieldDescriptor[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const f of dateFields) {
    const v = values[f.key];
    if (typeof v !== 'string' || !MONTH_ONLY.test(v)) continue;
    if (!f.derivedFrom) {
      values[f.key] = monthToDate(v, f.endOfPeriod);
      continue;
    }
    const id = checkIdCard(String(values[f.derivedFrom] ?? ''));
    if (!id.ok) delete values[f.key];
    else if (id.birthDate.startsWith(v)) values[f.key] = id.birthDate;
    else issues.push({ field: f.key, message: `${f.label} ${v} 与身份证号不一致（身份证号显示为 ${id.birthDate.slice(0, 7)}）` });
  }
  return issues;
}

export interface RowCheckSetup {
  ctx: HandlerContext;
  handlers: Handlers;
  adapter: KindAdapter;
  table: Table;
  fields: ReadonlyMap<string, FieldDescriptor>;
  header: ReadonlyMap<number, string>;
  mapping: readonly { column: number; field: string }[];
  choices: ReadonlyMap<string, ValueChoices>;
  mode: ImportMode;
}

export function rowCheck({ ctx, handlers, adapter, table, fields, header, mapping, choices, mode }: RowCheckSetup) {
  const columnOfField = new Map(mapping.map((m) => [m.field, m.column]));
  const rejected: ImportRejection[] = [];
  const planned: ImportDryRun['planned'] = [];
  const warnings: string[] = [];
  const seen = new Map<string, number>();
  const unmapped = new Map<string, ImportUnmapped>();
  const toCreate = new Map<string, Created>();

  const noteUnmapped = (field: string, u: Unmapped) => {
    const key = `${field}\u0000${spellingKey(u.value)}`;
    const known = unmapped.get(key);
    if (known) known.rows++;
    else {
      const column = columnOfField.get(field);
      unmapped.set(key, { field, column: column === undefined ? (fields.get(field)?.label ?? field) : header.get(column)!, value: u.value, rows: 1, options: [...u.options], candidates: u.candidates });
    }
  };

  const rejectIssues = (row: { row: number; cells: Cell[] }, issues: FieldIssue[]) => {
    const label = rowLabel(row.cells, columnOfField);
    for (const i of issues) {
      const column = columnOfField.get(i.field);
      const fieldLabel = fields.get(i.field)?.label ?? '';
      const missing = column === undefined && fieldLabel ? `（文件中没有“${fieldLabel}”这一列）` : '';
      rejected.push({
        sheet: table.sheet,
        row: row.row,
        column: column === undefined ? fieldLabel : header.get(column)!,
        value: column === undefined ? '' : shownValue(fields.get(i.field), display(row.cells[column])),
        message: i.message + missing,
        label,
      });
      const u = (i as Partial<UnmappedIssue>).unmapped;
      if (u) noteUnmapped(i.field, u);
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
  const columns = mapping.map((m) => {
    const descriptor = fields.get(m.field)!;
    return { ...m, descriptor, choices: choices.get(m.field), monthFromCell: descriptor.kind === 'date' && descriptor.derivedFrom !== undefined };
  });
  const dateFields = columns.filter((c) => c.descriptor.kind === 'date').map((c) => c.descriptor);

  const check = (rows: readonly DataRow[]) => {
    // after a dry run's rolled-back chunk, what the planner made (a new class…) is gone: it starts again
    const planRow = adapter.start(ctx, handlers);
    const names: [string, string][] = [];
    for (const row of rows) {
      const values: Values = {};
      const issues: FieldIssue[] = [];
      for (const m of columns) {
        const cell = row.cells[m.column] ?? null;
        const n = normaliseCell(m.descriptor, cell, m.choices);
        if (!n.ok) {
          const issue: FieldIssue | UnmappedIssue = n.unmapped ? { field: m.field, message: n.message, unmapped: n.unmapped } : { field: m.field, message: n.message };
          issues.push(issue);
        }
        // a birth date cell formatted as year-month holds the 1st of its month: only the month is meant
        else if (m.monthFromCell && typeof cell === 'number' && typeof n.value === 'string' && n.value.endsWith('-01')) values[m.field] = n.value.slice(0, 7);
        else if (n.value !== undefined) values[m.field] = n.value;
        const named = m.descriptor.keepsNameIn;
        if (n.ok && named && typeof cell === 'string' && isSpellingOf(named.names, cell)) names.push([named.field, cell.trim()]);
      }
      for (const [field, name] of names.splice(0)) if (values[field] === undefined || values[field] === null || values[field] === '') values[field] = name;
      if (dateFields.length) issues.push(...settleMonths(values, dateFields));
      if (issues.length) {
        rejectIssues(row, issues);
        continue;
      }
      const plan = planRow(values, mode);
      if (Array.isArray(plan)) {
        rejectIssues(row, plan);
        continue;
      }
      const dup = plan.fileKeys.find((k) => seen.has(k.key));
      if (dup) {
        rejectIssues(row, [{ field: dup.field, message: `${dup.shown ?? dup.key} 与第 ${seen.get(dup.key)} 行重复：同一文件中只能出现一次，请删去或改正其中一行` }]);
        continue;
      }
      try {
        // what the row needs created (its major, its class) stays for the rows after it, whatever becomes of this one
        plan.prepare?.();
        // A row the handler refuses leaves no trace, the others stay: a savepoint sees to it unless the write refuses
        // before it writes (a savepoint per row is a large share of a big import's time: docs/PERFORMANCE.md).
        if (plan.refusesBeforeWriting) write(plan, row.row);
        else writeInSavepoint(plan, row.row);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        rejectIssues(row, e.fieldErrors?.length ? e.fieldErrors : [{ field: '', message: e.message }]);
        continue;
      }
      for (const k of plan.fileKeys) seen.set(k.key, row.row);
      for (const w of plan.warnings ?? []) warnings.push(`第 ${row.row} 行：${w}`);
      for (const c of plan.creates ?? []) if (!toCreate.has(`${c.what} ${c.name}`)) toCreate.set(`${c.what} ${c.name}`, c);
      planned.push({ row: row.row, action: plan.action, label: plan.label });
    }
  };

  return { check, found: { planned, rejected, warnings, unmapped, toCreate } };
}
