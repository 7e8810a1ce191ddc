// 学生名册: every student, one row each, a column per student field under the header the 学生 import reads, so the
// file comes back in unchanged (专业 and 班级 by name, as the import finds them). 身份证号 as on the 教职工花名册.
import type { Db } from '../../db/open';
import { allStudents, type StudentRow } from '../../db/queries/students';
import { studentFields, type StudentField } from '@shared/students';
import type { ReportColumn, ReportSheet } from '../excel/styledWorkbook';
import { itemSheet, personRecordColumns, type PersonalDataChoice, type ReportPeriod } from './table';

export const STUDENT_ROSTER_TITLE = '学生名册';

const centred = { align: 'center' } as const;

/** Every field has a layout, so a field added to studentFields is exported (and so re-imported) too. */
const LAYOUT: Record<Exclude<StudentField, 'idCard' | 'birthDate'>, Partial<ReportColumn>> = {
  studentNo: { width: 12, ...centred },
  name: { width: 9 },
  sex: { width: 5, ...centred },
  majorName: { width: 18 },
  className: { width: 22 },
  entryYear: { width: 9, ...centred },
  schoolingSystem: { width: 15, ...centred },
  expectedGraduationYear: { width: 12, ...centred },
  status: { width: 9, ...centred },
  integrated: { width: 12, ...centred },
  lowIncome: { width: 12, ...centred },
  destination: { width: 9, ...centred },
  destinationLocal: { width: 9, ...centred },
};

export function buildStudentRosterSheet(db: Db, period: ReportPeriod, choice: PersonalDataChoice): ReportSheet {
  return itemSheet(
    { sheetName: STUDENT_ROSTER_TITLE, schoolName: period.schoolName, title: STUDENT_ROSTER_TITLE, period: { label: '统计截止日期', value: period.asOf } },
    // Saved before the year was required, a student may lack it: blank, so the import fills it from 学制.
    personRecordColumns<StudentRow, StudentField>(studentFields, LAYOUT, choice, { expectedGraduationYear: (s) => s.expectedGraduationYear || null }),
    allStudents(db),
  );
}
