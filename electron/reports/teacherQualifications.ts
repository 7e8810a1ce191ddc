// 教师资质明细: each 双师型认定, 职业资格/职业技能等级证书 and 名优称号 held on the cut-off date, a row each, teachers in
// 工号 order, under the headers the 教师资质 import reads: 工号 and 姓名 find the teacher; each kind's columns sit
// under its section (a row fills one kind's), whose labels differ from the other kinds', so each header maps to one field.
import type { Db } from '../../db/open';
import { allStaff, type StaffRecord } from '../../db/queries/staff';
import { dualTeacherQueries, honourQueries, staffCertificateQueries } from '../../db/queries/qualifications';
import type { FieldDescriptor } from '@shared/fields';
import { dualTeacherFields, honourFields, staffCertificateFields } from '@shared/qualifications';
import { staffFields } from '@shared/staff';
import type { ReportColumn, ReportSheet } from '../excel/styledWorkbook';
import { fieldColumn, itemSheet, seqColumn, type ReportPeriod, type ValueColumn } from './table';

export const TEACHER_QUALIFICATIONS_TITLE = '教师资质明细';

interface Row {
  teacher: StaffRecord;
  /** the index of the kind in KINDS */
  kind: number;
  record: { staffId: number };
}

interface Kind {
  columns: (kind: number) => ValueColumn<Row>[];
  held: (db: Db, asOf: string) => { staffId: number }[];
}

const centred = { align: 'center' } as const;

function kind<K extends string>(fields: readonly FieldDescriptor<K>[], layout: Record<K, Partial<ReportColumn>>, held: Kind['held']): Kind {
  return {
    columns: (index) =>
      fields.map((f) =>
        fieldColumn<Row, K>(fields, f.key, { ...layout[f.key], group: f.section }, (r) => (r.kind === index ? (r.record as Record<K, unknown>)[f.key] : null)),
      ),
    held,
  };
}

// Held as the 双师型教师认定汇总表 takes it: certified by then; a certificate obtained by then, or with no date.
const KINDS: Kind[] = [
  kind(dualTeacherFields, { level: { width: 9, ...centred }, certifiedDate: { width: 11 }, certifyingBody: { width: 20 } }, (db, asOf) =>
    dualTeacherQueries.all(db).filter((d) => d.certifiedDate <= asOf),
  ),
  kind(
    staffCertificateFields,
    { kind: { width: 16, ...centred }, name: { width: 16 }, level: { width: 7, ...centred }, issuer: { width: 24 }, number: { width: 22, ...centred }, obtainedDate: { width: 11 } },
    (db, asOf) => staffCertificateQueries.all(db).filter((c) => !c.obtainedDate || c.obtainedDate <= asOf),
  ),
  kind(honourFields, { name: { width: 14 }, level: { width: 7, ...centred }, year: { width: 9, ...centred } }, (db, asOf) =>
    honourQueries.all(db).filter((h) => h.year <= Number(asOf.slice(0, 4))),
  ),
];

const COLUMNS: ValueColumn<Row>[] = [
  seqColumn(),
  fieldColumn<Row, string>(staffFields, 'staffNo', { width: 9, ...centred }, (r) => r.teacher.staffNo),
  fieldColumn<Row, string>(staffFields, 'name', { width: 9 }, (r) => r.teacher.name),
  ...KINDS.flatMap((k, index) => k.columns(index)),
];

/** Each teacher's 双师型认定, then certificates, then 名优称号, each kind in the order the teacher's page lists it. */
function rows(db: Db, asOf: string): Row[] {
  const byTeacher = new Map<number, Omit<Row, 'teacher'>[]>();
  KINDS.forEach((k, kindIndex) => {
    for (const record of k.held(db, asOf)) {
      const own = byTeacher.get(record.staffId) ?? [];
      own.push({ kind: kindIndex, record });
      byTeacher.set(record.staffId, own);
    }
  });
  return allStaff(db).flatMap((teacher) => (byTeacher.get(teacher.id) ?? []).map((r) => ({ teacher, ...r })));
}

export function buildTeacherQualificationsSheet(db: Db, period: ReportPeriod): ReportSheet {
  return itemSheet(
    { sheetName: TEACHER_QUALIFICATIONS_TITLE, schoolName: period.schoolName, title: TEACHER_QUALIFICATIONS_TITLE, period: { label: '统计截止日期', value: period.asOf } },
    COLUMNS,
    rows(db, period.asOf),
  );
}
