// What every record type's adapter is made of: the plan of one row, the adapter itself, and the small steps they
// share (a schema's parse, the action a mode allows, an update's merge with the saved record).
import type { z } from 'zod';
import type { Handlers } from '@shared/contract';
import type { FieldDescriptor } from '@shared/fields';
import type { FieldIssue } from '@shared/errors';
import type { ImportKind, ImportMode } from '@shared/import';
import { toFieldIssues } from '@shared/schemaKit';
import type { Db } from '../../../db/open';
import type { HandlerContext } from '../../records/context';
import type { Unmapped } from '../values';

export type Values = Record<string, unknown>;

/** A value the file holds that no table knows (a major the catalogue lacks): the engine lists it in the
 * value-mapping step, as it does a coded cell's (values.ts). */
export interface UnmappedIssue extends FieldIssue {
  unmapped: Unmapped;
}

/** A record the import creates because its rows name it (a major, a class), shown in the preview as 将新建. */
export interface Created {
  what: string;
  name: string;
  detail: string;
}

/** What one row will do once written. */
export interface Plan {
  action: 'add' | 'update';
  label: string;
  /** keys that must be unique inside the file (工号, 身份证号…), with the field they come from */
  /** what must be unique within the file; `shown` is the key as a message may print it (a 身份证号 masked) */
  fileKeys: { field: string; key: string; shown?: string }[];
  /** shown with the row, not blocking (a participant taken as an outsider…) */
  warnings?: string[];
  /** records this row needs that the import creates first, outside the row's own savepoint */
  creates?: Created[];
  prepare?: () => void;
  write: () => unknown;
  /** the write refuses (throws an AppError) only before it has written anything, so it needs no savepoint */
  refusesBeforeWriting?: boolean;
}

export type Planner = (values: Values, mode: ImportMode) => Plan | FieldIssue[];

export interface KindAdapter {
  kind: ImportKind;
  fields: readonly FieldDescriptor[];
  /** required fields the schema fills when the file has no column for them (状态 → 在职) */
  defaults?: Record<string, string>;
  /** required fields the adapter infers when the file has no column for them, and from what */
  inferred?: Record<string, string>;
  /** The planner of one import's rows, made once per import (and again after each rolled-back chunk of a dry run)
   * with what their writes go through: what it looks up once (a class by name…) it keeps for every row. */
  start(ctx: HandlerContext, handlers: Handlers): Planner;
}

/** A row written through its record type's handlers. */
type HandlerPlan = Omit<Plan, 'write' | 'prepare'> & { write: (handlers: Handlers) => unknown };

/** An adapter whose rows go through the record type's own handlers, each planned with the database alone. */
export function throughHandlers(a: Omit<KindAdapter, 'start'> & { plan(values: Values, mode: ImportMode, db: Db): HandlerPlan | FieldIssue[] }): KindAdapter {
  const { plan, ...adapter } = a;
  return {
    ...adapter,
    start: (ctx, handlers) => (values, mode) => {
      const p = plan(values, mode, ctx.store.db);
      return Array.isArray(p) ? p : { ...p, write: () => p.write(handlers) };
    },
  };
}

export const parseWith = <S extends z.ZodType>(schema: S, input: unknown): { ok: true; data: z.output<S> } | { ok: false; issues: FieldIssue[] } => {
  const r = schema.safeParse(input);
  return r.success ? { ok: true, data: r.data } : { ok: false, issues: toFieldIssues(r.error) };
};

const NOT_IN_ADD = (what: string) => `${what}已存在；要修改已有记录，请在导入方式中选择“新增并更新”或“只更新”`;
const NOT_IN_UPDATE = (what: string) => `${what}不存在；“只更新”不新增记录，要新增请选择“新增并更新”或“只新增”`;

/** The action a found / not-found record takes under the mode, or the issue that rejects the row. */
export function actionFor(existing: unknown, mode: ImportMode, what: string, field: string): 'add' | 'update' | FieldIssue[] {
  if (existing && mode === 'add') return [{ field, message: NOT_IN_ADD(what) }];
  if (!existing && mode === 'update') return [{ field, message: NOT_IN_UPDATE(what) }];
  return existing ? 'update' : 'add';
}

/** For an update, the fields the file does not carry keep their saved values; derived ones (birth date, sex) follow the ID. */
export function mergedWithSaved(fields: readonly FieldDescriptor[], saved: Values | undefined, values: Values): Values {
  if (!saved) return values;
  const base: Values = {};
  for (const f of fields) if (!f.derivedFrom && saved[f.key] !== undefined && saved[f.key] !== null) base[f.key] = saved[f.key];
  for (const [k, v] of Object.entries(values)) if (v !== undefined) base[k] = v;
  return base;
}

export const text = (v: unknown) => (typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : String(v));
export const nameKey = (v: unknown) => text(v).replace(/[\s\u3000]/g, '');

/** The values of the record itself, without the columns that named its owner or that the adapter reads apart. */
export const ownValues = (values: Values, apart: readonly string[] = []): Values =>
  Object.fromEntries(Object.entries(values).filter(([k]) => !k.startsWith('ref.') && !apart.includes(k)));
