// What the bureau's tables share: a column that knows how to read its value from a record, the 序号 column, a
// record field's column under its import header, and the period a report is for (as of a date or for a year),
// resolved the same way as the export handler does.
import type { Db } from '../../db/open';
import { requireSchool } from '../records/guards';
import { excelHeaderOf, type FieldDescriptor } from '@shared/fields';
import { maskIdCard } from '@shared/rules/idcard';
import type { CellValue, ReportColumn, ReportSheet } from '../excel/styledWorkbook';
import { statisticsYearOf } from '@shared/dates';

/** A column of the sheet with the function that gives each record's cell. */
export interface ValueColumn<T> extends ReportColumn {
  value: (item: T, index: number) => CellValue;
}

/** 序号, numbered from 1 in the order of the rows. Wider where the column alone holds the footer's 填表人：. */
export function seqColumn<T>(width = 5): ValueColumn<T> {
  return { header: '序号', kind: 'integer', width, align: 'center', value: (_item, index) => index + 1 };
}

/** The sheet of one record per row; `after` are rows written as they are below the records (a 合计 whose rate
 * is not a sum, a 小计…). Rows are made as the writer takes them, so records streamed from the database are never
 * all in memory. */
export function itemSheet<T>(
  head: Omit<ReportSheet, 'columns' | 'rows'>,
  columns: readonly ValueColumn<T>[],
  items: Iterable<T>,
  after: readonly (readonly CellValue[])[] = [],
): ReportSheet {
  return {
    ...head,
    columns: columns.map(({ value: _value, ...column }) => column),
    rows: {
      *[Symbol.iterator]() {
        let index = 0;
        for (const item of items) {
          yield columns.map((c) => c.value(item, index));
          index++;
        }
        yield* after;
      },
    },
  };
}

export interface ReportPeriod {
  schoolName: string;
  /** 统计截止日期: the one asked for, or the school's. */
  asOf: string;
  /** The year asked for, or the year of asOf (as the indicators take it). */
  year: number;
}

export function reportPeriod(db: Db, asked: { asOf?: string; year?: number }): ReportPeriod {
  const school = requireSchool(db);
  const asOf = asked.asOf ?? school.cutoffDate;
  return { schoolName: school.name, asOf, year: asked.year ?? statisticsYearOf(asOf) };
}

/** 'a，b，c' of the non-empty parts; null when there are none, so the cell stays blank. */
export function joined(parts: readonly (string | null | undefined)[], separator = '，'): string | null {
  const kept = parts.filter((p): p is string => !!p);
  return kept.length ? kept.join(separator) : null;
}

/** The column of one record field, headed by its descriptor's Excel header so that the import maps it back, with
 * 是/否 for a boolean as the import reads it. `read` takes the value from the item (by default item[key]). */
export function fieldColumn<T, K extends string>(
  fields: readonly FieldDescriptor<K>[],
  key: K,
  layout: Partial<ReportColumn>,
  read: (item: T) => unknown = (item) => (item as Record<K, unknown>)[key],
): ValueColumn<T> {
  const f = fields.find((d) => d.key === key);
  if (!f) throw new Error(`No field ${key}`);
  return {
    header: excelHeaderOf(f),
    kind: f.kind === 'date' ? 'date' : 'text',
    code: Boolean(f.identifier) || f.kind === 'idCard' || f.kind === 'phone',
    ...layout,
    value: (item) => {
      const v = read(item);
      return typeof v === 'boolean' ? (v ? '是' : '否') : (v as CellValue);
    },
  };
}

/** 出生日期 and 身份证号 of a person roster (DESIGN §9): the full ID on the registrar's explicit choice. Masked
 * (3311**********123X), only the birth year and month are shown: a full birth date beside the masked ID would leave
 * two unknown digits, which the check character and the school's county all but fix. */
export function personIdColumns<T extends { idCard: string; birthDate: string }>(
  fields: readonly FieldDescriptor<string>[],
  includeFullIdCard: boolean,
): { birth: ValueColumn<T>; idCard: ValueColumn<T> } {
  return {
    birth: includeFullIdCard
      ? fieldColumn<T, string>(fields, 'birthDate', { width: 11 })
      : { header: '出生年月', kind: 'date', width: 9, value: (p) => p.birthDate.slice(0, 7) },
    idCard: fieldColumn<T, string>(fields, 'idCard', { kind: 'text', width: 20, align: 'center' }, (p) => (includeFullIdCard ? p.idCard : maskIdCard(p.idCard))),
  };
}

/** What personal data a person list prints, on the registrar's explicit choice (DESIGN §9). */
export interface PersonalDataChoice {
  /** The full 身份证号 instead of the masked one. */
  includeFullIdCard: boolean;
  /** Phone fields (联系电话): a masked phone is of no use to anyone, so without it the column is left out. */
  includePhone: boolean;
}

/** The columns of a person record list (教职工信息明细, 学生名册): 序号, then every field under its Excel header in the
 * order of the fields, so that the import maps the file back; 出生日期 and 身份证号 as personIdColumns gives them,
 * phone fields only when chosen. `read` takes a field's value from the record where it is not item[key]. */
export function personRecordColumns<T extends { idCard: string; birthDate: string }, K extends string>(
  fields: readonly FieldDescriptor<K>[],
  layout: Record<Exclude<K, 'idCard' | 'birthDate'>, Partial<ReportColumn>>,
  choice: PersonalDataChoice,
  read: Partial<Record<K, (item: T) => unknown>> = {},
): ValueColumn<T>[] {
  const { birth, idCard } = personIdColumns<T>(fields, choice.includeFullIdCard);
  const columnOf = (key: K): ValueColumn<T> =>
    key === 'idCard' ? idCard : key === 'birthDate' ? birth : fieldColumn<T, K>(fields, key, layout[key as Exclude<K, 'idCard' | 'birthDate'>], read[key]);
  return [seqColumn(), ...fields.filter((f) => choice.includePhone || f.kind !== 'phone').map((f) => columnOf(f.key))];
}
