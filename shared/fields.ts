// Field descriptors: one description per record field, from which the form, the list columns, the import mapping
// and the export columns are all built (DESIGN §6).
import type { Spellings } from './vocabSpellings';

export type FieldKind = 'text' | 'textarea' | 'date' | 'enum' | 'number' | 'boolean' | 'idCard' | 'phone';

export interface FieldDescriptor<K extends string = string> {
  key: K;
  label: string;
  kind: FieldKind;
  /** the form's group heading */
  section: string;
  required?: boolean;
  options?: readonly string[];
  /** the accepted spellings of options' vocabulary (行政 → 行政人员), beside it in shared/vocabSpellings.ts */
  spellings?: Spellings;
  /** header used in exported workbooks and templates; defaults to label */
  excelHeader?: string;
  /** other headers registrars use for the same column, matched on import */
  synonyms?: readonly string[];
  /** shown as a list column */
  inList?: boolean;
  /** personal data: masked in lists and exports (DESIGN §9) */
  sensitive?: boolean;
  /** a code (工号, 学号, 证书编号): printed on one line, never broken mid-number */
  identifier?: boolean;
  /** filled by the app from another field (e.g. birth date from the ID) */
  derivedFrom?: K;
  /** a date that ends a period: written as a month alone (2023.08) it is that month's last day */
  endOfPeriod?: boolean;
  help?: string;
  /** A coded field whose cell may hold a name the vocabulary ranks (高级讲师 in a 职称 column, for 副高级): the import
   * keeps such a name in `field` when the row gives that field no value of its own. */
  keepsNameIn?: { field: K; names: Spellings };
  /** kept by 保存并新增 for the next record, as a group of records shares it (the same enterprise and dates for the
   * teachers of one placement) */
  sticky?: boolean;
}

export function excelHeaderOf(f: FieldDescriptor): string {
  return f.excelHeader ?? f.label;
}

export function sectionsOf<K extends string>(fields: readonly FieldDescriptor<K>[]): { section: string; fields: FieldDescriptor<K>[] }[] {
  const out: { section: string; fields: FieldDescriptor<K>[] }[] = [];
  for (const f of fields) {
    let group = out.find((g) => g.section === f.section);
    if (!group) out.push((group = { section: f.section, fields: [] }));
    group.fields.push(f);
  }
  return out;
}
