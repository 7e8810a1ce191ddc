// 学生证书明细: every certificate obtained on or before the cut-off date, one row each, by 学号, under the headers
// the 学生证书 import reads: 学号 and 姓名 find the student, the certificate fields follow.
import type { Db } from '../../db/open';
import { certificatesWithStudents } from '../../db/queries/certificates';
import { certificateFields, type CertificateValues } from '@shared/certificates';
import { studentFields } from '@shared/students';
import type { ReportColumn, ReportSheet } from '../excel/styledWorkbook';
import { fieldColumn, itemSheet, seqColumn, type ReportPeriod, type ValueColumn } from './table';

export const STUDENT_CERTIFICATES_TITLE = '学生证书明细';

type Row = ReturnType<typeof certificatesWithStudents>[number];
type CertificateField = keyof CertificateValues;

const centred = { align: 'center' } as const;
const LAYOUT: Record<CertificateField, Partial<ReportColumn>> = {
  kind: { width: 16, ...centred },
  name: { width: 24 },
  level: { width: 8, ...centred },
  issuer: { width: 24 },
  number: { width: 20, ...centred },
  obtainedDate: { width: 11 },
};

const COLUMNS: ValueColumn<Row>[] = [
  seqColumn(),
  fieldColumn<Row, string>(studentFields, 'studentNo', { width: 12, ...centred }, (r) => r.studentNo),
  fieldColumn<Row, string>(studentFields, 'name', { width: 9 }, (r) => r.studentName),
  ...certificateFields.map((f) => fieldColumn<Row, CertificateField>(certificateFields, f.key, LAYOUT[f.key], (r) => r.certificate[f.key])),
];

export function buildStudentCertificatesSheet(db: Db, period: ReportPeriod): ReportSheet {
  return itemSheet(
    { sheetName: STUDENT_CERTIFICATES_TITLE, schoolName: period.schoolName, title: STUDENT_CERTIFICATES_TITLE, period: { label: '统计截止日期', value: period.asOf } },
    COLUMNS,
    certificatesWithStudents(db).filter((r) => r.certificate.obtainedDate <= period.asOf),
  );
}
