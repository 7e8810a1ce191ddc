// 教职工 and 学生: keyed on 工号/学号; a 身份证号 registered under another number is refused, not re-keyed. An export
// without full IDs (3311**********123X) imports back as an update that keeps the stored number.
import type { z } from 'zod';
import type { Handlers } from '@shared/contract';
import type { FieldDescriptor } from '@shared/fields';
import type { FieldIssue } from '@shared/errors';
import type { ImportKind } from '@shared/import';
import { maskIdCard, normalizeIdCard } from '@shared/rules/idcard';
import { normalizeIdentifier } from '@shared/text';
import type { Db } from '../../../db/open';
import type { HandlerContext } from '../../records/context';
import { actionFor, mergedWithSaved, nameKey, parseWith, text, type Created, type KindAdapter, type Values } from './common';
import type { PersonLookup } from './people';
import { writeParts, type QualificationPart } from './qualifications';

/** Extra work a person row carries: qualification records (a roster's 双师型 columns), or the class and major a
 * student list names that the import creates. */
export interface Attached {
  parts?: QualificationPart[];
  creates?: Created[];
  prepare?: () => void;
  /** values the row is parsed with instead of the file's (the major's catalogue name for 710201计算机应用) */
  values?: Values;
}

export interface PersonKind<S extends z.ZodType<{ name: string; idCard: string }>, R extends Values & { id: number; idCard: string }> {
  kind: ImportKind;
  fields: readonly FieldDescriptor[];
  defaults: Record<string, string>;
  schema: S;
  numberField: string;
  lookup: PersonLookup;
  /** the saved record: its values stand for the columns an update's file lacks */
  saved: (db: Db, id: number) => R | undefined;
  /** the record type's one write path, made once for all the rows of an import */
  writer: (ctx: HandlerContext) => { create(values: z.output<S>): number; update(before: R, values: z.output<S>): void };
  /** made once per planner: what else the row brings, or why it cannot */
  attach?: (ctx: HandlerContext, handlers: Handlers) => (values: Values, savedId: number | null, name: string) => Attached | FieldIssue[];
}

const isMasked = (id: string) => id.includes('*');

/** The ID a masked cell stands for: the saved one when the mask fits it. */
function unmaskedId(masked: string, saved: { idCard: string } | undefined): string | FieldIssue[] {
  if (saved && maskIdCard(saved.idCard) === masked) return saved.idCard;
  const message = saved
    ? `身份证号 ${masked} 的中间几位已隐去，且与已登记的号码对不上；请在导出时勾选“含完整身份证号”，或填写完整的身份证号后再导入`
    : `身份证号 ${masked} 的中间几位已隐去，无法新增；请填写完整的身份证号，或导出时勾选“含完整身份证号”`;
  return [{ field: 'idCard', message }];
}

export function personAdapter<S extends z.ZodType<{ name: string; idCard: string }>, R extends Values & { id: number; idCard: string }>(p: PersonKind<S, R>): KindAdapter {
  const { who, numberLabel } = p.lookup;
  return {
    kind: p.kind,
    fields: p.fields,
    defaults: p.defaults,
    start(ctx, handlers) {
      const db = ctx.store.db;
      const writer = p.writer(ctx);
      const attach = p.attach?.(ctx, handlers);
      return (fileValues, mode) => {
        // as the schema will store it (Ｈ００２７ is H0027), so an upsert finds the saved record
        const number = normalizeIdentifier(text(fileValues[p.numberField]));
        const found = number ? p.lookup.byNumber(db, number) : undefined;
        const saved = found && p.saved(db, found.id);
        let values = fileValues;
        const idCard = normalizeIdCard(text(values.idCard));
        if (isMasked(idCard)) {
          const id = unmaskedId(idCard, saved);
          if (typeof id !== 'string') return id;
          values = { ...values, idCard: id };
        }
        const byId = found ? undefined : p.lookup.byIdCard(db, normalizeIdCard(text(values.idCard)));
        if (byId)
          return [{ field: 'idCard', message: `该身份证号已登记为 ${byId.name}（${numberLabel} ${byId.number}），与本行${numberLabel} ${number} 不一致；如${numberLabel}有变，请先在${who}页修改` }];
        const action = actionFor(found, mode, `${numberLabel} ${number || '（空）'} 的${who}`, p.numberField);
        if (typeof action !== 'string') return action;
        const attached = attach?.(values, found?.id ?? null, nameKey(values.name)) ?? {};
        if (Array.isArray(attached)) return attached;
        const parsed = parseWith(p.schema, mergedWithSaved(p.fields, saved, attached.values ? { ...values, ...attached.values } : values));
        if (!parsed.ok) return parsed.issues;
        const v = parsed.data;
        const parts = attached.parts ?? [];
        return {
          action,
          label: [`${v.name}（${number}）`, ...parts.map((a) => a.group.describe(a.v))].join('，'),
          fileKeys: [{ field: p.numberField, key: `${numberLabel} ${number}` }, { field: 'idCard', key: `身份证号 ${v.idCard}`, shown: `身份证号 ${maskIdCard(v.idCard)}` }],
          creates: attached.creates,
          prepare: attached.prepare,
          // the record type's writer checks everything before its one statement; the qualification parts come after
          refusesBeforeWriting: parts.length === 0,
          write() {
            writeParts(handlers, parts, saved ? (writer.update(saved, v), saved.id) : writer.create(v));
          },
        };
      };
    },
  };
}
